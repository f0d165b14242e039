//! A time series as sound: each period a tone, higher for a larger number, so
//! a reader who cannot see the columns hears the series' shape at once (a
//! peak, a fall), which a table read row by row does not give. Highcharts'
//! sonification does the like; ours keeps the chart's honesty rules: a period
//! without a figure is a rest, never a low tone, and an uncertain figure is a
//! broken tone, as its column is hatched.
//!
//! Pure: the notes and their times. The browser plays them (`app::sound`).

use super::model::{Chart, MarkStyle, Panel};
use super::PanelKind;

/// A figure's tone lasts this long, in seconds; the next one starts
/// `STEP` after it (a short silence between two keeps them apart).
pub const TONE: f64 = 0.25;
pub const STEP: f64 = 0.32;
/// A second between two panels' series, so they are not heard as one.
pub const BETWEEN_SERIES: f64 = 0.8;
/// The pitch of a zero (A3); the scale's top sounds two octaves up (A5).
/// The pitch rises evenly with the number, as a column's height does on
/// the axis, so equal differences sound equal: a note is this tone raised by
/// cents (hundredths of a semitone), which Web Audio's `detune` takes as
/// they are.
pub const LOWEST_HZ: f64 = 220.0;
pub const TOP_CENTS: f64 = 2400.0;
/// An uncertain figure's tone is broken into this many pulses.
pub const PULSES: usize = 3;

/// One sounded tone: when it starts and how long it lasts, in seconds from
/// the start, and its pitch in cents above `LOWEST_HZ`.
#[derive(Debug, Clone, PartialEq)]
pub struct Note {
    pub at: f64,
    pub length: f64,
    pub cents: f64,
}

/// What a chart sounds like: its notes in time order.
pub type Melody = Vec<Note>;

/// The pitch, in cents above `LOWEST_HZ`, of a value at `fraction` of its
/// axis's height (0 at zero, 1 at the scale's top); a fraction past either
/// end (a value off the scale) sounds at the end.
pub fn cents(fraction: f64) -> f64 {
    TOP_CENTS * fraction.clamp(0.0, 1.0)
}

/// A chart's time series: bars, a timeline or a matrix have no shape over
/// time to hear.
fn series(chart: &Chart) -> impl Iterator<Item = &Panel> {
    chart.panels.iter().filter(|p| p.kind == PanelKind::Columns)
}

/// Whether the chart has a figure over time to hear (the page offers to
/// play it only then).
pub fn audible(chart: &Chart) -> bool {
    series(chart).any(|p| p.marks.iter().any(sounds))
}

/// Whether a mark is a tone rather than a rest.
fn sounds(m: &super::Mark) -> bool {
    m.value.is_some() && m.style != MarkStyle::Gap
}

/// The chart's time series, one after the other, as sound; None where it has
/// none, or none with a figure.
pub fn melody(chart: &Chart) -> Option<Melody> {
    if !audible(chart) {
        return None;
    }
    let mut out = Melody::new();
    let mut at = 0.0;
    for (i, panel) in series(chart).enumerate() {
        if i > 0 {
            at += BETWEEN_SERIES;
        }
        at = sound_panel(panel, at, &mut out);
    }
    Some(out)
}

/// Adds a columns panel's periods from `at` on, in their order on the axis;
/// returns when the next would start. A period with no mark, or a gap, is a
/// rest as long as a tone.
fn sound_panel(panel: &Panel, mut at: f64, notes: &mut Vec<Note>) -> f64 {
    let places = panel
        .across
        .len()
        .max(panel.marks.iter().map(|m| m.slot + 1).max().unwrap_or(0));
    for slot in 0..places {
        let mark = panel.marks.iter().find(|m| m.slot == slot && sounds(m));
        if let Some(m) = mark {
            let cents = cents(m.fraction);
            if m.style == MarkStyle::Uncertain {
                // Pulses and the silences between them share the tone's time.
                let pulse = TONE / (2 * PULSES - 1) as f64;
                for k in 0..PULSES {
                    notes.push(Note {
                        at: at + 2.0 * k as f64 * pulse,
                        length: pulse,
                        cents,
                    });
                }
            } else {
                notes.push(Note {
                    at,
                    length: TONE,
                    cents,
                });
            }
        }
        at += STEP;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pitch_rises_evenly_over_two_octaves() {
        assert_eq!(cents(0.0), 0.0);
        assert_eq!(cents(0.5), 1200.0);
        assert_eq!(cents(1.0), 2400.0);
        assert_eq!(cents(-0.2), 0.0);
        assert_eq!(cents(1.3), 2400.0);
    }
}
