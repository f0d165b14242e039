//! Back from the spreadsheet: the dataset rebuilt from its tables, as the
//! workbook (`data/iop-ensamkommande.xlsx`) or the tidy CSVs hold them, so the
//! people who keep the data can edit a table instead of 1,450 lines of JSON.
//!
//! The tables are the ones `export::tables` writes; together they hold the
//! whole dataset, and the round trip dataset → tables → dataset is exact
//! (tested with generated datasets). Reading goes in two steps, each with its
//! own problems: the tables are assembled into a dataset file (a column
//! missing, a cell that is not a number, a record whose rows disagree), and the
//! file is then read by the same reader and validator as the app and the CLI.
//! Every problem of either step names the sheet (or CSV file), the row and the
//! column where the editor can fix it.
//!
//! The CSV reader is host only; the workbook reader (calamine) also runs in
//! the browser, in a wasm of its own that the check page loads when a keeper
//! chooses a workbook (`src/main_import.rs`, `answer`), built with the
//! `workbook` feature: no other wasm links the reader.

mod answer;
mod assemble;
pub mod columns;
#[cfg(not(target_arch = "wasm32"))]
pub mod csv;
mod place;
pub mod workbook;

use crate::data::{parse_dataset, Dataset, Issue};
pub use answer::answer;
pub use place::{Origin, Place, Problem, Wrong};

/// One cell as a reader found it, before the importer knows what it should be.
#[derive(Debug, Clone, PartialEq)]
pub enum Input {
    Empty,
    Text(String),
    Number(f64),
    Bool(bool),
    /// A whole day that the spreadsheet stores as a date (`2016-08-22`).
    Day(String),
    /// A cell that shows a spreadsheet error (`#REF!`), as the reader names it.
    Error(String),
}

/// One table as read: the header row first, then the records, each with the
/// row (or line) number the editor sees for it.
#[derive(Debug, Clone, PartialEq)]
pub struct Sheet {
    /// The table's name (`figures`): the sheet's, or the CSV file's stem.
    pub name: String,
    pub origin: Origin,
    pub rows: Vec<(u64, Vec<Input>)>,
    /// Numbers written with a decimal comma (`12,5`): CSVs saved by a
    /// spreadsheet with Swedish settings, which also separates with `;`.
    pub decimal_comma: bool,
}

/// A dataset rebuilt from its tables: the file to publish and what it reads as.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    /// The dataset file, pretty-printed in the format's own member order.
    pub json: String,
    pub dataset: Dataset,
}

/// Rebuilds the dataset from its tables and checks it: the file, or every
/// problem found, each at its place in the tables.
pub fn import(sheets: &[Sheet]) -> Result<Imported, Vec<Problem>> {
    let assembled = assemble::assemble(sheets)?;
    let mut json = serde_json::to_string_pretty(&assembled.json).map_err(|e| {
        vec![Problem {
            place: None,
            wrong: Wrong::Unwritable(e.to_string()),
        }]
    })?;
    json.push('\n');
    match parse_dataset(&json) {
        Ok(dataset) => Ok(Imported { json, dataset }),
        Err(issues) => Err(issues
            .into_iter()
            .map(|issue| Problem {
                place: assembled.place_of(&issue),
                wrong: Wrong::Invalid(issue),
            })
            .collect()),
    }
}

/// Where each value of the assembled file came from, by JSON path.
struct Assembled {
    json: serde_json::Value,
    places: Vec<(String, Place)>,
}

impl Assembled {
    /// The cell of the innermost value that holds the problem's path.
    fn place_of(&self, issue: &Issue) -> Option<Place> {
        self.places
            .iter()
            .filter(|(path, _)| issue.is_inside(path))
            .max_by_key(|(path, _)| path.len())
            .map(|(_, place)| place.clone())
    }
}
