//! The partners' command-line validator, run as a real process.
#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;
use std::process::Command;

fn validate(args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_validate"))
        .args(args)
        .output()
        .expect("run validate");
    let text =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    (out.status.code().unwrap_or(-1), text)
}

fn temp_file(name: &str, contents: &[u8]) -> String {
    let dir: PathBuf = std::env::temp_dir().join(format!("iop-validate-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, contents).expect("write temp file");
    path.to_string_lossy().into_owned()
}

const BUNDLED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/data/iop-ensamkommande.json");

#[test]
fn a_valid_file_gets_a_one_line_summary_and_exit_0() {
    let (code, out) = validate(&[BUNDLED]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(out.lines().count(), 1, "{out}");
    assert!(
        out.contains("valid (schema 2)") && out.contains("31 figures") && out.contains("6 views"),
        "{out}"
    );
}

#[test]
fn every_error_of_every_invalid_file_is_listed_with_exit_1() {
    let text = std::fs::read_to_string(BUNDLED).expect("bundled");
    let two_problems = text
        .replacen("\"value\": 55", "\"value\": 155", 1)
        .replacen("\"date\": \"2017-05-04\"", "\"date\": \"4 maj 2017\"", 1);
    assert_ne!(two_problems, text);
    let broken = temp_file("broken.json", two_problems.as_bytes());
    let not_json = temp_file("not-json.json", b"<html>404</html>");
    let binary = temp_file("binary.json", &[0xff, 0xfe, 0x00]);
    let missing = "/no/such/file.json";

    let (code, out) = validate(&[BUNDLED, &broken, &not_json, &binary, missing]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains(&format!("{broken}: invalid, 2 problems")),
        "{out}"
    );
    assert!(
        out.contains("$.sources[0].date: \"4 maj 2017\" is not an ISO-8601 date"),
        "{out}"
    );
    assert!(out.contains("percentage 155 is outside 0–100"), "{out}");
    assert!(
        out.contains(&format!(
            "{not_json}: $: not valid JSON at line 1, column 1"
        )),
        "{out}"
    );
    assert!(out.contains(&format!("{binary}: not UTF-8")), "{out}");
    assert!(
        out.contains(&format!("{missing}: cannot read the file")),
        "{out}"
    );
    // The valid file is still summarised.
    assert!(out.contains("valid (schema 2)"), "{out}");
    assert!(!out.contains("panicked"), "{out}");
}

#[test]
fn no_arguments_is_a_usage_error() {
    let (code, out) = validate(&[]);
    assert_eq!(code, 2);
    assert!(out.contains("usage: validate FILE..."), "{out}");
}

/// A version-1 file as partners have it: the bundled file without its views.
fn version_1(text: &str) -> String {
    let mut doc: serde_json::Value = serde_json::from_str(text).expect("json");
    doc["schema_version"] = 1.into();
    doc.as_object_mut().expect("object").remove("views");
    serde_json::to_string_pretty(&doc).expect("json")
}

#[test]
fn a_version_1_file_is_refused_with_the_migration_named_then_migrated() {
    let text = std::fs::read_to_string(BUNDLED).expect("bundled");
    let old = temp_file("old.json", version_1(&text).as_bytes());
    let (code, out) = validate(&[&old]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("cargo run --bin validate -- --migrate FILE"),
        "{out}"
    );

    // To standard output: the file, then (on standard error) what was done.
    let (code, out) = validate(&["--migrate", &old]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("migrated from schema version 1 to 2"), "{out}");
    let new = temp_file("new.json", b"");
    let (code, out) = validate(&["--migrate", &old, "-o", &new]);
    assert_eq!(code, 0, "{out}");
    let migrated: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&new).expect("written")).expect("json");
    assert_eq!(migrated["schema_version"], 2);
    // The views the dashboard showed for version 1, in their order; the file's
    // own members keep theirs.
    let ids: Vec<&str> = migrated["views"]
        .as_array()
        .expect("views")
        .iter()
        .filter_map(|v| v["id"].as_str())
        .collect();
    assert_eq!(
        ids,
        ["housing", "reach", "context", "timeline", "services", "money"]
    );
    let keys: Vec<&String> = migrated.as_object().expect("object").keys().collect();
    assert_eq!(keys.first().map(|k| k.as_str()), Some("schema_version"));
    assert_eq!(keys.last().map(|k| k.as_str()), Some("views"));
    let (code, out) = validate(&[&new]);
    assert_eq!(code, 0, "{out}");
}

#[test]
fn a_view_whose_records_the_old_file_lacks_is_left_out_and_named() {
    let text = std::fs::read_to_string(BUNDLED).expect("bundled");
    let mut doc: serde_json::Value = serde_json::from_str(&version_1(&text)).expect("json");
    doc["series"] = serde_json::json!([]);
    let old = temp_file("no-series.json", doc.to_string().as_bytes());
    let new = temp_file("no-series-new.json", b"");
    let (code, out) = validate(&["--migrate", &old, "-o", &new]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("view \"context\" left out"), "{out}");
    assert!(out.contains("is not in the file"), "{out}");
    let migrated: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&new).expect("written")).expect("json");
    assert_eq!(migrated["views"].as_array().map(Vec::len), Some(5));

    // A current file has nothing to migrate.
    let (code, out) = validate(&["--migrate", BUNDLED]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("schema_version is 2, not 1"), "{out}");
}
