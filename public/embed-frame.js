// Runs inside embed.html, inline (the build puts it there; no dependencies,
// nothing stored or sent elsewhere). It sets the theme and the widget before the
// first paint, tells the parent page the embed's height on load and on every
// resize, and follows theme messages that the parent page sends, so a widget can
// match the host site's own dark-mode toggle.
//
// Pasted into WordPress (oEmbed), the frame is sandboxed (scripts only, no
// popups, no top navigation) and its address carries `#?secret=…`: WordPress
// shows it and sets its height only on `{message: 'height', value, secret}`,
// and follows a link only on `{message: 'link', value, secret}`. Both are sent
// with the secret, besides the loader's own message.
(function () {
  'use strict';
  var THEMES = ['light', 'dark', 'auto'];
  var root = document.documentElement;

  function param(name) {
    var m = new RegExp('[?&]' + name + '=([a-z0-9-]+)').exec(location.search);
    return m ? m[1] : '';
  }
  function setTheme(theme) {
    if (THEMES.indexOf(theme) >= 0) root.setAttribute('data-theme', theme);
  }
  setTheme(param('theme') || 'auto');
  // Which widget: the build's rendering of it (a chart as the app draws it
  // first) shows until the app starts; a table view waits for the app.
  var widget = param('chart');
  if (widget) root.setAttribute('data-widget', widget);
  // A release (`?release=2026-11-29`) waits for the app too: the build's
  // rendering shows the latest data.
  if (widget && param('view') !== 'table' && !param('release')) root.setAttribute('data-first', widget);
  var secret = (/[#&?]secret=([A-Za-z0-9]{1,32})/.exec(location.hash) || [])[1] || '';

  if (window.parent === window) return;
  var last = -1;
  var recent = []; // the heights posted in the last 2 s, with the width of each
  var hold = null; // while the host page bounces the frame: { height, widths }
  function postHeight() {
    var width = root.clientWidth;
    var height = Math.ceil(root.getBoundingClientRect().height);
    var now = Date.now();
    recent = recent.filter(function (r) { return now - r.t < 2000; });
    if (hold && (hold.widths.indexOf(width) < 0 || height > hold.height)) hold = null;
    // A height of a moment ago coming back while our width swings: the host
    // page's scrollbar comes and goes with our height and changes our width,
    // which changes our height. Keep the larger height (it shows everything)
    // for as long as the width only swings between those widths.
    var swings = recent.some(function (r) { return r.w !== width; });
    var bounce = height !== last && swings && recent.some(function (r) { return r.h === height; });
    if (!hold && bounce) {
      hold = { height: Math.max(height, last), widths: recent.map(function (r) { return r.w; }).concat(width) };
    }
    if (hold) height = hold.height;
    if (height === last) return;
    last = height;
    recent.push({ t: now, h: height, w: width });
    // The height is not secret; the parent checks that it comes from us.
    window.parent.postMessage({ type: 'iop-embed:height', widget: widget, height: height }, '*');
    if (secret) window.parent.postMessage({ message: 'height', value: height, secret: secret }, '*');
  }
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (event.source !== window.parent || !data) return;
    if (data.type === 'iop-embed:theme') setTheme(data.theme);
    // A loader that found this frame after it had loaded asks for its height;
    // so does WordPress, once its page is ready. A page still being read is
    // only part of its height: it tells the whole once read (DOMContentLoaded
    // below), or the frame would be sized twice and the host page move.
    var asked = data.type === 'iop-embed:measure' || (secret && data.message === 'ready' && data.secret === secret);
    if (asked && document.readyState !== 'loading') {
      last = -1;
      postHeight();
    }
  });
  if (secret) {
    // The sandbox lets no link open a window or leave the frame; WordPress
    // opens a link of the embed's own site in the page when asked.
    document.addEventListener('click', function (event) {
      var a = event.target && event.target.closest ? event.target.closest('a[href]') : null;
      if (!a || event.defaultPrevented || a.hasAttribute('download') || a.href.indexOf('blob:') === 0) return;
      if (a.getAttribute('href').charAt(0) === '#') return;
      event.preventDefault();
      window.parent.postMessage({ message: 'link', value: a.href, secret: secret }, '*');
    });
  }
  document.addEventListener('DOMContentLoaded', function () {
    postHeight();
    if ('ResizeObserver' in window) new ResizeObserver(postHeight).observe(root);
    else window.addEventListener('resize', postHeight);
    // And once a second, as a change the observer missed (a frame the browser
    // throttles while it is off screen) must still reach the page, at the latest
    // then. Nothing is sent unless the height changed.
    setInterval(postHeight, 1000);
  });
  window.addEventListener('load', postHeight);
})();
