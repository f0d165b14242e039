
// Written by src/bin/site.rs (with_boot) from src/bin/boot.js, after
// the wasm-bindgen glue it starts (inline, at the end of the page). The wasm
// is already on its way (its preload is at the top of the head; the data's
// request is public/lang.js's, which the app takes up). This script runs once
// the page is parsed and takes the wasm up:
// the same request as the preload (no integrity: it would hold the body until
// the end, so the wasm could not compile while it downloads; same origin,
// under the CSP), so the browser hands the preloaded response over.
const iopWasm = fetch(WASM_URL);
iopWasm.catch(() => {}); // reported below, where it is awaited
try {
  const instance = await GLUE_INIT({ module_or_path: iopWasm });
  dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm: instance } }));
} catch (error) {
  // The app cannot start (the line dropped, a file is missing): the page
  // becomes what readers without scripts get, every chart as the build drew
  // it with its table, and says so (the dashboard's first view has the words).
  document.documentElement.classList.replace('js', 'app-failed');
  console.error(error);
}
