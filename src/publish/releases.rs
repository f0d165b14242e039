//! Releases a citation can rely on: every published version of the data stays
//! at `data/releases/<updated>/iop-ensamkommande.json`, an address that never
//! changes what it serves, with a short list of what changed since the
//! release before (figures, series, events and views added, changed or
//! removed). The dashboard and its embeds show a release when the address
//! names it (`?release=2026-11-29`); without one they follow the latest data.
//!
//! Releases are compared by `data::changes`, which the check page shares.

use serde_json::{json, Value as J};

pub use crate::data::changes::{changes, Changes};
use crate::i18n::{check_strings, format, Lang};

/// Folder of the releases in `data/`.
pub const DIR: &str = "releases";

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
                        list.member().into(),
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
        // Each line in both languages, "Siffror ändrade / Figures changed".
        let both = |say: &dyn Fn(Lang) -> String| format!("{} / {}", say(Lang::Sv), say(Lang::En));
        for line in c.lines() {
            let what = both(&|lang| format::change(line.list, line.kind, lang));
            let ids: Vec<String> = line.ids.iter().map(|id| format!("`{id}`")).collect();
            out.push_str(&format!("- {what}: {}\n", ids.join(", ")));
        }
        if c.other {
            let other = both(&|lang| check_strings(lang).changes_other.into());
            out.push_str(&format!("- {other}\n"));
        }
        if c.is_empty() {
            let none = both(&|lang| check_strings(lang).changes_none.into());
            out.push_str(&format!("- {none}\n"));
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
    fn the_change_list_says_each_release_newest_first() {
        let old =
            json!({"updated": "2026-01-01", "figures": [{"id": "a", "v": 1}, {"id": "b", "v": 2}]});
        let new = json!({"updated": "2026-02-01", "figures": [{"id": "a", "v": 1}, {"id": "b", "v": 20}], "views": [{"id": "y"}]});
        let c = changes(&old, &new);
        let same = changes(&new, &new);
        let list = change_list(&[
            ("2026-01-01".into(), None),
            ("2026-02-01".into(), Some(c)),
            ("2026-03-01".into(), Some(same)),
        ]);
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
        let (first, latest) = (list.find("## 2026-01-01"), list.find("## 2026-03-01"));
        assert!(
            list[latest.unwrap_or(0)..]
                .contains("Inga ändringar i innehållet. / No change in content."),
            "{list}"
        );
        assert!(
            list[first.unwrap_or(0)..].contains("Första versionen. / The first release."),
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
