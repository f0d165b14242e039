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
