//! Panel kinds, one module each: how a kind turns a panel of a view into marks
//! on a scale, what its table columns are called, and what its legend says.
//! Reading this folder is reading the list of chart forms the format offers.

pub mod bars;
pub mod columns;
pub mod list;
pub mod matrix;
pub mod numbers;
pub mod share;
pub mod timeline;

use super::model::{ChartError, Panel};
use crate::data::{self, Dataset, PanelKind, Target};
use crate::i18n::{strings, Lang};

/// A panel of a view, drawn by its kind.
/// A panel of a view, drawn by its kind. Its title is the file's, else its
/// kind's (a series' label, a timeline's years) beside other panels; a chart's
/// only panel (`alone`) is named by the chart's title: "2010–2019" under "The
/// partnership, 2010–2019" said the same twice, a line of every embed's and
/// picture's height.
pub fn panel(p: &data::Panel, alone: bool, d: &Dataset, lang: Lang) -> Result<Panel, ChartError> {
    let mut panel = match p.kind {
        PanelKind::Bars => bars::panel(p, d, lang)?,
        PanelKind::Columns => columns::panel(p, d, lang)?,
        PanelKind::Timeline => timeline::panel(p, d, lang)?,
        PanelKind::Matrix => matrix::panel(p, d, lang)?,
        PanelKind::Numbers => numbers::panel(p, d, lang)?,
        PanelKind::Share => share::panel(p, d, lang)?,
        PanelKind::List => list::panel(p, d, lang)?,
    };
    match &p.title {
        Some(title) => panel.title = lang.pick(title).to_string(),
        None if alone => panel.title.clear(),
        None => {}
    }
    Ok(panel)
}

/// The shorter label a view gives the record a mark shows, if any.
pub(super) fn short_label(r: &data::MarkRef, lang: Lang) -> Option<&str> {
    r.label.as_ref().map(|t| lang.pick(t))
}

/// The table view's column headings for a kind: what a mark's category and
/// value are.
pub fn columns(kind: PanelKind, lang: Lang) -> (String, String) {
    let s = strings(lang);
    let (a, b) = match kind {
        PanelKind::Bars | PanelKind::Numbers | PanelKind::Share => {
            (s.column_category, s.column_value)
        }
        PanelKind::Columns => (s.column_period, s.column_value),
        PanelKind::Timeline => (s.column_event, s.column_date),
        PanelKind::Matrix => (s.column_service, s.column_delivered_by),
        PanelKind::List => (s.column_party_or_service, s.column_detail),
    };
    (a.to_string(), b.to_string())
}

/// What the looks of this panel's marks mean, said only when it has them.
pub fn legend(panel: &Panel, lang: Lang) -> Vec<&'static str> {
    match panel.kind {
        PanelKind::Bars | PanelKind::Columns => bars::legend(panel, lang),
        PanelKind::Timeline => timeline::legend(panel, lang),
        PanelKind::Matrix => vec![strings(lang).legend_matrix],
        PanelKind::Share => share::legend(panel, lang),
        PanelKind::Numbers | PanelKind::List => Vec::new(),
    }
}

/// The record a mark reference names, or why the chart cannot be drawn.
pub(crate) fn missing(target: Target, id: &str) -> ChartError {
    ChartError::Missing {
        target,
        id: id.to_string(),
    }
}

/// When a party joined, as the list and the matrix say it: "joined March 2015",
/// "(uncertain)" after a date its sources are not sure of.
pub(crate) fn joined(p: &data::Party, lang: Lang) -> String {
    let s = strings(lang);
    let joined = format!(
        "{} {}",
        s.joined,
        crate::i18n::format::date(&p.joined, lang)
    );
    if p.uncertain {
        format!("{joined} ({})", s.uncertain)
    } else {
        joined
    }
}
