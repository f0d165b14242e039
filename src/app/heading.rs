//! A heading whose level is chosen by the page: the same chart is an `h3` in the
//! dashboard and the page's `h1` when embedded alone, and a section's `h1` is an
//! `h3` inside the check page's preview.

use leptos::prelude::*;

#[component]
pub fn Heading(
    level: u8,
    #[prop(optional, into)] id: Option<String>,
    #[prop(optional)] class: Option<&'static str>,
    /// Focus can be moved to it (a section's heading, on arrival).
    #[prop(default = false)]
    focusable: bool,
    children: Children,
) -> impl IntoView {
    let tabindex = focusable.then_some("-1");
    match level {
        1 => view! { <h1 id=id class=class tabindex=tabindex>{children()}</h1> }.into_any(),
        2 => view! { <h2 id=id class=class tabindex=tabindex>{children()}</h2> }.into_any(),
        3 => view! { <h3 id=id class=class tabindex=tabindex>{children()}</h3> }.into_any(),
        4 => view! { <h4 id=id class=class tabindex=tabindex>{children()}</h4> }.into_any(),
        5 => view! { <h5 id=id class=class tabindex=tabindex>{children()}</h5> }.into_any(),
        _ => view! { <h6 id=id class=class tabindex=tabindex>{children()}</h6> }.into_any(),
    }
}
