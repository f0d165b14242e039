//! Events as dots on one time axis, from the first event's year to the last
//! one's; an approximate date is drawn hollow and said with "omkring"/"about".

use super::super::model::{in_full, mark_name, ChartError, Mark, MarkStyle, Panel};
use super::super::scale::Scale;
use super::{missing, short_label};
use crate::data::date::IsoDate;
use crate::data::{self, Dataset, Event, PanelKind, Target};
use crate::i18n::{format, strings, Lang};

pub fn panel(p: &data::Panel, d: &Dataset, lang: Lang) -> Result<Panel, ChartError> {
    // Each event with the shorter label the view gives it, if any; an event
    // whose date does not parse cannot be placed (validation reports it).
    let mut dated = Vec::with_capacity(p.marks.len());
    for r in &p.marks {
        let Some(id) = r.event.as_deref() else {
            continue;
        };
        let e: &Event = d.event(id).ok_or_else(|| missing(Target::Event, id))?;
        // One time axis, read and stepped through in date order, whatever
        // order the view lists its events in (a keeper adds one at the end);
        // events of one date keep the view's order. Each is inserted at its
        // place: a sort would cost the wasm 1.6 KB of its own code.
        if let Some(date) = IsoDate::parse(&e.date) {
            let day = date.first_day();
            let at = dated.partition_point(|(_, _, d)| *d <= day);
            dated.insert(at, (e, short_label(r, lang), day));
        }
    }
    let first = dated.iter().map(|(_, _, (y, _, _))| *y).min().unwrap_or(0);
    let last = dated.iter().map(|(_, _, (y, _, _))| *y).max().unwrap_or(0) + 1;
    let span = f64::from((last - first).max(1));
    let about = strings(lang).about;
    let marks = dated
        .into_iter()
        .map(|(e, short, (y, m, day))| {
            let when = format::date(&e.date, lang);
            let when = if e.approximate {
                format!("{about} {when}")
            } else {
                when
            };
            let label = lang.pick(&e.label).to_string();
            // The date the reader sees first, then the words shown, then the
            // event in full where a shorter label stands for it.
            let said = short.map_or_else(|| label.clone(), |short| in_full(short, &label));
            let position =
                f64::from(y - first) + (f64::from(m) - 1.0 + (f64::from(day) - 1.0) / 31.0) / 12.0;
            Mark {
                id: e.id.clone(),
                name: mark_name(&when, None, &said),
                category: label,
                value: None,
                fraction: (position / span).clamp(0.0, 1.0),
                display: when,
                style: if e.approximate {
                    MarkStyle::Uncertain
                } else {
                    MarkStyle::Primary
                },
                sources: e.sources.clone(),
                note: None,
                slot: 0,
                short: short.map(str::to_string),
            }
        })
        .collect();
    Ok(Panel {
        tick_labels: vec![first.to_string(), (last - 1).to_string()],
        ..Panel::listed(
            PanelKind::Timeline,
            format!("{first}–{}", last - 1),
            Scale::fixed(span, 1.0),
            marks,
        )
    })
}

/// The time since the event before mark `j`, in years and at most two: the
/// page sets it as space above the event, so long pauses show (the embeds'
/// height estimate counts it the same).
pub fn lead(panel: &Panel, j: usize) -> f64 {
    let before = j.checked_sub(1).and_then(|b| panel.marks.get(b));
    match (before, panel.marks.get(j)) {
        (Some(b), Some(m)) => ((m.fraction - b.fraction) * panel.scale.max).clamp(0.0, 2.0),
        _ => 0.0,
    }
}

pub fn legend(panel: &Panel, lang: Lang) -> Vec<&'static str> {
    if panel.marks.iter().any(|m| m.style == MarkStyle::Uncertain) {
        vec![strings(lang).legend_approximate]
    } else {
        Vec::new()
    }
}
