//! Fixtures that more than one test file builds from the bundled data.

use iop_dashboard::data::{Dataset, Value};

/// `d` with a count withheld by the disclosure rule ("<5") for the year after
/// its first series' last one, as a keeper would add it: that point copied,
/// neither uncertain nor with a note of its own.
pub fn with_withheld_count(mut d: Dataset) -> Dataset {
    let series = &mut d.series[0];
    let mut point = series.points.last().expect("a point").clone();
    let year: i32 = point.period.parse().expect("a year");
    point.period = (year + 1).to_string();
    point.value = Some(Value::Suppressed);
    point.uncertain = false;
    point.note = None;
    series.points.push(point);
    d
}
