//! Who did what, as a matrix of parties (rows) by services (columns). A cell
//! is filled only where a source says the party delivered the service; every
//! other cell says "not known", which is not the same as "did not".

use super::super::model::{cite_once, mark_name, ChartError, Mark, MarkStyle, Panel, Row};
use super::super::scale::Scale;
use super::super::text::em_width;
use super::{joined, missing, short_label};
use crate::data::{self, Dataset, PanelKind, Party, Service, Target};
use crate::i18n::{fill, format, strings, Lang};

pub fn panel(p: &data::Panel, d: &Dataset, lang: Lang) -> Result<Panel, ChartError> {
    // Parties and services, each with the heading the view gives it (its
    // shorter label, else its own name), which only the row's and column's
    // headings show: a cell's name, the tooltip and the table say it in full.
    let mut parties: Vec<(&Party, &str)> = Vec::new();
    let mut services: Vec<(&Service, &str)> = Vec::new();
    for r in &p.marks {
        let short = short_label(r, lang);
        match r.target() {
            Some((Target::Party, id)) => {
                let party = d.party(id).ok_or_else(|| missing(Target::Party, id))?;
                parties.push((party, short.unwrap_or(lang.pick(&party.name))));
            }
            Some((Target::Service, id)) => {
                let service = d.service(id).ok_or_else(|| missing(Target::Service, id))?;
                services.push((service, short.unwrap_or(lang.pick(&service.label))));
            }
            _ => {}
        }
    }
    // A matrix that names only services has a row for every party, and the
    // other way round: the panel says which axis it is about.
    if parties.is_empty() {
        parties = d
            .partnership
            .parties
            .iter()
            .map(|p| (p, lang.pick(&p.name)))
            .collect();
    }
    if services.is_empty() {
        services = d
            .services
            .iter()
            .map(|s| (s, lang.pick(&s.label)))
            .collect();
    }
    let s = strings(lang);
    let mut marks = Vec::with_capacity(parties.len() * services.len());
    for (party, row_heading) in &parties {
        let row = lang.pick(&party.name);
        for (slot, (service, column_heading)) in services.iter().enumerate() {
            let column = lang.pick(&service.label);
            let known: Vec<_> = service
                .known_activities
                .iter()
                .filter(|a| a.party == party.id)
                .collect();
            let (display, style) = if known.is_empty() {
                (s.matrix_not_known, MarkStyle::Gap)
            } else {
                (s.matrix_delivered, MarkStyle::Primary)
            };
            // What the cell rests on: the sources that say who delivered the
            // service, or, where none does, those that describe it without
            // naming who did; then those that put the party in the
            // partnership (and date its joining, as its row heading says).
            let mut sources: Vec<String> = Vec::new();
            if known.is_empty() {
                cite_once(&mut sources, &service.sources);
            }
            for a in &known {
                cite_once(&mut sources, &a.sources);
            }
            cite_once(&mut sources, &party.sources);
            let note = (!known.is_empty()).then(|| {
                known
                    .iter()
                    .map(|a| lang.pick(&a.description))
                    .collect::<Vec<_>>()
                    .join(" ")
            });
            // A cell is named by the headings the reader sees at its row and
            // column, then by the names a view shortened there in full.
            let full = format!("{row}, {column}");
            let shown = format!("{row_heading}, {column_heading}");
            let shortened: Vec<&str> = [(row, *row_heading), (column, *column_heading)]
                .into_iter()
                .filter(|(own, heading)| own != heading)
                .map(|(own, _)| own)
                .collect();
            let name = if shortened.is_empty() {
                mark_name(&full, None, display)
            } else {
                mark_name(&shortened.join(", "), Some(&shown), display)
            };
            marks.push(Mark {
                id: format!("{}--{}", party.id, service.id),
                name,
                category: full,
                value: None,
                fraction: 0.0,
                display: display.to_string(),
                style,
                sources,
                note,
                slot,
                short: None,
            });
        }
    }
    let (down, down_note) = row_headings(&parties, lang);
    // The table reads by service: who delivered it according to the sources,
    // or that it is not known.
    let cols = services.len();
    let table = services
        .iter()
        .enumerate()
        .map(|(c, (service, _))| {
            let delivered: Vec<(&Mark, &Party)> = marks
                .iter()
                .skip(c)
                .step_by(cols.max(1))
                .zip(&parties)
                .filter(|(m, _)| m.style != MarkStyle::Gap)
                .map(|(m, (p, _))| (m, *p))
                .collect();
            // Those that say who delivered it, then those that describe the
            // service (for a service no one is known to have delivered, the
            // sources that list it and name no one).
            let mut sources: Vec<String> = Vec::new();
            for a in &service.known_activities {
                if delivered.iter().any(|(_, p)| p.id == a.party) {
                    cite_once(&mut sources, &a.sources);
                }
            }
            cite_once(&mut sources, &service.sources);
            let notes: Vec<&str> = delivered
                .iter()
                .filter_map(|(m, _)| m.note.as_deref())
                .collect();
            Row {
                id: service.id.clone(),
                category: lang.pick(&service.label).to_string(),
                value: None,
                display: if delivered.is_empty() {
                    s.chart_provider_unknown.to_string()
                } else {
                    delivered
                        .iter()
                        .map(|(_, p)| lang.pick(&p.name))
                        .collect::<Vec<_>>()
                        .join(", ")
                },
                style: if delivered.is_empty() {
                    MarkStyle::Gap
                } else {
                    MarkStyle::Primary
                },
                note: (!notes.is_empty()).then(|| notes.join(" ")),
                sources,
            }
        })
        .collect();
    Ok(Panel {
        across: services.iter().map(|(_, h)| h.to_string()).collect(),
        down,
        down_note,
        table,
        ..Panel::listed(
            PanelKind::Matrix,
            String::new(),
            Scale::fixed(1.0, 1.0),
            marks,
        )
    })
}

/// The key beside the matrix: what a filled and an empty cell mean, for the
/// looks its cells have. The notes under a chart are folded away in an embed,
/// and an empty cell read without its key says "not delivered", which no
/// source says.
pub fn key(panel: &Panel, lang: Lang) -> Vec<(MarkStyle, &'static str)> {
    if panel.kind != PanelKind::Matrix {
        return Vec::new();
    }
    let s = strings(lang);
    [
        (MarkStyle::Primary, s.matrix_delivered),
        (MarkStyle::Gap, s.matrix_not_known),
    ]
    .into_iter()
    .filter(|(style, _)| panel.marks.iter().any(|m| m.style == *style))
    .collect()
}

/// Each row's heading with when its party joined; the date most parties share
/// (more than half of them, and at least two), when they are sure of it, is
/// said once for the panel, and only the other rows say theirs.
fn row_headings(parties: &[(&Party, &str)], lang: Lang) -> (Vec<(String, String)>, Option<String>) {
    let s = strings(lang);
    let sure: Vec<&str> = parties
        .iter()
        .filter(|(p, _)| !p.uncertain)
        .map(|(p, _)| p.joined.as_str())
        .collect();
    let common = sure
        .iter()
        .map(|date| (*date, sure.iter().filter(|d| **d == *date).count()))
        .max_by_key(|(_, n)| *n)
        .filter(|(_, n)| *n >= 2 && n * 2 > parties.len())
        .map(|(date, _)| date.to_string());
    let down = parties
        .iter()
        .map(|(p, heading)| {
            let name = heading.to_string();
            if !p.uncertain && common.as_deref() == Some(p.joined.as_str()) {
                return (name, String::new());
            }
            (name, joined(p, lang))
        })
        .collect::<Vec<_>>();
    let note = common.map(|date| {
        let all = down.iter().all(|(_, detail)| detail.is_empty());
        let template = if all {
            s.matrix_all_joined
        } else {
            s.matrix_most_joined
        };
        fill(template, &[&format::date(&date, lang)])
    });
    (down, note)
}

/// How long a turned heading's line may run at most, in ems of its text
/// (11 rem of 0.8125 rem text on the page); its words are measured by
/// `chart::text`.
const TURNED_LINE_EM: f64 = 13.5;
/// How wide the turned columns may grow when their headings are set in more,
/// shorter lines to make the headings' row lower: a 320 px phone's plot
/// (18.5 rem) at 20 px text holds 14.8 rem, so even there they stay turned.
const TURNED_BUDGET_REM: f64 = 14.0;
/// The steps by which a line's length is tried, in ems.
const TURNED_STEP_EM: f64 = 0.25;
/// The page's lengths the headings' width is reckoned with, as
/// `public/styles.css` sets them: CSS cannot read Rust's, so they stand in
/// both, and a test (`tests/chart_model.rs`) holds the stylesheet to these.
pub mod css {
    /// The headings' text, in rem, and its line height (`.matrix-column`).
    pub const HEADING_REM: f64 = 0.8125;
    pub const HEADING_LINE_HEIGHT: f64 = 1.1;
    /// A turned line's height (its width, turned), in rem: the headings' line,
    /// rounded up.
    pub const LINE_REM: f64 = 0.9;
    /// The room between two headings (so that two read as two, not as one
    /// list of lines), and a column's least width (a 24 px target), in rem.
    pub const BETWEEN_REM: f64 = 0.4;
    pub const COLUMN_REM: f64 = 1.5;
}
use css::{BETWEEN_REM, COLUMN_REM, LINE_REM};

/// The width, in rem, that a matrix's columns take with their headings
/// turned: each as many lines wide as its heading wraps to (a word never
/// cut), at least a target's width. The page turns the headings where its
/// plot has that room (beside the column of names, where it has one), and
/// elsewhere (a phone, large text) numbers the columns and lists the headings
/// under the matrix, as the pictures always do, so that no heading runs into
/// its neighbour.
pub fn turned_width(headings: &[String]) -> f64 {
    turned_columns(headings).rem()
}

/// The same width in the terms the page's CSS sums it in, with each line as
/// `1lh`, the line height of the headings' column: a reader who sets wider
/// line spacing (WCAG 1.4.12: 1.5) widens each turned line, and a width in rem
/// would reserve too little. Counts only, as the page's style attributes are
/// custom properties with numbers (its CSP allows each by its hash).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TurnedColumns {
    /// The lines of the headings of two lines or more: each such column is
    /// its lines and the room between two headings, always wider than a
    /// target.
    pub lines: usize,
    /// How many headings have two lines or more.
    pub multi: usize,
    /// How many have one (or none): each such column is its line and the
    /// room, or a target's width, whichever is wider, which depends on the
    /// line height.
    pub single: usize,
}

impl TurnedColumns {
    /// The columns' width, in rem, where a turned line is `line` rem wide:
    /// what the page's CSS works out with `1lh` for `line`.
    pub fn width(&self, line: f64) -> f64 {
        self.lines as f64 * line
            + self.multi as f64 * BETWEEN_REM
            + self.single as f64 * (line + BETWEEN_REM).max(COLUMN_REM)
    }
}

pub fn turned_columns(headings: &[String]) -> TurnedColumns {
    TurnedColumns::of(&turned_headings(headings))
}

impl TurnedColumns {
    /// The columns of headings already set in their lines (`turned_headings`),
    /// for a page that shows those lines too.
    pub fn of(headings: &[Vec<String>]) -> TurnedColumns {
        let mut columns = TurnedColumns {
            lines: 0,
            multi: 0,
            single: 0,
        };
        for h in headings {
            match h.len() {
                0 | 1 => columns.single += 1,
                n => {
                    columns.lines += n;
                    columns.multi += 1;
                }
            }
        }
        columns
    }

    /// The width in rem at this estimate's line: `turned_width`.
    pub fn rem(&self) -> f64 {
        self.width(LINE_REM)
    }
}

/// A matrix's turned headings, each in its lines: as low as they can be
/// within `TURNED_BUDGET_REM`. The headings' row is as tall as their longest
/// line, and no line is shorter than the longest word, so lines up to that
/// word's length cost no height ("Personalens kompetens" in two lines beside
/// "Familjeåterförening" in one); past it, each step shorter lowers the row
/// and widens the columns. The shortest lines whose columns keep within the
/// budget are taken, and never longer than `TURNED_LINE_EM` unless a word is.
pub fn turned_headings(headings: &[String]) -> Vec<Vec<String>> {
    let longest = headings
        .iter()
        .flat_map(|h| h.split_whitespace())
        .map(|w| em_width(w, false))
        .fold(0.0, f64::max);
    let most = longest.max(TURNED_LINE_EM);
    let mut limit = longest;
    loop {
        let lines: Vec<Vec<String>> = headings.iter().map(|h| lines_within(h, limit)).collect();
        if limit >= most || TurnedColumns::of(&lines).rem() <= TURNED_BUDGET_REM {
            return lines;
        }
        limit = (limit + TURNED_STEP_EM).min(most);
    }
}

/// A heading's words in lines, a line ending where the next word would run
/// past `limit` ems (a word longer than a line is a line of its own, never
/// cut). The page sets them as they are, none wrapping again, so wider letter
/// or word spacing makes a line longer (the headings' row taller) and never
/// adds one that the width above did not count.
fn lines_within(heading: &str, limit: f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut width = f64::INFINITY;
    for word in heading.split_whitespace() {
        let joined = width + em_width(" ", false) + em_width(word, false);
        match lines.last_mut() {
            Some(line) if joined <= limit => {
                line.push(' ');
                line.push_str(word);
                width = joined;
            }
            _ => {
                lines.push(word.to_string());
                width = em_width(word, false);
            }
        }
    }
    lines
}
