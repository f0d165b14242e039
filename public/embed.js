// IOP Ensamkommande embed loader (no dependencies). Turns each placeholder
//   <div class="iop-embed" data-src="…/embed.html?chart=…" data-title="…">fallback</div>
// into a full-width, borderless, lazily loaded iframe whose height follows its
// content. Height messages are accepted only from this script's own origin and
// only from the iframe they belong to; anything else is ignored.
// Host pages can make the widgets follow their own theme toggle:
//   IopEmbed.setTheme('dark' | 'light' | 'auto')
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

  function build(el) {
    if (el.getAttribute('data-iop-ready')) return;
    var src;
    try {
      src = new URL(el.getAttribute('data-src'), script.src);
    } catch (e) {
      return;
    }
    if (src.origin !== ORIGIN || !/\/embed\.html$/.test(src.pathname)) return;
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

  function scan() {
    var found = document.querySelectorAll('.iop-embed[data-src]');
    for (var i = 0; i < found.length; i++) build(found[i]);
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

  function setTheme(theme) {
    if (['light', 'dark', 'auto'].indexOf(theme) < 0) return;
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow) {
        frames[i].contentWindow.postMessage({ type: 'iop-embed:theme', theme: theme }, ORIGIN);
      }
    }
  }

  window.IopEmbed = { setTheme: setTheme, scan: scan };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
  else scan();
})();
