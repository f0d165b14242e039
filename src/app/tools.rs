//! The dashboard's side of the tools' wasm (`files`, `src/main_tools.rs`): the
//! page's boot script knows where the module is (`iopTools`, written by
//! `src/bin/site.rs`); this asks it for a chart's file, citation or plain
//! iframe's heights (and the check page's for its workbook import,
//! `src/main_import.rs`, `iopImport`). Loaded once, when first needed (the
//! loader keeps the module); a load that failed is tried again at the next
//! request (the loader forgets it), and until then each request answers
//! None, which the panel says in words.

use super::files::Format;
use crate::i18n::Lang;
use std::sync::Arc;
use wasm_bindgen::{JsCast, JsValue};

/// The text of the file the charts were built from, for the tools to read
/// again (a context of the dashboard's charts).
#[derive(Clone)]
pub struct FileText(pub Arc<str>);

/// The boot script's functions that import and start a module, once: the
/// tools', and the workbook import's (the check page's only).
const TOOLS: &str = "iopTools";
const IMPORT: &str = "iopImport";

async fn module(loader: &str) -> Option<JsValue> {
    let window = web_sys::window()?;
    let load: js_sys::Function = js_sys::Reflect::get(&window, &JsValue::from_str(loader))
        .ok()?
        .dyn_into()
        .ok()?;
    let promise: js_sys::Promise = load.call0(&JsValue::NULL).ok()?.dyn_into().ok()?;
    wasm_bindgen_futures::JsFuture::from(promise).await.ok()
}

/// The export `name` of the module `loader` loads.
async fn export(loader: &str, name: &str) -> Option<js_sys::Function> {
    let m = module(loader).await?;
    js_sys::Reflect::get(&m, &JsValue::from_str(name))
        .ok()?
        .dyn_into()
        .ok()
}

/// Calls the tools' export `name` with text arguments; its answer.
async fn call(name: &str, args: &[&str]) -> Option<JsValue> {
    let args: Vec<JsValue> = args.iter().map(|a| JsValue::from_str(a)).collect();
    call_with(name, &args).await
}

async fn call_with(name: &str, args: &[JsValue]) -> Option<JsValue> {
    let f = export(TOOLS, name).await?;
    let args: js_sys::Array = args.iter().collect();
    f.apply(&JsValue::NULL, &args).ok()
}

/// The workbook in `bytes` rebuilt into the data file, or its problems; None
/// when the import's wasm could not be loaded.
pub async fn import_workbook(bytes: &[u8]) -> Option<crate::data::workbook::Answer> {
    let f = export(IMPORT, "import_workbook").await?;
    let answer: js_sys::Array = f
        .call1(&JsValue::NULL, &js_sys::Uint8Array::from(bytes))
        .ok()?
        .dyn_into()
        .ok()?;
    let strings = answer
        .iter()
        .map(|s| s.as_string())
        .collect::<Option<_>>()?;
    crate::data::workbook::Answer::from_strings(strings)
}

/// The chart `id`'s file in `format` (see `files::chart_file`).
pub async fn chart_file(
    text: &FileText,
    id: &str,
    lang: Lang,
    format: Format,
    url: &str,
    today: &str,
) -> Option<String> {
    call(
        "chart_file",
        &[&text.0, id, lang.code(), format.id(), url, today],
    )
    .await?
    .as_string()
}

/// The chart `id`'s citation (see `files::chart_citation`).
pub async fn chart_citation(
    text: &FileText,
    id: &str,
    lang: Lang,
    url: &str,
    today: &str,
) -> Option<String> {
    call("chart_citation", &[&text.0, id, lang.code(), url, today])
        .await?
        .as_string()
}

/// The heights of a plain iframe of the chart `id`, as a chart and as a
/// table (see `files::frame_heights`).
pub async fn frame_heights(text: &FileText, id: &str, lang: Lang) -> Option<Vec<u32>> {
    let heights = call("frame_heights", &[&text.0, id, lang.code()]).await?;
    Some(heights.dyn_into::<js_sys::Uint32Array>().ok()?.to_vec())
}

/// Plays the chart `id`'s time series on `audio` (see `files::play_chart`);
/// answers once it has played, false when it could not be.
pub async fn play_chart(
    audio: &web_sys::AudioContext,
    text: &FileText,
    id: &str,
    lang: Lang,
) -> bool {
    let args = [
        audio.into(),
        JsValue::from_str(&text.0),
        JsValue::from_str(id),
        JsValue::from_str(lang.code()),
    ];
    let Some(played) = call_with("play_chart", &args)
        .await
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok())
    else {
        return false;
    };
    wasm_bindgen_futures::JsFuture::from(played).await.is_ok()
}
