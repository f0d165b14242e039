//! Leptos components: thin renderers of the data, i18n and state layers. Calls into
//! the browser (fetch, location, history, focus) stay in `load` and `dom`, so
//! every component can be mounted into a test container with data handed to it.

mod chart;
mod check;
mod copy_field;
mod disclosure;
pub(crate) mod dom;
mod downloads;
mod embed;
pub mod files;
mod heading;
mod key_figures;
mod layout;
mod listen;
mod load;
mod nav;
mod partnership;
mod png;
mod relay;
#[cfg(not(target_arch = "wasm32"))]
pub mod render;
mod sound;
mod sources;
mod status;
mod tools;

pub use chart::{dashboard_listen, dashboard_tools, ChartFigure, ChartWithheld};
pub use dom::show_crash_message;
pub use embed::{EmbedApp, EmbedPanel};
pub use heading::Heading;
pub use key_figures::{KeyFigure, KeyFigures};
pub use layout::{Credit, Footer, Header, SkipLink};
pub use load::{fetch_dataset, LoadError, LoadState, Loaded};
pub use nav::{LanguageSwitch, Nav, SectionNav};
pub use partnership::{Parties, PartnershipSummary, Services};
pub use sources::{Citation, SourceList};
pub use status::{ChartMissing, LoadFailed, Loading, PartialData, ProblemList, ReleaseMissing};

use crate::data::{Dataset, Slot, Text, DATASET_URL};
use crate::embed::Widget;
use crate::i18n::{strings, Lang};
use crate::state::{Section, ViewState};
use leptos::prelude::*;
use leptos::reactive::owner::Owner;
use leptos::tachys::view::{Mountable, Render};
use nav::{section_name, SECTION_HEADING_ID};
use relay::Relay;
use std::sync::Arc;

/// Each page has a wasm of its own (`src/main.rs`, `src/main_embed.rs`,
/// `src/main_check.rs`), so a reader of the dashboard does not download the
/// embed's or the check page's code, nor a partner's page the dashboard's.
pub fn start_dashboard() {
    let data_url = start_page();
    leptos::mount::mount_to_body(move || view! { <App data_url /> });
}

/// The single widget of `embed.html`.
pub fn start_embed() {
    let data_url = start_page();
    leptos::mount::mount_to_body(move || view! { <EmbedApp data_url /> });
}

/// The checker of `check.html`, which reads the publisher's file, not ours.
pub fn start_check() {
    dom::install_panic_hook();
    dom::refit_tooltips_on_resize();
    leptos::mount::mount_to_body(|| view! { <check::CheckApp /> });
}

/// What every page does first; returns the address of the data it shows.
fn start_page() -> &'static str {
    dom::install_panic_hook();
    dom::refit_tooltips_on_resize();
    // A release named in the address (`?release=2026-11-29`) is read from its
    // own file, for good; otherwise the latest data. The page is read once, so
    // the address lives as long as the page.
    match ViewState::from_query(&dom::current_query()).release {
        Some(r) => Box::leak(crate::state::shown_data_url(Some(&r)).into_boxed_str()),
        None => DATASET_URL,
    }
}

/// Back and forward restore the view of that history entry.
pub(crate) fn follow_history(nav: Nav) {
    let _ = window_event_listener(leptos::ev::popstate, move |_| {
        nav.restore(ViewState::from_query(&dom::current_query()));
    });
}

/// Fetches the dataset now and on every retry.
pub(crate) fn load_dataset(data_url: &'static str) -> (Relay<LoadState>, Callback<()>) {
    let state = Relay::new(LoadState::Loading);
    let load = Callback::new(move |()| {
        state.set(LoadState::Loading);
        leptos::task::spawn_local(async move {
            state.set(LoadState::from(fetch_dataset(data_url).await));
        });
    });
    load.run(());
    (state, load)
}

/// The dashboard. The view comes from the URL, the language from the URL, else the
/// browser, else Swedish. `data_url` is relative to the page, so the app works under
/// any sub-path; tests point it elsewhere to see the error path.
#[component]
pub fn App(#[prop(default = DATASET_URL)] data_url: &'static str) -> impl IntoView {
    let nav = Nav::new(ViewState::from_query(&dom::current_query()));
    provide_context(nav);
    let shows = Memo::new(move |_| nav.page());

    follow_history(nav);

    let (data, load) = load_dataset(data_url);
    let title = dataset_head(data.page()).title;

    Effect::new(move |_| {
        let (lang, section) = shows.get();
        dom::set_title(&document_title(title.get().as_ref(), lang, section));
    });

    // The page, built for its language and section once the first answer is
    // there, after the live region (its place in the document); then the
    // build's first view goes, unless the data did not come and it stays.
    let begun = first_answer(data.page());
    let shown = StoredValue::new_local(None::<Rendering>);
    Effect::new(move |_| {
        let ((lang, section), begun) = (shows.get(), begun.get());
        // Not a release's page: its first view is the latest data.
        let latest = nav.state.with_untracked(|s| s.release.is_none());
        if begun
            && latest
            && data.page().with_untracked(LoadState::unreached)
            && dom::keep_first_view()
        {
            return;
        }
        if let Some(anchor) = dom::element(LIVE_REGION_ID).filter(|_| begun) {
            let mut next =
                untrack(|| Rendering::build(move || page(nav, data, load, lang, section)));
            if let Some(old) = shown.try_update_value(|s| s.take()).flatten() {
                old.retire();
            }
            next.mount_after(&anchor);
            shown.set_value(Some(next));
            // Once the page is in, not before: it was built with the charts
            // a reader had come to in the first view (`Charts`).
            dom::take_over_first_view();
        }
        dom::set_lang(lang.code());
    });
    view! {
        <p id=LIVE_REGION_ID class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
            {move || nav.announcement.get()}
        </p>
    }
}

/// One rendering of the page in `lang` showing `section`. What it reads goes
/// with it (see `relay`).
fn page(
    nav: Nav,
    data: Relay<LoadState>,
    load: Callback<()>,
    lang: Lang,
    section: Section,
) -> impl IntoView {
    let nav = nav.rendering();
    provide_context(nav);
    let state = data.rendering();
    let DatasetHead { title, credit } = dataset_head(state);
    let title = Signal::derive(move || site_title(title.get().as_ref(), lang));
    // Built after the file's first answer, so this is known.
    let release_missing =
        state.with_untracked(|s| matches!(s, LoadState::Failed(LoadError::Http(404))));
    // Where that answer was a network failure and a retry finds the release
    // not published, the page says so, and its footer (drawn once, with the
    // release's file) offers the latest file instead.
    if !release_missing {
        Effect::new(move |_| {
            if state.with(|s| matches!(s, LoadState::Failed(LoadError::Http(404)))) {
                dom::offer_data(DATASET_URL);
            }
        });
    }
    view! {
        <Page lang nav section title credit release_missing>
            {move || match state.get() {
                LoadState::Loading => view! { <Loading lang /> }.into_any(),
                LoadState::Failed(error) => match (error, nav.state.with_untracked(|s| s.release.clone())) {
                    (LoadError::Http(404), Some(release)) => {
                        view! { <ReleaseMissing lang release /> }.into_any()
                    }
                    (error, _) => view! { <LoadFailed lang error on_retry=load /> }.into_any(),
                },
                LoadState::Ready(loaded) => {
                    // The chart the address names, as written where it is no
                    // id at all (a link cut short or mangled on its way): said
                    // missing as one the data does not have, as an embed says.
                    let chart = nav
                        .state
                        .with_untracked(|s| s.chart.clone())
                        .or_else(|| crate::state::param(&dom::current_query(), "chart"));
                    let missing = section == Section::Overview
                        && chart.is_some_and(|c| !loaded.slots().iter().any(|s| s.id() == Some(c.as_str())));
                    view! {
                        <ReleaseNote lang release=nav.state.with_untracked(|s| s.release.clone()) />
                        {missing.then(|| view! { <ChartMissing lang /> })}
                        <Contents loaded lang section />
                    }
                    .into_any()
                }
            }}
        </Page>
    }
}

/// The live region that says what a view change did; the page follows it.
const LIVE_REGION_ID: &str = "view-status";

/// One rendering of the dashboard's page: its elements and what its effects
/// hold, under a reactive owner of its own. A new language or section builds a
/// new one; the old one leaves the document at once but is dropped after the
/// next frame, so the reader sees the new page without waiting for the
/// hundreds of handles, listeners and effects of the old one to be released
/// (a language switch's first chart, median under 4x CPU: 102 → 67 ms).
struct Rendering {
    view: Box<dyn Mountable>,
    mounted: bool,
    _owner: Owner,
}

/// A rendering dropped with the app (a component test's) leaves the document
/// with it.
impl Drop for Rendering {
    fn drop(&mut self) {
        if self.mounted {
            self.view.unmount();
        }
    }
}

impl Rendering {
    fn build<V: Render + 'static>(make: impl FnOnce() -> V) -> Rendering {
        // A root, not a child of the effect that builds it: that effect's next
        // run would dispose it at once, while the old rendering's elements and
        // effects are still there.
        let current = Owner::current();
        let owner = Owner::new_root(None);
        match current {
            Some(current) => current.set(),
            None => owner.clone().unset(),
        }
        let view: Box<dyn Mountable> = Box::new(owner.with(|| make().build()));
        Rendering {
            view,
            mounted: false,
            _owner: owner,
        }
    }

    /// Puts the page in the document right after `anchor`.
    fn mount_after(&mut self, anchor: &web_sys::HtmlElement) {
        if let Some(parent) = anchor.parent_element() {
            self.view.mount(&parent, anchor.next_sibling().as_ref());
            self.mounted = true;
        }
    }

    /// Takes the page out of the document now and drops it after the next frame
    /// (its view first, then its owner: the fields' order). Focus, if it was
    /// on the page, comes back where the change puts it (`focus_after_render`).
    fn retire(mut self) {
        self.view.unmount();
        self.mounted = false;
        dom::after_next_frame(move || drop(self));
    }
}

/// Whether the first load has ended, read or failed. Until then the build's
/// first view is the page (it says that the charts are on their way), so the
/// app builds nothing that would stay hidden: its page is built once, in the
/// task that has the data, and the browser styles it once. A retry keeps it.
pub(crate) fn first_answer(state: RwSignal<LoadState>) -> Memo<bool> {
    Memo::new(move |was: Option<&bool>| {
        was.copied().unwrap_or(false) || !matches!(state.get(), LoadState::Loading)
    })
}

/// Says that the page shows a release of the data named in its address, not
/// the latest, with the way to the latest (as archived charts do).
#[component]
fn ReleaseNote(lang: Lang, release: Option<String>) -> impl IntoView {
    let s = crate::i18n::data_strings(lang);
    release.map(|r| {
        let when = crate::i18n::format::date(&r, lang);
        view! {
            <p class="release-note" role="note">
                {crate::i18n::fill(s.release_note, &[&when])}
                " "
                <a href=crate::state::dashboard_url(lang)>{s.release_latest}</a>
            </p>
        }
    })
}

/// The page around a section: skip links, header, the main landmark and the
/// footer. The app and the build's static pages (`render`) both use it.
#[component]
pub fn Page(
    lang: Lang,
    nav: Nav,
    section: Section,
    #[prop(into)] title: Signal<String>,
    #[prop(into)] credit: Signal<Option<Credit>>,
    /// Whether the release the address names is not published (known when
    /// the page is built: after the file's first answer).
    #[prop(optional)]
    release_missing: bool,
    children: Children,
) -> impl IntoView {
    // The data offered is the data shown: a release's file, except where
    // there is none (its page says so and links the latest), the latest's.
    let release = nav.state.with_untracked(|s| s.release.clone());
    let data = crate::state::shown_data_url(release.as_deref().filter(|_| !release_missing));
    view! {
        <SkipLink lang charts=section == Section::Overview />
        <Header lang nav section title />
        <main id="main" tabindex="-1">{children()}</main>
        <Footer lang credit data />
    }
}

/// A section of a file that has been read: what could not be shown, then the section.
#[component]
pub fn Contents(
    loaded: Loaded,
    lang: Lang,
    section: Section,
    /// The level of the section's own heading: 1 on the dashboard, lower where
    /// the section sits under a page's headings (the check page's preview).
    #[prop(default = 1)]
    top: u8,
    /// Said in place of the data files (`downloads::DataFiles`): the check
    /// page's preview, whose file is not the one they were written from.
    #[prop(optional)]
    files_note: Option<&'static str>,
) -> impl IntoView {
    // The notice comes before the section's heading, so it is that heading's
    // sibling, except at the page's top, where the section has the one h1.
    view! {
        <PartialData lang skipped=loaded.skipped.clone() level=top.max(2) />
        <SectionView loaded lang section top files_note />
    }
}

/// The dataset's title, licence and contact once it is read: the page's
/// name, its credit and whom its footer says to ask come from the published
/// file, like everything it shows.
#[derive(Clone, Copy)]
pub(crate) struct DatasetHead {
    pub title: Memo<Option<Text>>,
    pub credit: Memo<Option<Credit>>,
}

pub(crate) fn dataset_head(state: RwSignal<LoadState>) -> DatasetHead {
    let title = Memo::new(move |_| match state.get() {
        LoadState::Ready(l) => Some(l.dataset.title.clone()),
        _ => None,
    });
    let credit = Memo::new(move |_| match state.get() {
        LoadState::Ready(l) => Some(Credit::of(&l.dataset)),
        _ => None,
    });
    DatasetHead { title, credit }
}

/// The tab's title for `section`: "Källor – IOP Ensamkommande i Göteborg".
pub fn document_title(title: Option<&Text>, lang: Lang, section: Section) -> String {
    let site = site_title(title, lang);
    match section {
        Section::Overview => site,
        other => crate::i18n::format::page_title(section_name(other, lang), &site),
    }
}

/// The dataset's title in `lang`, or the dashboard's own name until it is read.
pub(crate) fn site_title(title: Option<&Text>, lang: Lang) -> String {
    title.map_or_else(
        || strings(lang).site_title.to_string(),
        |t| lang.pick(t).to_string(),
    )
}

/// The charts of the overview, in the order the dataset declares its views,
/// each independent of the others; a view that cannot be shown says so in its
/// place. The first chart (or every chart up to the one a URL names, so it can
/// be scrolled to at once) comes with the page; the others follow one per task,
/// so the page can answer a reader between them instead of being busy for all
/// of them at once.
#[component]
pub fn Charts(loaded: Loaded, lang: Lang, #[prop(default = 1)] top: u8) -> impl IntoView {
    let nav = expect_context::<Nav>();
    let slots: Vec<Result<String, crate::data::Withheld>> = loaded
        .slots()
        .into_iter()
        .map(|slot| match slot {
            Slot::View(v) => Ok(v.id.clone()),
            Slot::Withheld(w) => Err(w.clone()),
        })
        .collect();
    let named = nav
        .state
        .with_untracked(|s| s.chart.clone())
        .and_then(|c| slots.iter().position(|s| s.as_ref() == Ok(&c)));
    // At build time every chart is rendered at once (there is no later task).
    let first = if dom::in_browser() {
        named
            .map_or(1, |i| i + 1)
            .max(dom::first_view_charts_reached())
    } else {
        slots.len()
    };
    let shown = RwSignal::new(first);
    add_charts_later(shown, slots.len());
    let dataset = loaded.dataset.clone();
    view! {
        <section class="charts" id=layout::CHARTS_ID tabindex="-1" aria-labelledby="charts-heading">
            <Heading level=top + 1 id="charts-heading">{strings(lang).charts}</Heading>
            <MarkPatterns />
            {slots
                .into_iter()
                .enumerate()
                .map(|(i, slot)| {
                    // Changes once, so the chart is built once.
                    let due = Memo::new(move |_| shown.get() > i);
                    let dataset = dataset.clone();
                    let skipped = loaded.skipped.clone();
                    move || {
                        due.get().then(|| match slot.clone() {
                            Ok(id) => view! {
                                <ChartFigure id dataset=dataset.clone() lang nav level=top + 2 tools=Some(chart::dashboard_tools) listen=Some(chart::dashboard_listen) />
                            }
                            .into_any(),
                            Err(withheld) => view! {
                                <ChartWithheld withheld skipped=skipped.clone() lang position=i + 1 level=top + 2 />
                            }
                            .into_any(),
                        })
                    }
                })
                .collect_view()}
        </section>
    }
}

/// Adds one more chart per task until all `total` are shown, then marks the
/// frame that shows them all (what the benchmark times as `iop:all-charts`).
fn add_charts_later(shown: RwSignal<usize>, total: usize) {
    if shown.get_untracked() >= total {
        dom::after_paint(|| dom::mark_once("iop:all-charts"));
        return;
    }
    set_timeout(
        move || {
            // The section may be gone (another section or language was chosen).
            if shown.try_update(|n| *n += 1).is_some() {
                add_charts_later(shown, total);
            }
        },
        std::time::Duration::ZERO,
    );
}

/// The fill patterns every chart's marks refer to (SVG patterns must live in the
/// document once; their colours come from the stylesheet so themes apply).
#[component]
pub(crate) fn MarkPatterns() -> impl IntoView {
    view! {
        <svg width="0" height="0" class="patterns" aria-hidden="true" focusable="false">
            <defs>
                <pattern id="pattern-secondary" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
                    <rect class="pattern-secondary-bg" width="6" height="6" />
                    <circle class="pattern-secondary-dot" cx="3" cy="3" r="1.25" />
                </pattern>
                <pattern id="pattern-uncertain" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
                    <line class="pattern-uncertain-line" x1="0" y1="0" x2="0" y2="6" />
                </pattern>
            </defs>
        </svg>
    }
}

/// One section of the dashboard, chosen by the URL.
#[component]
pub fn SectionView(
    loaded: Loaded,
    lang: Lang,
    section: Section,
    #[prop(default = 1)] top: u8,
    #[prop(default = None)] files_note: Option<&'static str>,
) -> impl IntoView {
    let dataset: Arc<Dataset> = loaded.dataset.clone();
    match section {
        Section::Overview => {
            // For the downloads and the embed code: the tools read the file again.
            if let Some(text) = loaded.text.clone() {
                provide_context(tools::FileText(text));
            }
            let nav = expect_context::<Nav>();
            view! {
                <PartnershipSummary dataset=dataset.clone() lang top />
                <KeyFigures dataset=dataset.clone() lang level=top + 1>
                    <EmbedPanel widget=Widget::KeyFigures dataset=dataset.clone() lang nav />
                </KeyFigures>
                <Charts loaded lang top />
            }
            .into_any()
        }
        Section::Parties => view! {
            <Heading level=top id=SECTION_HEADING_ID focusable=true>{section_name(section, lang)}</Heading>
            <Parties dataset=dataset.clone() lang top />
            <Services dataset lang top />
        }
        .into_any(),
        Section::Sources => view! {
            <Heading level=top id=SECTION_HEADING_ID focusable=true>{section_name(section, lang)}</Heading>
            <downloads::DataFiles lang dataset=dataset.clone() level=top + 1 note=files_note />
            <Heading level=top + 1>{strings(lang).source_list_title}</Heading>
            <SourceList dataset lang />
        }
        .into_any(),
    }
}
