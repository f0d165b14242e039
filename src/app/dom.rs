//! The few direct browser calls (document, location, history, focus), kept in one
//! place so components stay thin and testable.

use wasm_bindgen::JsCast;

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

fn document() -> Option<web_sys::Document> {
    window().and_then(|w| w.document())
}

/// `<html lang>` and the title follow the view, so screen readers pick the right
/// voice and the tab says where the reader is.
pub fn set_document(lang_code: &str, title: &str) {
    let Some(document) = document() else { return };
    if let Some(html) = document.document_element() {
        let _ = html.set_attribute("lang", lang_code);
    }
    document.set_title(title);
}

/// The current query string, `?`-prefixed or empty.
pub fn current_query() -> String {
    window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// `navigator.languages`, most preferred first.
pub fn browser_languages() -> Vec<String> {
    window()
        .map(|w| {
            w.navigator()
                .languages()
                .iter()
                .filter_map(|v| v.as_string())
                .collect()
        })
        .unwrap_or_default()
}

/// Adds a history entry for a new view, so back and forward step between views.
pub fn push_query(query: &str) {
    let Some(w) = window() else { return };
    // An empty query must still replace the old one: point at the path itself.
    let url = if query.is_empty() {
        w.location().pathname().unwrap_or_else(|_| "?".into())
    } else {
        query.to_string()
    };
    if let Ok(history) = w.history() {
        let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// Moves focus to an element once the pending render has happened; used after a
/// view change so keyboard and screen-reader users land on the new content.
pub fn focus_after_render(id: &'static str) {
    leptos::prelude::request_animation_frame(move || focus_id(id));
}

/// A click that should stay in the app: a plain left click. Ctrl/Cmd/Shift/middle
/// clicks keep the browser's own behaviour (new tab, new window).
pub fn is_plain_click(ev: &web_sys::MouseEvent) -> bool {
    ev.button() == 0 && !(ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key())
}

fn element(id: &str) -> Option<web_sys::HtmlElement> {
    document()
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
}

/// Moves focus now (for the roving tabindex of chart marks).
pub fn focus_id(id: &str) {
    if let Some(el) = element(id) {
        let _ = el.focus();
    }
}

/// Brings a view named by the URL (a chart) on screen without taking focus.
pub fn scroll_into_view(id: &str) {
    if let Some(el) = element(id) {
        el.scroll_into_view();
    }
}

/// The embed page marks its body (see src/bin/site.rs).
pub fn is_embed_page() -> bool {
    document()
        .and_then(|d| d.body())
        .is_some_and(|b| b.class_list().contains("embed"))
}

/// The dashboard's directory URL (ending in `/`), for absolute embed snippets.
pub fn base_url() -> String {
    let Some(location) = window().map(|w| w.location()) else {
        return String::new();
    };
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    let dir = match path.rfind('/') {
        Some(i) => &path[..=i],
        None => "/",
    };
    format!("{origin}{dir}")
}

/// Copies text to the clipboard; false when the browser refuses.
pub async fn copy_text(text: &str) -> bool {
    let Some(w) = window() else { return false };
    let promise = w.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}
