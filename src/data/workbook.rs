//! What the workbook import answers the check page: the data file, or every
//! problem at its cell. Here, below the import, because the check page's app
//! reads it without the import (and its workbook reader), which a wasm of its
//! own runs (`src/main_import.rs`). The two pass it as a list of strings, which
//! wasm-bindgen carries as it is: serde's derived reader for three cases cost
//! the check page's wasm 2 KB.

use super::Text;

/// What a workbook became.
#[derive(Debug, Clone, PartialEq)]
pub enum Answer {
    /// Not a workbook that can be opened (.xlsx, .xlsm, .ods, .xls).
    Unopened,
    /// Its tables do not make a data file: each problem at its cell, in both
    /// languages, so the page can switch without asking again.
    Problems(Vec<Text>),
    /// The data file rebuilt from its tables, as `import` writes it.
    File(String),
}

const UNOPENED: &str = "unopened";
const PROBLEMS: &str = "problems";
const FILE: &str = "file";

impl Answer {
    /// The answer as the import's wasm hands it over: its case, then its
    /// strings (the file; or each problem in Swedish, then in English).
    pub fn into_strings(self) -> Vec<String> {
        match self {
            Answer::Unopened => vec![UNOPENED.into()],
            Answer::File(json) => vec![FILE.into(), json],
            Answer::Problems(problems) => std::iter::once(PROBLEMS.into())
                .chain(problems.into_iter().flat_map(|p| [p.sv, p.en]))
                .collect(),
        }
    }

    /// The answer read back; None for a list no answer makes.
    pub fn from_strings(mut strings: Vec<String>) -> Option<Answer> {
        let rest = strings.split_off(1.min(strings.len()));
        match (strings.first()?.as_str(), rest.len()) {
            (UNOPENED, 0) => Some(Answer::Unopened),
            (FILE, 1) => rest.into_iter().next().map(Answer::File),
            (PROBLEMS, n) if n > 0 && n % 2 == 0 => {
                let mut rest = rest.into_iter();
                let mut problems = Vec::new();
                while let (Some(sv), Some(en)) = (rest.next(), rest.next()) {
                    problems.push(Text { sv, en });
                }
                Some(Answer::Problems(problems))
            }
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_answer_reads_back_as_it_was_handed_over() {
        let said = |n: usize| Text {
            sv: format!("bladet figures, rad {n}"),
            en: format!("sheet figures, row {n}"),
        };
        for answer in [
            Answer::Unopened,
            Answer::File("{\"schema_version\": 2}\n".into()),
            Answer::File(String::new()),
            Answer::Problems(vec![said(2)]),
            Answer::Problems(vec![said(2), said(12), said(3)]),
        ] {
            let strings = answer.clone().into_strings();
            assert_eq!(Answer::from_strings(strings), Some(answer));
        }
    }

    #[test]
    fn a_list_no_answer_makes_is_not_read_as_one() {
        let list = |items: &[&str]| items.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        for strings in [
            list(&[]),
            list(&["file"]),
            list(&["file", "a", "b"]),
            list(&["unopened", "x"]),
            list(&["problems"]),
            list(&["problems", "only Swedish"]),
            list(&["answer", "x"]),
        ] {
            assert_eq!(Answer::from_strings(strings.clone()), None, "{strings:?}");
        }
    }
}
