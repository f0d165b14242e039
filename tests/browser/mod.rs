//! What the browser tests share: a page of their own to mount into, the
//! document's parts, the URL, keys, and waiting for what a test expects.
//! Each test binary uses a part of it.
#![allow(dead_code)]

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlElement};

pub fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("document")
}

/// Mounts a view into a fresh container; the handle keeps it mounted.
pub fn mount<F, N>(f: F) -> (HtmlElement, impl Drop)
where
    F: FnOnce() -> N + 'static,
    N: IntoView + 'static,
{
    let container: HtmlElement = document()
        .create_element("div")
        .expect("div")
        .unchecked_into();
    document()
        .body()
        .expect("body")
        .append_child(&container)
        .expect("append");
    let handle = leptos::mount::mount_to(container.clone(), f);
    (container, DropGuard(Some(handle)))
}

pub struct DropGuard<T>(Option<T>);
impl<T> Drop for DropGuard<T> {
    fn drop(&mut self) {
        self.0.take();
    }
}

pub fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).expect("selector");
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .collect()
}

pub fn one(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .expect("selector")
        .unwrap_or_else(|| panic!("no {selector} in {}", root.outer_html()))
}

pub fn text(e: &Element) -> String {
    e.text_content().unwrap_or_default().replace('\u{a0}', " ")
}

/// Tests share one page: each test that navigates starts from a clean URL.
pub fn reset_url() {
    let window = web_sys::window().expect("window");
    let path = window.location().pathname().expect("path");
    window
        .history()
        .expect("history")
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path))
        .expect("replaceState");
}

/// Starts a test at a given query string (without a history entry).
pub fn set_url(query: &str) {
    reset_url();
    web_sys::window()
        .expect("window")
        .history()
        .expect("history")
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(query))
        .expect("replaceState");
}

pub fn query() -> String {
    web_sys::window()
        .expect("window")
        .location()
        .search()
        .expect("search")
}

pub async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .expect("window")
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .expect("setTimeout");
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Lets the microtasks run (Leptos updates the DOM in them) and nothing
/// else: no event the browser queues as a task comes between.
pub async fn microtasks() {
    let resolved = js_sys::Promise::resolve(&JsValue::NULL);
    let _ = wasm_bindgen_futures::JsFuture::from(resolved).await;
}

/// The first element under `root` that matches, once there is one.
pub async fn wait_for(root: &Element, selector: &str) -> Element {
    wait_until(selector, || {
        root.query_selector(selector).ok().flatten().is_some()
    })
    .await;
    one(root, selector)
}

pub fn key(target: &Element, key: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let ev =
        web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).expect("event");
    target.dispatch_event(&ev).expect("dispatch");
}

pub fn active_element() -> Option<Element> {
    document().active_element()
}

/// Waits, a task at a time, until `done` holds, for at most 5 s: for what
/// the app does in tasks of its own (the charts after the first, a
/// history entry restored).
pub async fn wait_until(what: &str, done: impl Fn() -> bool) {
    for _ in 0..200 {
        if done() {
            return;
        }
        sleep(25).await;
    }
    panic!("not within 5 s: {what}");
}

/// Resolves in a task after the next animation frame: by then whatever the
/// app put off until after the next frame (`dom::after_next_frame`, asked for
/// before this) has run, as a frame's callbacks and then tasks of equal delay
/// run in the order they were asked for. A page that a change replaced is
/// dropped so (`Rendering::retire`).
pub async fn after_next_frame() {
    let frame = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .expect("window")
            .request_animation_frame(&resolve)
            .expect("requestAnimationFrame");
    });
    let _ = wasm_bindgen_futures::JsFuture::from(frame).await;
    sleep(0).await;
}
