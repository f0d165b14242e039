//! Back from the spreadsheet: the bundled dataset comes back exactly from its
//! workbook and from its CSVs (tidy and the Swedish Excel dialect), and an
//! editor's mistakes are reported at the sheet, row and column to fix. The
//! round trip of generated datasets is in `generated.rs`.
#![cfg(not(target_arch = "wasm32"))]

use iop_dashboard::data::{parse_dataset, Dataset, Problem as Rule};
use iop_dashboard::export::csv::{self as csv_out, Dialect};
use iop_dashboard::export::tables::tables;
use iop_dashboard::export::workbook::workbook;
use iop_dashboard::i18n::Lang;
use iop_dashboard::import::{columns, csv, import, workbook as book, Input, Problem, Sheet, Wrong};

fn bundled() -> Dataset {
    parse_dataset(include_str!("../data/iop-ensamkommande.json")).expect("valid")
}

fn sheets_of(d: &Dataset) -> Vec<Sheet> {
    book::sheets(workbook(d).expect("written")).expect("calamine opens it")
}

fn sheet<'a>(sheets: &'a mut [Sheet], name: &str) -> &'a mut Sheet {
    sheets
        .iter_mut()
        .find(|s| s.name == name)
        .unwrap_or_else(|| panic!("sheet {name}"))
}

/// The index of a column in a sheet's header row.
fn column(s: &Sheet, name: &str) -> usize {
    s.rows[0]
        .1
        .iter()
        .position(|c| *c == Input::Text(name.into()))
        .unwrap_or_else(|| panic!("column {name}"))
}

/// Sets one cell, as an editor would type it.
fn set(sheets: &mut [Sheet], table: &str, row: usize, name: &str, value: Input) {
    let s = sheet(sheets, table);
    let c = column(s, name);
    let cells = &mut s.rows[row].1;
    if cells.len() <= c {
        cells.resize(c + 1, Input::Empty);
    }
    cells[c] = value;
}

fn problems(sheets: &[Sheet]) -> Vec<Problem> {
    match import(sheets) {
        Ok(_) => panic!("imported a broken workbook"),
        Err(p) => p,
    }
}

#[test]
fn the_bundled_dataset_comes_back_exactly_from_its_workbook() {
    let d = bundled();
    let imported = import(&sheets_of(&d)).unwrap_or_else(|p| panic!("{p:#?}"));
    assert_eq!(imported.dataset, d);
    // The file written is the dataset, as the CLI and the app read it.
    assert_eq!(parse_dataset(&imported.json).expect("valid"), d);
}

#[test]
fn the_bundled_dataset_comes_back_exactly_from_its_csv_files_in_both_dialects() {
    let d = bundled();
    for dialect in [Dialect::Tidy, Dialect::Excel] {
        let sheets: Vec<Sheet> = tables(&d)
            .iter()
            .map(|t| {
                let text = csv_out::write(&t.header(), &t.rows, dialect);
                csv::sheet(t.name, &text).expect("read")
            })
            .collect();
        let imported = import(&sheets).unwrap_or_else(|p| panic!("{dialect:?}: {p:#?}"));
        assert_eq!(imported.dataset, d, "{dialect:?}");
    }
}

/// One list of columns on each side: what the export writes is what the
/// import reads, table by table and in the same order.
#[test]
fn the_import_reads_exactly_the_columns_the_export_writes() {
    let d = bundled();
    let written: Vec<(&str, Vec<&str>)> = tables(&d).iter().map(|t| (t.name, t.header())).collect();
    for (name, header) in &written {
        let read = columns::TABLES
            .iter()
            .find(|(n, _)| n == name)
            .unwrap_or_else(|| panic!("the import does not read {name}"));
        assert_eq!(read.1, header.as_slice(), "{name}");
    }
    assert_eq!(written.len(), columns::TABLES.len());
}

/// The row (in the sheet, header = row 1) of the first reading of a figure.
fn figure_row(sheets: &[Sheet], id: &str) -> usize {
    let s = sheets
        .iter()
        .find(|s| s.name == "figures")
        .expect("figures");
    let c = column(s, "figure_id");
    s.rows
        .iter()
        .position(|(_, cells)| cells.get(c) == Some(&Input::Text(id.into())))
        .expect("figure row")
}

/// A headline count of people with one plain reading: what an editor changes.
fn a_count_of_children(d: &Dataset) -> String {
    d.figures
        .iter()
        .find(|f| {
            f.unit.id() == "children" && f.values.len() == 1 && f.values[0].value.number().is_some()
        })
        .expect("a count of children")
        .id
        .clone()
}

/// The bundled dataset, its workbook's sheets, and the count an editor
/// changes: its id and its row on the figures sheet.
fn a_count_to_edit() -> (Dataset, String, Vec<Sheet>, usize) {
    let d = bundled();
    let id = a_count_of_children(&d);
    let sheets = sheets_of(&d);
    let row = figure_row(&sheets, &id);
    (d, id, sheets, row)
}

#[test]
fn an_edited_figure_is_imported_with_its_new_value() {
    let (d, id, mut sheets, row) = a_count_to_edit();
    set(&mut sheets, "figures", row, "value", Input::Number(1234.0));
    let imported = import(&sheets).unwrap_or_else(|p| panic!("{p:#?}"));
    let f = imported.dataset.figure(&id).expect("figure");
    assert_eq!(f.values[0].value.number(), Some(1234.0));
    // Nothing else moved.
    let mut expected = d.clone();
    let i = expected
        .figures
        .iter()
        .position(|f| f.id == id)
        .expect("index");
    expected.figures[i].values[0].value = iop_dashboard::data::Value::Number(1234.0);
    assert_eq!(imported.dataset, expected);
}

#[test]
fn a_word_for_a_number_is_reported_at_its_cell_in_both_languages() {
    let (_, _, mut sheets, row) = a_count_to_edit();
    set(
        &mut sheets,
        "figures",
        row,
        "value",
        Input::Text("tolv".into()),
    );
    let p = problems(&sheets);
    assert_eq!(p.len(), 1, "{p:#?}");
    assert_eq!(p[0].wrong, Wrong::NotANumber("tolv".into()));
    let place = p[0].place.as_ref().expect("a place");
    assert_eq!(
        (place.table.as_str(), place.row),
        ("figures", row as u64 + 1)
    );
    assert_eq!(
        p[0].message(Lang::En),
        format!("sheet figures, row {}, column H (value): \"tolv\" is not a number (write, for example, 1500 or 12.5)", row + 1)
    );
    assert!(p[0].message(Lang::Sv).starts_with(&format!(
        "bladet figures, rad {}, kolumn H (value): \"tolv\" är inte ett tal",
        row + 1
    )));
}

/// A rule of the format (here the disclosure rule) broken in the sheet is the
/// validator's problem, placed at the cell that breaks it.
#[test]
fn a_rule_of_the_format_is_reported_at_the_cell_that_breaks_it() {
    let (_, _, mut sheets, row) = a_count_to_edit();
    set(&mut sheets, "figures", row, "value", Input::Number(3.0));
    set(&mut sheets, "figures", row, "label_en", Input::Empty);
    let p = problems(&sheets);
    let at = |column: &str| {
        p.iter()
            .find(|p| {
                p.place
                    .as_ref()
                    .and_then(|pl| pl.column.as_ref())
                    .is_some_and(|(_, c)| c == column)
            })
            .unwrap_or_else(|| panic!("no problem at {column}: {p:#?}"))
    };
    assert!(matches!(&at("value").wrong, Wrong::Invalid(i) if i.problem == Rule::Disclosure(3.0)));
    assert!(
        matches!(&at("label_en").wrong, Wrong::Invalid(i) if i.problem == Rule::MissingTranslation { lang: "en" })
    );
    assert!(at("value")
        .message(Lang::En)
        .contains(&format!("row {}, column H (value)", row + 1)));
    assert_eq!(p.len(), 2, "{p:#?}");
}

#[test]
fn a_suppressed_count_and_a_gap_are_read_from_their_flags_or_the_marker() {
    let (_, id, mut sheets, row) = a_count_to_edit();
    set(
        &mut sheets,
        "figures",
        row,
        "value",
        Input::Text("<5".into()),
    );
    let imported = import(&sheets).unwrap_or_else(|p| panic!("{p:#?}"));
    assert_eq!(
        imported.dataset.figure(&id).expect("figure").values[0].value,
        iop_dashboard::data::Value::Suppressed
    );
    // A number with suppressed true cannot be both.
    set(&mut sheets, "figures", row, "value", Input::Number(12.0));
    set(&mut sheets, "figures", row, "suppressed", Input::Bool(true));
    assert_eq!(
        problems(&sheets)[0].wrong,
        Wrong::NumberAndMarked("suppressed")
    );
    // No value at all: the editor is told the three ways to write one.
    set(&mut sheets, "figures", row, "value", Input::Empty);
    set(
        &mut sheets,
        "figures",
        row,
        "suppressed",
        Input::Bool(false),
    );
    assert_eq!(
        problems(&sheets)[0].wrong,
        Wrong::NoValue { gap_allowed: false }
    );
}

/// Whether the cell under `column` of the sheet's row `later` is said to
/// differ from the record's first row, `first` (both indices into the sheet's
/// rows, whose first is the header: row numbers one more).
fn differs(p: &[Problem], first: usize, later: usize, column: &str) -> bool {
    p.iter().any(|p| {
        p.wrong
            == Wrong::Differs {
                first_row: first as u64 + 1,
            }
            && p.place.as_ref().is_some_and(|pl| {
                pl.row == later as u64 + 1 && pl.column.as_ref().is_some_and(|(_, c)| c == column)
            })
    })
}

#[test]
fn the_rows_of_one_record_must_agree_and_running_numbers_run_in_order() {
    let d = bundled();
    let two = d
        .figures
        .iter()
        .find(|f| f.values.len() > 1)
        .expect("a figure with two readings");
    let mut sheets = sheets_of(&d);
    let first = figure_row(&sheets, &two.id);
    set(
        &mut sheets,
        "figures",
        first + 1,
        "label_sv",
        Input::Text("Något annat".into()),
    );
    set(
        &mut sheets,
        "figures",
        first + 1,
        "reading",
        Input::Number(3.0),
    );
    let p = problems(&sheets);
    assert!(differs(&p, first, first + 1, "label_sv"), "{p:#?}");
    assert!(
        p.iter()
            .any(|p| p.wrong == Wrong::OutOfSequence { expected: 2 }),
        "{p:#?}"
    );
}

/// Two rows of one record, the first such pair in the sheet: their indices.
/// A record is its rows with the same cells under `keys` (a figure's id; a
/// view's id and panel number for a panel).
fn two_rows(sheets: &mut [Sheet], table: &str, keys: &[&str]) -> (usize, usize) {
    let s = sheet(sheets, table);
    let cs: Vec<usize> = keys.iter().map(|k| column(s, k)).collect();
    let key = |i: usize| -> Vec<Input> {
        cs.iter()
            .map(|c| s.rows[i].1.get(*c).cloned().unwrap_or(Input::Empty))
            .collect()
    };
    (1..s.rows.len())
        .find_map(|i| {
            ((i + 1)..s.rows.len())
                .find(|j| key(*j) == key(i))
                .map(|j| (i, j))
        })
        .unwrap_or_else(|| panic!("a record of {table} on two rows"))
}

/// Every column of a record that spans rows (a figure's readings, a series'
/// points, a view's and a panel's marks) is read from its first row and held
/// to be the same on the others: an edit to a later row is a problem at its
/// cell, never lost. Texts, optional texts empty on the first row, a flag.
#[test]
fn an_edit_to_a_record_on_a_later_row_is_never_lost() {
    let text = |t: &str| Input::Text(t.into());
    let (figure, series, view, panel) = (
        &["figure_id"][..],
        &["series_id"][..],
        &["view_id"][..],
        &["view_id", "panel"][..],
    );
    for (table, keys, name, value) in [
        ("figures", figure, "uncertain", Input::Bool(true)),
        ("series", series, "label_en", text("Other")),
        ("series", series, "caveat_sv", text("Annat")),
        ("views", view, "title_en", text("Other")),
        ("views", view, "subtitle_sv", text("Ny")),
        ("views", panel, "panel_title_en", text("Other")),
    ] {
        let mut sheets = sheets_of(&bundled());
        let (first, later) = two_rows(&mut sheets, table, keys);
        set(&mut sheets, table, later, name, value);
        let p = problems(&sheets);
        assert!(differs(&p, first, later, name), "{table}.{name}: {p:#?}");
    }
}

#[test]
fn a_misspelt_column_a_missing_sheet_and_a_spreadsheet_error_are_named() {
    let d = bundled();
    let mut sheets = sheets_of(&d);
    let s = sheet(&mut sheets, "sources");
    let c = column(s, "publisher");
    s.rows[0].1[c] = Input::Text("publsher".into());
    let p = problems(&sheets);
    assert!(
        p.iter()
            .any(|p| p.wrong == Wrong::UnknownColumn("publsher".into())),
        "{p:#?}"
    );
    assert!(
        p.iter()
            .any(|p| p.wrong == Wrong::MissingColumn("publisher".into())),
        "{p:#?}"
    );

    let mut sheets = sheets_of(&d);
    sheets.retain(|s| s.name != "timeline");
    let p = problems(&sheets);
    assert_eq!(p.len(), 1);
    assert_eq!(p[0].wrong, Wrong::MissingTable);
    assert_eq!(
        p[0].message(Lang::En),
        "sheet timeline: the table is missing (a sheet or CSV file of that name)"
    );

    let mut sheets = sheets_of(&d);
    set(
        &mut sheets,
        "timeline",
        1,
        "label_en",
        Input::Error("#REF!".into()),
    );
    let p = problems(&sheets);
    assert_eq!(p[0].wrong, Wrong::SpreadsheetError("#REF!".into()));
    assert!(p[0]
        .message(Lang::En)
        .starts_with("sheet timeline, row 2, column E (label_en)"));
}

#[test]
fn a_text_typed_as_a_number_or_a_year_typed_as_a_number_reads_as_written() {
    let d = bundled();
    let mut sheets = sheets_of(&d);
    // Excel turns a typed 2016 into a number; the date is still the year.
    set(&mut sheets, "sources", 1, "date", Input::Number(2016.0));
    // And TRUE typed into a flag column, in Swedish Excel's words in a CSV.
    set(
        &mut sheets,
        "timeline",
        1,
        "approximate",
        Input::Text("SANT".into()),
    );
    let imported = import(&sheets).unwrap_or_else(|p| panic!("{p:#?}"));
    assert_eq!(imported.dataset.sources[0].date, "2016");
    assert!(imported.dataset.timeline[0].approximate);
}

#[test]
fn a_csv_file_that_breaks_a_rule_is_named_by_file_line_and_column() {
    let d = bundled();
    let mut sheets: Vec<Sheet> = tables(&d)
        .iter()
        .map(|t| {
            csv::sheet(t.name, &csv_out::write(&t.header(), &t.rows, Dialect::Tidy)).expect("read")
        })
        .collect();
    set(
        &mut sheets,
        "timeline",
        1,
        "date",
        Input::Text("in the spring".into()),
    );
    let p = problems(&sheets);
    assert_eq!(p.len(), 1, "{p:#?}");
    assert!(
        p[0].message(Lang::En)
            .starts_with("timeline.csv, line 2, column date: "),
        "{}",
        p[0]
    );
}
