//! Linear scales with "nice" ticks (1, 2, 2.5, 5 × 10ⁿ; a count's whole), from
//! zero: every chart here shows amounts, and bars that do not start at zero
//! exaggerate differences.

/// A scale from `0..=max` onto `0..=1` (a fraction of the plot width).
#[derive(Debug, Clone, PartialEq)]
pub struct Scale {
    pub max: f64,
    pub ticks: Vec<f64>,
}

impl Scale {
    /// A scale whose last tick covers `data_max`, with about `target` ticks.
    /// All-zero or empty data still gets a usable 0..1 scale rather than a
    /// division by zero.
    pub fn nice(data_max: f64, target: usize) -> Scale {
        Scale::stepped(data_max, target, false)
    }

    /// A scale for a count of things (children, places, events), whose
    /// ticks are whole numbers too: a grid line at 2.5 or 0.25 children
    /// says what no count can be, and where the grid carries its values a
    /// reader would see it said. Such a step is doubled (2.5 → 5) or made 1.
    pub fn counted(data_max: f64, target: usize) -> Scale {
        Scale::stepped(data_max, target, true)
    }

    fn stepped(data_max: f64, target: usize, whole: bool) -> Scale {
        let data_max = if data_max.is_finite() && data_max > 0.0 {
            data_max
        } else {
            1.0
        };
        let mut step = nice_step(data_max / target.max(1) as f64);
        if whole && step.fract() != 0.0 {
            step = if step < 1.0 { 1.0 } else { step * 2.0 };
        }
        let max = (data_max / step).ceil() * step;
        let count = (max / step).round() as usize;
        let ticks = (0..=count).map(|i| round(i as f64 * step)).collect();
        Scale {
            max: round(max),
            ticks,
        }
    }

    /// A fixed scale, for percentages (0–100) where the whole is the point.
    pub fn fixed(max: f64, step: f64) -> Scale {
        let count = (max / step).round() as usize;
        Scale {
            max,
            ticks: (0..=count).map(|i| round(i as f64 * step)).collect(),
        }
    }

    /// Position of `v` as a fraction of the plot width, clamped to it.
    pub fn fraction(&self, v: f64) -> f64 {
        if self.max <= 0.0 || !v.is_finite() {
            return 0.0;
        }
        (v / self.max).clamp(0.0, 1.0)
    }

    /// How long a bar of `v` is drawn, as a fraction of the plot: where
    /// `fraction` places it, except that a value above zero is never drawn as
    /// nothing. Beside a value ten thousand times larger, 95 would be a
    /// twentieth of a pixel: a reader would see no bar and read a zero, so it
    /// gets a sliver (`SHORTEST`, a pixel on a phone), as Highcharts'
    /// `minPointLength` gives one; the value written beside it says how small
    /// it is.
    pub fn length(&self, v: f64) -> f64 {
        let at = self.fraction(v);
        if v > 0.0 && at < SHORTEST {
            SHORTEST
        } else {
            at
        }
    }

    /// Where each tick stands, as `fraction` places it: the grid lines and
    /// their values, on the page and in the pictures, are drawn at these.
    pub fn tick_fractions(&self) -> impl Iterator<Item = f64> + '_ {
        self.ticks.iter().map(|t| self.fraction(*t))
    }
}

/// The shortest a bar above zero is drawn, as a fraction of its plot: a pixel
/// of the narrowest bars' plot (170 px, on a 320 px screen); on a wide plot a
/// few pixels, still a sliver beside its neighbours.
pub const SHORTEST: f64 = 0.006;

fn nice_step(raw: f64) -> f64 {
    // The power of ten at or below `raw`, by steps: no log/pow in the wasm.
    let mut magnitude = 1.0;
    if raw.is_finite() && raw > 0.0 {
        while magnitude * 10.0 <= raw {
            magnitude *= 10.0;
        }
        while magnitude > raw {
            magnitude /= 10.0;
        }
    }
    let residual = raw / magnitude;
    let nice = if residual <= 1.0 {
        1.0
    } else if residual <= 2.0 {
        2.0
    } else if residual <= 2.5 {
        2.5
    } else if residual <= 5.0 {
        5.0
    } else {
        10.0
    };
    nice * magnitude
}

/// Removes float noise such as 0.30000000000000004 from tick values.
fn round(v: f64) -> f64 {
    (v * 1e6).round() / 1e6
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_are_nice_and_cover_the_data() {
        let s = Scale::nice(410.0, 5);
        assert_eq!(s.ticks, [0.0, 100.0, 200.0, 300.0, 400.0, 500.0]);
        assert_eq!(s.max, 500.0);
        let s = Scale::nice(35369.0, 4);
        assert_eq!(s.ticks, [0.0, 10000.0, 20000.0, 30000.0, 40000.0]);
        let s = Scale::nice(1.18e9, 4);
        assert_eq!(s.ticks, [0.0, 0.5e9, 1.0e9, 1.5e9]);
    }

    #[test]
    fn a_single_value_and_exact_tick_values() {
        let s = Scale::nice(500.0, 5);
        assert_eq!(s.max, 500.0);
        assert_eq!(s.fraction(500.0), 1.0);
        let s = Scale::nice(3.0, 5);
        assert!(
            s.ticks.iter().all(|t| (t * 10.0).fract() == 0.0),
            "{:?}",
            s.ticks
        );
        assert!(s.max >= 3.0);
    }

    #[test]
    fn all_zero_or_missing_data_does_not_divide_by_zero() {
        for max in [0.0, -5.0, f64::NAN, f64::INFINITY] {
            let s = Scale::nice(max, 5);
            assert!(s.max > 0.0);
            assert_eq!(s.fraction(0.0), 0.0);
        }
        assert_eq!(Scale::nice(10.0, 0).ticks.first(), Some(&0.0));
    }

    #[test]
    fn a_count_is_never_scaled_in_parts_of_a_thing() {
        // Where a plain scale steps by 2.5 or a quarter, a count's does not.
        assert_eq!(Scale::nice(9.0, 4).ticks, [0.0, 2.5, 5.0, 7.5, 10.0]);
        assert_eq!(Scale::counted(9.0, 4).ticks, [0.0, 5.0, 10.0]);
        assert_eq!(Scale::nice(2.0, 4).ticks, [0.0, 0.5, 1.0, 1.5, 2.0]);
        assert_eq!(Scale::counted(2.0, 4).ticks, [0.0, 1.0, 2.0]);
        assert_eq!(Scale::nice(0.0, 4).ticks, [0.0, 0.25, 0.5, 0.75, 1.0]);
        assert_eq!(Scale::counted(0.0, 4).ticks, [0.0, 1.0]);
        assert_eq!(Scale::counted(3.0, 4).ticks, [0.0, 1.0, 2.0, 3.0]);
        // Larger counts step as any scale does: 25 is a whole number.
        assert_eq!(Scale::counted(90.0, 4), Scale::nice(90.0, 4));
        assert_eq!(Scale::counted(35369.0, 4), Scale::nice(35369.0, 4));
        for max in [1.0, 2.0, 5.0, 7.0, 11.0, 13.0, 26.0, 99.0, 1234.0] {
            let s = Scale::counted(max, 4);
            assert!(
                s.ticks.iter().all(|t| t.fract() == 0.0),
                "{max}: {:?}",
                s.ticks
            );
            assert!(s.max >= max, "{max}: {:?}", s.ticks);
        }
    }

    #[test]
    fn fractions_are_clamped() {
        let s = Scale::fixed(100.0, 25.0);
        assert_eq!(s.ticks, [0.0, 25.0, 50.0, 75.0, 100.0]);
        assert_eq!(s.fraction(55.0), 0.55);
        assert_eq!(s.fraction(150.0), 1.0);
        assert_eq!(s.fraction(-1.0), 0.0);
        assert_eq!(s.fraction(f64::NAN), 0.0);
    }

    #[test]
    fn a_bar_above_zero_is_never_drawn_as_nothing() {
        let s = Scale::nice(987_654.0, 4);
        assert!(s.fraction(95.0) < 0.001);
        assert_eq!(s.length(95.0), SHORTEST);
        assert_eq!(s.length(0.0), 0.0);
        assert_eq!(s.length(-3.0), 0.0);
        assert_eq!(s.length(f64::NAN), 0.0);
        // A bar long enough to see is drawn where its value is.
        assert_eq!(s.length(500_000.0), s.fraction(500_000.0));
    }
}
