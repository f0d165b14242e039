//! A panel of a chart on the page, by its kind: a time axis's columns in
//! their places, a matrix's grid of parties by services, or its marks one
//! after another (bars, big numbers, a share, a timeline), in a group named
//! by its title when it has one.

use super::marks::cell;
use crate::chart::kinds::columns::grid_values_below;
use crate::chart::kinds::matrix::{key as cell_key, turned_headings, TurnedColumns};
use crate::chart::{Panel, PanelKind};
use crate::i18n::{strings, Lang};
use leptos::prelude::*;

/// The panel with its marks (`marks::of_panel`), the first numbered `start`,
/// in the chart `base` titled `chart_title`.
pub(super) fn panel(
    panel: &Panel,
    start: usize,
    marks_in_place: Vec<(usize, AnyView)>,
    chart_title: &str,
    base: &str,
    lang: Lang,
) -> AnyView {
    let kind = panel.kind;
    let body = match kind {
        PanelKind::Columns => columns(panel, marks_in_place),
        PanelKind::Matrix => matrix(panel, marks_in_place, start, chart_title, base, lang),
        _ => along(marks_in_place),
    };
    // Bars whose values need the label's line where the plot is narrow, and
    // bars whose labels fit beside them sooner than most.
    let bars = kind == PanelKind::Bars;
    let long = if bars && panel.long_values() {
        " values-long"
    } else {
        ""
    };
    let short = if bars && panel.short_labels() {
        " labels-short"
    } else {
        ""
    };
    let panel_class = format!("panel panel-{}{long}{short}", kind.id());
    // A panel with a title of its own is a group by that name. One without is
    // no group: the plot around it is already named by the chart's title, and a
    // screen reader would say that title again as it entered the panel. An
    // empty role is the element's own (a div's: none) and an empty name is
    // none. Optional attributes would say the same and cost 0.35 KB of wasm:
    // Leptos renders each attribute's type with its own code.
    let titled = !panel.title.is_empty();
    let role = if titled { "group" } else { "" };
    let title = titled
        .then(|| view! { <p class="panel-title" aria-hidden="true">{panel.title.clone()}</p> });
    view! {
        <div class=panel_class role=role aria-label=panel.title.clone()>
            {title}
            {body}
        </div>
    }
    .into_any()
}

/// A time axis: each period in its place, and its labels under them.
fn columns(panel: &Panel, mut marks_in_place: Vec<(usize, AnyView)>) -> AnyView {
    // Each period in its place; a place without a mark stays empty.
    let places = panel.across.len().max(1);
    let mut in_place: Vec<Option<AnyView>> = (0..places).map(|_| None).collect();
    for (slot, view) in marks_in_place.drain(..) {
        if let Some(place) = in_place.get_mut(slot) {
            *place = Some(view);
        }
    }
    // Each label with its step, and the widest label beside it, laid out in the
    // reader's own type: CSS shows the labels whose step has room for it
    // (`kinds::columns::label_shows`).
    let mut labels = Vec::with_capacity(panel.across.len());
    for (label, step) in panel.across.iter().zip(&panel.label_step) {
        labels.push(view! {
            <span style=("--step", step.to_string())>
                <span class="axis-widest">{panel.label_widest.clone()}</span>
                <span class="axis-room"><span class="axis-label">{label.clone()}</span></span>
            </span>
        });
    }
    // The grid lines' values, each at its line's height, which CSS shows
    // where the plot is narrower than the highest column's value needs
    // (`kinds::columns::grid_values_below`); hidden from screen readers as
    // the axis is: each mark's name says its value.
    let grid_values = panel
        .scale
        .tick_fractions()
        .zip(&panel.tick_labels)
        .map(|(at, label)| {
            let at = format!("{at:.4}");
            view! { <span style=("--at", at)>{label.clone()}</span> }
        })
        .collect_view();
    let crowded = format!("{:.2}", grid_values_below(panel));
    // Set through the CSSOM, which the page's style policy allows (it forbids
    // style attributes).
    let places_css = places.to_string();
    view! {
        <div class="columns-plot" style=("--crowded", crowded)>
            <div class="grid-values" aria-hidden="true">{grid_values}</div>
            <div class="columns" style=("--places", places_css.clone())>
                {in_place
                    .into_iter()
                    .map(|v| v.unwrap_or_else(|| view! { <div class="place-empty"></div> }.into_any()))
                    .collect_view()}
            </div>
            <div class="columns-axis" style=("--places", places_css) aria-hidden="true">{labels}</div>
        </div>
    }
    .into_any()
}

/// Who did what: a grid of rows and columns, its headings turned or numbered.
fn matrix(
    panel: &Panel,
    mut marks_in_place: Vec<(usize, AnyView)>,
    start: usize,
    chart_title: &str,
    base: &str,
    lang: Lang,
) -> AnyView {
    let s = strings(lang);
    let cols = panel.across.len().max(1);
    // Each heading turned where the columns are wide enough for its lines, else
    // its number, with the headings listed under the matrix
    // (`kinds::matrix::turned_width`); either way the heading names its column
    // for a screen reader.
    // Each heading's lines, wrapped once: counted for the width, and shown.
    let turned = turned_headings(&panel.across);
    let counts = TurnedColumns::of(&turned);
    let (cols_css, turned_css) = (cols.to_string(), format!("{:.2}", counts.rem()));
    let (lines_css, multi_css, single_css) = (
        counts.lines.to_string(),
        counts.multi.to_string(),
        counts.single.to_string(),
    );
    // Each turned heading in the lines its width was counted by; the spaces
    // between them keep its text whole.
    let headers = panel
        .across
        .iter()
        .zip(turned)
        .enumerate()
        .map(|(n, (h, lines))| {
            let lines = lines
                .into_iter()
                .enumerate()
                .map(|(i, line)| {
                    view! {
                        {(i > 0).then_some(" ")}
                        <span class="matrix-line">{line}</span>
                    }
                })
                .collect_view();
            view! {
                <div role="columnheader" class="matrix-column" aria-label=h.clone()>
                    <span class="matrix-name">{lines}</span>
                    <span class="matrix-number" aria-hidden="true">{n + 1}</span>
                </div>
            }
        })
        .collect_view();
    // In a box of the headings' type, whose line height the key's own rule
    // reads (`lh`), as the headings' rule reads their column's.
    let key = view! {
        <div class="matrix-key-box">
            <ol
                class="matrix-key"
                aria-hidden="true"
                style:--headings=turned_css.clone()
                style:--lines=lines_css.clone()
                style:--multi=multi_css.clone()
                style:--single=single_css.clone()
            >
                {panel.across.iter().map(|h| view! { <li>{h.clone()}</li> }).collect_view()}
            </ol>
        </div>
    };
    let mut cells = marks_in_place.drain(..).map(|(_, v)| v);
    let rows = panel
        .down
        .iter()
        .map(|(party, detail)| {
            let row: Vec<AnyView> = cells.by_ref().take(cols).collect();
            view! {
                <div role="row" class="matrix-row">
                    <div role="rowheader" class="matrix-party">
                        {party.clone()}
                        {(!detail.is_empty())
                            .then(|| view! { " " <span class="matrix-detail">{detail.clone()}</span> })}
                    </div>
                    {row}
                </div>
            }
        })
        .collect_view();
    // What most rows share, in the corner's free space above its label; a
    // screen reader hears it once, as the grid's description, not with every
    // column's heading.
    let note_id = panel
        .down_note
        .as_ref()
        .map(|_| format!("{base}-joined-{start}"));
    let note = panel.down_note.clone().map(|n| {
        view! { <span class="matrix-note" id=note_id.clone() aria-hidden="true">{n}</span> }
    });
    // What the cells' looks mean, under it: each cell's name says it in words.
    let legend = cell_key(panel, lang)
        .into_iter()
        .map(
            |(style, words)| view! { <span class="matrix-legend-item">{cell(style)}{words}</span> },
        )
        .collect_view();
    view! {
        <div
            role="grid"
            class="matrix"
            aria-label=chart_title.to_string()
            aria-describedby=note_id.clone()
            style:--cols=cols_css
            style:--headings=turned_css
            style:--lines=lines_css
            style:--multi=multi_css
            style:--single=single_css
        >
            <div role="row" class="matrix-row matrix-head">
                <div role="columnheader" class="matrix-corner">
                    {note}
                    <span class="matrix-legend" aria-hidden="true">{legend}</span>
                    <span>{s.matrix_corner}</span>
                </div>
                {headers}
            </div>
            {rows}
        </div>
        {key}
    }
    .into_any()
}

/// Marks one after another. Bars carry no axis: every bar has its value
/// written beside it (a gap its "no figure"), as Datawrapper's and Our World
/// in Data's bar charts do, and an axis's "0 … 3 000" under them said again
/// what the values say, a line more on every phone.
fn along(marks_in_place: Vec<(usize, AnyView)>) -> AnyView {
    marks_in_place
        .into_iter()
        .map(|(_, v)| v)
        .collect::<Vec<_>>()
        .into_any()
}
