//! The published dataset as Rust types, read by serde's derived deserializers.
//!
//! The types mirror `data/iop-ensamkommande.schema.json` one to one, so a file that
//! a partner checked with a standard JSON Schema tool also reads here (serde
//! checks the shapes, `validate` the rules that need more than one value).
//! Unknown fields are refused: a misspelt name (`"sorces"`) would otherwise
//! vanish silently and a figure would lose its provenance.

use serde::{Deserialize, Deserializer};

/// An enum written in the JSON as one of a fixed list of `snake_case` names. The
/// one table serves reading (serde) and writing (downloads), so they agree.
macro_rules! named {
    ($(#[$m:meta])* pub enum $name:ident { $($(#[$doc:meta])* $variant:ident = $id:literal,)* }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
        pub enum $name {
            $($(#[$doc])* #[serde(rename = $id)] $variant,)*
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
/// rejected as a whole rather than half-understood; a version-1 file is told
/// how to migrate (`data::migrate`).
pub const SUPPORTED_SCHEMA_VERSION: u32 = 2;

/// The marker that stands in for a suppressed count (1–4 people).
pub const SUPPRESSED_MARKER: &str = "<5";

/// A text in both publication languages. A missing language is read as empty, so
/// that validation reports it as one clear rule instead of a missing field.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    #[serde(default)]
    pub sv: String,
    #[serde(default)]
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
    /// Who publishes the file and how data catalogues should describe it: what
    /// the build's DCAT-AP-SE catalogue, schema.org markup and oEmbed answers say
    /// (optional, so a file without it still reads; the build then writes none).
    pub catalogue: Option<Catalogue>,
    pub sources: Vec<Source>,
    pub partnership: Partnership,
    pub services: Vec<Service>,
    pub figures: Vec<Figure>,
    pub series: Vec<Series>,
    pub timeline: Vec<Event>,
    /// The charts of the dashboard, in page order (schema 2).
    pub views: Vec<View>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Licence {
    /// SPDX identifier, e.g. `CC0-1.0`.
    pub id: String,
    pub name: Text,
    pub url: String,
}

/// How the dataset is described to data catalogues (Sveriges dataportal
/// harvests DCAT-AP-SE; dataset search engines read schema.org) and to the sites
/// that embed its charts. Written by the people who publish the file, since only
/// they know who answers for it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Catalogue {
    /// The organisation that publishes the data and answers for it.
    pub publisher: Agent,
    /// Where a reader asks about the data: an e-mail address, a web page, or both.
    pub contact: Contact,
    /// Search words, in each language.
    pub keywords: Keywords,
    /// Codes of the EU's data themes (`SOCI`: population and society), which
    /// Sveriges dataportal files datasets under.
    pub themes: Vec<String>,
    /// The place the data are about.
    pub place: Text,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Agent {
    pub name: Text,
    /// Its web site.
    pub url: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub name: Text,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
}

impl Contact {
    /// Where a reader's question goes: the e-mail address where there is one
    /// (a question or a correction reaches a person), else the web page.
    pub fn href(&self) -> Option<String> {
        match (&self.email, &self.url) {
            (Some(email), _) => Some(format!("mailto:{email}")),
            (None, Some(url)) => Some(url.clone()),
            (None, None) => None,
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Keywords {
    #[serde(default)]
    pub sv: Vec<String>,
    #[serde(default)]
    pub en: Vec<String>,
}

/// The EU's data themes (the Publications Office's authority table), the
/// vocabulary DCAT-AP and DCAT-AP-SE use for a dataset's theme.
pub const DATA_THEMES: [&str; 14] = [
    "AGRI",
    "ECON",
    "EDUC",
    "ENER",
    "ENVI",
    "GOVE",
    "HEAL",
    "INTR",
    "JUST",
    "OP_DATPRO",
    "REGI",
    "SOCI",
    "TECH",
    "TRAN",
];

impl Source {
    /// How short source lines name the publisher: its short name, else the
    /// publisher itself. The line's date is `i18n::format::citation`'s to choose.
    pub fn cited_name(&self) -> &str {
        self.short_name.as_deref().unwrap_or(&self.publisher)
    }
}

impl Licence {
    /// "CC0 1.0" from the SPDX id `CC0-1.0`: the short name credits print.
    pub fn short(&self) -> String {
        match self.id.rsplit_once('-') {
            Some((name, version)) => format!("{name} {version}"),
            None => self.id.clone(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    /// The document's own title, in its own language: never translated.
    pub title: String,
    pub publisher: String,
    /// How a short source line names the publisher ("Forum" for "Forum –
    /// idéburna organisationer med social inriktning"); the publisher if absent.
    #[serde(default)]
    pub short_name: Option<String>,
    /// ISO-8601 date at the precision the source gives (`2016`, `2015-03`, `2017-05-04`).
    pub date: String,
    /// What the date means when it is not a plain publication date
    /// ("about", "updated", "figures to October 2015").
    #[serde(default)]
    pub date_note: Option<Text>,
    /// Absent when no address is known; never guessed.
    #[serde(default)]
    pub url: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
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

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Party {
    pub id: String,
    pub name: Text,
    pub kind: PartyKind,
    /// ISO-8601 date the party joined, at the precision known.
    pub joined: String,
    #[serde(default)]
    pub uncertain: bool,
    #[serde(default)]
    pub caveat: Option<Text>,
    pub sources: Vec<String>,
}

/// A labelled entry of a list (governance body, value, aim).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    pub id: String,
    pub label: Text,
    #[serde(default)]
    pub description: Option<Text>,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Service {
    pub id: String,
    pub label: Text,
    /// What is known of who delivered it. Empty means unknown, and is shown so.
    #[serde(default)]
    pub known_activities: Vec<Activity>,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Activity {
    pub party: String,
    pub description: Text,
    #[serde(default)]
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

/// What a published value may be, as serde's "expected …" (the reader's error
/// type recognises it, to word the problem in the reader's language).
pub const EXPECTED_VALUE: &str = "a number or the marker \"<5\"";

impl<'de> Deserialize<'de> for Value {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Value, D::Error> {
        struct Visit;
        impl serde::de::Visitor<'_> for Visit {
            type Value = Value;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str(EXPECTED_VALUE)
            }
            fn visit_u64<E: serde::de::Error>(self, n: u64) -> Result<Value, E> {
                Ok(Value::Number(n as f64))
            }
            fn visit_i64<E: serde::de::Error>(self, n: i64) -> Result<Value, E> {
                Ok(Value::Number(n as f64))
            }
            fn visit_f64<E: serde::de::Error>(self, n: f64) -> Result<Value, E> {
                Ok(Value::Number(n))
            }
            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Value, E> {
                if s == SUPPRESSED_MARKER {
                    Ok(Value::Suppressed)
                } else {
                    Err(E::invalid_type(serde::de::Unexpected::Str(s), &self))
                }
            }
        }
        d.deserialize_any(Visit)
    }
}

/// `null` is a gap (`None`, never a zero); anything else must be a value.
fn gap_or_value<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Value>, D::Error> {
    Option::<Value>::deserialize(d)
}

named! {
    /// How a source words its number: "about 900", "drygt 270".
    pub enum Qualifier {
        About = "about",
        JustOver = "just_over",
    }
}

/// One source's value for a figure. Sources that disagree each get their own.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourcedValue {
    pub value: Value,
    #[serde(default)]
    pub qualifier: Option<Qualifier>,
    pub sources: Vec<String>,
    #[serde(default)]
    pub note: Option<Text>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    pub id: String,
    pub topic: Topic,
    pub label: Text,
    pub unit: Unit,
    /// ISO-8601 date (`2015-10`) or interval (`2015/2017`) the figure refers to.
    pub date: String,
    pub values: Vec<SourcedValue>,
    #[serde(default)]
    pub caveat: Option<Text>,
    #[serde(default)]
    pub uncertain: bool,
    /// Shown among the key numbers at the top of the page.
    #[serde(default)]
    pub headline: bool,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Series {
    pub id: String,
    pub topic: Topic,
    pub label: Text,
    pub unit: Unit,
    #[serde(default)]
    pub caveat: Option<Text>,
    pub points: Vec<Point>,
}

impl Series {
    /// Its figures in time order (the file's, a rule of the validator), each
    /// with its point; the periods without one (a gap, a withheld count) are
    /// left out.
    pub fn figures(&self) -> impl Iterator<Item = (&Point, f64)> {
        self.points
            .iter()
            .filter_map(|p| p.value.and_then(Value::number).map(|v| (p, v)))
    }

    /// The highest figure, the first of equal ones (the earliest period that
    /// reached it): the takeaway's `{peak}` and the chart's trend sentence
    /// name the same one.
    pub fn peak(&self) -> Option<(&Point, f64)> {
        first_highest(self.figures(), |(_, v)| *v)
    }

    /// The lowest figure, the first of equal ones.
    pub fn lowest(&self) -> Option<(&Point, f64)> {
        first_highest(self.figures(), |(_, v)| -v)
    }
}

/// The item with the highest score, the first of equal ones: a reader
/// scanning left to right names the first peak, low or step they meet.
pub fn first_highest<T>(
    items: impl IntoIterator<Item = T>,
    score: impl Fn(&T) -> f64,
) -> Option<T> {
    items
        .into_iter()
        .fold(None, |best: Option<(T, f64)>, item| {
            let s = score(&item);
            match best {
                Some((_, b)) if s <= b => best,
                _ => Some((item, s)),
            }
        })
        .map(|(item, _)| item)
}

/// One period of a series. `value: null` is a gap (no figure found), never a zero;
/// a gap must say why in `note`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Point {
    pub period: String,
    /// Required, but may be `null`: a gap must be written, never left out.
    #[serde(deserialize_with = "gap_or_value")]
    pub value: Option<Value>,
    #[serde(default)]
    pub sources: Vec<String>,
    #[serde(default)]
    pub uncertain: bool,
    #[serde(default)]
    pub note: Option<Text>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
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

// ---- Views (schema 2): the charts, declared in the data ----

/// One chart of the dashboard, as its publisher declares it: what it is called,
/// what it says, and which records of the file its panels show. The code knows
/// panel kinds, never a view or figure of a particular file.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct View {
    /// Stable: the chart's address (`?chart=`), embed and file names use it.
    pub id: String,
    pub title: Text,
    #[serde(default)]
    pub subtitle: Option<Text>,
    /// One sentence with placeholders (`{value:figure-id}`), resolved in the
    /// reader's language from the data; see `data::template`.
    pub takeaway: Text,
    pub panels: Vec<Panel>,
    /// Anything the reader needs to read the chart right, beyond the caveats of
    /// the figures it shows (which are added by themselves).
    #[serde(default)]
    pub notes: Vec<Text>,
}

named! {
    /// How a panel draws its marks; each kind is one module in `chart::kinds`.
    pub enum PanelKind {
        /// Bars from zero, for comparing figures (categories).
        Bars = "bars",
        /// One series as columns on its time axis (a missing period is a gap).
        Columns = "columns",
        /// Events as dots on one time axis.
        Timeline = "timeline",
        /// Parties by services: who delivered what, according to the sources.
        Matrix = "matrix",
        /// Key figures as big numbers; disagreeing sources stay side by side.
        Numbers = "numbers",
        /// A per-cent figure as a part of its whole.
        Share = "share",
        /// Parties and services as a labelled list (who did what).
        List = "list",
    }
}

/// What a panel kind can show: the records a mark may refer to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Target {
    Figure,
    Series,
    Event,
    Party,
    Service,
}

impl Target {
    pub const ALL: [Target; 5] = [
        Target::Figure,
        Target::Series,
        Target::Event,
        Target::Party,
        Target::Service,
    ];

    /// The field name in a mark reference (`{"figure": "id"}`).
    pub fn id(self) -> &'static str {
        match self {
            Target::Figure => "figure",
            Target::Series => "series",
            Target::Event => "event",
            Target::Party => "party",
            Target::Service => "service",
        }
    }
}

impl PanelKind {
    /// The records this kind can draw.
    pub fn shows(self) -> &'static [Target] {
        match self {
            PanelKind::Bars => &[Target::Figure, Target::Series],
            PanelKind::Columns => &[Target::Series],
            PanelKind::Timeline => &[Target::Event],
            PanelKind::Matrix | PanelKind::List => &[Target::Party, Target::Service],
            PanelKind::Numbers | PanelKind::Share => &[Target::Figure],
        }
    }

    /// Whether the panel's marks share one value axis (and so one unit).
    pub fn one_axis(self) -> bool {
        matches!(self, PanelKind::Bars | PanelKind::Columns)
    }

    /// How many marks the panel may have at most: a time axis is one series'.
    pub fn most_marks(self) -> Option<usize> {
        match self {
            PanelKind::Columns => Some(1),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Panel {
    pub kind: PanelKind,
    /// Absent: the kind names the panel (a series' label, a timeline's years).
    #[serde(default)]
    pub title: Option<Text>,
    pub marks: Vec<MarkRef>,
}

named! {
    /// A mark that shows another kind of quantity than its neighbours (the
    /// places the IOP made possible beside the city's places): drawn apart.
    pub enum Emphasis {
        Primary = "primary",
        Secondary = "secondary",
    }
}

/// A reference from a panel to one record of the file: exactly one of the
/// fields is set (`{"figure": "figure-id"}`).
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MarkRef {
    #[serde(default)]
    pub figure: Option<String>,
    #[serde(default)]
    pub series: Option<String>,
    #[serde(default)]
    pub event: Option<String>,
    #[serde(default)]
    pub party: Option<String>,
    #[serde(default)]
    pub service: Option<String>,
    #[serde(default)]
    pub style: Option<Emphasis>,
    /// The record's shorter name in this chart, where the chart's and panel's
    /// titles say the rest ("Prognos, mars" under "Göteborg 2015"), as a data
    /// desk writes one: a label that fits beside its bar, a timeline entry on
    /// one line, a matrix heading. The table, the downloads, the tooltip and
    /// the mark's name keep the record's own label. Not a series' (its panel's
    /// `title` names it).
    #[serde(default)]
    pub label: Option<Text>,
}

impl MarkRef {
    /// Every record this reference names (one, in a valid file).
    pub fn targets(&self) -> impl Iterator<Item = (Target, &str)> {
        [
            (Target::Figure, &self.figure),
            (Target::Series, &self.series),
            (Target::Event, &self.event),
            (Target::Party, &self.party),
            (Target::Service, &self.service),
        ]
        .into_iter()
        .filter_map(|(t, id)| id.as_deref().map(|id| (t, id)))
    }

    /// The one record this reference names, if it names exactly one.
    pub fn target(&self) -> Option<(Target, &str)> {
        let mut all = self.targets();
        match (all.next(), all.next()) {
            (Some(one), None) => Some(one),
            _ => None,
        }
    }
}

impl Dataset {
    /// Whom a reader asks about the data, where the file's catalogue says.
    pub fn contact(&self) -> Option<&Contact> {
        self.catalogue.as_ref().map(|c| &c.contact)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    pub fn party(&self, id: &str) -> Option<&Party> {
        self.partnership.parties.iter().find(|p| p.id == id)
    }

    pub fn figure(&self, id: &str) -> Option<&Figure> {
        self.figures.iter().find(|f| f.id == id)
    }

    pub fn series_by_id(&self, id: &str) -> Option<&Series> {
        self.series.iter().find(|s| s.id == id)
    }

    pub fn event(&self, id: &str) -> Option<&Event> {
        self.timeline.iter().find(|e| e.id == id)
    }

    pub fn service(&self, id: &str) -> Option<&Service> {
        self.services.iter().find(|s| s.id == id)
    }

    pub fn view(&self, id: &str) -> Option<&View> {
        self.views.iter().find(|v| v.id == id)
    }

    /// Whether the file has a record of this kind with this id.
    pub fn has(&self, target: Target, id: &str) -> bool {
        match target {
            Target::Figure => self.figure(id).is_some(),
            Target::Series => self.series_by_id(id).is_some(),
            Target::Event => self.event(id).is_some(),
            Target::Party => self.party(id).is_some(),
            Target::Service => self.service(id).is_some(),
        }
    }

    /// "12 sources, 11 parties, …": what the commands say of a file they read.
    pub fn counts(&self) -> String {
        format!(
            "{} sources, {} parties, {} services, {} figures, {} series, {} timeline events, {} views",
            self.sources.len(),
            self.partnership.parties.len(),
            self.services.len(),
            self.figures.len(),
            self.series.len(),
            self.timeline.len(),
            self.views.len()
        )
    }

    pub fn headline_figures(&self) -> impl Iterator<Item = &Figure> {
        self.figures.iter().filter(|f| f.headline)
    }
}

#[cfg(test)]
mod tests {
    use super::{Contact, Text};

    fn contact(email: Option<&str>, url: Option<&str>) -> Contact {
        Contact {
            name: Text {
                sv: "Staden".into(),
                en: "The city".into(),
            },
            email: email.map(Into::into),
            url: url.map(Into::into),
        }
    }

    #[test]
    fn a_question_goes_by_e_mail_where_there_is_an_address() {
        let both = contact(Some("data@example.se"), Some("https://example.se/"));
        assert_eq!(both.href().as_deref(), Some("mailto:data@example.se"));
        let page = contact(None, Some("https://example.se/"));
        assert_eq!(page.href().as_deref(), Some("https://example.se/"));
        assert_eq!(contact(None, None).href(), None);
    }
}
