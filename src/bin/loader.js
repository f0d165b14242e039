// Written by src/bin/site.rs (with_loader) into a page's boot module: where a
// wasm is that its app (src/app/tools.rs) imports when a reader first needs it.
// One import for the page; one that failed is forgotten, so the next request
// tries again.
let LOADER_LOAD;
globalThis.LOADER = () => (LOADER_LOAD ??= import(LOADER_JS)
  .then(async (module) => {
    await module.default({ module_or_path: LOADER_WASM });
    return module;
  })
  .catch((error) => {
    LOADER_LOAD = undefined;
    throw error;
  }));
