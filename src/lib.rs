//! IOP Ensamkommande dashboard.
//!
//! Layers, from the bottom: `data` (the published dataset, pure Rust) → `i18n`
//! (strings and locale-aware numbers, pure Rust) → `chart` (chart model, image
//! scene) and `export` (downloads, citations) → `app` (Leptos components, browser
//! only). Everything below `app` is tested natively with `cargo test`.

pub mod chart;
pub mod data;
pub mod embed;
pub mod export;
pub mod i18n;
pub mod state;

#[cfg(target_arch = "wasm32")]
pub mod app;
