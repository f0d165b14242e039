//! The workbook import as the check page asks for it: the bytes of a workbook
//! in, `data::workbook::Answer` out (handed over as a list of strings by `src/main_import.rs`).

use super::{import, workbook};
use crate::data::workbook::Answer;
use crate::data::Text;
use crate::i18n::Lang;

/// Rebuilds the data file from the workbook in `bytes`, as `import` does.
pub fn answer(bytes: Vec<u8>) -> Answer {
    let Ok(sheets) = workbook::sheets(bytes) else {
        return Answer::Unopened;
    };
    match import(&sheets) {
        Ok(imported) => Answer::File(imported.json),
        Err(problems) => Answer::Problems(
            problems
                .iter()
                .map(|p| Text {
                    sv: p.message(Lang::Sv),
                    en: p.message(Lang::En),
                })
                .collect(),
        ),
    }
}
