//! The chart model built from the bundled data and from edge cases, in both languages.
#![cfg(not(target_arch = "wasm32"))]

use iop_dashboard::chart::{build, Chart, ChartError, MarkStyle, PanelKind};
use iop_dashboard::data::problem::Unresolved;
use iop_dashboard::data::{parse_dataset, Dataset, Target, Value};
use iop_dashboard::i18n::Lang;

fn bundled() -> Dataset {
    parse_dataset(include_str!("../data/iop-ensamkommande.json")).expect("valid")
}

fn f_set(d: &mut Dataset, id: &str, v: f64) {
    d.figures
        .iter_mut()
        .find(|f| f.id == id)
        .expect("figure")
        .values[0]
        .value = Value::Number(v);
}

fn plain(s: &str) -> String {
    s.replace('\u{a0}', " ")
}

/// The chart of the bundled view `id` (tests may name the bundled data's ids;
/// the code may not).
fn try_chart(id: &str, d: &Dataset, lang: Lang) -> Result<Chart, ChartError> {
    build(d.view(id).expect("view"), d, lang)
}

fn chart(id: &str, d: &Dataset, lang: Lang) -> Chart {
    try_chart(id, d, lang).expect("builds")
}

#[test]
fn every_chart_builds_in_both_languages_with_named_marks() {
    let d = bundled();
    for lang in Lang::ALL {
        for view in &d.views {
            let id = &view.id;
            let c = chart(id, &d, lang);
            assert!(
                !c.title.is_empty() && c.takeaway.ends_with('.'),
                "{id:?}: {}",
                c.takeaway
            );
            assert!(c.marks().count() >= 3, "{id:?}");
            for m in c.marks() {
                // Category and value both in the name (a timeline says the date first).
                let shown = m.display.split(" (").next().unwrap_or_default();
                assert!(
                    m.name.contains(&m.category) && m.name.contains(shown),
                    "{}",
                    m.name
                );
                assert!(m.name.len() > m.category.len() + 2, "{}", m.name);
                assert!((0.0..=1.0).contains(&m.fraction));
                assert!(
                    m.style == MarkStyle::Gap || !m.sources.is_empty(),
                    "{} has no source",
                    m.id
                );
                for s in &m.sources {
                    assert!(d.source(s).is_some());
                }
            }
            // Ids are unique within a chart: they are URL keys.
            let mut ids: Vec<_> = c.marks().map(|m| m.id.clone()).collect();
            ids.sort();
            ids.dedup();
            assert_eq!(ids.len(), c.marks().count());
        }
    }
}

#[test]
fn takeaways_are_generated_from_the_data() {
    let d = bundled();
    let housing = chart("housing", &d, Lang::Sv);
    assert_eq!(
        plain(&housing.takeaway),
        "Stadens boendeplatser för ensamkommande barn ökade från 95 våren 2015 till 410 i oktober 2015 – mer än 4 gånger så många. IOP:n gjorde 200 nya platser möjliga."
    );
    let reach = chart("reach", &d, Lang::En);
    assert!(
        reach.takeaway.contains("just over 270 and 272 children"),
        "{}",
        reach.takeaway
    );
    assert!(reach.takeaway.contains("500 crisis conversations") && reach.takeaway.contains("55%"));
    let context = chart("context", &d, Lang::Sv);
    assert!(
        plain(&context.takeaway).contains("toppade 2015 med 35 369"),
        "{}",
        context.takeaway
    );
    let money = chart("money", &d, Lang::En);
    assert!(
        plain(&money.takeaway)
            .contains("SEK 1.177 billion of Social resursförvaltning's SEK 1.18 billion"),
        "{}",
        money.takeaway
    );
    assert!(
        money.takeaway.ends_with("that is 99.7%."),
        "{}",
        money.takeaway
    );

    // Change the data and the sentence follows.
    let mut changed = d.clone();
    let f = changed
        .figures
        .iter_mut()
        .find(|f| f.id == "housing-places-october-2015")
        .expect("figure");
    f.values[0].value = Value::Number(190.0);
    let t = chart("housing", &changed, Lang::En).takeaway;
    assert!(
        t.contains("to 190 in October 2015, 2 times as many."),
        "{t}"
    );
    f_set(&mut changed, "housing-places-october-2015", 100.0);
    // Too close to say as "times as many": the sentence is not made at all
    // (and the validator says why), rather than said wrong.
    assert_eq!(
        try_chart("housing", &changed, Lang::En),
        Err(ChartError::Takeaway(Unresolved::Ratio))
    );
    f_set(&mut changed, "housing-places-october-2015", 142.5);
    let t = chart("housing", &changed, Lang::Sv).takeaway;
    assert!(
        t.contains("till 142,5 i oktober 2015 – 1,5 gånger så många"),
        "{t}"
    );
}

#[test]
fn counts_and_percentages_never_share_an_axis() {
    let d = bundled();
    let reach = chart("reach", &d, Lang::Sv);
    let percent = reach
        .panels
        .iter()
        .find(|p| p.marks.iter().any(|m| m.id == "internship-share"))
        .expect("panel");
    assert_eq!(percent.marks.len(), 1);
    assert_eq!(percent.scale.max, 100.0);
    assert_eq!(plain(&percent.tick_labels[4]), "100 %");
    let counts = &reach.panels[0];
    assert!(counts.marks.iter().all(|m| !m.display.contains('%')));
}

#[test]
fn disagreeing_sources_are_two_marks_with_their_publishers() {
    let d = bundled();
    let reach = chart("reach", &d, Lang::Sv);
    let names: Vec<String> = reach.panels[0]
        .marks
        .iter()
        .take(2)
        .map(|m| plain(&m.name))
        .collect();
    assert!(
        names[0].contains("(Forum 2017): drygt 270 barn"),
        "{}",
        names[0]
    );
    assert!(
        names[1].contains("(Räddningsmissionen 2017): 272 barn"),
        "{}",
        names[1]
    );
    assert_eq!(reach.panels[0].marks[1].style, MarkStyle::Secondary);
}

#[test]
fn a_missing_year_is_a_gap_and_an_uncertain_year_says_so() {
    let d = bundled();
    for lang in Lang::ALL {
        let c = chart("context", &d, lang);
        let sweden = &c.panels[0];
        let gap = sweden
            .marks
            .iter()
            .find(|m| m.category == "2019")
            .expect("2019");
        assert_eq!(
            (gap.value, gap.fraction, gap.style),
            (None, 0.0, MarkStyle::Gap)
        );
        let y2020 = sweden
            .marks
            .iter()
            .find(|m| m.category == "2020")
            .expect("2020");
        assert_eq!(y2020.style, MarkStyle::Uncertain);
        match lang {
            Lang::Sv => {
                assert_eq!(
                    gap.name,
                    "2019: uppgift saknas – Ingen siffra för helåret hittades."
                );
                assert_eq!(y2020.name, "2020: 500 barn (osäker)");
            }
            Lang::En => {
                assert_eq!(gap.name, "2019: no figure – No full-year figure was found.");
                assert_eq!(y2020.name, "2020: 500 children (uncertain)");
            }
        }
        // Sweden's peak and Göteborg's figures are on separate scales.
        assert_eq!(sweden.scale.max, 40000.0);
        assert!(c.panels[1].scale.max < 10000.0);
    }
}

#[test]
fn a_missing_figure_disables_only_the_charts_that_need_it() {
    let mut d = bundled();
    d.figures.retain(|f| f.id != "crisis-conversations");
    assert_eq!(
        try_chart("reach", &d, Lang::Sv),
        Err(ChartError::Missing {
            target: Target::Figure,
            id: "crisis-conversations".into()
        })
    );
    for view in d.views.iter().filter(|v| v.id != "reach") {
        assert!(build(view, &d, Lang::Sv).is_ok(), "{}", view.id);
    }
}

#[test]
fn all_zero_values_and_a_single_mark_still_make_a_chart() {
    let mut d = bundled();
    for p in &mut d.series[0].points {
        if p.value.is_some() {
            p.value = Some(Value::Number(0.0));
        }
    }
    let c = chart("context", &d, Lang::En);
    assert!(c.panels[0].marks.iter().all(|m| m.fraction == 0.0));
    assert!(c.panels[0].scale.max > 0.0);
    // The rate panel of the money chart holds one mark, filling its scale.
    let money = chart("money", &bundled(), Lang::Sv);
    assert_eq!(money.panels[2].marks.len(), 1);
    let only = &money.panels[2].marks[0];
    assert!(
        only.fraction > 0.5 && only.fraction <= 1.0,
        "{}",
        only.fraction
    );
}

#[test]
fn very_long_labels_pass_through_whole() {
    let mut d = bundled();
    let long = "Ett mycket långt namn ".repeat(20);
    d.figures
        .iter_mut()
        .find(|f| f.id == "housing-places-october-2015")
        .expect("figure")
        .label
        .sv = long.clone();
    let c = chart("housing", &d, Lang::Sv);
    assert_eq!(
        c.panels[0].marks[1].category, long,
        "labels are wrapped by the renderer, never cut"
    );
}

#[test]
fn the_timeline_places_events_in_order_and_marks_approximate_dates() {
    let d = bundled();
    let c = chart("timeline", &d, Lang::Sv);
    assert_eq!(c.panels[0].kind, PanelKind::Timeline);
    let marks = &c.panels[0].marks;
    assert_eq!(marks.len(), d.timeline.len());
    assert!(
        marks.windows(2).all(|w| w[0].fraction <= w[1].fraction),
        "in date order"
    );
    assert_eq!(marks[0].fraction, 0.0);
    assert!(marks
        .last()
        .is_some_and(|m| m.fraction < 1.0 && m.fraction > 0.9));
    let talks = marks.iter().find(|m| m.id == "talks-begin").expect("talks");
    assert_eq!(talks.style, MarkStyle::Uncertain);
    assert!(talks.name.starts_with("omkring 2014: "), "{}", talks.name);
    let signed = marks.iter().find(|m| m.id == "iop-signed").expect("signed");
    assert_eq!(signed.name, "mars 2015: IOP:n undertecknas");
    assert_eq!(
        c.takeaway,
        "IOP:n undertecknades i mars 2015 och skulle gälla till 2020, men avvecklades i förtid omkring 2018."
    );
    assert_eq!(c.columns.0, "Händelse");
}

#[test]
fn who_did_what_shows_unknown_providers_as_unknown() {
    let d = bundled();
    let c = chart("services", &d, Lang::En);
    assert!(c.panels.iter().all(|p| p.kind == PanelKind::List));
    let services = &c.panels[1].marks;
    assert_eq!(services.len(), 7);
    let unknown: Vec<_> = services
        .iter()
        .filter(|m| m.style == MarkStyle::Gap)
        .collect();
    assert_eq!(unknown.len(), 5);
    assert!(unknown
        .iter()
        .all(|m| m.name.ends_with(": provider not known")));
    let psych = services
        .iter()
        .find(|m| m.id == "service-psychosocial")
        .expect("service");
    assert_eq!(
        psych.name,
        "Deepened psychosocial support: Skyddsvärnet i Göteborg"
    );
    assert!(psych.sources.contains(&"vartgoteborg-research".to_string()));
    let gole = c.panels[0]
        .marks
        .iter()
        .find(|m| m.id == "fc-gole")
        .expect("FC Gole");
    assert_eq!(gole.style, MarkStyle::Uncertain);
    assert!(gole.name.contains("(uncertain)"));
    assert!(
        c.takeaway
            .contains("9 nonprofit organisations on 7 value-added services. For 5 of the services"),
        "{}",
        c.takeaway
    );
}
