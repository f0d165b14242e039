//! Takeaway templates: a sentence in the publisher's words with a small, closed
//! set of placeholders that the dashboard fills from the data, so the sentence
//! cannot fall out of step with the figures it states.
//!
//! | placeholder | resolves to |
//! |---|---|
//! | `{value:FIGURE}` | every source's value as published, with its qualifier ("drygt 270 respektive 272") |
//! | `{ratio:A:B}` | how many times figure A is figure B ("mer än 4 gånger så många") |
//! | `{share:A:B}` | figure A as a per cent of figure B, never rounded up ("99,7 %") |
//! | `{peak:SERIES}` | the highest value of a series ("35 369") |
//! | `{peak_period:SERIES}` | the period of that value ("2015") |
//! | `{date:ID}` | the date of an event or figure ("mars 2015", "omkring 2018"), or of the agreement: `period.start`, `period.planned_end`, `period.actual_end` |
//! | `{count:WHAT}` | how many `parties`, `nonprofits`, `services`, `services_unknown` (no provider known) or `events` the file lists |
//!
//! A ratio or share of a figure its source hedges ("cirka 900", "drygt 270")
//! is said as about ("cirka 1,8 gånger så många"), and one of an uncertain
//! figure as uncertain, as the figure itself is: arithmetic on a hedged
//! number does not make it sure.
//!
//! This module finds and resolves the placeholders to quantities; the words
//! are `views::takeaway`'s. A placeholder that cannot be resolved is a
//! validation problem, never a blank or a wrong sentence on the page.

use super::model::{Dataset, Figure, PartyKind, Point, Series, Target};
use super::problem::Unresolved;

/// One part of a template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece<'t> {
    Text(&'t str),
    /// A placeholder, as written between the braces (`value:crisis-conversations`).
    Hole(&'t str),
}

/// Splits a template into text and placeholders; a `{` without its `}` is a
/// problem (a `}` alone is text).
pub fn pieces(template: &str) -> Result<Vec<Piece<'_>>, Unresolved> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        if open > 0 {
            out.push(Piece::Text(&rest[..open]));
        }
        let after = &rest[open + 1..];
        let close = after
            .find(['}', '{'])
            .filter(|i| after[*i..].starts_with('}'));
        let Some(close) = close else {
            return Err(Unresolved::Unclosed);
        };
        out.push(Piece::Hole(&after[..close]));
        rest = &after[close + 1..];
    }
    if !rest.is_empty() {
        out.push(Piece::Text(rest));
    }
    Ok(out)
}

/// The placeholders of a template, in their order.
pub fn holes(template: &str) -> Vec<&str> {
    pieces(template)
        .unwrap_or_default()
        .into_iter()
        .filter_map(|p| match p {
            Piece::Hole(h) => Some(h),
            Piece::Text(_) => None,
        })
        .collect()
}

/// Whether two templates (the two languages of one) use the same
/// placeholders, each as often, in any order (word order is each language's).
pub fn same_holes(a: &str, b: &str) -> bool {
    let (a, b) = (holes(a), holes(b));
    let count = |list: &[&str], h: &str| list.iter().filter(|x| **x == h).count();
    a.len() == b.len() && a.iter().all(|h| count(&a, h) == count(&b, h))
}

/// What a placeholder stands for, before it is put in words.
#[derive(Debug, Clone, PartialEq)]
pub enum Quantity<'d> {
    /// Every value of the figure, as its sources publish them.
    Values(&'d Figure),
    /// `times` is floored (to a whole number from 2, else to a tenth), or
    /// rounded where the figures are approximate; `exact` when it is the
    /// exact ratio, so "more than" is said only when it is more.
    Ratio {
        times: f64,
        exact: bool,
        hedge: Hedge,
    },
    /// A per cent, floored to a tenth.
    Share {
        per_cent: f64,
        hedge: Hedge,
    },
    Peak {
        series: &'d Series,
        point: &'d Point,
        value: f64,
    },
    PeakPeriod(&'d Point),
    Date {
        date: &'d str,
        approximate: bool,
    },
    Count(usize),
}

/// The names of the placeholders, for the schema's pattern and the messages.
pub const NAMES: [&str; 7] = [
    "value",
    "ratio",
    "share",
    "peak",
    "peak_period",
    "date",
    "count",
];

/// What `{count:…}` can count.
pub const COUNTS: [&str; 5] = [
    "parties",
    "nonprofits",
    "services",
    "services_unknown",
    "events",
];

/// The dates of the agreement, for `{date:…}`.
pub const PERIOD_DATES: [&str; 3] = ["period.start", "period.planned_end", "period.actual_end"];

fn figure<'d>(d: &'d Dataset, id: &str) -> Result<&'d Figure, Unresolved> {
    d.figure(id).ok_or_else(|| Unresolved::Missing {
        target: Target::Figure,
        id: id.to_string(),
    })
}

/// How sure a number worked out from figures is: as sure as the least sure
/// of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Hedge {
    /// A source words one of the figures as about or just over a number.
    pub approximate: bool,
    /// One of the figures is marked uncertain.
    pub uncertain: bool,
}

impl Hedge {
    fn and(self, other: Hedge) -> Hedge {
        Hedge {
            approximate: self.approximate || other.approximate,
            uncertain: self.uncertain || other.uncertain,
        }
    }
}

/// The one number of a figure, for arithmetic, with how sure it is: a figure
/// whose sources disagree, or a suppressed count, has none.
fn number(d: &Dataset, id: &str) -> Result<(f64, Hedge), Unresolved> {
    let f = figure(d, id)?;
    match f.values.as_slice() {
        [one] => one
            .value
            .number()
            .map(|n| {
                let hedge = Hedge {
                    approximate: one.qualifier.is_some(),
                    uncertain: f.uncertain,
                };
                (n, hedge)
            })
            .ok_or_else(|| Unresolved::NoNumber(id.to_string())),
        _ => Err(Unresolved::NoNumber(id.to_string())),
    }
}

fn peak<'d>(d: &'d Dataset, id: &str) -> Result<(&'d Series, &'d Point, f64), Unresolved> {
    let series = d.series_by_id(id).ok_or_else(|| Unresolved::Missing {
        target: Target::Series,
        id: id.to_string(),
    })?;
    series
        .peak()
        .map(|(p, v)| (series, p, v))
        .ok_or_else(|| Unresolved::NoPeak(id.to_string()))
}

fn floor_tenth(x: f64) -> f64 {
    (x * 10.0 + 1e-9).floor() / 10.0
}

/// Resolves one placeholder (as written between the braces) against the data.
pub fn resolve<'d>(hole: &str, d: &'d Dataset) -> Result<Quantity<'d>, Unresolved> {
    let mut parts = hole.split(':');
    let name = parts.next().unwrap_or_default();
    let args: Vec<&str> = parts.collect();
    let expected = match name {
        "value" | "peak" | "peak_period" | "date" | "count" => 1,
        "ratio" | "share" => 2,
        _ => return Err(Unresolved::UnknownName),
    };
    if args.len() != expected || args.iter().any(|a| a.is_empty()) {
        return Err(Unresolved::Arguments { expected });
    }
    Ok(match (name, args.as_slice()) {
        ("value", [id]) => Quantity::Values(figure(d, id)?),
        ("ratio", [a, b]) => {
            let ((a, ha), (b, hb)) = (number(d, a)?, number(d, b)?);
            if b <= 0.0 || a <= b {
                return Err(Unresolved::Ratio);
            }
            let (r, hedge) = (a / b, ha.and(hb));
            // An about figure's ratio is about the nearest; a sure one's is
            // floored, so that "more than" is true.
            let times = match (r >= 2.0, hedge.approximate) {
                (true, false) => r.floor(),
                (false, false) => floor_tenth(r),
                (true, true) => r.round(),
                (false, true) => (r * 10.0).round() / 10.0,
            };
            // "More than 1 times as many" says nothing: another wording is needed.
            if times <= 1.0 {
                return Err(Unresolved::Ratio);
            }
            Quantity::Ratio {
                times,
                exact: (b * times - a).abs() < 1e-9,
                hedge,
            }
        }
        ("share", [a, b]) => {
            let ((a, ha), (b, hb)) = (number(d, a)?, number(d, b)?);
            if b <= 0.0 || a > b {
                return Err(Unresolved::Share);
            }
            Quantity::Share {
                per_cent: floor_tenth(a / b * 100.0),
                hedge: ha.and(hb),
            }
        }
        ("peak", [id]) => {
            let (series, point, value) = peak(d, id)?;
            Quantity::Peak {
                series,
                point,
                value,
            }
        }
        ("peak_period", [id]) => Quantity::PeakPeriod(peak(d, id)?.1),
        ("date", [id]) => date(d, id)?,
        ("count", [what]) => Quantity::Count(count(d, what)?),
        _ => return Err(Unresolved::UnknownName),
    })
}

fn date<'d>(d: &'d Dataset, id: &str) -> Result<Quantity<'d>, Unresolved> {
    let period = &d.partnership.period;
    let (date, approximate) = match id {
        "period.start" => (period.start.as_str(), false),
        "period.planned_end" => (period.planned_end.as_str(), false),
        "period.actual_end" => (period.actual_end.as_str(), period.actual_end_approximate),
        id => match (d.event(id), d.figure(id)) {
            (Some(e), _) => (e.date.as_str(), e.approximate),
            (None, Some(f)) => (f.date.as_str(), false),
            (None, None) => {
                return Err(Unresolved::Missing {
                    target: Target::Event,
                    id: id.to_string(),
                })
            }
        },
    };
    Ok(Quantity::Date { date, approximate })
}

fn count(d: &Dataset, what: &str) -> Result<usize, Unresolved> {
    let parties = &d.partnership.parties;
    Ok(match what {
        "parties" => parties.len(),
        "nonprofits" => parties
            .iter()
            .filter(|p| p.kind == PartyKind::Nonprofit && !p.uncertain)
            .count(),
        "services" => d.services.len(),
        "services_unknown" => d
            .services
            .iter()
            .filter(|s| s.known_activities.is_empty())
            .count(),
        "events" => d.timeline.len(),
        other => return Err(Unresolved::UnknownCount(other.to_string())),
    })
}

/// Every placeholder of a template that cannot be resolved, with why.
pub fn problems(template: &str, d: &Dataset) -> Vec<(String, Unresolved)> {
    match pieces(template) {
        Err(e) => vec![(template.to_string(), e)],
        Ok(pieces) => pieces
            .into_iter()
            .filter_map(|p| match p {
                Piece::Hole(h) => resolve(h, d).err().map(|e| (format!("{{{h}}}"), e)),
                Piece::Text(_) => None,
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_split_into_text_and_placeholders() {
        assert_eq!(
            pieces("From {value:a} to {value:b}.").expect("ok"),
            [
                Piece::Text("From "),
                Piece::Hole("value:a"),
                Piece::Text(" to "),
                Piece::Hole("value:b"),
                Piece::Text(".")
            ]
        );
        assert_eq!(
            pieces("no holes }").expect("ok"),
            [Piece::Text("no holes }")]
        );
        assert_eq!(pieces("open {value:a"), Err(Unresolved::Unclosed));
        assert_eq!(pieces("nested {value:{a}}"), Err(Unresolved::Unclosed));
        assert_eq!(holes("{b:x} and {a:y}"), ["b:x", "a:y"]);
        assert!(same_holes("{b:x} and {a:y}", "{a:y}, then {b:x}"));
        assert!(!same_holes("{a:y} {a:y}", "{a:y} {b:x}"));
        assert!(!same_holes("{a:y}", "{a:y} {a:y}"));
    }
}
