//! What the tools' wasm (`src/main_tools.rs`) makes for a chart: its rows as
//! CSV or JSON, its picture as SVG or PNG, its citation (to copy, and as
//! BibTeX for a reference manager), and the heights of a plain iframe of it.
//! A wasm of its own, so that the dashboard's readers who
//! never download anything do not wait for this code (8.6 KB of the
//! dashboard's wasm on the line, brotli): the page asks for it when a chart's
//! "Download and cite" or "Embed" first opens (`tools`).
//!
//! It reads the same file text the page read, with the same reader, and builds
//! the chart of the same view in the same language, so a file holds what the
//! reader sees.

use super::png::png_data_url;
use crate::chart::{self, image, Chart};
use crate::data::{read_dataset, Dataset};
use crate::embed::{Embed, Widget};
use crate::export;
use crate::i18n::Lang;
use crate::state::{Theme, View};

/// The files a chart can be saved as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Json,
    Png,
    Svg,
    /// The chart's citation for a reference manager (`export::bibtex`).
    Bib,
}

impl Format {
    pub const ALL: [Format; 5] = [
        Format::Csv,
        Format::Json,
        Format::Png,
        Format::Svg,
        Format::Bib,
    ];

    /// Its file extension, and its name between the page and the tools.
    pub fn id(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Json => "json",
            Format::Png => "png",
            Format::Svg => "svg",
            Format::Bib => "bib",
        }
    }

    pub fn from_id(id: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.id() == id)
    }

    /// Its media type; a PNG comes as a `data:` URL, which says its own.
    pub fn mime(self) -> &'static str {
        match self {
            Format::Csv => "text/csv;charset=utf-8",
            Format::Json => "application/json",
            Format::Png => "image/png",
            Format::Svg => "image/svg+xml",
            // What Zotero's browser connector offers to import.
            Format::Bib => "application/x-bibtex",
        }
    }
}

/// The dataset in `text` and its chart `id` in `lang`, as the page built them;
/// None when the text or the view is not what the page read.
fn chart_of(text: &str, id: &str, lang: Lang) -> Option<(Dataset, Chart)> {
    let dataset = read_dataset(text).ok()?.dataset;
    let view = dataset.view(id)?;
    let chart = chart::build(view, &dataset, lang).ok()?;
    Some((dataset, chart))
}

/// The chart's file: text for CSV, JSON and SVG, a `data:` URL for PNG.
/// `url` is the chart's address and `today` the date cited in the file.
pub fn chart_file(
    text: &str,
    id: &str,
    lang: Lang,
    format: Format,
    url: &str,
    today: &str,
) -> Option<String> {
    let (d, chart) = chart_of(text, id, lang)?;
    match format {
        Format::Csv => Some(export::chart_csv(&chart)),
        Format::Json => Some(export::chart_json(&chart, &d, lang, url, today)),
        Format::Svg => Some(export::chart_svg(&chart, &d, lang, url, today)),
        Format::Bib => Some(export::bibtex::chart(&chart, &d, lang, url)),
        Format::Png => {
            let footer = export::image_footer(&chart, &d, lang, url, today);
            png_data_url(&image::scene(&chart, &footer), 2.0)
        }
    }
}

/// The heights a plain iframe of the chart is given in its code
/// (`Embed::frame_height`), as a chart and as a table (`View::ALL`'s order):
/// a chart's worked out from its picture's layout, which only the tools carry.
pub fn frame_heights(text: &str, id: &str, lang: Lang) -> Option<Vec<u32>> {
    let dataset = read_dataset(text).ok()?.dataset;
    let widget = Widget::from_id(id, &dataset)?;
    let height = |view| {
        Embed {
            widget: widget.clone(),
            lang,
            theme: Theme::Auto,
            view,
            release: None,
        }
        .frame_height(&dataset)
    };
    Some(View::ALL.into_iter().map(height).collect())
}

/// The chart's citation, as the panel shows it for copying.
pub fn chart_citation(text: &str, id: &str, lang: Lang, url: &str, today: &str) -> Option<String> {
    let (d, chart) = chart_of(text, id, lang)?;
    Some(export::chart_citation(&chart, &d, lang, url, today))
}

/// The chart's time series played as sound on `audio`, the context the page
/// made in the reader's press (`chart::sound`); the promise settles when it
/// has played. None when the chart has no series to hear.
pub fn play_chart(
    audio: &web_sys::AudioContext,
    text: &str,
    id: &str,
    lang: Lang,
) -> Option<js_sys::Promise> {
    let (_, chart) = chart_of(text, id, lang)?;
    super::sound::play(audio, &chart::sound::melody(&chart)?)
}
