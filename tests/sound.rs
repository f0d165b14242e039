//! A chart's time series as sound (`chart::sound`), from the bundled data and
//! from edge cases: the tones follow the columns, a gap is a rest, an
//! uncertain figure a broken tone.
#![cfg(not(target_arch = "wasm32"))]

use iop_dashboard::chart::sound::{self, cents, melody, Melody, STEP, TONE};
use iop_dashboard::chart::{build, Chart, Mark, MarkStyle, Panel, PanelKind};
use iop_dashboard::data::{parse_dataset, Dataset};
use iop_dashboard::i18n::Lang;

fn bundled() -> Dataset {
    parse_dataset(include_str!("../data/iop-ensamkommande.json")).expect("valid")
}

/// Every bundled view's chart in `lang`.
fn charts(d: &Dataset, lang: Lang) -> Vec<Chart> {
    d.views
        .iter()
        .map(|v| build(v, d, lang).expect("builds"))
        .collect()
}

/// The bundled chart with a time series: found by its panels' kind.
fn with_series(d: &Dataset) -> Chart {
    charts(d, Lang::En)
        .into_iter()
        .find(|c| c.panels.iter().any(|p| p.kind == PanelKind::Columns))
        .expect("a bundled view has a time series")
}

/// The chart's time series.
fn columns(c: &Chart) -> &Panel {
    c.panels
        .iter()
        .find(|p| p.kind == PanelKind::Columns)
        .expect("columns")
}

/// The series' first period drawn in `style`.
fn first_in(panel: &Panel, style: MarkStyle) -> &Mark {
    panel
        .marks
        .iter()
        .find(|mk| mk.style == style)
        .unwrap_or_else(|| panic!("the bundled series has a period in {style:?}"))
}

/// The tones that start within a period's step, from `at` on.
fn notes_in(m: &Melody, at: f64) -> Vec<&sound::Note> {
    m.iter()
        .filter(|n| n.at >= at - 1e-9 && n.at < at + STEP - 1e-9)
        .collect()
}

#[test]
fn only_a_chart_with_a_time_series_sounds() {
    let d = bundled();
    for lang in [Lang::Sv, Lang::En] {
        for c in charts(&d, lang) {
            let has_series = c.panels.iter().any(|p| p.kind == PanelKind::Columns);
            assert_eq!(melody(&c).is_some(), has_series, "{}", c.id);
        }
    }
}

#[test]
fn each_period_sounds_in_its_place_higher_for_a_larger_number() {
    let d = bundled();
    let c = with_series(&d);
    let m = melody(&c).expect("sounds");
    let panel = columns(&c);
    let mut heard = Vec::new();
    for slot in 0..panel.across.len() {
        let at = slot as f64 * STEP;
        let notes = notes_in(&m, at);
        let mark = panel.marks.iter().find(|mk| mk.slot == slot);
        match mark {
            Some(mk) if mk.style != MarkStyle::Gap => {
                let value = mk.value.expect("a value");
                assert!(!notes.is_empty(), "{}: a tone", mk.category);
                assert!(notes.iter().all(|n| n.cents == notes[0].cents));
                heard.push((value, notes[0].cents));
            }
            // A year without a figure is silence, not a low tone.
            _ => assert!(notes.is_empty(), "period {slot} is a rest"),
        }
    }
    assert!(heard.len() >= 3, "the series has figures to hear");
    // Pitch orders the periods as their numbers do.
    for a in &heard {
        for b in &heard {
            if a.0 < b.0 {
                assert!(a.1 < b.1, "{a:?} sounds lower than {b:?}");
            }
        }
    }
    // Evenly: cents above the lowest tone in proportion to the number, as a
    // column's height is, within the two octaves.
    let per = heard[0].1 / heard[0].0;
    for (value, cents) in &heard {
        assert!((cents / value - per).abs() < 1e-9 * per, "{value}: {cents}");
        assert!(*cents <= sound::TOP_CENTS);
    }
}

#[test]
fn a_gap_is_a_rest_and_an_uncertain_figure_a_broken_tone() {
    let d = bundled();
    let c = with_series(&d);
    let panel = columns(&c);
    let m = melody(&c).expect("sounds");
    let gap = first_in(panel, MarkStyle::Gap);
    assert!(notes_in(&m, gap.slot as f64 * STEP).is_empty());
    let unsure = first_in(panel, MarkStyle::Uncertain);
    let pulses = notes_in(&m, unsure.slot as f64 * STEP);
    assert_eq!(pulses.len(), sound::PULSES);
    // The pulses keep the figure's pitch and stay inside its tone's time,
    // with silence between them.
    assert!(pulses.iter().all(|n| n.cents == cents(unsure.fraction)));
    assert!(pulses.windows(2).all(|w| w[0].at + w[0].length < w[1].at));
    let end = pulses.last().map(|n| n.at + n.length).unwrap_or(0.0);
    assert!(end <= unsure.slot as f64 * STEP + TONE + 1e-9);
    // A certain figure is one tone.
    let sure = first_in(panel, MarkStyle::Primary);
    let tone = notes_in(&m, sure.slot as f64 * STEP);
    assert_eq!(tone.len(), 1);
    assert_eq!(tone[0].length, TONE);
}

#[test]
fn a_value_made_unknown_turns_its_tone_into_a_rest() {
    let mut d = bundled();
    let c = with_series(&d);
    let panel = columns(&c);
    let before = melody(&c).expect("sounds");
    // The first period with a figure loses it in the file.
    let first = first_in(panel, MarkStyle::Primary).clone();
    let series = d
        .series
        .iter_mut()
        .find(|s| {
            s.points
                .iter()
                .any(|p| p.value.and_then(|v| v.number()) == first.value)
        })
        .expect("its series");
    let point = series
        .points
        .iter_mut()
        .find(|p| p.value.and_then(|v| v.number()) == first.value)
        .expect("its point");
    point.value = None;
    let c = build(d.view(&c.id).expect("view"), &d, Lang::En).expect("builds");
    let after = melody(&c).expect("sounds");
    assert!(!notes_in(&before, first.slot as f64 * STEP).is_empty());
    assert!(notes_in(&after, first.slot as f64 * STEP).is_empty());
    assert_eq!(after.len(), before.len() - 1);
}
