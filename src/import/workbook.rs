//! Reading the tables from a workbook (`.xlsx`, `.xls`, `.ods`) with calamine:
//! every sheet, its cells as the spreadsheet typed them, with the row numbers
//! the editor sees.

use super::{Input, Origin, Sheet};
use calamine::{open_workbook_auto_from_rs, Data, Reader};
use chrono::Timelike;
use std::io::Cursor;

/// Every sheet of the workbook in `bytes`, or why it cannot be opened.
pub fn sheets(bytes: Vec<u8>) -> Result<Vec<Sheet>, String> {
    let mut book = open_workbook_auto_from_rs(Cursor::new(bytes)).map_err(|e| e.to_string())?;
    let mut out = Vec::new();
    for name in book.sheet_names() {
        let range = book.worksheet_range(&name).map_err(|e| e.to_string())?;
        let rows = match range.end() {
            // Absolute positions, so row 1 is the sheet's first row even when
            // the sheet starts lower or further right.
            Some((last_row, last_column)) => (0..=last_row)
                .map(|r| {
                    let cells = (0..=last_column)
                        .map(|c| range.get_value((r, c)).map_or(Input::Empty, input))
                        .collect();
                    (u64::from(r) + 1, cells)
                })
                .collect(),
            None => Vec::new(),
        };
        out.push(Sheet {
            name: name.trim().to_string(),
            origin: Origin::Sheet,
            rows,
            decimal_comma: false,
        });
    }
    Ok(out)
}

/// A cell as the import reads it: a date cell of a whole day becomes that day
/// (`2016-08-22`); one with a time of day keeps it, for the validator to refuse.
fn input(data: &Data) -> Input {
    match data {
        Data::Empty => Input::Empty,
        Data::String(s) => Input::Text(s.clone()),
        Data::Int(i) => Input::Number(*i as f64),
        Data::Float(x) => Input::Number(*x),
        Data::Bool(b) => Input::Bool(*b),
        Data::DateTime(dt) => match dt.as_datetime() {
            Some(t) if dt.is_datetime() && t.num_seconds_from_midnight() == 0 => {
                Input::Day(t.date().format("%Y-%m-%d").to_string())
            }
            Some(t) => Input::Text(t.format("%Y-%m-%dT%H:%M:%S").to_string()),
            None => Input::Text(dt.as_f64().to_string()),
        },
        Data::DateTimeIso(s) if s.len() == 10 => Input::Day(s.clone()),
        Data::DateTimeIso(s) | Data::DurationIso(s) => Input::Text(s.clone()),
        Data::Error(e) => Input::Error(e.to_string()),
    }
}
