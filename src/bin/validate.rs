//! Checks dataset files against the published format, for partners who publish
//! their own: `cargo run --bin validate -- FILE...`.
//!
//! Exit 0 with a one-line summary per file when all are valid; exit 1 listing every
//! problem of every invalid file (path and reason); exit 2 on wrong usage.

use iop_dashboard::data::{parse_dataset, Dataset};
use std::process::ExitCode;

fn summary(d: &Dataset) -> String {
    format!(
        "valid (schema {}): {} sources, {} parties, {} services, {} figures, {} series, {} timeline events",
        d.schema_version,
        d.sources.len(),
        d.partnership.parties.len(),
        d.services.len(),
        d.figures.len(),
        d.series.len(),
        d.timeline.len()
    )
}

fn main() -> ExitCode {
    let files: Vec<String> = std::env::args().skip(1).collect();
    if files.is_empty() || files.iter().any(|f| f == "-h" || f == "--help") {
        eprintln!(
            "usage: validate FILE...\nChecks IOP dashboard dataset files (schema version {}).",
            iop_dashboard::data::SUPPORTED_SCHEMA_VERSION
        );
        return ExitCode::from(2);
    }
    let mut failed = false;
    for file in &files {
        let result = std::fs::read(file)
            .map_err(|e| format!("cannot read the file: {e}"))
            .and_then(|bytes| String::from_utf8(bytes).map_err(|e| format!("not UTF-8 text: {e}")));
        match result {
            Err(e) => {
                failed = true;
                println!("{file}: invalid");
                println!("  {file}: {e}");
            }
            Ok(text) => match parse_dataset(&text) {
                Ok(d) => println!("{file}: {}", summary(&d)),
                Err(issues) => {
                    failed = true;
                    let n = issues.len();
                    println!(
                        "{file}: invalid, {n} problem{}",
                        if n == 1 { "" } else { "s" }
                    );
                    for issue in issues {
                        println!("  {file}: {issue}");
                    }
                }
            },
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
