//! The tables assembled into a dataset file, member by member in the format's
//! own order, noting for every value the cell it came from. What the tables
//! cannot say by themselves (a cell that is not a number, a record whose rows
//! disagree, a running number out of order) is a problem here; every rule of
//! the format itself is left to the validator, which reads the result.

use super::columns;
use super::place::{Origin, Place, Problem, Wrong};
use super::{Assembled, Input, Sheet};
use crate::data::{Target, SUPPRESSED_MARKER};
use crate::export::csv::plain_number;
use crate::export::tables::PARTNERSHIP_LISTS;
use serde_json::{Map, Value as J};
use std::collections::HashMap;

/// Problems and places, gathered while assembling.
#[derive(Default)]
struct Notes {
    problems: Vec<Problem>,
    places: Vec<(String, Place)>,
}

impl Notes {
    fn wrong(&mut self, place: Place, wrong: Wrong) {
        self.problems.push(Problem {
            place: Some(place),
            wrong,
        });
    }
}

/// A table found among the sheets, with its columns by name.
struct Table<'a> {
    name: &'static str,
    sheet: &'a Sheet,
    columns: HashMap<&'static str, usize>,
}

fn cell_name(cell: &Input) -> String {
    match cell {
        Input::Text(s) | Input::Day(s) | Input::Error(s) => s.trim().to_string(),
        Input::Number(x) => plain_number(*x),
        Input::Bool(b) => b.to_string(),
        Input::Empty => String::new(),
    }
}

impl<'a> Table<'a> {
    /// The table and its header, or the problems that keep its cells from being
    /// read (no such sheet, a column missing, unknown or twice).
    fn find(
        sheets: &'a [Sheet],
        name: &'static str,
        expected: &'static [&'static str],
        n: &mut Notes,
    ) -> Option<Table<'a>> {
        let origin = sheets.first().map_or(Origin::Sheet, |s| s.origin);
        let Some(sheet) = sheets.iter().find(|s| s.name == name) else {
            n.wrong(
                Place {
                    table: name.into(),
                    origin,
                    row: 0,
                    column: None,
                },
                Wrong::MissingTable,
            );
            return None;
        };
        let (header_row, header) = match sheet.rows.first() {
            Some((row, cells)) => (*row, cells.as_slice()),
            None => (1, &[][..]),
        };
        let at = |column: Option<(usize, String)>| Place {
            table: name.into(),
            origin: sheet.origin,
            row: header_row,
            column,
        };
        let before = n.problems.len();
        let mut columns = HashMap::new();
        for (i, cell) in header.iter().enumerate() {
            let text = cell_name(cell);
            if text.is_empty() {
                // A column without a header matters only if it holds values.
                let used = sheet.rows.iter().skip(1).any(|(_, row)| {
                    row.get(i)
                        .is_some_and(|c| !matches!(c, Input::Empty) && !cell_name(c).is_empty())
                });
                if used {
                    n.wrong(at(Some((i, String::new()))), Wrong::UnnamedColumn);
                }
                continue;
            }
            match expected.iter().find(|e| **e == text) {
                None => n.wrong(at(Some((i, text.clone()))), Wrong::UnknownColumn(text)),
                Some(known) => {
                    if columns.insert(*known, i).is_some() {
                        n.wrong(at(Some((i, text.clone()))), Wrong::DuplicateColumn(text));
                    }
                }
            }
        }
        for column in expected {
            if !columns.contains_key(column) {
                n.wrong(at(None), Wrong::MissingColumn((*column).into()));
            }
        }
        (n.problems.len() == before).then_some(Table {
            name,
            sheet,
            columns,
        })
    }

    /// Its records: every row below the header with anything in it.
    fn rows(&self) -> Vec<Row<'_>> {
        self.sheet
            .rows
            .iter()
            .skip(1)
            .filter(|(_, cells)| cells.iter().any(|c| !cell_name(c).is_empty()))
            .map(|(number, cells)| Row {
                table: self,
                number: *number,
                cells,
            })
            .collect()
    }

    fn place(&self) -> Place {
        Place {
            table: self.name.into(),
            origin: self.sheet.origin,
            row: 0,
            column: None,
        }
    }
}

/// One row of a table.
#[derive(Clone, Copy)]
struct Row<'a> {
    table: &'a Table<'a>,
    number: u64,
    cells: &'a [Input],
}

impl<'a> Row<'a> {
    fn place(&self, column: &str) -> Place {
        let index = self.table.columns.get(column).copied();
        Place {
            table: self.table.name.into(),
            origin: self.table.sheet.origin,
            row: self.number,
            column: index.map(|i| (i, column.to_string())),
        }
    }

    fn cell(&self, column: &str) -> &'a Input {
        self.table
            .columns
            .get(column)
            .and_then(|i| self.cells.get(*i))
            .unwrap_or(&Input::Empty)
    }

    /// Text exactly as written (spaces kept); numbers and days as their text.
    fn text(&self, n: &mut Notes, column: &str) -> Option<String> {
        match self.cell(column) {
            Input::Empty => None,
            Input::Text(s) | Input::Day(s) if s.is_empty() => None,
            Input::Text(s) | Input::Day(s) => Some(s.clone()),
            Input::Number(x) => Some(plain_number(*x)),
            Input::Bool(b) => Some(b.to_string()),
            Input::Error(e) => {
                n.wrong(self.place(column), Wrong::SpreadsheetError(e.clone()));
                None
            }
        }
    }

    /// An id, a date or a name from a list: without the spaces around it.
    fn word(&self, n: &mut Notes, column: &str) -> Option<String> {
        self.text(n, column)
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
    }

    fn number(&self, n: &mut Notes, column: &str) -> Option<f64> {
        let found = match self.cell(column) {
            Input::Empty => return None,
            Input::Number(x) => return Some(*x),
            Input::Text(s) if s.trim().is_empty() => return None,
            Input::Text(s) => {
                if let Some(x) = parse_number(s, self.table.sheet.decimal_comma) {
                    return Some(x);
                }
                s.clone()
            }
            Input::Error(e) => {
                n.wrong(self.place(column), Wrong::SpreadsheetError(e.clone()));
                return None;
            }
            Input::Day(s) => s.clone(),
            Input::Bool(b) => b.to_string(),
        };
        n.wrong(self.place(column), Wrong::NotANumber(found));
        None
    }

    fn whole(&self, n: &mut Notes, column: &str) -> Option<u64> {
        let x = self.number(n, column)?;
        if x.fract() == 0.0 && (0.0..1e15).contains(&x) {
            Some(x as u64)
        } else {
            n.wrong(self.place(column), Wrong::NotWhole(plain_number(x)));
            None
        }
    }

    /// True or false; an empty cell is false, as an absent flag in the file.
    fn flag(&self, n: &mut Notes, column: &str) -> bool {
        let found = match self.cell(column) {
            Input::Empty => return false,
            Input::Bool(b) => return *b,
            Input::Number(x) if *x == 0.0 => return false,
            Input::Number(x) if *x == 1.0 => return true,
            Input::Text(s) => match s.trim().to_lowercase().as_str() {
                "" | "false" | "falskt" => return false,
                "true" | "sant" => return true,
                _ => s.clone(),
            },
            Input::Error(e) => {
                n.wrong(self.place(column), Wrong::SpreadsheetError(e.clone()));
                return false;
            }
            other => cell_name(other),
        };
        n.wrong(self.place(column), Wrong::NotABoolean(found));
        false
    }

    /// Ids separated by spaces (ids never contain one).
    fn ids(&self, n: &mut Notes, column: &str) -> Vec<String> {
        self.text(n, column)
            .map(|s| s.split_whitespace().map(String::from).collect())
            .unwrap_or_default()
    }
}

/// A number as a person or a CSV writes it: `1500`, `12.5`, `1 500`, and
/// `12,5` where the file uses decimal commas. Nothing else (`1e3`, `inf`).
fn parse_number(text: &str, decimal_comma: bool) -> Option<f64> {
    let mut plain: String = text
        .trim()
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
        .collect();
    if decimal_comma {
        plain = plain.replace(',', ".");
    }
    let digits = plain.strip_prefix('-').unwrap_or(&plain);
    let shape = !digits.is_empty()
        && digits.chars().all(|c| c.is_ascii_digit() || c == '.')
        && digits.chars().filter(|c| *c == '.').count() <= 1
        && digits.chars().any(|c| c.is_ascii_digit());
    shape
        .then(|| plain.parse::<f64>().ok())
        .flatten()
        .filter(|x| x.is_finite())
}

/// A number as the file writes it: whole numbers without a decimal point.
fn num(x: f64) -> J {
    if x.fract() == 0.0 && x.abs() < 9e15 {
        J::from(x as i64)
    } else {
        serde_json::Number::from_f64(x).map_or(J::Null, J::Number)
    }
}

/// One object of the file being built from a row, noting where each member
/// came from.
struct Obj<'r, 'a> {
    map: Map<String, J>,
    at: String,
    row: &'r Row<'a>,
    /// The rows the object is read from (a figure's readings, a series'
    /// points, a view's or a panel's marks; else its one row): each of its
    /// columns is read from the first, and must say the same on every other,
    /// so that an edit to a later row is never silently lost.
    rows: &'r [Row<'a>],
}

impl<'r, 'a> Obj<'r, 'a> {
    /// The object at JSONPath `at`; problems of the whole object are placed at
    /// `column` of its row (its id, usually).
    fn new(row: &'r Row<'a>, at: String, n: &mut Notes, column: &str) -> Self {
        Obj::of_rows(std::slice::from_ref(row), at, n, column)
    }

    /// The object whose own columns repeat on each of `rows` (at least one).
    fn of_rows(rows: &'r [Row<'a>], at: String, n: &mut Notes, column: &str) -> Self {
        let row = &rows[0];
        n.places.push((at.clone(), row.place(column)));
        Obj {
            map: Map::new(),
            at,
            row,
            rows,
        }
    }

    /// A column of the whole object says the same on each of its rows.
    fn same(&self, n: &mut Notes, column: &str) {
        let Some((first, rest)) = self.rows.split_first() else {
            return;
        };
        for row in rest {
            if row.cell(column) != first.cell(column) {
                n.wrong(
                    row.place(column),
                    Wrong::Differs {
                        first_row: first.number,
                    },
                );
            }
        }
    }

    fn put(&mut self, n: &mut Notes, key: &str, value: J, column: &str) {
        n.places
            .push((format!("{}.{key}", self.at), self.row.place(column)));
        self.map.insert(key.into(), value);
    }

    /// A required text: written even when empty, so the validator can say so.
    fn text(&mut self, n: &mut Notes, key: &str, column: &str) {
        self.same(n, column);
        let value = self.row.text(n, column).unwrap_or_default();
        self.put(n, key, J::String(value), column);
    }

    fn opt_text(&mut self, n: &mut Notes, key: &str, column: &str) {
        self.same(n, column);
        if let Some(value) = self.row.text(n, column) {
            self.put(n, key, J::String(value), column);
        }
    }

    fn word(&mut self, n: &mut Notes, key: &str, column: &str) {
        self.same(n, column);
        let value = self.row.word(n, column).unwrap_or_default();
        self.put(n, key, J::String(value), column);
    }

    fn opt_word(&mut self, n: &mut Notes, key: &str, column: &str) {
        self.same(n, column);
        if let Some(value) = self.row.word(n, column) {
            self.put(n, key, J::String(value), column);
        }
    }

    /// A text in both languages from `{prefix}_sv` and `{prefix}_en`.
    fn both(&mut self, n: &mut Notes, key: &str, prefix: &str) {
        let (sv, en) = (format!("{prefix}_sv"), format!("{prefix}_en"));
        self.same(n, &sv);
        self.same(n, &en);
        let value = both(self.row, n, &format!("{}.{key}", self.at), prefix);
        self.map.insert(key.into(), value);
    }

    /// The same, left out when both languages are empty.
    fn opt_both(&mut self, n: &mut Notes, key: &str, prefix: &str) {
        let (sv, en) = (format!("{prefix}_sv"), format!("{prefix}_en"));
        let empty = |c: &str| cell_name(self.row.cell(c)).is_empty();
        if empty(&sv) && empty(&en) {
            self.same(n, &sv);
            self.same(n, &en);
        } else {
            self.both(n, key, prefix);
        }
    }

    /// Written only when true, as the file leaves out a false flag.
    fn flag(&mut self, n: &mut Notes, key: &str, column: &str) {
        self.same(n, column);
        if self.row.flag(n, column) {
            self.put(n, key, J::Bool(true), column);
        }
    }

    fn ids(&mut self, n: &mut Notes, key: &str, column: &str) {
        self.same(n, column);
        let ids = self.row.ids(n, column);
        self.put(n, key, ids.into(), column);
    }

    fn opt_ids(&mut self, n: &mut Notes, key: &str, column: &str) {
        self.same(n, column);
        let ids = self.row.ids(n, column);
        if !ids.is_empty() {
            self.put(n, key, ids.into(), column);
        }
    }

    fn insert(&mut self, key: &str, value: J) {
        self.map.insert(key.into(), value);
    }

    fn done(self) -> J {
        J::Object(self.map)
    }
}

/// `{"sv": …, "en": …}` from two columns, each language placed at its own.
fn both(row: &Row, n: &mut Notes, at: &str, prefix: &str) -> J {
    let (sv, en) = (format!("{prefix}_sv"), format!("{prefix}_en"));
    n.places.push((at.to_string(), row.place(&sv)));
    n.places.push((format!("{at}.sv"), row.place(&sv)));
    n.places.push((format!("{at}.en"), row.place(&en)));
    let mut map = Map::new();
    map.insert("sv".into(), J::String(row.text(n, &sv).unwrap_or_default()));
    map.insert("en".into(), J::String(row.text(n, &en).unwrap_or_default()));
    J::Object(map)
}

/// Rows grouped by the id in `column`, in the order the ids first appear.
fn groups<'a>(rows: Vec<Row<'a>>, n: &mut Notes, column: &str) -> Vec<(String, Vec<Row<'a>>)> {
    let mut out: Vec<(String, Vec<Row<'a>>)> = Vec::new();
    for row in rows {
        let id = row.word(n, column).unwrap_or_default();
        match out.iter_mut().find(|(known, _)| *known == id) {
            Some((_, group)) => group.push(row),
            None => out.push((id, vec![row])),
        }
    }
    out
}

/// A running number (`reading`, `mark`, `note`): 1, 2, 3 … in row order.
fn sequence(n: &mut Notes, rows: &[Row], column: &str) {
    for (i, row) in rows.iter().enumerate() {
        let expected = i as u64 + 1;
        match row.whole(n, column) {
            Some(found) if found == expected => {}
            Some(_) => n.wrong(row.place(column), Wrong::OutOfSequence { expected }),
            None if cell_name(row.cell(column)).is_empty() => {
                n.wrong(row.place(column), Wrong::Required)
            }
            None => {}
        }
    }
}

/// A published value from `value`, `suppressed` and (for series) `gap`: a
/// number, the marker of a suppressed count, or `null` for a gap.
fn value(row: &Row, n: &mut Notes, gap_allowed: bool) -> Option<J> {
    let suppressed = row.flag(n, "suppressed");
    let gap = gap_allowed && row.flag(n, "gap");
    // "<5" typed where the number goes means what `suppressed` says.
    let marker = matches!(row.cell("value"), Input::Text(s) if s.trim() == SUPPRESSED_MARKER);
    let number = if marker { None } else { row.number(n, "value") };
    match (number, suppressed || marker, gap) {
        (Some(_), true, _) => n.wrong(row.place("value"), Wrong::NumberAndMarked("suppressed")),
        (Some(_), false, true) => n.wrong(row.place("value"), Wrong::NumberAndMarked("gap")),
        (Some(x), false, false) => return Some(num(x)),
        (None, true, true) => n.wrong(row.place("gap"), Wrong::NumberAndMarked("suppressed")),
        (None, true, false) => return Some(J::from(SUPPRESSED_MARKER)),
        (None, false, true) => return Some(J::Null),
        (None, false, false) => {
            if cell_name(row.cell("value")).is_empty() {
                n.wrong(row.place("value"), Wrong::NoValue { gap_allowed });
            }
        }
    }
    None
}

/// The one row of a table that holds one record.
fn one<'a>(n: &mut Notes, table: &'a Table<'a>) -> Option<Row<'a>> {
    let rows = table.rows();
    match rows.as_slice() {
        [row] => Some(*row),
        _ => {
            n.wrong(table.place(), Wrong::OneRow { found: rows.len() });
            None
        }
    }
}

pub(super) fn assemble(sheets: &[Sheet]) -> Result<Assembled, Vec<Problem>> {
    let mut n = Notes::default();
    let found: Vec<Table> = columns::TABLES
        .iter()
        .filter_map(|&(name, expected)| Table::find(sheets, name, expected, &mut n))
        .collect();
    // Without its columns no cell of a table can be read: these come first.
    if !n.problems.is_empty() {
        return Err(n.problems);
    }
    let rows = |name: &str| {
        found
            .iter()
            .find(|t| t.name == name)
            .map(|t| t.rows())
            .unwrap_or_default()
    };
    let one_row = |n: &mut Notes, name: &str| {
        let table = found.iter().find(|t| t.name == name)?;
        one(n, table)
    };

    let mut top = match one_row(&mut n, "dataset") {
        Some(row) => dataset(&mut n, &row),
        None => Map::new(),
    };
    top.insert("sources".into(), sources(&mut n, &rows("sources")));
    if let Some(row) = one_row(&mut n, "partnership") {
        let p = partnership(&mut n, &row, &rows("parties"), &rows("partnership_lists"));
        top.insert("partnership".into(), p);
    }
    let services = services(&mut n, &rows("services"), &rows("activities"));
    top.insert("services".into(), services);
    top.insert("figures".into(), figures(&mut n, rows("figures")));
    top.insert("series".into(), series(&mut n, rows("series")));
    top.insert("timeline".into(), timeline(&mut n, &rows("timeline")));
    let views = views(&mut n, rows("views"), rows("view_notes"));
    top.insert("views".into(), views);

    if n.problems.is_empty() {
        Ok(Assembled {
            json: J::Object(top),
            places: n.places,
        })
    } else {
        Err(n.problems)
    }
}

/// The file's own description: the members before its records.
fn dataset(n: &mut Notes, row: &Row) -> Map<String, J> {
    let mut o = Obj::new(row, "$".into(), n, "id");
    if let Some(version) = row.whole(n, "schema_version") {
        o.put(n, "schema_version", J::from(version), "schema_version");
    }
    o.word(n, "id", "id");
    o.both(n, "title", "title");
    o.both(n, "description", "description");
    o.word(n, "updated", "updated");
    let mut licence = Obj::new(row, "$.licence".into(), n, "licence_id");
    licence.word(n, "id", "licence_id");
    licence.both(n, "name", "licence_name");
    licence.word(n, "url", "licence_url");
    o.insert("licence", licence.done());
    o.both(n, "disclosure_rule", "disclosure_rule");
    // The catalogue description, unless every one of its cells is empty.
    let written = catalogue_columns()
        .iter()
        .any(|c| !cell_name(row.cell(c)).is_empty());
    if written {
        let at = "$.catalogue";
        let mut c = Obj::new(row, at.into(), n, "publisher_name_sv");
        let mut publisher = Obj::new(row, format!("{at}.publisher"), n, "publisher_name_sv");
        publisher.both(n, "name", "publisher_name");
        publisher.word(n, "url", "publisher_url");
        c.insert("publisher", publisher.done());
        let mut contact = Obj::new(row, format!("{at}.contact"), n, "contact_name_sv");
        contact.both(n, "name", "contact_name");
        contact.opt_word(n, "email", "contact_email");
        contact.opt_word(n, "url", "contact_url");
        c.insert("contact", contact.done());
        let mut keywords = Obj::new(row, format!("{at}.keywords"), n, "keywords_sv");
        for lang in ["sv", "en"] {
            let column = format!("keywords_{lang}");
            let words: Vec<J> = row
                .text(n, &column)
                .unwrap_or_default()
                .split(';')
                .map(str::trim)
                .filter(|w| !w.is_empty())
                .map(|w| J::String(w.to_string()))
                .collect();
            keywords.put(n, lang, J::Array(words), &column);
        }
        c.insert("keywords", keywords.done());
        c.ids(n, "themes", "themes");
        c.both(n, "place", "place");
        o.insert("catalogue", c.done());
    }
    o.map
}

/// The dataset table's columns that hold the catalogue description: those
/// after the disclosure rule (one list of the columns, in `columns`).
fn catalogue_columns() -> &'static [&'static str] {
    let after = columns::DATASET
        .iter()
        .position(|c| *c == "disclosure_rule_en")
        .map_or(columns::DATASET.len(), |i| i + 1);
    &columns::DATASET[after..]
}

fn sources(n: &mut Notes, rows: &[Row]) -> J {
    let list = rows
        .iter()
        .enumerate()
        .map(|(i, row)| {
            let mut o = Obj::new(row, format!("$.sources[{i}]"), n, "id");
            o.word(n, "id", "id");
            o.text(n, "title", "title");
            o.text(n, "publisher", "publisher");
            o.opt_text(n, "short_name", "short_name");
            o.word(n, "date", "date");
            o.opt_both(n, "date_note", "date_note");
            o.opt_word(n, "url", "url");
            o.done()
        })
        .collect();
    J::Array(list)
}

/// The partnership from its one row, its parties and its lists.
fn partnership(n: &mut Notes, row: &Row, parties: &[Row], lists: &[Row]) -> J {
    let at = "$.partnership";
    let mut o = Obj::new(row, at.into(), n, "name_sv");
    o.both(n, "name", "name");
    o.both(n, "short_name", "short_name");
    let mut period = Obj::new(row, format!("{at}.period"), n, "start");
    period.word(n, "start", "start");
    period.word(n, "planned_end", "planned_end");
    period.word(n, "actual_end", "actual_end");
    period.flag(n, "actual_end_approximate", "actual_end_approximate");
    period.both(n, "note", "period_note");
    period.ids(n, "sources", "period_sources");
    o.insert("period", period.done());
    let mut ages = Obj::new(row, format!("{at}.age_range"), n, "age_min");
    for (key, column) in [("min", "age_min"), ("max", "age_max")] {
        match row.whole(n, column) {
            Some(age) => ages.put(n, key, J::from(age), column),
            None if cell_name(row.cell(column)).is_empty() => {
                n.wrong(row.place(column), Wrong::Required)
            }
            None => {}
        }
    }
    ages.ids(n, "sources", "age_sources");
    o.insert("age_range", ages.done());

    let parties: Vec<J> = parties
        .iter()
        .enumerate()
        .map(|(i, row)| {
            let mut p = Obj::new(row, format!("{at}.parties[{i}]"), n, "id");
            p.word(n, "id", "id");
            p.both(n, "name", "name");
            p.word(n, "kind", "kind");
            p.word(n, "joined", "joined");
            p.flag(n, "uncertain", "uncertain");
            p.opt_both(n, "caveat", "caveat");
            p.ids(n, "sources", "sources");
            p.done()
        })
        .collect();
    o.insert("parties", J::Array(parties));

    let mut items: Vec<Vec<J>> = vec![Vec::new(); PARTNERSHIP_LISTS.len()];
    for row in lists {
        let name = row.word(n, "list").unwrap_or_default();
        let Some(k) = PARTNERSHIP_LISTS.iter().position(|l| *l == name) else {
            n.wrong(
                row.place("list"),
                Wrong::NotOneOf {
                    found: name,
                    allowed: &PARTNERSHIP_LISTS,
                },
            );
            continue;
        };
        let path = format!("{at}.{name}[{}]", items[k].len());
        let mut item = Obj::new(row, path, n, "id");
        item.word(n, "id", "id");
        item.both(n, "label", "label");
        item.opt_both(n, "description", "description");
        item.ids(n, "sources", "sources");
        items[k].push(item.done());
    }
    for (name, list) in PARTNERSHIP_LISTS.iter().zip(items) {
        o.insert(name, J::Array(list));
    }
    o.done()
}

/// The services, each with the activities that name it, in row order.
fn services(n: &mut Notes, services: &[Row], activities: &[Row]) -> J {
    let id_of = |row: &Row, column: &str| row.word(&mut Notes::default(), column);
    let ids: Vec<Option<String>> = services.iter().map(|s| id_of(s, "id")).collect();
    for row in activities {
        let id = id_of(row, "service_id");
        if !ids.contains(&id) {
            n.wrong(
                row.place("service_id"),
                Wrong::UnknownRecord {
                    table: "services",
                    id: id.unwrap_or_default(),
                },
            );
        }
    }
    let list = services
        .iter()
        .zip(&ids)
        .enumerate()
        .map(|(i, (row, id))| {
            let at = format!("$.services[{i}]");
            let mut o = Obj::new(row, at.clone(), n, "id");
            o.word(n, "id", "id");
            o.both(n, "label", "label");
            let known: Vec<J> = activities
                .iter()
                .filter(|a| id_of(a, "service_id") == *id)
                .enumerate()
                .map(|(j, a)| {
                    let mut o = Obj::new(a, format!("{at}.known_activities[{j}]"), n, "party");
                    o.word(n, "party", "party");
                    o.both(n, "description", "description");
                    o.opt_word(n, "date", "date");
                    o.ids(n, "sources", "sources");
                    o.done()
                })
                .collect();
            o.insert("known_activities", J::Array(known));
            o.ids(n, "sources", "sources");
            o.done()
        })
        .collect();
    J::Array(list)
}

/// The figures: one row per source's reading, the figure's own columns the
/// same on each.
fn figures(n: &mut Notes, rows: Vec<Row>) -> J {
    let list = groups(rows, n, "figure_id")
        .into_iter()
        .enumerate()
        .map(|(i, (_, readings))| {
            let at = format!("$.figures[{i}]");
            sequence(n, &readings, "reading");
            let mut o = Obj::of_rows(&readings, at.clone(), n, "figure_id");
            o.word(n, "id", "figure_id");
            o.word(n, "topic", "topic");
            o.both(n, "label", "label");
            o.word(n, "unit", "unit");
            o.word(n, "date", "date");
            let values: Vec<J> = readings
                .iter()
                .enumerate()
                .map(|(j, row)| {
                    let mut v = Obj::new(row, format!("{at}.values[{j}]"), n, "value");
                    if let Some(value) = value(row, n, false) {
                        v.put(n, "value", value, "value");
                    }
                    v.opt_word(n, "qualifier", "qualifier");
                    v.ids(n, "sources", "sources");
                    v.opt_both(n, "note", "note");
                    v.done()
                })
                .collect();
            o.insert("values", J::Array(values));
            o.opt_both(n, "caveat", "caveat");
            o.flag(n, "uncertain", "uncertain");
            o.flag(n, "headline", "headline");
            o.done()
        })
        .collect();
    J::Array(list)
}

/// The series: one row per period, the series' own columns the same on each.
fn series(n: &mut Notes, rows: Vec<Row>) -> J {
    let list = groups(rows, n, "series_id")
        .into_iter()
        .enumerate()
        .map(|(i, (_, points))| {
            let at = format!("$.series[{i}]");
            let mut o = Obj::of_rows(&points, at.clone(), n, "series_id");
            o.word(n, "id", "series_id");
            o.word(n, "topic", "topic");
            o.both(n, "label", "label");
            o.word(n, "unit", "unit");
            o.opt_both(n, "caveat", "caveat");
            let list: Vec<J> = points
                .iter()
                .enumerate()
                .map(|(j, row)| {
                    let mut p = Obj::new(row, format!("{at}.points[{j}]"), n, "period");
                    p.word(n, "period", "period");
                    if let Some(value) = value(row, n, true) {
                        p.put(n, "value", value, "value");
                    }
                    p.opt_ids(n, "sources", "sources");
                    p.flag(n, "uncertain", "uncertain");
                    p.opt_both(n, "note", "note");
                    p.done()
                })
                .collect();
            o.insert("points", J::Array(list));
            o.done()
        })
        .collect();
    J::Array(list)
}

fn timeline(n: &mut Notes, rows: &[Row]) -> J {
    let list = rows
        .iter()
        .enumerate()
        .map(|(i, row)| {
            let mut o = Obj::new(row, format!("$.timeline[{i}]"), n, "id");
            o.word(n, "id", "id");
            o.word(n, "date", "date");
            o.flag(n, "approximate", "approximate");
            o.both(n, "label", "label");
            o.ids(n, "sources", "sources");
            o.done()
        })
        .collect();
    J::Array(list)
}

/// The views: one row per mark, the view's and the panel's own columns the
/// same on each of theirs; the notes from their own table.
fn views(n: &mut Notes, rows: Vec<Row>, notes: Vec<Row>) -> J {
    let notes = groups(notes, n, "view_id");
    let views = groups(rows, n, "view_id");
    for (id, rows) in &notes {
        if !views.iter().any(|(view, _)| view == id) {
            n.wrong(
                rows[0].place("view_id"),
                Wrong::UnknownRecord {
                    table: "views",
                    id: id.clone(),
                },
            );
        }
    }
    let list = views
        .into_iter()
        .enumerate()
        .map(|(i, (id, rows))| {
            let at = format!("$.views[{i}]");
            let mut o = Obj::of_rows(&rows, at.clone(), n, "view_id");
            o.word(n, "id", "view_id");
            o.both(n, "title", "title");
            o.opt_both(n, "subtitle", "subtitle");
            o.both(n, "takeaway", "takeaway_template");
            o.insert("panels", J::Array(panels(n, &at, &rows)));
            if let Some((_, rows)) = notes.iter().find(|(view, _)| *view == id) {
                sequence(n, rows, "note");
                let list: Vec<J> = rows
                    .iter()
                    .enumerate()
                    .map(|(k, row)| both(row, n, &format!("{at}.notes[{k}]"), "note"))
                    .collect();
                o.insert("notes", J::Array(list));
            }
            o.done()
        })
        .collect();
    J::Array(list)
}

/// A view's panels from its rows: grouped by the `panel` number, which runs
/// 1, 2, 3 …; the marks of each in row order.
fn panels(n: &mut Notes, at: &str, rows: &[Row]) -> Vec<J> {
    let mut grouped: Vec<(Option<u64>, Vec<Row>)> = Vec::new();
    for row in rows {
        let number = row.whole(n, "panel");
        match grouped.iter_mut().find(|(k, _)| *k == number) {
            Some((_, group)) => group.push(*row),
            None => grouped.push((number, vec![*row])),
        }
    }
    grouped
        .into_iter()
        .enumerate()
        .map(|(k, (number, marks))| {
            let expected = k as u64 + 1;
            if number != Some(expected) {
                n.wrong(marks[0].place("panel"), Wrong::OutOfSequence { expected });
            }
            sequence(n, &marks, "mark");
            let path = format!("{at}.panels[{k}]");
            let mut p = Obj::of_rows(&marks, path.clone(), n, "panel_kind");
            p.word(n, "kind", "panel_kind");
            p.opt_both(n, "title", "panel_title");
            let list: Vec<J> = marks
                .iter()
                .enumerate()
                .map(|(m, row)| {
                    let mut mark = Obj::new(row, format!("{path}.marks[{m}]"), n, "record_id");
                    if let Some(kind) = row.word(n, "record_type") {
                        match Target::ALL.iter().find(|t| t.id() == kind) {
                            Some(t) => mark.word(n, t.id(), "record_id"),
                            None => n.wrong(
                                row.place("record_type"),
                                Wrong::NotOneOf {
                                    found: kind,
                                    allowed: &RECORD_TYPES,
                                },
                            ),
                        }
                    }
                    mark.opt_word(n, "style", "style");
                    mark.opt_both(n, "label", "mark_label");
                    mark.done()
                })
                .collect();
            p.insert("marks", J::Array(list));
            p.done()
        })
        .collect()
}

/// What a mark may show, as the `record_type` column names it.
const RECORD_TYPES: [&str; 5] = ["figure", "series", "event", "party", "service"];
