//! A time series in words: where it is highest and lowest, how far it moved
//! from its first figure to its last and in its steepest step, and which
//! periods have none. The
//! columns show that shape at a glance; a screen reader hears this sentence
//! as the chart's description (after its takeaway), a picture carries it in
//! its description, and a reader of the table gets it with the table, where
//! row by row the shape is slow to find. Highcharts describes a series by its
//! range of values; this says what a reader would say looking at it.
//!
//! Said from the published points only, with the page's formats: an
//! uncertain figure is called uncertain wherever it is named, a change is
//! reckoned between two figures the file gives (never across a gap by
//! filling it), and where a count is withheld ("fewer than 5") no figure is
//! called the lowest, since the withheld one is lower.

use crate::data::{first_highest, Point, Series, Unit, UnitKind, Value};
use crate::i18n::{fill, format, strings, Lang};

/// The series' trend in `lang`; None where it has fewer than two figures,
/// which have no shape to tell (a lone figure's column says it).
pub fn sentence(series: &Series, lang: Lang) -> Option<String> {
    let s = strings(lang);
    let mut figures = series.figures();
    let (first, first_value) = figures.next()?;
    let (last, last_value) = figures.last()?;
    let unit = series.unit;
    let said = |p: &Point, v: f64| {
        format::uncertain(
            format::with_unit(Value::Number(v), unit, None, lang),
            p.uncertain,
            lang,
        )
    };
    let mut out = Vec::new();
    let (peak, lowest) = (series.peak()?, series.lowest()?);
    // All equal: neither is higher; the change below says "about the same".
    if peak.1 > lowest.1 {
        out.push(fill(
            s.trend_highest,
            &[&when(peak.0, lang), &said(peak.0, peak.1)],
        ));
        let withheld = series
            .points
            .iter()
            .any(|p| p.value == Some(Value::Suppressed));
        if !withheld {
            out.push(fill(
                s.trend_lowest,
                &[&when(lowest.0, lang), &said(lowest.0, lowest.1)],
            ));
        }
    }
    let bare = |p: &Point, v: f64| {
        format::uncertain(
            format::value(Value::Number(v), unit, None, lang),
            p.uncertain,
            lang,
        )
    };
    let from_to = |(a, x): (&Point, f64), (b, y): (&Point, f64)| {
        fill(
            s.trend_from_to,
            &[
                &bare(a, x),
                &when(a, lang),
                &bare(b, y),
                &when(b, lang),
                &change(x, y, unit, lang),
            ],
        )
    };
    out.push(fill(
        s.trend_overall,
        &[&from_to((first, first_value), (last, last_value))],
    ));
    // The steepest step between two periods listed one after the other, as
    // the eye finds the tallest drop or rise between neighbouring columns:
    // never across a period without a figure. With two figures it is the
    // whole period's, said already.
    if series.figures().nth(2).is_some() {
        let steps = series.points.windows(2).filter_map(|w| {
            let (x, y) = (w[0].value?.number()?, w[1].value?.number()?);
            Some(((&w[0], x), (&w[1], y)))
        });
        let steepest = first_highest(steps, |(a, b)| (b.1 - a.1).abs());
        if let Some((a, b)) = steepest.filter(|(a, b)| a.1 != b.1) {
            out.push(fill(s.trend_steepest, &[&from_to(a, b)]));
        }
    }
    // The periods without a figure, by what they say instead.
    for (template, withheld) in [(s.trend_withheld, true), (s.trend_gaps, false)] {
        let periods: Vec<String> = series
            .points
            .iter()
            .filter(|p| match p.value {
                None => !withheld,
                Some(Value::Suppressed) => withheld,
                Some(Value::Number(_)) => false,
            })
            .map(|p| format::date(&p.period, lang))
            .collect();
        if !periods.is_empty() {
            out.push(fill(template, &[&format::list(&periods, s.and)]));
        }
    }
    Some(out.join(" "))
}

/// A point's period as a sentence puts it: "år 2015" / "in 2015", "i
/// oktober 2015" / "in October 2015".
fn when(p: &Point, lang: Lang) -> String {
    let s = strings(lang);
    let year = p.period.len() == 4 && p.period.bytes().all(|b| b.is_ascii_digit());
    let template = if year { s.trend_in_year } else { s.trend_in };
    fill(template, &[&format::date(&p.period, lang)])
}

/// How much the last figure differs from the first, as a share of the
/// first, in whole per cent: ", 93 % färre" / ", 93% fewer". Nothing for a
/// share of a percentage (per cent of per cent reads as points) or a first
/// figure of zero or less (no share of it means anything).
fn change(first: f64, last: f64, unit: Unit, lang: Lang) -> String {
    let s = strings(lang);
    let kind = unit.kind();
    if kind == UnitKind::Percent || first <= 0.0 {
        return String::new();
    }
    let per_cent = ((last - first) / first * 100.0).round();
    if per_cent == 0.0 {
        return s.trend_same.to_string();
    }
    let count = matches!(kind, UnitKind::Count { .. });
    let template = match (per_cent > 0.0, count) {
        (true, true) => s.trend_more,
        (true, false) => s.trend_higher,
        (false, true) => s.trend_fewer,
        (false, false) => s.trend_lower,
    };
    let share = format::value(Value::Number(per_cent.abs()), Unit::Percent, None, lang);
    fill(template, &[&share])
}
