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

/// A keeper's dense series: twelve months of close values, rising to 9 000 in
/// September; on a phone no column has room for its value.
pub const CLOSE_MONTHS: [u32; 12] = [
    2100, 2600, 3300, 4100, 5200, 6400, 7600, 8500, 9000, 8700, 7900, 6800,
];

/// `d` with its first series as the months of 2015, `values` in turn: each
/// point its first one copied with a month's period and its value.
pub fn with_months(mut d: Dataset, values: &[u32]) -> Dataset {
    let series = &mut d.series[0];
    let point = series.points.first().expect("a point").clone();
    series.points = (1..)
        .zip(values)
        .map(|(m, v)| iop_dashboard::data::Point {
            period: format!("2015-{m:02}"),
            value: Some(Value::Number(f64::from(*v))),
            ..point.clone()
        })
        .collect();
    d
}
