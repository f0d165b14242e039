//! Entry point of the embed's app (`embed.html`, one chart on a partner's page).

#[cfg(target_arch = "wasm32")]
fn main() {
    iop_dashboard::app::start_embed();
}

/// On the host there is nothing to run: the embed is a web page.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This is the embed's web app: Trunk builds it with the dashboard (see README.md).");
    std::process::exit(2);
}
