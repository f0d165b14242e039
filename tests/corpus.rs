//! The shared corpus of broken and valid files (`tests/corpus/cases.json`), read
//! by the Rust validator here and by the JSON Schema in
//! `tests/schema/corpus.test.mjs`: one list of cases, so the two cannot drift.
#![cfg(not(target_arch = "wasm32"))]

use iop_dashboard::data::parse_dataset;
use serde_json::Value;

fn base(name: &str) -> Value {
    let text = match name {
        "bundled" => include_str!("../data/iop-ensamkommande.json"),
        "second" => include_str!("data/test-partnership.json"),
        other => panic!("unknown base {other}"),
    };
    serde_json::from_str(text).expect("base is JSON")
}

/// The base file with the case's changes made, as the corpus describes them.
fn document(case: &Value) -> Value {
    let mut doc = base(case["base"].as_str().expect("base"));
    for change in case["changes"].as_array().expect("changes") {
        if let Some(at) = change["set"].as_str() {
            let (parent, key) = at.rsplit_once('/').expect("pointer");
            let slot = doc
                .pointer_mut(parent)
                .unwrap_or_else(|| panic!("no {parent}"));
            match slot {
                Value::Object(m) => {
                    m.insert(key.to_string(), change["to"].clone());
                }
                Value::Array(a) => {
                    let i: usize = key.parse().expect("index");
                    a[i] = change["to"].clone();
                }
                _ => panic!("{parent} holds no members"),
            }
        } else if let Some(at) = change["remove"].as_str() {
            let (parent, key) = at.rsplit_once('/').expect("pointer");
            let removed = doc
                .pointer_mut(parent)
                .and_then(Value::as_object_mut)
                .and_then(|m| m.shift_remove(key));
            assert!(removed.is_some(), "nothing to remove at {at}");
        } else if let Some(at) = change["append"].as_str() {
            doc.pointer_mut(at)
                .and_then(Value::as_array_mut)
                .unwrap_or_else(|| panic!("no list at {at}"))
                .push(change["value"].clone());
        } else {
            panic!("unknown change {change}");
        }
    }
    doc
}

fn corpus() -> Value {
    serde_json::from_str(include_str!("corpus/cases.json")).expect("corpus is JSON")
}

#[test]
fn the_validator_accepts_every_valid_case() {
    for case in corpus()["valid"].as_array().expect("valid") {
        let text = document(case).to_string();
        if let Err(issues) = parse_dataset(&text) {
            panic!("{}: {issues:#?}", case["name"]);
        }
    }
}

#[test]
fn the_validator_rejects_every_broken_case_at_its_path() {
    let broken = corpus()["broken"].as_array().expect("broken").clone();
    assert!(broken.len() >= 40);
    for case in &broken {
        let name = case["name"].as_str().unwrap_or_default();
        let issues = match parse_dataset(&document(case).to_string()) {
            Ok(_) => panic!("{name}: accepted"),
            Err(issues) => issues,
        };
        let path = case["path"].as_str().expect("path");
        let problem = case["problem"].as_str().expect("problem");
        assert!(
            issues
                .iter()
                .any(|i| i.path == path && format!("{:?}", i.problem).starts_with(problem)),
            "{name}: expected {problem} at {path}, got {issues:#?}"
        );
    }
}
