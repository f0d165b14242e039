//! Swedish and English: the language type, every UI string, and locale-aware
//! formatting of numbers and dates. Pure Rust, so both are tested natively.

pub mod format;
pub mod problems;
pub mod strings;

pub use problems::problem_message;
pub use strings::{
    check_strings, data_strings, page_strings, strings, CheckStrings, DataStrings, PageStrings,
    Strings,
};

/// Fills the numbered placeholders `{0}`, `{1}`, … of a template from the string
/// table; word order stays each language's own.
pub fn fill(template: &str, args: &[&str]) -> String {
    let mut out = template.to_string();
    for (i, arg) in args.iter().enumerate() {
        out = out.replace(&format!("{{{i}}}"), arg);
    }
    out
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// Swedish is the default: the partnership is Swedish and so is most of its public.
    #[default]
    Sv,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Sv, Lang::En];

    /// The BCP 47 code, for `<html lang>` and URLs.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Sv => "sv",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        match code.trim().to_ascii_lowercase().as_str() {
            "sv" => Some(Lang::Sv),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// Picks a data label's text in this language.
    pub fn pick(self, text: &crate::data::Text) -> &str {
        match self {
            Lang::Sv => &text.sv,
            Lang::En => &text.en,
        }
    }
}
