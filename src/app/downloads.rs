//! "Download and cite" under every chart: the chart's rows as CSV and JSON, the
//! chart as a PNG (painted from the image scene) or an SVG file, and a citation
//! to copy. Everything is made in the browser from the chart the reader sees,
//! in the page's language, by the tools' wasm (`files`), which the page loads
//! when a chart's panel first opens (`tools`); nothing else is fetched.

use super::copy_field::CopyField;
use super::disclosure::Disclosure;
use super::dom;
use super::files::Format;
use super::nav::Nav;
use super::tools::{self, FileText};
use super::Heading;
use crate::chart::Chart;
use crate::data::Dataset;
use crate::embed::Embed;
use crate::export;
use crate::i18n::{data_strings, fill, strings, Lang};
use crate::state::{shown_data_url, ViewState};
use leptos::prelude::*;
use std::sync::Arc;

fn label(format: Format, lang: Lang) -> &'static str {
    let s = strings(lang);
    match format {
        Format::Csv => s.download_csv,
        Format::Json => s.download_json,
        Format::Png => s.download_png,
        Format::Svg => s.download_svg,
        Format::Bib => s.download_bib,
    }
}

/// The release on screen, as a citation names it: the one the address
/// names, or else the data's own date (the build publishes the latest data
/// under it too), so that a cited address keeps showing the figures its
/// writer saw after the data is updated, as an archived chart of Our World in
/// Data does.
fn release_shown(d: &Dataset) -> String {
    ViewState::from_query(&dom::current_query())
        .release
        .unwrap_or_else(|| d.updated.clone())
}

/// The chart's own address on the dashboard, as cited and printed in images,
/// at the release on screen.
fn chart_url(chart: &Chart, d: &Dataset, lang: Lang) -> String {
    Embed::cited(&chart.id, lang, &release_shown(d)).dashboard_url(&dom::base_url())
}

/// What became of a file asked for.
enum Outcome {
    /// The browser was given it to save.
    Saved,
    /// Made, but the press that asked for it no longer lets the page save it
    /// (see `dom::press_still_counts`): at this address, for the reader to
    /// save with a press of their own.
    Ready(String),
    /// Not made (the tools did not load), or the browser refused it.
    Failed,
}

/// Has the tools make one file and saves it; its name, and what became of it.
async fn save(
    format: Format,
    chart: &Chart,
    d: &Dataset,
    text: Option<&FileText>,
    lang: Lang,
) -> (String, Outcome) {
    let url = chart_url(chart, d, lang);
    let today = dom::today_iso();
    let name = format!(
        "{}.{}",
        export::chart_file_stem(chart, d, lang),
        format.id()
    );
    let file =
        async { tools::chart_file(text?, &chart.id, lang, format, &url, &today).await }.await;
    // The PNG comes as a `data:` URL; a text file is put in a `blob:` one.
    let href = file.and_then(|file| match format {
        Format::Png => Some(file),
        _ => dom::text_url(format.mime(), &file),
    });
    let saved = match href {
        None => Outcome::Failed,
        Some(href) if !dom::press_still_counts() => Outcome::Ready(href),
        Some(href) => {
            if dom::save_file(href, &name) {
                Outcome::Saved
            } else {
                Outcome::Failed
            }
        }
    };
    (name, saved)
}

/// The citation as the panel shows it: being made, made, or not to be had.
#[derive(Clone, PartialEq)]
enum Citation {
    Making,
    Made(String),
    Failed,
}

#[component]
pub fn ChartDownloads(chart: Chart, dataset: Arc<Dataset>, lang: Lang, nav: Nav) -> impl IntoView {
    let s = strings(lang);
    let chart = Arc::new(chart);
    let text = use_context::<FileText>();
    let body = move || {
        let citation_id = format!("chart-{}-citation", chart.id);
        let citation = RwSignal::new(Citation::Making);
        {
            let (chart, text) = (chart.clone(), text.clone());
            let url = chart_url(&chart, &dataset, lang);
            leptos::task::spawn_local(async move {
                let made = async {
                    tools::chart_citation(text.as_ref()?, &chart.id, lang, &url, &dom::today_iso())
                        .await
                }
                .await;
                citation.set(made.map_or(Citation::Failed, Citation::Made));
            });
        }
        // Where a file made after its press ran out is offered (`Outcome::Ready`).
        let ready_id = format!("chart-{}-ready", chart.id);
        let buttons = Format::ALL
            .into_iter()
            .map(|format| {
                let (chart, dataset, text) = (chart.clone(), dataset.clone(), text.clone());
                let ready_id = ready_id.clone();
                let on_click = move |_| {
                    let (chart, dataset, text) = (chart.clone(), dataset.clone(), text.clone());
                    let ready_id = ready_id.clone();
                    dom::withdraw_file(&ready_id);
                    leptos::task::spawn_local(async move {
                        let (name, saved) = save(format, &chart, &dataset, text.as_ref(), lang).await;
                        let s = strings(lang);
                        let message = match saved {
                            Outcome::Saved => fill(s.downloaded, &[&name]),
                            Outcome::Ready(href) => {
                                let text = fill(s.download_save, &[&name]);
                                dom::offer_file(&ready_id, &href, &name, &text);
                                fill(s.download_ready, &[&name])
                            }
                            Outcome::Failed => s.download_failed.to_string(),
                        };
                        nav.announcement.set(message);
                    });
                };
                view! {
                    <li>
                        <button type="button" class="button" data-download=format.id() on:click=on_click>
                            {label(format, lang)}
                        </button>
                    </li>
                }
            })
            .collect_view();
        let shown = Signal::derive(move || match citation.get() {
            Citation::Made(text) => text,
            _ => String::new(),
        });
        let placeholder = Signal::derive(move || match citation.get() {
            Citation::Making => s.citation_making,
            Citation::Failed => s.citation_failed,
            Citation::Made(_) => "",
        });
        // What the picture shows, in words, for the image's `alt` where it is
        // placed: a journalist reusing the PNG need not write it.
        let alt = chart.alt_text();
        view! {
            <ul class="download-buttons">{buttons}</ul>
            <p class="download-ready" id=ready_id></p>
            <CopyField
                id=citation_id
                name="citation"
                label=s.citation
                button=s.copy_citation
                class="citation-text"
                rows="3"
                text=shown
                placeholder
                nav
                lang
            />
            <CopyField
                id=format!("chart-{}-alt", chart.id)
                name="alt"
                label=s.alt_text
                button=s.copy_alt_text
                class="alt-text"
                rows="4"
                text=alt
                nav
                lang
            />
        }
        .into_any()
    };
    // Built as the panel opens: the citation's request loads the tools, so
    // they are there, or on their way, before a button is pressed.
    view! { <Disclosure class="download-panel" summary=s.downloads>{body()}</Disclosure> }
}

/// Links to the static downloads that the build writes beside the dataset
/// (`src/bin/site.rs`): stable addresses a journalist can cite and script
/// against; the releases and what changed in each; and the dataset's
/// citation, to copy and, with every chart's, for a reference manager. A
/// page that shows a release offers that release's own file: the workbook,
/// the tables and the citations for a reference manager are made of the
/// latest data only.
#[component]
pub fn DataFiles(
    lang: Lang,
    dataset: Arc<Dataset>,
    #[prop(default = 2)] level: u8,
    /// Said in place of the files: where the data shown is not the file they
    /// were written from (the check page's preview of a keeper's file).
    #[prop(default = None)]
    note: Option<&'static str>,
) -> impl IntoView {
    use crate::export::package::{EXCEL_DIR, TABLE_NAMES, WORKBOOK_FILE};
    let s = data_strings(lang);
    let nav = expect_context::<Nav>();
    let release = nav.state.with_untracked(|st| st.release.clone());
    // The Excel copies save under their own names, so they never overwrite
    // the tidy files in a download folder.
    let csv = |dir: &str, suffix: &str| {
        TABLE_NAMES
            .iter()
            .enumerate()
            .map(|(i, name)| {
                let file = format!("{name}.csv");
                let href = format!("data/{dir}{file}");
                view! {
                    {(i > 0).then_some(", ")}
                    <a href=href download=format!("{name}{suffix}.csv")>{file}</a>
                }
            })
            .collect_view()
    };
    // The check page's preview shows a keeper's file, and these files are the
    // published ones, written from the file before it: there they are said,
    // not offered, so that none is taken for the file being checked.
    let files = match (&release, note) {
        (_, Some(note)) => view! { <li>{note}</li> }.into_any(),
        (Some(r), None) => view! {
            <li><a href=shown_data_url(Some(r)) data-file="json">{s.data_release_json}</a></li>
        }
        .into_any(),
        (None, None) => view! {
            <li><a href=shown_data_url(None) data-file="json">{strings(lang).data_json}</a></li>
            <li><a href=format!("data/{WORKBOOK_FILE}") data-file="xlsx">{s.data_workbook}</a></li>
            <li>"CSV: " {csv("", "")}</li>
            <li>{s.data_excel} ": " {csv(&format!("{EXCEL_DIR}/"), "-excel")}</li>
            <li><a href="data/datapackage.json" data-file="datapackage">{s.data_package}</a></li>
            <li><a href=format!("data/{}", crate::export::bibtex::citations_file(lang)) data-file="bibtex">{s.data_bibtex}</a></li>
        }
        .into_any(),
    };
    let latest = release.is_some().then(|| {
        let href = format!("./?lang={}&section=sources", lang.code());
        view! { <p>{s.data_release_tables} " " <a href=href>{s.release_latest}</a></p> }
    });
    let intro = fill(s.data_intro, &[&dataset.licence.short()]);
    let citation = move || {
        let page = ViewState::cited_sources(lang, &release_shown(&dataset));
        let url = format!("{}{}", dom::base_url(), page.to_query());
        let text = export::dataset_page_citation(&dataset, lang, &url, &dom::today_iso());
        view! {
            <CopyField
                id="dataset-citation".to_string()
                name="dataset-citation"
                label=strings(lang).citation
                button=strings(lang).copy_citation
                class="citation-text"
                rows="3"
                text
                nav
                lang
            />
        }
    };
    view! {
        <section class="data-files" aria-labelledby="data-files-title">
            <Heading level id="data-files-title">{s.data_title}</Heading>
            <p>{intro}</p>
            <ul>
                {files}
                <li><a href=crate::state::RELEASES_LIST_URL data-file="releases">{s.data_releases}</a></li>
                <li><a href="data/README.md" data-file="readme">{s.data_readme}</a></li>
            </ul>
            {latest}
            <Disclosure class="download-panel" summary=s.data_cite>{citation.clone()}</Disclosure>
            <p class="data-check"><a href=format!("check.html?lang={}", lang.code())>{s.data_check}</a></p>
        </section>
    }
}
