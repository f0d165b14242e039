//! Each validation rule, shown by breaking one thing in a copy of the bundled
//! dataset and checking the problem is reported at the right JSON path.
#![cfg(not(target_arch = "wasm32"))]

use iop_dashboard::data::{parse_dataset, Issue, Problem, Target, Value};
use serde_json::{json, Value as Json};

const BUNDLED: &str = include_str!("../data/iop-ensamkommande.json");

fn bundled() -> Json {
    serde_json::from_str(BUNDLED).expect("bundled data is JSON")
}

/// Sets the value at a JSON pointer in a copy of the bundled data.
fn with(pointer: &str, value: Json) -> Json {
    let mut doc = bundled();
    *doc.pointer_mut(pointer)
        .unwrap_or_else(|| panic!("no {pointer} in bundled data")) = value;
    doc
}

fn without(parent: &str, key: &str) -> Json {
    let mut doc = bundled();
    doc.pointer_mut(parent)
        .and_then(Json::as_object_mut)
        .unwrap_or_else(|| panic!("no object at {parent}"))
        .remove(key)
        .unwrap_or_else(|| panic!("no {key} in {parent}"));
    doc
}

fn issues(doc: &Json) -> Vec<Issue> {
    match parse_dataset(&doc.to_string()) {
        Ok(_) => panic!("the broken file was accepted"),
        Err(issues) => issues,
    }
}

/// The one problem reported, checked for its path and a phrase of its message.
fn only_issue(doc: &Json, path: &str, phrase: &str) -> Problem {
    let found = issues(doc);
    assert_eq!(found.len(), 1, "expected one problem, got {found:#?}");
    assert_eq!(found[0].path, path);
    let message = found[0].to_string();
    assert!(
        message.contains(phrase),
        "{message:?} should contain {phrase:?}"
    );
    found[0].problem.clone()
}

fn figure_index(id: &str) -> usize {
    bundled()["figures"]
        .as_array()
        .and_then(|fs| fs.iter().position(|f| f["id"] == id))
        .unwrap_or_else(|| panic!("no figure {id}"))
}

#[test]
fn the_bundled_dataset_is_valid() {
    let d = parse_dataset(BUNDLED).unwrap_or_else(|e| panic!("bundled data invalid: {e:#?}"));
    assert_eq!(d.schema_version, 2);
    assert!(d.headline_figures().count() >= 4);
    // Disagreeing sources are both kept.
    let reached = d
        .figures
        .iter()
        .find(|f| f.id == "children-reached")
        .expect("children-reached");
    let values: Vec<_> = reached.values.iter().map(|v| v.value).collect();
    assert_eq!(values, [Value::Number(270.0), Value::Number(272.0)]);
    // A year with no figure is a gap, not a zero.
    let sweden = &d.series[0];
    let y2019 = sweden
        .points
        .iter()
        .find(|p| p.period == "2019")
        .expect("2019");
    assert_eq!(y2019.value, None);
}

#[test]
fn unsupported_schema_version() {
    let p = only_issue(
        &with("/schema_version", json!(3)),
        "$.schema_version",
        "not supported",
    );
    assert_eq!(p, Problem::UnsupportedVersion { found: "3".into() });
    only_issue(
        &with("/schema_version", json!("2")),
        "$.schema_version",
        "not supported",
    );
    only_issue(&without("", "schema_version"), "$", "schema_version");
}

#[test]
fn a_version_1_file_is_told_how_to_migrate() {
    let p = only_issue(
        &with("/schema_version", json!(1)),
        "$.schema_version",
        "cargo run --bin validate -- --migrate FILE",
    );
    assert_eq!(p, Problem::OldVersion { found: 1 });
    let sv = iop_dashboard::i18n::problem_message(&p, Lang::Sv);
    assert!(
        sv.contains("formatversion 1") && sv.contains("--migrate"),
        "{sv}"
    );
}

#[test]
fn every_referenced_source_must_exist() {
    let i = figure_index("crisis-conversations");
    let doc = with(
        &format!("/figures/{i}/values/0/sources/0"),
        json!("forum-2071"),
    );
    let p = only_issue(
        &doc,
        &format!("$.figures[{i}].values[0].sources[0]"),
        "\"forum-2071\" is not listed",
    );
    assert_eq!(p, Problem::UnknownSource("forum-2071".into()));
    only_issue(
        &with("/timeline/0/sources/0", json!("nowhere")),
        "$.timeline[0].sources[0]",
        "not listed",
    );
}

#[test]
fn referenced_parties_must_exist() {
    only_issue(
        &with(
            "/services/2/known_activities/0/party",
            json!("someone-else"),
        ),
        "$.services[2].known_activities[0].party",
        "\"someone-else\" is not listed in $.partnership.parties",
    );
}

#[test]
fn figures_need_at_least_one_source() {
    only_issue(
        &with("/figures/0/values/0/sources", json!([])),
        "$.figures[0].values[0].sources",
        "at least one source",
    );
}

#[test]
fn labels_in_both_languages() {
    only_issue(
        &without("/figures/1/label", "en"),
        "$.figures[1].label.en",
        "missing in English",
    );
    only_issue(
        &with("/figures/1/label/sv", json!("  ")),
        "$.figures[1].label.sv",
        "missing in Swedish",
    );
    only_issue(
        &with("/partnership/aims/0/label/en", json!("")),
        "$.partnership.aims[0].label.en",
        "English",
    );
}

#[test]
fn percentages_within_0_to_100() {
    let i = figure_index("internship-share");
    let p = only_issue(
        &with(&format!("/figures/{i}/values/0/value"), json!(155)),
        &format!("$.figures[{i}].values[0].value"),
        "outside 0–100",
    );
    assert_eq!(p, Problem::PercentOutOfRange(155.0));
    only_issue(
        &with(&format!("/figures/{i}/values/0/value"), json!(-1)),
        &format!("$.figures[{i}].values[0].value"),
        "negative",
    );
    assert!(
        parse_dataset(&with(&format!("/figures/{i}/values/0/value"), json!(100)).to_string())
            .is_ok()
    );
}

#[test]
fn counts_are_non_negative_whole_numbers() {
    let i = figure_index("crisis-conversations");
    let at = format!("$.figures[{i}].values[0].value");
    let ptr = format!("/figures/{i}/values/0/value");
    assert_eq!(
        only_issue(&with(&ptr, json!(-500)), &at, "negative"),
        Problem::Negative(-500.0)
    );
    assert_eq!(
        only_issue(&with(&ptr, json!(500.5)), &at, "whole"),
        Problem::NotWhole(500.5)
    );
    assert_eq!(
        only_issue(&with(&ptr, json!(1e15)), &at, "implausibly large"),
        Problem::TooLarge(1e15)
    );
    assert!(
        parse_dataset(&with(&ptr, json!(0)).to_string()).is_ok(),
        "zero is a valid count"
    );
}

#[test]
fn counts_of_one_to_four_people_must_be_suppressed() {
    let i = figure_index("sponsor-family-matches");
    let ptr = format!("/figures/{i}/values/0/value");
    let at = format!("$.figures[{i}].values[0].value");
    for n in 1..=4 {
        let p = only_issue(&with(&ptr, json!(n)), &at, "publish \"<5\" instead");
        assert_eq!(p, Problem::Disclosure(n as f64));
    }
    let d = parse_dataset(&with(&ptr, json!("<5")).to_string()).expect("the marker is accepted");
    assert_eq!(d.figures[i].values[0].value, Value::Suppressed);
    assert!(
        parse_dataset(&with(&ptr, json!(5)).to_string()).is_ok(),
        "five is publishable"
    );
    // The rule is about people: four coordinator posts are publishable.
    let posts = figure_index("coordinator-posts");
    assert!(parse_dataset(
        &with(&format!("/figures/{posts}/values/0/value"), json!(4)).to_string()
    )
    .is_ok());
    // And the marker is only for people.
    only_issue(
        &with(&format!("/figures/{posts}/values/0/value"), json!("<5")),
        &format!("$.figures[{posts}].values[0].value"),
        "only for counts of people",
    );
    // The rule holds in series too.
    only_issue(
        &with("/series/0/points/0/value", json!(3)),
        "$.series[0].points[0].value",
        "disclosure rule",
    );
}

#[test]
fn dates_are_iso_8601() {
    only_issue(
        &with("/timeline/3/date", json!("mars 2015")),
        "$.timeline[3].date",
        "not an ISO-8601 date",
    );
    only_issue(
        &with("/sources/0/date", json!("2017-02-29")),
        "$.sources[0].date",
        "ISO-8601",
    );
    only_issue(
        &with("/figures/0/date", json!("2017/2015")),
        "$.figures[0].date",
        "ISO-8601",
    );
    only_issue(
        &with("/updated", json!("22/11/2026")),
        "$.updated",
        "ISO-8601",
    );
}

/// An interval is a date only where the format takes one (a figure's, a
/// source's): an event's date given as one is told what it may be, without
/// the interval a keeper wrote (the message once offered it there too).
#[test]
fn an_interval_is_offered_only_where_one_is_taken() {
    use iop_dashboard::i18n::{problems::problem_message, Lang};
    let cases = [
        (
            "timeline/0",
            "2010/2011",
            "(YYYY, YYYY-MM or YYYY-MM-DD)",
            "\"2010/2011\" är inte ett ISO 8601-datum (ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD)",
        ),
        (
            "figures/0",
            "våren 2015",
            "(YYYY, YYYY-MM or YYYY-MM-DD, or an interval START/END)",
            "\"våren 2015\" är inte ett ISO 8601-datum (ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD, eller ett intervall START/SLUT)",
        ),
    ];
    for (record, date, en, sv) in cases {
        let (list, index) = record.split_once('/').expect("list/index");
        let problem = only_issue(
            &with(&format!("/{record}/date"), json!(date)),
            &format!("$.{list}[{index}].date"),
            en,
        );
        assert_eq!(problem_message(&problem, Lang::Sv), sv, "{record}");
    }
}

#[test]
fn the_timeline_is_in_date_order() {
    let mut doc = bundled();
    let events = doc["timeline"].as_array_mut().expect("timeline");
    events.swap(1, 2);
    let p = only_issue(&doc, "$.timeline[2].date", "keep it in date order");
    assert_eq!(
        p,
        Problem::OutOfOrder {
            previous: "2014".into(),
            this: "2012-09".into()
        }
    );
}

#[test]
fn series_points_are_in_order() {
    let mut doc = bundled();
    doc["series"][0]["points"]
        .as_array_mut()
        .expect("points")
        .swap(0, 1);
    only_issue(&doc, "$.series[0].points[1].period", "date order");
}

#[test]
fn a_gap_must_say_why() {
    let mut doc = bundled();
    let gap = doc["series"][0]["points"]
        .as_array_mut()
        .and_then(|ps| ps.iter_mut().find(|p| p["value"].is_null()))
        .and_then(Json::as_object_mut)
        .expect("a gap in the bundled series");
    gap.remove("note");
    let found = issues(&doc);
    assert_eq!(found.len(), 1);
    assert!(found[0].path.ends_with(".value") && found[0].to_string().contains("needs a note"));
}

#[test]
fn ids_are_unique_and_well_formed() {
    let doc = with("/figures/1/id", bundled()["figures"][0]["id"].clone());
    only_issue(&doc, "$.figures[1].id", "already used at $.figures[0].id");
    // An event's id changed: it is malformed, and the view that showed it no
    // longer finds it.
    let found = issues(&with("/timeline/0/id", json!("Forum 2010")));
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(found[0].path, "$.timeline[0].id");
    assert!(found[0].to_string().contains("lowercase letters"));
    assert_eq!(
        found[1].problem,
        Problem::UnknownReference {
            target: Target::Event,
            id: "forum-devises-iop".into()
        }
    );
}

#[test]
fn addresses_are_web_addresses() {
    only_issue(
        &with("/sources/0/url", json!("javascript:alert(1)")),
        "$.sources[0].url",
        "not an http(s) address",
    );
    only_issue(
        &with("/sources/0/url", json!("https://exa mple.org")),
        "$.sources[0].url",
        "http(s)",
    );
}

#[test]
fn shape_errors_name_the_path() {
    let i = figure_index("crisis-conversations");
    let found = issues(&with(
        &format!("/figures/{i}/values/0/value"),
        json!("many"),
    ));
    assert_eq!(found[0].path, format!("$.figures[{i}].values[0].value"));
    assert!(
        found[0].to_string().contains("suppression marker"),
        "{}",
        found[0]
    );

    // A misspelt name, as a partner would type it.
    let mut doc = bundled();
    let value = doc["figures"][0]["values"][0]
        .as_object_mut()
        .expect("value");
    let src = value.remove("sources").expect("sources");
    value.insert("sorces".into(), src);
    let found = issues(&doc);
    assert_eq!(found[0].path, "$.figures[0].values[0].sorces");
    assert!(
        found[0].to_string().contains("unknown field `sorces`"),
        "{}",
        found[0]
    );

    let found = issues(&with("/figures/0/unit", json!("kilograms")));
    assert_eq!(found[0].path, "$.figures[0].unit");
}

#[test]
fn not_json_reports_line_and_column() {
    let text = "{\n  \"schema_version\": 1,\n  \"id\": oops\n}";
    let found = parse_dataset(text).expect_err("not JSON");
    assert_eq!(found.len(), 1);
    assert!(
        matches!(found[0].problem, Problem::Syntax { line: 3, .. }),
        "{:?}",
        found[0]
    );
    assert!(found[0]
        .to_string()
        .starts_with("$: not valid JSON at line 3"));
    // The whole file's, which the page lists without its path.
    assert!(found[0].is_at_root());
    assert!(parse_dataset("").is_err());
    let not_an_object = parse_dataset("[]").expect_err("not an object");
    assert!(not_an_object.iter().all(|i| i.is_at_root()));
    // A value's problem is not.
    let i = figure_index("crisis-conversations");
    let found = issues(&with(&format!("/figures/{i}/values/0/value"), json!(-1)));
    assert!(
        !found.is_empty() && found.iter().all(|i| !i.is_at_root()),
        "{found:?}"
    );
}

#[test]
fn every_problem_is_reported_not_only_the_first() {
    let mut doc = with("/figures/0/label/en", json!(""));
    doc["timeline"][0]["sources"][0] = json!("missing-source");
    doc["sources"][1]["date"] = json!("someday");
    let paths: Vec<String> = issues(&doc).into_iter().map(|i| i.path).collect();
    assert_eq!(
        paths,
        [
            "$.sources[1].date",
            "$.figures[0].label.en",
            "$.timeline[0].sources[0]"
        ]
    );
}

#[test]
fn hostile_strings_are_rejected_with_their_code_point() {
    let p = only_issue(
        &with("/figures/0/label/en", json!("Children\u{0007} reached")),
        "$.figures[0].label.en",
        "U+0007",
    );
    assert_eq!(p, Problem::ControlCharacter(7));
    let p = only_issue(
        &with("/sources/0/publisher", json!("Forum \u{202e}gnal")),
        "$.sources[0].publisher",
        "overrides the text direction",
    );
    assert_eq!(p, Problem::BidiOverride(0x202e));
    let long = "x".repeat(2001);
    let i = figure_index("coordinator-posts");
    let p = only_issue(
        &with(
            &format!("/figures/{i}/caveat"),
            json!({"sv": long, "en": "ok"}),
        ),
        &format!("$.figures[{i}].caveat.sv"),
        "at most 2000",
    );
    assert_eq!(
        p,
        Problem::TooLong {
            len: 2001,
            max: 2000
        }
    );
    // Markup is not a problem for the data: it is always shown as text.
    assert!(parse_dataset(
        &with("/figures/0/label/en", json!("<script>alert(1)</script>")).to_string()
    )
    .is_ok());
}

// ---- Lenient reading: a broken figure or series leaves out only that record ----

use iop_dashboard::chart::build;
use iop_dashboard::data::{read_dataset, Slot};

#[test]
fn a_figure_of_the_wrong_type_is_left_out_and_only_its_chart_disabled() {
    let doc = bundled();
    let total = doc["figures"].as_array().map_or(0, Vec::len);
    let i = figure_index("housing-places-october-2015");
    let doc = with(&format!("/figures/{i}/values/0/value"), json!("many"));
    // Strict: rejected, with the path into the file.
    let strict = issues(&doc);
    assert_eq!(strict.len(), 1);
    assert_eq!(strict[0].path, format!("$.figures[{i}].values[0].value"));
    // Lenient: everything else is there.
    let read = read_dataset(&doc.to_string()).expect("readable");
    assert_eq!(
        read.skipped[0].path,
        format!("$.figures[{i}].values[0].value")
    );
    assert_eq!(read.dataset.figures.len(), total - 1);
    assert!(read
        .dataset
        .figures
        .iter()
        .all(|f| f.id != "housing-places-october-2015"));
    // The view that needs it is withheld, in its place, saying why; the
    // others still build.
    let housing = bundled()["views"]
        .as_array()
        .and_then(|vs| vs.iter().position(|v| v["id"] == "housing"))
        .expect("housing view");
    assert_eq!(read.withheld.len(), 1);
    assert_eq!(read.withheld[0].index, housing);
    assert_eq!(read.withheld[0].id.as_deref(), Some("housing"));
    let why: Vec<&Issue> = read
        .skipped
        .iter()
        .filter(|i| i.is_inside(&read.withheld[0].path()))
        .collect();
    // Said once, though the view uses the figure in a mark and its takeaway.
    assert_eq!(why.len(), 1, "{why:#?}");
    assert_eq!(
        why[0].problem,
        Problem::LeftOut {
            target: Target::Figure,
            id: "housing-places-october-2015".into()
        }
    );
    assert_eq!(read.skipped.len(), 2);
    assert!(matches!(read.slots()[housing], Slot::Withheld(_)));
    for view in &read.dataset.views {
        assert!(
            build(view, &read.dataset, Lang::Sv).is_ok(),
            "{} builds",
            view.id
        );
    }
}

#[test]
fn several_broken_records_are_reported_at_their_original_paths() {
    let doc = bundled();
    let a = figure_index("housing-places-october-2015");
    let b = doc["figures"].as_array().map_or(0, Vec::len) - 1;
    assert!(b > a + 1);
    let mut doc = with(&format!("/figures/{a}/unit"), json!(42));
    *doc.pointer_mut(&format!("/figures/{b}/values/0/value"))
        .expect("b") = json!(-5);
    *doc.pointer_mut("/series/0/points/1/value").expect("series") = json!(1e15);
    let read = read_dataset(&doc.to_string()).expect("readable");
    let paths: Vec<&str> = read.skipped.iter().map(|i| i.path.as_str()).collect();
    assert!(
        paths.contains(&format!("$.figures[{a}].unit").as_str()),
        "{paths:?}"
    );
    assert!(
        paths.contains(&format!("$.figures[{b}].values[0].value").as_str()),
        "{paths:?}"
    );
    assert!(
        paths.iter().any(|p| p.starts_with("$.series[0].points[1]")),
        "{paths:?}"
    );
    assert!(read.dataset.series.is_empty());
    let withheld: Vec<_> = read
        .withheld
        .iter()
        .filter_map(|w| w.id.as_deref())
        .collect();
    assert!(withheld.contains(&"context"), "{withheld:?}");
    assert!(read.dataset.view("timeline").is_some());
}

#[test]
fn a_problem_outside_figures_and_series_still_rejects_the_file() {
    let i = figure_index("housing-places-october-2015");
    let mut doc = with(&format!("/figures/{i}/values/0/value"), json!(-1));
    *doc.pointer_mut("/sources/0/url").expect("url") = json!("javascript:alert(1)");
    let issues = read_dataset(&doc.to_string()).expect_err("rejected");
    let paths: Vec<&str> = issues.iter().map(|i| i.path.as_str()).collect();
    assert!(paths.contains(&"$.sources[0].url"), "{paths:?}");
    assert!(
        paths
            .iter()
            .any(|p| p.starts_with(&format!("$.figures[{i}]"))),
        "{paths:?}"
    );
}

// ---- Shape problems: worded in the reader's language, all of them reported ----

use iop_dashboard::i18n::{problem_message, Lang};

fn en_sv(p: &Problem) -> (String, String) {
    (problem_message(p, Lang::En), problem_message(p, Lang::Sv))
}

#[test]
fn shape_problems_are_worded_in_both_languages() {
    let found = issues(&with("/figures/0/unit", json!("kilograms")));
    let (en, sv) = en_sv(&found[0].problem);
    assert!(
        en.starts_with("unknown value \"kilograms\"; allowed: children, people,"),
        "{en}"
    );
    assert!(
        sv.starts_with("okänt värde \"kilograms\"; tillåtna: children, people,"),
        "{sv}"
    );

    let found = issues(&with("/partnership/age_range/min", json!(12.5)));
    assert_eq!(found[0].path, "$.partnership.age_range.min");
    assert_eq!(
        en_sv(&found[0].problem),
        (
            "expected a whole number from 0, found a number".into(),
            "här ska det stå ett heltal från 0, men det står ett tal".into()
        )
    );

    let found = issues(&without("/licence", "url"));
    assert_eq!(found[0].path, "$.licence");
    assert_eq!(
        en_sv(&found[0].problem),
        ("missing field `url`".into(), "fältet `url` saknas".into())
    );

    // A field written twice: JSON allows it, but which one would count?
    let text = BUNDLED.replacen(
        "\"id\": \"iop-ensamkommande-goteborg\"",
        "\"id\": \"a\", \"id\": \"b\"",
        1,
    );
    let found = parse_dataset(&text).expect_err("duplicate");
    assert_eq!(found[0].path, "$.id");
    assert_eq!(en_sv(&found[0].problem).1, "fältet `id` finns två gånger");
}

#[test]
fn every_shape_problem_of_the_file_is_reported_not_only_the_first() {
    let mut doc = without("/licence", "url");
    doc["timeline"][0]["date"] = json!(2015);
    doc["extra"] = json!(true);
    let i = figure_index("housing-places-october-2015");
    doc["figures"][i]["label"] = json!(["not", "a", "text"]);
    let paths: Vec<String> = issues(&doc).into_iter().map(|i| i.path).collect();
    for path in [
        "$.extra".to_string(),
        "$.licence".into(),
        "$.timeline[0].date".into(),
        format!("$.figures[{i}].label"),
    ] {
        assert!(paths.contains(&path), "{path} in {paths:?}");
    }
}

#[test]
fn syntax_problems_are_worded_in_both_languages() {
    let found = parse_dataset("{\"schema_version\": 1,").expect_err("cut short");
    assert_eq!(
        en_sv(&found[0].problem),
        (
            "not valid JSON at line 1, column 21: the file ends in the middle of the data".into(),
            "inte giltig JSON på rad 1, kolumn 21: filen tar slut mitt i datan".into()
        )
    );
    let found = parse_dataset("{\"schema_version\": 1 \"id\": \"x\"}").expect_err("no comma");
    assert_eq!(
        en_sv(&found[0].problem).0,
        "not valid JSON at line 1, column 22: expected , or }"
    );
    let found = parse_dataset("[1, 2]").expect_err("not an object");
    assert_eq!(found[0].path, "$");
    assert_eq!(
        en_sv(&found[0].problem).0,
        "expected an object { … }, found a list [ … ]"
    );
}

/// A takeaway's `{peak:…}` of a series none of whose points has a number
/// (the keeper's first year, not yet published): the message names the
/// series and says why, where it said a `figure` of that id had no single
/// number, sending the keeper to look for a figure the file does not have.
#[test]
fn a_peak_of_a_series_without_numbers_names_the_series() {
    let doc = bundled();
    let series = doc["series"][0]["id"]
        .as_str()
        .expect("a series")
        .to_string();
    let uses = doc["views"]
        .as_array()
        .expect("views")
        .iter()
        .position(|v| {
            v["takeaway"]["en"]
                .as_str()
                .is_some_and(|t| t.contains(&format!("{{peak:{series}}}")))
        })
        .expect("a view whose takeaway says the series' peak");
    let found = issues(&with(
        "/series/0/points",
        json!([{ "period": "2015", "value": null, "note": { "sv": "Ej publicerad.", "en": "Not published." } }]),
    ));
    let at = |lang: &str| {
        found
            .iter()
            .find(|i| i.path == format!("$.views[{uses}].takeaway.{lang}"))
            .map(|i| en_sv(&i.problem))
            .unwrap_or_else(|| panic!("no problem at its {lang} takeaway: {found:#?}"))
    };
    for lang in ["sv", "en"] {
        let (en, sv) = at(lang);
        assert!(
            en.contains(&format!("`series` \"{series}\" has no point with a number")),
            "{en}"
        );
        assert!(
            sv.contains(&format!(
                "`series` \"{series}\" har ingen punkt med ett tal"
            )),
            "{sv}"
        );
        assert!(!en.contains("figure"), "{en}");
    }
}
