//! Reading a dataset file: serde_json parses it, serde's derived deserializers
//! read it into the model (`at` gives every value its JSON path), `validate`
//! checks the rules. Two ways, one set of rules:
//!
//! - strictly (`parse_dataset`: the command-line validator and the build): any
//!   problem rejects the file, and every problem found is reported;
//! - leniently (`read_dataset`: the app): a problem confined to one figure,
//!   series or view leaves that record out, and a view that needs a record left
//!   out is withheld too; the page says which and why, and shows the rest.

mod at;
mod lines;
pub mod tree;

use super::model::*;
use super::problem::{Issue, Kind, Problem, Unresolved, ROOT};
use super::validate::{validate, validate_view};
use serde::de::DeserializeOwned;
use tree::Node;

pub use at::read;
pub use lines::line_of;

/// Parses and validates a dataset file, strictly: any problem rejects it, and every
/// problem found is reported (the command-line validator and the build use this).
pub fn parse_dataset(text: &str) -> Result<Dataset, Vec<Issue>> {
    let read = read_dataset(text)?;
    if read.skipped.is_empty() {
        Ok(read.dataset)
    } else {
        // A view that needs a broken record says so only where it can be shown
        // in place of the chart; here the record's own problem is the news.
        Err(read
            .skipped
            .into_iter()
            .filter(|i| !matches!(i.problem, Problem::LeftOut { .. }))
            .collect())
    }
}

/// What the app can show of a file.
#[derive(Debug, Clone, PartialEq)]
pub struct Readable {
    /// The dataset without its broken figures, series and views.
    pub dataset: Dataset,
    /// The problems of everything left out, at their paths in the file.
    pub skipped: Vec<Issue>,
    /// The views that cannot be shown, for the page to say so in their place.
    pub withheld: Vec<Withheld>,
}

/// A view that cannot be shown: where it was, and what of it could be read.
#[derive(Debug, Clone, PartialEq)]
pub struct Withheld {
    /// Its position in the file's list of views.
    pub index: usize,
    pub id: Option<String>,
    pub title: Option<Text>,
}

impl Withheld {
    /// A view that was read whole but cannot be shown; `index` is its
    /// position in the file.
    fn of(view: &View, index: usize) -> Withheld {
        Withheld {
            index,
            id: Some(view.id.clone()),
            title: Some(view.title.clone()),
        }
    }

    /// Its path in the file, for finding its problems among `skipped`.
    pub fn path(&self) -> String {
        format!("$.views[{}]", self.index)
    }
}

/// A view or a withheld view, in the file's order.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Slot<'a> {
    View(&'a View),
    Withheld(&'a Withheld),
}

impl Slot<'_> {
    /// The view's id, where it has one (a withheld view's may not be readable).
    pub fn id(&self) -> Option<&str> {
        match self {
            Slot::View(v) => Some(&v.id),
            Slot::Withheld(w) => w.id.as_deref(),
        }
    }
}

impl Readable {
    /// Every view of the file in its order, shown or withheld.
    pub fn slots(&self) -> Vec<Slot<'_>> {
        slots(&self.dataset.views, &self.withheld)
    }
}

/// The views that are shown and those withheld, merged back into the file's
/// order (`withheld` knows its indices; the shown ones fill the rest).
pub fn slots<'a>(views: &'a [View], withheld: &'a [Withheld]) -> Vec<Slot<'a>> {
    let total = views.len() + withheld.len();
    let mut views = views.iter();
    (0..total)
        .filter_map(|i| match withheld.iter().find(|w| w.index == i) {
            Some(w) => Some(Slot::Withheld(w)),
            None => views.next().map(Slot::View),
        })
        .collect()
}

/// The record lists that can lose a record without the rest of the file
/// losing its meaning, in the order of `Removed`'s slots.
const SKIPPABLE: [&str; 3] = ["figures", "series", "views"];
const FIGURES: usize = 0;
const SERIES: usize = 1;
const VIEWS: usize = 2;

/// Past this many broken records the file is not a partial success but broken.
const MAX_SKIPPED: usize = 200;

/// The records left out so far: per list, their original indices (sorted)
/// and the ids they had, if any could be read.
#[derive(Default)]
struct Removed {
    index: [Vec<usize>; 3],
    ids: [Vec<String>; 3],
}

impl Removed {
    fn add(&mut self, slot: usize, original: usize, id: Option<String>) {
        let at = self.index[slot].partition_point(|i| *i < original);
        self.index[slot].insert(at, original);
        self.ids[slot].extend(id);
    }

    /// The index in the file of what is now record `now` of a list.
    fn original(&self, slot: usize, now: usize) -> usize {
        let mut original = now;
        for r in &self.index[slot] {
            if *r <= original {
                original += 1;
            } else {
                break;
            }
        }
        original
    }

    fn was_left_out(&self, target: Target, id: &str) -> bool {
        let slot = match target {
            Target::Figure => FIGURES,
            Target::Series => SERIES,
            _ => return false,
        };
        self.ids[slot].iter().any(|i| i == id)
    }
}

/// `(slot, index)` of the record a path is inside: `(0, 3)` for a path inside
/// `$.figures[3]`.
fn record_of(path: &str) -> Option<(usize, usize)> {
    SKIPPABLE.into_iter().enumerate().find_map(|(slot, list)| {
        let rest = path
            .strip_prefix("$.")?
            .strip_prefix(list)?
            .strip_prefix('[')?;
        let close = rest.find(']')?;
        let index = rest[..close].parse().ok()?;
        matches!(
            rest[close + 1..].chars().next(),
            None | Some('.') | Some('[')
        )
        .then_some((slot, index))
    })
}

/// Rewrites `$.figures[now]…` to `$.figures[original]…`, so a reported path
/// points into the file as the partner wrote it.
fn renumber(path: &str, slot: usize, now: usize, original: usize) -> String {
    let list = SKIPPABLE[slot];
    let from = format!("$.{list}[{now}]");
    match path.strip_prefix(&from) {
        Some(rest) => format!("$.{list}[{original}]{rest}"),
        None => path.to_string(),
    }
}

/// A reference to a record that was left out says so, rather than that the
/// record does not exist: the partner should fix the record, not the view.
fn blame_left_out(problem: Problem, removed: &Removed) -> Problem {
    match problem {
        Problem::UnknownReference { target, id } if removed.was_left_out(target, &id) => {
            Problem::LeftOut { target, id }
        }
        Problem::Placeholder {
            reason: Unresolved::Missing { target, id },
            ..
        } if removed.was_left_out(target, &id) => Problem::LeftOut { target, id },
        other => other,
    }
}

/// Adds a problem to the list, except that a view which needs a record left
/// out says so once, not at every place it uses the record.
fn report(list: &mut Vec<Issue>, issue: Issue) {
    if let (Problem::LeftOut { .. }, Some((VIEWS, index))) =
        (&issue.problem, record_of(&issue.path))
    {
        let view = format!("$.views[{index}]");
        if list
            .iter()
            .any(|i| i.problem == issue.problem && i.is_inside(&view))
        {
            return;
        }
    }
    list.push(issue);
}

/// Reads a file leniently: a problem confined to one figure, series or view
/// leaves that record out and is reported in `skipped`, and a view that needs
/// a record left out is withheld; any other problem (syntax, version, sources,
/// parties, the partnership, the timeline) rejects the file with every problem
/// found.
pub fn read_dataset(text: &str) -> Result<Readable, Vec<Issue>> {
    let doc = tree::parse(text).map_err(|i| vec![i])?;
    let Node::Object(members) = &doc else {
        return Err(vec![at::wrong_type(&doc, ROOT, Kind::Object)]);
    };
    // The version first: it decides how the rest is read, so a file from
    // another schema gets its own message, not a field error.
    check_version(&doc)?;

    let mut skipped = Vec::new();
    let mut removed = Removed::default();
    let mut fatal = Vec::new();
    let mut withheld = Vec::new();
    let dataset = read_top(
        members,
        &mut skipped,
        &mut removed,
        &mut withheld,
        &mut fatal,
    );
    match dataset {
        Some(dataset) if fatal.is_empty() && skipped.len() <= MAX_SKIPPED => {
            keep_valid(dataset, skipped, removed, withheld)
        }
        _ => {
            skipped.append(&mut fatal);
            Err(skipped)
        }
    }
}

fn check_version(doc: &Node) -> Result<(), Vec<Issue>> {
    let Some(version) = doc.get("schema_version") else {
        return Err(vec![Issue::new(
            ROOT,
            Problem::Shape(super::problem::Shape::MissingField("schema_version".into())),
        )]);
    };
    let problem = match version {
        Node::Number(n) if n.as_u64() == Some(SUPPORTED_SCHEMA_VERSION.into()) => return Ok(()),
        Node::Number(n) if n.as_u64() == Some(1) => Problem::OldVersion { found: 1 },
        other => {
            let mut found = written(other);
            if let Some((cut, _)) = found.char_indices().nth(40) {
                found.truncate(cut);
                found.push('…');
            }
            Problem::UnsupportedVersion { found }
        }
    };
    Err(vec![Issue::new("$.schema_version", problem)])
}

/// A value as a partner wrote it, for a message: numbers and text as they
/// are, anything bigger by its kind.
fn written(node: &Node) -> String {
    match node {
        Node::Null => "null".into(),
        Node::Bool(b) => b.to_string(),
        Node::Number(n) => n.to_string(),
        Node::String(s) => format!("\"{s}\""),
        Node::Array(_) => "[…]".into(),
        Node::Object(_) => "{…}".into(),
    }
}

/// The fields of the top-level object, in the file's format.
const TOP_LEVEL: [&str; 15] = [
    "schema_version",
    "id",
    "title",
    "description",
    "updated",
    "licence",
    "disclosure_rule",
    "catalogue",
    "sources",
    "partnership",
    "services",
    "figures",
    "series",
    "timeline",
    "views",
];

/// The top-level object, every field read even after a problem in another, so
/// a partner sees every problem of the file at once.
fn read_top(
    members: &[(String, Node)],
    skipped: &mut Vec<Issue>,
    removed: &mut Removed,
    withheld: &mut Vec<Withheld>,
    fatal: &mut Vec<Issue>,
) -> Option<Dataset> {
    use super::problem::Shape;
    for (i, (name, _)) in members.iter().enumerate() {
        let shape = if !TOP_LEVEL.contains(&name.as_str()) {
            Shape::UnknownField(name.clone())
        } else if members[..i].iter().any(|(seen, _)| seen == name) {
            Shape::DuplicateField(name.clone())
        } else {
            continue;
        };
        fatal.push(Issue::new(format!("$.{name}"), Problem::Shape(shape)));
    }
    let node = |name: &str| -> Result<(&Node, String), Issue> {
        members
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| (v, format!("$.{name}")))
            .ok_or_else(|| Issue::new(ROOT, Problem::Shape(Shape::MissingField(name.to_string()))))
    };
    fn field<T: DeserializeOwned>(
        found: Result<(&Node, String), Issue>,
        fatal: &mut Vec<Issue>,
    ) -> Option<T> {
        found
            .and_then(|(node, at)| read(node, &at))
            .map_err(|i| fatal.push(i))
            .ok()
    }
    let mut list = |slot: usize| -> Option<&[Node]> {
        match node(SKIPPABLE[slot]) {
            Ok((Node::Array(items), _)) => Some(items),
            Ok((other, at)) => {
                fatal.push(at::wrong_type(other, &at, Kind::Array));
                None
            }
            Err(i) => {
                fatal.push(i);
                None
            }
        }
    };
    let figure_nodes = list(FIGURES);
    let series_nodes = list(SERIES);
    let view_nodes = list(VIEWS);
    let figures = figure_nodes.map(|n| records(n, FIGURES, skipped, removed, |_, _| {}));
    let series = series_nodes.map(|n| records(n, SERIES, skipped, removed, |_, _| {}));
    let views = view_nodes.map(|n| {
        records(n, VIEWS, skipped, removed, |index, node| {
            withheld.push(withheld_from(index, node))
        })
    });
    // Each field is read before any is given up on.
    let schema_version = field(node("schema_version"), fatal);
    let id = field(node("id"), fatal);
    let title = field(node("title"), fatal);
    let description = field(node("description"), fatal);
    let updated = field(node("updated"), fatal);
    let licence = field(node("licence"), fatal);
    let disclosure_rule = field(node("disclosure_rule"), fatal);
    // Optional, and only for catalogues: absent is none; a broken one is left
    // out with its problem (the charts do not need it).
    let catalogue = match node("catalogue") {
        Ok((found, at)) => read(found, &at).map_err(|i| skipped.push(i)).ok(),
        Err(_) => None,
    };
    let sources = field(node("sources"), fatal);
    let partnership = field(node("partnership"), fatal);
    let services = field(node("services"), fatal);
    let timeline = field(node("timeline"), fatal);
    Some(Dataset {
        schema_version: schema_version?,
        id: id?,
        title: title?,
        description: description?,
        updated: updated?,
        licence: licence?,
        disclosure_rule: disclosure_rule?,
        catalogue,
        sources: sources?,
        partnership: partnership?,
        services: services?,
        timeline: timeline?,
        figures: figures?,
        series: series?,
        views: views?,
    })
}

/// What can be read of a view that cannot be shown: its id and title, if
/// they are well formed, so that the page can name it.
fn withheld_from(index: usize, node: &Node) -> Withheld {
    let at = format!("$.views[{index}]");
    Withheld {
        index,
        id: node.get("id").and_then(Node::as_str).map(str::to_string),
        title: node
            .get("title")
            .and_then(|t| read::<Text>(t, &format!("{at}.title")).ok()),
    }
}

/// The records of a list read one by one: a broken one is left out, with its
/// problem, its original index and its id (if it has one) recorded.
fn records<T: DeserializeOwned>(
    items: &[Node],
    slot: usize,
    problems: &mut Vec<Issue>,
    removed: &mut Removed,
    mut on_removed: impl FnMut(usize, &Node),
) -> Vec<T> {
    let list = SKIPPABLE[slot];
    let mut kept = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        match read(item, &format!("$.{list}[{i}]")) {
            Ok(t) => kept.push(t),
            Err(issue) => {
                problems.push(issue);
                let id = item.get("id").and_then(Node::as_str).map(str::to_string);
                removed.add(slot, i, id);
                on_removed(i, item);
            }
        }
    }
    kept
}

/// Checks the rules of a dataset whose shape is right: problems inside a
/// figure, series or view leave that record out; any other rejects the file.
fn keep_valid(
    mut dataset: Dataset,
    mut skipped: Vec<Issue>,
    mut removed: Removed,
    mut withheld: Vec<Withheld>,
) -> Result<Readable, Vec<Issue>> {
    let issues = validate(&dataset);
    // A problem in the catalogue description leaves it out, and nothing else.
    let (catalogue, issues): (Vec<Issue>, Vec<Issue>) =
        issues.into_iter().partition(|i| i.is_inside("$.catalogue"));
    if !catalogue.is_empty() {
        dataset.catalogue = None;
        skipped.extend(catalogue);
    }
    let fatal = issues.iter().any(|i| record_of(&i.path).is_none());
    let mut broken: Vec<(usize, usize)> = Vec::new();
    for issue in issues {
        let Some((slot, now)) = record_of(&issue.path) else {
            skipped.push(issue);
            continue;
        };
        let original = removed.original(slot, now);
        report(
            &mut skipped,
            Issue::new(
                renumber(&issue.path, slot, now, original),
                blame_left_out(issue.problem, &removed),
            ),
        );
        if !broken.contains(&(slot, now)) {
            broken.push((slot, now));
        }
    }
    if fatal || skipped.len() > MAX_SKIPPED {
        return Err(skipped);
    }
    // Last record first, so each removal leaves the earlier indices valid;
    // their original indices are worked out before any is recorded.
    broken.sort_unstable_by(|a, b| b.cmp(a));
    let originals: Vec<usize> = broken
        .iter()
        .map(|(slot, now)| removed.original(*slot, *now))
        .collect();
    for ((slot, now), original) in broken.into_iter().zip(originals) {
        match slot {
            FIGURES => {
                let f = dataset.figures.remove(now);
                removed.add(slot, original, Some(f.id));
            }
            SERIES => {
                let s = dataset.series.remove(now);
                removed.add(slot, original, Some(s.id));
            }
            _ => {
                let v = dataset.views.remove(now);
                withheld.push(Withheld::of(&v, original));
                removed.add(slot, original, Some(v.id));
            }
        }
    }
    withhold_dependants(&mut dataset, &mut skipped, &mut removed, &mut withheld);
    // In the file's order (inserted in place: a sort would cost its own code).
    let mut ordered: Vec<Withheld> = Vec::with_capacity(withheld.len());
    for w in withheld {
        let at = ordered.partition_point(|o| o.index < w.index);
        ordered.insert(at, w);
    }
    let withheld = ordered;
    Ok(Readable {
        dataset,
        skipped,
        withheld,
    })
}

/// Views that were valid with every record but need one that has since been
/// left out: withheld, each problem saying which record it needs.
fn withhold_dependants(
    dataset: &mut Dataset,
    skipped: &mut Vec<Issue>,
    removed: &mut Removed,
    withheld: &mut Vec<Withheld>,
) {
    let mut now = 0;
    while now < dataset.views.len() {
        let problems = validate_view(&dataset.views[now], now, dataset);
        if problems.is_empty() {
            now += 1;
            continue;
        }
        let original = removed.original(VIEWS, now);
        for issue in problems {
            let issue = Issue::new(
                renumber(&issue.path, VIEWS, now, original),
                blame_left_out(issue.problem, removed),
            );
            report(skipped, issue);
        }
        let v = dataset.views.remove(now);
        withheld.push(Withheld::of(&v, original));
        removed.add(VIEWS, original, Some(v.id));
    }
}
