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

/// Our reader's tree and serde_json's hold the same values. Numbers may differ
/// in the last bit: serde_json's default float parsing is not always correctly
/// rounded, Rust's is.
fn same(ours: &iop_dashboard::data::json::Json, theirs: &Value) -> bool {
    use iop_dashboard::data::json::Json;
    match (ours, theirs) {
        (Json::Null, Value::Null) => true,
        (Json::Bool(a), Value::Bool(b)) => a == b,
        (Json::Number(a), Value::Number(b)) => match (a.parse::<f64>(), b.as_f64()) {
            (Ok(a), Some(b)) => a == b || (a - b).abs() <= 1e-14 * a.abs().max(b.abs()),
            _ => false,
        },
        (Json::String(a), Value::String(b)) => a == b,
        (Json::Array(a), Value::Array(b)) => {
            a.len() == b.len() && a.iter().zip(b).all(|(x, y)| same(x, y))
        }
        // serde_json keeps the last of duplicate keys (the dataset reader reports them).
        (Json::Object(a), Value::Object(b)) => {
            a.iter().all(|(k, _)| {
                let last = a.iter().rev().find(|(k2, _)| k2 == k);
                matches!((last, b.get(k.as_ref())), (Some((_, v)), Some(w)) if same(v, w))
            }) && b.keys().all(|k| a.iter().any(|(k2, _)| k2 == k))
        }
        _ => false,
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
            prop_assert!(same(&ours, &theirs), "{:?}: ours {:?}, serde_json {:?}", text, ours, theirs);
        }
    }
}
