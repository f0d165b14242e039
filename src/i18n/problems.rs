//! Validation problems in words, in both languages: the partner who fixes a file
//! reads them in the validator (English) and in the dashboard (its language).
//! The problems themselves are data (`data::problem`); the words live here.

use super::{fill, strings, Lang};
use crate::data::problem::{Issue, Kind, Problem, Shape, SyntaxError, Unresolved};
use crate::data::template;
use crate::data::{PanelKind, Target, SUPPORTED_SCHEMA_VERSION};
use std::fmt;

/// The command-line validator and the build speak English.
impl fmt::Display for Issue {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(
            f,
            "{}: {}",
            self.path,
            problem_message(&self.problem, Lang::En)
        )
    }
}

/// A value from the file, in quotes (shown as text, never as markup).
fn quoted(x: &str) -> String {
    format!("\"{x}\"")
}

/// `{"figure": …}`'s field name, as the partner writes it.
fn target(t: &Target) -> &'static str {
    t.id()
}

pub fn problem_message(p: &Problem, lang: Lang) -> String {
    let s = strings(lang);
    match p {
        Problem::Syntax {
            line,
            column,
            error,
        } => fill(
            s.problem_syntax,
            &[
                &line.to_string(),
                &column.to_string(),
                &syntax_message(*error, lang),
            ],
        ),
        Problem::Shape(shape) => shape_message(shape, lang),
        Problem::UnsupportedVersion { found } => fill(
            s.problem_version,
            &[found, &SUPPORTED_SCHEMA_VERSION.to_string()],
        ),
        Problem::OldVersion { found } => fill(
            s.problem_old_version,
            &[&found.to_string(), &SUPPORTED_SCHEMA_VERSION.to_string()],
        ),
        Problem::ReservedId(id) => fill(s.problem_reserved_id, &[&quoted(id)]),
        Problem::DuplicatePeriod { period, first } => {
            fill(s.problem_duplicate_period, &[&quoted(period), first])
        }
        Problem::CitedAlike { citation, first } => {
            fill(s.problem_cited_alike, &[&quoted(citation), first])
        }
        Problem::Empty => s.problem_empty.to_string(),
        Problem::TargetCount { found } => fill(s.problem_target_count, &[&found.to_string()]),
        Problem::KindCannotShow { kind, target: t } => {
            let can: Vec<String> = PanelKind::NAMES
                .iter()
                .find(|(name, _)| name == kind)
                .map(|(_, k)| {
                    k.shows()
                        .iter()
                        .map(|t| format!("`{}`", target(t)))
                        .collect()
                })
                .unwrap_or_default();
            fill(
                s.problem_kind_cannot_show,
                &[kind, target(t), &can.join(", ")],
            )
        }
        Problem::LabelOfSeries => s.problem_label_of_series.to_string(),
        Problem::TooManyMarks { kind, most } => {
            fill(s.problem_too_many_marks, &[kind, &most.to_string()])
        }
        Problem::NotAShare { unit } => fill(s.problem_not_a_share, &[unit]),
        Problem::UnknownReference { target: t, id } => {
            fill(s.problem_unknown_reference, &[target(t), &quoted(id)])
        }
        Problem::LeftOut { target: t, id } => fill(s.problem_left_out, &[target(t), &quoted(id)]),
        Problem::MixedUnits { first, this } => fill(s.problem_mixed_units, &[first, this]),
        Problem::Placeholder {
            placeholder,
            reason,
        } => fill(
            s.problem_placeholder,
            &[placeholder, &unresolved_message(reason, lang)],
        ),
        Problem::PlaceholdersDiffer { sv, en } => {
            fill(s.problem_placeholders_differ, &[&braced(sv), &braced(en)])
        }
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
        Problem::BadDate(d) => fill(s.problem_bad_date, &[&quoted(d), ""]),
        Problem::BadPeriod(d) => fill(s.problem_bad_date, &[&quoted(d), s.problem_or_interval]),
        Problem::BadUrl(u) => fill(s.problem_bad_url, &[&quoted(u)]),
        Problem::BadEmail(e) => fill(s.problem_bad_email, &[&quoted(e)]),
        Problem::KeywordSeparator => s.problem_keyword_separator.to_string(),
        Problem::NoContactWay => s.problem_no_contact_way.to_string(),
        Problem::UnknownTheme(t) => fill(
            s.problem_unknown_theme,
            &[&quoted(t), &crate::data::DATA_THEMES.join(", ")],
        ),
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

fn syntax_message(e: SyntaxError, lang: Lang) -> String {
    let s = strings(lang);
    match e {
        SyntaxError::Eof => s.json_eof.into(),
        SyntaxError::ExpectedValue => s.json_expected_value.into(),
        SyntaxError::ExpectedColon => s.json_expected_colon.into(),
        SyntaxError::ExpectedCommaOr(close) => {
            fill(s.json_expected_comma, &[close.encode_utf8(&mut [0; 4])])
        }
        SyntaxError::ExpectedKey => s.json_expected_key.into(),
        SyntaxError::TrailingText => s.json_trailing.into(),
        SyntaxError::TrailingComma => s.json_trailing_comma.into(),
        SyntaxError::Other => s.json_other.into(),
        SyntaxError::ControlInString => s.json_control.into(),
        SyntaxError::BadEscape => s.json_escape.into(),
        SyntaxError::BadNumber => s.json_number.into(),
        SyntaxError::TooDeep => s.json_too_deep.into(),
    }
}

fn kind_name(k: Kind, lang: Lang) -> &'static str {
    let s = strings(lang);
    match k {
        Kind::Null => "null",
        Kind::Boolean => s.kind_boolean,
        Kind::Number => s.kind_number,
        Kind::WholeNumber => s.kind_whole_number,
        Kind::String => s.kind_string,
        Kind::Array => s.kind_array,
        Kind::Object => s.kind_object,
        Kind::NumberOrMarker => s.kind_number_or_marker,
        Kind::Other => s.kind_other,
    }
}

/// Placeholders as written, for a message: `{value:a}, {date:b}`.
fn braced(holes: &[String]) -> String {
    let list: Vec<String> = holes.iter().map(|h| format!("{{{h}}}")).collect();
    if list.is_empty() {
        "–".into()
    } else {
        list.join(", ")
    }
}

fn unresolved_message(reason: &Unresolved, lang: Lang) -> String {
    let s = strings(lang);
    match reason {
        Unresolved::Unclosed => s.unresolved_unclosed.into(),
        Unresolved::UnknownName => fill(s.unresolved_name, &[&template::NAMES.join(", ")]),
        Unresolved::Arguments { expected } => {
            fill(s.unresolved_arguments, &[&expected.to_string()])
        }
        Unresolved::Missing { target: t, id } => {
            fill(s.problem_unknown_reference, &[target(t), &quoted(id)])
        }
        Unresolved::NoNumber(id) => fill(s.unresolved_no_number, &[&quoted(id)]),
        Unresolved::NoPeak(id) => fill(s.unresolved_no_peak, &[&quoted(id)]),
        Unresolved::UnknownCount(what) => fill(
            s.unresolved_count,
            &[&quoted(what), &template::COUNTS.join(", ")],
        ),
        Unresolved::Ratio => s.unresolved_ratio.into(),
        Unresolved::Share => s.unresolved_share.into(),
    }
}

fn shape_message(shape: &Shape, lang: Lang) -> String {
    let s = strings(lang);
    match shape {
        Shape::WrongType { expected, found } => fill(
            s.shape_wrong_type,
            &[kind_name(*expected, lang), kind_name(*found, lang)],
        ),
        Shape::MissingField(name) => fill(s.shape_missing_field, &[name]),
        Shape::UnknownField(name) => fill(s.shape_unknown_field, &[name]),
        Shape::DuplicateField(name) => fill(s.shape_duplicate_field, &[name]),
        Shape::UnknownName { found, expected } => fill(s.shape_unknown_name, &[found, expected]),
        Shape::Other(message) => message.clone(),
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
