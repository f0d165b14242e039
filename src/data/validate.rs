//! Reading and checking a dataset file: the one set of rules shared by the
//! command-line validator and the app's loader.
//!
//! Every problem names the JSON path where it was found (`$.figures[3].unit`) so
//! that a partner who publishes their own file can fix it without reading our code.
//! Checking goes on after the first problem: a partner fixes all of them in one go.

use super::date::{DateOrPeriod, IsoDate};
use super::decode;
use super::decode::Shape;
use super::json::{self, Json, SyntaxError};
use super::model::*;
use std::collections::HashMap;
use std::fmt;

/// Counts above this are not plausible for a city programme (Sweden's peak year
/// was 35 369 children); a larger number is a typing error.
const MAX_COUNT: f64 = 10_000_000.0;
/// Longer texts are accidents (a pasted document), not labels or notes.
const MAX_TEXT: usize = 2000;
/// Money above this (ten times the state's whole budget) is a typing error.
const MAX_SEK: f64 = 10_000_000_000_000.0;

/// One problem in a dataset file.
#[derive(Debug, Clone, PartialEq)]
pub struct Issue {
    /// JSONPath of the offending value, `$` for the whole file.
    pub path: String,
    pub problem: Problem,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    /// The text is not JSON at all.
    Syntax {
        line: usize,
        column: usize,
        error: SyntaxError,
    },
    /// JSON, but a field is missing, unknown or of the wrong type.
    Shape(Shape),
    UnsupportedVersion {
        found: String,
    },
    MissingTranslation {
        lang: &'static str,
    },
    EmptyText,
    /// A control character (as its code point) in a text.
    ControlCharacter(u32),
    /// A bidirectional override or isolate, which can make text read backwards.
    BidiOverride(u32),
    TooLong {
        len: usize,
        max: usize,
    },
    BadId(String),
    DuplicateId {
        id: String,
        first: String,
    },
    UnknownSource(String),
    UnknownParty(String),
    NoSources,
    NoValues,
    BadDate(String),
    BadUrl(String),
    NotFinite,
    Negative(f64),
    NotWhole(f64),
    TooLarge(f64),
    PercentOutOfRange(f64),
    /// A count of 1–4 people: must be published as the suppression marker.
    Disclosure(f64),
    /// The suppression marker on something that is not a count of people.
    SuppressedNotPeople,
    GapWithoutNote,
    OutOfOrder {
        previous: String,
        this: String,
    },
    BadAgeRange,
}

/// The words live with every other string (`i18n`), in both languages; the
/// command-line validator speaks English.
impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&crate::i18n::problem_message(self, crate::i18n::Lang::En))
    }
}

impl fmt::Display for Issue {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.problem)
    }
}

/// Parses and validates a dataset file, strictly: any problem rejects it, and every
/// problem found is reported (the command-line validator and the build use this).
pub fn parse_dataset(text: &str) -> Result<Dataset, Vec<Issue>> {
    let read = read_dataset(text)?;
    if read.skipped.is_empty() {
        Ok(read.dataset)
    } else {
        Err(read.skipped)
    }
}

/// What the app can show of a file: the dataset without its broken figures and
/// series, and the problems that put each of them aside.
#[derive(Debug, Clone, PartialEq)]
pub struct Readable {
    pub dataset: Dataset,
    pub skipped: Vec<Issue>,
}

/// Records that can be left out on their own: nothing in the file refers to a
/// figure or a series, so leaving one out disables only the charts that need it.
const SKIPPABLE: [&str; 2] = ["figures", "series"];

/// Past this many broken records the file is not a partial success but broken.
const MAX_SKIPPED: usize = 200;
/// The index in the file of what is now record `now`, given the (sorted)
/// original indices already left out.
fn original_index(removed: &[usize], now: usize) -> usize {
    let mut original = now;
    for r in removed {
        if *r <= original {
            original += 1;
        } else {
            break;
        }
    }
    original
}

/// `(slot, index)` of the record a path is inside: `(0, 3)` for a path inside
/// `$.figures[3]` (slot 0 of `SKIPPABLE`).
fn record_of(path: &str) -> Option<(usize, usize)> {
    SKIPPABLE.into_iter().enumerate().find_map(|(slot, array)| {
        let rest = path
            .strip_prefix("$.")?
            .strip_prefix(array)?
            .strip_prefix('[')?;
        let close = rest.find(']')?;
        let index = rest[..close].parse().ok()?;
        matches!(
            rest[close + 1..].chars().next(),
            None | Some('.') | Some('[')
        )
        .then_some((slot, index))
    })
}

/// Rewrites `$.figures[now]…` to `$.figures[original]…` so a reported path
/// points into the file as the partner wrote it.
fn renumber(path: &str, array: &str, now: usize, original: usize) -> String {
    let from = format!("$.{array}[{now}]");
    match path.strip_prefix(&from) {
        Some(rest) => format!("$.{array}[{original}]{rest}"),
        None => path.to_string(),
    }
}

/// Reads a file leniently: a problem confined to one figure or series (a wrong
/// type, an absurd value, a missing translation) leaves that record out and is
/// reported in `skipped`; any other problem (syntax, version, sources, parties,
/// the partnership) rejects the file with every problem found.
pub fn read_dataset(text: &str) -> Result<Readable, Vec<Issue>> {
    let doc = json::parse(text).map_err(|e| {
        vec![Issue {
            path: "$".into(),
            problem: Problem::Syntax {
                line: e.line,
                column: e.column,
                error: e.error,
            },
        }]
    })?;
    let top = decode::Obj::new(&doc, "$").map_err(|i| vec![i])?;
    // The version first: it decides how the rest is read, so a file from a
    // future schema gets "unsupported version", not a field error.
    match top.field("schema_version").map_err(|i| vec![i])? {
        (Json::Number(n), _) if n.parse::<u32>() == Ok(SUPPORTED_SCHEMA_VERSION) => {}
        (other, at) => {
            let mut found = other.compact();
            if let Some((cut, _)) = found.char_indices().nth(40) {
                found.truncate(cut);
                found.push('…');
            }
            return Err(vec![Issue {
                path: at,
                problem: Problem::UnsupportedVersion { found },
            }]);
        }
    }

    // Every problem of the file's shape, not only the first; those inside a
    // figure or series leave out that record (its original index in `removed`).
    let mut skipped = Vec::new();
    let mut removed: [Vec<usize>; 2] = [Vec::new(), Vec::new()];
    let mut fatal = Vec::new();
    let dataset = read_top(&top, &mut skipped, &mut removed, &mut fatal);
    if let (Some(dataset), true) = (dataset, fatal.is_empty()) {
        if skipped.len() <= MAX_SKIPPED {
            return keep_valid(dataset, skipped, removed);
        }
    }
    skipped.append(&mut fatal);
    Err(skipped)
}

/// The top-level object, every field read even after a problem in another.
fn read_top(
    o: &decode::Obj,
    skipped: &mut Vec<Issue>,
    removed: &mut [Vec<usize>; 2],
    fatal: &mut Vec<Issue>,
) -> Option<Dataset> {
    fn ok<T>(r: Result<T, Issue>, fatal: &mut Vec<Issue>) -> Option<T> {
        r.map_err(|i| fatal.push(i)).ok()
    }
    if let Err(i) = o.only(&[
        "schema_version",
        "id",
        "title",
        "description",
        "updated",
        "licence",
        "disclosure_rule",
        "sources",
        "partnership",
        "services",
        "figures",
        "series",
        "timeline",
    ]) {
        fatal.push(i);
    }
    let [removed_figures, removed_series] = removed;
    let schema_version = ok(o.req("schema_version", decode::whole), fatal);
    let id = ok(o.req("id", decode::string), fatal);
    let title = ok(o.req("title", decode::text), fatal);
    let description = ok(o.req("description", decode::text), fatal);
    let updated = ok(o.req("updated", decode::string), fatal);
    let licence = ok(o.req("licence", decode::licence), fatal);
    let disclosure_rule = ok(o.req("disclosure_rule", decode::text), fatal);
    let sources = ok(o.list("sources", decode::source), fatal);
    let partnership = ok(o.req("partnership", decode::partnership), fatal);
    let services = ok(o.list("services", decode::service), fatal);
    let figures = o
        .field("figures")
        .and_then(|(v, at)| decode::records(v, &at, decode::figure, skipped, removed_figures));
    let figures = ok(figures, fatal);
    let series = o
        .field("series")
        .and_then(|(v, at)| decode::records(v, &at, decode::series, skipped, removed_series));
    let series = ok(series, fatal);
    let timeline = ok(o.list("timeline", decode::event), fatal);
    Some(Dataset {
        schema_version: schema_version?,
        id: id?,
        title: title?,
        description: description?,
        updated: updated?,
        licence: licence?,
        disclosure_rule: disclosure_rule?,
        sources: sources?,
        partnership: partnership?,
        services: services?,
        figures: figures?,
        series: series?,
        timeline: timeline?,
    })
}

/// Checks the rules of a dataset whose shape is right: problems in figures or
/// series leave those records out; any other rejects the file.
fn keep_valid(
    mut dataset: Dataset,
    mut skipped: Vec<Issue>,
    removed: [Vec<usize>; 2],
) -> Result<Readable, Vec<Issue>> {
    let issues = validate(&dataset);
    let fatal = issues.iter().any(|i| record_of(&i.path).is_none());
    let mut broken: Vec<(usize, usize)> = Vec::new();
    for issue in issues {
        let Some((slot, now)) = record_of(&issue.path) else {
            skipped.push(issue);
            continue;
        };
        let original = original_index(&removed[slot], now);
        skipped.push(Issue {
            path: renumber(&issue.path, SKIPPABLE[slot], now, original),
            problem: issue.problem,
        });
        if !broken.contains(&(slot, now)) {
            broken.push((slot, now));
        }
    }
    if fatal || skipped.len() > MAX_SKIPPED {
        return Err(skipped);
    }
    // Last record first, so each removal leaves the earlier indices valid.
    broken.sort_unstable_by(|a, b| b.cmp(a));
    for (slot, now) in broken {
        match SKIPPABLE[slot] {
            "figures" if now < dataset.figures.len() => {
                dataset.figures.remove(now);
            }
            "series" if now < dataset.series.len() => {
                dataset.series.remove(now);
            }
            _ => {}
        }
    }
    Ok(Readable { dataset, skipped })
}

/// Checks every rule that the types cannot express (what `decode` does not check).
pub fn validate(d: &Dataset) -> Vec<Issue> {
    let mut v = Validator::default();
    if d.schema_version != SUPPORTED_SCHEMA_VERSION {
        v.push(
            "$.schema_version",
            Problem::UnsupportedVersion {
                found: d.schema_version.to_string(),
            },
        );
    }
    // Ids first, so references can be checked against them.
    for (i, s) in d.sources.iter().enumerate() {
        v.id(&format!("$.sources[{i}]"), &s.id);
    }
    for (i, p) in d.partnership.parties.iter().enumerate() {
        v.id(&format!("$.partnership.parties[{i}]"), &p.id);
    }
    v.sources = d.sources.iter().map(|s| s.id.clone()).collect();
    v.parties = d.partnership.parties.iter().map(|p| p.id.clone()).collect();

    v.text("$.title", &d.title);
    v.text("$.description", &d.description);
    v.text("$.disclosure_rule", &d.disclosure_rule);
    v.date("$.updated", &d.updated);
    v.nonempty("$.licence.id", &d.licence.id);
    v.text("$.licence.name", &d.licence.name);
    v.url("$.licence.url", &d.licence.url);

    for (i, s) in d.sources.iter().enumerate() {
        let at = format!("$.sources[{i}]");
        v.nonempty(&format!("{at}.title"), &s.title);
        v.nonempty(&format!("{at}.publisher"), &s.publisher);
        v.date(&format!("{at}.date"), &s.date);
        if let Some(n) = &s.date_note {
            v.text(&format!("{at}.date_note"), n);
        }
        if let Some(u) = &s.url {
            v.url(&format!("{at}.url"), u);
        }
    }

    partnership(&mut v, &d.partnership);

    for (i, s) in d.services.iter().enumerate() {
        let at = format!("$.services[{i}]");
        v.id(&at, &s.id);
        v.text(&format!("{at}.label"), &s.label);
        v.refs(&at, &s.sources);
        for (j, a) in s.known_activities.iter().enumerate() {
            let at = format!("{at}.known_activities[{j}]");
            v.party(&format!("{at}.party"), &a.party);
            v.text(&format!("{at}.description"), &a.description);
            if let Some(date) = &a.date {
                v.date(&format!("{at}.date"), date);
            }
            v.refs(&at, &a.sources);
        }
    }

    for (i, f) in d.figures.iter().enumerate() {
        let at = format!("$.figures[{i}]");
        v.id(&at, &f.id);
        v.text(&format!("{at}.label"), &f.label);
        v.period(&format!("{at}.date"), &f.date);
        if let Some(c) = &f.caveat {
            v.text(&format!("{at}.caveat"), c);
        }
        if f.values.is_empty() {
            v.push(format!("{at}.values"), Problem::NoValues);
        }
        for (j, sv) in f.values.iter().enumerate() {
            let at = format!("{at}.values[{j}]");
            v.value(&format!("{at}.value"), sv.value, f.unit);
            v.refs(&at, &sv.sources);
            if let Some(n) = &sv.note {
                v.text(&format!("{at}.note"), n);
            }
        }
    }

    for (i, s) in d.series.iter().enumerate() {
        let at = format!("$.series[{i}]");
        v.id(&at, &s.id);
        v.text(&format!("{at}.label"), &s.label);
        if let Some(c) = &s.caveat {
            v.text(&format!("{at}.caveat"), c);
        }
        let mut previous: Option<(String, (i32, u32, u32))> = None;
        for (j, p) in s.points.iter().enumerate() {
            let at = format!("{at}.points[{j}]");
            if let Some(n) = &p.note {
                v.text(&format!("{at}.note"), n);
            }
            match p.value {
                Some(value) => {
                    v.value(&format!("{at}.value"), value, s.unit);
                    v.refs(&at, &p.sources);
                }
                None => {
                    if p.note.is_none() {
                        v.push(format!("{at}.value"), Problem::GapWithoutNote);
                    }
                    v.known_sources(&at, &p.sources);
                }
            }
            if let Some(start) = v.period(&format!("{at}.period"), &p.period) {
                v.in_order(&format!("{at}.period"), &p.period, start, &mut previous);
            }
        }
    }

    let mut previous = None;
    for (i, e) in d.timeline.iter().enumerate() {
        let at = format!("$.timeline[{i}]");
        v.id(&at, &e.id);
        v.text(&format!("{at}.label"), &e.label);
        v.refs(&at, &e.sources);
        if let Some(day) = v.date(&format!("{at}.date"), &e.date) {
            v.in_order(&format!("{at}.date"), &e.date, day, &mut previous);
        }
    }

    v.issues
}

fn partnership(v: &mut Validator, p: &Partnership) {
    v.text("$.partnership.name", &p.name);
    v.text("$.partnership.short_name", &p.short_name);
    v.date("$.partnership.period.start", &p.period.start);
    v.date("$.partnership.period.planned_end", &p.period.planned_end);
    v.date("$.partnership.period.actual_end", &p.period.actual_end);
    v.text("$.partnership.period.note", &p.period.note);
    v.refs("$.partnership.period", &p.period.sources);
    if p.age_range.min > p.age_range.max {
        v.push("$.partnership.age_range", Problem::BadAgeRange);
    }
    v.refs("$.partnership.age_range", &p.age_range.sources);
    for (i, party) in p.parties.iter().enumerate() {
        let at = format!("$.partnership.parties[{i}]");
        v.text(&format!("{at}.name"), &party.name);
        v.date(&format!("{at}.joined"), &party.joined);
        if let Some(c) = &party.caveat {
            v.text(&format!("{at}.caveat"), c);
        }
        v.refs(&at, &party.sources);
    }
    for (list, items) in [
        ("governance", &p.governance),
        ("values", &p.values),
        ("aims", &p.aims),
    ] {
        for (i, item) in items.iter().enumerate() {
            let at = format!("$.partnership.{list}[{i}]");
            v.id(&at, &item.id);
            v.text(&format!("{at}.label"), &item.label);
            if let Some(d) = &item.description {
                v.text(&format!("{at}.description"), d);
            }
            v.refs(&at, &item.sources);
        }
    }
}

#[derive(Default)]
struct Validator {
    issues: Vec<Issue>,
    /// Every id seen so far, with the path where it first appeared.
    ids: HashMap<String, String>,
    sources: Vec<String>,
    parties: Vec<String>,
}

impl Validator {
    fn push(&mut self, path: impl Into<String>, problem: Problem) {
        self.issues.push(Issue {
            path: path.into(),
            problem,
        });
    }

    fn id(&mut self, at: &str, id: &str) {
        let path = format!("{at}.id");
        let well_formed = id.starts_with(|c: char| c.is_ascii_lowercase())
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !well_formed {
            self.push(path, Problem::BadId(id.to_string()));
            return;
        }
        match self.ids.get(id) {
            Some(first) => {
                let first = first.clone();
                self.push(
                    path,
                    Problem::DuplicateId {
                        id: id.to_string(),
                        first,
                    },
                );
            }
            None => {
                self.ids.insert(id.to_string(), path);
            }
        }
    }

    fn text(&mut self, at: &str, t: &Text) {
        for (lang, s) in [("sv", &t.sv), ("en", &t.en)] {
            let path = format!("{at}.{lang}");
            if s.trim().is_empty() {
                self.push(path, Problem::MissingTranslation { lang });
            } else {
                self.safe(&path, s);
            }
        }
    }

    fn nonempty(&mut self, at: &str, s: &str) {
        if s.trim().is_empty() {
            self.push(at, Problem::EmptyText);
        } else {
            self.safe(at, s);
        }
    }

    /// Text is shown as text, never as markup, but some characters still do harm:
    /// control characters break layouts and exports, and direction overrides can
    /// make a label read as something else. Very long texts are typing accidents.
    fn safe(&mut self, at: &str, s: &str) {
        let len = s.chars().count();
        if len > MAX_TEXT {
            self.push(at, Problem::TooLong { len, max: MAX_TEXT });
        }
        if let Some(c) = s.chars().find(|c| c.is_control()) {
            self.push(at, Problem::ControlCharacter(c as u32));
        }
        if let Some(c) = s
            .chars()
            .find(|c| matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'))
        {
            self.push(at, Problem::BidiOverride(c as u32));
        }
    }

    fn url(&mut self, at: &str, u: &str) {
        // Only web addresses: a `javascript:` link in a partner's file must never
        // reach an href.
        let ok = ["https://", "http://"].iter().any(|scheme| {
            u.strip_prefix(scheme).is_some_and(|rest| {
                !rest.is_empty() && !rest.chars().any(|c| c.is_whitespace() || c.is_control())
            })
        });
        if !ok {
            self.push(at, Problem::BadUrl(u.to_string()));
        }
    }

    fn date(&mut self, at: &str, d: &str) -> Option<(i32, u32, u32)> {
        match IsoDate::parse(d) {
            Some(date) => Some(date.first_day()),
            None => {
                self.push(at, Problem::BadDate(d.to_string()));
                None
            }
        }
    }

    fn period(&mut self, at: &str, d: &str) -> Option<(i32, u32, u32)> {
        match DateOrPeriod::parse(d) {
            Some(p) => Some(p.start.first_day()),
            None => {
                self.push(at, Problem::BadDate(d.to_string()));
                None
            }
        }
    }

    fn in_order(
        &mut self,
        at: &str,
        text: &str,
        day: (i32, u32, u32),
        previous: &mut Option<(String, (i32, u32, u32))>,
    ) {
        if let Some((prev_text, prev_day)) = previous {
            if day < *prev_day {
                let previous = prev_text.clone();
                self.push(
                    at,
                    Problem::OutOfOrder {
                        previous,
                        this: text.to_string(),
                    },
                );
            }
        }
        *previous = Some((text.to_string(), day));
    }

    /// A list of source references that must not be empty.
    fn refs(&mut self, at: &str, ids: &[String]) {
        if ids.is_empty() {
            self.push(format!("{at}.sources"), Problem::NoSources);
        }
        self.known_sources(at, ids);
    }

    fn known_sources(&mut self, at: &str, ids: &[String]) {
        for (i, id) in ids.iter().enumerate() {
            if !self.sources.contains(id) {
                self.push(
                    format!("{at}.sources[{i}]"),
                    Problem::UnknownSource(id.clone()),
                );
            }
        }
    }

    fn party(&mut self, at: &str, id: &str) {
        if !self.parties.iter().any(|p| p == id) {
            self.push(at, Problem::UnknownParty(id.to_string()));
        }
    }

    fn value(&mut self, at: &str, value: Value, unit: Unit) {
        let n = match value {
            Value::Suppressed => {
                if unit.kind() != (UnitKind::Count { people: true }) {
                    self.push(at, Problem::SuppressedNotPeople);
                }
                return;
            }
            Value::Number(n) => n,
        };
        if !n.is_finite() {
            return self.push(at, Problem::NotFinite);
        }
        if n < 0.0 {
            return self.push(at, Problem::Negative(n));
        }
        match unit.kind() {
            UnitKind::Percent => {
                if n > 100.0 {
                    self.push(at, Problem::PercentOutOfRange(n));
                }
            }
            UnitKind::Count { people } => {
                if n.fract() != 0.0 {
                    self.push(at, Problem::NotWhole(n));
                } else if n > MAX_COUNT {
                    self.push(at, Problem::TooLarge(n));
                } else if people && (1.0..=4.0).contains(&n) {
                    self.push(at, Problem::Disclosure(n));
                }
            }
            UnitKind::Money => {
                if n > MAX_SEK {
                    self.push(at, Problem::TooLarge(n));
                }
            }
        }
    }
}
