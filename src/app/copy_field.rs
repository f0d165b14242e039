//! A text a reader takes away (a citation, an embed code): its label, the text
//! in a read-only box, and a button that copies it and says in the live region
//! whether that worked. The box stays on screen and selectable, so a reader
//! whose browser refuses the clipboard copies it by hand (the copy's fallback
//! selects it).

use super::nav::Nav;
use crate::i18n::Lang;
use leptos::prelude::*;

#[component]
pub fn CopyField(
    /// The box's id: its label's `for`, and what the fallback selects.
    id: String,
    /// Which text the button copies (`data-copy`), for tests and styles.
    name: &'static str,
    label: &'static str,
    button: &'static str,
    class: &'static str,
    rows: &'static str,
    /// Read again when the button is pressed, so it copies what is shown.
    #[prop(into)]
    text: Signal<String>,
    /// Said in the box while there is no text yet, or none to be had.
    #[prop(optional, into)]
    placeholder: Option<Signal<&'static str>>,
    nav: Nav,
    lang: Lang,
) -> impl IntoView {
    let copy = {
        let id = id.clone();
        move |_| match (text.get_untracked(), placeholder) {
            // Nothing to copy yet: the reader hears what the box says instead.
            (t, Some(p)) if t.is_empty() => nav.announcement.set(p.get_untracked().to_string()),
            (t, _) => nav.copy_and_announce(t, id.clone(), lang),
        }
    };
    view! {
        <label for=id.clone()>{label}</label>
        <textarea
            id=id
            class=class
            readonly
            rows=rows
            placeholder=move || placeholder.map(|p| p.get()).filter(|p| !p.is_empty())
            prop:value=move || text.get()
        ></textarea>
        <button type="button" class="button" data-copy=name on:click=copy>
            {button}
        </button>
    }
}
