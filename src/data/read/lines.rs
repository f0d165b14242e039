//! The line of the value a problem's JSON path names (`$.figures[3].values[0]`),
//! so an editor can find it in a text editor. serde_json walks the text to the
//! value along the path, skipping everything else, and stops there with an
//! error of ours, which serde_json stamps with the line it reached: the JSON is
//! never scanned by code of ours, and nothing but serde_json is needed.

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use std::fmt;

/// One step of a path: a member's name or an element's index.
enum Step<'p> {
    Key(&'p str),
    Index(usize),
}

/// The steps of a path as the reader writes them (`$`, `.name`, `[3]`).
fn steps(path: &str) -> Option<Vec<Step<'_>>> {
    let mut rest = path.strip_prefix('$')?;
    let mut out = Vec::new();
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix('.') {
            let end = after.find(['.', '[']).unwrap_or(after.len());
            out.push(Step::Key(&after[..end]));
            rest = &after[end..];
        } else if let Some(after) = rest.strip_prefix('[') {
            let end = after.find(']')?;
            out.push(Step::Index(after[..end].parse().ok()?));
            rest = &after[end + 1..];
        } else {
            return None;
        }
    }
    Some(out)
}

/// The message of the error that marks "found": never one serde_json writes.
const FOUND: &str = "iop:found";

/// The line (from 1) on which the value at `path` starts, when `text` is JSON
/// and has that value.
pub fn line_of(text: &str, path: &str) -> Option<usize> {
    let steps = steps(path)?;
    if steps.is_empty() {
        // The whole file: where its first character is.
        let blank = &text[..text.len() - text.trim_start().len()];
        return Some(blank.matches('\n').count() + 1);
    }
    let mut json = serde_json::Deserializer::from_str(text);
    match (Seek { steps: &steps }).deserialize(&mut json) {
        Err(e) if e.to_string().starts_with(FOUND) => Some(e.line()),
        _ => None,
    }
}

/// Walks to the value the remaining steps name (never none).
struct Seek<'s, 'p> {
    steps: &'s [Step<'p>],
}

/// Stops at the value about to be read, before serde_json reads it: the
/// error carries the place serde_json reached, the value's first character.
struct Here;

impl<'de> DeserializeSeed<'de> for Here {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, _: D) -> Result<(), D::Error> {
        Err(de::Error::custom(FOUND))
    }
}

impl<'de> DeserializeSeed<'de> for Seek<'_, '_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Seek<'_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("the value at a path")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let Some((Step::Key(name), rest)) = self.steps.split_first() else {
            return Ok(());
        };
        while let Some(key) = map.next_key::<String>()? {
            if key == *name {
                return match rest {
                    [] => map.next_value_seed(Here),
                    _ => map.next_value_seed(Seek { steps: rest }),
                };
            }
            map.next_value::<IgnoredAny>()?;
        }
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let Some((Step::Index(index), rest)) = self.steps.split_first() else {
            return Ok(());
        };
        for _ in 0..*index {
            if seq.next_element::<IgnoredAny>()?.is_none() {
                return Ok(());
            }
        }
        match rest {
            [] => seq.next_element_seed(Here).map(|_| ()),
            _ => seq.next_element_seed(Seek { steps: rest }).map(|_| ()),
        }
    }

    // A path that goes on past a plain value names nothing.
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<(), E> {
        Ok(())
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<(), E> {
        Ok(())
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<(), E> {
        Ok(())
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<(), E> {
        Ok(())
    }

    fn visit_str<E: de::Error>(self, _: &str) -> Result<(), E> {
        Ok(())
    }

    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::line_of;

    const TEXT: &str = "{\n  \"a\": 1,\n  \"figures\": [\n    {\"id\": \"x\"},\n    {\n      \"id\": \"y\",\n      \"values\": [\n        {\"value\": 3}\n      ]\n    }\n  ],\n  \"b\": null\n}\n";

    #[test]
    fn a_path_names_the_line_its_value_starts_on() {
        assert_eq!(line_of(TEXT, "$"), Some(1));
        assert_eq!(line_of(&format!("\n\n{TEXT}"), "$"), Some(3));
        assert_eq!(line_of(&format!("\n\n{TEXT}"), "$.b"), Some(14));
        assert_eq!(line_of(TEXT, "$.a"), Some(2));
        assert_eq!(line_of(TEXT, "$.figures"), Some(3));
        assert_eq!(line_of(TEXT, "$.figures[0]"), Some(4));
        assert_eq!(line_of(TEXT, "$.figures[0].id"), Some(4));
        assert_eq!(line_of(TEXT, "$.figures[1]"), Some(5));
        assert_eq!(line_of(TEXT, "$.figures[1].id"), Some(6));
        assert_eq!(line_of(TEXT, "$.figures[1].values[0].value"), Some(8));
        assert_eq!(line_of(TEXT, "$.b"), Some(12));
    }

    #[test]
    fn a_path_the_file_does_not_have_or_text_that_is_not_json_has_no_line() {
        assert_eq!(line_of(TEXT, "$.figures[2]"), None);
        assert_eq!(line_of(TEXT, "$.missing"), None);
        assert_eq!(line_of(TEXT, "$.a.b"), None);
        assert_eq!(line_of(TEXT, "figures"), None);
        assert_eq!(line_of("not json", "$.a"), None);
        // A member whose name holds the marker is still only a member.
        assert_eq!(line_of("{\"iop:found\": 1}", "$.x"), None);
    }
}
