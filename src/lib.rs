//! IOP Ensamkommande dashboard.
//!
//! Layers, from the bottom: `data` (the published dataset with its views, pure
//! Rust) → `i18n` (strings, locale-aware numbers, problems in words) → `views`
//! (a view's takeaway in words) → `chart` (chart model, one module per panel
//! kind, image scene) → `export` (downloads, citations; `import` rebuilds the
//! dataset from the exported tables, on the host and, with the `workbook`
//! feature, in the check page's workbook wasm) and `embed` → `publish`
//! (what the build writes for catalogues, search engines and publishing
//! tools, on the host) and `app`
//! (Leptos components: in the browser, and rendered to HTML on the host by the
//! build for the static first view). Everything below `app` is tested natively
//! with `cargo test`.

// The server-side rendering of the charts' view types nests deeper than the default.
#![recursion_limit = "256"]

pub mod chart;
pub mod data;
pub mod embed;
pub mod export;
pub mod i18n;
#[cfg(any(not(target_arch = "wasm32"), feature = "workbook"))]
pub mod import;
#[cfg(not(target_arch = "wasm32"))]
pub mod publish;
pub mod state;
pub mod views;

pub mod app;
