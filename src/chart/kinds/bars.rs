//! Bars from zero: one bar per value of a figure (sources that disagree each get
//! their own bar, never an average) and one per period of a series (a period
//! without a figure is an empty dashed slot, never a zero bar). A value above
//! zero is at least a sliver (`Scale::length`).

use super::super::model::{mark_name, ChartError, Mark, MarkStyle, Panel};
use super::super::scale::Scale;
use super::{missing, short_label};
use crate::data::{
    self, Dataset, Emphasis, Figure, Point, Series, SourcedValue, Target, Unit, UnitKind, Value,
};
use crate::i18n::{format, strings, Lang};

/// What a bar is called: its `category` (the table's and the downloads'),
/// what its accessible name calls it (`full`: a figure's with its date) and
/// the shorter label a view gives it to draw, if any.
struct Called {
    category: String,
    full: String,
    short: Option<String>,
}

/// A published value as a bar says it: on the bar, and in its accessible name
/// with its unit in words; both say "uncertain" when the source does.
#[allow(clippy::too_many_arguments)]
fn value_bar(
    id: String,
    called: Called,
    value: Value,
    unit: Unit,
    qualifier: Option<crate::data::Qualifier>,
    uncertain: bool,
    style: MarkStyle,
    sources: &[String],
    note: Option<String>,
    lang: Lang,
) -> Mark {
    let display = format::uncertain(format::value(value, unit, qualifier, lang), uncertain, lang);
    let name_value = format::uncertain(
        format::with_unit(value, unit, qualifier, lang),
        uncertain,
        lang,
    );
    Mark {
        name: mark_name(&called.full, called.short.as_deref(), &name_value),
        id,
        category: called.category,
        value: value.number(),
        fraction: 0.0,
        display,
        style: if uncertain {
            MarkStyle::Uncertain
        } else {
            style
        },
        sources: sources.to_vec(),
        note,
        slot: 0,
        short: called.short,
    }
}

/// A mark for one sourced value of a figure, labelled by the figure (drawn
/// under the view's `short` label when it has one) and, when the sources
/// disagree, by its `source` ("Forum 2017").
#[allow(clippy::too_many_arguments)]
fn value_mark(
    f: &Figure,
    v: &SourcedValue,
    id: String,
    label: &str,
    short: Option<&str>,
    source: Option<String>,
    style: MarkStyle,
    lang: Lang,
) -> Mark {
    let note = v.note.as_ref().or(f.caveat.as_ref());
    let by = |label: &str| match &source {
        Some(source) => format!("{label} ({source})"),
        None => label.to_string(),
    };
    // The bar's label leaves the figure's date to the chart's title, but a
    // screen reader lands on one bar: its name says the date after the label
    // ("(2016)"), as the figure's big number and key-figure card do, unless the
    // label says it already.
    let called = Called {
        category: by(label),
        full: by(&format!(
            "{label}{}",
            format::date_after(label, &f.date, lang)
        )),
        short: short.map(by),
    };
    value_bar(
        id,
        called,
        v.value,
        f.unit,
        v.qualifier,
        f.uncertain,
        style,
        &v.sources,
        note.map(|t| lang.pick(t).to_string()),
        lang,
    )
}

/// A figure's bars: one for a single value, labelled by the figure (or by the
/// view's shorter label for it, `short`); one per source when the sources
/// disagree, each labelled with its source ("Forum 2017").
pub(super) fn figure_marks(
    f: &Figure,
    style: MarkStyle,
    short: Option<&str>,
    d: &Dataset,
    lang: Lang,
) -> Vec<Mark> {
    let label = lang.pick(&f.label);
    if let [one] = f.values.as_slice() {
        return vec![value_mark(
            f,
            one,
            f.id.clone(),
            label,
            short,
            None,
            style,
            lang,
        )];
    }
    f.values
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let source = v
                .sources
                .first()
                .and_then(|s| d.source(s))
                .map(|s| format::citation(d, s, lang))
                .unwrap_or_default();
            let style = if i == 0 { style } else { MarkStyle::Secondary };
            let id = format!("{}-{}", f.id, i + 1);
            value_mark(f, v, id, label, short, Some(source), style, lang)
        })
        .collect()
}

pub(super) fn point_mark(s: &Series, p: &Point, lang: Lang) -> Mark {
    let category = format::date(&p.period, lang);
    let id = format!("{}-{}", s.id, p.period.replace('/', "-"));
    let note = p.note.as_ref().map(|t| lang.pick(t).to_string());
    let Some(value) = p.value else {
        let missing = strings(lang).chart_gap.to_string();
        return Mark {
            name: mark_name(
                &category,
                None,
                &format!(
                    "{missing}{}",
                    note.as_ref().map(|n| format!(" – {n}")).unwrap_or_default()
                ),
            ),
            id,
            category,
            value: None,
            fraction: 0.0,
            display: missing,
            style: MarkStyle::Gap,
            sources: p.sources.clone(),
            note,
            slot: 0,
            short: None,
        };
    };
    let called = Called {
        full: category.clone(),
        category,
        short: None,
    };
    value_bar(
        id,
        called,
        value,
        s.unit,
        None,
        p.uncertain,
        MarkStyle::Primary,
        &p.sources,
        note,
        lang,
    )
}

pub fn panel(p: &data::Panel, d: &Dataset, lang: Lang) -> Result<Panel, ChartError> {
    let mut marks = Vec::new();
    let mut unit = None;
    let mut title = String::new();
    for r in &p.marks {
        let style = match r.style {
            Some(Emphasis::Secondary) => MarkStyle::Secondary,
            _ => MarkStyle::Primary,
        };
        match r.target() {
            Some((Target::Figure, id)) => {
                let f = d.figure(id).ok_or_else(|| missing(Target::Figure, id))?;
                unit.get_or_insert(f.unit);
                marks.extend(figure_marks(f, style, short_label(r, lang), d, lang));
            }
            Some((Target::Series, id)) => {
                let s = d
                    .series_by_id(id)
                    .ok_or_else(|| missing(Target::Series, id))?;
                unit.get_or_insert(s.unit);
                // A panel of one series is named by it.
                if p.marks.len() == 1 {
                    title = lang.pick(&s.label).to_string();
                }
                marks.extend(s.points.iter().map(|pt| point_mark(s, pt, lang)));
            }
            _ => {}
        }
    }
    Ok(fit(
        title,
        marks,
        unit.unwrap_or(Unit::Places),
        data::PanelKind::Bars,
    ))
}

/// Fits a scale to the marks and positions them on it.
pub(super) fn fit(title: String, mut marks: Vec<Mark>, unit: Unit, kind: data::PanelKind) -> Panel {
    let highest = marks.iter().filter_map(|m| m.value).fold(0.0, f64::max);
    let scale = match unit.kind() {
        UnitKind::Percent => Scale::fixed(100.0, 25.0),
        UnitKind::Count { .. } => Scale::counted(highest, 4),
        UnitKind::Money => Scale::nice(highest, 4),
    };
    for m in &mut marks {
        m.fraction = m.value.map(|v| scale.length(v)).unwrap_or(0.0);
    }
    Panel::listed(kind, title, scale, marks)
}

pub fn legend(panel: &Panel, lang: Lang) -> Vec<&'static str> {
    let s = strings(lang);
    let has = |style| panel.marks.iter().any(|m| m.style == style);
    let mut out = Vec::new();
    if has(MarkStyle::Gap) {
        out.push(s.legend_gap);
    }
    if has(MarkStyle::Uncertain) {
        out.push(s.legend_uncertain);
    }
    out
}
