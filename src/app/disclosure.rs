//! A disclosure (`<details>`) whose contents are built the first time it opens.
//!
//! Every chart on the dashboard has its downloads and its embed code a click
//! away, and few readers open them: built with the page, they were 180 of the
//! overview's 1,086 elements, and each chart's citation and panels were in the
//! build's first view. Built on opening, they cost a reader only what they open.

use leptos::prelude::*;

/// `open` follows the element (a reader can open and close it again); the
/// contents, once built, stay, so what was typed or chosen in them is kept.
#[component]
pub fn Disclosure(
    class: &'static str,
    summary: &'static str,
    #[prop(optional)] open: Option<RwSignal<bool>>,
    children: ChildrenFn,
) -> impl IntoView {
    let open = open.unwrap_or_else(|| RwSignal::new(false));
    let built = RwSignal::new(false);
    let build = move || {
        if !built.get_untracked() {
            built.set(true);
        }
    };
    let on_toggle = move |ev: leptos::ev::Event| {
        // The element's state, not a flip: the browser fires one `toggle` for
        // an open and a close that come in the same task.
        let now = event_target::<web_sys::Element>(&ev).has_attribute("open");
        open.set(now);
        if now {
            build();
        }
    };
    // `toggle` is queued as a task of its own, and a keypress can come before
    // it: Enter then Tab, quickly, moved the focus past a panel still empty
    // (seen in CI). The summary's click, which Enter and Space also fire,
    // builds the contents before the task ends.
    view! {
        <details class=class on:toggle=on_toggle>
            <summary on:click=move |_| build()>{summary}</summary>
            {move || built.get().then(|| children())}
        </details>
    }
}
