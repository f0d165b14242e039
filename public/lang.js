// Sets <html lang> before the first paint, so the static first view (written into
// index.html by the build) shows in the language the app will choose: ?lang=,
// else the browser's first Swedish or English preference, else Swedish.
(function () {
  'use strict';
  var m = /[?&]lang=(sv|en)(?:[&#]|$)/i.exec(location.search);
  var lang = m ? m[1].toLowerCase() : '';
  var prefs = navigator.languages || [navigator.language || ''];
  for (var i = 0; !lang && i < prefs.length; i++) {
    var primary = String(prefs[i]).toLowerCase().split(/[-_]/)[0];
    if (primary === 'sv' || primary === 'en') lang = primary;
  }
  document.documentElement.lang = lang || 'sv';
  // Scripts run: the first view may say that the charts are on their way.
  document.documentElement.classList.add('js');
  // A release of the data (?release=2026-11-29) waits for the app, which reads
  // that release: the first view shows the latest data.
  var release = /[?&]release=([0-9]{4}-[0-9]{2}-[0-9]{2})(?:[&#]|$)/.exec(location.search);
  if (release) document.documentElement.classList.add('release');
  // The data file the app will read, asked for now, so its round trip runs
  // while the page is still arriving: the release the address names (as
  // src/state.rs names its file, data/releases/<date>/…), else the latest.
  // The build names the latest in data-latest; the check page, which reads the
  // reader's own file, has none. The app takes this answer up when it starts
  // (src/app/load.rs: once, so a retry asks again), already read, and stops it
  // if it is too slow; any failure is the app's to report.
  var file = document.currentScript.getAttribute('data-latest');
  if (file && window.fetch && window.AbortController) {
    var url = release ? file.replace(/[^/]*$/, 'releases/' + release[1] + '/$&') : file;
    var stop = new AbortController();
    var answer = fetch(url, { signal: stop.signal });
    answer.catch(function () {});
    window.__iopData = { url: url, stop: stop, answer: answer };
  }
})();
