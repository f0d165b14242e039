//! The published dataset: its types, its reading, its dates and templates, and
//! the rules a file must meet. Pure Rust, shared by the browser app, the build
//! and the command-line validator.

pub mod changes;
pub mod date;
pub mod migrate;
pub mod model;
pub mod problem;
pub mod read;
pub mod template;
pub mod validate;
pub mod workbook;

pub use model::*;
pub use problem::{Issue, Problem};
pub use read::{line_of, parse_dataset, read_dataset, Readable, Slot, Withheld};
pub use validate::validate;

/// Where the app finds the bundled dataset, relative to the page so that the
/// dashboard works under any sub-path.
pub const DATASET_URL: &str = "data/iop-ensamkommande.json";
