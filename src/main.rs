//! Entry point of the dashboard's app; Trunk builds this binary to WebAssembly.
//! The embed and the check page have their own (`main_embed.rs`,
//! `main_check.rs`), so each page downloads only the code it runs.

#[cfg(target_arch = "wasm32")]
fn main() {
    iop_dashboard::app::start_dashboard();
}

/// On the host there is nothing to run: the dashboard is a web page.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This is the web app: build and serve it with `scripts/serve` (see README.md).");
    eprintln!("To check a dataset file, run `cargo run --bin validate -- FILE...`.");
    std::process::exit(2);
}
