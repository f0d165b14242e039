//! What can be wrong with a dataset file, as data: the JSON path where it was
//! found and what it is. The words for each problem, in Swedish and English,
//! belong to the layer that shows them (`i18n::problems`), so this module names
//! no language.

use super::model::Target;

/// The whole file's JSONPath: where a fault in its JSON, or in the file as a
/// whole, is reported.
pub const ROOT: &str = "$";

/// One problem in a dataset file.
#[derive(Debug, Clone, PartialEq)]
pub struct Issue {
    /// JSONPath of the offending value, `ROOT` for the whole file.
    pub path: String,
    pub problem: Problem,
}

impl Issue {
    pub fn new(path: impl Into<String>, problem: Problem) -> Issue {
        Issue {
            path: path.into(),
            problem,
        }
    }

    /// Whether the problem is the whole file's, not one value's: its path
    /// says nothing a keeper could look for.
    pub fn is_at_root(&self) -> bool {
        self.path == ROOT
    }

    /// Whether the problem lies inside the value at `path` (`$.views[2]`).
    pub fn is_inside(&self, path: &str) -> bool {
        self.path
            .strip_prefix(path)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(['.', '[']))
    }
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
    /// A file of schema version 1: readable after `validate --migrate`.
    OldVersion {
        found: u32,
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
    /// An id that the dashboard keeps for itself (the key-figures widget).
    ReservedId(String),
    UnknownSource(String),
    UnknownParty(String),
    NoSources,
    NoValues,
    /// Not one date (an event's, a party's joining): an interval is none.
    BadDate(String),
    /// Not a date or an interval START/END (a figure's, a source's).
    BadPeriod(String),
    BadUrl(String),
    /// Not an e-mail address (`name@example.se`).
    BadEmail(String),
    /// A contact with neither an e-mail address nor a web page.
    NoContactWay,
    /// A keyword with a `;`, which separates keywords in the tables.
    KeywordSeparator,
    /// Not one of the EU's data theme codes.
    UnknownTheme(String),
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
    /// Two sources with one cited name and one date: every short source line,
    /// key figure and image would cite them alike (`citation`, as "name date"),
    /// and a reader could not tell which backs a figure (`first`: the other).
    CitedAlike {
        citation: String,
        first: String,
    },
    /// A series lists the same period twice (where it was first).
    DuplicatePeriod {
        period: String,
        first: String,
    },
    BadAgeRange,
    /// A view without panels, or a panel without marks.
    Empty,
    /// A mark reference must name exactly one record (it names `found`).
    TargetCount {
        found: usize,
    },
    /// This panel kind cannot draw that kind of record.
    KindCannotShow {
        kind: &'static str,
        target: Target,
    },
    /// A series' mark with a shorter `label`: a series names its panel, and
    /// the panel's `title` is where a view names it otherwise.
    LabelOfSeries,
    /// More marks than the kind draws (a time axis shows one series).
    TooManyMarks {
        kind: &'static str,
        most: usize,
    },
    /// A share panel shows parts of a whole: per-cent figures only.
    NotAShare {
        unit: &'static str,
    },
    /// A reference to a record the file does not have.
    UnknownReference {
        target: Target,
        id: String,
    },
    /// A reference to a record that was left out because of its own problems
    /// (only when the app reads a file leniently).
    LeftOut {
        target: Target,
        id: String,
    },
    /// Two quantities of different units on one scale (`first` is the unit
    /// the panel started with).
    MixedUnits {
        first: &'static str,
        this: &'static str,
    },
    /// A takeaway's placeholder that cannot be resolved.
    Placeholder {
        placeholder: String,
        reason: Unresolved,
    },
    /// The Swedish and English takeaways use different placeholders, so they
    /// would not say the same.
    PlaceholdersDiffer {
        sv: Vec<String>,
        en: Vec<String>,
    },
}

/// Why a takeaway placeholder cannot be resolved (see `data::template`).
#[derive(Debug, Clone, PartialEq)]
pub enum Unresolved {
    /// A `{` without its `}`.
    Unclosed,
    /// Not one of the placeholders the format knows.
    UnknownName,
    /// The placeholder takes `expected` arguments (`{ratio:a:b}` takes two).
    Arguments { expected: usize },
    /// It names a record the file does not have.
    Missing { target: Target, id: String },
    /// It needs a number and the figure has none (a suppressed count).
    NoNumber(String),
    /// It needs a series' highest value and no point of the series has a
    /// number (each is withheld or without a figure).
    NoPeak(String),
    /// `{count:…}` of something the format does not count.
    UnknownCount(String),
    /// A ratio below 1.1, or by zero: not "N times as many".
    Ratio,
    /// A share above 100 % or of zero: not a part of a whole.
    Share,
}

/// How the JSON itself is broken (serde_json's reasons, without its words).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SyntaxError {
    Eof,
    ExpectedValue,
    ExpectedColon,
    /// `,` or the closing bracket that was expected.
    ExpectedCommaOr(char),
    ExpectedKey,
    TrailingText,
    TrailingComma,
    ControlInString,
    BadEscape,
    BadNumber,
    TooDeep,
    /// Anything else serde_json reports.
    Other,
}

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
    /// Something serde expects that has no name of ours (kept in English).
    Other,
}

/// What is wrong with the shape of a value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Shape {
    WrongType {
        expected: Kind,
        found: Kind,
    },
    MissingField(String),
    UnknownField(String),
    DuplicateField(String),
    /// A name outside a fixed list (a unit, a topic); the list, comma-separated.
    UnknownName {
        found: String,
        expected: String,
    },
    /// A message of serde's that has no structured form (English only).
    Other(String),
}
