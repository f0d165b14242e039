// Runs inside embed.html, inline (the build puts it there; no dependencies,
// nothing stored or sent elsewhere). It sets the theme and the widget before the
// first paint, tells the parent page the embed's height on load and on every
// resize, and follows theme messages that the parent page sends, so a widget can
// match the host site's own dark-mode toggle.
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
  // Which widget: the build's picture of that chart shows until the app starts.
  var widget = param('chart');
  if (widget) root.setAttribute('data-widget', widget);

  if (window.parent === window) return;
  var last = -1;
  function postHeight() {
    var height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    // The height is not secret; the parent checks that it comes from us.
    window.parent.postMessage({ type: 'iop-embed:height', widget: widget, height: height }, '*');
  }
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (event.source !== window.parent || !data || data.type !== 'iop-embed:theme') return;
    setTheme(data.theme);
  });
  document.addEventListener('DOMContentLoaded', function () {
    postHeight();
    if ('ResizeObserver' in window) new ResizeObserver(postHeight).observe(root);
    else window.addEventListener('resize', postHeight);
  });
  window.addEventListener('load', postHeight);
})();
