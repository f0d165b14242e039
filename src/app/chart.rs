//! A chart of the model as an accessible figure: heading, takeaway, key
//! instructions, a chart/table switch kept in the URL, and marks that are one Tab
//! stop with arrow-key movement (roving tabindex), named in words, with tooltips on
//! hover and focus and a selection that shows the value's sources.
//!
//! Labels and values are HTML text (they wrap, zoom and take the reader's text
//! spacing); bars and grid are SVG. Colour is never the only cue: each mark style
//! has its own pattern or outline, and its name says the same in words.

use super::dom;
use super::downloads::ChartDownloads;
use super::embed::EmbedPanel;
use super::heading::Heading;
use super::nav::Nav;
use super::sources::{sources_of, SourceLine};
use super::status::ProblemList;
use crate::chart::keys::{self, Action, Walk};
use crate::chart::{self, Chart, ChartError, Mark, MarkStyle, PanelKind};
use crate::data::problem::{Issue, Problem};
use crate::data::{Dataset, Withheld};
use crate::embed::Widget;
use crate::i18n::{fill, strings, Lang};
use crate::state::{Section, View, ViewState};
use leptos::prelude::*;
use std::sync::Arc;

/// What a page puts under each of its charts, built from the chart on screen.
/// A function the page hands in rather than a flag: a page that never hands
/// it in (the embed) does not carry the code of the downloads, the chart
/// images and the embed panel in its wasm.
pub type ChartTools = fn(&Chart, &Arc<Dataset>, Lang, Nav) -> AnyView;

/// The dashboard's tools under a chart: its downloads and citation, and the
/// code to embed it.
pub fn dashboard_tools(chart: &Chart, dataset: &Arc<Dataset>, lang: Lang, nav: Nav) -> AnyView {
    let widget = Widget::View(chart.id.clone());
    view! {
        <ChartDownloads chart=chart.clone() dataset=dataset.clone() lang nav />
        <EmbedPanel widget dataset=dataset.clone() lang nav />
    }
    .into_any()
}

/// The chart of the view `id`, built for the current language, or why it
/// cannot be. `level` is the heading level of its title. `on_dashboard`: the
/// dashboard's figure, with the chart/table switch on top, its notes shown
/// and its table in the build's first view; false for an embed's (compact,
/// its notes a click away). `tools`: what the page puts under the chart (the
/// dashboard: `dashboard_tools`).
#[component]
pub fn ChartFigure(
    id: String,
    dataset: Arc<Dataset>,
    lang: Lang,
    nav: Nav,
    #[prop(default = 3)] level: u8,
    #[prop(default = true)] on_dashboard: bool,
    #[prop(default = None)] tools: Option<ChartTools>,
) -> impl IntoView {
    // For the benchmark: the frame that shows the first chart (only the first counts).
    dom::after_paint(|| dom::mark_once("iop:first-chart"));
    let Some((index, view)) = dataset.views.iter().enumerate().find(|(_, v)| v.id == id) else {
        return ().into_any();
    };
    match chart::build(view, &dataset, lang) {
        Ok(c) => {
            view! { <BuiltChart chart=c dataset lang nav level on_dashboard tools /> }.into_any()
        }
        Err(error) => {
            let problem = match error {
                ChartError::Missing { target, id } => Problem::UnknownReference { target, id },
                ChartError::Takeaway(reason) => Problem::Placeholder {
                    placeholder: String::new(),
                    reason,
                },
            };
            let problems = Arc::new(vec![Issue::new(format!("$.views[{index}]"), problem)]);
            let title = lang.pick(&view.title).to_string();
            view! { <ChartUnavailable id title problems lang level /> }.into_any()
        }
    }
}

/// A view of the file that cannot be shown (its own problems, or a record it
/// needs was left out), in its place and under its title, with why.
#[component]
pub fn ChartWithheld(
    withheld: Withheld,
    skipped: Arc<Vec<Issue>>,
    lang: Lang,
    /// Its number among the charts, to name it when even its title is broken.
    position: usize,
    #[prop(default = 3)] level: u8,
) -> impl IntoView {
    let title = withheld
        .title
        .as_ref()
        .map(|t| lang.pick(t).to_string())
        .filter(|t| !t.trim().is_empty())
        .unwrap_or_else(|| fill(strings(lang).chart_untitled, &[&position.to_string()]));
    let id = withheld
        .id
        .clone()
        .unwrap_or_else(|| format!("view-{position}"));
    view! { <ChartUnavailable id title problems=skipped within=Some(withheld.path()) lang level /> }
}

/// A chart's place, its title and the problems that keep it from being drawn.
#[component]
fn ChartUnavailable(
    id: String,
    title: String,
    problems: Arc<Vec<Issue>>,
    #[prop(default = None)] within: Option<String>,
    lang: Lang,
    level: u8,
) -> impl IntoView {
    view! {
        <figure class="chart chart-unavailable" id=format!("chart-{id}")>
            <Heading level>{title}</Heading>
            <div role="note">
                <p>{strings(lang).chart_unavailable}</p>
                <ProblemList problems within lang />
            </div>
        </figure>
    }
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

/// What a mark shows inside its focusable element, by the kind of its panel.
/// Positions are fractions of the plot, so text stays HTML (it wraps, zooms
/// and takes the reader's text spacing) and only the shapes are SVG.
fn mark_inner(kind: PanelKind, m: &Mark, ticks: &[f64]) -> AnyView {
    let (category, display) = (m.category.clone(), m.display.clone());
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
        PanelKind::Matrix => view! {
            <svg class="cell" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
                <rect class=format!("cell-mark {style}") x="3" y="3" width="14" height="14" rx="2" />
            </svg>
        }
        .into_any(),
        PanelKind::Columns => {
            let shape = if m.style == MarkStyle::Gap {
                view! { <rect class="bar-gap" x="15%" y="0.5" width="70%" height="99%" /> }.into_any()
            } else {
                let top = pct(1.0 - m.fraction);
                view! { <rect class=format!("bar {style}") x="12%" y=top width="76%" height=pct(m.fraction) /> }
                    .into_any()
            };
            let grid = ticks
                .iter()
                .map(|t| view! { <line class="grid" x1="0" x2="100%" y1=pct(1.0 - t) y2=pct(1.0 - t) /> })
                .collect_view();
            // A column's value is shown where its widest word, laid out in
            // the reader's own type (`.value-words`), fits its room (`--room`
            // on the mark); a gap's label has its own place.
            let value = if m.style == MarkStyle::Gap {
                view! { <span class="mark-value" class:raised=m.label_raised()>{display}</span> }.into_any()
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

/// The figure of a chart already built for its language, whatever its
/// panels' kinds: heading, takeaway, chart/table switch, panels, notes,
/// sources and the page's tools.
#[component]
pub fn BuiltChart(
    chart: Chart,
    dataset: Arc<Dataset>,
    lang: Lang,
    nav: Nav,
    #[prop(default = 3)] level: u8,
    #[prop(default = true)] on_dashboard: bool,
    #[prop(default = None)] tools: Option<ChartTools>,
) -> impl IntoView {
    let s = strings(lang);
    let id: Arc<str> = chart.id.as_str().into();
    let base = format!("chart-{id}");
    let (title_id, takeaway_id, keys_id) = (
        format!("{base}-title"),
        format!("{base}-takeaway"),
        format!("{base}-keys"),
    );
    let marks: Vec<Mark> = chart.marks().cloned().collect();
    let mark_dom_id = {
        let base = base.clone();
        move |i: usize| format!("{base}-mark-{i}")
    };

    // The URL is the only record of the view and the selection, so a copied link
    // and back/forward always show exactly what it says. Only the roving focus
    // position is local.
    let index_of = {
        let ids: Vec<String> = marks.iter().map(|m| m.id.clone()).collect();
        move |mark: &Option<String>| mark.as_ref().and_then(|m| ids.iter().position(|x| x == m))
    };
    let is_this = {
        let id = id.clone();
        move |s: &ViewState| s.chart.as_deref() == Some(&*id)
    };
    let view_mode = {
        let is_this = is_this.clone();
        Memo::new(move |_| {
            nav.state
                .with(|s| if is_this(s) { s.view } else { View::Chart })
        })
    };
    let selected = {
        let is_this = is_this.clone();
        Memo::new(move |_| {
            nav.state
                .with(|s| if is_this(s) { index_of(&s.mark) } else { None })
        })
    };
    let active = RwSignal::new(selected.get_untracked().unwrap_or(0));
    let tip = RwSignal::new(None::<usize>);
    Effect::new(move |_| {
        if let Some(i) = selected.get() {
            active.set(i);
        }
    });
    // A tooltip opens beside its mark, and is then moved, before the frame is
    // drawn, to where its chart has room for it: never over the next chart,
    // out of an embed's frame, or past a phone's edge.
    Effect::new({
        let mark_dom_id = mark_dom_id.clone();
        move |_| {
            if let Some(i) = tip.get() {
                let id = mark_dom_id(i);
                dom::after_paint(move || dom::fit_tooltip(&id));
            }
        }
    });
    // The dashboard opens at the chart its address names. An embed never
    // scrolls: its chart is its whole page, and scrolling inside a frame would
    // scroll the partner's page (or the dashboard around an embed preview) too.
    if on_dashboard && nav.state.with_untracked(|s| is_this(s)) {
        let figure_id = base.clone();
        dom::after_paint(move || dom::scroll_into_view(&figure_id));
    }

    let mark_ids: Vec<String> = marks.iter().map(|m| m.id.clone()).collect();
    let go = {
        let id = id.clone();
        move |view: View, sel: Option<usize>| {
            let mut next: ViewState = nav.state.get_untracked();
            next.section = Section::Overview;
            next.chart = Some(id.to_string());
            next.view = view;
            next.mark = sel.and_then(|i| mark_ids.get(i).cloned());
            nav.go(next);
        }
    };
    let toggle_select = {
        let go = go.clone();
        move |i: usize| {
            let next = if selected.get_untracked() == Some(i) {
                None
            } else {
                Some(i)
            };
            go(view_mode.get_untracked(), next);
        }
    };

    // Where each key takes the focus (`chart::keys`): along the marks, by
    // row and column in a matrix, by panel with Page Up and Page Down.
    let walk = Walk::of(&chart.panels);
    let on_key = {
        let toggle_select = toggle_select.clone();
        let mark_dom_id = mark_dom_id.clone();
        let figure_id = base.clone();
        move |ev: leptos::ev::KeyboardEvent| match walk.action(
            active.get_untracked(),
            &ev.key(),
            ev.ctrl_key(),
        ) {
            Some(Action::Move(next)) => {
                ev.prevent_default();
                active.set(next);
                tip.set(Some(next));
                dom::focus_id(&mark_dom_id(next));
            }
            Some(Action::Select(mark)) => {
                ev.prevent_default();
                toggle_select(mark);
            }
            Some(Action::Escape) => {
                if tip.get_untracked().is_some() {
                    tip.set(None);
                } else {
                    dom::focus_id(&figure_id);
                }
            }
            None => {}
        }
    };

    // The marks' focus, pointer and click events, heard once on the plot.
    let mark_of = {
        let prefix = format!("{base}-mark-");
        move |target: Option<web_sys::EventTarget>| dom::mark_of(target, &prefix)
    };
    let on_focus_in = {
        let mark_of = mark_of.clone();
        move |ev: leptos::ev::FocusEvent| {
            if let Some(i) = mark_of(ev.target()) {
                active.set(i);
                tip.set(Some(i));
            }
        }
    };
    // A mark that loses focus, or that the pointer leaves for anything but
    // itself, takes its tooltip with it (not another mark's).
    let hide_tip_of = move |mark: Option<usize>| {
        if mark.is_some() && tip.get_untracked() == mark {
            tip.set(None);
        }
    };
    let on_focus_out = {
        let mark_of = mark_of.clone();
        move |ev: leptos::ev::FocusEvent| hide_tip_of(mark_of(ev.target()))
    };
    let on_pointer_over = {
        let mark_of = mark_of.clone();
        move |ev: leptos::ev::MouseEvent| {
            let (to, from) = (mark_of(ev.target()), mark_of(ev.related_target()));
            if to.is_some() && to != from {
                tip.set(to);
            }
        }
    };
    let on_pointer_out = {
        let mark_of = mark_of.clone();
        move |ev: leptos::ev::MouseEvent| {
            let (from, to) = (mark_of(ev.target()), mark_of(ev.related_target()));
            if from != to {
                hide_tip_of(from);
            }
        }
    };
    let on_mark_click = {
        let toggle_select = toggle_select.clone();
        move |ev: leptos::ev::MouseEvent| {
            if let Some(i) = mark_of(ev.target()) {
                active.set(i);
                toggle_select(i);
            }
        }
    };

    let view_link = {
        let go = go.clone();
        let id = id.clone();
        move |mode: View, label: &'static str| {
            let go = go.clone();
            let id = id.clone();
            let href = move || {
                nav.href(|next| {
                    next.section = Section::Overview;
                    next.chart = Some(id.to_string());
                    next.view = mode;
                })
            };
            view! {
                <a
                    href=href
                    class="view-link"
                    data-view=mode.id()
                    aria-current=move || (view_mode.get() == mode).then_some("true")
                    on:click=move |ev: leptos::ev::MouseEvent| {
                        if dom::is_plain_click(&ev) {
                            ev.prevent_default();
                            go(mode, selected.get_untracked());
                        }
                    }
                >
                    {label}
                </a>
            }
        }
    };

    // Marks, panel by panel, numbered across the whole chart for the roving focus.
    let mut offset = 0;
    let panels = chart
        .panels
        .iter()
        .map(|panel| {
            let start = offset;
            offset += panel.marks.len();
            let ticks: Vec<f64> = panel.scale.ticks.iter().map(|t| panel.scale.fraction(*t)).collect();
            let kind = panel.kind;
            let role = if kind == PanelKind::Matrix { "gridcell" } else { "img" };
            let mut marks_in_place: Vec<(usize, AnyView)> = panel
                .marks
                .iter()
                .enumerate()
                .map(|(j, m)| {
                    let i = start + j;
                    let name = m.name.clone();
                    let selected_suffix = s.selected;
                    let tooltip_sources: Vec<String> = m
                        .sources
                        .iter()
                        .filter_map(|id| dataset.source(id))
                        .map(|src| src.publisher.clone())
                        .collect();
                    let (category, display, note) = (m.category.clone(), m.display.clone(), m.note.clone());
                    let inner = mark_inner(kind, m, if kind == PanelKind::Share { &[] } else { &ticks });
                    // On the timeline, the time since the event before as space
                    // above (at most two years' worth), so long pauses show; on
                    // a time axis, the room the column's value has, which CSS
                    // compares with the plot's width (`kinds::columns`); a
                    // big number, its widest word, which CSS fits to the plot.
                    let property = match kind {
                        PanelKind::Timeline => {
                            let before = j.checked_sub(1).and_then(|b| panel.marks.get(b));
                            let years = before.map_or(0.0, |b| (m.fraction - b.fraction) * panel.scale.max);
                            Some(("--lead", format!("{:.2}", years.clamp(0.0, 2.0))))
                        }
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
                            id=mark_dom_id(i)
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
                                                <span class="tooltip-source">{tooltip_sources.join("; ")}</span>
                                            </div>
                                        }
                                    })
                            }}
                        </div>
                    }
                    .into_any();
                    (m.slot, view)
                })
                .collect();
            let body = match kind {
                PanelKind::Columns => {
                    // Each period in its place; a place without a mark stays empty.
                    let places = panel.across.len().max(1);
                    let mut in_place: Vec<Option<AnyView>> = (0..places).map(|_| None).collect();
                    for (slot, view) in marks_in_place.drain(..) {
                        if let Some(place) = in_place.get_mut(slot) {
                            *place = Some(view);
                        }
                    }
                    // Each label with its step, and the widest label beside
                    // it, laid out in the reader's own type: CSS shows the
                    // labels whose step has room for it
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
                    // Set through the CSSOM, which the page's style policy allows
                    // (it forbids style attributes).
                    let places_css = places.to_string();
                    view! {
                        <div class="columns" style=("--places", places_css.clone())>
                            {in_place
                                .into_iter()
                                .map(|v| v.unwrap_or_else(|| view! { <div class="place-empty"></div> }.into_any()))
                                .collect_view()}
                        </div>
                        <div class="columns-axis" style=("--places", places_css) aria-hidden="true">{labels}</div>
                    }
                    .into_any()
                }
                PanelKind::Matrix => {
                    let cols = panel.across.len().max(1);
                    // Each heading turned where the columns are wide enough for
                    // its lines, else its number, with the headings listed under
                    // the matrix (`kinds::matrix::turned_width`); either way the
                    // heading names its column for a screen reader.
                    use crate::chart::kinds::matrix::{turned_lines, TurnedColumns};
                    // Each heading's lines, wrapped once: counted for the
                    // width, and shown.
                    let turned: Vec<Vec<String>> = panel.across.iter().map(|h| turned_lines(h)).collect();
                    let counts = TurnedColumns::of(&turned);
                    let (cols_css, turned_css) = (cols.to_string(), format!("{:.2}", counts.rem()));
                    let (lines_css, multi_css, single_css) = (
                        counts.lines.to_string(),
                        counts.multi.to_string(),
                        counts.single.to_string(),
                    );
                    // Each turned heading in the lines its width was counted
                    // by; the spaces between them keep its text whole.
                    let headers = panel
                        .across
                        .iter()
                        .zip(turned)
                        .enumerate()
                        .map(|(n, (h, lines))| {
                            let lines = lines
                                .into_iter()
                                .enumerate()
                                .map(|(i, line)| view! {
                                    {(i > 0).then_some(" ")}
                                    <span class="matrix-line">{line}</span>
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
                    // In a box of the headings' type, whose line height the
                    // key's own rule reads (`lh`), as the headings' rule reads
                    // their column's.
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
                    // What most rows share, in the corner's free space above its
                    // label; a screen reader hears it once, as the grid's
                    // description, not with every column's heading.
                    let note_id = panel.down_note.as_ref().map(|_| format!("{base}-joined-{start}"));
                    let note = panel.down_note.clone().map(|n| {
                        view! { <span class="matrix-note" id=note_id.clone() aria-hidden="true">{n}</span> }
                    });
                    view! {
                        <div
                            role="grid"
                            class="matrix"
                            aria-label=chart.title.clone()
                            aria-describedby=note_id.clone()
                            style:--cols=cols_css
                            style:--headings=turned_css
                            style:--lines=lines_css
                            style:--multi=multi_css
                            style:--single=single_css
                        >
                            <div role="row" class="matrix-row matrix-head">
                                <div role="columnheader" class="matrix-corner">{note}<span>{s.matrix_corner}</span></div>
                                {headers}
                            </div>
                            {rows}
                        </div>
                        {key}
                    }
                    .into_any()
                }
                _ => {
                    let rows: Vec<AnyView> = marks_in_place.drain(..).map(|(_, v)| v).collect();
                    let (first, last) = (
                        panel.tick_labels.first().cloned().unwrap_or_default(),
                        panel.tick_labels.last().cloned().unwrap_or_default(),
                    );
                    let axis = (kind == PanelKind::Bars).then(|| {
                        view! {
                            <div class="axis" aria-hidden="true">
                                <span>{first}</span>
                                <span>{last}</span>
                            </div>
                        }
                    });
                    view! { {rows} {axis} }.into_any()
                }
            };
            // Bars whose values need the label's line where the plot is narrow.
            let long = (kind == PanelKind::Bars && panel.long_values()).then_some(" values-long");
            let panel_class = format!("panel panel-{}{}", kind.id(), long.unwrap_or_default());
            // A panel without a title of its own is named by its chart.
            let group_name = if panel.title.is_empty() {
                chart.title.clone()
            } else {
                panel.title.clone()
            };
            let title = (!panel.title.is_empty())
                .then(|| view! { <p class="panel-title" aria-hidden="true">{panel.title.clone()}</p> });
            view! {
                <div class=panel_class role="group" aria-label=group_name>
                    {title}
                    {body}
                </div>
            }
        })
        .collect_view();

    let details = {
        let marks = marks.clone();
        let dataset = dataset.clone();
        move || {
            selected.get().and_then(|i| marks.get(i)).map(|m| {
                let sources = sources_of(&dataset, &m.sources, lang);
                view! {
                    <div class="mark-details">
                        <p class="mark-details-title">{s.selected_value} ": " <strong>{m.name.clone()}</strong></p>
                        {m.note.clone().map(|n| view! { <p class="caveat">{n}</p> })}
                        <SourceLine sources lang />
                    </div>
                }
            })
        }
    };

    let whole = chart.clone();
    let chart_sources = sources_of(&dataset, &chart.sources(), lang);
    let notes = chart.notes.clone();
    // In the browser the table is built the first time it is shown: most
    // readers never open it, and six hidden tables were a third of the page's
    // elements. The build writes the dashboard's tables into its first view:
    // there, without scripts, each chart's table is shown under it.
    let written_by_build = !dom::in_browser() && on_dashboard;
    let table_opened = Memo::new(move |opened: Option<&bool>| {
        opened.copied().unwrap_or(written_by_build) || view_mode.get() == View::Table
    });
    let (table_chart, table_dataset) = (chart.clone(), dataset.clone());
    // The keys say what the arrows do, so only the app, which makes them do
    // it, writes them: the build's first view (before the app starts, and
    // for good without scripts) has no keys to describe.
    let with_keys = dom::in_browser();
    let described_by = if with_keys {
        format!("{takeaway_id} {keys_id}")
    } else {
        takeaway_id.clone()
    };
    let keys_text = with_keys.then(|| keys::words(&chart.panels, lang));
    let (figure_labelled_by, heading_id, plot_labelled_by) =
        (title_id.clone(), title_id.clone(), title_id);
    // Chart or table: above the chart on the dashboard; in an embed under it,
    // on one line with the notes, as a news graphic has its controls, so the
    // embed spends no line of its own on them.
    let switch = view! {
        <div class="view-switch" role="group" aria-label=s.show_as>
            {view_link(View::Chart, s.view_chart)}
            {view_link(View::Table, s.view_table)}
        </div>
    };
    let (switch_on_top, switch_below) = if on_dashboard {
        (Some(switch), None)
    } else {
        (None, Some(switch))
    };
    view! {
        <figure class="chart" id=base tabindex="-1" aria-labelledby=figure_labelled_by>
            <Heading level id=heading_id>
                {chart.title.clone()}
            </Heading>
            {chart.subtitle.clone().map(|s| view! { <p class="subtitle">{s}</p> })}
            <p class="takeaway" id=takeaway_id>{chart.takeaway.clone()}</p>
            {switch_on_top}
            <div class="chart-view" hidden=move || view_mode.get() != View::Chart>
                {keys_text.map(|text| view! { <p class="chart-keys" id=keys_id>{text}</p> })}
                <div class="plot" role="group" aria-labelledby=plot_labelled_by aria-describedby=described_by
                    on:keydown=on_key
                    on:focusin=on_focus_in
                    on:focusout=on_focus_out
                    on:mouseover=on_pointer_over
                    on:mouseout=on_pointer_out
                    on:click=on_mark_click
                >
                    {panels}
                </div>
                <div aria-live="polite">{details}</div>
            </div>
            <div class="table-view" hidden=move || view_mode.get() != View::Table>
                {move || table_opened.get().then(|| view! { <ChartTable chart=table_chart.clone() dataset=table_dataset.clone() lang /> })}
            </div>
            {tools.map(|make| make(&whole, &dataset, lang, nav))}
            <figcaption>
                {switch_below}
                {(!notes.is_empty()).then(|| {
                    let list = view! {
                        <ul class="chart-notes">{notes.iter().map(|n| view! { <li>{n.clone()}</li> }).collect_view()}</ul>
                    };
                    // An embed is compact: its notes are one click away, as its
                    // sources' details are.
                    if on_dashboard {
                        list.into_any()
                    } else {
                        let summary = fill(s.chart_notes_summary, &[&notes.len().to_string()]);
                        view! {
                            <details class="chart-notes-more">
                                <summary>{summary}</summary>
                                {list}
                            </details>
                        }
                        .into_any()
                    }
                })}
                <SourceLine sources=chart_sources lang />
            </figcaption>
        </figure>
    }
}

/// The chart's numbers as a table, each with its sources.
#[component]
fn ChartTable(chart: Chart, dataset: Arc<Dataset>, lang: Lang) -> impl IntoView {
    let s = strings(lang);
    let rows = chart
        .panels
        .iter()
        .map(|panel| {
            let rows = panel
                .rows()
                .into_iter()
                .map(|m| {
                    let sources = sources_of(&dataset, &m.sources, lang);
                    view! {
                        <tr data-mark=m.id>
                            <th scope="row">{m.category}</th>
                            <td class="num">{m.display}</td>
                            <td><SourceLine sources lang /></td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <tbody>
                    {(!panel.title.is_empty()).then(|| view! {
                        <tr>
                            <th scope="rowgroup" colspan="3" class="table-group">
                                <span class="table-group-name">{panel.title.clone()}</span>
                            </th>
                        </tr>
                    })}
                    {rows}
                </tbody>
            }
        })
        .collect_view();
    view! {
        <div class="table-wrap">
            <table class="chart-table">
                <caption>{chart.title.clone()}</caption>
                <thead>
                    <tr>
                        <th scope="col">{chart.columns.0.clone()}</th>
                        <th scope="col">{chart.columns.1.clone()}</th>
                        <th scope="col">{s.sources}</th>
                    </tr>
                </thead>
                {rows}
            </table>
        </div>
    }
}
