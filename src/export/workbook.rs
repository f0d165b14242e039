//! The dataset as one Excel workbook (`data/iop-ensamkommande.xlsx`), for
//! journalists and for the people who keep the data: the same tidy tables as the
//! CSVs, one sheet each, typed (numbers as numbers, true/false as Excel's, whole
//! days as dates), so Swedish Excel shows them its own way (decimal commas, its
//! date format) without a second dialect; frozen header rows, columns as wide as
//! their text; and a first sheet that says what the file is, under which
//! licence, how to cite it and the disclosure rule, in both languages.
//! Written with rust_xlsxwriter, on the host only (the build writes the file).

use super::csv::Cell;
use super::dataset_citation;
use super::tables::{tables, Table};
use crate::data::Dataset;
use crate::i18n::Lang;
use rust_xlsxwriter::{ExcelDateTime, Format, FormatAlign, Workbook, Worksheet, XlsxError};

/// The first sheet's name: what a reader opening the file sees first.
pub const ABOUT_SHEET: &str = "Om – About";

/// How an edited copy of this workbook is published (Swedish, English).
pub const PUBLISH_EDIT: [&str; 2] = [
    "Välj den ändrade arbetsboken på instrumentpanelens sida check.html (Källor → Kontrollera din fil). Där blir den datafilen att publicera, och varje problem visas med blad, rad och kolumn.",
    "Choose the edited workbook on the dashboard's check.html page (Sources → Check your file). There it becomes the data file to publish, and each problem is shown by sheet, row and column.",
];

/// Widest a column gets (Excel's character units); longer text wraps.
const MAX_WIDTH: usize = 60;

/// The workbook's bytes.
pub fn workbook(d: &Dataset) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let formats = Formats {
        header: Format::new().set_bold().set_align(FormatAlign::Top),
        text: Format::new().set_align(FormatAlign::Top),
        wrapped: Format::new().set_text_wrap().set_align(FormatAlign::Top),
        date: Format::new()
            .set_num_format("yyyy-mm-dd")
            .set_align(FormatAlign::Top),
    };
    about(book.add_worksheet(), d, &formats)?;
    for table in tables(d) {
        sheet(book.add_worksheet(), &table, &formats)?;
    }
    book.save_to_buffer()
}

struct Formats {
    header: Format,
    text: Format,
    wrapped: Format,
    date: Format,
}

/// What the file is, in Swedish and English side by side.
fn about(ws: &mut Worksheet, d: &Dataset, f: &Formats) -> Result<(), XlsxError> {
    ws.set_name(ABOUT_SHEET)?;
    let rows: [(&str, String, String); 7] = [
        ("Titel – Title", d.title.sv.clone(), d.title.en.clone()),
        (
            "Beskrivning – Description",
            d.description.sv.clone(),
            d.description.en.clone(),
        ),
        (
            "Licens – Licence",
            format!("{} ({})", d.licence.name.sv, d.licence.url),
            format!("{} ({})", d.licence.name.en, d.licence.url),
        ),
        (
            "Citera så här – How to cite",
            dataset_citation(d, Lang::Sv),
            dataset_citation(d, Lang::En),
        ),
        (
            "Röjanderegel – Disclosure rule",
            d.disclosure_rule.sv.clone(),
            d.disclosure_rule.en.clone(),
        ),
        ("Uppdaterad – Updated", d.updated.clone(), d.updated.clone()),
        // A keeper who edits this workbook finds here how it becomes the file
        // to publish, without the README.
        (
            "Publicera en ändring – Publish an edit",
            PUBLISH_EDIT[0].to_string(),
            PUBLISH_EDIT[1].to_string(),
        ),
    ];
    ws.write_string_with_format(0, 0, "", &f.header)?;
    ws.write_string_with_format(0, 1, "Svenska", &f.header)?;
    ws.write_string_with_format(0, 2, "English", &f.header)?;
    for (i, (what, sv, en)) in rows.iter().enumerate() {
        let row = (i + 1) as u32;
        ws.write_string_with_format(row, 0, *what, &f.header)?;
        ws.write_string_with_format(row, 1, sv, &f.wrapped)?;
        ws.write_string_with_format(row, 2, en, &f.wrapped)?;
    }
    // Then the sheets that follow, each with what it holds.
    let mut row = rows.len() as u32 + 2;
    ws.write_string_with_format(row, 0, "Blad – Sheet", &f.header)?;
    ws.write_string_with_format(row, 2, "", &f.header)?;
    for table in tables(d) {
        row += 1;
        ws.write_string_with_format(row, 0, table.name, &f.text)?;
        ws.write_string_with_format(row, 2, table.description, &f.wrapped)?;
    }
    ws.set_column_width(0, 30)?;
    ws.set_column_width(1, MAX_WIDTH as f64)?;
    ws.set_column_width(2, MAX_WIDTH as f64)?;
    ws.set_freeze_panes(1, 0)?;
    Ok(())
}

/// One tidy table: its header row frozen, each cell as its type.
fn sheet(ws: &mut Worksheet, t: &Table, f: &Formats) -> Result<(), XlsxError> {
    ws.set_name(t.name)?;
    let mut widths: Vec<usize> = t.fields.iter().map(|field| field.name.len()).collect();
    for (col, field) in t.fields.iter().enumerate() {
        ws.write_string_with_format(0, col as u16, field.name, &f.header)?;
    }
    for (r, cells) in t.rows.iter().enumerate() {
        let row = (r + 1) as u32;
        for (col, (cell, field)) in cells.iter().zip(&t.fields).enumerate() {
            let c = col as u16;
            let wide = match cell {
                // No figure, no text: the cell stays blank, as in the CSVs.
                Cell::Text(s) if s.is_empty() => 0,
                Cell::Text(s) => match whole_day(field.name, s) {
                    Some(day) => {
                        ws.write_datetime_with_format(row, c, &day, &f.date)?;
                        10
                    }
                    None => {
                        let format = if s.chars().count() > MAX_WIDTH {
                            &f.wrapped
                        } else {
                            &f.text
                        };
                        ws.write_string_with_format(row, c, s, format)?;
                        s.chars().count()
                    }
                },
                Cell::Number(n) => {
                    ws.write_number(row, c, *n)?;
                    n.to_string().len()
                }
                Cell::Bool(b) => {
                    ws.write_boolean(row, c, *b)?;
                    5
                }
                Cell::Empty => 0,
            };
            widths[col] = widths[col].max(wide);
        }
    }
    for (col, w) in widths.iter().enumerate() {
        ws.set_column_width(col as u16, (w + 2).min(MAX_WIDTH) as f64)?;
    }
    ws.set_freeze_panes(1, 0)?;
    Ok(())
}

/// A whole day (`2016-08-22`) in a date column, as Excel's date; a year, a
/// month or an interval stays text, at the precision the source gives (a day
/// is never made up).
fn whole_day(field: &str, text: &str) -> Option<ExcelDateTime> {
    let dated = matches!(
        field,
        "date" | "joined" | "period" | "updated" | "start" | "planned_end" | "actual_end"
    );
    let shape = text.len() == 10
        && text.char_indices().all(|(i, c)| {
            if i == 4 || i == 7 {
                c == '-'
            } else {
                c.is_ascii_digit()
            }
        });
    if !(dated && shape) {
        return None;
    }
    ExcelDateTime::parse_from_str(text).ok()
}
