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
                prop_assert!(read.skipped.iter().all(|i| ["$.figures[", "$.series[", "$.views[", "$.catalogue"].iter().any(|p| i.path.starts_with(p))));
                // Every view is either shown or withheld, in the file's order.
                prop_assert_eq!(read.slots().len(), doc["views"].as_array().map_or(0, Vec::len));
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
