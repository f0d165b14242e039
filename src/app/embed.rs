//! The embed page (one widget, no site chrome) and the Embed panel that builds a
//! chart's copy-paste snippet on the dashboard.

use super::copy_field::CopyField;
use super::disclosure::Disclosure;
use super::nav::Nav;
use super::tools::{self, FileText};
use super::{
    dataset_head, dom, first_answer, follow_history, load_dataset, site_title, ChartFigure,
    ChartMissing, ChartWithheld, Credit, DatasetHead, KeyFigures, LoadFailed, LoadState, Loading,
    MarkPatterns,
};
use crate::data::{Dataset, Slot, DATASET_URL};
use crate::embed::{Embed, Widget};
use crate::i18n::{strings, Lang};
use crate::state::{param, Theme, View, ViewState};
use leptos::prelude::*;
use std::sync::Arc;

/// `embed.html?chart=ID&lang=…&theme=…&view=…`: the widget alone, with its
/// accessibility intact, its sources, the licence and a way to the full view.
/// Without `chart` it lists what can be embedded.
#[component]
pub fn EmbedApp(#[prop(default = DATASET_URL)] data_url: &'static str) -> impl IntoView {
    let query = dom::current_query();
    let nav = Nav::new(ViewState::from_query(&query));
    provide_context(nav);
    follow_history(nav);
    let asked = param(&query, "chart");
    let browser = dom::browser_languages();
    let lang = Memo::new(move |_| nav.state.with(|s| s.effective_lang(&browser)));
    let (data, load) = load_dataset(data_url);
    // An embed renders its widget again only when its language changes, so its
    // effects read the page-long signals (see `relay`).
    let state = data.page();
    take_over_when_loaded(state);
    let DatasetHead { title, credit } = dataset_head(state);
    // The widget the URL asks for, once the data says which there are.
    let widget = {
        let asked = asked.clone();
        Memo::new(move |_| match state.get() {
            LoadState::Ready(l) => asked
                .as_deref()
                .and_then(|id| Widget::from_id(id, &l.dataset)),
            _ => None,
        })
    };
    // Its name, for the document and the landmarks (a partner page with several
    // embeds still has distinguishable ones).
    let name = move || {
        let lang = lang.get();
        match (widget.get(), state.get()) {
            (Some(w), LoadState::Ready(l)) => w.title(&l.dataset, lang),
            _ => strings(lang).embed_list_title.to_string(),
        }
    };
    Effect::new(move |_| {
        let lang = lang.get();
        let site = site_title(title.get().as_ref(), lang);
        dom::set_document(
            lang.code(),
            &crate::i18n::format::page_title(&name(), &site),
        );
    });

    // Nothing is built until the first answer: the build's first view is the
    // page until then (as on the dashboard).
    let begun = first_answer(state);
    view! {
        {move || {
            if !begun.get() {
                return None;
            }
            let lang = lang.get();
            let asked = asked.clone();
            let body = move || match state.get() {
                LoadState::Loading => view! { <Loading lang /> }.into_any(),
                LoadState::Failed(error) => view! { <LoadFailed lang error on_retry=load /> }.into_any(),
                LoadState::Ready(loaded) => match widget.get() {
                    Some(widget) => view! {
                        <EmbedWidget widget dataset=loaded.dataset.clone() lang nav />
                    }
                    .into_any(),
                    None => {
                        // A view of the file that cannot be shown says why, as
                        // on the dashboard; an id the file lacks gets the list.
                        let withheld = loaded.slots().into_iter().enumerate().find_map(|(i, s)| match s {
                            Slot::Withheld(w) if w.id.is_some() && w.id == asked => Some((i, w.clone())),
                            _ => None,
                        });
                        match withheld {
                            Some((i, withheld)) => view! {
                                <ChartWithheld withheld skipped=loaded.skipped.clone() lang position=i + 1 level=1 />
                            }
                            .into_any(),
                            // A partner's embed of a chart the data no longer has.
                            None => view! {
                                {asked.is_some().then(|| view! { <ChartMissing lang /> })}
                                <WidgetList lang dataset=loaded.dataset.clone() />
                            }
                            .into_any(),
                        }
                    }
                },
            };
            let full_view = move || {
                let s = nav.state.get();
                match widget.get() {
                    Some(w) => Embed { widget: w, lang, theme: s.theme, view: s.view, release: s.release.clone() }.dashboard_url("./"),
                    None => crate::state::dashboard_url(lang),
                }
            };
            Some(view! {
                <EmbedPage lang name=Signal::derive(name) full_view=Signal::derive(full_view) credit=credit.into()>
                    {body}
                </EmbedPage>
            })
        }}
    }
}

/// Said by `EmbedPage` to what it holds: this is an embed, which has no list
/// of sources of its own (its source links open the dashboard's). A context,
/// not a look at the document, so the build's rendering of an embed links as
/// the app's does.
#[derive(Clone, Copy)]
pub(crate) struct InEmbed;

/// The embed's page around its widget: a main landmark named after it (a
/// partner page with several embeds keeps them apart), and a footer with the
/// way to the full view and the licence, in words short enough for one line
/// on a 320 px phone (two lines there were 19 px more on every embed). The
/// app draws it, and the build renders it for the first view
/// (`render::embed`).
#[component]
pub fn EmbedPage(
    lang: Lang,
    name: Signal<String>,
    full_view: Signal<String>,
    credit: Signal<Option<Credit>>,
    children: Children,
) -> impl IntoView {
    let footer_name = move || format!("{}: {}", name.get(), strings(lang).about_the_data);
    let credit = move || {
        credit.get().map(|Credit { licence: l, .. }| view! {
            " · "
            {strings(lang).licence_label}
            " "
            <a href=l.url.clone() rel="license" target="_blank" title=lang.pick(&l.name).to_string()>{l.short()}</a>
        })
    };
    provide_context(InEmbed);
    view! {
        <main id="main" class="embed-main" aria-label=name>
            {children()}
        </main>
        <footer class="embed-footer" aria-label=footer_name>
            <a href=full_view target="_blank" rel="noopener">
                {strings(lang).open_in_dashboard}
            </a>
            {credit}
        </footer>
    }
}

/// One widget as its embed shows it: a chart with its own patterns, or the key
/// figures. `level` is its heading's (the embed's page: 1); `patterns` false
/// where the page around it has them already (the check page's preview).
#[component]
pub fn EmbedWidget(
    widget: Widget,
    dataset: Arc<Dataset>,
    lang: Lang,
    nav: Nav,
    #[prop(default = 1)] level: u8,
    #[prop(default = true)] patterns: bool,
) -> impl IntoView {
    match widget {
        Widget::View(id) => view! {
            {dom::after_paint(|| dom::mark_once("iop:all-charts"))}
            {patterns.then(|| view! { <MarkPatterns /> })}
            <ChartFigure id dataset lang nav level on_dashboard=false />
        }
        .into_any(),
        Widget::KeyFigures => view! { <KeyFigures dataset lang level /> }.into_any(),
    }
}

/// Every embeddable widget with its id and a link to its embed page.
#[component]
fn WidgetList(lang: Lang, dataset: Arc<Dataset>) -> impl IntoView {
    let s = strings(lang);
    let items = Widget::all(&dataset)
        .into_iter()
        .map(|w| {
            let title = w.title(&dataset, lang);
            let (id, code) = (w.id().to_string(), w.id().to_string());
            let href = Embed {
                widget: w,
                lang,
                theme: Theme::Auto,
                view: View::Chart,
                release: None,
            }
            .url("");
            view! {
                <li data-widget=id>
                    <a href=href>{title}</a>
                    " "
                    <code>{code}</code>
                </li>
            }
        })
        .collect_view();
    view! {
        <h1>{s.embed_list_title}</h1>
        <p>{s.embed_list_intro}</p>
        <ul class="widget-list">{items}</ul>
    }
}

/// The heights of the plain iframe's code, as a chart and as a table: being
/// asked for, known, or not to be had (the tools did not load).
enum FrameHeights {
    Asking,
    Known(Vec<u32>),
    Failed,
}

/// Builds the snippets for this chart in the current language and view, with a
/// theme of the editor's choice, a copy button for each and a live preview.
#[component]
pub fn EmbedPanel(widget: Widget, dataset: Arc<Dataset>, lang: Lang, nav: Nav) -> impl IntoView {
    let s = strings(lang);
    let open = RwSignal::new(false);
    let text = use_context::<FileText>();
    // The snippets (each draws the chart again, for its text)
    // and the preview are built when the panel opens, not for every chart at
    // start-up; the preview's frame goes again when it closes.
    let body = move || {
        let theme = RwSignal::new(Theme::Auto);
        let base = dom::base_url();
        let embed = {
            let widget = widget.clone();
            Memo::new(move |_| {
                let view = nav.state.with(|st| match &widget {
                    Widget::View(c) if st.chart.as_ref() == Some(c) => st.view,
                    _ => View::Chart,
                });
                Embed {
                    widget: widget.clone(),
                    lang,
                    theme: theme.get(),
                    view,
                    // Embedding a release keeps it.
                    release: nav.state.with(|st| st.release.clone()),
                }
            })
        };
        // Written again while the panel is open, not after it closes (each
        // snippet draws the chart again).
        let snippet = |write: fn(&Embed, &str, &Dataset) -> String| {
            let (base, dataset) = (base.clone(), dataset.clone());
            move || {
                if open.get() {
                    write(&embed.get(), &base, &dataset)
                } else {
                    String::new()
                }
            }
        };
        // The plain iframe's height is worked out from the chart's picture,
        // whose layout only the tools' wasm carries: asked for, for both
        // views, as the panel first opens (the code waits for it).
        let heights = RwSignal::new(FrameHeights::Asking);
        {
            let (text, id) = (text.clone(), widget.id().to_string());
            leptos::task::spawn_local(async move {
                let h = async { tools::frame_heights(text.as_ref()?, &id, lang).await }.await;
                heights.set(h.map_or(FrameHeights::Failed, FrameHeights::Known));
            });
        }
        let iframe_code = {
            let (base, dataset) = (base.clone(), dataset.clone());
            move || {
                let e = embed.get();
                heights.with(|h| match h {
                    FrameHeights::Known(h) if open.get() => View::ALL
                        .iter()
                        .position(|v| *v == e.view)
                        .and_then(|i| h.get(i))
                        .map(|h| e.iframe_snippet(&base, &dataset, *h))
                        .unwrap_or_default(),
                    _ => String::new(),
                })
            }
        };
        let iframe_waits = Signal::derive(move || {
            heights.with(|h| match h {
                FrameHeights::Asking => s.embed_code_making,
                FrameHeights::Failed => s.embed_code_failed,
                FrameHeights::Known(_) => "",
            })
        });
        let loader_code = snippet(Embed::loader_snippet);
        // What a web editor pastes into WordPress and other tools that read oEmbed.
        let link_code = move || embed.get().url(&base);
        let id = format!("embed-{}", widget.id());
        let themes = Theme::ALL
            .into_iter()
            .map(|t| {
                let label = match t {
                    Theme::Auto => s.theme_auto,
                    Theme::Light => s.theme_light,
                    Theme::Dark => s.theme_dark,
                };
                let name = format!("{id}-theme");
                view! {
                    <label class="radio">
                        <input
                            type="radio"
                            name=name
                            value=t.id()
                            prop:checked=move || theme.get() == t
                            on:change=move |_| theme.set(t)
                        />
                        " "
                        {label}
                    </label>
                }
            })
            .collect_view();
        // The three ways to embed, each a text to copy.
        let never_waits = Signal::stored("");
        let codes = [
            (
                "iframe",
                s.embed_iframe,
                "3",
                Signal::derive(iframe_code),
                iframe_waits,
            ),
            (
                "loader",
                s.embed_loader,
                "6",
                Signal::derive(loader_code),
                never_waits,
            ),
            (
                "link",
                s.embed_link,
                "2",
                Signal::derive(link_code),
                never_waits,
            ),
        ]
        .into_iter()
        .map(|(name, label, rows, text, placeholder)| {
            view! {
                <CopyField
                    id=format!("{id}-{name}")
                    name
                    label
                    button=s.copy
                    class="embed-code"
                    rows
                    text
                    placeholder
                    nav
                    lang
                />
            }
        })
        .collect_view();
        let dataset = dataset.clone();
        view! {
            <p>{s.embed_intro}</p>
            <fieldset class="embed-theme">
                <legend>{s.embed_theme}</legend>
                {themes}
            </fieldset>
            {codes}
            {move || {
                open.get()
                    .then(|| {
                        let e = embed.get();
                        dom::after_paint(dom::size_embed_previews);
                        view! {
                            <p class="preview-label">{s.preview}</p>
                            <iframe class="embed-preview" src=e.url("") title=e.frame_title(&dataset)></iframe>
                        }
                    })
            }}
        }
        .into_any()
    };
    view! { <Disclosure class="embed-panel" summary=s.embed open>{body()}</Disclosure> }
}

/// The static first view (the build's, in `embed.html`) stays until there is
/// something better to show (the dashboard's goes once its page is in), and
/// where the data did not come. It goes before the next frame, so the app's
/// content is displayed (and can be scrolled to or focused, as a URL may ask)
/// in the frame that first shows it.
fn take_over_when_loaded(state: RwSignal<LoadState>) {
    Effect::new(move |_| {
        let kept = || state.with(LoadState::unreached) && dom::keep_first_widget();
        if !matches!(state.get(), LoadState::Loading) && !kept() {
            dom::take_over_first_view();
        }
    });
}
