// IOP Ensamkommande embed loader (no dependencies). Turns each placeholder
//   <div class="iop-embed" data-src="…/embed.html?chart=…" data-title="…">fallback</div>
// into a full-width, borderless, lazily loaded iframe whose height follows its
// content. Height messages are accepted only from this script's own origin and
// only from the iframe they belong to; anything else is ignored.
// Plain iframes of our embeds on the same page are sized the same way.
// Host pages can make the widgets follow their own theme toggle:
//   IopEmbed.setTheme('dark' | 'light' | 'auto' [, element])
// (with an element, only the widgets inside it).
(function () {
  'use strict';
  if (window.IopEmbed) {
    window.IopEmbed.scan();
    return;
  }
  var script = document.currentScript;
  if (!script || !script.src) return;
  var ORIGIN = new URL(script.src, location.href).origin;
  var frames = [];

  // The address of one of our embeds, or null: same origin as this script,
  // and the embed page.
  function ours(address, base) {
    var src;
    try {
      src = new URL(address, base);
    } catch (e) {
      return null;
    }
    return src.origin === ORIGIN && /\/embed\.html$/.test(src.pathname) ? src : null;
  }

  function build(el) {
    if (el.getAttribute('data-iop-ready')) return;
    var src = ours(el.getAttribute('data-src'), script.src);
    if (!src) return;
    var frame = document.createElement('iframe');
    frame.src = src.href;
    frame.title = el.getAttribute('data-title') || 'IOP Ensamkommande';
    frame.setAttribute('loading', 'lazy');
    frame.style.cssText = 'display:block;width:100%;min-width:100%;border:0;height:600px;color-scheme:normal';
    el.setAttribute('data-iop-ready', 'true');
    // The text fallback stays in the page for search engines but is hidden.
    for (var i = 0; i < el.children.length; i++) el.children[i].hidden = true;
    el.appendChild(frame);
    frames.push(frame);
  }

  // A plain iframe of one of our embeds on the same page (the snippet for
  // sites that strip scripts, or pasted beside a loader) is sized too: it is
  // ours, by its address, and its messages come from its own window.
  function adopt(frame) {
    if (frame.getAttribute('data-iop-ready') || !ours(frame.getAttribute('src'), location.href)) return;
    frame.setAttribute('data-iop-ready', 'true');
    frames.push(frame);
    // A frame that loaded before this script listened told its height to no
    // one: it is asked again (one still loading tells it once it has).
    if (frame.contentWindow) frame.contentWindow.postMessage({ type: 'iop-embed:measure' }, ORIGIN);
  }

  function scan() {
    var found = document.querySelectorAll('.iop-embed[data-src]');
    for (var i = 0; i < found.length; i++) build(found[i]);
    var plain = document.querySelectorAll('iframe[src]');
    for (var j = 0; j < plain.length; j++) adopt(plain[j]);
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (event.origin !== ORIGIN || !data || data.type !== 'iop-embed:height') return;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height) || height < 40 || height > 20000) return;
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.ceil(height) + 'px';
        return;
      }
    }
  });

  // `within` (optional): an element of the page; only the widgets in it (or
  // the iframe itself) change, so a page can theme one part of itself.
  function setTheme(theme, within) {
    if (['light', 'dark', 'auto'].indexOf(theme) < 0) return;
    for (var i = 0; i < frames.length; i++) {
      if (within && !(within === frames[i] || (within.contains && within.contains(frames[i])))) continue;
      if (frames[i].contentWindow) {
        frames[i].contentWindow.postMessage({ type: 'iop-embed:theme', theme: theme }, ORIGIN);
      }
    }
  }

  window.IopEmbed = { setTheme: setTheme, scan: scan };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
  else scan();
})();
