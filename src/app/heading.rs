//! A heading whose level is chosen by the page: the same chart is an `h3` in the
//! dashboard and the page's `h1` when embedded alone.

use leptos::prelude::*;

#[component]
pub fn Heading(
    level: u8,
    #[prop(optional, into)] id: Option<String>,
    #[prop(optional)] class: Option<&'static str>,
    children: Children,
) -> impl IntoView {
    match level {
        1 => view! { <h1 id=id class=class>{children()}</h1> }.into_any(),
        2 => view! { <h2 id=id class=class>{children()}</h2> }.into_any(),
        3 => view! { <h3 id=id class=class>{children()}</h3> }.into_any(),
        _ => view! { <h4 id=id class=class>{children()}</h4> }.into_any(),
    }
}
