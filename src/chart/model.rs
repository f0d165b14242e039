//! Renderer-independent charts: which marks, in which panels, on which scales, with
//! which names and which one-sentence takeaway. Built from the dataset by figure
//! id; a partner file that lacks a figure disables only the charts that need it.
//!
//! Quantities of different kinds (counts of children, percentages, kronor) never
//! share an axis: each kind gets its own panel and scale.

use super::scale::Scale;
use crate::data::date::IsoDate;
use crate::data::{Dataset, Figure, PartyKind, Point, Series, SourcedValue, Unit, UnitKind, Value};
use crate::i18n::{fill, format, strings, Lang};
use crate::state::ChartId;

/// How a mark is drawn, so that colour is never the only cue: each style also has
/// its own outline or pattern, and its name says the same in words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkStyle {
    Primary,
    /// A second series in the same panel (another source, another measure).
    Secondary,
    /// A value its source marks as uncertain: hatched, with a dashed outline.
    Uncertain,
    /// No figure: drawn as an empty dashed slot, never as a zero bar.
    Gap,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    /// Stable id within the dataset, used in the URL (`mark=`).
    pub id: String,
    pub category: String,
    pub value: Option<f64>,
    /// Bar length as a fraction of the panel's plot width.
    pub fraction: f64,
    /// The value as printed next to the bar.
    pub display: String,
    /// Accessible name: category, value and unit in words.
    pub name: String,
    pub style: MarkStyle,
    pub sources: Vec<String>,
    pub note: Option<String>,
}

/// How a panel draws its marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PanelKind {
    /// Bars from zero; `fraction` is the length.
    Bars,
    /// Dots on a time track; `fraction` is the position between the panel's
    /// first and last tick.
    Timeline,
    /// No geometry: a labelled list (who did what), still one mark per entry.
    List,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Panel {
    pub kind: PanelKind,
    pub title: String,
    pub scale: Scale,
    pub tick_labels: Vec<String>,
    pub marks: Vec<Mark>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    pub id: ChartId,
    pub title: String,
    pub takeaway: String,
    /// Column headings of the table view: what a mark's category and value are.
    pub columns: (String, String),
    pub panels: Vec<Panel>,
    /// Caveats the reader needs to read the chart right.
    pub notes: Vec<String>,
}

impl Chart {
    pub fn marks(&self) -> impl Iterator<Item = &Mark> {
        self.panels.iter().flat_map(|p| p.marks.iter())
    }

    /// Every source id the chart's marks cite, first use first.
    pub fn sources(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for id in self.marks().flat_map(|m| &m.sources) {
            if !out.contains(id) {
                out.push(id.clone());
            }
        }
        out
    }
}

/// Why a chart cannot be drawn from this dataset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChartError {
    MissingFigure(String),
    MissingSeries(String),
}

type Built = Result<Chart, ChartError>;

fn figure<'a>(d: &'a Dataset, id: &str) -> Result<&'a Figure, ChartError> {
    d.figures
        .iter()
        .find(|f| f.id == id)
        .ok_or_else(|| ChartError::MissingFigure(id.to_string()))
}

fn series<'a>(d: &'a Dataset, id: &str) -> Result<&'a Series, ChartError> {
    d.series
        .iter()
        .find(|s| s.id == id)
        .ok_or_else(|| ChartError::MissingSeries(id.to_string()))
}

/// A mark for one sourced value of a figure.
fn value_mark(
    f: &Figure,
    v: &SourcedValue,
    id: String,
    category: String,
    style: MarkStyle,
    lang: Lang,
) -> Mark {
    let style = if f.uncertain {
        MarkStyle::Uncertain
    } else {
        style
    };
    let mut display = format::value(v.value, f.unit, v.qualifier, lang);
    let mut name_value = format::with_unit(v.value, f.unit, v.qualifier, lang);
    if f.uncertain {
        display = format::uncertain(&display, lang);
        name_value = format::uncertain(&name_value, lang);
    }
    Mark {
        name: format!("{category}: {name_value}"),
        id,
        category,
        value: v.value.number(),
        fraction: 0.0,
        display,
        style,
        sources: v.sources.clone(),
        note: v
            .note
            .as_ref()
            .or(f.caveat.as_ref())
            .map(|t| lang.pick(t).to_string()),
    }
}

/// One mark per figure (its first value), labelled by the figure's own label.
fn figure_mark(d: &Dataset, id: &str, style: MarkStyle, lang: Lang) -> Result<Mark, ChartError> {
    let f = figure(d, id)?;
    let v = f
        .values
        .first()
        .ok_or_else(|| ChartError::MissingFigure(id.to_string()))?;
    Ok(value_mark(
        f,
        v,
        f.id.clone(),
        lang.pick(&f.label).to_string(),
        style,
        lang,
    ))
}

fn point_mark(s: &Series, p: &Point, lang: Lang) -> Mark {
    let category = format::date(&p.period, lang);
    let id = format!("{}-{}", s.id, p.period.replace('/', "-"));
    let note = p.note.as_ref().map(|t| lang.pick(t).to_string());
    match p.value {
        None => {
            let missing = strings(lang).chart_gap.to_string();
            Mark {
                name: format!(
                    "{category}: {missing}{}",
                    note.as_ref().map(|n| format!(" – {n}")).unwrap_or_default()
                ),
                id,
                category,
                value: None,
                fraction: 0.0,
                display: missing,
                style: MarkStyle::Gap,
                sources: p.sources.clone(),
                note,
            }
        }
        Some(value) => {
            let mut display = format::value(value, s.unit, None, lang);
            let mut name_value = format::with_unit(value, s.unit, None, lang);
            if p.uncertain {
                display = format::uncertain(&display, lang);
                name_value = format::uncertain(&name_value, lang);
            }
            Mark {
                name: format!("{category}: {name_value}"),
                id,
                category,
                value: value.number(),
                fraction: 0.0,
                display,
                style: if p.uncertain {
                    MarkStyle::Uncertain
                } else {
                    MarkStyle::Primary
                },
                sources: p.sources.clone(),
                note,
            }
        }
    }
}

/// Fits a scale to the marks and positions them on it.
fn panel(title: String, mut marks: Vec<Mark>, unit: Unit, lang: Lang) -> Panel {
    let scale = match unit.kind() {
        UnitKind::Percent => Scale::fixed(100.0, 25.0),
        _ => Scale::nice(marks.iter().filter_map(|m| m.value).fold(0.0, f64::max), 4),
    };
    for m in &mut marks {
        m.fraction = m.value.map(|v| scale.fraction(v)).unwrap_or(0.0);
    }
    let tick_labels = scale
        .ticks
        .iter()
        .map(|t| format::value(Value::Number(*t), unit, None, lang))
        .collect();
    Panel {
        kind: PanelKind::Bars,
        title,
        scale,
        tick_labels,
        marks,
    }
}

fn number(d: &Dataset, id: &str) -> Result<f64, ChartError> {
    figure(d, id)?
        .values
        .first()
        .and_then(|v| v.value.number())
        .ok_or_else(|| ChartError::MissingFigure(id.to_string()))
}

fn shown(d: &Dataset, id: &str, lang: Lang) -> Result<String, ChartError> {
    let f = figure(d, id)?;
    let v = f
        .values
        .first()
        .ok_or_else(|| ChartError::MissingFigure(id.to_string()))?;
    Ok(format::with_unit(v.value, f.unit, v.qualifier, lang))
}

/// Housing places in 2015 and the places the IOP made possible.
pub fn housing(d: &Dataset, lang: Lang) -> Built {
    let spring = figure_mark(d, "housing-places-spring-2015", MarkStyle::Primary, lang)?;
    let october = figure_mark(d, "housing-places-october-2015", MarkStyle::Primary, lang)?;
    let iop = figure_mark(d, "iop-new-places", MarkStyle::Secondary, lang)?;
    let (a, b) = (
        number(d, "housing-places-spring-2015")?,
        number(d, "housing-places-october-2015")?,
    );
    let times = if a > 0.0 { (b / a).floor() } else { 0.0 };
    // "More than" only when it is more: an exact multiple is said as it is.
    let exact = a > 0.0 && b == a * times;
    let growth = match (times >= 2.0, exact) {
        (false, _) => String::new(),
        (true, true) => fill(strings(lang).times_exact, &[&format::number(times, lang)]),
        (true, false) => fill(strings(lang).times_more, &[&format::number(times, lang)]),
    };
    let takeaway = fill(
        strings(lang).housing_takeaway,
        &[
            &format::number(a, lang),
            &format::number(b, lang),
            &growth,
            &format::number(number(d, "iop-new-places")?, lang),
        ],
    );
    Ok(Chart {
        id: ChartId::Housing,
        title: title(ChartId::Housing, lang),
        columns: value_columns(lang),
        takeaway,
        panels: vec![panel(
            strings(lang).panel_places.to_string(),
            vec![spring, october, iop],
            Unit::Places,
            lang,
        )],
        notes: figure(d, "housing-places-spring-2015")?
            .caveat
            .iter()
            .map(|c| lang.pick(c).to_string())
            .collect(),
    })
}

/// Reach and outcomes: children (both sources), matches and conversations as counts;
/// the internship share on its own 0–100 % scale.
pub fn reach(d: &Dataset, lang: Lang) -> Built {
    let reached = figure(d, "children-reached")?;
    let mut children: Vec<Mark> = Vec::new();
    for (i, v) in reached.values.iter().enumerate() {
        let publisher = v
            .sources
            .first()
            .and_then(|s| d.source(s))
            .map(|s| s.publisher.clone())
            .unwrap_or_default();
        let category = format!("{} ({publisher})", lang.pick(&reached.label));
        let style = if i == 0 {
            MarkStyle::Primary
        } else {
            MarkStyle::Secondary
        };
        children.push(value_mark(
            reached,
            v,
            format!("{}-{}", reached.id, i + 1),
            category,
            style,
            lang,
        ));
    }
    children.push(figure_mark(
        d,
        "sponsor-family-matches",
        MarkStyle::Primary,
        lang,
    )?);
    let conversations = vec![figure_mark(
        d,
        "crisis-conversations",
        MarkStyle::Primary,
        lang,
    )?];
    let share = vec![figure_mark(
        d,
        "internship-share",
        MarkStyle::Primary,
        lang,
    )?];

    let readings: Vec<String> = reached
        .values
        .iter()
        .map(|v| format::value(v.value, reached.unit, v.qualifier, lang))
        .collect();
    let takeaway = fill(
        strings(lang).reach_takeaway,
        &[
            &readings.join(strings(lang).and_respectively),
            &shown(d, "sponsor-family-matches", lang)?,
            &format::number(number(d, "crisis-conversations")?, lang),
            &shown(d, "internship-share", lang)?,
        ],
    );
    Ok(Chart {
        id: ChartId::Reach,
        title: title(ChartId::Reach, lang),
        columns: value_columns(lang),
        takeaway,
        panels: vec![
            panel(
                strings(lang).panel_children.to_string(),
                children,
                Unit::Children,
                lang,
            ),
            panel(
                strings(lang).panel_conversations.to_string(),
                conversations,
                Unit::Conversations,
                lang,
            ),
            panel(
                strings(lang).panel_share.to_string(),
                share,
                Unit::Percent,
                lang,
            ),
        ],
        notes: reached
            .caveat
            .iter()
            .map(|c| lang.pick(c).to_string())
            .collect(),
    })
}

/// Sweden's yearly series, and Göteborg's 2015 figures on their own scale.
pub fn context(d: &Dataset, lang: Lang) -> Built {
    let sweden = series(d, "sweden-unaccompanied-asylum-seekers")?;
    let points: Vec<Mark> = sweden
        .points
        .iter()
        .map(|p| point_mark(sweden, p, lang))
        .collect();
    let peak = sweden
        .points
        .iter()
        .filter_map(|p| p.value.and_then(Value::number).map(|v| (p, v)))
        .max_by(|a, b| a.1.total_cmp(&b.1));
    let goteborg_ids = [
        "goteborg-forecast-march-2015",
        "goteborg-forecast-august-2015",
        "goteborg-arrived-by-august-2015",
        "goteborg-assigned-2015",
        "goteborg-expected-2015",
        "goteborg-passed-through-2015",
    ];
    let goteborg = goteborg_ids
        .iter()
        .map(|id| figure_mark(d, id, MarkStyle::Primary, lang))
        .collect::<Result<Vec<_>, _>>()?;
    let takeaway = match peak {
        Some((p, v)) => {
            let year = format::date(&p.period, lang);
            let value = format::number(v, lang);
            fill(
                strings(lang).context_takeaway,
                &[&year, &value, &shown(d, "goteborg-assigned-2015", lang)?],
            )
        }
        None => strings(lang).series_empty.to_string(),
    };
    let mut notes: Vec<String> = sweden
        .caveat
        .iter()
        .map(|c| lang.pick(c).to_string())
        .collect();
    notes.push(strings(lang).context_note.to_string());
    Ok(Chart {
        id: ChartId::Context,
        title: title(ChartId::Context, lang),
        columns: value_columns(lang),
        takeaway,
        panels: vec![
            panel(
                lang.pick(&sweden.label).to_string(),
                points,
                sweden.unit,
                lang,
            ),
            panel(
                strings(lang).panel_goteborg_2015.to_string(),
                goteborg,
                Unit::Children,
                lang,
            ),
        ],
        notes,
    })
}

/// Money: the city's costs and reimbursement, the value-added budget, the rate for
/// the coordinators, each kind of amount on its own scale.
pub fn money(d: &Dataset, lang: Lang) -> Built {
    let costs = vec![
        figure_mark(d, "srf-costs-2015-2017", MarkStyle::Primary, lang)?,
        figure_mark(d, "reimbursed-2015-2017", MarkStyle::Secondary, lang)?,
    ];
    let budget = vec![figure_mark(
        d,
        "value-added-budget-2016",
        MarkStyle::Primary,
        lang,
    )?];
    let rate = vec![figure_mark(
        d,
        "coordination-payment",
        MarkStyle::Primary,
        lang,
    )?];
    let (cost, paid) = (
        number(d, "srf-costs-2015-2017")?,
        number(d, "reimbursed-2015-2017")?,
    );
    let share = if cost > 0.0 {
        (paid / cost * 1000.0).floor() / 10.0
    } else {
        0.0
    };
    let takeaway = fill(
        strings(lang).money_takeaway,
        &[
            &shown(d, "reimbursed-2015-2017", lang)?,
            &shown(d, "srf-costs-2015-2017", lang)?,
            &format::number(share, lang),
        ],
    );
    Ok(Chart {
        id: ChartId::Money,
        title: title(ChartId::Money, lang),
        columns: value_columns(lang),
        takeaway,
        panels: vec![
            panel(
                strings(lang).panel_costs.to_string(),
                costs,
                Unit::Sek,
                lang,
            ),
            panel(
                strings(lang).panel_budget.to_string(),
                budget,
                Unit::Sek,
                lang,
            ),
            panel(
                strings(lang).panel_rate.to_string(),
                rate,
                Unit::SekPerChildPerDay,
                lang,
            ),
        ],
        notes: [
            figure(d, "coordination-payment")?.caveat.as_ref(),
            figure(d, "coordinator-posts")?.caveat.as_ref(),
        ]
        .into_iter()
        .flatten()
        .map(|c| lang.pick(c).to_string())
        .collect(),
    })
}

fn value_columns(lang: Lang) -> (String, String) {
    (
        strings(lang).column_category.to_string(),
        strings(lang).column_value.to_string(),
    )
}

/// The partnership's timeline: each event a dot on a 2010–2019 track, approximate
/// dates drawn hollow and said with "omkring"/"about".
pub fn timeline(d: &Dataset, lang: Lang) -> Built {
    let dates: Vec<(i32, u32, u32)> = d
        .timeline
        .iter()
        .filter_map(|e| IsoDate::parse(&e.date).map(IsoDate::first_day))
        .collect();
    let (first, last) = match (dates.first(), dates.last()) {
        (Some(a), Some(b)) => (a.0, b.0 + 1),
        _ => return Err(ChartError::MissingSeries("timeline".into())),
    };
    let span = f64::from((last - first).max(1));
    let about = strings(lang).about.to_string();
    let marks = d
        .timeline
        .iter()
        .zip(&dates)
        .map(|(e, (y, m, day))| {
            let when = format::date(&e.date, lang);
            let when = if e.approximate {
                format!("{about} {when}")
            } else {
                when
            };
            let label = lang.pick(&e.label).to_string();
            let position = f64::from(y - first)
                + (f64::from(*m) - 1.0 + (f64::from(*day) - 1.0) / 31.0) / 12.0;
            Mark {
                id: e.id.clone(),
                name: format!("{when}: {label}"),
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
            }
        })
        .collect();
    let signed = d.timeline.iter().find(|e| e.id == "iop-signed");
    let ended = d.timeline.iter().find(|e| e.id == "wound-down");
    let period = &d.partnership.period;
    let takeaway = match (signed, ended) {
        (Some(s), Some(e)) => fill(
            strings(lang).timeline_takeaway,
            &[
                &format::date(&s.date, lang),
                &format::date(&period.planned_end, lang),
                &if e.approximate {
                    format!("{} {}", strings(lang).about, format::date(&e.date, lang))
                } else {
                    format::date(&e.date, lang)
                },
            ],
        ),
        _ => strings(lang).timeline_empty.to_string(),
    };
    Ok(Chart {
        id: ChartId::Timeline,
        title: title(ChartId::Timeline, lang),
        takeaway,
        columns: (
            strings(lang).column_event.to_string(),
            strings(lang).column_date.to_string(),
        ),
        panels: vec![Panel {
            kind: PanelKind::Timeline,
            title: format!("{first}–{}", last - 1),
            scale: Scale::fixed(span, 1.0),
            tick_labels: vec![first.to_string(), (last - 1).to_string()],
            marks,
        }],
        notes: vec![strings(lang).timeline_note.to_string()],
    })
}

/// Who did what: the parties with when they joined, and the seven services with
/// the providers the sources name. Unknown stays unknown.
pub fn services(d: &Dataset, lang: Lang) -> Built {
    let joined = strings(lang).joined.to_string();
    let uncertain = strings(lang).uncertain.to_string();
    let parties: Vec<Mark> = d
        .partnership
        .parties
        .iter()
        .map(|p| {
            let mut display = format!("{joined} {}", format::date(&p.joined, lang));
            if p.uncertain {
                display = format!("{display} ({uncertain})");
            }
            let name = lang.pick(&p.name).to_string();
            Mark {
                id: p.id.clone(),
                name: format!("{name}: {display}"),
                category: name,
                value: None,
                fraction: 0.0,
                display,
                style: if p.uncertain {
                    MarkStyle::Uncertain
                } else {
                    MarkStyle::Primary
                },
                sources: p.sources.clone(),
                note: p.caveat.as_ref().map(|c| lang.pick(c).to_string()),
            }
        })
        .collect();
    let unknown = strings(lang).chart_provider_unknown.to_string();
    let services: Vec<Mark> = d
        .services
        .iter()
        .map(|s| {
            let providers: Vec<String> = s
                .known_activities
                .iter()
                .map(|a| {
                    d.party(&a.party)
                        .map(|p| lang.pick(&p.name).to_string())
                        .unwrap_or_else(|| a.party.clone())
                })
                .collect();
            let known = !providers.is_empty();
            let display = if known {
                providers.join(", ")
            } else {
                unknown.clone()
            };
            let label = lang.pick(&s.label).to_string();
            let mut sources = s.sources.clone();
            for a in &s.known_activities {
                for id in &a.sources {
                    if !sources.contains(id) {
                        sources.push(id.clone());
                    }
                }
            }
            Mark {
                id: s.id.clone(),
                name: format!("{label}: {display}"),
                category: label,
                value: None,
                fraction: 0.0,
                display,
                style: if known {
                    MarkStyle::Primary
                } else {
                    MarkStyle::Gap
                },
                sources,
                note: (!s.known_activities.is_empty()).then(|| {
                    s.known_activities
                        .iter()
                        .map(|a| lang.pick(&a.description).to_string())
                        .collect::<Vec<_>>()
                        .join(" ")
                }),
            }
        })
        .collect();
    let nonprofits = d
        .partnership
        .parties
        .iter()
        .filter(|p| p.kind == PartyKind::Nonprofit && !p.uncertain)
        .count();
    let unknown_count = services
        .iter()
        .filter(|m| m.style == MarkStyle::Gap)
        .count();
    let takeaway = fill(
        strings(lang).services_takeaway,
        &[
            &nonprofits.to_string(),
            &services.len().to_string(),
            &unknown_count.to_string(),
        ],
    );
    let list = |title: String, marks: Vec<Mark>| Panel {
        kind: PanelKind::List,
        title,
        scale: Scale::fixed(1.0, 1.0),
        tick_labels: Vec::new(),
        marks,
    };
    Ok(Chart {
        id: ChartId::Services,
        title: title(ChartId::Services, lang),
        takeaway,
        columns: (
            strings(lang).column_party_or_service.to_string(),
            strings(lang).column_detail.to_string(),
        ),
        panels: vec![
            list(strings(lang).parties.to_string(), parties),
            list(strings(lang).panel_services.to_string(), services),
        ],
        notes: Vec::new(),
    })
}

/// A chart's heading; also used when its data is missing and only an explanation
/// can be shown.
pub fn title(id: ChartId, lang: Lang) -> String {
    let s = strings(lang);
    match id {
        ChartId::Housing => s.chart_housing,
        ChartId::Reach => s.chart_reach,
        ChartId::Context => s.chart_context,
        ChartId::Timeline => s.chart_timeline,
        ChartId::Services => s.chart_services,
        ChartId::Money => s.chart_money,
    }
    .to_string()
}

/// The charts of the dashboard, in page order.
pub const CHARTS: [ChartId; 6] = [
    ChartId::Housing,
    ChartId::Reach,
    ChartId::Context,
    ChartId::Timeline,
    ChartId::Services,
    ChartId::Money,
];

pub fn build(id: ChartId, d: &Dataset, lang: Lang) -> Built {
    match id {
        ChartId::Housing => housing(d, lang),
        ChartId::Reach => reach(d, lang),
        ChartId::Context => context(d, lang),
        ChartId::Timeline => timeline(d, lang),
        ChartId::Services => services(d, lang),
        ChartId::Money => money(d, lang),
    }
}
