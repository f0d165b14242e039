//! Entry point of the dashboard's tools: a wasm of its own that makes a
//! chart's files, its citation, its plain iframe's heights and its sound
//! (`app::files`), imported by the dashboard's app when a reader first opens
//! a chart's downloads or embed code or plays it (`app::tools`), so the
//! dashboard's own wasm does not carry them. Nothing runs at start.

#[cfg(target_arch = "wasm32")]
mod exports {
    use iop_dashboard::app::files::{self, Format};
    use iop_dashboard::i18n::Lang;
    use wasm_bindgen::prelude::wasm_bindgen;

    /// The chart `chart`'s file in `format`, read from the dataset `text`, in
    /// `lang`; undefined for a text, chart, language or format it cannot make.
    #[wasm_bindgen]
    pub fn chart_file(
        text: &str,
        chart: &str,
        lang: &str,
        format: &str,
        url: &str,
        today: &str,
    ) -> Option<String> {
        let lang = Lang::from_code(lang)?;
        files::chart_file(text, chart, lang, Format::from_id(format)?, url, today)
    }

    /// The heights of a plain iframe of the chart `chart`, as a chart and
    /// as a table, as `chart_file` reads it.
    #[wasm_bindgen]
    pub fn frame_heights(text: &str, chart: &str, lang: &str) -> Option<Vec<u32>> {
        files::frame_heights(text, chart, Lang::from_code(lang)?)
    }

    /// The chart's citation, as `chart_file` reads it.
    #[wasm_bindgen]
    pub fn chart_citation(
        text: &str,
        chart: &str,
        lang: &str,
        url: &str,
        today: &str,
    ) -> Option<String> {
        files::chart_citation(text, chart, Lang::from_code(lang)?, url, today)
    }

    /// The chart's time series played on `audio` (made by the page in the
    /// reader's press), as `chart_file` reads it; a promise that settles when
    /// it has played, or undefined when there is nothing to play.
    #[wasm_bindgen]
    pub fn play_chart(
        audio: web_sys::AudioContext,
        text: &str,
        chart: &str,
        lang: &str,
    ) -> Option<js_sys::Promise> {
        files::play_chart(&audio, text, chart, Lang::from_code(lang)?)
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}

/// On the host there is nothing to run: the tools are part of the web app.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("These are the web app's download tools: Trunk builds them with the dashboard (see README.md).");
    std::process::exit(2);
}
