//! The published dataset as Rust types.
//!
//! The types mirror `data/iop-ensamkommande.schema.json` one to one, so a file that
//! a partner checked with a standard JSON Schema tool also parses here. Unknown
//! fields are rejected: a misspelt field name (`"sorces"`) would otherwise vanish
//! silently and the figure would lose its provenance.
//!
//! Serde only checks shapes. Everything that needs a look at more than one value
//! (references, ranges, ordering, the disclosure rule) lives in `validate`.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The only `schema_version` this build reads. A file with another version is
/// rejected as a whole rather than half-understood.
pub const SUPPORTED_SCHEMA_VERSION: u32 = 1;

/// The marker that stands in for a suppressed count (1–4 people).
pub const SUPPRESSED_MARKER: &str = "<5";

/// A text in both publication languages. Missing languages deserialize as empty
/// so that validation can report them as one clear rule instead of a serde error.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    #[serde(default)]
    pub sv: String,
    #[serde(default)]
    pub en: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
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

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Licence {
    /// SPDX identifier, e.g. `CC0-1.0`.
    pub id: String,
    pub name: Text,
    pub url: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    /// The document's own title, in its own language: never translated.
    pub title: String,
    pub publisher: String,
    /// ISO-8601 date at the precision the source gives (`2016`, `2015-03`, `2017-05-04`).
    pub date: String,
    /// What the date means when it is not a plain publication date
    /// ("about", "updated", "figures to October 2015").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_note: Option<Text>,
    /// Absent when no address is known; never guessed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
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

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Period {
    pub start: String,
    pub planned_end: String,
    /// When it actually ended; `approximate` when the source says "about".
    pub actual_end: String,
    #[serde(default)]
    pub actual_end_approximate: bool,
    pub note: Text,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgeRange {
    pub min: u32,
    pub max: u32,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PartyKind {
    Public,
    Nonprofit,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Party {
    pub id: String,
    pub name: Text,
    pub kind: PartyKind,
    /// ISO-8601 date the party joined, at the precision known.
    pub joined: String,
    #[serde(default)]
    pub uncertain: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub caveat: Option<Text>,
    pub sources: Vec<String>,
}

/// A labelled entry of a list (governance body, value, aim).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    pub id: String,
    pub label: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Service {
    pub id: String,
    pub label: Text,
    /// What is known of who delivered it. Empty means unknown, and is shown so.
    #[serde(default)]
    pub known_activities: Vec<Activity>,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Activity {
    pub party: String,
    pub description: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    pub sources: Vec<String>,
}

/// Topics group figures on the page and, later, into charts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Topic {
    Partnership,
    Housing,
    Reach,
    Funding,
    ContextGoteborg,
    ContextSweden,
}

/// What a number counts or measures. The unit decides which validation rules
/// apply: counts must be whole, counts of people obey the disclosure rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    Children,
    People,
    Volunteers,
    Places,
    Organisations,
    Posts,
    Conversations,
    Events,
    Percent,
    Sek,
    SekPerChildPerDay,
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

impl Serialize for Value {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Value::Number(n) => s.serialize_f64(*n),
            Value::Suppressed => s.serialize_str(SUPPRESSED_MARKER),
        }
    }
}

impl<'de> Deserialize<'de> for Value {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = Value;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                write!(
                    f,
                    "a number or the suppression marker \"{SUPPRESSED_MARKER}\""
                )
            }
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Value, E> {
                Ok(Value::Number(v))
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Value, E> {
                Ok(Value::Number(v as f64))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Value, E> {
                Ok(Value::Number(v as f64))
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Value, E> {
                if v == SUPPRESSED_MARKER {
                    Ok(Value::Suppressed)
                } else {
                    Err(E::invalid_value(serde::de::Unexpected::Str(v), &self))
                }
            }
        }
        d.deserialize_any(V)
    }
}

/// How a source words its number: "about 900", "drygt 270".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    About,
    JustOver,
}

/// One source's value for a figure. Sources that disagree each get their own.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourcedValue {
    pub value: Value,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<Qualifier>,
    pub sources: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    pub id: String,
    pub topic: Topic,
    pub label: Text,
    pub unit: Unit,
    /// ISO-8601 date (`2015-10`) or interval (`2015/2017`) the figure refers to.
    pub date: String,
    pub values: Vec<SourcedValue>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub caveat: Option<Text>,
    #[serde(default)]
    pub uncertain: bool,
    /// Shown among the key numbers at the top of the page.
    #[serde(default)]
    pub headline: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Series {
    pub id: String,
    pub topic: Topic,
    pub label: Text,
    pub unit: Unit,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub caveat: Option<Text>,
    pub points: Vec<Point>,
}

/// One period of a series. `value: null` is a gap (no figure found), never a zero;
/// a gap must say why in `note`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Point {
    pub period: String,
    pub value: Option<Value>,
    #[serde(default)]
    pub sources: Vec<String>,
    #[serde(default)]
    pub uncertain: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub id: String,
    /// ISO-8601 date at the precision known; the timeline is ordered by it.
    pub date: String,
    #[serde(default)]
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
