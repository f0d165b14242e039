//! The rules a dataset file must meet beyond its shape: the one set shared by
//! the command-line validator, the build and the app's loader.
//!
//! Every problem names the JSON path where it was found (`$.figures[3].unit`) so
//! that a partner who publishes their own file can fix it without reading our code.
//! Checking goes on after the first problem: a partner fixes all of them in one go.

use super::date::{DateOrPeriod, IsoDate};
use super::model::*;
use super::problem::{Issue, Problem};
use super::template;
use std::collections::HashMap;

/// Counts above this are not plausible for a city programme (Sweden's peak year
/// was 35 369 children); a larger number is a typing error.
const MAX_COUNT: f64 = 10_000_000.0;
/// Longer texts are accidents (a pasted document), not labels or notes.
const MAX_TEXT: usize = 2000;
/// Money above this (ten times the state's whole budget) is a typing error.
const MAX_SEK: f64 = 10_000_000_000_000.0;
/// The widget id of the key figures: a view may not take it.
pub const KEY_FIGURES_ID: &str = "key-figures";

/// Checks every rule that the types cannot express (what serde does not check).
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
    if let Some(c) = &d.catalogue {
        catalogue(&mut v, c);
    }

    for (i, s) in d.sources.iter().enumerate() {
        let at = format!("$.sources[{i}]");
        v.nonempty(&format!("{at}.title"), &s.title);
        v.nonempty(&format!("{at}.publisher"), &s.publisher);
        if let Some(short) = &s.short_name {
            v.nonempty(&format!("{at}.short_name"), short);
        }
        v.date(&format!("{at}.date"), &s.date);
        if let Some(n) = &s.date_note {
            v.text(&format!("{at}.date_note"), n);
        }
        if let Some(u) = &s.url {
            v.url(&format!("{at}.url"), u);
        }
    }

    cited_apart(&mut v, &d.sources);
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
        // A series without points draws nothing, and cannot be written as rows.
        if s.points.is_empty() {
            v.push(format!("{at}.points"), Problem::Empty);
        }
        let mut previous: Option<(String, (i32, u32, u32))> = None;
        let mut periods: HashMap<&str, String> = HashMap::new();
        for (j, p) in s.points.iter().enumerate() {
            let at = format!("{at}.points[{j}]");
            // Two values for one period: which would the chart show?
            match periods.get(p.period.as_str()) {
                Some(first) => v.push(
                    format!("{at}.period"),
                    Problem::DuplicatePeriod {
                        period: p.period.clone(),
                        first: first.clone(),
                    },
                ),
                None => {
                    periods.insert(&p.period, format!("{at}.period"));
                }
            }
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

    for (i, view) in d.views.iter().enumerate() {
        view_rules(&mut v, view, &format!("$.views[{i}]"), d);
    }

    v.issues
}

/// The rules of one view alone (its index in `d.views` is `index`), for a
/// view that must be checked again once records it may need were left out.
/// Duplicate ids across the file are `validate`'s.
pub fn validate_view(view: &View, index: usize, d: &Dataset) -> Vec<Issue> {
    let mut v = Validator::default();
    view_rules(&mut v, view, &format!("$.views[{index}]"), d);
    v.issues
}

/// A view is well formed, says the same in both languages, and draws only
/// what its panel kinds can draw from records the file has, one unit per axis.
fn view_rules(v: &mut Validator, view: &View, at: &str, d: &Dataset) {
    v.id(at, &view.id);
    if view.id == KEY_FIGURES_ID {
        v.push(format!("{at}.id"), Problem::ReservedId(view.id.clone()));
    }
    v.text(&format!("{at}.title"), &view.title);
    if let Some(s) = &view.subtitle {
        v.text(&format!("{at}.subtitle"), s);
    }
    for (i, note) in view.notes.iter().enumerate() {
        v.text(&format!("{at}.notes[{i}]"), note);
    }
    let takeaway = format!("{at}.takeaway");
    v.text(&takeaway, &view.takeaway);
    for (lang, text) in [("sv", &view.takeaway.sv), ("en", &view.takeaway.en)] {
        for (placeholder, reason) in template::problems(text, d) {
            v.push(
                format!("{takeaway}.{lang}"),
                Problem::Placeholder {
                    placeholder,
                    reason,
                },
            );
        }
    }
    let (sv, en) = (&view.takeaway.sv, &view.takeaway.en);
    if !template::same_holes(sv, en) {
        let holes = |t: &str| template::holes(t).into_iter().map(str::to_string).collect();
        v.push(
            takeaway,
            Problem::PlaceholdersDiffer {
                sv: holes(sv),
                en: holes(en),
            },
        );
    }
    if view.panels.is_empty() {
        v.push(format!("{at}.panels"), Problem::Empty);
    }
    for (j, panel) in view.panels.iter().enumerate() {
        let at = format!("{at}.panels[{j}]");
        if let Some(t) = &panel.title {
            v.text(&format!("{at}.title"), t);
        }
        if panel.marks.is_empty() {
            v.push(format!("{at}.marks"), Problem::Empty);
        }
        if let Some(most) = panel.kind.most_marks() {
            if panel.marks.len() > most {
                let kind = panel.kind.id();
                v.push(
                    format!("{at}.marks[{most}]"),
                    Problem::TooManyMarks { kind, most },
                );
            }
        }
        let mut axis: Option<Unit> = None;
        for (k, mark) in panel.marks.iter().enumerate() {
            let at = format!("{at}.marks[{k}]");
            let Some((target, id)) = mark.target() else {
                let found = mark.targets().count();
                v.push(at, Problem::TargetCount { found });
                continue;
            };
            if let Some(label) = &mark.label {
                let at = format!("{at}.label");
                v.text(&at, label);
                if target == Target::Series {
                    v.push(at, Problem::LabelOfSeries);
                }
            }
            let at = format!("{at}.{}", target.id());
            if !panel.kind.shows().contains(&target) {
                let kind = panel.kind.id();
                v.push(at, Problem::KindCannotShow { kind, target });
                continue;
            }
            if !d.has(target, id) {
                let id = id.to_string();
                v.push(at, Problem::UnknownReference { target, id });
                continue;
            }
            let unit = match target {
                Target::Figure => d.figure(id).map(|f| f.unit),
                Target::Series => d.series_by_id(id).map(|s| s.unit),
                _ => None,
            };
            if let (PanelKind::Share, Some(unit)) = (panel.kind, unit) {
                if unit.kind() != UnitKind::Percent {
                    v.push(at.clone(), Problem::NotAShare { unit: unit.id() });
                }
            }
            if !panel.kind.one_axis() {
                continue;
            }
            match (axis, unit) {
                (Some(first), Some(this)) if first != this => v.push(
                    at,
                    Problem::MixedUnits {
                        first: first.id(),
                        this: this.id(),
                    },
                ),
                (None, Some(this)) => axis = Some(this),
                _ => {}
            }
        }
    }
}

/// What catalogues are told: every part in both languages, addresses that
/// work, a way to reach someone, themes from the EU's list.
fn catalogue(v: &mut Validator, c: &Catalogue) {
    let at = "$.catalogue";
    v.text(&format!("{at}.publisher.name"), &c.publisher.name);
    v.url(&format!("{at}.publisher.url"), &c.publisher.url);
    v.text(&format!("{at}.contact.name"), &c.contact.name);
    if let Some(email) = &c.contact.email {
        // One @ between a name and a domain with a dot; the rest is the mail
        // system's business, except what a mail link (the footer's) would
        // read as headers, another address or an escape: ? # % & , ;
        let ok = email.split_once('@').is_some_and(|(name, domain)| {
            !name.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !email
                    .chars()
                    .any(|c| c.is_whitespace() || c.is_control() || "<>\"'?#%&,;".contains(c))
                && !domain.contains('@')
        });
        if !ok {
            v.push(
                format!("{at}.contact.email"),
                Problem::BadEmail(email.clone()),
            );
        }
    }
    if let Some(u) = &c.contact.url {
        v.url(&format!("{at}.contact.url"), u);
    }
    if c.contact.email.is_none() && c.contact.url.is_none() {
        v.push(format!("{at}.contact"), Problem::NoContactWay);
    }
    for (lang, words) in [("sv", &c.keywords.sv), ("en", &c.keywords.en)] {
        let path = format!("{at}.keywords.{lang}");
        if words.is_empty() {
            v.push(&path, Problem::MissingTranslation { lang });
        }
        for (i, w) in words.iter().enumerate() {
            let at = format!("{path}[{i}]");
            v.nonempty(&at, w);
            // Keywords share one cell in the tables, separated by semicolons.
            if w.contains(';') {
                v.push(at, Problem::KeywordSeparator);
            }
        }
    }
    if c.themes.is_empty() {
        v.push(format!("{at}.themes"), Problem::Empty);
    }
    for (i, t) in c.themes.iter().enumerate() {
        if !DATA_THEMES.contains(&t.as_str()) {
            v.push(
                format!("{at}.themes[{i}]"),
                Problem::UnknownTheme(t.clone()),
            );
        }
    }
    v.text(&format!("{at}.place"), &c.place);
}

/// Short source lines cite a source by its name and date (the year, or the
/// full date when another source has the name and the year; see
/// `i18n::format::citation`), so two sources with one name and one date would
/// be cited alike: the later one is named, with where the first is.
fn cited_apart(v: &mut Validator, sources: &[Source]) {
    for (j, later) in sources.iter().enumerate() {
        let alike = sources[..j]
            .iter()
            .position(|s| s.cited_name() == later.cited_name() && s.date == later.date);
        if let Some(i) = alike {
            v.push(
                format!("$.sources[{j}]"),
                Problem::CitedAlike {
                    citation: format!("{} {}", later.cited_name(), later.date),
                    first: format!("$.sources[{i}]"),
                },
            );
        }
    }
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
                self.push(at, Problem::BadPeriod(d.to_string()));
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
