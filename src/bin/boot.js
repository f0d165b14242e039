
// Written by src/bin/site.rs (boot_with_preloads) from src/bin/boot.js.
// The wasm and the glue are already on their way (their preloads are at the
// top of the head; the data's is public/lang.js's). This script runs once the
// page is parsed and takes them up.
// The same request as the preload (no integrity: it would hold the body until
// the end, so the wasm could not compile while it downloads; same origin,
// under the CSP), so the browser hands the preloaded response over.
const wasm = fetch(WASM_URL);
wasm.catch(() => {}); // reported below, where it is awaited
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
