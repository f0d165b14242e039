//! The app's components rendered to HTML at build time (on the host, with
//! Leptos' `ssr` feature): the static first view of the dashboard and the page
//! a reader without JavaScript keeps. The same components as in the browser,
//! so there is one source of markup, and the app, when it replaces this HTML,
//! draws exactly what is already there.

use super::embed::{EmbedPage, EmbedWidget};
use super::{Contents, Credit, Loaded, MarkPatterns, Nav, Page};
use crate::data::DATASET_URL;
use crate::embed::{Embed, Widget};
use crate::i18n::{page_strings, Lang};
use crate::state::{Section, Theme, View, ViewState};
use leptos::prelude::*;

/// `section` of the dashboard in `lang`, as the app draws it for
/// `?lang=…&section=…`.
pub fn page(loaded: &Loaded, lang: Lang, section: Section) -> String {
    let owner = Owner::new();
    owner.with(|| {
        let nav = Nav::new(ViewState {
            lang: Some(lang),
            section,
            ..ViewState::default()
        });
        provide_context(nav);
        let d = loaded.dataset.clone();
        let title = lang.pick(&d.title).to_string();
        let credit = Some(Credit::of(&d));
        let loaded = loaded.clone();
        view! {
            <Page lang nav section title=Signal::derive(move || title.clone()) credit=Signal::derive(move || credit.clone())>
                <NoScriptNote lang />
                <Contents loaded lang section />
            </Page>
        }
        .to_html()
    })
}

/// What a reader without JavaScript gets and what needs it, at the top of
/// the page's column, in its language; never shown where scripts run (the
/// app replaces this page, and a browser with scripts hides `noscript`).
#[component]
fn NoScriptNote(lang: Lang) -> impl IntoView {
    let p = page_strings(lang);
    let (before, after) = p.no_js_note.split_once("{0}").unwrap_or((p.no_js_note, ""));
    view! {
        <noscript>
            <NoScriptLine>
                {before}
                <a href=DATASET_URL>{p.no_js_data_file}</a>
                {after}
            </NoScriptLine>
        </noscript>
    }
}

/// The check page's note for readers without JavaScript, in place of a first
/// view (it has none): in the page's column, in both languages (one page
/// serves both, in Swedish), each with its way back to the dashboard, which
/// works without.
pub fn check_noscript() -> String {
    Owner::new().with(|| {
        let note = |lang: Lang| {
            let p = page_strings(lang);
            view! {
                <NoScriptLine lang=(lang != Lang::Sv).then(|| lang.code())>
                    {p.check_no_js}
                    " "
                    <a href=crate::state::dashboard_url(lang)>{p.to_dashboard}</a>
                </NoScriptLine>
            }
        };
        view! {
            <noscript>
                <main id="main" class="check-main">{note(Lang::Sv)}{note(Lang::En)}</main>
            </noscript>
        }
        .to_html()
    })
}

/// What the dashboard's first view says of its charts, on the page that has
/// them (the overview): to a screen reader, that they are on their way; shown
/// only where the app cannot start or its data does not come (`app-failed`),
/// that they could not be loaded and are shown without interaction. The
/// parties and the sources lose nothing without the app: they say nothing.
pub fn charts_status(lang: Lang, section: Section) -> String {
    if section != Section::Overview {
        return String::new();
    }
    let p = page_strings(lang);
    Owner::new().with(|| {
        view! {
            <p class="fv-failed" role="alert">{p.app_failed}</p>
            <p class="fv-loading visually-hidden" role="status">{p.loading_charts}</p>
        }
        .to_html()
    })
}

/// One note of a page without scripts; `lang` where it differs from the page's.
#[component]
fn NoScriptLine(
    #[prop(default = None)] lang: Option<&'static str>,
    children: Children,
) -> impl IntoView {
    view! { <p class="no-js-note" lang=lang>{children()}</p> }
}

/// `widget`'s embed in `lang`, as the app draws it for
/// `embed.html?chart=…&lang=…&view=chart`.
pub fn embed(loaded: &Loaded, widget: &Widget, lang: Lang) -> String {
    Owner::new().with(|| {
        let nav = Nav::new(ViewState {
            lang: Some(lang),
            ..ViewState::default()
        });
        provide_context(nav);
        let dataset = loaded.dataset.clone();
        let name = widget.title(&dataset, lang);
        let full_view = Embed {
            widget: widget.clone(),
            lang,
            theme: Theme::Auto,
            view: View::Chart,
            release: None,
        }
        .dashboard_url("./");
        let credit = Some(Credit::of(&dataset));
        let widget = widget.clone();
        view! {
            <EmbedPage
                lang
                name=Signal::derive(move || name.clone())
                full_view=Signal::derive(move || full_view.clone())
                credit=Signal::derive(move || credit.clone())
            >
                <EmbedWidget widget dataset lang nav />
            </EmbedPage>
        }
        .to_html()
    })
}

/// The SVG patterns the marks fill with, once for a page of several renderings.
pub fn patterns() -> String {
    Owner::new().with(|| view! { <MarkPatterns /> }.to_html())
}
