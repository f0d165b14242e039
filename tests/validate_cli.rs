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
        out.contains("valid (schema 1)") && out.contains("31 figures"),
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
    assert!(out.contains("valid (schema 1)"), "{out}");
    assert!(!out.contains("panicked"), "{out}");
}

#[test]
fn no_arguments_is_a_usage_error() {
    let (code, out) = validate(&[]);
    assert_eq!(code, 2);
    assert!(out.contains("usage: validate FILE..."), "{out}");
}
