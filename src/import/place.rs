//! Where in the tables something is wrong, and what, in the editor's words:
//! "sheet figures, row 12, column H (value)", the way a spreadsheet shows it.

use crate::data::Issue;
use crate::i18n::{problem_message, Lang};
use std::fmt;

/// Whether a table came from a workbook's sheet or a CSV file: it decides how
/// a place is named (row and column letter, or line and column name).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    Sheet,
    Csv,
}

/// A cell, a row or a whole table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    pub table: String,
    pub origin: Origin,
    /// The row (sheet) or line (CSV) number as the editor sees it; 0: the table.
    pub row: u64,
    /// The column's index from 0 and its name in the header row.
    pub column: Option<(usize, String)>,
}

/// The spreadsheet's letters for a column index from 0: A … Z, AA, AB …
pub fn column_letters(index: usize) -> String {
    let mut n = index + 1;
    let mut letters = Vec::new();
    while n > 0 {
        let rest = (n - 1) % 26;
        letters.push(char::from(b'A' + rest as u8));
        n = (n - 1) / 26;
    }
    letters.iter().rev().collect()
}

impl Place {
    pub fn describe(&self, lang: Lang) -> String {
        let sv = lang == Lang::Sv;
        let mut out = match (self.origin, sv) {
            (Origin::Sheet, true) => format!("bladet {}", self.table),
            (Origin::Sheet, false) => format!("sheet {}", self.table),
            (Origin::Csv, _) => format!("{}.csv", self.table),
        };
        if self.row > 0 {
            out.push_str(&match (self.origin, sv) {
                (Origin::Sheet, true) => format!(", rad {}", self.row),
                (Origin::Sheet, false) => format!(", row {}", self.row),
                (Origin::Csv, true) => format!(", rad {}", self.row),
                (Origin::Csv, false) => format!(", line {}", self.row),
            });
        }
        if let Some((index, name)) = &self.column {
            let column = if sv { "kolumn" } else { "column" };
            out.push_str(&match self.origin {
                Origin::Sheet => format!(", {column} {} ({name})", column_letters(*index)),
                Origin::Csv => format!(", {column} {name}"),
            });
        }
        out
    }
}

/// What is wrong.
#[derive(Debug, Clone, PartialEq)]
pub enum Wrong {
    /// No sheet (or CSV file) of this table.
    MissingTable,
    MissingColumn(String),
    /// A header the table does not have: a misspelt name would lose its column.
    UnknownColumn(String),
    DuplicateColumn(String),
    /// Values in a column without a header.
    UnnamedColumn,
    /// A table that holds one record has `found` rows of data.
    OneRow {
        found: usize,
    },
    /// An empty cell where the record needs a value.
    Required,
    NotANumber(String),
    NotWhole(String),
    NotABoolean(String),
    /// The cell shows a spreadsheet error (`#REF!`).
    SpreadsheetError(String),
    /// A number in a row marked suppressed (or a gap).
    NumberAndMarked(&'static str),
    /// No number, and the row is marked neither suppressed nor a gap.
    NoValue {
        gap_allowed: bool,
    },
    /// A column that belongs to the whole record differs from its first row.
    Differs {
        first_row: u64,
    },
    /// A running number (reading, panel, mark, note) out of its sequence.
    OutOfSequence {
        expected: u64,
    },
    /// A value that must be one of a few names.
    NotOneOf {
        found: String,
        allowed: &'static [&'static str],
    },
    /// A row that belongs to a record the table it refers to does not have.
    UnknownRecord {
        table: &'static str,
        id: String,
    },
    /// The dataset assembled from the tables breaks a rule of the format.
    Invalid(Issue),
    /// The file could not be written (never expected; kept, not unwrapped).
    Unwritable(String),
}

impl Wrong {
    pub fn message(&self, lang: Lang) -> String {
        let sv = lang == Lang::Sv;
        let pick = |s: String, e: String| if sv { s } else { e };
        match self {
            Wrong::MissingTable => pick(
                "tabellen saknas (ett blad eller en CSV-fil med det namnet)".into(),
                "the table is missing (a sheet or CSV file of that name)".into(),
            ),
            Wrong::MissingColumn(c) => pick(
                format!("kolumnen \"{c}\" saknas i rubrikraden"),
                format!("the column \"{c}\" is missing from the header row"),
            ),
            Wrong::UnknownColumn(c) => pick(
                format!("okänd kolumn \"{c}\": stavfel? Tabellens kolumner står i README.md i data/"),
                format!("unknown column \"{c}\": a typing error? The table's columns are listed in data/README.md"),
            ),
            Wrong::DuplicateColumn(c) => pick(
                format!("kolumnen \"{c}\" finns två gånger"),
                format!("the column \"{c}\" appears twice"),
            ),
            Wrong::UnnamedColumn => pick(
                "värden i en kolumn utan rubrik".into(),
                "values in a column without a header".into(),
            ),
            Wrong::OneRow { found } => pick(
                format!("tabellen ska ha exakt en rad under rubrikerna, den har {found}"),
                format!("the table must have exactly one row below its header, it has {found}"),
            ),
            Wrong::Required => pick("cellen är tom men behövs".into(), "the cell is empty but needed".into()),
            Wrong::NotANumber(x) => pick(
                format!("\"{x}\" är inte ett tal (skriv till exempel 1500 eller 12.5)"),
                format!("\"{x}\" is not a number (write, for example, 1500 or 12.5)"),
            ),
            Wrong::NotWhole(x) => pick(
                format!("\"{x}\" är inte ett heltal"),
                format!("\"{x}\" is not a whole number"),
            ),
            Wrong::NotABoolean(x) => pick(
                format!("\"{x}\" är inte sant eller falskt (TRUE/FALSE, SANT/FALSKT eller tom cell)"),
                format!("\"{x}\" is not true or false (TRUE/FALSE, or an empty cell for false)"),
            ),
            Wrong::SpreadsheetError(e) => pick(
                format!("cellen visar ett fel i kalkylbladet ({e})"),
                format!("the cell shows a spreadsheet error ({e})"),
            ),
            Wrong::NumberAndMarked(column) => pick(
                format!("ett tal i en rad där {column} är sant: lämna talet tomt eller sätt {column} till falskt"),
                format!("a number in a row where {column} is true: leave the number empty or set {column} to false"),
            ),
            Wrong::NoValue { gap_allowed: true } => pick(
                "inget värde: skriv talet, eller sätt suppressed till sant (1–4 personer) eller gap till sant (ingen uppgift, med en not som säger varför)".into(),
                "no value: write the number, or set suppressed to true (1–4 people) or gap to true (no figure, with a note saying why)".into(),
            ),
            Wrong::NoValue { gap_allowed: false } => pick(
                "inget värde: skriv talet, eller sätt suppressed till sant (1–4 personer)".into(),
                "no value: write the number, or set suppressed to true (1–4 people)".into(),
            ),
            Wrong::Differs { first_row } => pick(
                format!("skiljer sig från postens första rad ({first_row}); kolumnen gäller hela posten, så skriv samma sak på varje rad"),
                format!("differs from the record's first row ({first_row}); the column is the whole record's, so write the same on each of its rows"),
            ),
            Wrong::OutOfSequence { expected } => pick(
                format!("numret ska vara {expected} (numreringen börjar på 1 och går i ordning)"),
                format!("the number should be {expected} (numbering starts at 1 and runs in order)"),
            ),
            Wrong::NotOneOf { found, allowed } => pick(
                format!("\"{found}\" ska vara något av: {}", allowed.join(", ")),
                format!("\"{found}\" should be one of: {}", allowed.join(", ")),
            ),
            Wrong::UnknownRecord { table, id } => pick(
                format!("\"{id}\" finns inte i tabellen {table}"),
                format!("\"{id}\" is not in the table {table}"),
            ),
            Wrong::Invalid(issue) => format!(
                "{} ({})",
                problem_message(&issue.problem, lang),
                issue.path
            ),
            Wrong::Unwritable(e) => e.clone(),
        }
    }
}

/// One problem of an import, at its place in the tables when it has one (a
/// rule of the whole file, such as its schema version, may have none).
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub place: Option<Place>,
    pub wrong: Wrong,
}

impl Problem {
    pub fn message(&self, lang: Lang) -> String {
        match &self.place {
            Some(place) => format!("{}: {}", place.describe(lang), self.wrong.message(lang)),
            None => self.wrong.message(lang),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}
