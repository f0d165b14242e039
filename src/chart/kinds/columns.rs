//! One series as columns on its time axis. Each period has its place on the
//! axis by its date, so a period the series does not list is an empty place
//! the reader sees, and a period listed without a figure is a dashed gap:
//! never a zero, never closed up.

use super::super::model::{ChartError, Mark, MarkStyle, Panel};
use super::bars;
use super::missing;
use crate::chart::text::{em_width, widest_word_em};
use crate::chart::trend;
use crate::data::date::IsoDate;
use crate::data::{self, Dataset, PanelKind, Target, Unit};
use crate::i18n::{format, Lang};

/// A period's place on a calendar axis of `months` months per step, if its
/// text is a year or a year and month.
fn step(period: &str, monthly: bool) -> Option<i64> {
    let date = IsoDate::parse(period)?;
    if date.day.is_some() {
        return None;
    }
    match (monthly, date.month) {
        (false, None) => Some(i64::from(date.year)),
        (true, Some(m)) => Some(i64::from(date.year) * 12 + i64::from(m) - 1),
        _ => None,
    }
}

/// The label of the place `n` steps from the start.
fn place_label(n: i64, monthly: bool, lang: Lang) -> String {
    if monthly {
        let (y, m) = (n.div_euclid(12), n.rem_euclid(12) + 1);
        format::date(&format!("{y:04}-{m:02}"), lang)
    } else {
        n.to_string()
    }
}

/// The most places an axis gets; a series spread wider is drawn in list order.
const MOST_PLACES: i64 = 400;

/// How many places apart an axis's labels stand where not every period can
/// have one: each step divides the next, so the labels of a wider step are
/// some of those of a narrower one, evenly spaced on round periods (every
/// second year, every tenth), and the periods labelled stay put as the width
/// or the text size changes, only fewer or more of them.
const YEAR_STEPS: [i64; 7] = [1, 2, 10, 20, 100, 200, 1000];
const MONTH_STEPS: [i64; 7] = [1, 3, 6, 12, 24, 120, 240];

/// The room between two labels, in ems of the axis's text, added once to the
/// widest label's width (the page's `.axis-room` adds the same).
pub const EM_BETWEEN: f64 = 0.4;

/// The narrowest a value counts as, in ems: a one-digit value still keeps
/// its neighbours at a distance (the page's `.value-room` says the same).
pub const NARROWEST_VALUE: f64 = 0.35;

/// The page's lengths this layout reckons with, as `public/styles.css` sets
/// them: CSS cannot read Rust's, so they stand in both, and a test
/// (`tests/chart_model.rs`) holds the stylesheet to these.
pub mod css {
    /// A column's value: its text, in rem, and its line height.
    pub const VALUE_REM: f64 = 0.8125;
    pub const VALUE_LINE_HEIGHT: f64 = 1.2;
    /// The space between two places (`.columns`' column gap), in rem.
    pub const PLACES_GAP_REM: f64 = 0.25;
    /// The plot's height (`--column`), in rem: the dashboard's, and the lower
    /// one of the embeds and the check page's preview.
    pub const PLOT_REM: f64 = 8.5;
    pub const LOW_PLOT_REM: f64 = 6.5;
    /// A gap's dashed box: its share of its place's width, centred (the
    /// stylesheet keeps the gap's label inside it, a 0.25 rem margin from
    /// each side, and turns it where the place is too narrow for its
    /// longest word there).
    pub const GAP_SHARE: f64 = 0.7;
    pub const GAP_MARGIN_REM: f64 = 0.25;
}

/// Per period (the first is `first`: a year, a month's number, a place), the
/// widest of `steps` that lands on it: how many places apart the labels
/// around it stand where it is shown (see `Panel::label_step`).
fn label_steps(count: usize, first: i64, steps: &[i64]) -> Vec<u32> {
    (first..first + count as i64)
        .map(|n| {
            let step = steps.iter().filter(|s| n.rem_euclid(**s) == 0).max();
            step.map_or(1, |s| u32::try_from(*s).unwrap_or(1))
        })
        .collect()
}

/// The label an axis's labels are measured by: the widest, estimated.
fn widest_label(labels: &[String]) -> String {
    labels
        .iter()
        .max_by(|a, b| em_width(a, false).total_cmp(&em_width(b, false)))
        .cloned()
        .unwrap_or_default()
}

/// The width a label of this axis needs at `em` px, its space to the next
/// included: the widest label's estimate, which the pictures use; the page
/// measures the same label in the reader's own type (`.axis-widest`).
pub fn label_width(panel: &Panel, em: f64) -> f64 {
    (em_width(&panel.label_widest, false) + EM_BETWEEN) * em
}

/// The width a column's value needs at `em` px: its widest word, which the
/// pictures estimate and the page measures (`.value-words`).
pub fn value_width(mark: &Mark, em: f64) -> f64 {
    widest_word_em(&mark.display, true).max(NARROWEST_VALUE) * em
}

/// The height a column's value takes, as a share of the plot's: a line of
/// its text in the lowest plot (0.8125 rem at line height 1.2 in 6.5 rem:
/// 0.15; it was reckoned in the dashboard's 8.5 rem, so in an embed a value
/// reaching over a neighbour's could touch that neighbour's own).
const VALUE_LINE: f64 = css::VALUE_REM * css::VALUE_LINE_HEIGHT / css::LOW_PLOT_REM;
/// Per mark, the room its value has, in places (see `Panel::value_room`):
/// its own place, and its neighbours' on both sides where nothing stands at
/// its height (an empty place, a gap whose label is at the other end of its
/// place, a column whose top and value are a line below it). The values at
/// the ends reach inwards only. A value that does not fit stays in its mark's
/// name, its tooltip and the table.
fn value_room(marks: &[Mark], places: usize) -> Vec<u32> {
    let clear = |slot: usize, lift: f64| match marks.iter().find(|m| m.slot == slot) {
        None => 1,
        Some(g) if g.style == MarkStyle::Gap => u32::from(g.label_raised() == (lift < 0.5)),
        Some(n) => u32::from(n.fraction + VALUE_LINE <= lift),
    };
    let mut rooms = Vec::with_capacity(marks.len());
    for m in marks {
        if m.style == MarkStyle::Gap {
            rooms.push(0);
            continue;
        }
        let lift = m.fraction;
        let left = m.slot.checked_sub(1).map(|s| clear(s, lift));
        let right = (m.slot + 1 < places).then(|| clear(m.slot + 1, lift));
        let room = match (left, right) {
            (Some(l), Some(r)) => 1 + 2 * l.min(r),
            (Some(side), None) | (None, Some(side)) => 1 + side,
            (None, None) => 1,
        };
        rooms.push(room);
    }
    rooms
}

/// Whether a text `width` wide is shown where it has `span` places, each
/// (with the space between two) `place` wide, in the same unit: a period's
/// label `Panel::label_step` places, a column's value `Panel::value_room`.
/// The pictures decide it here from estimated widths; the page's CSS decides
/// it by the same sum from the widths the browser lays out
/// (`.axis-room`, `.value-room`), so it holds for the reader's own font and
/// text spacing too: the labels and values shown never meet, however long
/// the series, narrow the chart or large the reader's text.
pub fn label_shows(place: f64, span: u32, width: f64) -> bool {
    place * f64::from(span) >= width
}

/// The column a reader reads the others' heights by: the highest (of equal
/// ones, the one whose value has the most room), if any has a value.
fn highest(panel: &Panel) -> Option<(&Mark, u32)> {
    let rooms = panel.value_room.iter().copied();
    panel
        .marks
        .iter()
        .zip(rooms)
        .filter(|(m, _)| m.value.is_some() && m.style != MarkStyle::Gap)
        .max_by(|(a, ra), (b, rb)| a.fraction.total_cmp(&b.fraction).then(ra.cmp(rb)))
}

/// Whether a time axis's grid lines carry their values in a picture whose
/// places are `place` wide and values `em` px: where its highest column's
/// value does not show (a dense series, a narrow plot), no number would say
/// what the columns' heights are, so the grid lines say it, as an axis does.
/// Where that value shows, the columns' own values do, and the grid stays
/// quiet. The page asks the same by `grid_values_below`.
pub fn grid_values(panel: &Panel, place: f64, em: f64) -> bool {
    highest(panel).is_some_and(|(m, room)| !label_shows(place, room, value_width(m, em)))
}

/// A column's share of its place's width; the rest is the space between
/// two columns.
const COLUMN_SHARE: f64 = 0.76;

/// The fewest places whose columns share the plot's width: a series of one to
/// three periods has columns as wide as a series of four would, each centred
/// in its place, so a lone year is a column, not a block across the plot, and
/// a column's width says nothing about how few periods there are.
const FEWEST_PLACES: usize = 4;

/// Where a column stands across its place of a time axis of `places`
/// places, as fractions of the place: its left edge and its width. The page
/// and the pictures both draw it so.
pub fn column_across(places: usize) -> (f64, f64) {
    let width = COLUMN_SHARE * places.clamp(1, FEWEST_PLACES) as f64 / FEWEST_PLACES as f64;
    ((1.0 - width) / 2.0, width)
}

/// Where a gap's dashed box stands across its place, as fractions of the
/// place: its left edge and its width. Its place's, whatever the series'
/// length (it holds the gap's label); the page and the pictures both draw
/// it so, and turn its label by it.
pub fn gap_across() -> (f64, f64) {
    ((1.0 - css::GAP_SHARE) / 2.0, css::GAP_SHARE)
}

/// The page's form of `grid_values`: the plot width, in rem, below which the
/// highest column's value does not show, from its width estimated (a wide
/// font's, `chart::text`) at the value's 0.8125 rem, the wider of its two
/// sizes, so that in the usual fonts the estimate errs towards the grid's
/// values beside the value rather than neither, and the room CSS gives a
/// place (`(100cqi + 0.25rem) / places`, `.value-room`). CSS cannot ask
/// whether another element's text showed; this is the one number it needs.
/// 0 where no column has a value: a grid without columns has nothing to
/// measure.
pub fn grid_values_below(panel: &Panel) -> f64 {
    let places = panel.across.len().max(1) as f64;
    highest(panel).map_or(0.0, |(m, room)| {
        let need = value_width(m, css::VALUE_REM) * places / f64::from(room.max(1));
        (need - css::PLACES_GAP_REM).max(0.0)
    })
}

pub fn panel(p: &data::Panel, d: &Dataset, lang: Lang) -> Result<Panel, ChartError> {
    let Some(id) = p.marks.iter().find_map(|r| r.series.as_deref()) else {
        return Ok(fit(String::new(), Vec::new(), Unit::Places, lang));
    };
    let s = d
        .series_by_id(id)
        .ok_or_else(|| missing(Target::Series, id))?;
    // A count withheld by the disclosure rule ("<5") has no column to draw,
    // yet the file lists its period: its place is a gap labelled with what is
    // known ("fewer than 5"), in a place of its own, where an empty place
    // would say the period is not listed and a value's label may not fit.
    let mut marks: Vec<_> = s
        .points
        .iter()
        .map(|pt| bars::point_mark(s, pt, lang))
        .collect();
    for m in &mut marks {
        if m.value.is_none() {
            m.style = MarkStyle::Gap;
        }
    }
    // Years, or months; any other mix is drawn in the order listed.
    let places = [false, true].into_iter().find_map(|monthly| {
        let steps: Option<Vec<i64>> = s
            .points
            .iter()
            .map(|pt| step(&pt.period, monthly))
            .collect();
        let steps = steps.filter(|st| !st.is_empty())?;
        let first = *steps.iter().min()?;
        let last = *steps.iter().max()?;
        (last - first < MOST_PLACES).then_some((monthly, first, last, steps))
    });
    let (across, steps) = match places {
        Some((monthly, first, last, steps)) => {
            for (m, st) in marks.iter_mut().zip(steps) {
                m.slot = usize::try_from(st - first).unwrap_or(0);
            }
            let labels: Vec<String> = (first..=last)
                .map(|n| place_label(n, monthly, lang))
                .collect();
            let on = if monthly { &MONTH_STEPS } else { &YEAR_STEPS };
            let steps = label_steps(labels.len(), first, on);
            (labels, steps)
        }
        None => {
            for (i, m) in marks.iter_mut().enumerate() {
                m.slot = i;
            }
            let labels: Vec<String> = marks.iter().map(|m| m.category.clone()).collect();
            let steps = label_steps(labels.len(), 0, &YEAR_STEPS);
            (labels, steps)
        }
    };
    // Left to right in time, whatever order the file lists them in.
    marks.sort_by_key(|m| m.slot);
    let mut panel = fit(lang.pick(&s.label).to_string(), marks, s.unit, lang);
    raise_gap_labels(&mut panel.marks);
    panel.value_room = value_room(&panel.marks, across.len());
    panel.label_widest = widest_label(&across);
    panel.across = across;
    panel.label_step = steps;
    panel.trend = trend::sentence(s, lang);
    Ok(panel)
}

/// The columns on the bars' scale, with what its ticks say: the grid's
/// values beside the plot where the highest column's cannot show.
fn fit(title: String, marks: Vec<Mark>, unit: Unit, lang: Lang) -> Panel {
    let panel = bars::fit(title, marks, unit, PanelKind::Columns);
    Panel {
        tick_labels: format::scale_values(&panel.scale.ticks, unit, lang),
        ..panel
    }
}

/// A gap's label stands at the end of its place away from its neighbours'
/// values: a value wider than its column ("500 (osäker)" on a phone) reaches
/// into the next place at its own height, so where both neighbours' values
/// stand in the lower half, the gap's label goes to the top of its place. A
/// gap's `fraction` says where its label stands: 0 at the axis, 1 at the top.
fn raise_gap_labels(marks: &mut [Mark]) {
    let lifts: Vec<Option<f64>> = marks.iter().map(|m| m.value.map(|_| m.fraction)).collect();
    for i in 0..marks.len() {
        if marks[i].style != MarkStyle::Gap {
            continue;
        }
        let slot = marks[i].slot;
        let beside = marks
            .iter()
            .zip(&lifts)
            .filter(|(m, _)| m.slot + 1 == slot || m.slot == slot + 1)
            .filter_map(|(_, lift)| *lift);
        let highest = beside.fold(0.0, f64::max);
        marks[i].fraction = if highest < 0.5 { 1.0 } else { 0.0 };
    }
}
