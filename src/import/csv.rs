//! Reading the tables from a folder of CSV files (`figures.csv`, …) with the
//! csv crate: the tidy files of the Data Package (comma, `.` decimals), or the
//! same saved by a spreadsheet with Swedish settings (semicolon, byte-order
//! mark, decimal comma), told apart by the header line.

use super::columns::TABLES;
use super::{Input, Origin, Sheet};
use std::path::Path;

/// The tables' CSV files in `dir`; a table without its file is left for the
/// import to report, a file that cannot be read is an error here.
pub fn sheets(dir: &Path) -> Result<Vec<Sheet>, String> {
    let mut out = Vec::new();
    for (name, _) in TABLES {
        let path = dir.join(format!("{name}.csv"));
        if !path.exists() {
            continue;
        }
        let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let text = String::from_utf8(bytes).map_err(|_| {
            format!(
                "{}: not UTF-8 text; save it as \"CSV UTF-8\"",
                path.display()
            )
        })?;
        out.push(sheet(name, &text).map_err(|e| format!("{}: {e}", path.display()))?);
    }
    Ok(out)
}

/// One table from the text of its CSV file.
pub fn sheet(name: &str, text: &str) -> Result<Sheet, String> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let header = text.lines().next().unwrap_or_default();
    // The Swedish spreadsheet dialect separates with `;`, which no header has.
    let swedish = header.contains(';') && !header.contains(',');
    let mut reader = ::csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(if swedish { b';' } else { b',' })
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| e.to_string())?;
        let line = record.position().map_or(0, |p| p.line());
        let cells = record
            .iter()
            .map(|field| {
                if field.is_empty() {
                    Input::Empty
                } else if swedish {
                    Input::Text(undefused(field).to_string())
                } else {
                    Input::Text(field.to_string())
                }
            })
            .collect();
        rows.push((line, cells));
    }
    Ok(Sheet {
        name: name.to_string(),
        origin: Origin::Csv,
        rows,
        decimal_comma: swedish,
    })
}

/// The Excel copies put `'` before text that a spreadsheet would run as a
/// formula (`=`, `+`, `-`, `@`); the import takes it off again.
fn undefused(field: &str) -> &str {
    match field.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
        _ => field,
    }
}
