//! Embeds for partner websites: which widgets exist, the URL of each (with every
//! view parameter pinned, so an embed keeps its look when defaults change), the
//! copy-paste snippets, and the plain-text fallback shown without JavaScript.
//! Pure Rust: the snippets a web editor pastes are tested on the host.

pub mod height;

use crate::chart::{self, Chart};
use crate::data::validate::KEY_FIGURES_ID;
use crate::data::Dataset;
use crate::i18n::{strings, Lang};
use crate::state::{Theme, View};

/// Something a partner can embed: the key figures or one view (by its id).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Widget {
    KeyFigures,
    View(String),
}

impl Widget {
    /// The key figures, then every view of the dataset in page order.
    pub fn all(d: &Dataset) -> Vec<Widget> {
        std::iter::once(Widget::KeyFigures)
            .chain(d.views.iter().map(|v| Widget::View(v.id.clone())))
            .collect()
    }

    pub fn id(&self) -> &str {
        match self {
            Widget::KeyFigures => KEY_FIGURES_ID,
            Widget::View(id) => id,
        }
    }

    /// The widget with this id, if the dataset has it.
    pub fn from_id(id: &str, d: &Dataset) -> Option<Widget> {
        if id == KEY_FIGURES_ID {
            Some(Widget::KeyFigures)
        } else {
            d.view(id).map(|v| Widget::View(v.id.clone()))
        }
    }

    pub fn title(&self, d: &Dataset, lang: Lang) -> String {
        match self {
            Widget::KeyFigures => strings(lang).key_figures.to_string(),
            Widget::View(id) => d
                .view(id)
                .map(|v| lang.pick(&v.title).to_string())
                .unwrap_or_else(|| id.clone()),
        }
    }
}

/// Everything that decides what an embed shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Embed {
    pub widget: Widget,
    pub lang: Lang,
    pub theme: Theme,
    pub view: View,
    /// A release of the data to show for good, instead of the latest.
    pub release: Option<String>,
}

/// Escapes text for HTML content and attribute values, either quote (the
/// `html-escape` crate, which the build's renderer uses too).
pub fn escape(s: &str) -> String {
    html_escape::encode_quoted_attribute(s).into_owned()
}

impl Embed {
    /// The chart of the view `id` as a citation names it: its chart, not its
    /// table, at `release`, so that the address keeps showing what was cited
    /// (`dashboard_url` is that address).
    pub fn cited(id: &str, lang: Lang, release: &str) -> Embed {
        Embed {
            widget: Widget::View(id.to_string()),
            lang,
            theme: Theme::Auto,
            view: View::Chart,
            release: Some(release.to_string()),
        }
    }

    /// Every parameter written out, never left to a default.
    pub fn query(&self) -> String {
        format!(
            "?chart={}&lang={}&theme={}&view={}{}",
            self.widget.id(),
            self.lang.code(),
            self.theme.id(),
            self.view.id(),
            self.release_param()
        )
    }

    /// `&release=2026-11-29`, or nothing for the latest data.
    fn release_param(&self) -> String {
        self.release
            .as_deref()
            .filter(|r| crate::state::valid_release(r))
            .map(|r| format!("&release={r}"))
            .unwrap_or_default()
    }

    /// `base` is the dashboard's directory URL, ending in `/`. The fragment names
    /// the widget so that the page without JavaScript can show just its fallback.
    pub fn url(&self, base: &str) -> String {
        format!("{base}embed.html{}#{}", self.query(), self.widget.id())
    }

    /// The same view in the full dashboard.
    pub fn dashboard_url(&self, base: &str) -> String {
        let release = self.release_param();
        match &self.widget {
            Widget::KeyFigures => format!("{base}?lang={}{release}", self.lang.code()),
            Widget::View(id) => format!(
                "{base}?lang={}&chart={id}&view={}{release}",
                self.lang.code(),
                self.view.id()
            ),
        }
    }

    /// The iframe's accessible name: what it shows and whose it is.
    pub fn frame_title(&self, d: &Dataset) -> String {
        crate::i18n::format::page_title(&self.widget.title(d, self.lang), self.lang.pick(&d.title))
    }

    /// A plain iframe: survives CMSs that strip scripts. Its `height` is
    /// `frame_height`'s, which the page asks the tools for; the loader
    /// variant sizes it exactly.
    pub fn iframe_snippet(&self, base: &str, d: &Dataset, height: u32) -> String {
        format!(
            "<iframe src=\"{}\" title=\"{}\" loading=\"lazy\" style=\"width:100%;height:{height}px;border:0\"></iframe>",
            escape(&self.url(base)),
            escape(&self.frame_title(d)),
        )
    }

    /// A placeholder with the figures as text (shown without JavaScript, and to
    /// search engines) and the loader that turns it into a self-sizing iframe.
    pub fn loader_snippet(&self, base: &str, d: &Dataset) -> String {
        let s = strings(self.lang);
        let items: String = fallback_lines(&self.widget, d, self.lang)
            .iter()
            .map(|l| format!("    <li>{}</li>\n", escape(l)))
            .collect();
        format!(
            "<div class=\"iop-embed\" data-src=\"{src}\" data-title=\"{title}\">\n  <p><strong>{heading}</strong></p>\n  <ul>\n{items}  </ul>\n  <p><a href=\"{dash}\">{see}</a> · <a href=\"{base}{data_url}\">{data}</a> · {licence}</p>\n</div>\n<script src=\"{base}embed.js\" async></script>",
            src = escape(&self.url(base)),
            title = escape(&self.frame_title(d)),
            heading = escape(&self.widget.title(d, self.lang)),
            dash = escape(&self.dashboard_url(base)),
            see = escape(s.embed_fallback_link),
            data_url = crate::data::DATASET_URL,
            data = escape(s.data_json),
            licence = escape(&d.licence.short()),
            base = escape(base),
        )
    }

    /// The plain iframe's height: it cannot be told the widget's, so its code
    /// gives it the height the widget has in a common article column (600 px,
    /// the partner column the layout tests measure), with room for the
    /// estimate's error; narrower, the frame scrolls, and the loader's frame
    /// adapts.
    pub fn frame_height(&self, d: &Dataset) -> u32 {
        let h = f64::from(height::at(
            &self.widget,
            self.view,
            self.lang,
            d,
            PLAIN_COLUMN,
        ));
        // The key figures are cards in either view.
        let room = match (&self.widget, self.view) {
            (Widget::View(_), View::Table) => TABLE_ROOM,
            _ => CHART_ROOM,
        };
        ((h * room / 10.0).ceil() * 10.0) as u32
    }
}

/// The column a plain iframe's height is written for.
const PLAIN_COLUMN: u32 = 600;
/// How much taller than its estimate a plain iframe is made, so that it does
/// not scroll where the estimate falls short, with a font a little wider
/// than the one it was measured in: a chart's estimate was 5 % under to 5 %
/// over the bundled embeds at 600 px, the key figures' within 1 %; a table's
/// within 8 % over (2026-12-07).
const CHART_ROOM: f64 = 1.1;
const TABLE_ROOM: f64 = 1.03;

/// A chart's lines for readers without JavaScript: its takeaway, then every
/// mark's name.
pub fn chart_lines(chart: &Chart) -> Vec<String> {
    let mut lines = vec![chart.takeaway.clone()];
    for panel in &chart.panels {
        // A matrix is said as its table is, a service each; other marks by name.
        if panel.table.is_empty() {
            lines.extend(panel.marks.iter().map(|m| m.name.replace('\u{a0}', " ")));
        } else {
            lines.extend(
                panel
                    .rows()
                    .into_iter()
                    .map(|r| format!("{}: {}", r.category, r.display)),
            );
        }
    }
    lines
}

/// The widget's figures as sentences: what a reader without JavaScript gets.
pub fn fallback_lines(widget: &Widget, d: &Dataset, lang: Lang) -> Vec<String> {
    match widget {
        // Each as its big number is named: every value with its unit, whose
        // it is where sources disagree, and "(uncertain)" where it is.
        Widget::KeyFigures => d
            .headline_figures()
            .map(|f| {
                chart::kinds::numbers::figure_number(f, None, d, lang)
                    .name
                    .replace('\u{a0}', " ")
            })
            .collect(),
        Widget::View(id) => d
            .view(id)
            .and_then(|v| chart::build(v, d, lang).ok())
            .map(|c| chart_lines(&c))
            .unwrap_or_default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::parse_dataset;
    use crate::i18n::format;

    const BASE: &str = "https://example.org/iop/";

    fn bundled() -> Dataset {
        parse_dataset(include_str!("../../data/iop-ensamkommande.json")).expect("valid")
    }

    /// The first view of the bundled file, whatever it is called.
    fn first(d: &Dataset) -> Widget {
        Widget::View(d.views[0].id.clone())
    }

    fn embed(widget: Widget) -> Embed {
        Embed {
            widget,
            lang: Lang::Sv,
            theme: Theme::Auto,
            view: View::Chart,
            release: None,
        }
    }

    #[test]
    fn every_view_is_a_widget_whose_id_round_trips() {
        let d = bundled();
        let all = Widget::all(&d);
        assert_eq!(all.len(), d.views.len() + 1);
        for w in all {
            assert_eq!(Widget::from_id(w.id(), &d), Some(w.clone()));
            assert!(!w.title(&d, Lang::En).is_empty());
        }
        assert_eq!(Widget::from_id("pie", &d), None);
    }

    #[test]
    fn embed_urls_pin_every_parameter() {
        let e = Embed {
            widget: Widget::View("some-view".into()),
            lang: Lang::En,
            theme: Theme::Dark,
            view: View::Table,
            release: None,
        };
        assert_eq!(
            e.url(BASE),
            "https://example.org/iop/embed.html?chart=some-view&lang=en&theme=dark&view=table#some-view"
        );
        assert_eq!(
            e.dashboard_url(BASE),
            "https://example.org/iop/?lang=en&chart=some-view&view=table"
        );
        // An embed of a release names it, in the embed and in the dashboard link.
        let release = Embed {
            release: Some("2026-11-29".into()),
            ..e.clone()
        };
        assert_eq!(
            release.url(BASE),
            "https://example.org/iop/embed.html?chart=some-view&lang=en&theme=dark&view=table&release=2026-11-29#some-view"
        );
        assert!(release.dashboard_url(BASE).ends_with("&release=2026-11-29"));
        // A default theme and view are still written out.
        assert!(embed(Widget::KeyFigures)
            .url(BASE)
            .contains("&theme=auto&view=chart"));
    }

    #[test]
    fn the_iframe_snippet_is_titled_lazy_and_borderless() {
        let d = bundled();
        let e = embed(first(&d));
        let html = e.iframe_snippet(BASE, &d, e.frame_height(&d));
        let title = format!("{} – {}", d.views[0].title.sv, d.title.sv);
        assert_eq!(
            html,
            format!(
                "<iframe src=\"https://example.org/iop/embed.html?chart={id}&amp;lang=sv&amp;theme=auto&amp;view=chart#{id}\" title=\"{}\" loading=\"lazy\" style=\"width:100%;height:{}px;border:0\"></iframe>",
                escape(&title),
                e.frame_height(&d),
                id = d.views[0].id
            )
        );
    }

    #[test]
    fn the_loader_snippet_carries_the_figures_and_the_licence_as_text() {
        let d = bundled();
        let html = embed(first(&d)).loader_snippet(BASE, &d);
        assert!(html.starts_with(&format!(
            "<div class=\"iop-embed\" data-src=\"https://example.org/iop/embed.html?chart={}&amp;lang=sv",
            d.views[0].id
        )));
        let chart = chart::build(&d.views[0], &d, Lang::Sv).expect("builds");
        for line in chart_lines(&chart) {
            assert!(
                html.contains(&format!("<li>{}</li>", escape(&line))),
                "{line}"
            );
        }
        assert!(html.contains("href=\"https://example.org/iop/data/iop-ensamkommande.json\""));
        assert!(html.contains(&format!(" · {}</p>", d.licence.short())));
        assert!(html.ends_with("<script src=\"https://example.org/iop/embed.js\" async></script>"));
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(
            escape("<b>\"R&D\"</b>'"),
            "&lt;b&gt;&quot;R&amp;D&quot;&lt;/b&gt;&#x27;"
        );
    }

    #[test]
    fn fallback_lines_hold_every_value() {
        let d = bundled();
        let keys = fallback_lines(&Widget::KeyFigures, &d, Lang::En);
        assert_eq!(keys.len(), d.headline_figures().count());
        for (f, line) in d.headline_figures().zip(&keys) {
            assert!(line.starts_with(&f.label.en), "{line}");
        }
        // Sources that disagree: both values, and whose each is.
        let both = d
            .headline_figures()
            .position(|f| f.values.len() > 1)
            .expect("a disagreeing figure");
        for v in &d.headline_figures().nth(both).expect("it").values {
            let by = d.source(&v.sources[0]).expect("its source");
            assert!(
                keys[both].contains(&format::citation(&d, by, Lang::En)),
                "{}",
                keys[both]
            );
        }
        assert!(
            keys[both].contains("just over 270 children") && keys[both].contains("272 children"),
            "{}",
            keys[both]
        );
        for v in &d.views {
            let lines = fallback_lines(&Widget::View(v.id.clone()), &d, Lang::Sv);
            let chart = chart::build(v, &d, Lang::Sv).expect("builds");
            let rows: usize = chart.panels.iter().map(|p| p.rows().len()).sum();
            assert_eq!(lines.len(), rows + 1);
        }
    }
}
