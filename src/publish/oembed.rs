//! oEmbed (<https://oembed.com>): a web editor pastes a widget's embed
//! address into WordPress or another publishing tool, which finds the
//! discovery link in the page's head and asks for the answer written here:
//! a `rich` embed whose HTML is a titled iframe, after a blockquote with the
//! widget's figures as text (WordPress shows the quote until the frame says it
//! has loaded, and only resizes a frame that has one).
//!
//! The answers are static files, one per widget, language and width the
//! widget is offered at, and per height limit where a limit cuts the widget
//! short; `deploy/nginx/` picks the one a request's `maxwidth` and
//! `maxheight` call for.

use super::PublicUrl;
use crate::chart::image::scene_at;
use crate::chart::{build, PanelKind};
use crate::data::Dataset;
use crate::embed::{escape, fallback_lines, Embed, Widget};
use crate::export::preview_footer;
use crate::i18n::Lang;
use crate::state::{Theme, View};
use serde_json::{json, Value as J};

/// Folder of the answers beside `embed.html`.
pub const DIR: &str = "oembed";

/// The widths an answer is written for: the narrowest phone column the
/// embeds reflow to, a narrow column, and the common article column. A
/// request's `maxwidth` gets the widest that fits.
pub const WIDTHS: [u32; 3] = [320, 480, 600];

/// Height limits an answer is also written for, where they cut the widget
/// short: WordPress asks for at most `min(1.5 × width, 1000)` and resizes
/// between 200 and 1000 px, so a limit is honoured to the hundred below it.
pub const HEIGHT_LIMITS: [u32; 8] = [200, 300, 400, 500, 600, 700, 800, 900];

/// The widget's height in a column `width` px wide, for the answer: what a
/// publishing tool gives the frame before the frame reports its own height
/// (the end-to-end tests hold it to the measured height, within a fifth).
/// A chart is laid out as its picture is (`image::scene_at`, the layout the
/// page's chart follows); the key figures are cards that share rows as the
/// width allows.
pub fn height_at(widget: &Widget, lang: Lang, d: &Dataset, width: u32) -> u32 {
    let width = width.max(320);
    match widget {
        Widget::KeyFigures => {
            // The cards share rows as the width allows: each takes a share of
            // the height that grows as the column narrows.
            let cards = d.headline_figures().count() as u32;
            KEY_FIGURES_FRAME + cards * (2 + KEY_FIGURE_AT_600 * 600 / width)
        }
        Widget::View(id) => {
            let Some(chart) = d.view(id).and_then(|v| build(v, d, lang).ok()) else {
                return 400;
            };
            let footer = preview_footer(&chart, d, lang);
            let scene = scene_at(&chart, &footer, f64::from(width));
            let matrix = chart.panels.iter().find(|p| p.kind == PanelKind::Matrix);
            match matrix {
                Some(m) => {
                    let stacked = if width <= MATRIX_STACKED_UP_TO {
                        m.down.len() as f64 * MATRIX_NAME_LINE
                    } else {
                        0.0
                    };
                    (scene.height * MATRIX_TO_PAGE + stacked) as u32
                }
                None => (scene.height * SCENE_TO_PAGE) as u32,
            }
        }
    }
}

/// Measured on the bundled embeds at 320, 480 and 600 px (the end-to-end
/// tests hold the answers to the measured heights): an embed is this much
/// shorter than its picture, whose footer spells out what the embed's
/// source line links to and whose text is wrapped for the widest common
/// font. A matrix's rows are one line of text on both, so it is nearer its
/// picture; but where an embed's plot is at most 30 rem (a column of at most
/// 504 px, with the embed's margins) the page sets each party's name on a
/// line of its own above its cells, about 22 px a row (0.875 rem text, 1.3
/// lines and its padding), and the picture keeps it beside them. The
/// answers are 13 % under to 14 % over (measured 2026-12-06: the matrix's
/// 1 % under at 600 px, 7 % under at 480 and 13 % over at 320, where the
/// picture's names wrap beside numbered columns; before the stacked rows
/// were counted, 18 % over at 600 and 19 % under at 480).
const SCENE_TO_PAGE: f64 = 0.75;
const MATRIX_TO_PAGE: f64 = 0.9;
const MATRIX_STACKED_UP_TO: u32 = 504;
const MATRIX_NAME_LINE: f64 = 22.0;
const KEY_FIGURES_FRAME: u32 = 120;
const KEY_FIGURE_AT_600: u32 = 57;

/// The address a web editor pastes: the embed with every parameter written
/// out, in the theme of the host page and as a chart.
pub fn embed(widget: &Widget, lang: Lang) -> Embed {
    Embed {
        widget: widget.clone(),
        lang,
        theme: Theme::Auto,
        view: View::Chart,
        release: None,
    }
}

/// The answer's file, in `oembed/`: `services.sv.json`, and for a width and a
/// height limit `services.sv.480.json`, `services.sv.480.300.json`.
pub fn file(widget: &Widget, lang: Lang, width: Option<u32>, limit: Option<u32>) -> String {
    let mut name = format!("{}.{}", widget.id(), lang.code());
    if let Some(w) = width {
        name.push_str(&format!(".{w}"));
    }
    if let Some(h) = limit {
        name.push_str(&format!(".{h}"));
    }
    format!("{name}.json")
}

/// The discovery link for the embed page's head: the static answer's
/// address (WordPress adds `url`, `maxwidth` and `maxheight` to it, which
/// the nginx configuration reads).
pub fn discovery_link(site: &PublicUrl, widget: &Widget, lang: Lang, d: &Dataset) -> String {
    let href = site.join(&format!("{DIR}/{}", file(widget, lang, None, None)));
    let e = embed(widget, lang);
    format!(
        "<link rel=\"alternate\" type=\"application/json+oembed\" href=\"{}\" title=\"{}\">",
        escape(&href),
        escape(&e.frame_title(d)),
    )
}

/// The HTML a publishing tool puts in the page: the figures as a quote with
/// a link to the dashboard (what WordPress shows until the frame loads, and
/// what remains where frames are not allowed), then the titled iframe.
pub fn html(e: &Embed, d: &Dataset, site: &PublicUrl, width: u32, height: u32) -> String {
    let lines = fallback_lines(&e.widget, d, e.lang);
    format!(
        "<blockquote><a href=\"{dash}\">{title}</a> {lines} ({licence})</blockquote><iframe src=\"{src}\" width=\"{width}\" height=\"{height}\" title=\"{frame}\" frameborder=\"0\"></iframe>",
        dash = escape(&e.dashboard_url(site.as_str())),
        title = escape(&e.widget.title(d, e.lang)),
        lines = escape(&lines.join(" · ")),
        licence = escape(&d.licence.short()),
        src = escape(&e.url(site.as_str())),
        frame = escape(&e.frame_title(d)),
    )
}

/// The answer for one widget and language at `width`, cut to `limit` if it
/// is given and lower than the widget.
pub fn answer(
    widget: &Widget,
    lang: Lang,
    d: &Dataset,
    site: &PublicUrl,
    width: u32,
    limit: Option<u32>,
) -> J {
    let e = embed(widget, lang);
    let natural = height_at(widget, lang, d, width);
    let height = limit.map_or(natural, |l| l.min(natural));
    let catalogue = d.catalogue.as_ref();
    let mut out = json!({
        "type": "rich",
        "version": "1.0",
        "title": e.frame_title(d),
        "provider_name": lang.pick(&d.title),
        "provider_url": site.as_str(),
        "width": width,
        "height": height,
        "html": html(&e, d, site, width, height),
        "cache_age": 3600,
    });
    if let Some(c) = catalogue {
        out["author_name"] = json!(lang.pick(&c.publisher.name));
        out["author_url"] = json!(c.publisher.url);
    }
    out
}

/// Every answer file (`oembed/…`, its JSON): per widget and language the
/// default (the widest), one per width, and one per width and height limit
/// below the widget's height there.
pub fn answers(d: &Dataset, site: &PublicUrl) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let widest = WIDTHS[WIDTHS.len() - 1];
    for widget in Widget::all(d) {
        for lang in Lang::ALL {
            let write = |width, limit| answer(&widget, lang, d, site, width, limit).to_string();
            out.push((
                format!("{DIR}/{}", file(&widget, lang, None, None)),
                write(widest, None),
            ));
            for width in WIDTHS {
                out.push((
                    format!("{DIR}/{}", file(&widget, lang, Some(width), None)),
                    write(width, None),
                ));
                let natural = height_at(&widget, lang, d, width);
                for limit in HEIGHT_LIMITS.into_iter().filter(|l| *l < natural) {
                    out.push((
                        format!("{DIR}/{}", file(&widget, lang, Some(width), Some(limit))),
                        write(width, Some(limit)),
                    ));
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::parse_dataset;

    fn bundled() -> Dataset {
        parse_dataset(include_str!("../../data/iop-ensamkommande.json")).expect("valid")
    }

    #[test]
    fn every_widget_has_an_answer_per_language_and_width() {
        let d = bundled();
        let site = PublicUrl::parse("https://data.example.se/iop/").expect("site");
        let answers = answers(&d, &site);
        for widget in Widget::all(&d) {
            for lang in Lang::ALL {
                for width in [None, Some(320), Some(480), Some(600)] {
                    let name = format!("{DIR}/{}", file(&widget, lang, width, None));
                    let (_, text) = answers
                        .iter()
                        .find(|(n, _)| *n == name)
                        .unwrap_or_else(|| panic!("no {name}"));
                    let a: J = serde_json::from_str(text).expect("json");
                    assert_eq!(a["type"], "rich");
                    assert_eq!(a["version"], "1.0");
                    assert_eq!(a["width"], width.unwrap_or(600));
                    let html = a["html"].as_str().expect("html");
                    assert!(
                        html.starts_with(
                            "<blockquote><a href=\"https://data.example.se/iop/?lang="
                        ),
                        "{html}"
                    );
                    assert!(html.contains(&format!(
                        "<iframe src=\"https://data.example.se/iop/embed.html?chart={}&amp;lang={}&amp;theme=auto&amp;view=chart#{}\"",
                        widget.id(),
                        lang.code(),
                        widget.id()
                    )), "{html}");
                    assert!(a["author_name"].is_string());
                }
            }
        }
        // A height limit below the widget cuts the answer to it; none is
        // written where the widget is lower than the limit.
        let widget = Widget::KeyFigures;
        let natural = height_at(&widget, Lang::Sv, &d, 320);
        let cut = format!("{DIR}/{}", file(&widget, Lang::Sv, Some(320), Some(200)));
        let (_, text) = answers.iter().find(|(n, _)| *n == cut).expect("cut answer");
        let a: J = serde_json::from_str(text).expect("json");
        assert_eq!(a["height"], 200);
        assert!(natural > 200);
        let over = format!("{DIR}/{}", file(&widget, Lang::Sv, Some(320), Some(900)));
        assert_eq!(answers.iter().any(|(n, _)| *n == over), natural > 900);
    }

    #[test]
    fn hostile_text_stays_text_in_the_answer_html() {
        let mut d = bundled();
        d.views[0].title.sv = "<script>alert(1)</script>\"".into();
        let site = PublicUrl::parse("https://data.example.se/iop/").expect("site");
        let w = Widget::View(d.views[0].id.clone());
        let html = html(&embed(&w, Lang::Sv), &d, &site, 600, 400);
        assert!(!html.contains("<script"), "{html}");
        assert!(html.contains("&lt;script&gt;"), "{html}");
    }
}
