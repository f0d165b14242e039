//! Key figures as big numbers. Sources that disagree stay one figure with
//! every value and its source ("drygt 270 · 272"), never averaged or reduced
//! to the larger one; the accessible name says which source gave which.

use super::super::model::{cite_once, mark_name, ChartError, Mark, MarkStyle, Panel};
use super::super::scale::Scale;
use super::{missing, short_label};
use crate::data::{self, Dataset, Figure, PanelKind, Target};
use crate::i18n::{format, strings, Lang};

/// A figure's values as one number's text, "drygt 270 · 272". The dot keeps
/// to the value before it (a no-break space), so a narrow card breaks the
/// line after it and no line starts with it.
pub fn display(f: &Figure, lang: Lang) -> String {
    f.values
        .iter()
        .map(|v| {
            let value = format::value(v.value, f.unit, v.qualifier, lang);
            format::uncertain(value, f.uncertain, lang)
        })
        .collect::<Vec<_>>()
        .join("\u{a0}· ")
}

/// Each value in words with its unit and, when the sources disagree, whose
/// value it is: "drygt 270 barn (Forum 2017)".
pub fn readings(f: &Figure, d: &Dataset, lang: Lang) -> Vec<String> {
    f.values
        .iter()
        .map(|v| {
            let value = format::with_unit(v.value, f.unit, v.qualifier, lang);
            let value = format::uncertain(value, f.uncertain, lang);
            let by: Vec<String> = v
                .sources
                .iter()
                .filter_map(|id| d.source(id))
                .map(|src| format::citation(d, src, lang))
                .collect();
            if f.values.len() > 1 && !by.is_empty() {
                format!("{value} ({})", by.join(", "))
            } else {
                value
            }
        })
        .collect()
}

/// A figure's sources, each once, in the order of its values: what its
/// number and its key-figure card cite.
pub fn figure_sources(f: &Figure) -> Vec<String> {
    let mut sources: Vec<String> = Vec::new();
    for v in &f.values {
        cite_once(&mut sources, &v.sources);
    }
    sources
}

/// One figure as one number, each of its values said with its source, under
/// the shorter label a view gives it (`short`), if any.
pub fn figure_number(f: &Figure, short: Option<&str>, d: &Dataset, lang: Lang) -> Mark {
    let s = strings(lang);
    let label = lang.pick(&f.label).to_string();
    let display = display(f, lang);
    let readings = readings(f, d, lang);
    let full = format!("{label}{}", format::date_after(&label, &f.date, lang));
    let mut name = mark_name(&full, short, &readings.join("; "));
    if f.values.len() > 1 {
        name = format!("{name}. {}.", s.disagreeing_sources);
    }
    let sources = figure_sources(f);
    Mark {
        id: f.id.clone(),
        category: label,
        value: match f.values.as_slice() {
            [one] => one.value.number(),
            _ => None,
        },
        fraction: 0.0,
        display,
        name,
        style: if f.uncertain {
            MarkStyle::Uncertain
        } else {
            MarkStyle::Primary
        },
        sources,
        note: f.caveat.as_ref().map(|c| lang.pick(c).to_string()),
        slot: 0,
        short: short.map(str::to_string),
    }
}

pub fn panel(p: &data::Panel, d: &Dataset, lang: Lang) -> Result<Panel, ChartError> {
    let marks = p
        .marks
        .iter()
        .filter_map(|r| Some((r.figure.as_deref()?, r)))
        .map(|(id, r)| {
            d.figure(id)
                .map(|f| figure_number(f, short_label(r, lang), d, lang))
                .ok_or_else(|| missing(Target::Figure, id))
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Panel::listed(
        PanelKind::Numbers,
        String::new(),
        Scale::fixed(1.0, 1.0),
        marks,
    ))
}
