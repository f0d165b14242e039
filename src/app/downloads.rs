//! "Download and cite" under every chart: the chart's rows as CSV and JSON, the
//! chart as a PNG (painted from the image scene) or an SVG file, and a citation
//! to copy. Everything is built in the browser from the chart the reader sees,
//! in the page's language; nothing is fetched.

use super::copy_field::CopyField;
use super::disclosure::Disclosure;
use super::dom;
use super::nav::Nav;
use super::png::png_data_url;
use super::Heading;
use crate::chart::{image, Chart};
use crate::data::{Dataset, Licence};
use crate::embed::{Embed, Widget};
use crate::export;
use crate::i18n::{fill, strings, Lang};
use crate::state::{Theme, View};
use leptos::prelude::*;
use std::sync::Arc;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Csv,
    Json,
    Png,
    Svg,
}

impl Format {
    const ALL: [Format; 4] = [Format::Csv, Format::Json, Format::Png, Format::Svg];

    fn id(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Json => "json",
            Format::Png => "png",
            Format::Svg => "svg",
        }
    }

    fn label(self, lang: Lang) -> &'static str {
        let s = strings(lang);
        match self {
            Format::Csv => s.download_csv,
            Format::Json => s.download_json,
            Format::Png => s.download_png,
            Format::Svg => s.download_svg,
        }
    }
}

/// The chart's own address on the dashboard, as cited and printed in images.
fn chart_url(chart: &Chart, lang: Lang) -> String {
    Embed {
        widget: Widget::View(chart.id.clone()),
        lang,
        theme: Theme::Auto,
        view: View::Chart,
        // A release on screen is the release cited.
        release: crate::state::ViewState::from_query(&dom::current_query()).release,
    }
    .dashboard_url(&dom::base_url())
}

/// Builds and saves one file; false when the browser refused.
fn save(format: Format, chart: &Chart, d: &Dataset, lang: Lang) -> (String, bool) {
    let url = chart_url(chart, lang);
    let today = dom::today_iso();
    let name = format!(
        "{}.{}",
        export::chart_file_stem(chart, d, lang),
        format.id()
    );
    let ok = match format {
        Format::Csv => {
            dom::download_text(&name, "text/csv;charset=utf-8", &export::chart_csv(chart))
        }
        Format::Json => dom::download_text(
            &name,
            "application/json",
            &export::chart_json(chart, d, lang, &url, &today),
        ),
        Format::Svg => dom::download_text(
            &name,
            "image/svg+xml",
            &export::chart_svg(chart, d, lang, &url, &today),
        ),
        Format::Png => {
            let footer = export::image_footer(chart, d, lang, &url, &today);
            png_data_url(&image::scene(chart, &footer), 2.0)
                .is_some_and(|data| dom::download_data_url(&name, &data))
        }
    };
    (name, ok)
}

#[component]
pub fn ChartDownloads(chart: Chart, dataset: Arc<Dataset>, lang: Lang, nav: Nav) -> impl IntoView {
    let s = strings(lang);
    let chart = Arc::new(chart);
    let body = move || {
        let citation_id = format!("chart-{}-citation", chart.id);
        let citation = export::chart_citation(
            &chart,
            &dataset,
            lang,
            &chart_url(&chart, lang),
            &dom::today_iso(),
        );
        let buttons = Format::ALL
            .into_iter()
            .map(|format| {
                let (chart, dataset) = (chart.clone(), dataset.clone());
                let on_click = move |_| {
                    let (name, ok) = save(format, &chart, &dataset, lang);
                    let s = strings(lang);
                    let message = if ok {
                        fill(s.downloaded, &[&name])
                    } else {
                        s.download_failed.to_string()
                    };
                    nav.announcement.set(message);
                };
                view! {
                    <li>
                        <button type="button" class="button" data-download=format.id() on:click=on_click>
                            {format.label(lang)}
                        </button>
                    </li>
                }
            })
            .collect_view();
        view! {
            <ul class="download-buttons">{buttons}</ul>
            <CopyField
                id=citation_id
                name="citation"
                label=s.citation
                button=s.copy_citation
                class="citation-text"
                rows="3"
                text=citation
                nav
                lang
            />
        }
        .into_any()
    };
    view! { <Disclosure class="download-panel" summary=s.downloads>{body()}</Disclosure> }
}

/// Links to the static downloads that the build writes beside the dataset
/// (`src/bin/site.rs`): stable addresses a journalist can cite and script against.
#[component]
pub fn DataFiles(lang: Lang, licence: Licence, #[prop(default = 2)] level: u8) -> impl IntoView {
    use crate::export::package::{DATASET_FILE, EXCEL_DIR, TABLE_NAMES, WORKBOOK_FILE};
    let s = strings(lang);
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
    view! {
        <section class="data-files" aria-labelledby="data-files-title">
            <Heading level id="data-files-title">{s.data_title}</Heading>
            <p>{fill(s.data_intro, &[&licence.short()])}</p>
            <ul>
                <li><a href=format!("data/{DATASET_FILE}") data-file="json">{s.data_json}</a></li>
                <li><a href=format!("data/{WORKBOOK_FILE}") data-file="xlsx">{s.data_workbook}</a></li>
                <li>"CSV: " {csv("", "")}</li>
                <li>{s.data_excel} ": " {csv(&format!("{EXCEL_DIR}/"), "-excel")}</li>
                <li><a href="data/datapackage.json" data-file="datapackage">{s.data_package}</a></li>
                <li><a href="data/README.md" data-file="readme">{s.data_readme}</a></li>
            </ul>
            <p class="data-check"><a href=format!("check.html?lang={}", lang.code())>{s.data_check}</a></p>
        </section>
    }
}
