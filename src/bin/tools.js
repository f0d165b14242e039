// Written by src/bin/site.rs (with_tools) into the dashboard's boot module:
// where the tools' wasm is, which makes a chart's files and citation. The app
// (src/app/tools.rs) calls this when a reader first opens a chart's downloads.
// One import for the page; one that failed is forgotten, so the next request
// tries again.
let iopToolsLoad;
globalThis.iopTools = () => (iopToolsLoad ??= import(TOOLS_JS)
  .then(async (tools) => {
    await tools.default({ module_or_path: TOOLS_WASM });
    return tools;
  })
  .catch((error) => {
    iopToolsLoad = undefined;
    throw error;
  }));
