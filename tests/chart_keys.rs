//! The keys inside a chart, on the bundled charts' panels: where each key
//! takes the focus (along the marks, by row and column in a matrix, by panel
//! with Page Up and Page Down), and the words that say so.
#![cfg(not(target_arch = "wasm32"))]

use iop_dashboard::chart::keys::{words, Action, Walk};
use iop_dashboard::chart::{build, Panel, PanelKind};
use iop_dashboard::data::{parse_dataset, Dataset};
use iop_dashboard::i18n::Lang;

fn bundled() -> Dataset {
    parse_dataset(include_str!("../data/iop-ensamkommande.json")).expect("valid")
}

/// Every panel of `kind` the bundled views draw (tests may name the bundled
/// data's kinds and ids; the code may not).
fn panels(kind: PanelKind) -> Vec<Panel> {
    let d = bundled();
    d.views
        .iter()
        .flat_map(|v| build(v, &d, Lang::En).expect("builds").panels)
        .filter(|p| p.kind == kind)
        .collect()
}

fn first(kind: PanelKind) -> Panel {
    panels(kind).remove(0)
}

/// Where the keys, pressed one after another from mark `from`, take the focus.
fn path(walk: &Walk, from: usize, keys: &[&str]) -> Vec<usize> {
    let mut at = from;
    keys.iter()
        .map(|key| {
            if let Some(Action::Move(next)) = walk.action(at, key, false) {
                at = next;
            }
            at
        })
        .collect()
}

#[test]
fn along_a_panel_the_arrows_step_and_home_and_end_go_to_the_ends() {
    let bars = first(PanelKind::Bars);
    let n = bars.marks.len();
    assert!(n >= 3, "{n}");
    let walk = Walk::of(std::slice::from_ref(&bars));
    assert_eq!(
        path(
            &walk,
            0,
            &["ArrowRight", "ArrowDown", "ArrowLeft", "ArrowUp", "ArrowUp"]
        ),
        [1, 2, 1, 0, 0]
    );
    assert_eq!(
        path(&walk, 1, &["End", "ArrowRight", "Home", "ArrowLeft"]),
        [n - 1, n - 1, 0, 0]
    );
    // One panel: Page Up and Page Down stay on its first mark's panel.
    assert_eq!(path(&walk, 1, &["PageDown", "PageUp"]), [1, 0]);
    assert_eq!(walk.action(1, "Enter", false), Some(Action::Select(1)));
    assert_eq!(walk.action(2, " ", false), Some(Action::Select(2)));
    assert_eq!(walk.action(2, "Escape", false), Some(Action::Escape));
    // Keys the chart does not use are the browser's (Tab leaves the chart).
    for key in ["Tab", "a", "F6"] {
        assert_eq!(walk.action(0, key, false), None, "{key}");
    }
    // A mark number past the end (marks that went) counts as the last.
    assert_eq!(
        walk.action(n + 5, "ArrowLeft", false),
        Some(Action::Move(n - 2))
    );
    assert_eq!(
        walk.action(n + 5, "Enter", false),
        Some(Action::Select(n - 1))
    );
    // A chart without marks leaves every key to the browser.
    assert_eq!(Walk::of(&[]).action(0, "ArrowRight", false), None);
}

#[test]
fn page_up_and_page_down_go_from_panel_to_panel_and_the_arrows_run_on() {
    let (columns, bars) = (first(PanelKind::Columns), first(PanelKind::Bars));
    let (a, b) = (columns.marks.len(), bars.marks.len());
    let walk = Walk::of(&[columns, bars]);
    assert_eq!(
        path(&walk, 1, &["PageDown", "PageDown", "ArrowRight", "PageUp"]),
        [a, a, a + 1, 0]
    );
    assert_eq!(path(&walk, a - 1, &["ArrowRight", "ArrowLeft"]), [a, a - 1]);
    assert_eq!(
        path(&walk, a + 1, &["PageUp", "PageUp", "End"]),
        [0, 0, a + b - 1]
    );
}

#[test]
fn in_a_matrix_the_arrows_move_by_row_and_column() {
    let matrix = first(PanelKind::Matrix);
    let (cols, rows) = (matrix.across.len(), matrix.down.len());
    assert!(cols >= 3 && rows >= 3, "{cols} × {rows}");
    assert_eq!(matrix.marks.len(), cols * rows);
    let last = cols * rows - 1;
    let walk = Walk::of(std::slice::from_ref(&matrix));
    // From the second row's second cell.
    let at = cols + 1;
    assert_eq!(
        path(
            &walk,
            at,
            &[
                "ArrowRight",
                "ArrowDown",
                "ArrowLeft",
                "ArrowLeft",
                "ArrowLeft",
                "ArrowUp"
            ]
        ),
        [
            at + 1,
            at + 1 + cols,
            at + cols,
            at + cols - 1,
            at + cols - 1,
            cols
        ]
    );
    // Home and End to the row's ends, and no further with the arrows.
    assert_eq!(
        path(&walk, at, &["End", "ArrowRight", "Home"]),
        [2 * cols - 1, 2 * cols - 1, cols]
    );
    // Up from the first row and down from the last stay.
    assert_eq!(path(&walk, 1, &["ArrowUp"]), [1]);
    assert_eq!(path(&walk, last - 1, &["ArrowDown"]), [last - 1]);
    // Ctrl+Home and Ctrl+End to the grid's first and last cell.
    assert_eq!(walk.action(at, "End", true), Some(Action::Move(last)));
    assert_eq!(walk.action(at, "Home", true), Some(Action::Move(0)));
    assert_eq!(walk.action(at, "Enter", false), Some(Action::Select(at)));
    assert_eq!(walk.action(at, "Escape", false), Some(Action::Escape));
}

#[test]
fn a_matrix_after_another_panel_keeps_its_rows() {
    let (bars, matrix) = (first(PanelKind::Bars), first(PanelKind::Matrix));
    let (b, cols) = (bars.marks.len(), matrix.across.len());
    let walk = Walk::of(&[bars, matrix]);
    // Into the grid from the panel before it, and by row and column there.
    assert_eq!(
        path(
            &walk,
            b - 1,
            &["ArrowRight", "ArrowDown", "Home", "ArrowLeft"]
        ),
        [b, b + cols, b + cols, b + cols]
    );
    assert_eq!(
        walk.action(b + cols + 1, "Home", true),
        Some(Action::Move(b))
    );
    assert_eq!(path(&walk, b + cols, &["PageUp", "PageDown"]), [0, b]);
}

#[test]
fn the_words_say_what_the_keys_do_in_this_chart_only() {
    let d = bundled();
    for lang in [Lang::Sv, Lang::En] {
        let (along, grid, parts) = match lang {
            Lang::Sv => ("mellan värdena", "mellan rader och kolumner", "Page Up"),
            Lang::En => ("between the values", "between rows and columns", "Page Up"),
        };
        for view in &d.views {
            let panels = build(view, &d, lang).expect("builds").panels;
            let said = words(&panels, lang);
            let grids = panels
                .iter()
                .filter(|p| p.kind == PanelKind::Matrix)
                .count();
            let what = format!("{}: {said}", view.id);
            assert_eq!(said.contains(grid), grids > 0, "{what}");
            assert_eq!(said.contains(along), grids < panels.len(), "{what}");
            assert_eq!(said.contains(parts), panels.len() > 1, "{what}");
            assert!(said.contains("Enter") && said.contains("Esc"), "{what}");
        }
        // The bundled views have a grid alone and bars alone; a chart with
        // both says both, the grid's as the exception.
        let (bars, matrix) = (first(PanelKind::Bars), first(PanelKind::Matrix));
        let alone = words(std::slice::from_ref(&matrix), lang);
        assert!(alone.contains(grid) && !alone.contains(along) && !alone.contains(parts));
        let both = words(&[bars, matrix], lang);
        assert!(
            both.contains(along) && both.contains(grid) && both.contains(parts),
            "{both}"
        );
        assert!(both.find(along) < both.find(grid), "{both}");
    }
}
