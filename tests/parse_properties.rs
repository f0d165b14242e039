//! Parsing and validation never panic, whatever a partner's file holds: random
//! text, random JSON, and the bundled file with random values dropped in.
#![cfg(not(target_arch = "wasm32"))]

use iop_dashboard::data::{parse_dataset, read_dataset};
use proptest::prelude::*;
use serde_json::Value;

const BUNDLED: &str = include_str!("../data/iop-ensamkommande.json");

fn json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(|f| serde_json::Number::from_f64(f)
            .map(Value::Number)
            .unwrap_or(Value::Null)),
        ".{0,12}".prop_map(Value::String),
        Just(Value::String("<5".into())),
        Just(Value::String("2015-02-30".into())),
        Just(Value::String("\u{202e}x".into())),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map("[a-z_]{1,8}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Every JSON pointer in the bundled file, for mutation.
fn pointers(v: &Value, at: String, out: &mut Vec<String>) {
    out.push(at.clone());
    match v {
        Value::Object(m) => m
            .iter()
            .for_each(|(k, c)| pointers(c, format!("{at}/{k}"), out)),
        Value::Array(a) => a
            .iter()
            .enumerate()
            .for_each(|(i, c)| pointers(c, format!("{at}/{i}"), out)),
        _ => {}
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn any_text_is_answered_without_panic(text in ".{0,200}") {
        let _ = parse_dataset(&text);
    }

    #[test]
    fn any_json_is_answered_without_panic(doc in json()) {
        let _ = parse_dataset(&doc.to_string());
    }

    #[test]
    fn the_bundled_file_with_a_random_value_replaced_is_answered(index in any::<prop::sample::Index>(), value in json()) {
        let mut doc: Value = serde_json::from_str(BUNDLED).expect("bundled");
        let mut all = Vec::new();
        pointers(&doc, String::new(), &mut all);
        let at = &all[index.index(all.len())];
        if let Some(slot) = doc.pointer_mut(at) {
            *slot = value;
        }
        match parse_dataset(&doc.to_string()) {
            Ok(_) => {}
            // Every problem names a path into the file.
            Err(issues) => prop_assert!(issues.iter().all(|i| i.path.starts_with('$'))),
        }
        // The lenient reader agrees: a strict success has nothing skipped, and what
        // it keeps is a dataset the strict rules accept.
        match read_dataset(&doc.to_string()) {
            Ok(read) => {
                prop_assert!(iop_dashboard::data::validate(&read.dataset).is_empty());
                prop_assert!(read.skipped.iter().all(|i| i.path.starts_with("$.figures[") || i.path.starts_with("$.series[")));
                prop_assert_eq!(read.skipped.is_empty(), parse_dataset(&doc.to_string()).is_ok());
            }
            Err(issues) => prop_assert!(!issues.is_empty()),
        }
    }

    #[test]
    fn any_json_is_read_leniently_without_panic(doc in json()) {
        let _ = read_dataset(&doc.to_string());
    }
}

/// Our reader's tree as serde_json's, to hold the two to each other.
fn as_serde(v: &iop_dashboard::data::json::Json) -> Value {
    use iop_dashboard::data::json::Json;
    match v {
        Json::Null => Value::Null,
        Json::Bool(b) => Value::Bool(*b),
        Json::Number(n) => n.parse::<f64>().map_or(Value::Null, rounded),
        Json::String(s) => Value::String(s.to_string()),
        Json::Array(items) => Value::Array(items.iter().map(as_serde).collect()),
        Json::Object(members) => Value::Object(
            members
                .iter()
                .map(|(k, v)| (k.to_string(), as_serde(v)))
                .collect(),
        ),
    }
}

/// A number to 13 significant digits: serde_json's default float parsing is
/// not always correctly rounded in the last bit, Rust's is.
fn rounded(n: f64) -> Value {
    Value::String(format!("{n:.12e}"))
}

/// serde_json's tree with every number as f64, as ours reads them.
fn numbers_as_f64(v: Value) -> Value {
    match v {
        Value::Number(n) => n.as_f64().map_or(Value::Null, rounded),
        Value::Array(a) => Value::Array(a.into_iter().map(numbers_as_f64).collect()),
        Value::Object(m) => {
            Value::Object(m.into_iter().map(|(k, v)| (k, numbers_as_f64(v))).collect())
        }
        v => v,
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    /// JSON text with one character inserted or removed: the dataset's reader
    /// accepts exactly what serde_json accepts, and reads the same values.
    #[test]
    fn the_json_reader_agrees_with_serde_json(
        doc in json(),
        at in any::<prop::sample::Index>(),
        edit in prop_oneof![Just(None), prop::sample::select(&['{', '}', '[', ']', '"', ',', ':', '\\', '0', '1', '-', '.', 'e', '+', ' ', 'u', 'n', '\u{1}', 'é'][..]).prop_map(Some)],
        pretty in any::<bool>(),
    ) {
        let mut text = if pretty { serde_json::to_string_pretty(&doc).expect("json") } else { doc.to_string() };
        let chars: Vec<char> = text.chars().collect();
        let i = at.index(chars.len() + 1);
        text = match edit {
            Some(c) => chars[..i].iter().chain([c].iter()).chain(chars[i..].iter()).collect(),
            None if i < chars.len() => chars[..i].iter().chain(chars[i + 1..].iter()).collect(),
            None => text,
        };
        let ours = iop_dashboard::data::json::parse(&text);
        let theirs = serde_json::from_str::<Value>(&text);
        if let Err(e) = &theirs {
            // serde_json refuses numbers beyond f64; ours reads them as written
            // and the validator reports them as not finite.
            prop_assume!(!e.to_string().contains("out of range"));
        }
        prop_assert_eq!(ours.is_ok(), theirs.is_ok(), "{:?}: ours {:?}, serde_json {:?}", text, ours, theirs);
        if let (Ok(ours), Ok(theirs)) = (ours, theirs) {
            prop_assert_eq!(as_serde(&ours), numbers_as_f64(theirs));
        }
    }
}
