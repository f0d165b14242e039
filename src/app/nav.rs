//! Moving between views: every view is a URL, every control that changes it is a
//! real link (it works in a new tab and without our click handler), and a plain
//! click updates the view in place with a history entry (the current one when
//! only the chosen mark changes).

use super::dom;
use super::relay::Relay;
use crate::i18n::{strings, Lang};
use crate::state::{Section, ViewState};
use leptos::prelude::*;

/// The view state, shared through context.
#[derive(Clone, Copy)]
pub struct Nav {
    /// The view state as the code holding this `Nav` reads it: the page's own
    /// for page-long code, a rendering's own inside a rendering of the content
    /// (see `relay`).
    pub state: RwSignal<ViewState>,
    relay: Relay<ViewState>,
    /// Text for the polite live region that announces view changes.
    pub announcement: RwSignal<String>,
    /// The number of the chart's sound playing (`dom::start_sound`), 0 for
    /// none: one at a time on a page, and its button says so.
    pub sound: RwSignal<u32>,
}

impl Nav {
    pub fn new(initial: ViewState) -> Nav {
        let relay = Relay::new(initial);
        Nav {
            state: relay.page(),
            relay,
            announcement: RwSignal::new(String::new()),
            sound: RwSignal::new(0),
        }
    }

    /// The `Nav` for a new rendering of the page's content, whose state goes
    /// with it.
    pub fn rendering(self) -> Nav {
        Nav {
            state: self.relay.rendering(),
            ..self
        }
    }

    /// Goes to a view, recording it in the history (a new entry unless only
    /// the chosen mark changes); returns whether it changed.
    pub fn go(&self, next: ViewState) -> bool {
        let Some(new_entry) = self
            .state
            .with_untracked(|s| (*s != next).then(|| !s.only_selects(&next)))
        else {
            return false;
        };
        dom::set_query(&next.to_query(), new_entry);
        self.change(next);
        true
    }

    /// What a link to the view that `change` makes does when clicked: a plain
    /// click (main button, no modifier key) changes the view in place rather
    /// than loading the page again, then `then` runs, told whether anything
    /// changed; any other click is the browser's (a new tab or window), which
    /// loads the link's address (`href` with the same `change`).
    pub fn on_link_click(
        self,
        change: impl Fn(&mut ViewState) + 'static,
        then: impl Fn(bool) + 'static,
    ) -> impl Fn(leptos::ev::MouseEvent) + 'static {
        move |ev| {
            if !dom::is_plain_click(&ev) {
                return;
            }
            ev.prevent_default();
            let mut next = self.state.get_untracked();
            change(&mut next);
            then(self.go(next));
        }
    }

    /// Shows the view of a history entry (back and forward).
    pub fn restore(&self, state: ViewState) {
        self.change(state);
    }

    /// The language and section the view shows (tracked): the page that the
    /// dashboard builds anew when they change.
    pub fn page(&self) -> (Lang, Section) {
        let browser = dom::browser_languages();
        self.state.with(|s| s.page(&browser))
    }

    fn change(&self, next: ViewState) {
        let browser = dom::browser_languages();
        let same_page = self
            .state
            .try_with_untracked(|s| s.page(&browser) == next.page(&browser));
        match same_page {
            Some(true) => self.relay.set(next),
            Some(false) => self.relay.replace(next),
            // This `Nav` is gone with its app (a component test's); nothing follows it.
            None => {}
        }
    }

    /// Copies `text` (shown in the textarea `area`, which the fallback selects)
    /// and says in the live region whether it worked.
    pub fn copy_and_announce(self, text: String, area: String, lang: Lang) {
        leptos::task::spawn_local(async move {
            let s = strings(lang);
            let copied = dom::copy_text(&text, &area).await;
            let message = if copied { s.copied } else { s.copy_failed };
            self.announcement.set(message.to_string());
        });
    }

    /// The href of the view that `change` makes from the current one. It reads the
    /// state tracked, so an `href=move || nav.href(..)` follows every view change.
    pub fn href(&self, change: impl FnOnce(&mut ViewState)) -> String {
        let mut next = self.state.get();
        change(&mut next);
        match next.to_query() {
            q if q.is_empty() => "?".into(),
            q => q,
        }
    }
}

pub const LANGUAGE_SWITCH_ID: &str = "language-switch";

/// A link to the page in the other language, keeping the rest of the view.
#[component]
pub fn LanguageSwitch(nav: Nav, lang: Lang) -> impl IntoView {
    let other = match lang {
        Lang::Sv => Lang::En,
        Lang::En => Lang::Sv,
    };
    let to_other = move |s: &mut ViewState| s.lang = Some(other);
    let href = move || nav.href(to_other);
    let on_click = nav.on_link_click(to_other, move |changed| {
        if changed {
            nav.announcement
                .set(strings(other).language_changed.to_string());
            dom::focus_after_render(LANGUAGE_SWITCH_ID);
        }
    });
    view! {
        <nav class="language-nav" aria-label=strings(lang).language_nav>
            <a id=LANGUAGE_SWITCH_ID href=href hreflang=other.code() lang=other.code() on:click=on_click>
                {strings(lang).other_language}
            </a>
        </nav>
    }
}

pub fn section_name(section: Section, lang: Lang) -> &'static str {
    let s = strings(lang);
    match section {
        Section::Overview => s.section_overview,
        Section::Parties => s.section_parties,
        Section::Sources => s.section_sources,
    }
}

/// The id of the heading that a section change moves focus to.
pub const SECTION_HEADING_ID: &str = "section-heading";

#[component]
pub fn SectionNav(nav: Nav, lang: Lang, current: Section) -> impl IntoView {
    let links = Section::ALL
        .into_iter()
        .map(|section| {
            let to_section = move |s: &mut ViewState| {
                s.section = section;
                s.chart = None;
            };
            let href = move || nav.href(to_section);
            let on_click = nav.on_link_click(to_section, |changed| {
                if changed {
                    dom::focus_after_render(SECTION_HEADING_ID);
                }
            });
            view! {
                <li>
                    <a
                        href=href
                        data-section=section.id()
                        aria-current=(section == current).then_some("page")
                        on:click=on_click
                    >
                        {section_name(section, lang)}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="section-nav" aria-label=strings(lang).sections_nav>
            <ul>{links}</ul>
        </nav>
    }
}
