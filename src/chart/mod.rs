//! The chart model: scales, ticks, panels, mark names and takeaways, in pure Rust so
//! that it is tested on the host and shared by every renderer (SVG on screen, and
//! images for download).

pub mod image;
pub mod model;
pub mod scale;

pub use model::{build, title, Chart, ChartError, Mark, MarkStyle, Panel, PanelKind, CHARTS};
pub use scale::Scale;
