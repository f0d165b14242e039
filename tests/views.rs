//! Views: what the dashboard draws and says follows from the file. Takeaway
//! placeholders in both languages, the notes and legends a view gets, each
//! panel kind, and a second, made-up partnership's file drawn with no code for it.
#![cfg(not(target_arch = "wasm32"))]

use iop_dashboard::chart::{build, Chart, MarkStyle, PanelKind};
use iop_dashboard::data::problem::Unresolved;
use iop_dashboard::data::template::{resolve, Quantity};
use iop_dashboard::data::{parse_dataset, Dataset, Figure, Value, View};
use iop_dashboard::i18n::Lang;
use iop_dashboard::views::takeaway;

fn bundled() -> Dataset {
    parse_dataset(include_str!("../data/iop-ensamkommande.json")).expect("bundled")
}

fn second() -> Dataset {
    parse_dataset(include_str!("data/test-partnership.json")).expect("second file")
}

fn plain(s: &str) -> String {
    s.replace('\u{a0}', " ")
}

/// A view of `d` whose takeaway is `sv` / `en`, for trying placeholders.
fn say(
    d: &Dataset,
    sv: &str,
    en: &str,
) -> (Result<String, Unresolved>, Result<String, Unresolved>) {
    let mut view: View = d.views[0].clone();
    view.takeaway.sv = sv.into();
    view.takeaway.en = en.into();
    (
        takeaway(&view, d, Lang::Sv).map(|s| plain(&s)),
        takeaway(&view, d, Lang::En).map(|s| plain(&s)),
    )
}

/// The figure `id` of `d`, to change for a case.
fn figure_mut<'d>(d: &'d mut Dataset, id: &str) -> &'d mut Figure {
    d.figures.iter_mut().find(|f| f.id == id).expect("figure")
}

fn chart(d: &Dataset, id: &str, lang: Lang) -> Chart {
    build(d.view(id).expect("view"), d, lang).expect("builds")
}

#[test]
fn each_placeholder_in_both_languages() {
    let d = bundled();
    let cases = [
        (
            "{value:children-reached}",
            "drygt 270 respektive 272",
            "just over 270 and 272",
        ),
        ("{value:internship-share}", "55 %", "55%"),
        (
            "{value:srf-costs-2015-2017}",
            "1,18 miljarder kr",
            "SEK 1.18 billion",
        ),
        (
            "{value:goteborg-expected-2015}",
            "cirka 2 800",
            "about 2,800",
        ),
        (
            "{ratio:housing-places-october-2015:housing-places-spring-2015}",
            "mer än 4 gånger så många",
            "more than 4 times as many",
        ),
        (
            "{share:reimbursed-2015-2017:srf-costs-2015-2017}",
            "99,7 %",
            "99.7%",
        ),
        (
            "{peak:sweden-unaccompanied-asylum-seekers}",
            "35 369",
            "35,369",
        ),
        (
            "{peak_period:sweden-unaccompanied-asylum-seekers}",
            "2015",
            "2015",
        ),
        ("{date:iop-signed}", "mars 2015", "March 2015"),
        ("{date:wound-down}", "omkring 2018", "about 2018"),
        (
            "{date:research-starts}",
            "22 augusti 2016",
            "22 August 2016",
        ),
        ("{date:period.planned_end}", "2020", "2020"),
        ("{date:crisis-conversations}", "2016", "2016"),
        ("{count:nonprofits}", "9", "9"),
        ("{count:parties}", "11", "11"),
        ("{count:services_unknown}", "5", "5"),
        ("{count:events}", "12", "12"),
    ];
    for (hole, sv, en) in cases {
        assert_eq!(
            say(&d, &format!("[{hole}]"), &format!("[{hole}]")),
            (Ok(format!("[{sv}]")), Ok(format!("[{en}]"))),
            "{hole}"
        );
    }
}

/// A figure three sources give differently is said as a list, as each
/// language writes one: commas, then the last joined by "respektive" /
/// "and", not "270 and 272 and about 1,280".
#[test]
fn three_sources_values_are_said_as_a_list() {
    let mut d = bundled();
    let figure = d
        .figures
        .iter_mut()
        .find(|f| f.values.len() == 2)
        .expect("a figure whose sources differ");
    let id = figure.id.clone();
    let mut third = figure.values[1].clone();
    third.value = Value::Number(1280.0);
    figure.values.push(third);
    let hole = format!("{{value:{id}}}");
    assert_eq!(
        say(&d, &hole, &hole),
        (
            Ok("drygt 270, 272 respektive 1 280".into()),
            Ok("just over 270, 272 and 1,280".into())
        )
    );
}

#[test]
fn a_ratio_is_said_exactly_when_it_is_exact_and_in_tenths_below_two() {
    let mut d = bundled();
    let set = |d: &mut Dataset, id: &str, v: f64| {
        figure_mut(d, id).values[0].value = Value::Number(v);
    };
    set(&mut d, "housing-places-october-2015", 380.0);
    let hole = "{ratio:housing-places-october-2015:housing-places-spring-2015}";
    assert_eq!(say(&d, hole, hole).1, Ok("4 times as many".into()));
    set(&mut d, "housing-places-october-2015", 180.0);
    assert_eq!(
        say(&d, hole, hole).0,
        Ok("mer än 1,8 gånger så många".into())
    );
}

/// Arithmetic on a hedged figure stays hedged: a ratio or share of an about
/// or just-over figure is said as about (the ratio then rounded, not floored
/// under a "more than" the figures cannot back), one of an uncertain figure as
/// uncertain, in both languages.
#[test]
fn a_ratio_or_share_of_a_hedged_figure_says_so() {
    let mut d = bundled();
    let cases = [
        // cirka 900 / cirka 500
        (
            "{ratio:goteborg-forecast-august-2015:goteborg-forecast-march-2015}",
            "cirka 1,8 gånger så många",
            "about 1.8 times as many",
        ),
        // cirka 2 800 / cirka 500 = 5.6: about 6, where a sure 5.6 is "more than 5"
        (
            "{ratio:goteborg-expected-2015:goteborg-forecast-march-2015}",
            "cirka 6 gånger så många",
            "about 6 times as many",
        ),
        // 554 / cirka 2 800
        (
            "{share:goteborg-arrived-by-august-2015:goteborg-expected-2015}",
            "cirka 19,7 %",
            "about 19.7%",
        ),
        // 410 / 95, both sure: floored, "more than"
        (
            "{ratio:housing-places-october-2015:housing-places-spring-2015}",
            "mer än 4 gånger så många",
            "more than 4 times as many",
        ),
    ];
    for (hole, sv, en) in cases {
        assert_eq!(
            say(&d, hole, hole),
            (Ok(sv.into()), Ok(en.into())),
            "{hole}"
        );
    }
    let unsure = |d: &mut Dataset, id: &str| {
        figure_mut(d, id).uncertain = true;
    };
    unsure(&mut d, "srf-costs-2015-2017");
    unsure(&mut d, "housing-places-spring-2015");
    let share = "{share:reimbursed-2015-2017:srf-costs-2015-2017}";
    assert_eq!(
        say(&d, share, share),
        (Ok("99,7 % (osäker)".into()), Ok("99.7% (uncertain)".into()))
    );
    let ratio = "{ratio:housing-places-october-2015:housing-places-spring-2015}";
    assert_eq!(
        say(&d, ratio, ratio),
        (
            Ok("mer än 4 gånger så många (osäker)".into()),
            Ok("more than 4 times as many (uncertain)".into())
        )
    );
    // A source's "drygt" on one reading is a hedge too.
    figure_mut(&mut d, "children-reached").values.truncate(1);
    let hole = "{share:children-reached:crisis-conversations}";
    assert_eq!(say(&d, hole, hole).1, Ok("about 54%".into()));
}

#[test]
fn what_cannot_be_said_is_a_reason_not_a_sentence() {
    let mut d = bundled();
    let first = |(sv, _): (Result<String, Unresolved>, _)| sv.expect_err("unresolved");
    assert_eq!(
        first(say(&d, "{value:nope}", "")),
        Unresolved::Missing {
            target: iop_dashboard::data::Target::Figure,
            id: "nope".into()
        }
    );
    assert_eq!(
        first(say(&d, "{worth:crisis-conversations}", "")),
        Unresolved::UnknownName
    );
    assert_eq!(
        first(say(&d, "{ratio:crisis-conversations}", "")),
        Unresolved::Arguments { expected: 2 }
    );
    assert_eq!(
        first(say(&d, "{value:}", "")),
        Unresolved::Arguments { expected: 1 }
    );
    assert_eq!(
        first(say(&d, "{count:volunteers}", "")),
        Unresolved::UnknownCount("volunteers".into())
    );
    assert_eq!(
        first(say(&d, "{value:crisis-conversations", "")),
        Unresolved::Unclosed
    );
    // Sources that disagree have no one number to divide.
    assert_eq!(
        first(say(&d, "{ratio:children-reached:crisis-conversations}", "")),
        Unresolved::NoNumber("children-reached".into())
    );
    assert_eq!(
        first(say(
            &d,
            "{share:srf-costs-2015-2017:reimbursed-2015-2017}",
            ""
        )),
        Unresolved::Share
    );
    assert_eq!(
        first(say(
            &d,
            "{ratio:crisis-conversations:crisis-conversations}",
            ""
        )),
        Unresolved::Ratio
    );
    // A suppressed count has no number either.
    figure_mut(&mut d, "sponsor-family-matches").values[0].value = Value::Suppressed;
    assert_eq!(
        first(say(
            &d,
            "{share:sponsor-family-matches:crisis-conversations}",
            ""
        )),
        Unresolved::NoNumber("sponsor-family-matches".into())
    );
    // It may still be stated as published.
    assert_eq!(
        say(&d, "{value:sponsor-family-matches}", "").0,
        Ok("färre än 5".into())
    );
}

#[test]
fn the_first_of_equal_peaks_is_the_peak() {
    let mut d = bundled();
    let points = &mut d.series[0].points;
    points[3].value = points[1].value;
    match resolve("peak_period:sweden-unaccompanied-asylum-seekers", &d) {
        Ok(Quantity::PeakPeriod(p)) => assert_eq!(p.period, "2015"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn notes_hold_the_views_own_the_caveats_shown_and_legends_only_when_needed() {
    let d = bundled();
    let housing = chart(&d, "housing", Lang::En);
    for id in ["housing-places-spring-2015", "iop-new-places"] {
        let caveat = &d
            .figure(id)
            .and_then(|f| f.caveat.clone())
            .expect("caveat")
            .en;
        // Named by its figure: the chart has three (see `chart_model`).
        assert!(
            housing
                .notes
                .iter()
                .any(|n| n.ends_with(&format!(": {caveat}"))),
            "{caveat} in {:?}",
            housing.notes
        );
    }
    // No gaps, no uncertain bars: no legend for them.
    assert!(!housing.notes.iter().any(|n| n.contains("without a figure")));
    let context = chart(&d, "context", Lang::En);
    assert!(context
        .notes
        .iter()
        .any(|n| n.contains("periods without a figure")));
    assert!(context.notes.iter().any(|n| n.contains("Hatched bars")));
    let timeline = chart(&d, "timeline", Lang::Sv);
    assert_eq!(timeline.notes, ["Ihåliga punkter är ungefärliga datum."]);
    // A view's own note comes first; each note once.
    let mut view = d.view("money").expect("money").clone();
    let caveat = d
        .figure("coordination-payment")
        .and_then(|f| f.caveat.clone())
        .expect("caveat");
    view.notes = vec![caveat.clone(), caveat.clone()];
    let money = build(&view, &d, Lang::Sv).expect("builds");
    assert_eq!(money.notes[0], caveat.sv);
    assert_eq!(
        money.notes.iter().filter(|n| **n == caveat.sv).count(),
        1,
        "{:?}",
        money.notes
    );
}

#[test]
fn each_kind_draws_what_its_panel_refers_to() {
    let d = bundled();
    let context = chart(&d, "context", Lang::Sv);
    // A panel of one series is named by it; its periods are its marks.
    assert_eq!(context.panels[0].kind, PanelKind::Columns);
    assert_eq!(context.panels[0].title, d.series[0].label.sv);
    assert_eq!(context.panels[0].marks.len(), d.series[0].points.len());
    // A timeline is named by its years beside other panels; alone, by its
    // chart's title, which says them ("The partnership, 2010–2019").
    let timeline = chart(&d, "timeline", Lang::Sv);
    assert_eq!(timeline.panels[0].title, "");
    let mut view = d.view("timeline").expect("timeline").clone();
    view.panels
        .push(d.view("reach").expect("reach").panels[0].clone());
    let beside = build(&view, &d, Lang::Sv).expect("builds");
    assert_eq!(beside.panels[0].title, "2010–2019");
    // A title the file gives a panel alone stays.
    view.panels.truncate(1);
    view.panels[0].title = Some(iop_dashboard::data::Text {
        sv: "Händelser".into(),
        en: "Events".into(),
    });
    assert_eq!(
        build(&view, &d, Lang::Sv).expect("builds").panels[0].title,
        "Händelser"
    );
    // The matrix kind's columns are its own.
    let services = chart(&d, "services", Lang::En);
    assert_eq!(
        services.columns,
        (
            "Service".into(),
            "Delivered by, according to the sources".into()
        )
    );
    assert_eq!(services.panels[0].across.len(), d.services.len());
    // The list kind (the second file's) keeps its own.
    let second = second();
    let list = chart(&second, "vem-och-vad", Lang::En);
    assert_eq!(list.columns, ("Party or service".into(), "Detail".into()));
    // "secondary" in the view draws a mark apart.
    let housing = chart(&d, "housing", Lang::Sv);
    let styles: Vec<MarkStyle> = housing.marks().map(|m| m.style).collect();
    assert_eq!(
        styles,
        [MarkStyle::Primary, MarkStyle::Primary, MarkStyle::Secondary]
    );
}

#[test]
fn a_second_partnerships_file_is_drawn_with_no_code_for_it() {
    let d = second();
    assert_eq!(d.views.len(), 4);
    for lang in Lang::ALL {
        for view in &d.views {
            let c = build(view, &d, lang).expect("builds");
            assert_eq!(c.title, lang.pick(&view.title));
            assert!(c.marks().count() >= 4, "{}", view.id);
        }
    }
    let people = chart(&d, "deltagare-och-pengar", Lang::En);
    assert_eq!(
        plain(&people.takeaway),
        "Participants rose from 120 in 2020 to about 410 and 436 in 2021. The town paid 72% of the budget."
    );
    let ids: Vec<&str> = people.marks().map(|m| m.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "deltagare-2020",
            "deltagare-2021-1",
            "deltagare-2021-2",
            "volontarer-nya",
            "nojda-andel",
            "budget-total",
            "budget-stad"
        ]
    );
    let volunteers = people
        .marks()
        .find(|m| m.id == "volontarer-nya")
        .expect("mark");
    assert_eq!(
        (volunteers.value, volunteers.display.as_str()),
        (None, "fewer than 5")
    );
    let visits = chart(&d, "besok", Lang::Sv);
    assert_eq!(
        plain(&visits.takeaway),
        "Flest hembesök gjordes 2020: 1 250."
    );
    assert_eq!(visits.subtitle, None);
    assert_eq!(
        chart(&d, "forlopp", Lang::En).subtitle.as_deref(),
        Some("Test data: no real events")
    );
}

#[test]
fn the_second_files_downloads_are_built_from_it() {
    use iop_dashboard::export::package::files;
    let d = second();
    let all = files(&d);
    let file = |name: &str| {
        let f = all
            .iter()
            .find(|f| f.path == name)
            .unwrap_or_else(|| panic!("{name}"));
        String::from_utf8(f.bytes.clone()).expect("utf-8")
    };
    let views = file("views.csv");
    assert_eq!(
        views.lines().count(),
        1 + d
            .views
            .iter()
            .flat_map(|v| &v.panels)
            .map(|p| p.marks.len())
            .sum::<usize>()
    );
    assert!(
        views.contains("forlopp,Testpartnerskapets förlopp"),
        "{views}"
    );
    let package: serde_json::Value = serde_json::from_str(&file("datapackage.json")).expect("json");
    assert_eq!(package["licenses"][0]["name"], "CC-BY-4.0");
    assert_eq!(package["name"], d.id);
}
