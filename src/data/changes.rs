//! What changed between two versions of a data file, record by record. One
//! reading for both places that say it: the build's list of releases
//! (`publish::releases`, `CHANGES.md`) and the check page, which compares a
//! keeper's new file with the published one before it replaces it.
//!
//! Records are compared id by id. The build compares releases as JSON
//! (`changes`), so an old release is compared as it was published, whatever
//! format it followed; the check page compares two files it has read
//! (`between`), so its wasm needs no JSON tree. Both find the changes by the
//! same `diff` and list them by the same `lines`, which
//! `i18n::format::change` says in words.

use super::{Dataset, Text};
use serde_json::Value as J;

/// The lists of records compared, in the order their changes are said.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum List {
    Figures,
    Series,
    Timeline,
    Views,
}

impl List {
    pub const ALL: [List; 4] = [List::Figures, List::Series, List::Timeline, List::Views];

    /// Its member in the file (where the build compares releases as JSON,
    /// and the name the releases' index gives its changes).
    pub fn member(self) -> &'static str {
        match self {
            List::Figures => "figures",
            List::Series => "series",
            List::Timeline => "timeline",
            List::Views => "views",
        }
    }

    /// Its records in a read file, by id.
    fn records(self, d: &Dataset) -> Vec<(&str, Record<'_>)> {
        let all: Vec<Record> = match self {
            List::Figures => d.figures.iter().map(Record::Figure).collect(),
            List::Series => d.series.iter().map(Record::Series).collect(),
            List::Timeline => d.timeline.iter().map(Record::Event).collect(),
            List::Views => d.views.iter().map(Record::View).collect(),
        };
        all.into_iter().map(|r| (r.id_and_name().0, r)).collect()
    }
}

/// Ids added, changed and removed in one list of records.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Diff {
    pub added: Vec<String>,
    pub changed: Vec<String>,
    pub removed: Vec<String>,
}

/// What changed between two files, list by list (in `List::ALL` order).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Changes {
    pub lists: Vec<(List, Diff)>,
    /// Whether anything outside those lists changed (sources, the
    /// partnership, the description of the file).
    pub other: bool,
}

/// How a record changed from one file to the next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Added,
    Changed,
    /// Found in the older file only.
    Removed,
}

/// One kind of change in one list ("figures changed", said in words by
/// `i18n::format::change`), and the records' ids (in the newer file's order;
/// removed ones in the older's).
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    /// The list the ids are in.
    pub list: List,
    pub kind: Kind,
    pub ids: Vec<String>,
}

impl Line {
    /// The records' names for people (a chart's title, the others' label),
    /// each from the file that holds it; a blank one is its id.
    pub fn names(&self, old: &Dataset, new: &Dataset) -> Vec<Text> {
        let file = if self.kind == Kind::Removed { old } else { new };
        let found = self.list.records(file);
        self.ids
            .iter()
            .map(|id| {
                let label = found
                    .iter()
                    .find(|(i, _)| i == id)
                    .map(|(_, r)| r.id_and_name().1);
                let pick = |t: Option<&str>| {
                    t.map(str::trim)
                        .filter(|t| !t.is_empty())
                        .unwrap_or(id)
                        .to_string()
                };
                Text {
                    sv: pick(label.map(|t| t.sv.as_str())),
                    en: pick(label.map(|t| t.en.as_str())),
                }
            })
            .collect()
    }

    /// For a line of changed figures, each figure as it was and as it is
    /// (what a keeper checks an edit by), in the order of `ids`; for any
    /// other line, none.
    pub fn figures_before_after<'a>(
        &self,
        old: &'a Dataset,
        new: &'a Dataset,
    ) -> Vec<Option<(&'a super::Figure, &'a super::Figure)>> {
        if self.kind != Kind::Changed || self.list != List::Figures {
            return Vec::new();
        }
        self.ids
            .iter()
            .map(|id| old.figure(id).zip(new.figure(id)))
            .collect()
    }
}

impl Changes {
    /// Whether the two files hold the same content (their dates aside).
    pub fn is_empty(&self) -> bool {
        !self.other
            && self
                .lists
                .iter()
                .all(|(_, d)| d.added.is_empty() && d.changed.is_empty() && d.removed.is_empty())
    }

    /// The changes as lines: per list, added, changed, removed.
    pub fn lines(&self) -> Vec<Line> {
        let mut out = Vec::new();
        for (list, diff) in &self.lists {
            for (ids, kind) in [
                (&diff.added, Kind::Added),
                (&diff.changed, Kind::Changed),
                (&diff.removed, Kind::Removed),
            ] {
                if !ids.is_empty() {
                    out.push(Line {
                        list: *list,
                        kind,
                        ids: ids.clone(),
                    });
                }
            }
        }
        out
    }
}

fn by_id(list: &J) -> Vec<(&str, &J)> {
    list.as_array()
        .into_iter()
        .flatten()
        .filter_map(|r| Some((r.get("id")?.as_str()?, r)))
        .collect()
}

/// Ids added, changed (unequal records under one id) and removed, from one
/// list of records to the next.
fn diff<R: PartialEq>(before: &[(&str, R)], after: &[(&str, R)]) -> Diff {
    let mut d = Diff::default();
    for (id, record) in after {
        match before.iter().find(|(b, _)| b == id) {
            None => d.added.push(id.to_string()),
            Some((_, was)) if was != record => d.changed.push(id.to_string()),
            Some(_) => {}
        }
    }
    for (id, _) in before {
        if !after.iter().any(|(a, _)| a == id) {
            d.removed.push(id.to_string());
        }
    }
    d
}

/// What changed from `old` to `new`, both as published JSON; the date of
/// the file is no change.
pub fn changes(old: &J, new: &J) -> Changes {
    let lists = List::ALL
        .iter()
        .map(|list| {
            let member = list.member();
            (*list, diff(&by_id(&old[member]), &by_id(&new[member])))
        })
        .collect();
    let rest = |d: &J| -> J {
        let mut d = d.clone();
        if let Some(o) = d.as_object_mut() {
            for list in List::ALL {
                o.remove(list.member());
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

/// A record of any compared list, compared as read.
#[derive(Clone, Copy, PartialEq)]
enum Record<'a> {
    Figure(&'a super::Figure),
    Series(&'a super::Series),
    Event(&'a super::Event),
    View(&'a super::View),
}

impl<'a> Record<'a> {
    /// Its id, and what a reader knows it by: a chart's title, the others'
    /// label.
    fn id_and_name(self) -> (&'a str, &'a Text) {
        match self {
            Record::Figure(r) => (&r.id, &r.label),
            Record::Series(r) => (&r.id, &r.label),
            Record::Event(r) => (&r.id, &r.label),
            Record::View(r) => (&r.id, &r.title),
        }
    }
}

/// What changed from `old` to `new`, two files as read; the date of the file
/// is no change.
pub fn between(old: &Dataset, new: &Dataset) -> Changes {
    let lists = List::ALL
        .iter()
        .map(|list| (*list, diff(&list.records(old), &list.records(new))))
        .collect();
    // Every other part of the file, named one by one (no `..`), so that a
    // part added to the format is compared too.
    let Dataset {
        schema_version,
        id,
        title,
        description,
        updated: _,
        licence,
        disclosure_rule,
        catalogue,
        sources,
        partnership,
        services,
        figures: _,
        series: _,
        timeline: _,
        views: _,
    } = old;
    let other = *schema_version != new.schema_version
        || *id != new.id
        || *title != new.title
        || *description != new.description
        || *licence != new.licence
        || *disclosure_rule != new.disclosure_rule
        || *catalogue != new.catalogue
        || *sources != new.sources
        || *partnership != new.partnership
        || *services != new.services;
    Changes { lists, other }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use serde_json::json;

    /// Two releases as published: b changed, c removed, d and the chart y
    /// added, and a new date.
    fn pair() -> (J, J) {
        let old = json!({
            "updated": "2026-01-01", "title": "t",
            "figures": [{"id": "a", "v": 1}, {"id": "b", "v": 2}, {"id": "c", "v": 3}],
            "views": [{"id": "x"}],
        });
        let mut new = old.clone();
        new["updated"] = json!("2026-02-01");
        new["figures"][1]["v"] = json!(20);
        new["figures"][2] = json!({"id": "d", "v": 4});
        if let Some(views) = new["views"].as_array_mut() {
            views.push(json!({"id": "y"}));
        }
        (old, new)
    }

    #[test]
    fn changes_are_found_record_by_record() {
        let (old, new) = pair();
        let c = changes(&old, &new);
        let figures = &c.lists[0].1;
        assert_eq!(figures.added, ["d"]);
        assert_eq!(figures.changed, ["b"]);
        assert_eq!(figures.removed, ["c"]);
        assert_eq!(c.lists[3].1.added, ["y"]);
        assert!(!c.other, "the date alone is no change");
        assert!(!c.is_empty());
        let mut retitled = new.clone();
        retitled["title"] = json!("u");
        assert!(changes(&old, &retitled).other);
        let mut redated = old.clone();
        redated["updated"] = json!("2027-01-01");
        assert!(changes(&old, &redated).is_empty());
        assert!(changes(&old, &old).is_empty());
    }

    #[test]
    fn lines_say_each_kind_of_change_in_both_languages() {
        let (old, new) = pair();
        let said: Vec<String> = changes(&old, &new)
            .lines()
            .iter()
            .map(|l| {
                let say = |lang| crate::i18n::format::change(l.list, l.kind, lang);
                format!(
                    "{} / {}: {}",
                    say(Lang::Sv),
                    say(Lang::En),
                    l.ids.join(", ")
                )
            })
            .collect();
        assert_eq!(
            said,
            [
                "Siffror tillagda / Figures added: d",
                "Siffror ändrade / Figures changed: b",
                "Siffror borttagna / Figures removed: c",
                "Diagram tillagda / Charts added: y",
            ]
        );
    }

    /// The bundled file, as read: any file would do.
    fn bundled() -> Dataset {
        let text = include_str!("../../data/iop-ensamkommande.json");
        crate::data::parse_dataset(text).expect("the bundled file reads")
    }

    #[test]
    fn two_read_files_are_compared_record_by_record_and_named() {
        let old = bundled();
        let mut new = old.clone();
        new.updated = "2099-01-01".into();
        assert!(
            between(&old, &new).is_empty(),
            "the date alone is no change"
        );
        new.figures[1].uncertain = !new.figures[1].uncertain;
        let gone = new.timeline.pop().expect("an event");
        let mut view = new.views[0].clone();
        view.id = "a-new-chart".into();
        view.title.sv = " ".into();
        new.views.push(view);
        let c = between(&old, &new);
        assert!(!c.other);
        let lines = c.lines();
        let said: Vec<(String, Vec<String>)> = lines
            .iter()
            .map(|l| {
                let names = l.names(&old, &new).into_iter().map(|t| t.sv).collect();
                (crate::i18n::format::change(l.list, l.kind, Lang::En), names)
            })
            .collect();
        assert_eq!(
            said,
            [
                (
                    "Figures changed".into(),
                    vec![old.figures[1].label.sv.clone()]
                ),
                ("Events removed".into(), vec![gone.label.sv.clone()]),
                // A blank name is said by the id.
                ("Charts added".into(), vec!["a-new-chart".to_string()]),
            ]
        );
        // A changed figure as it was and as it is.
        let pairs: Vec<(bool, bool)> = lines
            .iter()
            .flat_map(|l| l.figures_before_after(&old, &new))
            .flatten()
            .map(|(was, is)| (was.uncertain, is.uncertain))
            .collect();
        assert_eq!(
            pairs,
            [(old.figures[1].uncertain, !old.figures[1].uncertain)]
        );
        let mut renamed = old.clone();
        renamed.title.en.push('!');
        assert!(between(&old, &renamed).other);
    }
}
