//! Validation problems in words, in both languages: the partner who fixes a file
//! reads them in the validator (English) and in the dashboard (its language).

use super::{fill, strings, Lang};
use crate::data::{Problem, SUPPORTED_SCHEMA_VERSION};

pub fn problem_message(p: &Problem, lang: Lang) -> String {
    let s = strings(lang);
    let quoted = |x: &str| format!("{x:?}");
    match p {
        Problem::Syntax {
            line,
            column,
            detail,
        } => fill(
            s.problem_syntax,
            &[&line.to_string(), &column.to_string(), detail],
        ),
        Problem::Shape(detail) => fill(s.problem_shape, &[detail]),
        Problem::UnsupportedVersion { found } => fill(
            s.problem_version,
            &[found, &SUPPORTED_SCHEMA_VERSION.to_string()],
        ),
        Problem::MissingTranslation { lang: "sv" } => s.problem_missing_sv.to_string(),
        Problem::MissingTranslation { .. } => s.problem_missing_en.to_string(),
        Problem::EmptyText => s.problem_empty_text.to_string(),
        Problem::ControlCharacter(c) => fill(s.problem_control, &[&format!("{c:04X}")]),
        Problem::BidiOverride(c) => fill(s.problem_bidi, &[&format!("{c:04X}")]),
        Problem::TooLong { len, max } => {
            fill(s.problem_too_long, &[&len.to_string(), &max.to_string()])
        }
        Problem::BadId(id) => fill(s.problem_bad_id, &[&quoted(id)]),
        Problem::DuplicateId { id, first } => fill(s.problem_duplicate_id, &[&quoted(id), first]),
        Problem::UnknownSource(id) => fill(s.problem_unknown_source, &[&quoted(id)]),
        Problem::UnknownParty(id) => fill(s.problem_unknown_party, &[&quoted(id)]),
        Problem::NoSources => s.problem_no_sources.to_string(),
        Problem::NoValues => s.problem_no_values.to_string(),
        Problem::BadDate(d) => fill(s.problem_bad_date, &[&quoted(d)]),
        Problem::BadUrl(u) => fill(s.problem_bad_url, &[&quoted(u)]),
        Problem::NotFinite => s.problem_not_finite.to_string(),
        Problem::Negative(v) => fill(s.problem_negative, &[&v.to_string()]),
        Problem::NotWhole(v) => fill(s.problem_not_whole, &[&v.to_string()]),
        Problem::TooLarge(v) => fill(s.problem_too_large, &[&v.to_string()]),
        Problem::PercentOutOfRange(v) => fill(s.problem_percent, &[&v.to_string()]),
        Problem::Disclosure(v) => fill(s.problem_disclosure, &[&v.to_string()]),
        Problem::SuppressedNotPeople => s.problem_suppressed_not_people.to_string(),
        Problem::GapWithoutNote => s.problem_gap_without_note.to_string(),
        Problem::OutOfOrder { previous, this } => fill(s.problem_out_of_order, &[this, previous]),
        Problem::BadAgeRange => s.problem_age_range.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn problems_read_in_both_languages() {
        let p = Problem::Disclosure(3.0);
        assert_eq!(
            problem_message(&p, Lang::En),
            "count 3 is between 1 and 4 people: publish \"<5\" instead (disclosure rule)"
        );
        assert_eq!(
            problem_message(&p, Lang::Sv),
            "antalet 3 är mellan 1 och 4 personer: publicera \"<5\" i stället (röjanderegeln)"
        );
        let p = Problem::MissingTranslation { lang: "sv" };
        assert_eq!(
            problem_message(&p, Lang::Sv),
            "text saknas på svenska (\"sv\")"
        );
        let p = Problem::OutOfOrder {
            previous: "2014".into(),
            this: "2012-09".into(),
        };
        assert!(problem_message(&p, Lang::En)
            .starts_with("2012-09 comes before the previous entry's 2014"));
    }
}
