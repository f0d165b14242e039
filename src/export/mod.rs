//! Everything a journalist downloads: the dataset as tidy tables and a Data
//! Package (built natively at build time by `src/bin/site.rs`), one chart's rows
//! as CSV/JSON and the citation texts (built in the browser). Pure Rust, so every
//! byte of a download is tested on the host.

pub mod bibtex;
pub mod csv;
pub mod package;
pub mod tables;
#[cfg(not(target_arch = "wasm32"))]
pub mod workbook;

use crate::chart::image::{self, Footer};
use crate::chart::{Chart, MarkStyle};
use crate::data::Dataset;
use crate::i18n::{fill, format, strings, Lang};
use csv::{Cell, Dialect};
use serde::Serialize;

/// The stable stem of a chart's download files: the dataset's id, the view's
/// and the language (`iop-ensamkommande-goteborg-housing-sv`).
pub fn chart_file_stem(chart: &Chart, d: &Dataset, lang: Lang) -> String {
    format!("{}-{}-{}", d.id, chart.id, lang.code())
}

fn style_id(style: MarkStyle) -> &'static str {
    match style {
        MarkStyle::Primary => "primary",
        MarkStyle::Secondary => "secondary",
        MarkStyle::Uncertain => "uncertain",
        MarkStyle::Gap => "gap",
    }
}

/// Column names of a chart's CSV. Machine names in English in both languages,
/// so a script reads the Swedish and English files alike.
pub const CHART_COLUMNS: [&str; 9] = [
    "chart",
    "panel",
    "mark_id",
    "category",
    "value",
    "value_as_published",
    "kind",
    "note",
    "sources",
];

/// The rows of the chart's table, in the order it shows them.
pub fn chart_rows(chart: &Chart) -> Vec<Vec<Cell>> {
    chart
        .panels
        .iter()
        .flat_map(|panel| {
            panel.rows().into_iter().map(move |m| {
                vec![
                    Cell::Text(chart.title.clone()),
                    Cell::Text(panel.title.clone()),
                    Cell::Text(m.id),
                    Cell::Text(m.category),
                    m.value.into(),
                    Cell::Text(m.display),
                    Cell::Text(style_id(m.style).to_string()),
                    m.note.into(),
                    Cell::Text(m.sources.join(" ")),
                ]
            })
        })
        .collect()
}

pub fn chart_csv(chart: &Chart) -> String {
    csv::write(&CHART_COLUMNS, &chart_rows(chart), Dialect::Tidy)
}

/// A chart's JSON download, as written.
#[derive(Serialize)]
struct ChartFile<'a> {
    chart: &'a str,
    title: &'a str,
    takeaway: &'a str,
    language: &'a str,
    notes: &'a [String],
    rows: Vec<Row<'a>>,
    sources: Vec<SourceEntry<'a>>,
    licence: LicenceEntry<'a>,
    disclosure_rule: &'a str,
    citation: String,
    url: &'a str,
    dataset_updated: &'a str,
}

#[derive(Serialize)]
struct Row<'a> {
    panel: &'a str,
    mark_id: &'a str,
    category: &'a str,
    value: Option<f64>,
    value_as_published: &'a str,
    kind: &'a str,
    note: Option<&'a str>,
    sources: &'a [String],
}

#[derive(Serialize)]
struct SourceEntry<'a> {
    id: &'a str,
    title: &'a str,
    publisher: &'a str,
    date: &'a str,
    url: Option<&'a str>,
}

#[derive(Serialize)]
struct LicenceEntry<'a> {
    id: &'a str,
    name: &'a str,
    url: &'a str,
}

/// The chart's rows with their sources in full, its citation and licence: a
/// file that still says where it came from when passed on.
pub fn chart_json(chart: &Chart, d: &Dataset, lang: Lang, url: &str, retrieved: &str) -> String {
    let table: Vec<(&str, Vec<crate::chart::Row>)> = chart
        .panels
        .iter()
        .map(|panel| (panel.title.as_str(), panel.rows()))
        .collect();
    let rows = table
        .iter()
        .flat_map(|(panel, rows)| {
            rows.iter().map(move |m| Row {
                panel,
                mark_id: &m.id,
                category: &m.category,
                value: m.value,
                value_as_published: &m.display,
                kind: style_id(m.style),
                note: m.note.as_deref(),
                sources: &m.sources,
            })
        })
        .collect();
    let ids = chart.sources();
    let sources = ids
        .iter()
        .filter_map(|id| d.source(id))
        .map(|s| SourceEntry {
            id: &s.id,
            title: &s.title,
            publisher: &s.publisher,
            date: &s.date,
            url: s.url.as_deref(),
        })
        .collect();
    let file = ChartFile {
        chart: &chart.id,
        title: &chart.title,
        takeaway: &chart.takeaway,
        language: lang.code(),
        notes: &chart.notes,
        rows,
        sources,
        licence: LicenceEntry {
            id: &d.licence.id,
            name: lang.pick(&d.licence.name),
            url: &d.licence.url,
        },
        disclosure_rule: lang.pick(&d.disclosure_rule),
        citation: chart_citation(chart, d, lang, url, retrieved),
        url,
        dataset_updated: &d.updated,
    };
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// Who to credit: the partnership, as the dataset's title names it.
pub(crate) fn publisher(d: &Dataset, lang: Lang) -> &str {
    lang.pick(&d.title)
}

/// The year the dataset was last updated: the "(2026)" of the citation.
pub(crate) fn year(d: &Dataset) -> &str {
    d.updated.get(..4).unwrap_or(&d.updated)
}

/// "IOP Ensamkommande i Göteborg (2026): ”Title”. Diagram och data, version
/// 2026-11-30. URL. Licens: CC0 1.0. Hämtad 22 november 2026." The version is
/// the data's date, which names its release (the dataset's citation says it
/// the same way); `retrieved` is an ISO date.
pub fn chart_citation(
    chart: &Chart,
    d: &Dataset,
    lang: Lang,
    url: &str,
    retrieved: &str,
) -> String {
    fill(
        strings(lang).cite_chart,
        &[
            publisher(d, lang),
            year(d),
            &chart.title,
            url,
            &d.licence.short(),
            &format::date(retrieved, lang),
            &d.updated,
        ],
    )
}

/// The dataset's citation on the Sources page: "IOP Ensamkommande in Göteborg
/// (2026): Dataset, version 2026-11-30. URL. Licence: CC0 1.0. Retrieved 5
/// December 2026." `url` is the page's address at the release on screen, so
/// that it keeps showing what was cited; `retrieved` is an ISO date.
pub fn dataset_page_citation(d: &Dataset, lang: Lang, url: &str, retrieved: &str) -> String {
    fill(
        crate::i18n::data_strings(lang).data_citation,
        &[
            publisher(d, lang),
            year(d),
            &d.updated,
            url,
            &d.licence.short(),
            &format::date(retrieved, lang),
        ],
    )
}

/// The dataset's citation, for the downloads' README; the reader adds the
/// address they downloaded it from, which the build cannot know.
pub fn dataset_citation(d: &Dataset, lang: Lang) -> String {
    fill(
        strings(lang).cite_dataset,
        &[publisher(d, lang), year(d), &d.licence.short(), &d.updated],
    )
}

/// "Källor: Forum 2017; Räddningsmissionen 2017": the sources of a chart in
/// one short line, as its picture prints them (the full entries are in the
/// list of sources), each kept whole on a line.
pub fn cited(d: &Dataset, ids: &[String], lang: Lang) -> String {
    let s = strings(lang);
    let cited: Vec<String> = ids
        .iter()
        .filter_map(|id| d.source(id))
        .map(|src| format::citation_unbroken(d, src, lang))
        .collect();
    let label = if cited.len() == 1 {
        s.source
    } else {
        s.sources
    };
    format!("{label}: {}", cited.join("; "))
}

/// The credit lines printed inside a chart image: its sources, and who, which
/// licence, when and where.
pub fn image_footer(chart: &Chart, d: &Dataset, lang: Lang, url: &str, retrieved: &str) -> Footer {
    let preview = preview_footer(chart, d, lang);
    Footer {
        credit: [
            preview.credit,
            format::date(retrieved, lang),
            url.to_string(),
        ]
        .join(" · "),
        ..preview
    }
}

/// The credit lines every chart picture starts from: its sources, who and
/// which licence.
pub fn preview_footer(chart: &Chart, d: &Dataset, lang: Lang) -> Footer {
    Footer {
        sources: cited(d, &chart.sources(), lang),
        credit: [
            publisher(d, lang).to_string(),
            fill(strings(lang).image_licence, &[&d.licence.short()]),
        ]
        .join(" · "),
    }
}

/// The credit lines of the chart pictures the build publishes (`data/charts/`):
/// a picture reused on its own still says whose it is, under which licence,
/// how recent its figures are (the date the data was last updated; the build
/// knows no reader's date) and where the chart lives.
pub fn picture_footer(chart: &Chart, d: &Dataset, lang: Lang, url: &str) -> Footer {
    let preview = preview_footer(chart, d, lang);
    Footer {
        credit: [preview.credit, format::updated(d, lang), url.to_string()].join(" · "),
        ..preview
    }
}

/// The chart as a standalone SVG file, from the same scene as the PNG.
pub fn chart_svg(chart: &Chart, d: &Dataset, lang: Lang, url: &str, retrieved: &str) -> String {
    image::svg(&image::scene(
        chart,
        &image_footer(chart, d, lang, url, retrieved),
    ))
}
