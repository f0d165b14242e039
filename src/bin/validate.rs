//! Checks dataset files against the published format, for partners who publish
//! their own: `cargo run --bin validate -- FILE...`.
//!
//! Exit 0 with a one-line summary per file when all are valid; exit 1 listing every
//! problem of every invalid file (path and reason); exit 2 on wrong usage.
//!
//! `validate --migrate FILE [-o OUT]` converts a file of an older schema version
//! to the current one (to OUT, or to standard output), says on standard error
//! what it did, and checks the result.

use iop_dashboard::data::migrate::{migrate_v1, MigrateError};
use iop_dashboard::data::{parse_dataset, Dataset, SUPPORTED_SCHEMA_VERSION};
use std::process::ExitCode;

fn summary(d: &Dataset) -> String {
    format!("valid (schema {}): {}", d.schema_version, d.counts())
}

fn read_text(file: &str) -> Result<String, String> {
    std::fs::read(file)
        .map_err(|e| format!("cannot read the file: {e}"))
        .and_then(|bytes| String::from_utf8(bytes).map_err(|e| format!("not UTF-8 text: {e}")))
}

const USAGE: &str = "usage: validate FILE...\n       validate --migrate FILE [-o OUT]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.is_empty() || args.iter().any(|f| f == "-h" || f == "--help") {
        eprintln!(
            "{USAGE}\nChecks IOP dashboard dataset files (schema version {SUPPORTED_SCHEMA_VERSION}); \
             --migrate converts a version-1 file."
        );
        return ExitCode::from(2);
    }
    if args[0] == "--migrate" {
        return match args.as_slice() {
            [_, file] => migrate(file, None),
            [_, file, o, out] if o == "-o" => migrate(file, Some(out)),
            _ => {
                eprintln!("{USAGE}");
                ExitCode::from(2)
            }
        };
    }
    let mut failed = false;
    for file in &args {
        match read_text(file) {
            Err(e) => {
                failed = true;
                println!("{file}: invalid");
                println!("  {file}: {e}");
            }
            Ok(text) => failed |= !report(file, &text),
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// Prints the summary of a valid file, or every problem; true when valid.
fn report(file: &str, text: &str) -> bool {
    match parse_dataset(text) {
        Ok(d) => {
            println!("{file}: {}", summary(&d));
            true
        }
        Err(issues) => {
            let n = issues.len();
            println!(
                "{file}: invalid, {n} problem{}",
                if n == 1 { "" } else { "s" }
            );
            for issue in issues {
                println!("  {file}: {issue}");
            }
            false
        }
    }
}

fn migrate(file: &str, out: Option<&String>) -> ExitCode {
    let text = match read_text(file) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{file}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let migrated = match migrate_v1(&text) {
        Ok(m) => m,
        Err(MigrateError::NotJson(e)) => {
            eprintln!("{file}: not a JSON object, nothing to migrate ({e})");
            return ExitCode::FAILURE;
        }
        Err(MigrateError::NotVersion1(v)) => {
            eprintln!(
                "{file}: schema_version is {v}, not 1: nothing to migrate (this validator reads version {SUPPORTED_SCHEMA_VERSION})"
            );
            return ExitCode::FAILURE;
        }
    };
    let target = out.map(String::as_str).unwrap_or("standard output");
    eprintln!(
        "{file}: migrated from schema version 1 to {SUPPORTED_SCHEMA_VERSION}, with the views the dashboard showed for version 1, written to {target}"
    );
    for (view, problems) in &migrated.dropped {
        eprintln!("  view {view:?} left out: the file lacks what it shows");
        for issue in problems {
            eprintln!("    {issue}");
        }
    }
    match out {
        Some(path) => {
            if let Err(e) = std::fs::write(path, &migrated.text) {
                eprintln!("{path}: cannot write: {e}");
                return ExitCode::FAILURE;
            }
        }
        None => print!("{}", migrated.text),
    }
    // The result is checked like any file; its problems are the file's own.
    match parse_dataset(&migrated.text) {
        Ok(d) => {
            eprintln!("{target}: {}", summary(&d));
            ExitCode::SUCCESS
        }
        Err(issues) => {
            eprintln!(
                "{target}: the migrated file still has {} problem(s) of its own to fix:",
                issues.len()
            );
            for issue in issues {
                eprintln!("  {issue}");
            }
            ExitCode::FAILURE
        }
    }
}
