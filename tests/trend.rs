//! A time series' trend in words (`chart::trend`): from the bundled series,
//! and from series written here for each rule (a withheld count, a gap, a
//! level series, months, money, a percentage), in both languages.
#![cfg(not(target_arch = "wasm32"))]

use iop_dashboard::chart::{build, image, trend, PanelKind};
use iop_dashboard::data::{parse_dataset, Dataset, Series};
use iop_dashboard::i18n::Lang;
use serde_json::{json, Value as Json};

fn bundled() -> Dataset {
    parse_dataset(include_str!("../data/iop-ensamkommande.json")).expect("valid")
}

/// A series of `unit` with these points (`[period, value]`, a value of
/// `null` a gap, `"<5"` a withheld count).
fn series(unit: &str, points: Json) -> Series {
    let points: Vec<Json> = points
        .as_array()
        .expect("points")
        .iter()
        .map(|p| {
            let mut point = json!({ "period": p[0], "value": p[1], "sources": ["s"] });
            if p[1].is_null() {
                point["note"] = json!({ "sv": "Saknas.", "en": "Missing." });
            }
            if p.get(2).is_some() {
                point["uncertain"] = json!(true);
            }
            point
        })
        .collect();
    serde_json::from_value(json!({
        "id": "t",
        "topic": "context_sweden",
        "label": { "sv": "T", "en": "T" },
        "unit": unit,
        "points": points,
    }))
    .expect("a series")
}

/// The sentence with the formats' no-break spaces as spaces.
fn said(s: &Series, lang: Lang) -> Option<String> {
    trend::sentence(s, lang).map(|t| t.replace('\u{a0}', " "))
}

#[test]
fn the_bundled_series_is_said_by_its_peak_low_change_and_gap() {
    let d = bundled();
    for s in &d.series {
        let (peak, high) = s.peak().expect("a peak");
        let (low, lowest) = s.lowest().expect("a low");
        let figures: Vec<_> = s.figures().collect();
        let (first, last) = (figures[0], figures[figures.len() - 1]);
        let per_cent = ((last.1 - first.1) / first.1 * 100.0).round();
        for lang in [Lang::Sv, Lang::En] {
            let text = said(s, lang).expect("a series of several figures has a trend");
            let n = |v: f64| iop_dashboard::i18n::format::number(v, lang).replace('\u{a0}', " ");
            let (highest, lowest_word, no_figure) = match lang {
                Lang::Sv => ("Högst år", "Lägst år", "Uppgift saknas: "),
                Lang::En => ("Highest in", "Lowest in", "No figure: "),
            };
            assert!(
                text.contains(&format!("{highest} {}: {}", peak.period, n(high))),
                "{text}"
            );
            assert!(
                text.contains(&format!("{lowest_word} {}: {}", low.period, n(lowest))),
                "{text}"
            );
            assert!(text.contains(&n(per_cent.abs())), "{text}");
            assert!(
                text.contains(if per_cent < 0.0 { "färre" } else { "fler" })
                    || text.contains(if per_cent < 0.0 { "fewer" } else { "more" }),
                "{text}"
            );
            // The steepest step between neighbours that both have a figure.
            let mut steepest: Option<(&str, f64, &str, f64)> = None;
            for w in s.points.windows(2) {
                if let (Some(x), Some(y)) = (
                    w[0].value.and_then(|v| v.number()),
                    w[1].value.and_then(|v| v.number()),
                ) {
                    if steepest.is_none_or(|(_, a, _, b)| (y - x).abs() > (b - a).abs()) {
                        steepest = Some((&w[0].period, x, &w[1].period, y));
                    }
                }
            }
            let (a, x, b, y) = steepest.expect("neighbouring figures");
            let steepest_words = match lang {
                Lang::Sv => format!(
                    "Störst förändring: från {} år {a} till {} år {b}",
                    n(x),
                    n(y)
                ),
                Lang::En => format!("Biggest change: from {} in {a} to {} in {b}", n(x), n(y)),
            };
            assert!(text.contains(&steepest_words), "{steepest_words} in {text}");
            for gap in s.points.iter().filter(|p| p.value.is_none()) {
                assert!(
                    text.contains(&format!("{no_figure}{}", gap.period)),
                    "{text}"
                );
            }
            // The uncertain figure is called so wherever it is named.
            for p in s.points.iter().filter(|p| p.uncertain) {
                let v = n(p.value.and_then(|v| v.number()).expect("a figure"));
                let uncertain = match lang {
                    Lang::Sv => "(osäker)",
                    Lang::En => "(uncertain)",
                };
                for (at, _) in text.match_indices(&v) {
                    let after = &text[at + v.len()..];
                    let after = after.trim_start_matches(|c: char| c.is_alphabetic() || c == ' ');
                    assert!(after.starts_with(uncertain), "{v} in {text}");
                }
            }
        }
    }
}

#[test]
fn the_chart_with_a_series_carries_its_trend_and_its_picture_says_it() {
    let d = bundled();
    for lang in [Lang::Sv, Lang::En] {
        for v in &d.views {
            let c = build(v, &d, lang).expect("builds");
            for p in &c.panels {
                assert_eq!(p.trend.is_some(), p.kind == PanelKind::Columns, "{}", c.id);
            }
            let footer = image::Footer {
                sources: String::new(),
                credit: String::new(),
            };
            let scene = image::scene(&c, &footer);
            assert!(scene.description.starts_with(&c.takeaway));
            for t in c.panels.iter().filter_map(|p| p.trend.as_deref()) {
                assert!(scene.description.contains(t), "{}", c.id);
            }
        }
    }
}

#[test]
fn a_withheld_count_is_named_and_no_figure_above_it_is_called_lowest() {
    let s = series(
        "people",
        json!([
            ["2016", 40],
            ["2017", "<5"],
            ["2018", 12],
            ["2019", null],
            ["2020", null]
        ]),
    );
    assert_eq!(
        said(&s, Lang::Sv).as_deref(),
        Some(
            "Högst år 2016: 40 personer. Över hela perioden: från 40 år 2016 till 12 år 2018, \
             70 % färre. \
             Färre än 5: 2017. Uppgift saknas: 2019 och 2020."
        )
    );
    assert_eq!(
        said(&s, Lang::En).as_deref(),
        Some(
            "Highest in 2016: 40 people. Over the whole period: from 40 in 2016 to 12 in 2018, \
             70% fewer. \
             Fewer than 5: 2017. No figure: 2019 and 2020."
        )
    );
}

#[test]
fn one_figure_has_no_trend_and_a_level_series_is_about_the_same() {
    assert_eq!(
        said(
            &series("children", json!([["2015", 10], ["2016", null]])),
            Lang::En
        ),
        None
    );
    assert_eq!(said(&series("children", json!([])), Lang::Sv), None);
    let level = series(
        "children",
        json!([["2015", 10], ["2016", 10], ["2017", 10]]),
    );
    assert_eq!(
        said(&level, Lang::Sv).as_deref(),
        Some("Över hela perioden: från 10 år 2015 till 10 år 2017, ungefär lika.")
    );
}

#[test]
fn months_money_and_percentages_are_said_as_such() {
    let money = series(
        "sek",
        json!([["2015-03", 2_000_000], ["2015-10", 5_000_000, "uncertain"]]),
    );
    let en = said(&money, Lang::En).expect("a trend");
    assert!(en.starts_with("Highest in October 2015: "), "{en}");
    assert!(en.contains("(uncertain)"), "{en}");
    assert!(en.ends_with("in October 2015, 150% higher."), "{en}");
    let sv = said(&money, Lang::Sv).expect("a trend");
    assert!(sv.starts_with("Högst i oktober 2015: "), "{sv}");
    assert!(sv.ends_with("i oktober 2015, 150 % högre."), "{sv}");
    // A share of a percentage would read as points: only the two figures.
    let share = series("percent", json!([["2015", 20], ["2016", 30]]));
    assert_eq!(
        said(&share, Lang::En).as_deref(),
        Some(
            "Highest in 2016: 30%. Lowest in 2015: 20%. \
             Over the whole period: from 20% in 2015 to 30% in 2016."
        )
    );
    // From zero, no share of the first figure means anything.
    let from_zero = series("children", json!([["2015", 0], ["2016", 30]]));
    let en = said(&from_zero, Lang::En).expect("a trend");
    assert!(en.ends_with("from 0 in 2015 to 30 in 2016."), "{en}");
}

#[test]
fn a_pictures_alt_text_is_its_title_then_its_description() {
    let d = bundled();
    for lang in [Lang::Sv, Lang::En] {
        for v in &d.views {
            let mut c = build(v, &d, lang).expect("builds");
            assert_eq!(c.alt_text(), format!("{}. {}", c.title, c.description()));
            // A title that ends a sentence of its own gets no second stop.
            c.title.push('?');
            assert_eq!(c.alt_text(), format!("{} {}", c.title, c.description()));
        }
    }
}

#[test]
fn the_biggest_change_is_between_neighbours_never_across_a_gap() {
    let s = series(
        "children",
        json!([["2014", 100], ["2015", null], ["2016", 1000], ["2017", 900]]),
    );
    let en = said(&s, Lang::En).expect("a trend");
    assert!(
        en.contains("Biggest change: from 1,000 in 2016 to 900 in 2017, 10% fewer."),
        "{en}"
    );
    // Of equal steps, the first; a level series has none.
    let s = series(
        "children",
        json!([["2014", 10], ["2015", 20], ["2016", 10], ["2017", 12]]),
    );
    let sv = said(&s, Lang::Sv).expect("a trend");
    assert!(
        sv.contains("Störst förändring: från 10 år 2014 till 20 år 2015, 100 % fler."),
        "{sv}"
    );
    let level = series("children", json!([["2015", 7], ["2016", 7], ["2017", 7]]));
    assert!(!said(&level, Lang::En).expect("a trend").contains("Biggest"));
}
