//! The chart model built from the bundled data and from edge cases, in both languages.
#![cfg(not(target_arch = "wasm32"))]

use iop_dashboard::chart::{build, Chart, ChartError, MarkStyle, PanelKind};
use iop_dashboard::data::problem::Unresolved;
use iop_dashboard::data::{parse_dataset, Dataset, MarkRef, Target, Text, Unit, Value};
use iop_dashboard::i18n::Lang;

mod shared;

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

/// Every panel of `kind` the bundled views draw in `lang`.
fn bundled_panels(kind: PanelKind, lang: Lang) -> Vec<iop_dashboard::chart::Panel> {
    let d = bundled();
    d.views
        .iter()
        .flat_map(|v| chart(&v.id, &d, lang).panels)
        .filter(|p| p.kind == kind)
        .collect()
}

/// The bundled view `id`, for a test to change.
fn view_mut<'a>(d: &'a mut Dataset, id: &str) -> &'a mut iop_dashboard::data::View {
    d.views.iter_mut().find(|v| v.id == id).expect("view")
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
                // Category and value both in the name (a timeline says the date
                // first; a big number with disagreeing sources each value; a
                // matrix cell its row's and column's names, each in full
                // after its heading where a view shortened it).
                for shown in m.display.split("\u{a0}· ") {
                    let shown = shown.split(" (").next().unwrap_or_default();
                    assert!(
                        m.category.split(", ").all(|part| m.name.contains(part))
                            && m.name.contains(shown),
                        "{}",
                        m.name
                    );
                }
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
    let counts = &reach.panels[0];
    assert!(counts.marks.iter().all(|m| !m.display.contains('%')));
}

#[test]
fn disagreeing_sources_are_one_big_number_with_both_values() {
    let d = bundled();
    let reach = chart("reach", &d, Lang::Sv);
    assert_eq!(reach.panels[0].kind, PanelKind::Numbers);
    let children = &reach.panels[0].marks[0];
    assert_eq!(plain(&children.display), "drygt 270 · 272");
    // The dot keeps to the value before it: a narrow card never starts a line with it.
    assert!(
        children.display.contains("270\u{a0}· 272"),
        "{:?}",
        children.display
    );
    let name = plain(&children.name);
    assert!(
        name.contains("drygt 270 barn (Forum 2017); 272 barn (Räddningsmissionen 2017)"),
        "{name}"
    );
    assert!(name.ends_with("Källorna anger olika tal."), "{name}");
    assert_eq!(children.value, None, "never averaged or reduced to one");
    assert_eq!(children.sources.len(), 2);
}

#[test]
fn disagreeing_sources_are_two_bars_with_their_publishers() {
    let mut d = bundled();
    let reach = view_mut(&mut d, "reach");
    reach.panels[0].kind = PanelKind::Bars;
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

/// A screen reader lands on one mark, away from the chart's title: a mark drawn
/// from a figure says the figure's year in its name, whatever its kind.
#[test]
fn a_figures_mark_says_its_year_in_its_name() {
    let d = bundled();
    let mut checked = 0;
    for lang in Lang::ALL {
        for view in &d.views {
            for panel in chart(&view.id, &d, lang).panels {
                for m in &panel.marks {
                    let Some(f) = d.figures.iter().find(|f| {
                        m.id == f.id
                            || m.id.strip_prefix(&f.id).is_some_and(|rest| {
                                rest.len() > 1
                                    && rest.starts_with('-')
                                    && rest[1..].bytes().all(|b| b.is_ascii_digit())
                            })
                    }) else {
                        continue;
                    };
                    let name = plain(&m.name);
                    // Under a view's shorter label, the figure's own closes it.
                    let said = match m.short {
                        Some(_) => name.rsplit_once(" – ").expect("short: value – full").1,
                        None => name.split_once(": ").expect("label: value").0,
                    };
                    assert!(
                        said.contains(&f.date[..4]),
                        "{} ({:?}, {lang:?}): {name}",
                        view.id,
                        panel.kind
                    );
                    checked += 1;
                }
            }
        }
    }
    assert!(checked >= 20, "{checked}");

    // Bars for sources that disagree: the date follows the label, the
    // source after it.
    let mut d = bundled();
    view_mut(&mut d, "reach").panels[0].kind = PanelKind::Bars;
    let reach = chart("reach", &d, Lang::En);
    let name = plain(&reach.panels[0].marks[0].name);
    assert!(
        name.contains("first year (2016) (Forum 2017): just over 270"),
        "{name}"
    );
}

/// Under a chart of several figures, "Run by or for the city." alone does not
/// say which bar it is about: each caveat names its figure or series. A chart
/// of one says it bare.
#[test]
fn a_caveat_under_a_chart_of_several_names_what_it_is_about() {
    let d = bundled();
    let mut named = 0;
    for lang in Lang::ALL {
        for view in &d.views {
            let notes = chart(&view.id, &d, lang).notes;
            let several = view.panels.iter().map(|p| p.marks.len()).sum::<usize>() > 1;
            for (target, id) in view
                .panels
                .iter()
                .flat_map(|p| &p.marks)
                .filter_map(|m| m.target())
            {
                let (label, caveat) = match target {
                    Target::Figure => {
                        let f = d.figure(id).expect("figure");
                        (&f.label, &f.caveat)
                    }
                    Target::Series => {
                        let s = d.series_by_id(id).expect("series");
                        (&s.label, &s.caveat)
                    }
                    _ => continue,
                };
                let Some(caveat) = caveat else { continue };
                let (label, caveat) = (lang.pick(label), lang.pick(caveat));
                assert!(several, "{}: one mark", view.id);
                assert!(
                    notes.iter().any(|n| n == &format!("{label}: {caveat}")),
                    "{} ({lang:?}): {caveat:?} without {label:?} in {notes:#?}",
                    view.id
                );
                assert!(
                    !notes.iter().any(|n| n == caveat),
                    "{}: bare {caveat:?}",
                    view.id
                );
                named += 1;
            }
        }
    }
    // housing 3, context 5, money 1, in both languages
    assert!(named >= 18, "{named}");

    let mut d = bundled();
    let housing = view_mut(&mut d, "housing");
    housing.panels[0].marks.truncate(1);
    let one = chart("housing", &d, Lang::En);
    assert!(
        one.notes
            .iter()
            .any(|n| n.starts_with("Run by or for the city.")),
        "{:#?}",
        one.notes
    );
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
        // Its neighbours' values stand low (944 and 500 of 40 000), so its
        // label stands at the top of its place, clear of theirs.
        assert_eq!(
            (gap.value, gap.fraction, gap.style),
            (None, 1.0, MarkStyle::Gap)
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

/// A gap's label stands at the end of its place away from its neighbours'
/// values: at the top beside low values, at the axis beside a high one (a
/// value wider than its column reaches into the gap's place at its height).
#[test]
fn a_gaps_label_stands_clear_of_its_neighbours_values() {
    let gap_of = |d: &Dataset| {
        let c = chart("context", d, Lang::En);
        let marks = &c.panels[0].marks;
        let gap = marks
            .iter()
            .find(|m| m.style == MarkStyle::Gap)
            .expect("a gap");
        let beside: Vec<f64> = marks
            .iter()
            .filter(|m| m.slot + 1 == gap.slot || m.slot == gap.slot + 1)
            .map(|m| m.fraction)
            .collect();
        (gap.fraction, beside)
    };
    let d = bundled();
    let (label, beside) = gap_of(&d);
    assert!(beside.iter().all(|f| *f < 0.5), "{beside:?}");
    assert_eq!(label, 1.0);
    // The year before the gap raised to the series' peak: the label goes down.
    let mut high = bundled();
    let series = &mut high.series[0];
    let at = series
        .points
        .iter()
        .position(|p| p.value.is_none())
        .expect("a gap");
    series.points[at - 1].value = Some(Value::Number(40_000.0));
    let (label, beside) = gap_of(&high);
    assert!(beside.iter().any(|f| *f >= 0.5), "{beside:?}");
    assert_eq!(label, 0.0);
}

/// A count withheld by the disclosure rule ("<5") is a period the file
/// lists: on a time axis it has no column to draw, but its place must not
/// look like one the file lacks (an empty place, no label). It is a gap
/// labelled with what is known, whose label has its own place (a value's
/// may be hidden where its column is too narrow for it).
#[test]
fn a_withheld_count_on_a_time_axis_is_a_labelled_gap_not_an_empty_place() {
    let d = shared::with_withheld_count(bundled());
    for lang in Lang::ALL {
        let c = chart("context", &d, lang);
        let axis = &c.panels[0];
        assert_eq!(axis.across.last().map(String::as_str), Some("2021"));
        let at = axis
            .marks
            .iter()
            .position(|m| m.category == "2021")
            .expect("2021");
        let m = &axis.marks[at];
        let (display, name) = match lang {
            Lang::Sv => ("färre än 5", "2021: färre än 5 barn"),
            Lang::En => ("fewer than 5", "2021: fewer than 5 children"),
        };
        assert_eq!(
            (m.style, m.value, m.display.as_str(), m.name.as_str()),
            (MarkStyle::Gap, None, display, name)
        );
        // Its label, like every gap's, keeps to its own place (no room is
        // measured for it) at the end away from its neighbour's value.
        assert_eq!(axis.value_room[at], 0);
        assert_eq!(m.fraction, 1.0);
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
    assert!(c.panels[0]
        .marks
        .iter()
        .filter(|m| m.value.is_some())
        .all(|m| m.fraction == 0.0));
    assert!(c.panels[0].scale.max > 0.0);
    // A bars panel of one mark fills most of its scale.
    let mut one = bundled();
    let money = view_mut(&mut one, "money");
    money.panels[0].marks.truncate(1);
    let money = chart("money", &one, Lang::Sv);
    assert_eq!(money.panels[0].marks.len(), 1);
    let only = &money.panels[0].marks[0];
    assert!(
        only.fraction > 0.5 && only.fraction <= 1.0,
        "{}",
        only.fraction
    );
}

#[test]
fn a_bar_far_smaller_than_its_neighbours_is_a_sliver_not_nothing() {
    use iop_dashboard::chart::scale::SHORTEST;
    let mut d = bundled();
    let ids: Vec<String> = d.view("housing").expect("view").panels[0]
        .marks
        .iter()
        .filter_map(|m| m.figure.clone())
        .collect();
    f_set(&mut d, &ids[0], 95.0);
    f_set(&mut d, &ids[1], 987_654.0);
    f_set(&mut d, &ids[2], 400_000.0);
    for lang in Lang::ALL {
        let c = chart("housing", &d, lang);
        let fractions: Vec<f64> = c.panels[0].marks.iter().map(|m| m.fraction).collect();
        // 95 would be under a thousandth of the plot (a zero stays a zero:
        // all_zero_values_and_a_single_mark_still_make_a_chart).
        assert_eq!(fractions[0], SHORTEST, "{lang:?}");
        assert!(fractions[1] > 0.9, "{lang:?} {fractions:?}");
        assert!((fractions[2] - 0.4).abs() < 1e-9, "{lang:?} {fractions:?}");
    }
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

/// The space above an event is the time since the one before, at most two
/// years' worth: the first event has none, and a pause of four years shows
/// as two.
#[test]
fn a_timeline_event_leads_by_the_years_since_the_one_before_at_most_two() {
    use iop_dashboard::chart::kinds::timeline::lead;
    let d = bundled();
    let c = chart("timeline", &d, Lang::Sv);
    let p = &c.panels[0];
    assert_eq!(lead(p, 0), 0.0);
    assert_eq!(lead(p, p.marks.len()), 0.0, "no such event");
    let years = |j: usize| (p.marks[j].fraction - p.marks[j - 1].fraction) * p.scale.max;
    for j in 1..p.marks.len() {
        assert!((lead(p, j) - years(j).min(2.0)).abs() < 1e-9, "event {j}");
    }
    // The forum's model (2010) and the next event (September 2012).
    let pause = (1..p.marks.len())
        .find(|&j| years(j) > 2.0)
        .expect("a pause of more than two years");
    assert_eq!(lead(p, pause), 2.0);
}

/// A view may list its events in any order (a keeper adds one at the end):
/// the timeline is one time axis, read and stepped through by the keys in
/// date order, so its marks come in date order.
#[test]
fn a_timeline_is_in_date_order_whatever_order_its_view_lists_the_events() {
    let mut d = bundled();
    let view = d
        .views
        .iter_mut()
        .find(|v| v.panels.iter().any(|p| p.kind == PanelKind::Timeline))
        .expect("a timeline view");
    let id = view.id.clone();
    let panel = view
        .panels
        .iter_mut()
        .find(|p| p.kind == PanelKind::Timeline)
        .expect("a timeline");
    let listed: Vec<String> = panel.marks.iter().filter_map(|m| m.event.clone()).collect();
    // The first event moved to the end, the last to the front.
    panel.marks.rotate_left(1);
    panel.marks.swap(0, listed.len() - 2);
    for lang in Lang::ALL {
        let c = chart(&id, &d, lang);
        let marks = &c.panels[0].marks;
        let ids: Vec<&str> = marks.iter().map(|m| m.id.as_str()).collect();
        assert_eq!(ids, listed, "{lang:?}");
        assert!(
            marks.windows(2).all(|w| w[0].fraction <= w[1].fraction),
            "{lang:?}: in date order"
        );
    }
}

#[test]
fn who_did_what_is_a_matrix_where_only_sourced_cells_are_filled() {
    let d = bundled();
    let c = chart("services", &d, Lang::En);
    assert_eq!(c.panels.len(), 1);
    let m = &c.panels[0];
    assert_eq!(m.kind, PanelKind::Matrix);
    assert_eq!((m.down.len(), m.across.len()), (11, 7));
    assert_eq!(m.marks.len(), 77, "a cell for every party and service");
    let filled: Vec<_> = m
        .marks
        .iter()
        .filter(|c| c.style != MarkStyle::Gap)
        .collect();
    // Exactly the activities the file names, each cell at its row and column.
    let known: usize = d.services.iter().map(|s| s.known_activities.len()).sum();
    assert_eq!(filled.len(), known);
    let psych = m
        .marks
        .iter()
        .find(|c| c.id == "skyddsvarnet--service-psychosocial")
        .expect("cell");
    assert_eq!(psych.style, MarkStyle::Primary);
    assert_eq!(
        psych.name,
        "Skyddsvärnet i Göteborg, Psychosocial support: delivered, according to the sources \
         – Deepened psychosocial support"
    );
    assert!(psych.sources.contains(&"vartgoteborg-research".to_string()));
    let row = m
        .down
        .iter()
        .position(|(p, _)| p == "Skyddsvärnet i Göteborg")
        .expect("row");
    // The column is headed by the view's shorter label for the service; the
    // cell's name above says it in full.
    let col = m
        .across
        .iter()
        .position(|s| s == "Psychosocial support")
        .expect("col");
    assert_eq!(m.marks[row * 7 + col].id, psych.id);
    assert!(m
        .marks
        .iter()
        .filter(|c| c.style == MarkStyle::Gap)
        .all(|c| c.name.contains(": not known")));
    // Every cell cites what it rests on: a filled one first the sources that
    // say who delivered the service, an empty one those that describe the
    // service and name no one; then both those that put the party in the
    // partnership. So the chart's sources are those of every row and column
    // it shows (its takeaway counts them), not only the two filled cells'.
    for cell in &m.marks {
        let (party, service) = cell.id.split_once("--").expect("party--service");
        let party = d.party(party).expect("party");
        let service = d.service(service).expect("service");
        let said: Vec<&String> = match cell.style {
            MarkStyle::Gap => service.sources.iter().collect(),
            _ => service
                .known_activities
                .iter()
                .filter(|a| a.party == party.id)
                .flat_map(|a| &a.sources)
                .collect(),
        };
        assert!(!said.is_empty(), "{}", cell.id);
        assert!(said.iter().all(|s| cell.sources.contains(s)), "{}", cell.id);
        assert_eq!(
            cell.sources.first(),
            said.first().copied(),
            "{}: its own source first",
            cell.id
        );
        assert!(
            party.sources.iter().all(|s| cell.sources.contains(s)),
            "{}",
            cell.id
        );
    }
    let cited = c.sources();
    for s in d
        .partnership
        .parties
        .iter()
        .flat_map(|p| &p.sources)
        .chain(d.services.iter().flat_map(|s| &s.sources))
    {
        assert!(cited.contains(s), "the chart cites {s}");
    }
    // Its table by service: who delivered it and where that is said, then
    // where the service is described; a service no one is known to have
    // delivered cites the sources that list it.
    let rows = m.rows();
    for (row, service) in rows.iter().zip(&d.services) {
        assert!(
            service.sources.iter().all(|s| row.sources.contains(s)),
            "{}",
            row.id
        );
        assert!(!row.sources.is_empty(), "{}", row.id);
    }
    let psych_row = rows
        .iter()
        .find(|r| r.id == "service-psychosocial")
        .expect("row");
    assert_eq!(
        psych_row.sources.first().map(String::as_str),
        Some("vartgoteborg-research")
    );
    let (gole, joined) = m.down.last().expect("FC Gole");
    assert!(
        gole.starts_with("FC Gole") && joined.contains("(uncertain)"),
        "{joined}"
    );
    // The date most parties joined is said once; the rows that differ say theirs.
    assert_eq!(
        m.down_note.as_deref(),
        Some("All joined March 2015 unless noted")
    );
    let details: Vec<&str> = m
        .down
        .iter()
        .map(|(_, d)| d.as_str())
        .filter(|d| !d.is_empty())
        .collect();
    assert_eq!(
        details,
        [
            "joined 2016",
            "joined 2016",
            "joined March 2015 (uncertain)"
        ]
    );
    // The table reads by service: who delivered it, or that it is not known.
    let rows = m.rows();
    assert_eq!(rows.len(), 7);
    let psych_row = rows
        .iter()
        .find(|r| r.id == "service-psychosocial")
        .expect("row");
    assert_eq!(psych_row.category, "Deepened psychosocial support");
    assert_eq!(psych_row.display, "Skyddsvärnet i Göteborg");
    assert_eq!(
        rows.iter()
            .filter(|r| r.display == "provider not known")
            .count(),
        5
    );
    assert!(
        c.takeaway
            .contains("9 nonprofit organisations on 7 value-added services. For 5 of the services"),
        "{}",
        c.takeaway
    );
}

#[test]
fn a_series_on_its_time_axis_keeps_a_missing_year_in_its_place() {
    let mut d = bundled();
    let c = chart("context", &d, Lang::En);
    let axis = &c.panels[0];
    assert_eq!(axis.kind, PanelKind::Columns);
    assert_eq!(
        axis.across,
        ["2014", "2015", "2016", "2017", "2018", "2019", "2020"]
    );
    let gap = axis.marks.iter().find(|m| m.slot == 5).expect("2019");
    assert_eq!((gap.style, gap.value), (MarkStyle::Gap, None));
    // A year the file does not list at all is an empty place, not closed up.
    d.series[0].points.retain(|p| p.period != "2017");
    let c = chart("context", &d, Lang::En);
    let axis = &c.panels[0];
    assert_eq!(axis.across.len(), 7);
    assert!(axis.marks.iter().all(|m| m.slot != 3));
    let slots: Vec<usize> = axis.marks.iter().map(|m| m.slot).collect();
    assert_eq!(slots, [0, 1, 2, 4, 5, 6]);
    // Listed out of order, drawn in time order.
    d.series[0].points.reverse();
    let c = chart("context", &d, Lang::En);
    let slots: Vec<usize> = c.panels[0].marks.iter().map(|m| m.slot).collect();
    assert_eq!(slots, [0, 1, 2, 4, 5, 6]);
}

/// The periods whose labels show where each place (with the space between
/// two) is `place` px wide and the axis's text `em` px high.
fn labels_shown(axis: &iop_dashboard::chart::Panel, place: f64, em: f64) -> Vec<(usize, String)> {
    use iop_dashboard::chart::kinds::columns::{label_shows, label_width};
    assert_eq!(axis.label_step.len(), axis.across.len());
    let need = label_width(axis, em);
    axis.across
        .iter()
        .zip(&axis.label_step)
        .enumerate()
        .filter(|(_, (_, step))| label_shows(place, **step, need))
        .map(|(n, (label, _))| (n, label.clone()))
        .collect()
}

/// Shown labels are evenly spaced and never meet: the room between two is
/// at least the widest label at 0.64 em a character (DejaVu Sans' digits).
fn assert_readable(shown: &[(usize, String)], place: f64, em: f64, what: &str) {
    assert!(shown.len() >= 2, "{what}: {shown:?}");
    let steps: Vec<usize> = shown.windows(2).map(|w| w[1].0 - w[0].0).collect();
    assert!(
        steps.iter().all(|s| *s == steps[0]),
        "{what}: uneven {shown:?}"
    );
    let widest = shown
        .iter()
        .map(|(_, l)| l.chars().count())
        .max()
        .unwrap_or(0) as f64
        * 0.64
        * em;
    assert!(
        steps[0] as f64 * place >= widest,
        "{what}: labels meet {shown:?}"
    );
}

#[test]
fn a_time_axis_labels_the_periods_it_has_room_for() {
    let mut d = bundled();
    let c = chart("context", &d, Lang::Sv);
    let axis = &c.panels[0];
    // A phone (places 38.6 px with their gaps, 13 px text): every year.
    assert_eq!(labels_shown(axis, 38.6, 13.0).len(), 7);
    // The same phone with the reader's text half as large again: every second year.
    let big = labels_shown(axis, 45.1, 19.5);
    let years: Vec<&str> = big.iter().map(|(_, l)| l.as_str()).collect();
    assert_eq!(years, ["2014", "2016", "2018", "2020"]);
    assert_readable(&big, 45.1, 19.5, "large text");

    // Forty years: round years only, as many as fit, at any width.
    let point = d.series[0].points[0].clone();
    d.series[0].points = (1985..2025)
        .map(|y| iop_dashboard::data::Point {
            period: y.to_string(),
            value: Some(Value::Number(f64::from(y - 1980))),
            ..point.clone()
        })
        .collect();
    let c = chart("context", &d, Lang::En);
    let axis = &c.panels[0];
    assert_eq!(axis.across.len(), 40);
    for (width, em) in [
        (266.0, 13.0),
        (310.0, 19.5),
        (578.0, 13.0),
        (440.0, 13.0),
        (1200.0, 13.0),
    ] {
        let place = (width + 4.0) / 40.0;
        let shown = labels_shown(axis, place, em);
        assert_readable(&shown, place, em, &format!("40 years at {width} px"));
        let step = shown[1].0 - shown[0].0;
        assert!(
            shown
                .iter()
                .all(|(_, y)| y.parse::<usize>().expect("year") % step == 0),
            "{shown:?}"
        );
    }
    // Four years by month: quarters, half years or Januaries, never a month between.
    d.series[0].points = (0..48)
        .map(|m| iop_dashboard::data::Point {
            period: format!("{}-{:02}", 2015 + m / 12, m % 12 + 1),
            value: Some(Value::Number(f64::from(m))),
            ..point.clone()
        })
        .collect();
    for lang in [Lang::Sv, Lang::En] {
        let c = chart("context", &d, lang);
        let axis = &c.panels[0];
        assert_eq!(axis.across.len(), 48);
        for (width, em) in [(266.0, 13.0), (578.0, 13.0), (1200.0, 13.0)] {
            let place = (width + 4.0) / 48.0;
            let shown = labels_shown(axis, place, em);
            assert_readable(&shown, place, em, &format!("48 months at {width} px"));
            assert!(shown.iter().all(|(n, _)| n % 3 == 0), "{shown:?}");
        }
    }
}

/// The values of a time axis shown where each place is `place` px wide and
/// the values' text `em` px high.
fn values_shown(axis: &iop_dashboard::chart::Panel, place: f64, em: f64) -> Vec<String> {
    use iop_dashboard::chart::kinds::columns::{label_shows, value_width};
    assert_eq!(axis.value_room.len(), axis.marks.len());
    axis.marks
        .iter()
        .zip(&axis.value_room)
        .filter(|(m, r)| m.style != MarkStyle::Gap && label_shows(place, **r, value_width(m, em)))
        .map(|(m, _)| plain(&m.display))
        .collect()
}

#[test]
fn a_time_axis_shows_the_values_that_fit_beside_their_columns() {
    let mut d = bundled();
    let c = chart("context", &d, Lang::Sv);
    let axis = &c.panels[0];
    // A phone (12 px values): every value, the peak's reaching over its low
    // neighbours, the last one's over the gap, whose label is at the top.
    assert_eq!(
        values_shown(axis, 38.6, 12.0),
        ["7 049", "35 369", "2 199", "1 336", "944", "500 (osäker)"]
    );
    // A little narrower: "2 199" and "1 336" are 37.6 px in DejaVu Sans Bold,
    // wider than their 36 px places, so they would meet; they go.
    assert_eq!(
        values_shown(axis, 36.0, 12.0),
        ["35 369", "944", "500 (osäker)"]
    );
    // Text half as large again: the low values side by side do not fit; the
    // peak, 944 and the last (its word "(osäker)" reaching into the gap) do.
    assert_eq!(
        values_shown(axis, 45.1, 18.0),
        ["35 369", "944", "500 (osäker)"]
    );
    // The English word is longer: it stays in the mark's name and the table.
    let c = chart("context", &d, Lang::En);
    assert_eq!(values_shown(&c.panels[0], 45.1, 18.0), ["35,369", "944"]);
    // A wide chart: all of them.
    assert_eq!(values_shown(&c.panels[0], 83.0, 13.0).len(), 6);

    // Forty years of close values: none fits its place on a phone; a value
    // standing clear of both neighbours has three.
    let point = d.series[0].points[0].clone();
    d.series[0].points = (0..40)
        .map(|i| iop_dashboard::data::Point {
            period: (1985 + i).to_string(),
            value: Some(Value::Number(if i == 20 {
                9000.0
            } else {
                1000.0 + f64::from(i)
            })),
            ..point.clone()
        })
        .collect();
    let c = chart("context", &d, Lang::En);
    let axis = &c.panels[0];
    assert_eq!(values_shown(axis, 6.85, 12.0), Vec::<String>::new());
    assert_eq!(values_shown(axis, 30.0, 13.0), ["9,000"]);
}

#[test]
fn a_dense_series_carries_its_values_on_the_grid_where_its_columns_cannot() {
    use iop_dashboard::chart::kinds::columns::{grid_values, grid_values_below};
    let d = bundled();
    // The bundled yearly series: its peak's value shows on a phone (38.6 px
    // places), so its grid stays quiet in the pictures and on the page.
    let c = chart("context", &d, Lang::Sv);
    assert!(!grid_values(&c.panels[0], 38.6, 12.0));
    assert!(
        grid_values_below(&c.panels[0]) < 18.0,
        "{}",
        grid_values_below(&c.panels[0])
    );

    // A keeper's monthly series of close values: on a phone no value fits
    // its place, so the grid lines say what the heights are; on a wide
    // chart the values do.
    let d = shared::with_months(d, &shared::CLOSE_MONTHS);
    let c = chart("context", &d, Lang::Sv);
    let axis = &c.panels[0];
    assert_eq!(values_shown(axis, 22.0, 12.0), Vec::<String>::new());
    assert!(grid_values(axis, 22.0, 12.0));
    assert_eq!(
        axis.tick_labels
            .iter()
            .map(|t| plain(t))
            .collect::<Vec<_>>(),
        ["0", "2 500", "5 000", "7 500", "10 000"]
    );
    assert_eq!(values_shown(axis, 48.0, 13.0).len(), 12);
    assert!(!grid_values(axis, 48.0, 13.0));
    // The page's form says the same as the pictures' at its 13 px values
    // (16 px rem), for every plot width: a place is the plot and one
    // 0.25 rem space between places, shared by the twelve.
    let below = grid_values_below(axis);
    assert!((20.0..36.0).contains(&below), "{below}");
    for tenth in 100..500 {
        let plot = f64::from(tenth) / 10.0;
        let place = (plot + 0.25) * 16.0 / 12.0;
        assert_eq!(grid_values(axis, place, 13.0), plot < below, "{plot} rem");
    }
    // Without a column to read (every count withheld, each a gap) there is
    // nothing for the grid to measure.
    let mut gaps = axis.clone();
    for m in &mut gaps.marks {
        (m.value, m.style) = (None, MarkStyle::Gap);
    }
    assert!(!grid_values(&gaps, 1.0, 12.0));
    assert_eq!(grid_values_below(&gaps), 0.0);
}

/// A count's grid is in whole things: a keeper's monthly count of 5 to 9
/// children, dense on a phone, had its grid lines say "2,5" and "7,5".
#[test]
fn a_counts_grid_values_are_whole_numbers() {
    let counts: Vec<u32> = (1..=12).map(|m| 5 + m % 5).collect();
    let d = shared::with_months(bundled(), &counts);
    for lang in Lang::ALL {
        let c = chart("context", &d, lang);
        assert_eq!(c.panels[0].tick_labels, ["0", "5", "10"], "{lang:?}");
    }
}

/// An axis says its unit once, at its top, in a printed axis's short form:
/// bars of amounts once ran from "0 kr" to "1,5 miljarder kr", and a grid of
/// amounts said "miljoner kr" on every line. A keeper's yearly amounts on a
/// time axis: its grid values.
#[test]
fn an_axis_says_its_unit_once() {
    let mut d = bundled();
    let id = d.view("context").expect("view").panels[0].marks[0]
        .series
        .clone()
        .expect("a series");
    let s = d.series.iter_mut().find(|s| s.id == id).expect("series");
    s.unit = Unit::Sek;
    for (p, amount) in s.points.iter_mut().zip([310.0, 1_180.0, 960.0, 420.0]) {
        p.value = Some(Value::Number(amount * 1e6));
    }
    for (lang, top) in [(Lang::Sv, "1,5 mdkr"), (Lang::En, "SEK 1.5bn")] {
        let c = chart("context", &d, lang);
        let axis = &c.panels[0];
        assert_eq!(axis.kind, PanelKind::Columns);
        let labels: Vec<String> = axis.tick_labels.iter().map(|t| plain(t)).collect();
        assert_eq!(labels.first().map(String::as_str), Some("0"), "{lang:?}");
        assert_eq!(labels.last().map(String::as_str), Some(top), "{lang:?}");
        let said = |t: &&String| t.contains("kr") || t.contains("SEK");
        assert_eq!(
            labels.iter().filter(said).count(),
            1,
            "{lang:?}: {labels:?}"
        );
    }
}

/// Bars carry no axis: each bar's value is written beside it, so nothing is
/// left for an axis's labels to say (the page and the pictures draw what the
/// panel holds).
#[test]
fn bars_say_their_values_and_no_axis() {
    for lang in Lang::ALL {
        let bars = bundled_panels(PanelKind::Bars, lang);
        assert!(!bars.is_empty());
        for p in &bars {
            assert_eq!(p.tick_labels, Vec::<String>::new(), "{lang:?} {}", p.title);
            assert!(p.marks.iter().all(|m| !m.display.trim().is_empty()));
        }
    }
}

#[test]
fn a_share_is_drawn_against_its_whole() {
    let d = bundled();
    let c = chart("reach", &d, Lang::En);
    let share = c
        .panels
        .iter()
        .find(|p| p.kind == PanelKind::Share)
        .expect("share");
    assert_eq!(share.scale.max, 100.0);
    assert!((share.marks[0].fraction - 0.55).abs() < 1e-9);
    assert!(c.notes.iter().any(|n| n.contains("100 per cent")));
}

#[test]
fn bars_whose_values_are_long_say_so_for_a_narrow_layout() {
    let d = bundled();
    for lang in Lang::ALL {
        let long_in = |id: &str| {
            chart(id, &d, lang)
                .panels
                .iter()
                .filter(|p| p.kind == PanelKind::Bars)
                .map(|p| p.long_values())
                .collect::<Vec<_>>()
        };
        // Amounts in words ("1,177 miljarder kr") would squeeze narrow bars;
        // counts ("about 3,000") fit a column beside them.
        assert_eq!(long_in("money"), [true], "{lang:?}");
        assert_eq!(long_in("context"), [false], "{lang:?}");
        assert_eq!(long_in("housing"), [false], "{lang:?}");
    }
    // The same panel turns long when one of its values does.
    let mut d = bundled();
    // (Its last bar: the first two make the takeaway's ratio.)
    let figure = d.view("housing").expect("view").panels[0]
        .marks
        .last()
        .and_then(|m| m.figure.clone())
        .expect("a figure");
    f_set(&mut d, &figure, 1_180_000_000.0);
    let bars = &chart("housing", &d, Lang::Sv).panels[0];
    assert_eq!(bars.kind, PanelKind::Bars);
    assert!(bars.long_values(), "{:?}", bars.marks);
}

/// A view may give a figure a shorter label for one chart ("Prognos, mars"
/// under "Göteborg 2015"): the chart draws it at the mark, beside its bar
/// where the plot allows (`short_labels`), and the mark's name begins with it
/// and goes on with the figure in full; the table and the downloads keep the
/// figure's own label.
#[test]
fn a_views_shorter_label_is_drawn_and_the_figures_own_kept() {
    let d = bundled();
    let view = d.view("context").expect("view");
    let refs = &view.panels[1].marks;
    for lang in Lang::ALL {
        let chart = chart("context", &d, lang);
        let bars = &chart.panels[1];
        assert!(bars.short_labels(), "{lang:?}: {:?}", bars.marks);
        assert_eq!(bars.marks.len(), refs.len());
        for ((r, m), row) in refs.iter().zip(&bars.marks).zip(bars.rows()) {
            let short = lang.pick(r.label.as_ref().expect("a shorter label"));
            let figure = d
                .figure(r.figure.as_deref().expect("a figure"))
                .expect("known");
            let full = lang.pick(&figure.label);
            assert_ne!(short, full);
            assert_eq!(m.label(), short);
            assert_eq!((m.category.as_str(), row.category.as_str()), (full, full));
            // The words shown first, then what the bar says, then the rest.
            let name = plain(&m.name);
            assert!(name.starts_with(&format!("{short}: ")), "{name}");
            assert!(name.ends_with(&format!(" – {full}")), "{name}");
            assert!(name.contains(&plain(&m.display)), "{name}");
        }
        let csv = iop_dashboard::export::chart_csv(&chart);
        for r in refs {
            let figure = d
                .figure(r.figure.as_deref().expect("a figure"))
                .expect("known");
            assert!(csv.contains(lang.pick(&figure.label)), "{csv}");
        }
    }

    // Without them, the figures' own labels, too long to stand beside bars
    // in a partner's column.
    let mut plain_view = bundled();
    for r in &mut view_mut(&mut plain_view, "context").panels[1].marks {
        r.label = None;
    }
    let bars = &chart("context", &plain_view, Lang::Sv).panels[1];
    assert!(bars
        .marks
        .iter()
        .all(|m| m.label() == m.category && m.short.is_none()));
    assert!(!bars.short_labels());
    assert!(!chart("money", &d, Lang::En).panels[0].short_labels());

    // Bars of sources that disagree keep saying whose each is.
    let mut d = bundled();
    let reach = view_mut(&mut d, "reach");
    reach.panels[0].kind = PanelKind::Bars;
    reach.panels[0].marks[0].label = Some(iop_dashboard::data::Text {
        sv: "Nådda".into(),
        en: "Reached".into(),
    });
    let reach = chart("reach", &d, Lang::En);
    let labels: Vec<&str> = reach.panels[0]
        .marks
        .iter()
        .take(2)
        .map(|m| m.label())
        .collect();
    assert_eq!(
        labels,
        ["Reached (Forum 2017)", "Reached (Räddningsmissionen 2017)"]
    );
}

/// A view's shorter labels for events, parties and services: a timeline's
/// entry on one line, a matrix's row and column headings. The words shown
/// begin the mark's name, which says the record in full; the tooltip's
/// heading (`category`), the table and the CSV keep the record's own label.
#[test]
fn shorter_labels_stand_on_the_timeline_and_head_the_matrix() {
    let d = bundled();
    for lang in Lang::ALL {
        // The timeline: every event the view shortens, and only those.
        let refs = &d.view("timeline").expect("view").panels[0].marks;
        let timeline = chart("timeline", &d, lang);
        let events = &timeline.panels[0];
        let csv = iop_dashboard::export::chart_csv(&timeline);
        let mut shortened = 0;
        for r in refs {
            let event = d
                .event(r.event.as_deref().expect("an event"))
                .expect("known");
            let full = lang.pick(&event.label);
            let m = events
                .marks
                .iter()
                .find(|m| m.id == event.id)
                .expect("mark");
            assert_eq!(m.category, full);
            assert!(csv.contains(full), "{csv}");
            let name = plain(&m.name);
            match &r.label {
                Some(short) => {
                    shortened += 1;
                    let short = lang.pick(short);
                    assert_eq!(m.label(), short);
                    assert_eq!(name, format!("{}: {short} – {full}", plain(&m.display)));
                }
                None => {
                    assert_eq!(m.label(), full);
                    assert_eq!(name, format!("{}: {full}", plain(&m.display)));
                }
            }
        }
        assert!(shortened > 0 && shortened < refs.len(), "{shortened}");

        // The matrix: its headings are the view's labels where it gives one.
        let refs = &d.view("services").expect("view").panels[0].marks;
        let matrix = &chart("services", &d, lang).panels[0];
        // Each mark's heading: the view's label, else its record's own.
        let headings = |own: &dyn Fn(&MarkRef) -> Option<Text>| -> Vec<String> {
            refs.iter()
                .filter_map(|r| {
                    let own = own(r)?;
                    Some(lang.pick(r.label.as_ref().unwrap_or(&own)).to_string())
                })
                .collect()
        };
        let services = headings(&|r| Some(d.service(r.service.as_deref()?)?.label.clone()));
        assert_eq!(matrix.across, services);
        let parties = headings(&|r| Some(d.party(r.party.as_deref()?)?.name.clone()));
        let down: Vec<String> = matrix.down.iter().map(|(p, _)| p.clone()).collect();
        assert_eq!(down, parties);
        assert!(down.contains(&"Stadsmissionen".to_string()), "{down:?}");
        // A cell's name and the table by service say both in full.
        let cell = matrix
            .marks
            .iter()
            .find(|m| m.id == "stadsmissionen--service-reception")
            .expect("cell");
        let service = d.service("service-reception").expect("service");
        let party = d.party("stadsmissionen").expect("party");
        // The headings shown first, then those shortened in full.
        let name = plain(&cell.name);
        assert!(name.starts_with("Stadsmissionen, "), "{name}");
        assert!(
            name.ends_with(&format!(
                " – {}, {}",
                lang.pick(&party.name),
                lang.pick(&service.label)
            )),
            "{name}"
        );
        assert!(matrix
            .table
            .iter()
            .any(|row| row.category == lang.pick(&service.label)));
        assert!(!matrix
            .across
            .contains(&lang.pick(&service.label).to_string()));
    }

    // A list shows a party and a service by the view's labels too.
    let mut d = bundled();
    let view = view_mut(&mut d, "services");
    view.panels[0].kind = PanelKind::List;
    view.panels[0].marks.retain(|r| {
        matches!(r.party.as_deref(), Some("stadsmissionen"))
            || matches!(r.service.as_deref(), Some("service-leisure"))
    });
    let list = &chart("services", &d, Lang::En).panels[0];
    let labels: Vec<&str> = list.marks.iter().map(|m| m.label()).collect();
    assert_eq!(labels, ["Stadsmissionen", "Leisure"]);
    assert!(plain(&list.marks[0].name).starts_with("Stadsmissionen: joined "));
    assert!(plain(&list.marks[1].name)
        .ends_with(" – Meaningful leisure for all children and young people"));
    assert_eq!(list.marks[0].category, "Göteborgs Kyrkliga Stadsmission");
}

/// A matrix's key says what its cells' looks mean, in the words of the
/// cells' names, and only for the looks it draws: with no cell a source
/// fills, it keys the empty cell alone.
#[test]
fn a_matrix_keys_the_looks_of_its_cells() {
    use iop_dashboard::chart::kinds::matrix::key;
    let mut d = bundled();
    let panel = |d: &Dataset, lang| chart("services", d, lang).panels[0].clone();
    assert_eq!(
        key(&panel(&d, Lang::En), Lang::En),
        [
            (MarkStyle::Primary, "delivered, according to the sources"),
            (MarkStyle::Gap, "not known"),
        ]
    );
    let sv = panel(&d, Lang::Sv);
    for (style, words) in key(&sv, Lang::Sv) {
        let cell = sv.marks.iter().find(|m| m.style == style).expect("a cell");
        // "Röda Korset, Personalens kompetens: levererade enligt källorna – …"
        assert!(
            cell.name.contains(&format!(": {words} – ")),
            "{}",
            cell.name
        );
    }
    for s in &mut d.services {
        s.known_activities.clear();
    }
    assert_eq!(
        key(&panel(&d, Lang::Sv), Lang::Sv),
        [(MarkStyle::Gap, "inte känt")]
    );
    // Other kinds have no such key: their marks say what they are in words.
    let housing = chart("housing", &bundled(), Lang::En);
    assert!(key(&housing.panels[0], Lang::En).is_empty());
}

/// When parties joined, said once for what most of them share: all alike,
/// most alike, or no date shared by more than half (each row its own).
#[test]
fn a_matrix_says_the_joining_date_most_parties_share_once() {
    let mut d = bundled();
    let note = |d: &Dataset, lang| chart("services", d, lang).panels[0].down_note.clone();
    let details = |d: &Dataset| {
        chart("services", d, Lang::Sv).panels[0]
            .down
            .iter()
            .filter(|(_, detail)| !detail.is_empty())
            .count()
    };
    for p in &mut d.partnership.parties {
        p.joined = "2016-05".into();
        p.uncertain = false;
    }
    assert_eq!(
        note(&d, Lang::Sv).as_deref(),
        Some("Alla gick med maj 2016")
    );
    assert_eq!(note(&d, Lang::En).as_deref(), Some("All joined May 2016"));
    assert_eq!(details(&d), 0);
    // Uncertain dates are never folded into the shared one.
    let n = d.partnership.parties.len();
    for p in d.partnership.parties.iter_mut().take(n / 2 + 1) {
        p.uncertain = true;
    }
    assert_eq!(note(&d, Lang::Sv), None);
    assert_eq!(details(&d), n);
    // Half and half (and one more date for an odd count): no date is most.
    for (i, p) in d.partnership.parties.iter_mut().enumerate() {
        p.uncertain = false;
        p.joined = if i < n / 2 {
            "2015-03"
        } else if i == n - 1 && n % 2 == 1 {
            "2017"
        } else {
            "2016"
        }
        .to_string();
    }
    assert_eq!(note(&d, Lang::En), None);
    // One more party for 2016: now most did.
    d.partnership.parties[n - 1].joined = "2016".into();
    assert_eq!(
        note(&d, Lang::En).as_deref(),
        Some("All joined 2016 unless noted")
    );
    assert_eq!(details(&d), n / 2);
}

/// The same parties as a list: each says when it joined, in the words the
/// matrix uses for the rows that differ.
#[test]
fn a_list_of_parties_says_when_each_joined() {
    let mut d = bundled();
    view_mut(&mut d, "services").panels[0].kind = PanelKind::List;
    let c = chart("services", &d, Lang::En);
    let marks = &c.panels[0].marks;
    let display = |id: &str| {
        marks
            .iter()
            .find(|m| m.id == id)
            .map(|m| m.display.clone())
            .expect("mark")
    };
    assert_eq!(display("fc-gole"), "joined March 2015 (uncertain)");
    assert_eq!(display("roda-korset"), "joined March 2015");
    let matrix = chart("services", &bundled(), Lang::En);
    assert!(matrix.panels[0]
        .down
        .iter()
        .any(|(p, detail)| p.starts_with("FC Gole") && *detail == display("fc-gole")));
}

/// Every mark that shows a figure, an event or a delivery cites where it
/// comes from (its details and the chart's source line are built from these);
/// only a mark without a figure may have nothing to cite, and every cell of a
/// matrix cites at least the sources of its row and column.
#[test]
fn every_mark_with_something_to_show_cites_a_source() {
    let d = bundled();
    for lang in Lang::ALL {
        for view in &d.views {
            let c = chart(&view.id, &d, lang);
            for panel in &c.panels {
                for m in &panel.marks {
                    let may_be_bare = m.style == MarkStyle::Gap && panel.kind != PanelKind::Matrix;
                    assert!(
                        may_be_bare || !m.sources.is_empty(),
                        "{}: {} cites nothing",
                        view.id,
                        m.id
                    );
                }
                for row in panel.rows() {
                    let may_be_bare =
                        row.style == MarkStyle::Gap && panel.kind != PanelKind::Matrix;
                    assert!(
                        may_be_bare || !row.sources.is_empty(),
                        "{}: row {} cites nothing",
                        view.id,
                        row.id
                    );
                }
            }
        }
    }
}

/// A matrix's turned headings need their lines side by side: the width the
/// page compares with its plot's, to turn them or number the columns.
#[test]
fn a_matrix_knows_how_wide_its_turned_headings_are() {
    use iop_dashboard::chart::kinds::matrix::turned_width;
    let w = |hs: &[&str]| turned_width(&hs.iter().map(|h| h.to_string()).collect::<Vec<_>>());
    // A short heading is one line; its column is still a target's width.
    assert_eq!(w(&["Mat"]), 1.5);
    // Two lines and the room between two headings; a word longer than a line
    // is one line of its own, never cut.
    assert!((w(&["Stöd i familjeåterföreningsprocessen"]) - 2.2).abs() < 1e-9);
    assert!((w(&["Mottagningsstöd utifrån det enskilda barnets behov"]) - 4.0).abs() < 1e-9);
    // The columns side by side (the bundled matrix's width: the next test).
    assert!((w(&["Mat", "Stöd i familjeåterföreningsprocessen"]) - 3.7).abs() < 1e-9);
}

/// A matrix's headings row is as tall as its longest turned line: lines up to
/// the longest word cost nothing, and shorter ones are taken while the
/// columns keep within a phone's plot.
#[test]
fn a_matrixs_turned_headings_are_as_low_as_the_room_allows() {
    use iop_dashboard::chart::kinds::matrix::{turned_headings, turned_width};
    use iop_dashboard::chart::text::em_width;
    let headings = |hs: &[&str]| hs.iter().map(|h| h.to_string()).collect::<Vec<_>>();
    let tallest = |lines: &[Vec<String>]| {
        lines
            .iter()
            .flatten()
            .map(|l| em_width(l, false))
            .fold(0.0, f64::max)
    };
    // Beside a long word, a heading of two shorter words takes two lines.
    assert_eq!(
        turned_headings(&headings(&["Familjeåterförening", "Personalens kompetens"])),
        vec![
            vec!["Familjeåterförening"],
            vec!["Personalens", "kompetens"]
        ]
    );
    // Where every heading in two lines would be wider than a phone's plot,
    // they keep their one line each (ten columns, 15 rem).
    let many = headings(&["Psychosocial support"; 10]);
    assert!(turned_headings(&many).iter().all(|l| l.len() == 1));
    // The bundled matrix, in both languages, headed by the view's shorter
    // labels: lower than its headings in one line each; its seven columns
    // each at least a target's width and together within a 320 px phone's
    // plot even at large text (20 px: 14.8 rem); in Swedish exactly as tall
    // as its longest word ("Familjeåterförening"), which no line may cut.
    for lang in [Lang::Sv, Lang::En] {
        for p in bundled_panels(PanelKind::Matrix, lang) {
            let turned = turned_headings(&p.across);
            let one_line: Vec<Vec<String>> = p.across.iter().map(|h| vec![h.clone()]).collect();
            assert!(
                tallest(&turned) < tallest(&one_line),
                "{lang:?}: {turned:?}"
            );
            let width = turned_width(&p.across);
            assert!((7.0 * 1.5..=14.0).contains(&width), "{lang:?}: {width}");
            if lang == Lang::Sv {
                let word = p
                    .across
                    .iter()
                    .flat_map(|h| h.split_whitespace())
                    .map(|w| em_width(w, false))
                    .fold(0.0, f64::max);
                assert_eq!(tallest(&turned), word, "{turned:?}");
            }
        }
    }
}

/// The page sets a turned heading in the lines its width was counted by, and
/// reserves their width in lines of the reader's line height (`lh`), so that
/// neither a wider letter spacing (longer lines, not more) nor a wider line
/// spacing (wider lines) makes the columns wider than the plot was told.
#[test]
fn a_matrix_heading_is_set_in_the_lines_its_width_counts() {
    use iop_dashboard::chart::kinds::matrix::{turned_columns, turned_headings, turned_width};
    let headings = |hs: &[&str]| hs.iter().map(|h| h.to_string()).collect::<Vec<_>>();
    let turned_lines = |h: &str| turned_headings(&headings(&[h])).remove(0);
    assert_eq!(turned_lines("Mat"), vec!["Mat"]);
    // A word longer than a line is a line of its own; no line is shorter than
    // the longest word, which sets the row's height anyway.
    assert_eq!(
        turned_lines("Stöd i familjeåterföreningsprocessen"),
        vec!["Stöd i", "familjeåterföreningsprocessen"]
    );
    assert_eq!(
        turned_lines("Mottagningsstöd utifrån det enskilda barnets behov"),
        vec![
            "Mottagningsstöd",
            "utifrån det",
            "enskilda barnets",
            "behov"
        ]
    );
    assert!(turned_headings(&headings(&[""])).remove(0).is_empty());
    let two = headings(&["Mat", "Stöd i familjeåterföreningsprocessen"]);
    let counts = turned_columns(&two);
    assert_eq!((counts.lines, counts.multi, counts.single), (2, 1, 1));
    // What the page's CSS works out: at this estimate's line (0.9 rem) the
    // rem width; a one-line column a target's width (1.5 rem) until its line
    // and the room beside it are wider; every line wider at a wider spacing.
    assert!((counts.width(0.9) - turned_width(&two)).abs() < 1e-9);
    assert!((counts.width(0.9) - (2.0 * 0.9 + 0.4 + 1.5)).abs() < 1e-9);
    assert!((counts.width(1.22) - (2.0 * 1.22 + 0.4 + 1.22 + 0.4)).abs() < 1e-9);
    for lang in [Lang::Sv, Lang::En] {
        for panel in bundled_panels(PanelKind::Matrix, lang) {
            let turned = turned_headings(&panel.across);
            for (heading, lines) in panel.across.iter().zip(&turned) {
                // The lines hold every word in order, and so the heading's text.
                assert_eq!(&lines.join(" "), heading);
                assert!(lines.iter().all(|l| !l.is_empty()));
            }
            let counts = turned_columns(&panel.across);
            assert_eq!(counts.multi + counts.single, panel.across.len());
            let lines: usize = turned.iter().map(Vec::len).filter(|n| *n > 1).sum();
            assert_eq!(counts.lines, lines);
            assert!((counts.width(0.9) - turned_width(&panel.across)).abs() < 1e-9);
            assert!(counts.width(1.22) > counts.width(0.9));
        }
    }
}

/// A value's widest word, in ems of its bold text: a line breaks at spaces
/// only, so a no-break space joins what it stands between ("SEK 2.797",
/// "miljoner kr"). A big number is set smaller where its card is narrower.
#[test]
fn a_values_widest_word_is_what_no_line_may_break() {
    use iop_dashboard::chart::text::widest_word_em;
    let em = |s: &str| widest_word_em(s, true);
    // Digits and the spaces between their thousands, as one word.
    assert!(
        (em("35\u{a0}369") - 3.85).abs() < 1e-9,
        "{}",
        em("35\u{a0}369")
    );
    // "SEK 2.797" (5.93 em) outweighs "million" (3.83 em).
    assert!((em("SEK\u{a0}2.797 million") - 5.93).abs() < 1e-9);
    assert!((em("million") - 3.83).abs() < 1e-9);
    // "miljoner kr" outweighs "2,797": the whole run, not its parts.
    let sv = em("2,797 miljoner\u{a0}kr");
    assert!(sv > em("miljoner") + em("kr"), "{sv}");
    assert_eq!(em(""), 0.0);
    // Every big number the bundled views show, in both languages, has a
    // width: the page sets it on its card (`--word`).
    for lang in [Lang::Sv, Lang::En] {
        let numbers: Vec<f64> = bundled_panels(PanelKind::Numbers, lang)
            .iter()
            .flat_map(|p| p.marks.iter().map(|m| widest_word_em(&m.display, true)))
            .collect();
        assert!(
            !numbers.is_empty() && numbers.iter().all(|w| *w > 0.5),
            "{lang:?}: {numbers:?}"
        );
    }
}

/// A series of one to three periods has columns as wide as a series of four
/// would, each centred in its place: a keeper's first year alone drew one
/// block across the whole plot. From four periods on, a column is 0.76 of
/// its place, as the bundled series' seven are.
#[test]
fn a_short_series_has_columns_no_wider_than_four_periods_would() {
    use iop_dashboard::chart::kinds::columns::column_across;
    let in_plot = |places: usize| {
        let (left, width) = column_across(places);
        assert!(
            ((left + width / 2.0) - 0.5).abs() < 1e-9,
            "{places} places: centred"
        );
        width / places as f64
    };
    let four = in_plot(4);
    assert!((four - 0.19).abs() < 1e-9, "{four}");
    for places in 1..=3 {
        assert!((in_plot(places) - four).abs() < 1e-9, "{places} places");
    }
    for places in [4, 7, 12, 40] {
        assert!(
            (column_across(places).1 - 0.76).abs() < 1e-9,
            "{places} places"
        );
    }
    // The bundled series is drawn as before.
    let c = chart("context", &bundled(), Lang::Sv);
    assert_eq!(c.panels[0].across.len(), 7);
}

/// The time axis's layout reckons with the page's lengths (a value's text and
/// line, the space between places, the plots' heights, the room a value and
/// a label keep), which CSS cannot read from Rust: each stands in both, and
/// here the stylesheet is held to the Rust's. A value's line was reckoned in
/// the dashboard's plot while the embeds' is lower.
#[test]
fn the_time_axis_reckons_with_the_stylesheets_lengths() {
    use iop_dashboard::chart::kinds::columns::{css, gap_across, EM_BETWEEN, NARROWEST_VALUE};
    use iop_dashboard::chart::text::widest_word_em;
    use iop_dashboard::i18n::strings;
    let sheet = std::fs::read_to_string("public/styles.css").expect("stylesheet");
    // A rule by its selector, written at the start of a line.
    let rule = |selector: &str| -> String {
        let at = sheet
            .find(&format!("\n{selector} {{"))
            .unwrap_or_else(|| panic!("no rule {selector}"));
        let body = &sheet[at..];
        body[..body.find('}').expect("closed")].to_string()
    };
    let has = |selector: &str, text: &str| {
        assert!(rule(selector).contains(text), "{selector} has no {text}");
    };
    has(
        ".columns, .columns-axis",
        &format!("column-gap: {}rem", css::PLACES_GAP_REM),
    );
    let value = ".panel-columns :is(.value-frame, .mark-gap .mark-value)";
    has(value, &format!("font-size: {}rem", css::VALUE_REM));
    has(value, &format!("line-height: {}", css::VALUE_LINE_HEIGHT));
    has(
        ".value-room",
        &format!("(100cqi + {}rem)", css::PLACES_GAP_REM),
    );
    has(".value-room", &format!("max(100%, {NARROWEST_VALUE}em)"));
    has(
        ".axis-room",
        &format!("(100cqi + {}rem)", css::PLACES_GAP_REM),
    );
    has(".axis-room", &format!("- 100% - {EM_BETWEEN}em"));
    has(".panel-columns", &format!("--column: {}rem", css::PLOT_REM));
    has(
        ":is(body.embed, .check-embed) .panel-columns",
        &format!("--column: {}rem", css::LOW_PLOT_REM),
    );
    // No plot lower than the lowest the layout reckons with.
    let heights: Vec<f64> = sheet
        .split("--column: ")
        .skip(1)
        .map(|rest| {
            rest[..rest.find("rem").expect("in rem")]
                .parse()
                .expect("a number")
        })
        .collect();
    assert_eq!(heights.len(), 2, "{heights:?}");
    assert!(
        heights.iter().all(|h| *h >= css::LOW_PLOT_REM),
        "{heights:?}"
    );
    // A gap's label keeps inside the dashed box `gap_across` draws, its
    // margins from each side, and turns where its place is too narrow for
    // its longest word there (in either language, at its 0.75 rem), not
    // a quarter rem sooner.
    let (left, width) = gap_across();
    let inset = format!("calc({:.0}% + {}rem)", left * 100.0, css::GAP_MARGIN_REM);
    has(
        ".panel-columns .mark-gap .mark-value",
        &format!("left: {inset}; right: {inset};"),
    );
    has(".panel-columns .mark-gap .mark-value", "font-size: 0.75rem");
    let turn: f64 = sheet
        .split("@container gap-place (width < ")
        .nth(1)
        .and_then(|rest| rest.split("rem)").next())
        .expect("a gap's turn")
        .parse()
        .expect("a number");
    let inside = |place: f64| place * width - 2.0 * css::GAP_MARGIN_REM;
    let word = Lang::ALL
        .into_iter()
        .map(|lang| widest_word_em(strings(lang).chart_gap, false) * 0.75)
        .fold(0.0, f64::max);
    assert!(
        inside(turn) >= word,
        "{turn} rem: {} < {word}",
        inside(turn)
    );
    assert!(inside(turn - 0.25) < word, "{turn} rem: turns too soon");
}

/// A value reaches over its neighbours' places only where it stands a whole
/// line of its text above their own values in the lowest plot, an embed's:
/// 100 between two 86s is 0.14 of the plot above them, a line in the
/// dashboard's plot (0.115) but not in an embed's (0.15), where its text
/// would have touched theirs.
#[test]
fn a_value_reaches_over_its_neighbours_only_a_line_above_theirs_in_the_lowest_plot() {
    let c = chart(
        "context",
        &shared::with_months(bundled(), &[86, 100, 86]),
        Lang::Sv,
    );
    let axis = &c.panels[0];
    assert_eq!(axis.scale.max, 100.0);
    assert_eq!(axis.value_room, [1, 1, 1]);
    let c = chart(
        "context",
        &shared::with_months(bundled(), &[84, 100, 84]),
        Lang::Sv,
    );
    assert_eq!(c.panels[0].value_room, [1, 3, 1]);
}

/// A matrix's turned headings take the width `kinds::matrix::TurnedColumns`
/// works out, which the page's CSS sums again in the reader's line height:
/// both with the same text, line, room between headings and least column.
#[test]
fn the_matrix_reckons_with_the_stylesheets_lengths() {
    use iop_dashboard::chart::kinds::matrix::css;
    let sheet = std::fs::read_to_string("public/styles.css").expect("stylesheet");
    let holds = |text: &str| assert!(sheet.contains(text), "the stylesheet has no {text}");
    holds(&format!(
        "\n.matrix-column, .matrix-key-box {{ font-size: {}rem; line-height: {}; }}",
        css::HEADING_REM,
        css::HEADING_LINE_HEIGHT
    ));
    holds(&format!(
        "--turned: calc(var(--lines) * 1lh + var(--multi) * {between}rem + var(--single) * max(1lh + {between}rem, {column}rem) + var(--beside));",
        between = css::BETWEEN_REM,
        column = css::COLUMN_REM
    ));
    holds(&format!("minmax({}rem, max-content)", css::COLUMN_REM));
    // Where a browser has no `lh`, the width in rem: each line the headings'
    // line, rounded up by less than a hundredth of a rem.
    let line = css::HEADING_REM * css::HEADING_LINE_HEIGHT;
    assert!(
        (line..line + 0.01).contains(&css::LINE_REM),
        "{line} {}",
        css::LINE_REM
    );
}
