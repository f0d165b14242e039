//! The keys inside a chart: where each key takes the focus among its marks,
//! and the words that tell a keyboard user so. One module, so that what the
//! keys do and what the page says they do follow one rule. Pure: the page
//! (`app::chart`) asks it on each key press, and it is tested on the host.
//!
//! The marks are numbered across the chart's panels, in order. Along a panel
//! the arrows step through them; in a grid (a matrix with its columns named)
//! they move by row and column, as WAI-ARIA's grid pattern has them.

use super::model::Panel;
use crate::data::PanelKind;
use crate::i18n::{strings, Lang};

/// What a key does in a chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// The focus goes to this mark.
    Move(usize),
    /// Enter or Space: this mark, the one in focus, is selected, or no longer.
    Select(usize),
    /// Esc: its tooltip closes or, with none open, the focus leaves the marks.
    Escape,
}

/// One panel's marks as the keys walk them.
struct Part {
    start: usize,
    end: usize,
    /// A grid's number of columns.
    columns: Option<usize>,
}

/// A chart's marks as the keys walk them.
pub struct Walk {
    parts: Vec<Part>,
}

/// A grid's number of columns: a matrix whose columns are named.
fn grid_columns(panel: &Panel) -> Option<usize> {
    (panel.kind == PanelKind::Matrix && !panel.across.is_empty()).then_some(panel.across.len())
}

impl Walk {
    pub fn of(panels: &[Panel]) -> Walk {
        let mut start = 0;
        let parts = panels
            .iter()
            .map(|p| {
                let part = Part {
                    start,
                    end: start + p.marks.len(),
                    columns: grid_columns(p),
                };
                start = part.end;
                part
            })
            .collect();
        Walk { parts }
    }

    fn count(&self) -> usize {
        self.parts.last().map_or(0, |p| p.end)
    }

    /// What `key` (a `KeyboardEvent.key`) does with the focus on mark
    /// `current`; None for a key the chart leaves to the browser.
    pub fn action(&self, current: usize, key: &str, ctrl: bool) -> Option<Action> {
        let count = self.count();
        if count == 0 {
            return None;
        }
        let current = current.min(count - 1);
        let at = self
            .parts
            .iter()
            .rposition(|p| p.start <= current)
            .unwrap_or(0);
        let part = self.parts.get(at)?;
        if let Some(next) = part
            .columns
            .and_then(|c| in_grid(part, c, current, key, ctrl))
        {
            return Some(Action::Move(next));
        }
        let start_of = |i: usize| self.parts.get(i).map_or(current, |p| p.start);
        let next = match key {
            "ArrowRight" | "ArrowDown" => (current + 1).min(count - 1),
            "ArrowLeft" | "ArrowUp" => current.saturating_sub(1),
            "Home" => 0,
            "End" => count - 1,
            "PageDown" => start_of(at + 1),
            "PageUp" => start_of(at.saturating_sub(1)),
            "Enter" | " " => return Some(Action::Select(current)),
            "Escape" => return Some(Action::Escape),
            _ => return None,
        };
        Some(Action::Move(next))
    }
}

/// In a grid of `columns`: left and right within the row, up and down within
/// the column, Home and End to the row's ends, Ctrl+Home and Ctrl+End to the
/// grid's first and last cell. None for the keys that work as along a panel.
fn in_grid(part: &Part, columns: usize, current: usize, key: &str, ctrl: bool) -> Option<usize> {
    let at = current - part.start;
    let row_start = part.start + at - at % columns;
    let row_end = (row_start + columns).min(part.end) - 1;
    Some(match key {
        "ArrowRight" => (current + 1).min(row_end),
        "ArrowLeft" => current.saturating_sub(1).max(row_start),
        "ArrowDown" if current + columns < part.end => current + columns,
        "ArrowUp" if current >= part.start + columns => current - columns,
        "ArrowDown" | "ArrowUp" => current,
        "Home" if ctrl => part.start,
        "End" if ctrl => part.end - 1,
        "Home" => row_start,
        "End" => row_end,
        _ => return None,
    })
}

/// What the keys do in a chart of these panels, in words: shown to a
/// keyboard user while a mark has the focus, and the plot's description for a
/// screen reader. Only what these panels do, so that on a phone the box is a
/// few lines over the chart's controls, not a manual over its title.
pub fn words(panels: &[Panel], lang: Lang) -> String {
    let s = strings(lang);
    let grids = panels.iter().filter(|p| grid_columns(p).is_some()).count();
    let mut said = match (grids, panels.len() - grids) {
        (0, _) => vec![s.keys_along],
        (_, 0) => vec![s.keys_grid],
        _ => vec![s.keys_along, s.keys_grid_too],
    };
    if panels.len() > 1 {
        said.push(s.keys_parts);
    }
    said.push(s.keys_select);
    said.join(" ")
}
