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
use crate::data::Dataset;
use crate::embed::{escape, fallback_lines, height, Embed, Widget};
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
pub fn height_at(widget: &Widget, lang: Lang, d: &Dataset, width: u32) -> u32 {
    height::at(widget, View::Chart, lang, d, width)
}

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
