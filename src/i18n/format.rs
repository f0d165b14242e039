//! Locale-aware numbers and dates, written once and used everywhere.
//!
//! Swedish: "35 369", "55 %", "1,18 miljarder kr", "4 maj 2017".
//! English: "35,369", "55%", "SEK 1.18 billion", "4 May 2017".
//! Swedish spaces are no-break spaces (U+00A0) so a number never wraps in two,
//! nor leaves its currency; a line may break only before a scale word ("2,797 /
//! miljoner kr"), so a big number in a narrow card wraps between words.
//! No figure is rounded: large amounts use "million"/"billion" only when that
//! shows every significant digit the source gave.

use super::Lang;
use crate::data::changes::{Kind, List};
use crate::data::date::{DateOrPeriod, IsoDate};
use crate::data::{Dataset, Qualifier, Source, Unit, UnitKind, Value};

pub const NBSP: char = '\u{a0}';

/// A page's name within the site, "Källor – IOP Ensamkommande i Göteborg":
/// the page first, so a row of tabs or a screen reader's list of frames tells
/// the pages apart by their first words. The tab's title, an embed's frame and
/// the build's pages are all named by this one rule.
pub fn page_title(page: &str, site: &str) -> String {
    format!("{page} – {site}")
}

/// Groups the digits of a whole number: "35 369" / "35,369".
pub fn integer(n: u64, lang: Lang) -> String {
    let sep = match lang {
        Lang::Sv => NBSP,
        Lang::En => ',',
    };
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// A non-negative number with up to three decimals, trailing zeros dropped.
pub fn number(n: f64, lang: Lang) -> String {
    let n = n.abs();
    let scaled = (n * 1000.0).round() as u64;
    let (whole, frac) = (scaled / 1000, scaled % 1000);
    let mut out = integer(whole, lang);
    if frac != 0 {
        let frac = format!("{frac:03}");
        out.push(match lang {
            Lang::Sv => ',',
            Lang::En => '.',
        });
        out.push_str(frac.trim_end_matches('0'));
    }
    out
}

/// Expresses `n` in units of `scale` if three decimals hold it exactly.
fn exact_in(n: f64, scale: f64) -> Option<f64> {
    let scaled = n / scale;
    (scaled >= 1.0 && ((scaled * 1000.0).round() / 1000.0 * scale - n).abs() < 0.5)
        .then_some(scaled)
}

/// An amount of Swedish kronor: "2 797 000 kr", "1,18 miljarder kr" / "SEK 1.18 billion".
pub fn money(n: f64, lang: Lang) -> String {
    let (amount, word_sv, word_en) = if let Some(b) = exact_in(n, 1e9) {
        let sv = if b == 1.0 { "miljard" } else { "miljarder" };
        (number(b, lang), Some(sv), Some("billion"))
    } else if let Some(m) = exact_in(n, 1e6) {
        let sv = if m == 1.0 { "miljon" } else { "miljoner" };
        (number(m, lang), Some(sv), Some("million"))
    } else {
        (number(n, lang), None, None)
    };
    match lang {
        Lang::Sv => match word_sv {
            Some(w) => format!("{amount} {w}{NBSP}kr"),
            None => format!("{amount}{NBSP}kr"),
        },
        Lang::En => match word_en {
            Some(w) => format!("SEK{NBSP}{amount} {w}"),
            None => format!("SEK{NBSP}{amount}"),
        },
    }
}

/// A scale's values, from the axis up, as an axis prints them: the top one
/// in its unit ("10 mnkr", "100 %"), the others bare numbers in the same
/// scale ("7,5", "5", "0"). The unit said once keeps a column of grid values
/// narrow beside a phone's plot, where "2,5 miljoner kr" on every line took a
/// third of it; a rate's "per barn och dygn" is its title's to say, and each
/// mark's name says its value in words.
pub fn scale_values(ticks: &[f64], unit: Unit, lang: Lang) -> Vec<String> {
    let top = ticks.last().copied().unwrap_or(0.0);
    let kind = unit.kind();
    // In millions or billions, the unit's short form, as a printed axis
    // sets it ("10 mnkr", "SEK 10m"): the column of values stays as narrow
    // as its numbers.
    let scaled = [(1e9, "mdkr", "bn"), (1e6, "mnkr", "m")]
        .into_iter()
        .find(|(per, ..)| kind == UnitKind::Money && exact_in(top, *per).is_some());
    let per = scaled.map_or(1.0, |(per, ..)| per);
    let mut out: Vec<String> = ticks.iter().map(|t| number(t / per, lang)).collect();
    let Some(last) = out.last_mut() else {
        return out;
    };
    match (kind, scaled, lang) {
        (UnitKind::Money, Some((_, sv, _)), Lang::Sv) => {
            last.push(NBSP);
            last.push_str(sv);
        }
        (UnitKind::Money, Some((_, _, en)), Lang::En) => {
            last.insert_str(0, "SEK\u{a0}");
            last.push_str(en);
        }
        (UnitKind::Money, None, _) => *last = money(top, lang),
        (UnitKind::Percent, ..) => *last = value(Value::Number(top), unit, None, lang),
        (UnitKind::Count { .. }, ..) => {}
    }
    out
}

/// A published value in its unit, with the source's own hedging ("drygt 270").
/// Counts are bare numbers here: the label around them says what is counted.
pub fn value(v: Value, unit: Unit, qualifier: Option<Qualifier>, lang: Lang) -> String {
    let n = match v {
        Value::Suppressed => {
            return match lang {
                Lang::Sv => "färre än 5".into(),
                Lang::En => "fewer than 5".into(),
            }
        }
        Value::Number(n) => n,
    };
    let body = match (unit, unit.kind()) {
        (Unit::SekPerChildPerDay, _) => match lang {
            Lang::Sv => format!("{} per barn och dygn", money(n, lang)),
            Lang::En => format!("{} per child per day", money(n, lang)),
        },
        (_, UnitKind::Money) => money(n, lang),
        (_, UnitKind::Percent) => match lang {
            Lang::Sv => format!("{}{NBSP}%", number(n, lang)),
            Lang::En => format!("{}%", number(n, lang)),
        },
        (_, UnitKind::Count { .. }) => number(n, lang),
    };
    match (qualifier, lang) {
        (None, _) => body,
        (Some(Qualifier::About), Lang::Sv) => format!("cirka {body}"),
        (Some(Qualifier::About), Lang::En) => format!("about {body}"),
        (Some(Qualifier::JustOver), Lang::Sv) => format!("drygt {body}"),
        (Some(Qualifier::JustOver), Lang::En) => format!("just over {body}"),
    }
}

/// The noun a count is of, for sentences and accessible names ("500 samtal").
pub fn unit_noun(unit: Unit, lang: Lang) -> Option<&'static str> {
    let (sv, en) = match unit {
        Unit::Children => ("barn", "children"),
        Unit::People => ("personer", "people"),
        Unit::Volunteers => ("ideella", "volunteers"),
        Unit::Places => ("platser", "places"),
        Unit::Organisations => ("organisationer", "organisations"),
        Unit::Posts => ("tjänster", "posts"),
        Unit::Conversations => ("samtal", "conversations"),
        Unit::Events => ("tillfällen", "events"),
        Unit::Percent | Unit::Sek | Unit::SekPerChildPerDay => return None,
    };
    Some(match lang {
        Lang::Sv => sv,
        Lang::En => en,
    })
}

/// A value with its unit in words, for takeaways and accessible names:
/// "35 369 barn", "drygt 270 barn", "55 %", "1,18 miljarder kr".
pub fn with_unit(v: Value, unit: Unit, qualifier: Option<Qualifier>, lang: Lang) -> String {
    let body = value(v, unit, qualifier, lang);
    match unit_noun(unit, lang) {
        Some(noun) => format!("{body} {noun}"),
        None => body,
    }
}

/// A formatted value as said, marked "(uncertain)" in words (not only a
/// symbol) when its source marks it so: every text that says a figure or a
/// point goes through here, so none says an uncertain value as a sure one.
pub fn uncertain(formatted: String, uncertain: bool, lang: Lang) -> String {
    match (uncertain, lang) {
        (false, _) => formatted,
        (true, Lang::Sv) => format!("{formatted} (osäker)"),
        (true, Lang::En) => format!("{formatted} (uncertain)"),
    }
}

const MONTHS_SV: [&str; 12] = [
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A date; `year` false leaves a month's year to the end of its period.
fn iso_date(d: IsoDate, lang: Lang, space: char, year: bool) -> String {
    let months = match lang {
        Lang::Sv => &MONTHS_SV,
        Lang::En => &MONTHS_EN,
    };
    let month = d.month.and_then(|m| months.get(m as usize - 1));
    match (month, d.day) {
        (Some(m), Some(day)) => format!("{day}{space}{m} {}", d.year),
        (Some(m), None) if !year => m.to_string(),
        (Some(m), None) => format!("{m} {}", d.year),
        _ => d.year.to_string(),
    }
}

/// A date or interval at its own precision: "4 maj 2017", "mars 2015", "2015–2017",
/// "oktober–december 2015".
/// Text that is not an ISO date is shown as it is rather than hidden.
pub fn date(text: &str, lang: Lang) -> String {
    date_spaced(text, lang, NBSP)
}

/// `date` with the space it keeps a day and its month together with.
fn date_spaced(text: &str, lang: Lang, space: char) -> String {
    match DateOrPeriod::parse(text) {
        None => text.to_string(),
        Some(DateOrPeriod { start, end: None }) => iso_date(start, lang, space, true),
        Some(DateOrPeriod {
            start,
            end: Some(end),
        }) => {
            // Months of one year name it once: "oktober–december 2015".
            let one_year = start.year == end.year && start.day.is_none() && end.day.is_none();
            let months = start.month.is_some() && end.month.is_some();
            let a = iso_date(start, lang, space, !(one_year && months));
            let b = iso_date(end, lang, space, true);
            // A dash between single words ("2015–2017", "oktober–december
            // 2015") is tight; between ends of several words it is spaced.
            if one_year && months || start.month.is_none() && end.month.is_none() {
                format!("{a}–{b}")
            } else {
                format!("{a} – {b}")
            }
        }
    }
}

/// Items as a sentence lists them: commas, then the last after `last`
/// ("2019, 2020 och 2021"; "drygt 270, 272 respektive 280").
pub fn list(items: &[String], last: &str) -> String {
    match items.split_last() {
        Some((end, rest)) if !rest.is_empty() => format!("{}{last}{end}", rest.join(", ")),
        _ => items.concat(),
    }
}

/// One kind of change in one list of a data file, as the check page and the
/// build's list of releases say it: "Siffror ändrade", "Figures changed".
pub fn change(list: List, kind: Kind, lang: Lang) -> String {
    let c = super::check_strings(lang);
    let what = match list {
        List::Figures => c.changes_figures,
        List::Series => c.changes_series,
        List::Timeline => c.changes_events,
        List::Views => c.changes_charts,
    };
    let how = match kind {
        Kind::Added => c.changes_added,
        Kind::Changed => c.changes_changed,
        Kind::Removed => c.changes_removed,
    };
    format!("{what} {how}")
}

/// " (2016)", the date that follows a figure's label, or nothing when the label
/// already says it: "Forecast for Göteborg, March 2015" is not followed by
/// "(March 2015)" again, while "Crisis conversations" still gets its "(2016)".
pub fn date_after(label: &str, date: &str, lang: Lang) -> String {
    // Compared as a label writes it, with an ordinary space in "13 August 2015",
    // and with no digit either side: "13 August 2015" does not name 3 August.
    // (Digits, not letters: Unicode's letter tables would cost the wasm 2.5 KB
    // gzip, and a date runs into a word in no label.)
    let said = date_spaced(date, lang, ' ');
    let no_digit = |c: Option<char>| !c.is_some_and(|c| c.is_ascii_digit());
    let named = label.match_indices(said.as_str()).any(|(at, _)| {
        no_digit(label[..at].chars().next_back())
            && no_digit(label[at + said.len()..].chars().next())
    });
    if named {
        String::new()
    } else {
        format!(" ({})", self::date(date, lang))
    }
}

/// "Forum 2017": a source as short source lines, key figures and images cite
/// it, the full entry a click away. When the dataset has another source by the
/// same publisher in the same year, "Vårt Göteborg 2015" would name either of
/// them, and an image has no link to tell them apart: such sources are cited by
/// their full date ("Vårt Göteborg augusti 2015"), as their entries show it.
pub fn citation(d: &Dataset, source: &Source, lang: Lang) -> String {
    citation_spaced(d, source, lang, ' ')
}

/// `citation` with a no-break space before its date, for a picture's source
/// line: a line never ends in "Chalmers" and starts the next with "2016". A
/// picture is wide enough for any citation; a page's narrow card is not, and
/// there the browser would cut a word instead.
pub fn citation_unbroken(d: &Dataset, source: &Source, lang: Lang) -> String {
    citation_spaced(d, source, lang, NBSP)
}

fn citation_spaced(d: &Dataset, source: &Source, lang: Lang, space: char) -> String {
    let name = source.cited_name();
    match citation_date(d, source, lang) {
        Some(when) => format!("{name}{space}{when}"),
        None => name.to_string(),
    }
}

/// The date part of `citation`: the year, or the full date when the year is
/// shared; none for a source without a date. Apart from the name because the
/// name is Swedish and a full date is in the reader's language (a page marks
/// them so for screen readers).
pub fn citation_date(d: &Dataset, source: &Source, lang: Lang) -> Option<String> {
    let name = source.cited_name();
    let year = |s: &Source| s.date.get(..4).map(str::to_owned);
    let this_year = year(source)?;
    let shared = d.sources.iter().any(|other| {
        other.id != source.id
            && other.cited_name() == name
            && year(other).as_deref() == Some(this_year.as_str())
    });
    Some(if shared {
        date(&source.date, lang)
    } else {
        this_year
    })
}

/// "start – planned end (planerad); avslutades i förtid [omkring] end": the
/// agreement period, for the app and the static first view alike.
pub fn period(p: &crate::data::Period, lang: Lang) -> String {
    let s = super::strings(lang);
    let about = if p.actual_end_approximate {
        format!("{} ", s.about)
    } else {
        String::new()
    };
    format!(
        "{} – {} ({}); {} {about}{}",
        date(&p.start, lang),
        date(&p.planned_end, lang),
        s.planned,
        s.period_ended,
        date(&p.actual_end, lang),
    )
}

/// "Uppdaterad 6 december 2026": how recent the file's figures are, as the
/// overview and the chart pictures' credit say it.
pub fn updated(d: &Dataset, lang: Lang) -> String {
    super::fill(super::strings(lang).updated, &[&date(&d.updated, lang)])
}

/// "min–max år": the ages the partnership served.
pub fn ages(a: &crate::data::AgeRange, lang: Lang) -> String {
    format!("{}–{} {}", a.min, a.max, super::strings(lang).years)
}

#[cfg(test)]
mod tests {
    use super::*;
    use Lang::*;

    /// Test expectations are written with ordinary spaces for readability.
    fn plain(s: String) -> String {
        s.replace(NBSP, " ")
    }

    #[test]
    fn a_label_that_names_its_date_is_not_followed_by_it() {
        let after = |label: &str, date: &str, lang| plain(date_after(label, date, lang));
        assert_eq!(
            after("Forecast for Göteborg, March 2015", "2015-03", En),
            ""
        );
        assert_eq!(after("Prognos för Göteborg, mars 2015", "2015-03", Sv), "");
        assert_eq!(after("Arrived by 13 August 2015", "2015-08-13", En), "");
        assert_eq!(after("Costs 2015–2017", "2015/2017", En), "");
        assert_eq!(after("Nonprofit organisations after 2016", "2016", En), "");
        // A label that names less than its date, or nothing, keeps the date.
        assert_eq!(
            after("Arrived in Göteborg in 2015", "2015-08-13", En),
            " (13 August 2015)"
        );
        assert_eq!(after("Crisis conversations", "2016", Sv), " (2016)");
        assert_eq!(after("Krissamtal 2015", "2016", Sv), " (2016)");
        // A date inside a longer one is not named by it.
        assert_eq!(
            after("Arrived by 13 August 2015", "2015-08-03", En),
            " (3 August 2015)"
        );
        assert_eq!(
            after("Kommit till 23 maj 2016", "2016-05-03", Sv),
            " (3 maj 2016)"
        );
        assert_eq!(after("Budget 20160", "2016", En), " (2016)");
    }

    #[test]
    fn integers_are_grouped_per_locale() {
        assert_eq!(plain(integer(35369, Sv)), "35 369");
        assert_eq!(integer(35369, En), "35,369");
        assert_eq!(integer(0, Sv), "0");
        assert_eq!(integer(999, En), "999");
        assert_eq!(plain(integer(1_177_000_000, Sv)), "1 177 000 000");
        assert_eq!(integer(1000, En), "1,000");
    }

    #[test]
    fn swedish_numbers_use_no_break_spaces() {
        assert_eq!(integer(35369, Sv), "35\u{a0}369");
    }

    #[test]
    fn decimals_use_the_locale_separator_and_are_never_padded() {
        assert_eq!(number(1.18, Sv), "1,18");
        assert_eq!(number(1.18, En), "1.18");
        assert_eq!(number(2.5, Sv), "2,5");
        assert_eq!(number(0.0, En), "0");
    }

    #[test]
    fn percentages() {
        assert_eq!(
            plain(value(Value::Number(55.0), Unit::Percent, None, Sv)),
            "55 %"
        );
        assert_eq!(value(Value::Number(55.0), Unit::Percent, None, En), "55%");
        assert_eq!(value(Value::Number(0.0), Unit::Percent, None, En), "0%");
    }

    #[test]
    fn money_in_words_only_when_exact() {
        assert_eq!(plain(money(1.18e9, Sv)), "1,18 miljarder kr");
        assert_eq!(plain(money(1.18e9, En)), "SEK 1.18 billion");
        assert_eq!(plain(money(1.177e9, Sv)), "1,177 miljarder kr");
        assert_eq!(plain(money(1e9, Sv)), "1 miljard kr");
        assert_eq!(plain(money(2_797_000.0, Sv)), "2,797 miljoner kr");
        assert_eq!(plain(money(2_797_000.0, En)), "SEK 2.797 million");
        // Four significant decimals would be lost in millions: the exact amount is shown.
        assert_eq!(plain(money(2_797_500.0, Sv)), "2 797 500 kr");
        assert_eq!(plain(money(50.0, En)), "SEK 50");
        assert_eq!(plain(money(0.0, Sv)), "0 kr");
    }

    #[test]
    fn a_scale_says_its_unit_once_at_its_top() {
        let ticks = [0.0, 2.5e6, 5e6, 7.5e6, 10e6];
        let sv: Vec<String> = scale_values(&ticks, Unit::Sek, Sv)
            .into_iter()
            .map(plain)
            .collect();
        assert_eq!(sv, ["0", "2,5", "5", "7,5", "10 mnkr"]);
        let en: Vec<String> = scale_values(&ticks, Unit::Sek, En)
            .into_iter()
            .map(plain)
            .collect();
        assert_eq!(en, ["0", "2.5", "5", "7.5", "SEK 10m"]);
        let bn: Vec<String> = scale_values(&[0.0, 0.5e9, 1e9, 1.5e9], Unit::Sek, Sv)
            .into_iter()
            .map(plain)
            .collect();
        assert_eq!(bn, ["0", "0,5", "1", "1,5 mdkr"]);
        let bn: Vec<String> = scale_values(&[0.0, 0.5e9, 1e9, 1.5e9], Unit::Sek, En)
            .into_iter()
            .map(plain)
            .collect();
        assert_eq!(bn, ["0", "0.5", "1", "SEK 1.5bn"]);
        // An amount not whole in millions is said in kronor; a rate by its amount.
        let sv: Vec<String> = scale_values(&[0.0, 200.0, 400.0], Unit::SekPerChildPerDay, Sv)
            .into_iter()
            .map(plain)
            .collect();
        assert_eq!(sv, ["0", "200", "400 kr"]);
        let pct: Vec<String> = scale_values(&[0.0, 50.0, 100.0], Unit::Percent, En)
            .into_iter()
            .map(plain)
            .collect();
        assert_eq!(pct, ["0", "50", "100%"]);
        let count: Vec<String> = scale_values(&[0.0, 20000.0, 40000.0], Unit::Children, Sv)
            .into_iter()
            .map(plain)
            .collect();
        assert_eq!(count, ["0", "20 000", "40 000"]);
        assert!(scale_values(&[], Unit::Children, Sv).is_empty());
    }

    #[test]
    fn money_breaks_only_before_its_scale_word() {
        // Ordinary spaces are where a line may break.
        assert_eq!(money(2_797_000.0, Sv), "2,797 miljoner\u{a0}kr");
        assert_eq!(money(2_797_000.0, En), "SEK\u{a0}2.797 million");
        assert_eq!(money(2_797_500.0, Sv), "2\u{a0}797\u{a0}500\u{a0}kr");
        assert_eq!(money(50.0, En), "SEK\u{a0}50");
    }

    #[test]
    fn rates_name_their_denominator() {
        let v = Value::Number(50.0);
        assert_eq!(
            plain(value(v, Unit::SekPerChildPerDay, None, Sv)),
            "50 kr per barn och dygn"
        );
        assert_eq!(
            plain(value(v, Unit::SekPerChildPerDay, None, En)),
            "SEK 50 per child per day"
        );
    }

    #[test]
    fn qualifiers_keep_the_sources_hedging() {
        let v = Value::Number(270.0);
        assert_eq!(
            value(v, Unit::Children, Some(Qualifier::JustOver), Sv),
            "drygt 270"
        );
        assert_eq!(
            value(v, Unit::Children, Some(Qualifier::JustOver), En),
            "just over 270"
        );
        assert_eq!(
            plain(value(
                Value::Number(2800.0),
                Unit::Children,
                Some(Qualifier::About),
                Sv
            )),
            "cirka 2 800"
        );
        assert_eq!(
            value(
                Value::Number(2800.0),
                Unit::Children,
                Some(Qualifier::About),
                En
            ),
            "about 2,800"
        );
    }

    #[test]
    fn suppressed_and_zero_counts() {
        assert_eq!(
            value(Value::Suppressed, Unit::Children, None, Sv),
            "färre än 5"
        );
        assert_eq!(
            value(Value::Suppressed, Unit::Children, None, En),
            "fewer than 5"
        );
        assert_eq!(value(Value::Number(0.0), Unit::Children, None, Sv), "0");
    }

    #[test]
    fn values_with_their_unit_in_words() {
        let v = Value::Number(35369.0);
        assert_eq!(plain(with_unit(v, Unit::Children, None, Sv)), "35 369 barn");
        assert_eq!(with_unit(v, Unit::Children, None, En), "35,369 children");
        assert_eq!(
            with_unit(Value::Number(55.0), Unit::Percent, None, En),
            "55%"
        );
        assert_eq!(
            with_unit(Value::Suppressed, Unit::Children, None, En),
            "fewer than 5 children"
        );
        assert_eq!(
            with_unit(
                Value::Number(270.0),
                Unit::Children,
                Some(Qualifier::JustOver),
                Sv
            ),
            "drygt 270 barn"
        );
        assert_eq!(
            with_unit(Value::Number(0.0), Unit::Conversations, None, En),
            "0 conversations"
        );
    }

    #[test]
    fn uncertain_values_say_so_in_words() {
        assert_eq!(uncertain("500".into(), true, Sv), "500 (osäker)");
        assert_eq!(uncertain("500".into(), true, En), "500 (uncertain)");
        assert_eq!(uncertain("500".into(), false, En), "500");
    }

    #[test]
    fn dates_at_each_precision() {
        assert_eq!(plain(date("2017-05-04", Sv)), "4 maj 2017");
        assert_eq!(plain(date("2017-05-04", En)), "4 May 2017");
        assert_eq!(date("2015-03", Sv), "mars 2015");
        assert_eq!(date("2015-03", En), "March 2015");
        assert_eq!(date("2016", En), "2016");
        assert_eq!(date("2015/2017", Sv), "2015–2017");
        assert_eq!(date("2015-10/2015-12", En), "October–December 2015");
        assert_eq!(date("2015-10/2015-12", Sv), "oktober–december 2015");
        // Across years, or to the day, each end keeps its year.
        assert_eq!(date("2015-10/2016-02", En), "October 2015 – February 2016");
        assert_eq!(date("2015-10/2016", En), "October 2015 – 2016");
        assert_eq!(
            plain(date("2016-08-22/2016-12", En)),
            "22 August 2016 – December 2016"
        );
        assert_eq!(date("sometime", En), "sometime");
    }
}
