//! Releases a citation can rely on: every published version of the data stays
//! at `data/releases/<updated>/iop-ensamkommande.json`, an address that never
//! changes what it serves, with a short list of what changed since the
//! release before (figures, series, events and views added, changed or
//! removed). The dashboard and its embeds show a release when the address
//! names it (`?release=2026-11-29`); without one they follow the latest data.
//!
//! Releases are compared as JSON, record by record and id by id, so an old
//! release is compared as it was published, whatever format it followed.

use serde_json::{json, Value as J};

/// Folder of the releases in `data/`.
pub const DIR: &str = "releases";

/// The lists of records a release is compared by, and their names in the
/// change list.
const RECORDS: [(&str, &str, &str); 4] = [
    ("figures", "Siffror", "Figures"),
    ("series", "Serier", "Series"),
    ("timeline", "Händelser", "Events"),
    ("views", "Diagram", "Charts"),
];

/// Ids added, changed and removed in one list of records.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Diff {
    pub added: Vec<String>,
    pub changed: Vec<String>,
    pub removed: Vec<String>,
}

impl Diff {
    fn is_empty(&self) -> bool {
        self.added.is_empty() && self.changed.is_empty() && self.removed.is_empty()
    }
}

/// What changed between two releases, list by list (in `RECORDS` order).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Changes {
    pub lists: Vec<(&'static str, Diff)>,
    /// Whether anything outside those lists changed (sources, the
    /// partnership, the description of the file).
    pub other: bool,
}

fn by_id(list: &J) -> Vec<(String, &J)> {
    list.as_array()
        .into_iter()
        .flatten()
        .filter_map(|r| Some((r.get("id")?.as_str()?.to_string(), r)))
        .collect()
}

/// What changed from `old` to `new`; the date of the file is no change.
pub fn changes(old: &J, new: &J) -> Changes {
    let mut lists = Vec::new();
    for (list, _, _) in RECORDS {
        let (before, after) = (by_id(&old[list]), by_id(&new[list]));
        let mut diff = Diff::default();
        for (id, record) in &after {
            match before.iter().find(|(b, _)| b == id) {
                None => diff.added.push(id.clone()),
                Some((_, was)) if was != record => diff.changed.push(id.clone()),
                Some(_) => {}
            }
        }
        for (id, _) in &before {
            if !after.iter().any(|(a, _)| a == id) {
                diff.removed.push(id.clone());
            }
        }
        lists.push((list, diff));
    }
    let rest = |d: &J| -> J {
        let mut d = d.clone();
        if let Some(o) = d.as_object_mut() {
            for (list, _, _) in RECORDS {
                o.remove(list);
            }
            o.remove("updated");
        }
        d
    };
    Changes {
        lists,
        other: rest(old) != rest(new),
    }
}

/// The releases' index, `data/releases/index.json`: newest first, each with
/// its address (relative to `data/`) and what changed since the one before.
pub fn index(releases: &[(String, Option<Changes>)]) -> J {
    let list: Vec<J> = releases
        .iter()
        .rev()
        .map(|(date, changes)| {
            let mut r = json!({
                "release": date,
                "path": path(date),
            });
            if let Some(c) = changes {
                let mut m = serde_json::Map::new();
                for (list, diff) in &c.lists {
                    m.insert(
                        (*list).into(),
                        json!({"added": diff.added, "changed": diff.changed, "removed": diff.removed}),
                    );
                }
                m.insert("other".into(), json!(c.other));
                r["changes"] = J::Object(m);
            }
            r
        })
        .collect();
    json!({ "releases": list })
}

/// A release's file, relative to `data/`.
pub fn path(date: &str) -> String {
    crate::state::release_data_url(date)
        .trim_start_matches("data/")
        .to_string()
}

/// The change list for people, `data/releases/CHANGES.md`, in Swedish and
/// English, newest release first.
pub fn change_list(releases: &[(String, Option<Changes>)]) -> String {
    let mut out = String::from(
        "# Versioner / Releases\n\nVarje version av datan finns kvar på sin egen adress, `releases/<datum>/iop-ensamkommande.json`. / Every release of the data stays at its own address, `releases/<date>/iop-ensamkommande.json`.\n",
    );
    for (date, changes) in releases.iter().rev() {
        out.push_str(&format!("\n## {date}\n\n`{}`\n\n", path(date)));
        let Some(c) = changes else {
            out.push_str("- Första versionen. / The first release.\n");
            continue;
        };
        let mut any = false;
        for ((_, diff), (_, sv, en)) in c.lists.iter().zip(RECORDS) {
            if diff.is_empty() {
                continue;
            }
            any = true;
            for (ids, sv_what, en_what) in [
                (&diff.added, "tillagda", "added"),
                (&diff.changed, "ändrade", "changed"),
                (&diff.removed, "borttagna", "removed"),
            ] {
                if !ids.is_empty() {
                    out.push_str(&format!(
                        "- {sv} {sv_what} / {en} {en_what}: {}\n",
                        ids.iter()
                            .map(|id| format!("`{id}`"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ));
                }
            }
        }
        if c.other {
            any = true;
            out.push_str("- Källor, partnerskapet eller filens beskrivning ändrade. / Sources, the partnership or the file's description changed.\n");
        }
        if !any {
            out.push_str("- Inga ändringar i innehållet. / No change in content.\n");
        }
    }
    out
}

/// Before a new file replaces the published one at `out` (`data/iop-ensamkommande.json`),
/// keeps the one it replaces as its release (`data/releases/<its updated>/…`), unless
/// that release is kept already. Returns where it was kept; nothing to keep when
/// there is no file yet, or it is no dataset with a release date. A new file with
/// the same date but other content is refused: that release's address must keep
/// what it served.
pub fn keep_replaced(
    out: &std::path::Path,
    new_json: &str,
) -> Result<Option<std::path::PathBuf>, String> {
    let Ok(old_text) = std::fs::read_to_string(out) else {
        return Ok(None);
    };
    let date = |text: &str| -> Option<String> {
        let v: J = serde_json::from_str(text).ok()?;
        v.get("updated")?
            .as_str()
            .filter(|d| is_release_date(d))
            .map(String::from)
    };
    let Some(old) = date(&old_text) else {
        return Ok(None);
    };
    if old_text == new_json {
        return Ok(None);
    }
    if date(new_json).as_deref() == Some(old.as_str()) {
        return Err(format!(
            "the new file has the same date as the one it replaces ({old}): give it today's date in `updated` (the dataset sheet, or the file), so that each release keeps its address"
        ));
    }
    let kept = out
        .parent()
        .unwrap_or_else(|| std::path::Path::new("."))
        .join(path(&old));
    if kept.exists() {
        return Ok(None);
    }
    if let Some(dir) = kept.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("create {}: {e}", dir.display()))?;
    }
    std::fs::write(&kept, &old_text).map_err(|e| format!("write {}: {e}", kept.display()))?;
    Ok(Some(kept))
}

/// A release's date as the address names it: `YYYY-MM-DD` (the app's rule).
pub use crate::state::valid_release as is_release_date;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changes_are_found_record_by_record() {
        let old = json!({
            "updated": "2026-01-01", "title": "t",
            "figures": [{"id": "a", "v": 1}, {"id": "b", "v": 2}, {"id": "c", "v": 3}],
            "views": [{"id": "x"}],
        });
        let new = json!({
            "updated": "2026-02-01", "title": "t",
            "figures": [{"id": "a", "v": 1}, {"id": "b", "v": 20}, {"id": "d", "v": 4}],
            "views": [{"id": "x"}, {"id": "y"}],
        });
        let c = changes(&old, &new);
        let figures = &c.lists[0].1;
        assert_eq!(figures.added, ["d"]);
        assert_eq!(figures.changed, ["b"]);
        assert_eq!(figures.removed, ["c"]);
        assert_eq!(c.lists[3].1.added, ["y"]);
        assert!(!c.other, "the date alone is no change");
        let mut retitled = new.clone();
        retitled["title"] = json!("u");
        assert!(changes(&old, &retitled).other);
        let list = change_list(&[("2026-01-01".into(), None), ("2026-02-01".into(), Some(c))]);
        assert!(
            list.find("## 2026-02-01") < list.find("## 2026-01-01"),
            "{list}"
        );
        assert!(
            list.contains("Siffror ändrade / Figures changed: `b`"),
            "{list}"
        );
        assert!(
            list.contains("Diagram tillagda / Charts added: `y`"),
            "{list}"
        );
    }

    #[test]
    fn the_file_a_new_one_replaces_is_kept_as_its_release() {
        let dir = std::env::temp_dir().join(format!("iop-keep-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("temp dir");
        let out = dir.join("iop-ensamkommande.json");
        let old = r#"{"updated": "2026-01-01", "figures": []}"#;
        let new = r#"{"updated": "2026-02-01", "figures": [1]}"#;
        // Nothing to keep before the first file.
        assert_eq!(keep_replaced(&out, new), Ok(None));
        std::fs::write(&out, old).expect("write");
        let kept = keep_replaced(&out, new).expect("kept").expect("a path");
        assert_eq!(kept, dir.join("releases/2026-01-01/iop-ensamkommande.json"));
        assert_eq!(std::fs::read_to_string(&kept).expect("read"), old);
        // Kept once; the same file again is no new release.
        assert_eq!(keep_replaced(&out, new), Ok(None));
        assert_eq!(keep_replaced(&out, old), Ok(None));
        // Other content under the same date is refused.
        let same_date = r#"{"updated": "2026-01-01", "figures": [2]}"#;
        assert!(keep_replaced(&out, same_date).is_err());
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn release_dates_are_plain_dates() {
        assert!(is_release_date("2026-11-29"));
        for bad in ["2026-11-2", "../../etc", "2026-11-29/x", "2026_11_29", ""] {
            assert!(!is_release_date(bad), "{bad}");
        }
    }
}
