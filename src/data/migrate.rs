//! From one schema version to the next, as Our World in Data's Grapher does
//! with its chart configs: every change of the format ships with a function
//! that turns an old file into a new one, so a partner's file is never left
//! behind.
//!
//! Version 1 → 2: the charts, which version 1 left to the code, become views in
//! the file. A version-1 file gets the views the dashboard showed for version
//! 1 (`data/migrate/v1-views.json`), except any whose records the file does not
//! have; everything else in the file is kept as it was written, in its order.

use super::model::SUPPORTED_SCHEMA_VERSION;
use super::problem::{Issue, Problem, Unresolved};
use super::read::read_dataset;
use serde_json::Value;

/// The views the dashboard drew for a version-1 file.
const V1_VIEWS: &str = include_str!("../../data/migrate/v1-views.json");

/// A migrated file, and the views that could not be carried over.
#[derive(Debug)]
pub struct Migrated {
    pub text: String,
    /// `(view id, why)`: the file lacks a record the view needs.
    pub dropped: Vec<(String, Vec<Issue>)>,
}

#[derive(Debug, PartialEq)]
pub enum MigrateError {
    /// Not JSON, or not an object: nothing to migrate.
    NotJson(String),
    /// Not a version-1 file (its version, as written).
    NotVersion1(String),
}

pub fn migrate_v1(text: &str) -> Result<Migrated, MigrateError> {
    let mut doc: Value =
        serde_json::from_str(text).map_err(|e| MigrateError::NotJson(e.to_string()))?;
    let Some(top) = doc.as_object_mut() else {
        return Err(MigrateError::NotJson("not an object".into()));
    };
    match top.get("schema_version") {
        Some(v) if v.as_u64() == Some(1) => {}
        other => {
            return Err(MigrateError::NotVersion1(
                other.map(Value::to_string).unwrap_or_default(),
            ))
        }
    }
    top.insert("schema_version".into(), SUPPORTED_SCHEMA_VERSION.into());
    let views: Value = serde_json::from_str(V1_VIEWS).unwrap_or_default();
    top.insert("views".into(), views);
    // Which of the old views this file can show: the app's own reading says.
    // A view that needs a record the file lacks goes; one that needs a record
    // with a problem stays, for the partner to fix the record.
    let mut dropped = Vec::new();
    if let Ok(read) = read_dataset(&doc.to_string()) {
        for w in read.withheld.iter().rev() {
            let problems: Vec<Issue> = read
                .skipped
                .iter()
                .filter(|i| i.is_inside(&w.path()))
                .cloned()
                .collect();
            let lacks = problems.iter().any(|i| {
                matches!(
                    i.problem,
                    Problem::UnknownReference { .. }
                        | Problem::Placeholder {
                            reason: Unresolved::Missing { .. },
                            ..
                        }
                )
            });
            if !lacks {
                continue;
            }
            dropped.push((w.id.clone().unwrap_or_default(), problems));
            if let Some(list) = doc.get_mut("views").and_then(Value::as_array_mut) {
                list.remove(w.index);
            }
        }
        dropped.reverse();
    }
    let mut text = serde_json::to_string_pretty(&doc).unwrap_or_default();
    text.push('\n');
    Ok(Migrated { text, dropped })
}
