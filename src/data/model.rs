//! The published dataset as Rust types.
//!
//! The types mirror `data/iop-ensamkommande.schema.json` one to one, so a file that
//! a partner checked with a standard JSON Schema tool also reads here (`decode`
//! checks the shapes, `validate` the rules that need more than one value).

/// An enum written in the JSON as one of a fixed list of `snake_case` names. The
/// one table serves reading (`decode`) and writing (downloads), so they agree.
macro_rules! named {
    ($(#[$m:meta])* pub enum $name:ident { $($(#[$doc:meta])* $variant:ident = $id:literal,)* }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name {
            $($(#[$doc])* $variant,)*
        }

        impl $name {
            pub const NAMES: &'static [(&'static str, $name)] = &[$(($id, $name::$variant),)*];

            /// The name in the JSON: `"sek_per_child_per_day"`.
            pub fn id(self) -> &'static str {
                match self {
                    $($name::$variant => $id,)*
                }
            }
        }
    };
}

/// The only `schema_version` this build reads. A file with another version is
/// rejected as a whole rather than half-understood.
pub const SUPPORTED_SCHEMA_VERSION: u32 = 1;

/// The marker that stands in for a suppressed count (1–4 people).
pub const SUPPRESSED_MARKER: &str = "<5";

/// A text in both publication languages. A missing language is read as empty, so
/// that validation reports it as one clear rule instead of a missing field.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Text {
    pub sv: String,
    pub en: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Dataset {
    pub schema_version: u32,
    pub id: String,
    pub title: Text,
    pub description: Text,
    /// ISO-8601 date of the last edit of this file.
    pub updated: String,
    pub licence: Licence,
    /// The disclosure-control rule, stated in the published metadata as promised.
    pub disclosure_rule: Text,
    pub sources: Vec<Source>,
    pub partnership: Partnership,
    pub services: Vec<Service>,
    pub figures: Vec<Figure>,
    pub series: Vec<Series>,
    pub timeline: Vec<Event>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Licence {
    /// SPDX identifier, e.g. `CC0-1.0`.
    pub id: String,
    pub name: Text,
    pub url: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    pub id: String,
    /// The document's own title, in its own language: never translated.
    pub title: String,
    pub publisher: String,
    /// ISO-8601 date at the precision the source gives (`2016`, `2015-03`, `2017-05-04`).
    pub date: String,
    /// What the date means when it is not a plain publication date
    /// ("about", "updated", "figures to October 2015").
    pub date_note: Option<Text>,
    /// Absent when no address is known; never guessed.
    pub url: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Partnership {
    pub name: Text,
    pub short_name: Text,
    pub period: Period,
    pub age_range: AgeRange,
    pub parties: Vec<Party>,
    pub governance: Vec<Item>,
    pub values: Vec<Item>,
    pub aims: Vec<Item>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Period {
    pub start: String,
    pub planned_end: String,
    /// When it actually ended; `approximate` when the source says "about".
    pub actual_end: String,
    pub actual_end_approximate: bool,
    pub note: Text,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct AgeRange {
    pub min: u32,
    pub max: u32,
    pub sources: Vec<String>,
}

named! {
    pub enum PartyKind {
        Public = "public",
        Nonprofit = "nonprofit",
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Party {
    pub id: String,
    pub name: Text,
    pub kind: PartyKind,
    /// ISO-8601 date the party joined, at the precision known.
    pub joined: String,
    pub uncertain: bool,
    pub caveat: Option<Text>,
    pub sources: Vec<String>,
}

/// A labelled entry of a list (governance body, value, aim).
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub id: String,
    pub label: Text,
    pub description: Option<Text>,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Service {
    pub id: String,
    pub label: Text,
    /// What is known of who delivered it. Empty means unknown, and is shown so.
    pub known_activities: Vec<Activity>,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Activity {
    pub party: String,
    pub description: Text,
    pub date: Option<String>,
    pub sources: Vec<String>,
}

named! {
    /// Topics group figures on the page and, later, into charts.
    pub enum Topic {
        Partnership = "partnership",
        Housing = "housing",
        Reach = "reach",
        Funding = "funding",
        ContextGoteborg = "context_goteborg",
        ContextSweden = "context_sweden",
    }
}

named! {
    /// What a number counts or measures. The unit decides which validation rules
    /// apply: counts must be whole, counts of people obey the disclosure rule.
    pub enum Unit {
        Children = "children",
        People = "people",
        Volunteers = "volunteers",
        Places = "places",
        Organisations = "organisations",
        Posts = "posts",
        Conversations = "conversations",
        Events = "events",
        Percent = "percent",
        Sek = "sek",
        SekPerChildPerDay = "sek_per_child_per_day",
    }
}

/// How a unit is validated and formatted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnitKind {
    /// A whole number of things; `people` means the disclosure rule applies.
    Count {
        people: bool,
    },
    Percent,
    Money,
}

impl Unit {
    pub fn kind(self) -> UnitKind {
        match self {
            Unit::Children | Unit::People | Unit::Volunteers => UnitKind::Count { people: true },
            Unit::Places
            | Unit::Organisations
            | Unit::Posts
            | Unit::Conversations
            | Unit::Events => UnitKind::Count { people: false },
            Unit::Percent => UnitKind::Percent,
            Unit::Sek | Unit::SekPerChildPerDay => UnitKind::Money,
        }
    }
}

/// A published number, or the marker that replaces a count of 1–4 people.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Value {
    Number(f64),
    Suppressed,
}

impl Value {
    pub fn number(self) -> Option<f64> {
        match self {
            Value::Number(n) => Some(n),
            Value::Suppressed => None,
        }
    }
}

named! {
    /// How a source words its number: "about 900", "drygt 270".
    pub enum Qualifier {
        About = "about",
        JustOver = "just_over",
    }
}

/// One source's value for a figure. Sources that disagree each get their own.
#[derive(Debug, Clone, PartialEq)]
pub struct SourcedValue {
    pub value: Value,
    pub qualifier: Option<Qualifier>,
    pub sources: Vec<String>,
    pub note: Option<Text>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    pub id: String,
    pub topic: Topic,
    pub label: Text,
    pub unit: Unit,
    /// ISO-8601 date (`2015-10`) or interval (`2015/2017`) the figure refers to.
    pub date: String,
    pub values: Vec<SourcedValue>,
    pub caveat: Option<Text>,
    pub uncertain: bool,
    /// Shown among the key numbers at the top of the page.
    pub headline: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub id: String,
    pub topic: Topic,
    pub label: Text,
    pub unit: Unit,
    pub caveat: Option<Text>,
    pub points: Vec<Point>,
}

/// One period of a series. `value: null` is a gap (no figure found), never a zero;
/// a gap must say why in `note`.
#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    pub period: String,
    pub value: Option<Value>,
    pub sources: Vec<String>,
    pub uncertain: bool,
    pub note: Option<Text>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    pub id: String,
    /// ISO-8601 date at the precision known; the timeline is ordered by it.
    pub date: String,
    pub approximate: bool,
    pub label: Text,
    pub sources: Vec<String>,
}

impl Dataset {
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    pub fn party(&self, id: &str) -> Option<&Party> {
        self.partnership.parties.iter().find(|p| p.id == id)
    }

    pub fn headline_figures(&self) -> impl Iterator<Item = &Figure> {
        self.figures.iter().filter(|f| f.headline)
    }
}
