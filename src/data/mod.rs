//! The published dataset: its types, its dates, and the rules a file must meet.
//! Pure Rust, shared by the browser app and the command-line validator.

pub mod date;
pub mod decode;
pub mod json;
pub mod model;
pub mod validate;

pub use model::*;
pub use validate::{parse_dataset, read_dataset, validate, Issue, Problem, Readable};

/// Where the app finds the bundled dataset, relative to the page so that the
/// dashboard works under any sub-path.
pub const DATASET_URL: &str = "data/iop-ensamkommande.json";
