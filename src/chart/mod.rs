//! The chart model: scales, ticks, panels, mark names and takeaways, in pure Rust so
//! that it is tested on the host and shared by every renderer (the page, and
//! images for download). One module per panel kind in `kinds/`.

pub mod image;
pub mod keys;
pub mod kinds;
pub mod model;
pub mod scale;
pub mod sound;
pub mod text;
pub mod tooltip;
pub mod trend;

pub use crate::data::PanelKind;
pub use model::{build, Chart, ChartError, Mark, MarkStyle, Panel, Row};
pub use scale::Scale;
