//! A per-cent figure as a part of its whole: a bar that is always 100 per
//! cent long, filled to the share, so the part is read against the whole and
//! not against other shares' lengths.

use super::super::model::{ChartError, Panel};
use super::bars;
use super::{missing, short_label};
use crate::data::{self, Dataset, PanelKind, Target, Unit};
use crate::i18n::{strings, Lang};

pub fn panel(p: &data::Panel, d: &Dataset, lang: Lang) -> Result<Panel, ChartError> {
    let mut marks = Vec::new();
    for r in &p.marks {
        let Some(id) = r.figure.as_deref() else {
            continue;
        };
        let f = d.figure(id).ok_or_else(|| missing(Target::Figure, id))?;
        marks.extend(bars::figure_marks(
            f,
            super::super::MarkStyle::Primary,
            short_label(r, lang),
            d,
            lang,
        ));
    }
    Ok(bars::fit(
        String::new(),
        marks,
        Unit::Percent,
        PanelKind::Share,
    ))
}

pub fn legend(_: &Panel, lang: Lang) -> Vec<&'static str> {
    vec![strings(lang).legend_share]
}
