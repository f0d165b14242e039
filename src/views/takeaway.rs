//! A view's takeaway in words: each placeholder of its template resolved
//! (`data::template`) and written in the reader's language, with the numbers
//! formatted as everywhere else on the page.

use crate::data::problem::Unresolved;
use crate::data::template::{self, Piece, Quantity};
use crate::data::{Dataset, Qualifier, Unit, Value, View};
use crate::i18n::{fill, format, strings, Lang};

/// One placeholder in words.
fn words(q: Quantity, lang: Lang) -> String {
    let s = strings(lang);
    match q {
        Quantity::Values(f) => {
            let values: Vec<String> = f
                .values
                .iter()
                .map(|v| format::value(v.value, f.unit, v.qualifier, lang))
                .collect();
            // "drygt 270, 272 respektive 280" / "just over 270, 272 and 280".
            let said = format::list(&values, s.and_respectively);
            format::uncertain(said, f.uncertain, lang)
        }
        Quantity::Ratio {
            times,
            exact,
            hedge,
        } => {
            // "More than" is a claim the hedged figures cannot back.
            let words = match (hedge.approximate, exact) {
                (true, _) => s.times_about,
                (false, true) => s.times_exact,
                (false, false) => s.times_more,
            };
            let said = fill(words, &[&format::number(times, lang)]);
            format::uncertain(said, hedge.uncertain, lang)
        }
        Quantity::Share { per_cent, hedge } => {
            let about = hedge.approximate.then_some(Qualifier::About);
            let said = format::value(Value::Number(per_cent), Unit::Percent, about, lang);
            format::uncertain(said, hedge.uncertain, lang)
        }
        Quantity::Peak {
            series,
            point,
            value,
        } => {
            let said = format::value(Value::Number(value), series.unit, None, lang);
            format::uncertain(said, point.uncertain, lang)
        }
        Quantity::PeakPeriod(point) => format::date(&point.period, lang),
        Quantity::Date { date, approximate } => {
            let when = format::date(date, lang);
            if approximate {
                format!("{} {when}", s.about)
            } else {
                when
            }
        }
        Quantity::Count(n) => format::integer(n as u64, lang),
    }
}

/// The view's takeaway in `lang`. A valid file always resolves; an error here
/// means the view was not validated against this dataset.
pub fn takeaway(view: &View, d: &Dataset, lang: Lang) -> Result<String, Unresolved> {
    let mut out = String::new();
    for piece in template::pieces(lang.pick(&view.takeaway))? {
        match piece {
            Piece::Text(t) => out.push_str(t),
            Piece::Hole(h) => out.push_str(&words(template::resolve(h, d)?, lang)),
        }
    }
    Ok(out)
}
