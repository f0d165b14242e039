
// Written by src/bin/site.rs (boot_after_first_view) from src/bin/boot.js.
const link = (rel, href, integrity, as) => {
  const l = document.createElement('link');
  Object.assign(l, { rel, href, crossOrigin: 'anonymous' });
  if (integrity) l.integrity = integrity;
  if (as) l.as = as;
  document.head.append(l);
};
// Not before the first view (the dashboard's, or the embed's widget) has
// been seen: until then it has the line to itself. An embed whose first view
// shows nothing (no widget named, a table view) goes on at once, as does a
// page that does not paint (a background tab, a browser without paint
// timing) after a second.
const first = document.getElementById('first-view');
if (first?.offsetHeight) {
  await new Promise((go) => {
    setTimeout(go, 1000);
    try {
      new PerformanceObserver((list, observer) => {
        if (list.getEntriesByName('first-contentful-paint').length) { observer.disconnect(); go(); }
      }).observe({ type: 'paint', buffered: true });
    } catch {}
  });
}
// The check page reads the reader's own file, not the published one; a
// release named in the address (?release=2026-11-29) is read from its own
// file (as src/state.rs names it: data/releases/<date>/…).
const release = /[?&]release=([0-9]{4}-[0-9]{2}-[0-9]{2})(?:[&#]|$)/.exec(location.search);
const data = document.body.classList.contains('check') ? ''
  : release ? DATA_URL.replace(/[^/]*$/, `releases/${release[1]}/$&`) : DATA_URL;
if (data) link('preload', data, '', 'fetch');
// No integrity here: it would hold the body until the end, so the wasm
// could not compile while it downloads (same origin, under the CSP).
const wasm = fetch(WASM_URL);
wasm.catch(() => {}); // reported below, where it is awaited
link('modulepreload', GLUE_URL, GLUE_INTEGRITY);
try {
  const bindings = await import(GLUE_URL);
  const instance = await bindings.default({ module_or_path: wasm });
  window.wasmBindings = bindings;
  dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm: instance } }));
} catch (error) {
  // The app cannot start (the line dropped, a file is missing): the page
  // becomes what readers without scripts get, every chart as a picture,
  // and says so (the dashboard's first view has the words).
  document.documentElement.classList.replace('js', 'app-failed');
  console.error(error);
}
