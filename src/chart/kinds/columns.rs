//! One series as columns on its time axis. Each period has its place on the
//! axis by its date, so a period the series does not list is an empty place
//! the reader sees, and a period listed without a figure is a dashed gap:
//! never a zero, never closed up.

use super::super::model::{ChartError, Mark, MarkStyle, Panel};
use super::bars;
use super::missing;
use crate::data::date::IsoDate;
use crate::data::{self, Dataset, PanelKind, Target, Unit};
use crate::i18n::{format, Lang};

/// A period's place on a calendar axis of `months` months per step, if its
/// text is a year or a year and month.
fn step(period: &str, monthly: bool) -> Option<i64> {
    let date = IsoDate::parse(period)?;
    if date.day.is_some() {
        return None;
    }
    match (monthly, date.month) {
        (false, None) => Some(i64::from(date.year)),
        (true, Some(m)) => Some(i64::from(date.year) * 12 + i64::from(m) - 1),
        _ => None,
    }
}

/// The label of the place `n` steps from the start.
fn place_label(n: i64, monthly: bool, lang: Lang) -> String {
    if monthly {
        let (y, m) = (n.div_euclid(12), n.rem_euclid(12) + 1);
        format::date(&format!("{y:04}-{m:02}"), lang)
    } else {
        n.to_string()
    }
}

/// The most places an axis gets; a series spread wider is drawn in list order.
const MOST_PLACES: i64 = 400;

pub fn panel(p: &data::Panel, d: &Dataset, lang: Lang) -> Result<Panel, ChartError> {
    let Some(id) = p.marks.iter().find_map(|r| r.series.as_deref()) else {
        return Ok(bars::fit(
            String::new(),
            Vec::new(),
            Unit::Places,
            lang,
            PanelKind::Columns,
        ));
    };
    let s = d
        .series_by_id(id)
        .ok_or_else(|| missing(Target::Series, id))?;
    let mut marks: Vec<_> = s
        .points
        .iter()
        .map(|pt| bars::point_mark(s, pt, lang))
        .collect();
    // Years, or months; any other mix is drawn in the order listed.
    let places = [false, true].into_iter().find_map(|monthly| {
        let steps: Option<Vec<i64>> = s
            .points
            .iter()
            .map(|pt| step(&pt.period, monthly))
            .collect();
        let steps = steps.filter(|st| !st.is_empty())?;
        let first = *steps.iter().min()?;
        let last = *steps.iter().max()?;
        (last - first < MOST_PLACES).then_some((monthly, first, last, steps))
    });
    let across = match places {
        Some((monthly, first, last, steps)) => {
            for (m, st) in marks.iter_mut().zip(steps) {
                m.slot = usize::try_from(st - first).unwrap_or(0);
            }
            (first..=last)
                .map(|n| place_label(n, monthly, lang))
                .collect()
        }
        None => {
            for (i, m) in marks.iter_mut().enumerate() {
                m.slot = i;
            }
            marks.iter().map(|m| m.category.clone()).collect()
        }
    };
    // Left to right in time, whatever order the file lists them in.
    marks.sort_by_key(|m| m.slot);
    let mut panel = bars::fit(
        lang.pick(&s.label).to_string(),
        marks,
        s.unit,
        lang,
        PanelKind::Columns,
    );
    raise_gap_labels(&mut panel.marks);
    panel.across = across;
    Ok(panel)
}

/// A gap's label stands at the end of its place away from its neighbours'
/// values: a value wider than its column ("500 (osäker)" on a phone) reaches
/// into the next place at its own height, so where both neighbours' values
/// stand in the lower half, the gap's label goes to the top of its place. A
/// gap's `fraction` says where its label stands: 0 at the axis, 1 at the top.
fn raise_gap_labels(marks: &mut [Mark]) {
    let lifts: Vec<Option<f64>> = marks.iter().map(|m| m.value.map(|_| m.fraction)).collect();
    for i in 0..marks.len() {
        if marks[i].style != MarkStyle::Gap {
            continue;
        }
        let slot = marks[i].slot;
        let beside = marks
            .iter()
            .zip(&lifts)
            .filter(|(m, _)| m.slot + 1 == slot || m.slot == slot + 1)
            .filter_map(|(_, lift)| *lift);
        let highest = beside.fold(0.0, f64::max);
        marks[i].fraction = if highest < 0.5 { 1.0 } else { 0.0 };
    }
}
