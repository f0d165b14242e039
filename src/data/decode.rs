//! From a JSON tree to the dataset's types, checking shapes: which fields exist,
//! which are required, and what type each value has. The rules mirror
//! `data/iop-ensamkommande.schema.json` one to one. Unknown fields are rejected:
//! a misspelt name (`"sorces"`) would otherwise vanish silently and a figure would
//! lose its provenance.
//!
//! Reading stops at the first problem of a record (a source, a figure), which is
//! reported with its JSON path; the caller decides whether the record can be left
//! out. Rules that need more than one value are `validate`'s.

use super::json::Json;
use super::model::*;
use super::validate::{Issue, Problem};
use std::borrow::Cow;

/// The kinds of JSON value a problem names: what was found, what was expected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Null,
    Boolean,
    Number,
    WholeNumber,
    String,
    Array,
    Object,
    /// A published value: a number, or the marker of a suppressed count.
    NumberOrMarker,
}

/// What is wrong with the shape of a value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Shape {
    WrongType {
        expected: Kind,
        found: Kind,
    },
    MissingField(&'static str),
    UnknownField(String),
    DuplicateField(String),
    /// A name outside a fixed list (a unit, a topic); the list, comma-separated.
    UnknownName {
        found: String,
        expected: String,
    },
}

type R<T> = Result<T, Issue>;

fn shape(at: &str, shape: Shape) -> Issue {
    Issue {
        path: at.to_string(),
        problem: Problem::Shape(shape),
    }
}

fn kind_of(v: &Json) -> Kind {
    match v {
        Json::Null => Kind::Null,
        Json::Bool(_) => Kind::Boolean,
        Json::Number(_) => Kind::Number,
        Json::String(_) => Kind::String,
        Json::Array(_) => Kind::Array,
        Json::Object(_) => Kind::Object,
    }
}

fn wrong(v: &Json, at: &str, expected: Kind) -> Issue {
    shape(
        at,
        Shape::WrongType {
            expected,
            found: kind_of(v),
        },
    )
}

/// The members of an object, read by name.
pub(crate) struct Obj<'j, 'a> {
    members: &'j [(Cow<'a, str>, Json<'a>)],
    at: &'j str,
}

impl<'j, 'a> Obj<'j, 'a> {
    pub(crate) fn new(v: &'j Json<'a>, at: &'j str) -> R<Self> {
        match v {
            Json::Object(members) => Ok(Obj { members, at }),
            _ => Err(wrong(v, at, Kind::Object)),
        }
    }

    /// A record: an object whose members are all among `fields`, each once.
    fn record(v: &'j Json<'a>, at: &'j str, fields: &[&str]) -> R<Self> {
        let o = Self::new(v, at)?;
        o.only(fields)?;
        Ok(o)
    }

    /// The first member whose name is not in `fields`, or that comes twice.
    pub(crate) fn only(&self, fields: &[&str]) -> R<()> {
        for (i, (k, _)) in self.members.iter().enumerate() {
            let problem = if !fields.contains(&k.as_ref()) {
                Shape::UnknownField(k.to_string())
            } else if self.members[..i].iter().any(|(seen, _)| seen == k) {
                Shape::DuplicateField(k.to_string())
            } else {
                continue;
            };
            return Err(shape(&self.path(k), problem));
        }
        Ok(())
    }

    fn path(&self, name: &str) -> String {
        format!("{}.{name}", self.at)
    }

    fn get(&self, name: &str) -> Option<&'j Json<'a>> {
        self.members.iter().find(|(k, _)| k == name).map(|(_, v)| v)
    }

    /// A required member with its path, for readers that need more than a value.
    pub(crate) fn field(&self, name: &'static str) -> R<(&'j Json<'a>, String)> {
        match self.get(name) {
            Some(v) => Ok((v, self.path(name))),
            None => Err(shape(self.at, Shape::MissingField(name))),
        }
    }

    pub(crate) fn req<T>(&self, name: &'static str, read: fn(&Json, &str) -> R<T>) -> R<T> {
        let (v, at) = self.field(name)?;
        read(v, &at)
    }

    /// A required list, each element read by `read`.
    pub(crate) fn list<T>(&self, name: &'static str, read: fn(&Json, &str) -> R<T>) -> R<Vec<T>> {
        let (v, at) = self.field(name)?;
        list(v, &at, read)
    }

    /// Absent or `null` is `None`.
    fn opt<T>(&self, name: &str, read: fn(&Json, &str) -> R<T>) -> R<Option<T>> {
        match self.get(name) {
            None | Some(Json::Null) => Ok(None),
            Some(v) => read(v, &self.path(name)).map(Some),
        }
    }

    /// Absent is the default (`false`, empty); present must have the right type.
    fn or_default<T: Default>(&self, name: &str, read: fn(&Json, &str) -> R<T>) -> R<T> {
        match self.get(name) {
            None => Ok(T::default()),
            Some(v) => read(v, &self.path(name)),
        }
    }
}

pub(crate) fn string(v: &Json, at: &str) -> R<String> {
    match v {
        Json::String(s) => Ok(s.to_string()),
        _ => Err(wrong(v, at, Kind::String)),
    }
}

fn boolean(v: &Json, at: &str) -> R<bool> {
    match v {
        Json::Bool(b) => Ok(*b),
        _ => Err(wrong(v, at, Kind::Boolean)),
    }
}

/// A whole number written as one (`3`, not `3.0`), 0 to 2³²−1.
pub(crate) fn whole(v: &Json, at: &str) -> R<u32> {
    match v {
        Json::Number(n) => n.parse().map_err(|_| wrong(v, at, Kind::WholeNumber)),
        _ => Err(wrong(v, at, Kind::WholeNumber)),
    }
}

fn number(n: &str) -> f64 {
    // The parser only lets through JSON's number grammar, which Rust's parser
    // accepts whole; a number too large for f64 becomes infinite and is
    // reported by `validate` as not finite.
    n.parse().unwrap_or(f64::NAN)
}

fn value(v: &Json, at: &str) -> R<Value> {
    match v {
        Json::Number(n) => Ok(Value::Number(number(n))),
        Json::String(s) if s == SUPPRESSED_MARKER => Ok(Value::Suppressed),
        _ => Err(wrong(v, at, Kind::NumberOrMarker)),
    }
}

pub(crate) fn list<T>(v: &Json, at: &str, read: fn(&Json, &str) -> R<T>) -> R<Vec<T>> {
    match v {
        Json::Array(items) => items
            .iter()
            .enumerate()
            .map(|(i, item)| read(item, &format!("{at}[{i}]")))
            .collect(),
        _ => Err(wrong(v, at, Kind::Array)),
    }
}

fn strings(v: &Json, at: &str) -> R<Vec<String>> {
    list(v, at, string)
}

/// One of a fixed list of names (`snake_case`, as the schema spells them).
fn named<T: Copy>(v: &Json, at: &str, names: &[(&str, T)]) -> R<T> {
    let Json::String(s) = v else {
        return Err(wrong(v, at, Kind::String));
    };
    names
        .iter()
        .find(|(name, _)| name == s)
        .map(|(_, t)| *t)
        .ok_or_else(|| {
            let expected: Vec<&str> = names.iter().map(|(n, _)| *n).collect();
            shape(
                at,
                Shape::UnknownName {
                    found: format!("{s:?}"),
                    expected: expected.join(", "),
                },
            )
        })
}

pub(crate) fn text(v: &Json, at: &str) -> R<Text> {
    let o = Obj::record(v, at, &["sv", "en"])?;
    Ok(Text {
        sv: o.or_default("sv", string)?,
        en: o.or_default("en", string)?,
    })
}

pub(crate) fn licence(v: &Json, at: &str) -> R<Licence> {
    let o = Obj::record(v, at, &["id", "name", "url"])?;
    Ok(Licence {
        id: o.req("id", string)?,
        name: o.req("name", text)?,
        url: o.req("url", string)?,
    })
}

pub(crate) fn source(v: &Json, at: &str) -> R<Source> {
    let o = Obj::record(
        v,
        at,
        &["id", "title", "publisher", "date", "date_note", "url"],
    )?;
    Ok(Source {
        id: o.req("id", string)?,
        title: o.req("title", string)?,
        publisher: o.req("publisher", string)?,
        date: o.req("date", string)?,
        date_note: o.opt("date_note", text)?,
        url: o.opt("url", string)?,
    })
}

pub(crate) fn partnership(v: &Json, at: &str) -> R<Partnership> {
    let o = Obj::record(
        v,
        at,
        &[
            "name",
            "short_name",
            "period",
            "age_range",
            "parties",
            "governance",
            "values",
            "aims",
        ],
    )?;
    Ok(Partnership {
        name: o.req("name", text)?,
        short_name: o.req("short_name", text)?,
        period: o.req("period", period)?,
        age_range: o.req("age_range", age_range)?,
        parties: o.list("parties", party)?,
        governance: o.list("governance", item)?,
        values: o.list("values", item)?,
        aims: o.list("aims", item)?,
    })
}

fn period(v: &Json, at: &str) -> R<Period> {
    let o = Obj::record(
        v,
        at,
        &[
            "start",
            "planned_end",
            "actual_end",
            "actual_end_approximate",
            "note",
            "sources",
        ],
    )?;
    Ok(Period {
        start: o.req("start", string)?,
        planned_end: o.req("planned_end", string)?,
        actual_end: o.req("actual_end", string)?,
        actual_end_approximate: o.or_default("actual_end_approximate", boolean)?,
        note: o.req("note", text)?,
        sources: o.req("sources", strings)?,
    })
}

fn age_range(v: &Json, at: &str) -> R<AgeRange> {
    let o = Obj::record(v, at, &["min", "max", "sources"])?;
    Ok(AgeRange {
        min: o.req("min", whole)?,
        max: o.req("max", whole)?,
        sources: o.req("sources", strings)?,
    })
}

fn party(v: &Json, at: &str) -> R<Party> {
    let o = Obj::record(
        v,
        at,
        &[
            "id",
            "name",
            "kind",
            "joined",
            "uncertain",
            "caveat",
            "sources",
        ],
    )?;
    Ok(Party {
        id: o.req("id", string)?,
        name: o.req("name", text)?,
        kind: o.req("kind", |v, at| named(v, at, PartyKind::NAMES))?,
        joined: o.req("joined", string)?,
        uncertain: o.or_default("uncertain", boolean)?,
        caveat: o.opt("caveat", text)?,
        sources: o.req("sources", strings)?,
    })
}

fn item(v: &Json, at: &str) -> R<Item> {
    let o = Obj::record(v, at, &["id", "label", "description", "sources"])?;
    Ok(Item {
        id: o.req("id", string)?,
        label: o.req("label", text)?,
        description: o.opt("description", text)?,
        sources: o.req("sources", strings)?,
    })
}

pub(crate) fn service(v: &Json, at: &str) -> R<Service> {
    let o = Obj::record(v, at, &["id", "label", "known_activities", "sources"])?;
    Ok(Service {
        id: o.req("id", string)?,
        label: o.req("label", text)?,
        known_activities: o.or_default("known_activities", |v, at| list(v, at, activity))?,
        sources: o.req("sources", strings)?,
    })
}

fn activity(v: &Json, at: &str) -> R<Activity> {
    let o = Obj::record(v, at, &["party", "description", "date", "sources"])?;
    Ok(Activity {
        party: o.req("party", string)?,
        description: o.req("description", text)?,
        date: o.opt("date", string)?,
        sources: o.req("sources", strings)?,
    })
}

fn topic(v: &Json, at: &str) -> R<Topic> {
    named(v, at, Topic::NAMES)
}

fn unit(v: &Json, at: &str) -> R<Unit> {
    named(v, at, Unit::NAMES)
}

fn sourced_value(v: &Json, at: &str) -> R<SourcedValue> {
    let o = Obj::record(v, at, &["value", "qualifier", "sources", "note"])?;
    Ok(SourcedValue {
        value: o.req("value", value)?,
        qualifier: o.opt("qualifier", |v, at| named(v, at, Qualifier::NAMES))?,
        sources: o.req("sources", strings)?,
        note: o.opt("note", text)?,
    })
}

pub(crate) fn figure(v: &Json, at: &str) -> R<Figure> {
    let o = Obj::record(
        v,
        at,
        &[
            "id",
            "topic",
            "label",
            "unit",
            "date",
            "values",
            "caveat",
            "uncertain",
            "headline",
        ],
    )?;
    Ok(Figure {
        id: o.req("id", string)?,
        topic: o.req("topic", topic)?,
        label: o.req("label", text)?,
        unit: o.req("unit", unit)?,
        date: o.req("date", string)?,
        values: o.list("values", sourced_value)?,
        caveat: o.opt("caveat", text)?,
        uncertain: o.or_default("uncertain", boolean)?,
        headline: o.or_default("headline", boolean)?,
    })
}

pub(crate) fn series(v: &Json, at: &str) -> R<Series> {
    let o = Obj::record(v, at, &["id", "topic", "label", "unit", "caveat", "points"])?;
    Ok(Series {
        id: o.req("id", string)?,
        topic: o.req("topic", topic)?,
        label: o.req("label", text)?,
        unit: o.req("unit", unit)?,
        caveat: o.opt("caveat", text)?,
        points: o.list("points", point)?,
    })
}

/// `value: null` is a gap, kept as `None` (never a zero).
fn point(v: &Json, at: &str) -> R<Point> {
    let o = Obj::record(v, at, &["period", "value", "sources", "uncertain", "note"])?;
    Ok(Point {
        period: o.req("period", string)?,
        value: o.req("value", |v, at| match v {
            Json::Null => Ok(None),
            v => value(v, at).map(Some),
        })?,
        sources: o.or_default("sources", strings)?,
        uncertain: o.or_default("uncertain", boolean)?,
        note: o.opt("note", text)?,
    })
}

pub(crate) fn event(v: &Json, at: &str) -> R<Event> {
    let o = Obj::record(v, at, &["id", "date", "approximate", "label", "sources"])?;
    Ok(Event {
        id: o.req("id", string)?,
        date: o.req("date", string)?,
        approximate: o.or_default("approximate", boolean)?,
        label: o.req("label", text)?,
        sources: o.req("sources", strings)?,
    })
}

/// The records of an array read one by one: a broken one is left out and its
/// problem and original index recorded, so the rest can still be shown.
pub(crate) fn records<T>(
    v: &Json,
    at: &str,
    read: fn(&Json, &str) -> R<T>,
    problems: &mut Vec<Issue>,
    removed: &mut Vec<usize>,
) -> R<Vec<T>> {
    let Json::Array(items) = v else {
        return Err(wrong(v, at, Kind::Array));
    };
    let mut kept = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        match read(item, &format!("{at}[{i}]")) {
            Ok(t) => kept.push(t),
            Err(issue) => {
                problems.push(issue);
                removed.push(i);
            }
        }
    }
    Ok(kept)
}
