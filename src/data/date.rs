//! ISO-8601 dates at the precision a source gives.
//!
//! Sources say "2016", "March 2015" or "4 May 2017"; padding those to a full day
//! would invent precision, so the dataset keeps reduced-precision dates (`2016`,
//! `2015-03`, `2017-05-04`) and intervals (`2015/2017`). Only the calendar is checked
//! here; chrono decides which days exist.

use chrono::NaiveDate;
use std::cmp::Ordering;

/// A calendar date at year, month or day precision.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IsoDate {
    pub year: i32,
    pub month: Option<u32>,
    pub day: Option<u32>,
}

impl IsoDate {
    pub fn parse(text: &str) -> Option<IsoDate> {
        let mut parts = text.split('-');
        let year = digits(parts.next()?, 4)?;
        let month = match parts.next() {
            Some(m) => Some(digits(m, 2)?),
            None => None,
        };
        let day = match parts.next() {
            Some(d) => Some(digits(d, 2)?),
            None => None,
        };
        if parts.next().is_some() {
            return None;
        }
        let date = IsoDate {
            year: i32::try_from(year).ok()?,
            month,
            day,
        };
        // The first day of the period must exist, and for a full date the day itself.
        NaiveDate::from_ymd_opt(date.year, month.unwrap_or(1), day.unwrap_or(1))?;
        Some(date)
    }

    /// The first day the date covers: what the timeline is ordered by.
    pub fn first_day(self) -> (i32, u32, u32) {
        (self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }

    /// The last day the date covers, for checking that an interval runs forwards.
    fn last_day(self) -> (i32, u32, u32) {
        match (self.month, self.day) {
            (Some(m), Some(d)) => (self.year, m, d),
            (Some(m), None) => (self.year, m, 31),
            _ => (self.year, 12, 31),
        }
    }
}

fn digits(text: &str, len: usize) -> Option<u32> {
    if text.len() == len && text.bytes().all(|b| b.is_ascii_digit()) {
        text.parse().ok()
    } else {
        None
    }
}

/// A date or an interval `start/end` with start no later than end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateOrPeriod {
    pub start: IsoDate,
    pub end: Option<IsoDate>,
}

impl DateOrPeriod {
    pub fn parse(text: &str) -> Option<DateOrPeriod> {
        match text.split_once('/') {
            None => Some(DateOrPeriod {
                start: IsoDate::parse(text)?,
                end: None,
            }),
            Some((a, b)) => {
                let start = IsoDate::parse(a)?;
                let end = IsoDate::parse(b)?;
                if start.first_day().cmp(&end.last_day()) == Ordering::Greater {
                    return None;
                }
                Some(DateOrPeriod {
                    start,
                    end: Some(end),
                })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_each_precision() {
        assert_eq!(
            IsoDate::parse("2016"),
            Some(IsoDate {
                year: 2016,
                month: None,
                day: None
            })
        );
        assert_eq!(IsoDate::parse("2015-03").and_then(|d| d.month), Some(3));
        assert_eq!(IsoDate::parse("2017-05-04").and_then(|d| d.day), Some(4));
    }

    #[test]
    fn rejects_impossible_and_loose_dates() {
        for bad in [
            "",
            "16",
            "2015-3",
            "2015-13",
            "2017-02-29",
            "2016-02-30",
            "2015-03-01T00",
            "4 maj 2017",
            "2015-03-",
            "+2015",
        ] {
            assert_eq!(IsoDate::parse(bad), None, "{bad:?} should be rejected");
        }
        assert!(
            IsoDate::parse("2016-02-29").is_some(),
            "2016 is a leap year"
        );
    }

    #[test]
    fn intervals_must_run_forwards() {
        assert!(DateOrPeriod::parse("2015/2017").is_some());
        assert!(DateOrPeriod::parse("2015-03/2015").is_some());
        assert!(DateOrPeriod::parse("2017/2015").is_none());
        assert!(DateOrPeriod::parse("2015/").is_none());
    }

    #[test]
    fn ordering_uses_the_first_day() {
        let year = IsoDate::parse("2016").map(IsoDate::first_day);
        let day = IsoDate::parse("2016-08-22").map(IsoDate::first_day);
        assert!(year < day);
    }
}
