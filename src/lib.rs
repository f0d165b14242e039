//! IOP Ensamkommande dashboard.
//!
//! Layers, from the bottom: `data` (the published dataset with its views, pure
//! Rust) → `i18n` (strings, locale-aware numbers, problems in words) → `views`
//! (a view's takeaway in words) → `chart` (chart model, one module per panel
//! kind, image scene) → `export` (downloads, citations) and `embed` → `app`
//! (Leptos components, browser only). Everything below `app` is tested natively
//! with `cargo test`.

pub mod chart;
pub mod data;
pub mod embed;
pub mod export;
pub mod i18n;
pub mod state;
pub mod views;

#[cfg(target_arch = "wasm32")]
pub mod app;
