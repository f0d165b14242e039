//! Structure-aware property tests: datasets generated from the format's own
//! rules (random but valid figures, series and views of every panel kind, with
//! hostile text), which must validate; then exactly one rule broken, which must
//! be reported alone, at its path, while the lenient reader keeps every record
//! the break did not touch.
#![cfg(not(target_arch = "wasm32"))]

use iop_dashboard::data::{parse_dataset, read_dataset, validate};
use proptest::prelude::*;
use serde_json::{json, Value as Json};

const BUNDLED: &str = include_str!("../data/iop-ensamkommande.json");

/// Text a publisher might write, including what a page must escape and wrap.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[A-Za-zÅÄÖåäö][A-Za-zÅÄÖåäö0-9 ,.–-]{0,40}",
        Just("<script>alert(1)</script> & \"quoted\"".to_string()),
        Just("Ett_mycket_långt_ord_utan_mellanslag_som_måste_brytas".to_string()),
        Just("مرحبا – العربية".to_string()),
        Just("🙂 emoji {brace} 100 %".to_string()),
    ]
}

fn both() -> impl Strategy<Value = Json> {
    (text(), text()).prop_map(|(sv, en)| json!({ "sv": sv, "en": en }))
}

/// A takeaway: any text, but a `{` always starts a placeholder, so none here.
fn sentence() -> impl Strategy<Value = Json> {
    (text(), text()).prop_map(|(sv, en)| {
        let plain = |t: String| t.replace(['{', '}'], "");
        json!({ "sv": plain(sv), "en": plain(en) })
    })
}

/// A figure's unit with a value that obeys its rules: whole counts, never 1–4
/// people, per cents within 0–100, money of any size.
fn unit_and_value() -> impl Strategy<Value = (&'static str, Json)> {
    prop_oneof![
        (
            prop_oneof![Just("children"), Just("people")],
            prop_oneof![Just(0u64), 5u64..5000]
        )
            .prop_map(|(u, v)| (u, json!(v))),
        (
            prop_oneof![Just("places"), Just("posts"), Just("events")],
            0u64..5000
        )
            .prop_map(|(u, v)| (u, json!(v))),
        (Just("percent"), 0u64..=100).prop_map(|(u, v)| (u, json!(v))),
        (Just("sek"), 1u64..2_000_000_000).prop_map(|(u, v)| (u, json!(v))),
        Just(("children", json!("<5"))),
    ]
}

fn date() -> impl Strategy<Value = String> {
    prop_oneof![
        (2010i32..2025).prop_map(|y| y.to_string()),
        (2010i32..2025, 1u32..=12).prop_map(|(y, m)| format!("{y}-{m:02}")),
        (2010i32..2020, 1i32..4).prop_map(|(y, n)| format!("{y}/{}", y + n)),
    ]
}

/// What a figure may carry besides its value: how the source hedges it, a
/// note on the reading, a caveat, and whether it is a key figure.
fn extras() -> impl Strategy<Value = (Option<&'static str>, Option<Json>, Option<Json>, bool)> {
    (
        prop::option::of(prop_oneof![Just("about"), Just("just_over")]),
        prop::option::of(both()),
        prop::option::of(both()),
        any::<bool>(),
    )
}

/// One figure: one value, or two when its sources disagree.
fn figure(i: usize, sources: usize) -> impl Strategy<Value = Json> {
    (unit_and_value(), date(), both(), any::<bool>(), 0..sources, prop::option::of(1u64..100), extras())
        .prop_map(move |((unit, value), date, label, uncertain, source, second, (qualifier, note, caveat, headline))| {
            let mut first = json!({ "value": value, "sources": [format!("gen-source-{source}")] });
            if let (Some(q), true) = (qualifier, value.is_number()) {
                first["qualifier"] = json!(q);
            }
            if let Some(note) = note {
                first["note"] = note;
            }
            let mut values = vec![first];
            // A second source's different count (kept within the unit's rules).
            if let (Some(extra), Some(n)) = (second, value.as_u64()) {
                let other = match unit {
                    "percent" => (n + extra) % 101,
                    _ => n + extra + 5,
                };
                if other != n {
                    values.push(json!({ "value": other, "sources": [format!("gen-source-{}", (source + 1) % sources)] }));
                }
            }
            let mut figure = json!({
                "id": format!("gen-figure-{i}"), "topic": "reach", "label": label, "unit": unit,
                "date": date, "values": values, "uncertain": uncertain, "headline": headline,
            });
            if let Some(caveat) = caveat {
                figure["caveat"] = caveat;
            }
            figure
        })
}

/// A yearly series with gaps (each saying why), suppressed counts and
/// uncertain points, sometimes with a caveat.
fn series(i: usize) -> impl Strategy<Value = Json> {
    let point = (
        prop_oneof![4 => (5u64..50_000).prop_map(|v| json!(v)), 1 => Just(json!("<5")), 1 => Just(Json::Null)],
        any::<bool>(),
    );
    (2000i32..2015, prop::collection::vec(point, 1..8), both(), prop::option::of(both()))
        .prop_map(move |(start, points, label, caveat)| {
            let points: Vec<Json> = points
                .into_iter()
                .enumerate()
                .map(|(k, (value, uncertain))| {
                    let period = (start + k as i32).to_string();
                    if value.is_null() {
                        json!({ "period": period, "value": null, "note": { "sv": "Ingen siffra.", "en": "No figure." } })
                    } else {
                        json!({ "period": period, "value": value, "uncertain": uncertain, "sources": ["gen-source-0"] })
                    }
                })
                .collect();
            let mut series = json!({ "id": format!("gen-series-{i}"), "topic": "context_sweden", "label": label, "unit": "children", "points": points });
            if let Some(caveat) = caveat {
                series["caveat"] = caveat;
            }
            series
        })
}

/// The generated part of a dataset, laid into the bundled file's partnership,
/// parties, services and timeline.
#[derive(Debug, Clone)]
struct Generated {
    doc: Json,
}

/// A keyword: any text but the tables' separator, without spaces around it.
fn keyword() -> impl Strategy<Value = Json> {
    text().prop_map(|t| json!(t.replace(';', ",").trim()))
}

/// A catalogue description: a contact by e-mail, by web page or both, some
/// keywords in each language, one to three of the EU's themes.
fn catalogue() -> impl Strategy<Value = Json> {
    let themes = prop::sample::subsequence(
        vec!["SOCI", "GOVE", "EDUC", "HEAL", "REGI", "OP_DATPRO"],
        1..4,
    );
    (
        (both(), both(), both()),
        0u8..3,
        prop::collection::vec(keyword(), 1..4),
        prop::collection::vec(keyword(), 1..4),
        themes,
    )
        .prop_map(|((publisher, contact, place), reach, sv, en, themes)| {
            let mut contact = json!({ "name": contact });
            if reach != 1 {
                contact["email"] = json!("data@example.se");
            }
            if reach != 0 {
                contact["url"] = json!("https://example.se/kontakt?a=1&b=<2>");
            }
            json!({
                "publisher": { "name": publisher, "url": "https://example.se/" },
                "contact": contact,
                "keywords": { "sv": sv, "en": en },
                "themes": themes,
                "place": place,
            })
        })
}

/// A generated dataset with or without a catalogue description.
fn dataset() -> impl Strategy<Value = Generated> {
    (records(), prop::option::of(catalogue())).prop_map(|(mut g, catalogue)| {
        match catalogue {
            Some(c) => g.doc["catalogue"] = c,
            None => {
                g.doc.as_object_mut().map(|o| o.shift_remove("catalogue"));
            }
        }
        g
    })
}

fn records() -> impl Strategy<Value = Generated> {
    (1usize..4, 2usize..7, 1usize..3)
        .prop_flat_map(|(sources, figures, series_n)| {
            (
                Just(sources),
                (0..figures).map(|i| figure(i, sources)).collect::<Vec<_>>(),
                (0..series_n).map(series).collect::<Vec<_>>(),
                prop::collection::vec(
                    (
                        both(),
                        sentence(),
                        0usize..6,
                        any::<prop::sample::Index>(),
                        (prop::option::of(both()), prop::collection::vec(both(), 0..3)),
                    ),
                    1..5,
                ),
            )
        })
        .prop_map(|(sources, figures, series, views)| {
            let mut doc: Json = serde_json::from_str(BUNDLED).expect("bundled");
            doc["sources"] = Json::Array(
                (0..sources)
                    // One publisher in one year, each on its own day: cited by
                    // their full dates, never alike (CitedAlike).
                    .map(|i| json!({ "id": format!("gen-source-{i}"), "title": "Rapport", "publisher": "Utgivare", "date": format!("2017-0{}-15", i + 1), "type": "report" }))
                    .collect(),
            );
            for s in doc["sources"].as_array_mut().into_iter().flatten() {
                s.as_object_mut().map(|o| o.remove("type"));
            }
            // Records outside figures and series keep citing sources that exist.
            retarget_sources(&mut doc);
            let fig_ids: Vec<(String, String)> = figures
                .iter()
                .map(|f| (f["id"].as_str().unwrap_or_default().into(), f["unit"].as_str().unwrap_or_default().into()))
                .collect();
            doc["figures"] = Json::Array(figures);
            let series_ids: Vec<String> =
                series.iter().map(|s| s["id"].as_str().unwrap_or_default().into()).collect();
            doc["series"] = Json::Array(series);
            let events: Vec<String> = ids(&doc["timeline"]);
            let parties: Vec<String> = ids(&doc["partnership"]["parties"]);
            let services: Vec<String> = ids(&doc["services"]);
            doc["views"] = Json::Array(
                views
                    .into_iter()
                    .enumerate()
                    .map(|(v, (title, takeaway, kind, pick, (subtitle, notes)))| {
                        let panel = panel(kind, &pick, &fig_ids, &series_ids, &events, &parties, &services);
                        let mut view = json!({ "id": format!("gen-view-{v}"), "title": title, "takeaway": takeaway, "panels": [panel] });
                        if let Some(subtitle) = subtitle {
                            view["subtitle"] = subtitle;
                        }
                        if !notes.is_empty() {
                            view["notes"] = Json::Array(notes);
                        }
                        view
                    })
                    .collect(),
            );
            Generated { doc }
        })
}

fn ids(list: &Json) -> Vec<String> {
    list.as_array()
        .into_iter()
        .flatten()
        .filter_map(|r| r["id"].as_str().map(String::from))
        .collect()
}

/// Points every source list outside the generated records at the first
/// generated source, so the file's references stay whole.
fn retarget_sources(doc: &mut Json) {
    fn walk(v: &mut Json) {
        match v {
            Json::Object(o) => {
                for (k, child) in o.iter_mut() {
                    if k == "sources" && child.is_array() {
                        *child = json!(["gen-source-0"]);
                    } else {
                        walk(child);
                    }
                }
            }
            Json::Array(a) => a.iter_mut().for_each(walk),
            _ => {}
        }
    }
    for key in ["partnership", "services", "timeline"] {
        walk(&mut doc[key]);
    }
}

/// A panel of kind `kind` (by number) drawing records it can show.
fn panel(
    kind: usize,
    pick: &prop::sample::Index,
    figures: &[(String, String)],
    series: &[String],
    events: &[String],
    parties: &[String],
    services: &[String],
) -> Json {
    let refs = |field: &str, ids: &[String]| -> Vec<Json> {
        let n = 1 + pick.index(ids.len().max(1));
        ids.iter().take(n).map(|id| json!({ field: id })).collect()
    };
    let (first_unit, same_unit): (String, Vec<String>) = {
        let unit = figures[pick.index(figures.len())].1.clone();
        let ids = figures
            .iter()
            .filter(|(_, u)| *u == unit)
            .map(|(id, _)| id.clone())
            .collect();
        (unit, ids)
    };
    match kind {
        0 => {
            let mut marks = refs("figure", &same_unit);
            // A mark of another kind of quantity, drawn apart.
            if marks.len() > 1 && pick.index(2) == 1 {
                if let Some(last) = marks.last_mut() {
                    last["style"] = json!("secondary");
                }
            }
            json!({ "kind": "bars", "marks": marks })
        }
        1 => {
            json!({ "kind": "columns", "marks": [{ "series": series[pick.index(series.len())] }] })
        }
        2 => json!({ "kind": "timeline", "marks": refs("event", events) }),
        3 => {
            let mut marks = refs("party", parties);
            marks.extend(refs("service", services));
            json!({ "kind": "matrix", "marks": marks })
        }
        4 => {
            json!({ "kind": "numbers", "marks": figures.iter().map(|(id, _)| json!({ "figure": id })).collect::<Vec<_>>() })
        }
        _ => {
            let percent: Vec<String> = figures
                .iter()
                .filter(|(_, u)| u == "percent")
                .map(|(id, _)| id.clone())
                .collect();
            if percent.is_empty() {
                json!({ "kind": "bars", "title": { "sv": first_unit, "en": first_unit }, "marks": refs("figure", &same_unit) })
            } else {
                json!({ "kind": "share", "marks": refs("figure", &percent) })
            }
        }
    }
}

/// One rule broken, where it is to be found, and what is to be reported there.
#[derive(Debug, Clone, Copy)]
enum Break {
    CountOfFewPeople,
    PercentOverAHundred,
    MissingFigure,
    BlankEnglishTitle,
    DuplicateViewId,
    DateInWords,
    ContactEmail,
}

impl Break {
    const ALL: [Break; 7] = [
        Break::CountOfFewPeople,
        Break::PercentOverAHundred,
        Break::MissingFigure,
        Break::BlankEnglishTitle,
        Break::DuplicateViewId,
        Break::DateInWords,
        Break::ContactEmail,
    ];

    /// Whether a JSON Schema can state the rule (as the corpus marks it): a
    /// rule across records (a reference, a unique id) it cannot.
    fn schema_sees(self) -> bool {
        !matches!(self, Break::MissingFigure | Break::DuplicateViewId)
    }
}

fn breaks() -> impl Strategy<Value = Break> {
    prop_oneof![
        Just(Break::CountOfFewPeople),
        Just(Break::PercentOverAHundred),
        Just(Break::MissingFigure),
        Just(Break::BlankEnglishTitle),
        Just(Break::DuplicateViewId),
        Just(Break::DateInWords),
        Just(Break::ContactEmail),
    ]
}

/// What the lenient reader leaves out for a broken rule.
#[derive(Debug, Clone, Copy, PartialEq)]
enum LeftOut {
    Figure,
    View,
    Catalogue,
}

/// Breaks the rule in `doc`; the path and problem to expect, and what the
/// lenient reader leaves out. None when the file has nothing to break that way.
fn apply(b: Break, doc: &mut Json) -> Option<(String, &'static str, LeftOut)> {
    let figures = doc["figures"].as_array()?.clone();
    let unit_at = |u: &[&str]| {
        figures
            .iter()
            .position(|f| u.contains(&f["unit"].as_str().unwrap_or_default()))
    };
    match b {
        Break::CountOfFewPeople => {
            let i = unit_at(&["children", "people"])?;
            doc["figures"][i]["values"][0]["value"] = json!(3);
            Some((
                format!("$.figures[{i}].values[0].value"),
                "Disclosure",
                LeftOut::Figure,
            ))
        }
        Break::PercentOverAHundred => {
            let i = unit_at(&["percent"])?;
            doc["figures"][i]["values"][0]["value"] = json!(101);
            Some((
                format!("$.figures[{i}].values[0].value"),
                "PercentOutOfRange",
                LeftOut::Figure,
            ))
        }
        Break::DateInWords => {
            doc["figures"][0]["date"] = json!("våren 2015");
            Some(("$.figures[0].date".into(), "BadPeriod", LeftOut::Figure))
        }
        Break::MissingFigure => {
            let views = doc["views"].as_array()?.clone();
            let v = views
                .iter()
                .position(|v| v["panels"][0]["marks"][0]["figure"].is_string())?;
            doc["views"][v]["panels"][0]["marks"][0]["figure"] = json!("no-such-figure");
            Some((
                format!("$.views[{v}].panels[0].marks[0].figure"),
                "UnknownReference",
                LeftOut::View,
            ))
        }
        Break::BlankEnglishTitle => {
            doc["views"][0]["title"]["en"] = json!("  ");
            Some((
                "$.views[0].title.en".into(),
                "MissingTranslation",
                LeftOut::View,
            ))
        }
        Break::DuplicateViewId => {
            let n = doc["views"].as_array()?.len();
            if n < 2 {
                return None;
            }
            let first = doc["views"][0]["id"].clone();
            doc["views"][n - 1]["id"] = first;
            Some((
                format!("$.views[{}].id", n - 1),
                "DuplicateId",
                LeftOut::View,
            ))
        }
        Break::ContactEmail => {
            doc.get("catalogue")?;
            doc["catalogue"]["contact"]["email"] = json!("data.example.se");
            Some((
                "$.catalogue.contact.email".into(),
                "BadEmail",
                LeftOut::Catalogue,
            ))
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn generated_datasets_are_valid_and_kept_whole(g in dataset()) {
        let text = g.doc.to_string();
        let d = parse_dataset(&text).map_err(|i| TestCaseError::fail(format!("{i:?}\n{text}")))?;
        let problems = validate(&d);
        prop_assert!(problems.is_empty(), "{:?}", problems);
        let read = read_dataset(&text).map_err(|i| TestCaseError::fail(format!("{i:?}")))?;
        prop_assert!(read.skipped.is_empty() && read.withheld.is_empty());
        prop_assert_eq!(read.dataset.views.len(), g.doc["views"].as_array().map_or(0, Vec::len));
        // Every view of every kind is drawn, in both languages, without panic.
        for lang in iop_dashboard::i18n::Lang::ALL {
            for view in &d.views {
                prop_assert!(iop_dashboard::chart::build(view, &d, lang).is_ok(), "{}", view.id);
            }
        }
    }

    #[test]
    fn one_broken_rule_is_reported_alone_at_its_path(g in dataset(), b in breaks()) {
        let mut doc = g.doc.clone();
        let Some((path, problem, left_out)) = apply(b, &mut doc) else { return Ok(()) };
        let text = doc.to_string();
        // The strict reading (the validator's): exactly that problem, there.
        let issues = match parse_dataset(&text) {
            Ok(d) => validate(&d),
            Err(issues) => issues,
        };
        prop_assert_eq!(issues.len(), 1, "{:?}", issues);
        prop_assert_eq!(&issues[0].path, &path);
        let said = format!("{:?}", issues[0].problem);
        prop_assert!(said.starts_with(problem), "{} is not {}", said, problem);
        // The lenient reading (the app's): every record the break did not touch stays.
        let read = read_dataset(&text).map_err(|i| TestCaseError::fail(format!("{i:?}")))?;
        let figures = g.doc["figures"].as_array().map_or(0, Vec::len);
        let views = g.doc["views"].as_array().map_or(0, Vec::len);
        let series = g.doc["series"].as_array().map_or(0, Vec::len);
        match left_out {
            LeftOut::Figure => {
                prop_assert_eq!(read.dataset.figures.len(), figures - 1);
                // Views that did not need the broken figure are all still drawn.
                prop_assert_eq!(read.dataset.views.len() + read.withheld.len(), views);
            }
            LeftOut::View => {
                prop_assert_eq!(read.dataset.figures.len(), figures);
                prop_assert_eq!(read.dataset.series.len(), series);
                prop_assert_eq!(read.dataset.views.len(), views - 1);
            }
            LeftOut::Catalogue => {
                // Only the catalogue description goes; every chart stays.
                prop_assert!(read.dataset.catalogue.is_none());
                prop_assert_eq!(read.dataset.figures.len(), figures);
                prop_assert_eq!(read.dataset.series.len(), series);
                prop_assert_eq!(read.dataset.views.len(), views);
                prop_assert_eq!(read.skipped.len(), 1);
            }
        }
        if left_out != LeftOut::Catalogue {
            prop_assert_eq!(read.dataset.catalogue.is_some(), g.doc.get("catalogue").is_some());
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 60, ..ProptestConfig::default() })]

    /// Back from the spreadsheet (issue 17): every valid dataset comes back
    /// exactly from its workbook, as calamine reads it, and from its tidy CSVs.
    #[test]
    fn every_valid_dataset_comes_back_exactly_from_its_workbook_and_its_csvs(g in dataset()) {
        use iop_dashboard::export::{csv::{write, Dialect}, tables::tables, workbook::workbook};
        use iop_dashboard::import::{csv, import, workbook as book};
        let text = g.doc.to_string();
        let d = parse_dataset(&text).map_err(|i| TestCaseError::fail(format!("{i:?}")))?;
        let bytes = workbook(&d).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let sheets = book::sheets(bytes).map_err(TestCaseError::fail)?;
        let back = import(&sheets).map_err(|p| TestCaseError::fail(format!("{p:#?}")))?;
        prop_assert_eq!(&back.dataset, &d);
        let sheets = tables(&d)
            .iter()
            .map(|t| csv::sheet(t.name, &write(&t.header(), &t.rows, Dialect::Tidy)))
            .collect::<Result<Vec<_>, _>>()
            .map_err(TestCaseError::fail)?;
        let back = import(&sheets).map_err(|p| TestCaseError::fail(format!("{p:#?}")))?;
        prop_assert_eq!(&back.dataset, &d);
    }
}

/// `$.figures[3].values[0].value` as a JSON Pointer: `/figures/3/values/0/value`.
fn pointer(path: &str) -> String {
    path.trim_start_matches('$')
        .replace(['[', '.'], "/")
        .replace(']', "")
}

/// The JSON Schema's verdict (Ajv, `tests/schema/verdicts.mjs`) on each file:
/// the pointers at which it reports a problem.
fn schema_verdicts(docs: &[Json]) -> Vec<Vec<String>> {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/schema/verdicts.mjs");
    let mut node = Command::new("node")
        .arg(script)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("node runs (scripts/test installs it and Ajv)");
    let input = serde_json::to_vec(docs).expect("json");
    node.stdin
        .take()
        .expect("stdin")
        .write_all(&input)
        .expect("write");
    let out = node.wait_with_output().expect("node finishes");
    assert!(out.status.success(), "verdicts.mjs failed");
    serde_json::from_slice(&out.stdout).expect("verdicts are JSON")
}

/// The same generated files, read by the JSON Schema (with Ajv) and by the Rust
/// validator: every valid one passes both; a broken one fails the schema, at
/// (or above) the validator's path, exactly when the schema can state the rule.
#[test]
fn the_schema_and_the_validator_agree_on_generated_files() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let mut docs = Vec::new();
    // (index of the file, the rule broken, the validator's path)
    let mut expected = Vec::new();
    for _ in 0..60 {
        let g = dataset()
            .new_tree(&mut runner)
            .expect("generated")
            .current();
        let d = parse_dataset(&g.doc.to_string()).expect("generated files read");
        assert!(validate(&d).is_empty());
        expected.push((docs.len(), None, String::new()));
        docs.push(g.doc.clone());
        for b in Break::ALL {
            let mut broken = g.doc.clone();
            if let Some((path, _, _)) = apply(b, &mut broken) {
                expected.push((docs.len(), Some(b), pointer(&path)));
                docs.push(broken);
            }
        }
    }
    assert!(expected.iter().filter(|(_, b, _)| b.is_some()).count() > 200);
    let verdicts = schema_verdicts(&docs);
    assert_eq!(verdicts.len(), docs.len());
    for (i, rule, at) in expected {
        let found = &verdicts[i];
        match rule {
            None => assert!(
                found.is_empty(),
                "a valid file fails the schema: {found:?}\n{}",
                docs[i]
            ),
            Some(b) if b.schema_sees() => assert!(
                found
                    .iter()
                    .any(|p| !p.is_empty() && (at == *p || at.starts_with(&format!("{p}/")))),
                "{b:?}: the schema does not report {at} (it reports {found:?})"
            ),
            Some(b) => assert!(
                found.is_empty(),
                "{b:?}: the schema now reports {found:?}; it can state the rule, so mark it"
            ),
        }
    }
}
