//! What the dashboard shows comes from the published data: no id of the
//! bundled file (figure, series, event, party, service, source or view) is
//! written in the code. A word that is also part of the format itself (a field
//! name such as `timeline`, a topic such as `housing`), as the JSON Schema
//! defines it, may coincide with an id; that is the format, not the data.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::Value;
use std::collections::BTreeSet;
use std::path::Path;

fn ids(v: &Value, out: &mut BTreeSet<String>) {
    match v {
        Value::Object(m) => {
            if let Some(Value::String(id)) = m.get("id") {
                out.insert(id.clone());
            }
            m.values().for_each(|c| ids(c, out));
        }
        Value::Array(a) => a.iter().for_each(|c| ids(c, out)),
        _ => {}
    }
}

/// Every member name and every enum or constant value of the schema.
fn format_words(v: &Value, out: &mut BTreeSet<String>) {
    match v {
        Value::Object(m) => {
            for (k, c) in m {
                out.insert(k.clone());
                if k == "enum" || k == "const" {
                    for w in c.as_array().into_iter().flatten().chain(Some(c)) {
                        if let Some(s) = w.as_str() {
                            out.insert(s.to_string());
                        }
                    }
                }
                format_words(c, out);
            }
        }
        Value::Array(a) => a.iter().for_each(|c| format_words(c, out)),
        _ => {}
    }
}

/// Every `"quoted"` literal of `[a-z0-9-]` in the files under `dir`.
fn quoted(dir: &Path, out: &mut BTreeSet<String>) {
    for entry in std::fs::read_dir(dir).expect("read src") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            quoted(&path, out);
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        for piece in text.split('"').skip(1).step_by(2) {
            if !piece.is_empty()
                && piece
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            {
                out.insert(piece.to_string());
            }
        }
    }
}

#[test]
fn no_id_of_the_bundled_data_is_written_in_src() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let data: Value =
        serde_json::from_str(include_str!("../data/iop-ensamkommande.json")).expect("data");
    let schema: Value = serde_json::from_str(include_str!("../data/iop-ensamkommande.schema.json"))
        .expect("schema");
    let mut all = BTreeSet::new();
    ids(&data, &mut all);
    let mut words = BTreeSet::new();
    format_words(&schema, &mut words);
    let mut literals = BTreeSet::new();
    quoted(&root.join("src"), &mut literals);

    // The check can fail: figure and view ids are ids, not words of the format.
    for id in ["crisis-conversations", "money", "iop-signed", "forum-2017"] {
        assert!(all.contains(id) && !words.contains(id), "{id}");
    }
    let found: Vec<&String> = literals
        .iter()
        .filter(|l| all.contains(*l) && !words.contains(*l))
        .collect();
    assert!(
        found.is_empty(),
        "ids of the bundled data in src/: {found:?}"
    );
}
