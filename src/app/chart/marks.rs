//! A chart's marks on the page: each one a focusable element named in words,
//! with its tooltip, drawn inside by its panel's kind.

use crate::chart::kinds::columns::{column_across, gap_across};
use crate::chart::kinds::timeline::lead;
use crate::chart::{Mark, MarkStyle, Panel, PanelKind};
use crate::data::Dataset;
use crate::i18n::{format, Lang};
use leptos::prelude::*;

/// What a chart's marks share: the chart's element id, which their own ids
/// start with; which mark is selected (kept in the URL), which has the
/// chart's one Tab stop (the roving focus), and which shows its tooltip.
pub(super) struct Marks {
    pub base: String,
    pub selected: Memo<Option<usize>>,
    pub active: RwSignal<usize>,
    pub tip: RwSignal<Option<usize>>,
    /// What a selected mark's name says it is.
    pub selected_word: &'static str,
    /// The page's language: the tooltips cite their sources in it.
    pub lang: Lang,
}

/// What the element ids of the chart `base`'s marks start with; the plot
/// reads a mark's number back from it (`dom::mark_of`).
pub(super) fn id_prefix(base: &str) -> String {
    format!("{base}-mark-")
}

/// The element id of the chart `base`'s mark `i`, numbered across its panels.
pub(super) fn dom_id(base: &str, i: usize) -> String {
    id_prefix(base) + &i.to_string()
}

/// A panel's marks, numbered from `start`, each with its place (`Mark::slot`).
pub(super) fn of_panel(
    panel: &Panel,
    start: usize,
    marks: &Marks,
    dataset: &Dataset,
) -> Vec<(usize, AnyView)> {
    let ticks: Vec<f64> = panel.scale.tick_fractions().collect();
    let kind = panel.kind;
    // Where a time axis's column stands in its place (`kinds::columns::column_across`).
    let column = column_across(panel.across.len());
    let role = if kind == PanelKind::Matrix {
        "gridcell"
    } else {
        "img"
    };
    panel
        .marks
        .iter()
        .enumerate()
        .map(|(j, m)| {
            let i = start + j;
            let (selected, active, tip) = (marks.selected, marks.active, marks.tip);
            let selected_suffix = marks.selected_word;
            let name = m.name.clone();
            // As the chart's source line cites them (name and year): a
            // publisher's name alone would not tell its documents apart.
            let tooltip_sources: Vec<String> = m
                .sources
                .iter()
                .filter_map(|id| dataset.source(id))
                .map(|src| format::citation(dataset, src, marks.lang))
                .collect();
            // None for a mark without a figure (a gap in a series).
            let tooltip_sources =
                (!tooltip_sources.is_empty()).then(|| tooltip_sources.join("; "));
            let (category, display, note) = (m.category.clone(), m.display.clone(), m.note.clone());
            let inner = mark_inner(kind, m, if kind == PanelKind::Share { &[] } else { &ticks }, column);
            // On the timeline, the time since the event before as space above
            // (at most two years' worth), so long pauses show; on a time axis,
            // the room the column's value has, which CSS compares with the
            // plot's width (`kinds::columns`); a big number, its widest word,
            // which CSS fits to the plot.
            let property = match kind {
                PanelKind::Timeline => Some((
                    "--lead",
                    format!("{:.2}", lead(panel, j)),
                )),
                PanelKind::Columns => panel
                    .value_room
                    .get(j)
                    .filter(|r| **r > 0)
                    .map(|r| ("--room", r.to_string())),
                PanelKind::Numbers => Some((
                    "--word",
                    format!("{:.2}", crate::chart::text::widest_word_em(&m.display, true)),
                )),
                _ => None,
            };
            let view = view! {
                <div
                    class=format!("mark {}", style_class(m.style))
                    class:selected=move || selected.get() == Some(i)
                    style=property
                    role=role
                    id=dom_id(&marks.base, i)
                    data-mark=m.id.clone()
                    tabindex=move || if active.get() == i { "0" } else { "-1" }
                    aria-label=move || {
                        if selected.get() == Some(i) {
                            format!("{name} ({selected_suffix})")
                        } else {
                            name.clone()
                        }
                    }
                >
                    {inner}
                    {move || {
                        (tip.get() == Some(i))
                            .then(|| {
                                view! {
                                    <div class="tooltip" aria-hidden="true">
                                        <strong>{category.clone()}</strong>
                                        <span>{display.clone()}</span>
                                        {note.clone().map(|n| view! { <span class="tooltip-note">{n}</span> })}
                                        {tooltip_sources.clone().map(|t| view! { <span class="tooltip-source">{t}</span> })}
                                    </div>
                                }
                            })
                    }}
                </div>
            }
            .into_any();
            (m.slot, view)
        })
        .collect()
}

fn pct(fraction: f64) -> String {
    format!("{:.2}%", fraction * 100.0)
}

fn style_class(style: MarkStyle) -> &'static str {
    match style {
        MarkStyle::Primary => "mark-primary",
        MarkStyle::Secondary => "mark-secondary",
        MarkStyle::Uncertain => "mark-uncertain",
        MarkStyle::Gap => "mark-gap",
    }
}

/// A matrix's cell in a style: a mark's, and its swatch in the matrix's key.
pub(super) fn cell(style: MarkStyle) -> impl IntoView {
    view! {
        <svg class="cell" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
            <rect class=format!("cell-mark {}", style_class(style)) x="3" y="3" width="14" height="14" rx="2" />
        </svg>
    }
}

/// What a mark shows inside its focusable element, by the kind of its panel.
/// Positions are fractions of the plot, so text stays HTML (it wraps, zooms
/// and takes the reader's text spacing) and only the shapes are SVG.
fn mark_inner(kind: PanelKind, m: &Mark, ticks: &[f64], column: (f64, f64)) -> AnyView {
    let (category, display) = (m.label().to_string(), m.display.clone());
    let style = style_class(m.style);
    match kind {
        PanelKind::Timeline => view! {
            <span class="mark-value">{display}</span>
            <svg class="tl-dot" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
                <circle class=format!("dot {style}") cx="10" cy="10" r="6.5" />
            </svg>
            <span class="mark-label">{category}</span>
        }
        .into_any(),
        PanelKind::Numbers => view! {
            <span class="number-value">{display}</span>
            <span class="number-label">{category}</span>
        }
        .into_any(),
        PanelKind::Matrix => cell(m.style).into_any(),
        PanelKind::Columns => {
            let shape = if m.style == MarkStyle::Gap {
                let (left, width) = gap_across();
                view! { <rect class="bar-gap" x=pct(left) y="0.5" width=pct(width) height="99%" /> }
                    .into_any()
            } else {
                let top = pct(1.0 - m.fraction);
                view! { <rect class=format!("bar {style}") x=pct(column.0) y=top width=pct(column.1) height=pct(m.fraction) /> }
                    .into_any()
            };
            let grid = ticks
                .iter()
                .map(|t| view! { <line class="grid" x1="0" x2="100%" y1=pct(1.0 - t) y2=pct(1.0 - t) /> })
                .collect_view();
            // A column's value is shown where its widest word, laid out in the
            // reader's own type (`.value-words`), fits its room (`--room` on
            // the mark); a gap's label has its own place.
            let value = if m.style == MarkStyle::Gap {
                view! { <span class="mark-value" class:raised=m.label_raised()>{display}</span> }
                    .into_any()
            } else {
                let lift = format!("{:.4}", m.fraction);
                view! {
                    <span class="value-frame" style=("--lift", lift)>
                        <span class="value-words">{display.clone()}</span>
                        <span class="value-room"><span class="mark-value">{display}</span></span>
                    </span>
                }
                .into_any()
            };
            view! {
                {value}
                <svg class="column" width="100%" height="100%" aria-hidden="true" focusable="false">
                    {grid}
                    {shape}
                </svg>
            }
            .into_any()
        }
        _ => {
            let grid = ticks
                .iter()
                .map(|t| view! { <line class="grid" x1=pct(*t) x2=pct(*t) y1="0" y2="100%" /> })
                .collect_view();
            let shape = match (kind, m.style) {
                (PanelKind::Bars | PanelKind::Share, MarkStyle::Gap) => Some(
                    view! { <rect class="bar-gap" x="0.5%" y="10%" width="99%" height="80%" /> }.into_any(),
                ),
                (PanelKind::Share, _) => Some(
                    view! {
                        <rect class="share-whole" x="0.5" y="7.5%" width="99.5%" height="85%" />
                        <rect class=format!("bar {style}") x="0" y="5%" width=pct(m.fraction) height="90%" />
                    }
                    .into_any(),
                ),
                (PanelKind::Bars, _) => Some(
                    view! { <rect class=format!("bar {style}") x="0" y="5%" width=pct(m.fraction) height="90%" /> }
                        .into_any(),
                ),
                _ => None,
            };
            let graphic = shape.map(|shape| {
                view! {
                    <svg class="mark-bar" width="100%" height="20" aria-hidden="true" focusable="false">
                        {grid}
                        {shape}
                    </svg>
                }
            });
            view! {
                <div class="mark-head">
                    <span class="mark-label">{category}</span>
                    <span class="mark-value">{display}</span>
                </div>
                {graphic}
            }
            .into_any()
        }
    }
}
