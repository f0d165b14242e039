//! Entry point of the workbook import in the browser: a wasm of its own, with
//! the workbook reader (calamine), imported by the check page's app only when
//! a keeper chooses a workbook (`app::tools::import_workbook`), so the check
//! page itself loads no spreadsheet code. Nothing runs at start.

#[cfg(target_arch = "wasm32")]
mod exports {
    use wasm_bindgen::prelude::wasm_bindgen;

    /// The workbook in `bytes` rebuilt into the data file, or every problem
    /// (`data::workbook::Answer`, as its strings).
    #[wasm_bindgen]
    pub fn import_workbook(bytes: Vec<u8>) -> Vec<String> {
        iop_dashboard::import::answer(bytes).into_strings()
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}

/// On the host there is nothing to run: `cargo run --bin import` imports there.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This is the check page's workbook import: Trunk builds it with the dashboard (see README.md).");
    eprintln!("To import a workbook here, run `cargo run --bin import -- FILE.xlsx`.");
    std::process::exit(2);
}
