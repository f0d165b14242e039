//! A JSON document as serde_json parses it, kept as a tree whose objects list
//! their members in file order and keep a member written twice. serde_json's
//! own `Value` sorts members and keeps only the last of a duplicate, so a
//! partner's `"id": "a", "id": "b"` would pass unnoticed and problems would be
//! reported in alphabetical rather than file order.

use super::super::problem::{Issue, Problem, SyntaxError, ROOT};
use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    Null,
    Bool(bool),
    Number(serde_json::Number),
    String(String),
    Array(Vec<Node>),
    Object(Vec<(String, Node)>),
}

impl Node {
    /// The first member of an object with this name.
    pub fn get(&self, name: &str) -> Option<&Node> {
        match self {
            Node::Object(members) => members.iter().find(|(k, _)| k == name).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Node::String(s) => Some(s),
            _ => None,
        }
    }
}

impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Node, D::Error> {
        struct Visit;
        impl<'de> Visitor<'de> for Visit {
            type Value = Node;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("any JSON value")
            }
            fn visit_unit<E>(self) -> Result<Node, E> {
                Ok(Node::Null)
            }
            fn visit_bool<E>(self, b: bool) -> Result<Node, E> {
                Ok(Node::Bool(b))
            }
            fn visit_u64<E>(self, n: u64) -> Result<Node, E> {
                Ok(Node::Number(n.into()))
            }
            fn visit_i64<E>(self, n: i64) -> Result<Node, E> {
                Ok(Node::Number(n.into()))
            }
            fn visit_f64<E: serde::de::Error>(self, n: f64) -> Result<Node, E> {
                serde_json::Number::from_f64(n)
                    .map(Node::Number)
                    .ok_or_else(|| E::custom("number out of range"))
            }
            fn visit_str<E>(self, s: &str) -> Result<Node, E> {
                Ok(Node::String(s.to_string()))
            }
            fn visit_string<E>(self, s: String) -> Result<Node, E> {
                Ok(Node::String(s))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element()? {
                    items.push(item);
                }
                Ok(Node::Array(items))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node, A::Error> {
                let mut members = Vec::new();
                while let Some((k, v)) = map.next_entry::<String, Node>()? {
                    members.push((k, v));
                }
                Ok(Node::Object(members))
            }
        }
        d.deserialize_any(Visit)
    }
}

/// Parses a file with serde_json; a syntax error becomes a problem at `$` with
/// serde_json's line and column.
pub fn parse(text: &str) -> Result<Node, Issue> {
    serde_json::from_str(text).map_err(|e| {
        Issue::new(
            ROOT,
            Problem::Syntax {
                line: e.line(),
                column: e.column(),
                error: syntax_error(&e),
            },
        )
    })
}

/// serde_json's reason, from the words of its stable error codes (it offers no
/// other structured form); anything unknown is `Other` and still has a place.
fn syntax_error(e: &serde_json::Error) -> SyntaxError {
    let text = e.to_string();
    let position = format!(" at line {} column {}", e.line(), e.column());
    let reason = text.strip_suffix(&position).unwrap_or(&text);
    match reason {
        r if r.starts_with("EOF while parsing") => SyntaxError::Eof,
        "expected value" | "expected ident" => SyntaxError::ExpectedValue,
        "expected `:`" => SyntaxError::ExpectedColon,
        "expected `,` or `]`" => SyntaxError::ExpectedCommaOr(']'),
        "expected `,` or `}`" => SyntaxError::ExpectedCommaOr('}'),
        "key must be a string" | "expected `\"`" => SyntaxError::ExpectedKey,
        "trailing characters" => SyntaxError::TrailingText,
        "trailing comma" => SyntaxError::TrailingComma,
        r if r.starts_with("control character") => SyntaxError::ControlInString,
        "invalid escape"
        | "invalid unicode code point"
        | "lone leading surrogate in hex escape"
        | "unexpected end of hex escape" => SyntaxError::BadEscape,
        "invalid number" | "number out of range" => SyntaxError::BadNumber,
        "recursion limit exceeded" => SyntaxError::TooDeep,
        _ => SyntaxError::Other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reason(text: &str) -> SyntaxError {
        match parse(text) {
            Err(Issue {
                problem: Problem::Syntax { error, .. },
                ..
            }) => error,
            other => panic!("{text:?} gave {other:?}"),
        }
    }

    #[test]
    fn members_keep_their_order_and_their_duplicates() {
        let node = parse(r#"{"b": 1, "a": [true, null, "x"], "b": 2.5}"#).expect("json");
        let Node::Object(members) = &node else {
            panic!("{node:?}")
        };
        let names: Vec<&str> = members.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(names, ["b", "a", "b"]);
        assert_eq!(node.get("b"), Some(&Node::Number(1.into())));
        assert_eq!(
            node.get("a"),
            Some(&Node::Array(vec![
                Node::Bool(true),
                Node::Null,
                Node::String("x".into())
            ]))
        );
    }

    /// Every reason a partner's editor can produce is recognised, none falls
    /// through to `Other`: serde_json's wording is the contract here.
    #[test]
    fn each_syntax_error_has_its_reason() {
        assert_eq!(reason("{\"a\": 1,"), SyntaxError::Eof);
        assert_eq!(reason("{\"a\": }"), SyntaxError::ExpectedValue);
        assert_eq!(reason("{\"a\": tru}"), SyntaxError::ExpectedValue);
        assert_eq!(reason("{\"a\" 1}"), SyntaxError::ExpectedColon);
        assert_eq!(reason("[1 2]"), SyntaxError::ExpectedCommaOr(']'));
        assert_eq!(
            reason("{\"a\": 1 \"b\": 2}"),
            SyntaxError::ExpectedCommaOr('}')
        );
        assert_eq!(reason("{a: 1}"), SyntaxError::ExpectedKey);
        assert_eq!(reason("{} {}"), SyntaxError::TrailingText);
        assert_eq!(reason("[1, 2,]"), SyntaxError::TrailingComma);
        assert_eq!(reason("[\"a\u{1}\"]"), SyntaxError::ControlInString);
        assert_eq!(reason(r#"["\q"]"#), SyntaxError::BadEscape);
        assert_eq!(reason("[01]"), SyntaxError::BadNumber);
        assert_eq!(reason("[1e400]"), SyntaxError::BadNumber);
        assert_eq!(reason(&"[".repeat(200)), SyntaxError::TooDeep);
    }
}
