//! The app's components rendered to HTML at build time (on the host, with
//! Leptos' `ssr` feature): the static first view of the dashboard and the page
//! a reader without JavaScript keeps. The same components as in the browser,
//! so there is one source of markup, and the app, when it replaces this HTML,
//! draws exactly what is already there.

use super::{Contents, Loaded, MarkPatterns, Nav, Page};
use crate::i18n::Lang;
use crate::state::{Section, ViewState};
use leptos::prelude::*;

/// The overview of `loaded` in `lang`, as the app draws it for `?lang=…`.
pub fn overview(loaded: &Loaded, lang: Lang) -> String {
    let owner = Owner::new();
    owner.with(|| {
        let nav = Nav::new(ViewState {
            lang: Some(lang),
            ..ViewState::default()
        });
        provide_context(nav);
        let d = loaded.dataset.clone();
        let title = lang.pick(&d.title).to_string();
        let licence = Some(d.licence.clone());
        let loaded = loaded.clone();
        view! {
            <Page lang nav section=Section::Overview title=Signal::derive(move || title.clone()) licence=Signal::derive(move || licence.clone())>
                <Contents loaded lang section=Section::Overview />
            </Page>
        }
        .to_html()
    })
}

/// The SVG patterns the marks fill with, once for a page of several renderings.
pub fn patterns() -> String {
    Owner::new().with(|| view! { <MarkPatterns /> }.to_html())
}
