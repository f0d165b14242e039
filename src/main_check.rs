//! Entry point of the check page's app (`check.html`, where a publisher checks
//! a data file in the browser).

#[cfg(target_arch = "wasm32")]
fn main() {
    iop_dashboard::app::start_check();
}

/// On the host there is nothing to run; `validate` checks a file on the host.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "This is the check page's web app: Trunk builds it with the dashboard (see README.md)."
    );
    eprintln!("To check a dataset file here, run `cargo run --bin validate -- FILE...`.");
    std::process::exit(2);
}
