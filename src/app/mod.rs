//! Leptos components (browser only).
