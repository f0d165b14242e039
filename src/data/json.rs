//! A small JSON reader and writer for the dataset and the chart downloads.
//!
//! Why not serde_json in the browser: its derived deserializers are monomorphised
//! for every record type and cost about 70 KB of wasm, a third of the size budget
//! of the whole app. One tree parser plus the hand-written typed reading in
//! `decode` is a few KB, knows the JSON path of every value (so problems name
//! `$.figures[3].unit` without re-scanning the text), and reports its problems in
//! the reader's language. The grammar is RFC 8259, strictly: what serde_json
//! accepts and nothing more (a property test holds the two to each other).

use std::borrow::Cow;

/// A parsed JSON value. Numbers keep their text, so a count is read as a whole
/// number only if it was written as one, and strings borrow from the file unless
/// they contain escapes.
#[derive(Debug, Clone, PartialEq)]
pub enum Json<'a> {
    Null,
    Bool(bool),
    Number(Cow<'a, str>),
    String(Cow<'a, str>),
    Array(Vec<Json<'a>>),
    /// Members in file order; duplicates are kept for the reader to report.
    Object(Vec<(Cow<'a, str>, Json<'a>)>),
}

/// What is wrong where a text stops being JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SyntaxError {
    /// The text ends inside a value.
    Eof,
    ExpectedValue,
    ExpectedColon,
    /// After a member or element: `,` or the closing bracket (given).
    ExpectedCommaOr(char),
    ExpectedKey,
    /// Something follows the one top-level value.
    TrailingText,
    /// A raw control character inside a string.
    ControlInString,
    BadEscape,
    BadNumber,
    /// Deeper than `MAX_DEPTH`: no dataset needs it, and it would exhaust the stack.
    TooDeep,
}

/// Where parsing stopped: 1-based line, and column in characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SyntaxProblem {
    pub line: usize,
    pub column: usize,
    pub error: SyntaxError,
}

/// serde_json's limit too.
const MAX_DEPTH: usize = 128;

pub fn parse(text: &str) -> Result<Json<'_>, SyntaxProblem> {
    let mut p = Parser {
        text,
        bytes: text.as_bytes(),
        at: 0,
        depth: 0,
    };
    let result = p.value().and_then(|v| {
        p.space();
        if p.at < p.bytes.len() {
            Err(SyntaxError::TrailingText)
        } else {
            Ok(v)
        }
    });
    result.map_err(|error| {
        // A failed escape can stop inside a multi-byte character.
        let mut at = p.at.min(text.len());
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        let before = &text[..at];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        SyntaxProblem {
            line: before.matches('\n').count() + 1,
            column: before[line_start..].chars().count() + 1,
            error,
        }
    })
}

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
    depth: usize,
}

type Step<T> = Result<T, SyntaxError>;

impl<'a> Parser<'a> {
    fn space(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.bytes.get(self.at) {
            self.at += 1;
        }
    }

    /// The next byte after white space, not consumed.
    fn peek(&mut self) -> Step<u8> {
        self.space();
        self.bytes.get(self.at).copied().ok_or(SyntaxError::Eof)
    }

    fn value(&mut self) -> Step<Json<'a>> {
        match self.peek()? {
            b'{' => self.nested(Self::object),
            b'[' => self.nested(Self::array),
            b'"' => Ok(Json::String(self.string()?)),
            b't' => self.word("true", Json::Bool(true)),
            b'f' => self.word("false", Json::Bool(false)),
            b'n' => self.word("null", Json::Null),
            b'-' | b'0'..=b'9' => self.number(),
            _ => Err(SyntaxError::ExpectedValue),
        }
    }

    fn nested(&mut self, f: fn(&mut Self) -> Step<Json<'a>>) -> Step<Json<'a>> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(SyntaxError::TooDeep);
        }
        self.at += 1;
        let v = f(self)?;
        self.depth -= 1;
        Ok(v)
    }

    fn word(&mut self, word: &str, v: Json<'a>) -> Step<Json<'a>> {
        for &b in word.as_bytes() {
            match self.bytes.get(self.at) {
                None => return Err(SyntaxError::Eof),
                Some(c) if *c == b => self.at += 1,
                Some(_) => return Err(SyntaxError::ExpectedValue),
            }
        }
        Ok(v)
    }

    /// After an element: `,` (true) or the closing bracket (false).
    fn more(&mut self, close: u8) -> Step<bool> {
        match self.peek()? {
            b',' => {
                self.at += 1;
                Ok(true)
            }
            b if b == close => {
                self.at += 1;
                Ok(false)
            }
            _ => Err(SyntaxError::ExpectedCommaOr(close as char)),
        }
    }

    /// Consumes `close` if it comes next: an empty array or object.
    fn empty(&mut self, close: u8) -> Step<bool> {
        let empty = self.peek()? == close;
        if empty {
            self.at += 1;
        }
        Ok(empty)
    }

    fn array(&mut self) -> Step<Json<'a>> {
        let mut items = Vec::new();
        if self.empty(b']')? {
            return Ok(Json::Array(items));
        }
        loop {
            items.push(self.value()?);
            if !self.more(b']')? {
                return Ok(Json::Array(items));
            }
        }
    }

    fn object(&mut self) -> Step<Json<'a>> {
        let mut members = Vec::new();
        if self.empty(b'}')? {
            return Ok(Json::Object(members));
        }
        loop {
            if self.peek()? != b'"' {
                return Err(SyntaxError::ExpectedKey);
            }
            let key = self.string()?;
            if self.peek()? != b':' {
                return Err(SyntaxError::ExpectedColon);
            }
            self.at += 1;
            members.push((key, self.value()?));
            if !self.more(b'}')? {
                return Ok(Json::Object(members));
            }
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.at;
        while let Some(b'0'..=b'9') = self.bytes.get(self.at) {
            self.at += 1;
        }
        self.at - start
    }

    fn number(&mut self) -> Step<Json<'a>> {
        let start = self.at;
        if self.bytes.get(self.at) == Some(&b'-') {
            self.at += 1;
        }
        let leading_zero = self.bytes.get(self.at) == Some(&b'0');
        match self.digits() {
            0 => return Err(self.number_error()),
            n if leading_zero && n > 1 => return Err(SyntaxError::BadNumber),
            _ => {}
        }
        if self.bytes.get(self.at) == Some(&b'.') {
            self.at += 1;
            if self.digits() == 0 {
                return Err(self.number_error());
            }
        }
        if let Some(b'e' | b'E') = self.bytes.get(self.at) {
            self.at += 1;
            if let Some(b'+' | b'-') = self.bytes.get(self.at) {
                self.at += 1;
            }
            if self.digits() == 0 {
                return Err(self.number_error());
            }
        }
        Ok(Json::Number(Cow::Borrowed(&self.text[start..self.at])))
    }

    fn number_error(&self) -> SyntaxError {
        if self.at >= self.bytes.len() {
            SyntaxError::Eof
        } else {
            SyntaxError::BadNumber
        }
    }

    /// A string from its opening quote; borrowed unless it has escapes.
    fn string(&mut self) -> Step<Cow<'a, str>> {
        self.at += 1;
        let start = self.at;
        let mut owned: Option<String> = None;
        let mut run = start;
        loop {
            let Some(&b) = self.bytes.get(self.at) else {
                return Err(SyntaxError::Eof);
            };
            match b {
                b'"' => {
                    let s = match owned {
                        None => Cow::Borrowed(&self.text[start..self.at]),
                        Some(mut s) => {
                            s.push_str(&self.text[run..self.at]);
                            Cow::Owned(s)
                        }
                    };
                    self.at += 1;
                    return Ok(s);
                }
                b'\\' => {
                    let s = owned.get_or_insert_with(String::new);
                    s.push_str(&self.text[run..self.at]);
                    self.at += 1;
                    let c = self.escape()?;
                    s.push(c);
                    run = self.at;
                }
                0..=0x1f => return Err(SyntaxError::ControlInString),
                _ => self.at += 1,
            }
        }
    }

    /// One escape after its backslash.
    fn escape(&mut self) -> Step<char> {
        let Some(&b) = self.bytes.get(self.at) else {
            return Err(SyntaxError::Eof);
        };
        self.at += 1;
        Ok(match b {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let high = self.hex4()?;
                if !(0xD800..0xDC00).contains(&high) {
                    return char::from_u32(high).ok_or(SyntaxError::BadEscape);
                }
                // A high surrogate must be followed by an escaped low one.
                if self.bytes.get(self.at..self.at + 2) != Some(b"\\u") {
                    return Err(SyntaxError::BadEscape);
                }
                self.at += 2;
                let low = self.hex4()?;
                if !(0xDC00..0xE000).contains(&low) {
                    return Err(SyntaxError::BadEscape);
                }
                char::from_u32(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
                    .ok_or(SyntaxError::BadEscape)?
            }
            _ => return Err(SyntaxError::BadEscape),
        })
    }

    fn hex4(&mut self) -> Step<u32> {
        let mut n = 0;
        for _ in 0..4 {
            let Some(&b) = self.bytes.get(self.at) else {
                return Err(SyntaxError::Eof);
            };
            let d = (b as char).to_digit(16).ok_or(SyntaxError::BadEscape)?;
            n = n * 16 + d;
            self.at += 1;
        }
        Ok(n)
    }
}

impl Json<'_> {
    /// A number as written in a download: the shortest text that reads back as
    /// the same value; JSON has no NaN or infinity, so those are null.
    pub fn number(n: f64) -> Json<'static> {
        if n.is_finite() {
            Json::Number(Cow::Owned(format!("{n}")))
        } else {
            Json::Null
        }
    }

    pub fn text(s: impl Into<String>) -> Json<'static> {
        Json::String(Cow::Owned(s.into()))
    }

    /// A member of an object, by name (the dataset is read through `decode::Obj`).
    #[cfg(test)]
    fn get(&self, name: &str) -> Option<&Json<'_>> {
        match self {
            Json::Object(members) => members.iter().find(|(k, _)| k == name).map(|(_, v)| v),
            _ => None,
        }
    }

    /// Indented by two spaces, members in the order they were built.
    pub fn pretty(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, Some(0));
        out
    }

    /// On one line, as a problem message quotes a value.
    pub fn compact(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, None);
        out
    }

    fn write(&self, out: &mut String, indent: Option<usize>) {
        let (open, close, empty) = match self {
            Json::Null => return out.push_str("null"),
            Json::Bool(b) => return out.push_str(if *b { "true" } else { "false" }),
            Json::Number(n) => return out.push_str(n),
            Json::String(s) => return write_string(out, s),
            Json::Array(items) => ('[', ']', items.is_empty()),
            Json::Object(members) => ('{', '}', members.is_empty()),
        };
        out.push(open);
        if !empty {
            let inner = indent.map(|n| n + 1);
            let mut first = true;
            let mut item = |out: &mut String, key: Option<&str>, v: &Json| {
                if !first {
                    out.push(',');
                }
                first = false;
                newline(out, inner);
                if let Some(k) = key {
                    write_string(out, k);
                    out.push_str(if indent.is_some() { ": " } else { ":" });
                }
                v.write(out, inner);
            };
            match self {
                Json::Array(items) => items.iter().for_each(|v| item(out, None, v)),
                Json::Object(members) => members.iter().for_each(|(k, v)| item(out, Some(k), v)),
                _ => {}
            }
            newline(out, indent);
        }
        out.push(close);
    }
}

fn newline(out: &mut String, indent: Option<usize>) {
    if let Some(n) = indent {
        out.push('\n');
        out.extend(std::iter::repeat_n("  ", n));
    }
}

fn write_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                out.push_str("\\u00");
                out.push(char::from_digit(c as u32 >> 4, 16).unwrap_or('0'));
                out.push(char::from_digit(c as u32 & 0xf, 16).unwrap_or('0'));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(text: &str) -> SyntaxProblem {
        parse(text).expect_err(text)
    }

    #[test]
    fn reads_every_kind_of_value() {
        let v = parse(
            r#" {"a": [1, -2.5e3, true, false, null], "b\n": "x\u00e9\ud83d\ude00\"", "c": {}} "#,
        )
        .expect("valid");
        assert_eq!(
            v.get("a").map(Json::compact).as_deref(),
            Some("[1,-2.5e3,true,false,null]")
        );
        assert_eq!(v.get("b\n"), Some(&Json::text("xé😀\"")));
        assert_eq!(v.get("c"), Some(&Json::Object(vec![])));
        assert_eq!(v.get("d"), None);
    }

    #[test]
    fn strings_without_escapes_borrow_from_the_text() {
        let v = parse(r#"["plain", "esc\\aped"]"#).expect("valid");
        let Json::Array(items) = v else {
            panic!("array")
        };
        assert!(matches!(&items[0], Json::String(Cow::Borrowed("plain"))));
        assert!(matches!(&items[1], Json::String(Cow::Owned(s)) if s == "esc\\aped"));
    }

    #[test]
    fn problems_say_what_and_where() {
        let e = err("{\n  \"a\": 1,\n  \"b\": oops\n}");
        assert_eq!(
            (e.line, e.column, e.error),
            (3, 8, SyntaxError::ExpectedValue)
        );
        assert_eq!(err("{\"a\": 1,").error, SyntaxError::Eof);
        assert_eq!(err("").error, SyntaxError::Eof);
        assert_eq!(err("{\"a\" 1}").error, SyntaxError::ExpectedColon);
        assert_eq!(err("[1 2]").error, SyntaxError::ExpectedCommaOr(']'));
        assert_eq!(
            err("{\"a\": 1 \"b\"}").error,
            SyntaxError::ExpectedCommaOr('}')
        );
        assert_eq!(err("{a: 1}").error, SyntaxError::ExpectedKey);
        assert_eq!(err("{\"a\": 1,}").error, SyntaxError::ExpectedKey);
        assert_eq!(err("[1,]").error, SyntaxError::ExpectedValue);
        assert_eq!(err("{} {}").error, SyntaxError::TrailingText);
        assert_eq!(err("\"a\tb\"").error, SyntaxError::ControlInString);
        assert_eq!(err(r#""\x""#).error, SyntaxError::BadEscape);
        assert_eq!(err(r#""\ud800x""#).error, SyntaxError::BadEscape);
        assert_eq!(err(r#""\udc00""#).error, SyntaxError::BadEscape);
        for bad in ["01", "1.", ".5", "1e", "-", "+1", "0x10", "NaN", "1.5e+"] {
            assert!(
                matches!(
                    err(bad).error,
                    SyntaxError::BadNumber
                        | SyntaxError::Eof
                        | SyntaxError::ExpectedValue
                        | SyntaxError::TrailingText
                ),
                "{bad}"
            );
        }
        assert_eq!(err(&"[".repeat(129)).error, SyntaxError::TooDeep);
        assert!(parse(&format!("{}{}", "[".repeat(128), "]".repeat(128))).is_ok());
        // Columns count characters, not bytes.
        assert_eq!(err("\"åäö\" x").column, 7);
        // A bad escape before a multi-byte character points at its backslash's line.
        assert_eq!(err("\"\\é\"").error, SyntaxError::BadEscape);
    }

    #[test]
    fn writes_what_it_reads() {
        let text = r#"{"b": [1, 2.5, "t\"\\\n\u0001"], "a": {}, "c": [], "d": null}"#;
        let v = parse(text).expect("valid");
        assert_eq!(parse(&v.pretty()).expect("pretty reads back"), v);
        assert_eq!(parse(&v.compact()).expect("compact reads back"), v);
        assert_eq!(
            v.pretty(),
            "{\n  \"b\": [\n    1,\n    2.5,\n    \"t\\\"\\\\\\n\\u0001\"\n  ],\n  \"a\": {},\n  \"c\": [],\n  \"d\": null\n}"
        );
        assert_eq!(Json::number(0.1 + 0.2).compact(), "0.30000000000000004");
        assert_eq!(Json::number(f64::NAN), Json::Null);
    }
}
