//! Rebuilds the dataset file from its tables, for the people who keep the data:
//!
//!     cargo run --bin import -- FILE.xlsx|FILE.ods|DIR-of-CSV [-o OUT.json] [--lang sv|en]
//!
//! The workbook is the one the build publishes (`data/iop-ensamkommande.xlsx`),
//! edited in Excel or LibreOffice; a folder holds the tidy CSVs (`figures.csv`,
//! …). The result is checked by the same validator as the app and `validate`.
//! Exit 0: the file is written (to OUT, or standard output) and a summary goes
//! to standard error; exit 1: every problem is listed with its sheet (or CSV
//! file), row and column, and nothing is written; exit 2: wrong usage.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    host::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod host {
    use iop_dashboard::i18n::Lang;
    use iop_dashboard::import::{csv, import, workbook, Imported};
    use std::path::Path;
    use std::process::ExitCode;

    const USAGE: &str = "usage: import FILE.xlsx|FILE.ods|DIR-of-CSV [-o OUT.json] [--lang sv|en]";

    struct Args {
        input: String,
        out: Option<String>,
        lang: Lang,
    }

    fn args() -> Option<Args> {
        let mut input = None;
        let mut out = None;
        let mut lang = Lang::En;
        let mut rest = std::env::args().skip(1);
        while let Some(arg) = rest.next() {
            if arg == "-o" {
                out = Some(rest.next()?);
            } else if arg == "--lang" {
                lang = match rest.next()?.as_str() {
                    "sv" => Lang::Sv,
                    "en" => Lang::En,
                    _ => return None,
                };
            } else if arg.starts_with('-') || input.is_some() {
                return None;
            } else {
                input = Some(arg);
            }
        }
        Some(Args {
            input: input?,
            out,
            lang,
        })
    }

    pub fn main() -> ExitCode {
        let Some(args) = args() else {
            eprintln!("{USAGE}\nRebuilds the dataset file from its workbook or its CSV tables, and checks it.");
            return ExitCode::from(2);
        };
        let file = &args.input;
        let path = Path::new(file);
        let sheets = if path.is_dir() {
            csv::sheets(path)
        } else {
            std::fs::read(path)
                .map_err(|e| e.to_string())
                .and_then(workbook::sheets)
        };
        let sheets = match sheets {
            Ok(s) => s,
            Err(e) => {
                let what = match args.lang {
                    Lang::Sv => "kan inte läsas",
                    Lang::En => "cannot be read",
                };
                println!("{file}: {what}: {e}");
                return ExitCode::FAILURE;
            }
        };
        match import(&sheets) {
            Ok(imported) => write(file, &imported, args.out.as_deref()),
            Err(problems) => {
                let n = problems.len();
                println!(
                    "{}",
                    match args.lang {
                        Lang::Sv => format!("{file}: inte importerad, {n} problem"),
                        Lang::En => format!(
                            "{file}: not imported, {n} problem{}",
                            if n == 1 { "" } else { "s" }
                        ),
                    }
                );
                for p in problems {
                    println!("  {}", p.message(args.lang));
                }
                ExitCode::FAILURE
            }
        }
    }

    fn write(file: &str, imported: &Imported, out: Option<&str>) -> ExitCode {
        let d = &imported.dataset;
        let target = match out {
            Some(out) => {
                // The file it replaces stays published as its release.
                match iop_dashboard::publish::releases::keep_replaced(
                    std::path::Path::new(out),
                    &imported.json,
                ) {
                    Ok(Some(kept)) => eprintln!(
                        "{out}: the file it replaces is kept as its release, {}",
                        kept.display()
                    ),
                    Ok(None) => {}
                    Err(e) => {
                        eprintln!("{out}: {e}");
                        return ExitCode::FAILURE;
                    }
                }
                if let Err(e) = std::fs::write(out, &imported.json) {
                    eprintln!("{out}: cannot write: {e}");
                    return ExitCode::FAILURE;
                }
                out
            }
            None => {
                print!("{}", imported.json);
                "standard output"
            }
        };
        eprintln!(
            "{file}: imported and valid (schema {}): {}; written to {target}",
            d.schema_version,
            d.counts()
        );
        ExitCode::SUCCESS
    }
}
