//! CSV writing in two dialects: the tidy one for software (RFC 4180, comma,
//! UTF-8 without BOM, `.` decimals) and one Swedish Excel opens correctly by
//! double-click (semicolon, BOM, decimal comma, formula-looking text defused).

/// One cell, typed so each dialect can format numbers its own way.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Text(String),
    Number(f64),
    Bool(bool),
    Empty,
}

impl From<&str> for Cell {
    fn from(s: &str) -> Cell {
        Cell::Text(s.to_string())
    }
}

impl From<String> for Cell {
    fn from(s: String) -> Cell {
        Cell::Text(s)
    }
}

impl From<Option<String>> for Cell {
    fn from(s: Option<String>) -> Cell {
        s.map_or(Cell::Empty, Cell::Text)
    }
}

impl From<Option<f64>> for Cell {
    fn from(n: Option<f64>) -> Cell {
        n.map_or(Cell::Empty, Cell::Number)
    }
}

impl From<bool> for Cell {
    fn from(b: bool) -> Cell {
        Cell::Bool(b)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    /// RFC 4180 with `\n` line ends, for software and the Data Package.
    Tidy,
    /// Semicolon, byte-order mark, `\r\n`, decimal comma: what Excel with Swedish
    /// regional settings expects when a file is double-clicked.
    Excel,
}

/// Numbers are written without exponent or padding: `1500`, `12.5`.
pub fn plain_number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{n:.0}")
    } else {
        format!("{n}")
    }
}

fn field(cell: &Cell, dialect: Dialect) -> String {
    let sep = match dialect {
        Dialect::Tidy => ',',
        Dialect::Excel => ';',
    };
    let text = match (cell, dialect) {
        (Cell::Empty, _) => return String::new(),
        (Cell::Bool(b), _) => return b.to_string(),
        (Cell::Number(n), Dialect::Tidy) => return plain_number(*n),
        (Cell::Number(n), Dialect::Excel) => return plain_number(*n).replace('.', ","),
        (Cell::Text(t), Dialect::Tidy) => t.clone(),
        // A label starting with = + - @ would run as a formula in a spreadsheet.
        (Cell::Text(t), Dialect::Excel) if t.starts_with(['=', '+', '-', '@', '\t', '\r']) => {
            format!("'{t}")
        }
        (Cell::Text(t), Dialect::Excel) => t.clone(),
    };
    if text.contains([sep, '"', '\n', '\r']) || text.starts_with(' ') || text.ends_with(' ') {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// A whole file: one header row, then the rows, each line terminated.
pub fn write(header: &[&str], rows: &[Vec<Cell>], dialect: Dialect) -> String {
    let (sep, end, bom) = match dialect {
        Dialect::Tidy => (",", "\n", ""),
        Dialect::Excel => (";", "\r\n", "\u{feff}"),
    };
    let mut out = String::from(bom);
    let head: Vec<String> = header
        .iter()
        .map(|h| field(&Cell::from(*h), dialect))
        .collect();
    out.push_str(&head.join(sep));
    out.push_str(end);
    for row in rows {
        let cells: Vec<String> = row.iter().map(|c| field(c, dialect)).collect();
        out.push_str(&cells.join(sep));
        out.push_str(end);
    }
    out
}

// The csv crate is a host-only dev-dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    /// The rows of a CSV text as the csv crate reads them (a reader we did
    /// not write), the BOM of the Excel dialect dropped.
    fn read(text: &str, sep: char) -> Vec<Vec<String>> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        ::csv::ReaderBuilder::new()
            .has_headers(false)
            .delimiter(sep as u8)
            .from_reader(text.as_bytes())
            .records()
            .map(|r| r.expect("CSV").iter().map(str::to_string).collect())
            .collect()
    }

    #[test]
    fn tidy_quotes_only_when_needed() {
        let rows = vec![vec![
            Cell::from("plain"),
            Cell::from("a, b"),
            Cell::from("say \"hi\""),
            Cell::from("two\nlines"),
            Cell::Number(1500.0),
            Cell::Number(12.5),
            Cell::Bool(true),
            Cell::Empty,
        ]];
        let out = write(
            &["a", "b", "c", "d", "e", "f", "g", "h"],
            &rows,
            Dialect::Tidy,
        );
        assert_eq!(
            out,
            "a,b,c,d,e,f,g,h\nplain,\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\",1500,12.5,true,\n"
        );
        assert_eq!(read(&out, ',')[1][3], "two\nlines");
        assert_eq!(read(&out, ',')[1][2], "say \"hi\"");
    }

    #[test]
    fn excel_dialect_for_swedish_settings() {
        let rows = vec![vec![
            Cell::Number(12.5),
            Cell::from("=HYPERLINK(\"x\")"),
            Cell::from("a;b"),
        ]];
        let out = write(&["tal", "text", "annat"], &rows, Dialect::Excel);
        assert!(out.starts_with('\u{feff}'));
        assert_eq!(
            out,
            "\u{feff}tal;text;annat\r\n12,5;\"'=HYPERLINK(\"\"x\"\")\";\"a;b\"\r\n"
        );
        let back = read(&out, ';');
        assert_eq!(back[0], vec!["tal", "text", "annat"]);
        assert_eq!(back[1][2], "a;b");
    }

    #[test]
    fn numbers_never_use_exponents_in_the_usual_range() {
        assert_eq!(plain_number(1_000_000.0), "1000000");
        assert_eq!(plain_number(0.25), "0.25");
        assert_eq!(plain_number(-3.0), "-3");
    }
}
