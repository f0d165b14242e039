//! Embeds for partner websites: which widgets exist, the URL of each (with every
//! view parameter pinned, so an embed keeps its look when defaults change), the
//! copy-paste snippets, and the plain-text fallback shown without JavaScript.
//! Pure Rust: the snippets a web editor pastes are tested on the host.

use crate::chart;
use crate::data::Dataset;
use crate::i18n::{format, strings, Lang};
use crate::state::{ChartId, Theme, View};

/// Something a partner can embed: the key figures or one chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Widget {
    KeyFigures,
    Chart(ChartId),
}

impl Widget {
    pub fn all() -> Vec<Widget> {
        std::iter::once(Widget::KeyFigures)
            .chain(chart::CHARTS.into_iter().map(Widget::Chart))
            .collect()
    }

    pub fn id(self) -> &'static str {
        match self {
            Widget::KeyFigures => "key-figures",
            Widget::Chart(c) => c.id(),
        }
    }

    pub fn from_id(id: &str) -> Option<Widget> {
        Widget::all().into_iter().find(|w| w.id() == id)
    }

    pub fn title(self, lang: Lang) -> String {
        match self {
            Widget::KeyFigures => strings(lang).key_figures.to_string(),
            Widget::Chart(c) => chart::title(c, lang),
        }
    }
}

/// Everything that decides what an embed shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Embed {
    pub widget: Widget,
    pub lang: Lang,
    pub theme: Theme,
    pub view: View,
}

/// Escapes text for HTML content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

impl Embed {
    /// Every parameter written out, never left to a default.
    pub fn query(&self) -> String {
        format!(
            "?chart={}&lang={}&theme={}&view={}",
            self.widget.id(),
            self.lang.code(),
            self.theme.id(),
            self.view.id()
        )
    }

    /// `base` is the dashboard's directory URL, ending in `/`. The fragment names
    /// the widget so that the page without JavaScript can show just its fallback.
    pub fn url(&self, base: &str) -> String {
        format!("{base}embed.html{}#{}", self.query(), self.widget.id())
    }

    /// The same view in the full dashboard.
    pub fn dashboard_url(&self, base: &str) -> String {
        match self.widget {
            Widget::KeyFigures => format!("{base}?lang={}", self.lang.code()),
            Widget::Chart(c) => format!(
                "{base}?lang={}&chart={}&view={}",
                self.lang.code(),
                c.id(),
                self.view.id()
            ),
        }
    }

    /// The iframe's accessible name: what it shows and whose it is.
    pub fn frame_title(&self) -> String {
        format!(
            "{} – {}",
            self.widget.title(self.lang),
            strings(self.lang).site_title
        )
    }

    /// A plain iframe: survives CMSs that strip scripts. The height is a guess
    /// that the reader can scroll past; the loader variant sizes it exactly.
    pub fn iframe_snippet(&self, base: &str) -> String {
        format!(
            "<iframe src=\"{}\" title=\"{}\" loading=\"lazy\" style=\"width:100%;height:{}px;border:0\"></iframe>",
            escape(&self.url(base)),
            escape(&self.frame_title()),
            self.initial_height()
        )
    }

    /// A placeholder with the figures as text (shown without JavaScript, and to
    /// search engines) and the loader that turns it into a self-sizing iframe.
    pub fn loader_snippet(&self, base: &str, dataset: &Dataset) -> String {
        let s = strings(self.lang);
        let items: String = fallback_lines(self.widget, dataset, self.lang)
            .iter()
            .map(|l| format!("    <li>{}</li>\n", escape(l)))
            .collect();
        format!(
            "<div class=\"iop-embed\" data-src=\"{src}\" data-title=\"{title}\">\n  <p><strong>{heading}</strong></p>\n  <ul>\n{items}  </ul>\n  <p><a href=\"{dash}\">{see}</a> · <a href=\"{base}data/iop-ensamkommande.json\">{data}</a> · CC0 1.0</p>\n</div>\n<script src=\"{base}embed.js\" async></script>",
            src = escape(&self.url(base)),
            title = escape(&self.frame_title()),
            heading = escape(&self.widget.title(self.lang)),
            dash = escape(&self.dashboard_url(base)),
            see = escape(s.embed_fallback_link),
            data = escape(s.data_json),
            base = escape(base),
        )
    }

    fn initial_height(&self) -> u32 {
        match (self.widget, self.view) {
            (Widget::KeyFigures, _) => 900,
            (_, View::Table) => 700,
            (Widget::Chart(ChartId::Timeline | ChartId::Services), _) => 1100,
            _ => 650,
        }
    }
}

/// The widget's figures as sentences: what a reader without JavaScript gets.
pub fn fallback_lines(widget: Widget, d: &Dataset, lang: Lang) -> Vec<String> {
    match widget {
        Widget::KeyFigures => d
            .headline_figures()
            .map(|f| {
                let values: Vec<String> = f
                    .values
                    .iter()
                    .map(|v| format::value(v.value, f.unit, v.qualifier, lang))
                    .collect();
                format!("{}: {}", lang.pick(&f.label), values.join(" / "))
            })
            .collect(),
        Widget::Chart(c) => match chart::build(c, d, lang) {
            Ok(chart) => std::iter::once(chart.takeaway.clone())
                .chain(chart.marks().map(|m| m.name.replace('\u{a0}', " ")))
                .collect(),
            Err(_) => Vec::new(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::parse_dataset;

    const BASE: &str = "https://example.org/iop/";

    fn embed(widget: Widget) -> Embed {
        Embed {
            widget,
            lang: Lang::Sv,
            theme: Theme::Auto,
            view: View::Chart,
        }
    }

    #[test]
    fn every_widget_has_an_id_that_round_trips() {
        let all = Widget::all();
        assert_eq!(all.len(), 7);
        for w in all {
            assert_eq!(Widget::from_id(w.id()), Some(w));
            assert!(!w.title(Lang::En).is_empty());
        }
        assert_eq!(Widget::from_id("pie"), None);
    }

    #[test]
    fn embed_urls_pin_every_parameter() {
        let e = Embed {
            widget: Widget::Chart(ChartId::Context),
            lang: Lang::En,
            theme: Theme::Dark,
            view: View::Table,
        };
        assert_eq!(e.url(BASE), "https://example.org/iop/embed.html?chart=context&lang=en&theme=dark&view=table#context");
        assert_eq!(
            e.dashboard_url(BASE),
            "https://example.org/iop/?lang=en&chart=context&view=table"
        );
        // A default theme and view are still written out.
        assert!(embed(Widget::KeyFigures)
            .url(BASE)
            .contains("&theme=auto&view=chart"));
    }

    #[test]
    fn the_iframe_snippet_is_titled_lazy_and_borderless() {
        let html = embed(Widget::Chart(ChartId::Housing)).iframe_snippet(BASE);
        assert_eq!(
            html,
            "<iframe src=\"https://example.org/iop/embed.html?chart=housing&amp;lang=sv&amp;theme=auto&amp;view=chart#housing\" title=\"Boendeplatser 2015 – IOP Ensamkommande i Göteborg\" loading=\"lazy\" style=\"width:100%;height:650px;border:0\"></iframe>"
        );
    }

    #[test]
    fn the_loader_snippet_carries_the_figures_as_text() {
        let d = parse_dataset(include_str!("../../data/iop-ensamkommande.json")).expect("valid");
        let html = embed(Widget::Chart(ChartId::Reach)).loader_snippet(BASE, &d);
        assert!(html.starts_with("<div class=\"iop-embed\" data-src=\"https://example.org/iop/embed.html?chart=reach&amp;lang=sv"));
        assert!(html.contains("<li>Krissamtal: 500 samtal</li>"), "{html}");
        assert!(html.contains("href=\"https://example.org/iop/data/iop-ensamkommande.json\""));
        assert!(html.ends_with("<script src=\"https://example.org/iop/embed.js\" async></script>"));
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(
            escape("<b>\"R&D\"</b>'"),
            "&lt;b&gt;&quot;R&amp;D&quot;&lt;/b&gt;&#39;"
        );
    }

    #[test]
    fn fallback_lines_hold_every_value() {
        let d = parse_dataset(include_str!("../../data/iop-ensamkommande.json")).expect("valid");
        let keys = fallback_lines(Widget::KeyFigures, &d, Lang::En);
        assert_eq!(keys.len(), d.headline_figures().count());
        assert!(keys.iter().any(|l| l == "Children and young people reached with value-added support in the first year: just over 270 / 272"));
        let context = fallback_lines(Widget::Chart(ChartId::Context), &d, Lang::Sv);
        assert!(context
            .iter()
            .any(|l| l == "2019: uppgift saknas – Ingen siffra för helåret hittades."));
    }
}
