//! Renderer-independent charts: which marks, in which panels, on which scales, with
//! which names and which one-sentence takeaway. Built from a view of the dataset:
//! the view says what to show, each panel kind (`kinds/`) how.
//!
//! Quantities of different units never share an axis (a rule of the views): each
//! gets its own panel and scale.

use super::kinds;
use super::scale::Scale;
use crate::data::problem::Unresolved;
use crate::data::{Dataset, PanelKind, Target, View};
use crate::i18n::Lang;
use crate::views;

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
    /// Bar length (or position on a time axis) as a fraction of the plot width;
    /// for a gap on a time axis, where its label stands (0 at the axis, 1 at
    /// the top of its place: `kinds::columns`).
    pub fraction: f64,
    /// The value as printed next to the bar.
    pub display: String,
    /// Accessible name: category, value and unit in words.
    pub name: String,
    pub style: MarkStyle,
    pub sources: Vec<String>,
    pub note: Option<String>,
    /// Where the mark sits across the panel: a column's period on the time axis,
    /// a matrix cell's column (its row is its index divided by the columns).
    pub slot: usize,
    /// The shorter label the view gives it, drawn at the mark where the
    /// chart's titles say the rest; `category` stays its full name, which the
    /// table, the downloads and the tooltip say.
    pub short: Option<String>,
}

impl Mark {
    /// What the mark is called where it is drawn.
    pub fn label(&self) -> &str {
        self.short.as_deref().unwrap_or(&self.category)
    }

    /// Whether a gap on a time axis has its label at the top of its place
    /// rather than at the axis (`kinds::columns` decides; the page and the
    /// images both ask here).
    pub fn label_raised(&self) -> bool {
        self.style == MarkStyle::Gap && self.fraction >= 1.0
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Panel {
    pub kind: PanelKind,
    /// Empty when neither the view nor the kind names the panel.
    pub title: String,
    pub scale: Scale,
    /// What the scale's ticks say where a kind writes them: a time axis's
    /// grid values, a timeline's first and last year. Bars write none: each
    /// bar's value stands beside it.
    pub tick_labels: Vec<String>,
    pub marks: Vec<Mark>,
    /// Headings across the panel: a time axis's periods (a period without a
    /// mark is a gap the reader sees), a matrix's columns. Empty otherwise.
    pub across: Vec<String>,
    /// A time axis's labels, one per period: how many places apart the labels
    /// around it stand where it is shown, so that the labels shown are evenly
    /// spaced on round periods; shown where the widest label fits in that
    /// many places (`kinds::columns::label_shows`). Empty for other kinds.
    pub label_step: Vec<u32>,
    /// A time axis's widest label, by which every label is measured, so that
    /// all labels of a step show or none does. Empty for other kinds.
    pub label_widest: String,
    /// A time axis's marks, one each: the room its value has beside its
    /// column, in places (0 for a gap, whose label has its own place); shown
    /// where its widest word fits in them (`kinds::columns::label_shows`).
    /// Empty for other kinds.
    pub value_room: Vec<u32>,
    /// A matrix's row headings, each with a detail line (when a party joined).
    /// Empty otherwise.
    pub down: Vec<(String, String)>,
    /// The detail most rows share ("All joined March 2015 unless noted"), said
    /// once for the panel; those rows' own detail is empty. Eleven rows saying
    /// the same date were noise a reader had to scan past, and a line each.
    pub down_note: Option<String>,
    /// The table's rows where they are not the marks (see `rows`).
    pub table: Vec<Row>,
    /// A time series' shape in words (`chart::trend`): the chart's and its
    /// table's description for a screen reader, and a picture's. None for
    /// other kinds, and for a series of fewer than two figures.
    pub trend: Option<String>,
}

/// One row of a chart's table view, and of its downloads (which hold what the
/// table shows, row for row).
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub id: String,
    pub category: String,
    pub value: Option<f64>,
    pub display: String,
    pub style: MarkStyle,
    pub note: Option<String>,
    pub sources: Vec<String>,
}

impl Panel {
    /// The panel's rows in the table view and the downloads: its marks, unless
    /// its kind reads better as a table of its own (a matrix: a row per service).
    pub fn rows(&self) -> Vec<Row> {
        if !self.table.is_empty() {
            return self.table.clone();
        }
        self.marks
            .iter()
            .map(|m| Row {
                id: m.id.clone(),
                category: m.category.clone(),
                value: m.value,
                display: m.display.clone(),
                style: m.style,
                note: m.note.clone(),
                sources: m.sources.clone(),
            })
            .collect()
    }

    /// Whether a value is too long for a column of values beside narrow bars
    /// ("1,177 miljarder kr"): such a column would squeeze the bars to a
    /// stub and break their values into pieces of words, so where the plot is
    /// narrow each value goes on its label's line instead, and its bar takes
    /// the whole width under them. Counted in characters: a value is one line
    /// of bold text at the marks' size.
    pub fn long_values(&self) -> bool {
        const COLUMN: usize = 12;
        self.marks
            .iter()
            .any(|m| m.display.chars().count() > COLUMN)
    }

    /// Whether every label is short enough for a column of its own beside
    /// bars that still keep most of a partner's column (the view's shorter
    /// labels, "Prognos, mars", or a series' years): such labels stand beside
    /// their bars from a narrower plot on than long ones, which there need
    /// the whole width above their bar. Estimated in ems of the marks' text.
    pub fn short_labels(&self) -> bool {
        const COLUMN_EM: f64 = 14.0;
        self.marks
            .iter()
            .all(|m| super::text::em_width(m.label(), false) <= COLUMN_EM)
    }

    /// A panel of `kind` whose marks are listed one after the other, and
    /// nothing else: the one place a panel's fields get their empty values,
    /// so a kind with an axis, headings or a table of its own says only
    /// those (`Panel { across, ..Panel::listed(..) }`).
    pub fn listed(kind: PanelKind, title: String, scale: Scale, marks: Vec<Mark>) -> Panel {
        Panel {
            kind,
            title,
            scale,
            tick_labels: Vec::new(),
            marks,
            across: Vec::new(),
            label_step: Vec::new(),
            label_widest: String::new(),
            value_room: Vec::new(),
            down: Vec::new(),
            down_note: None,
            table: Vec::new(),
            trend: None,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    /// The view's id: the chart's address, embed and file names.
    pub id: String,
    pub title: String,
    pub subtitle: Option<String>,
    pub takeaway: String,
    /// Column headings of the table view: what a mark's category and value are.
    pub columns: (String, String),
    pub panels: Vec<Panel>,
    /// Caveats the reader needs to read the chart right: the view's notes, the
    /// caveats of the figures and series it shows, and what its marks' looks mean.
    pub notes: Vec<String>,
}

impl Chart {
    pub fn marks(&self) -> impl Iterator<Item = &Mark> {
        self.panels.iter().flat_map(|p| p.marks.iter())
    }

    /// The chart in words, as a picture's description says it: its takeaway,
    /// then each time series' trend.
    pub fn description(&self) -> String {
        let mut out = self.takeaway.clone();
        for trend in self.panels.iter().filter_map(|p| p.trend.as_deref()) {
            out.push(' ');
            out.push_str(trend);
        }
        out
    }

    /// A picture of the chart in words, for the `alt` of the PNG where a
    /// journalist places it: its title, then its description.
    pub fn alt_text(&self) -> String {
        let stop = if self.title.ends_with(['.', '?', '!']) {
            ""
        } else {
            "."
        };
        format!("{}{stop} {}", self.title, self.description())
    }

    /// Every source id the chart's marks cite, first use first.
    pub fn sources(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for m in self.marks() {
            cite_once(&mut out, &m.sources);
        }
        out
    }
}

/// A mark's accessible name: what it is (`full`, with its date where the
/// label leaves that to the chart's title) and what it says ("Prognos för
/// Göteborg, mars 2015: cirka 500 barn"). Drawn under a view's shorter label,
/// the name begins with the words the reader sees (WCAG 2.5.3, label in
/// name) and its value, and says the rest after it: "Prognos, mars: cirka
/// 500 barn – Prognos för Göteborg, mars 2015".
pub fn mark_name(full: &str, short: Option<&str>, said: &str) -> String {
    match short {
        Some(short) => in_full(&format!("{short}: {said}"), full),
        None => format!("{full}: {said}"),
    }
}

/// Words a name says as the reader sees them, then in full where a view
/// shortened them ("Samtalen börjar med en öppen workshop – Hösten 2014: …").
pub fn in_full(shown: &str, full: &str) -> String {
    format!("{shown} – {full}")
}

/// Why a view cannot be drawn from this dataset (a validated file always can).
#[derive(Debug, Clone, PartialEq)]
pub enum ChartError {
    Missing { target: Target, id: String },
    Takeaway(Unresolved),
}

/// Adds each source id of `ids` to `list` unless it is there already: a
/// source is cited once, where it is first used (a mark, a chart).
pub(crate) fn cite_once(list: &mut Vec<String>, ids: &[String]) {
    for id in ids {
        if !list.contains(id) {
            list.push(id.clone());
        }
    }
}

/// Adds `text` to `list` unless it is there already.
fn push_once(list: &mut Vec<String>, text: &str) {
    if !text.is_empty() && !list.iter().any(|t| t == text) {
        list.push(text.to_string());
    }
}

/// The chart a view declares, in `lang`.
pub fn build(view: &View, d: &Dataset, lang: Lang) -> Result<Chart, ChartError> {
    let alone = view.panels.len() == 1;
    let panels = view
        .panels
        .iter()
        .map(|p| kinds::panel(p, alone, d, lang))
        .collect::<Result<Vec<_>, _>>()?;
    let mut notes = Vec::new();
    for note in &view.notes {
        push_once(&mut notes, lang.pick(note));
    }
    // Under a chart of several figures a bare caveat ("Run by or for the
    // city.") does not say which bar it is about: it names its figure.
    let named = view.panels.iter().map(|p| p.marks.len()).sum::<usize>() > 1;
    for (label, caveat) in view
        .panels
        .iter()
        .flat_map(|p| &p.marks)
        .filter_map(|m| m.target())
        .filter_map(|(target, id)| match target {
            Target::Figure => d.figure(id).map(|f| (&f.label, &f.caveat)),
            Target::Series => d.series_by_id(id).map(|s| (&s.label, &s.caveat)),
            _ => None,
        })
    {
        if let Some(caveat) = caveat {
            let caveat = lang.pick(caveat);
            let note = if named {
                [lang.pick(label), ": ", caveat].concat()
            } else {
                caveat.to_string()
            };
            push_once(&mut notes, &note);
        }
    }
    for panel in &panels {
        for legend in kinds::legend(panel, lang) {
            push_once(&mut notes, legend);
        }
    }
    let columns = kinds::columns(panels.first().map_or(PanelKind::Bars, |p| p.kind), lang);
    Ok(Chart {
        id: view.id.clone(),
        title: lang.pick(&view.title).to_string(),
        subtitle: view.subtitle.as_ref().map(|s| lang.pick(s).to_string()),
        takeaway: views::takeaway(view, d, lang).map_err(ChartError::Takeaway)?,
        columns,
        panels,
        notes,
    })
}
