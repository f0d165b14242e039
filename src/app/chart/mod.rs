//! A chart of the model as an accessible figure: heading, takeaway, key
//! instructions, a chart/table switch kept in the URL, and marks that are one Tab
//! stop with arrow-key movement (roving tabindex), named in words, with tooltips on
//! hover and focus and a selection that shows the value's sources.
//!
//! Labels and values are HTML text (they wrap, zoom and take the reader's text
//! spacing); bars and grid are SVG. Colour is never the only cue: each mark style
//! has its own pattern or outline, and its name says the same in words.
//!
//! The figure and its state are here; a mark is drawn by `marks`, a panel by
//! its kind in `panel`, the table view by `table`; where a key takes the
//! focus is the chart model's (`chart::keys`).

mod marks;
mod panel;
mod table;

use super::dom;
use super::downloads::ChartDownloads;
use super::embed::EmbedPanel;
use super::heading::Heading;
use super::listen::Listen;
use super::nav::Nav;
use super::sources::{sources_of, SourceLine};
use super::status::ProblemList;
use crate::chart::keys::{self, Action, Walk};
use crate::chart::{self, Chart, ChartError, Mark};
use crate::data::problem::{Issue, Problem};
use crate::data::{Dataset, Withheld};
use crate::embed::Widget;
use crate::i18n::{fill, strings, Lang};
use crate::state::{Section, View, ViewState};
use leptos::prelude::*;
use marks::Marks;
use std::cell::Cell;
use std::rc::Rc;
use std::sync::Arc;
use table::ChartTable;

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

/// The dashboard's way to hear a chart, beside its chart/table switch
/// (another way to take it in): a time series' sound, where it has one.
pub fn dashboard_listen(chart: &Chart, _: &Arc<Dataset>, lang: Lang, nav: Nav) -> AnyView {
    chart::sound::audible(chart)
        .then(|| view! { <Listen id=chart.id.clone() lang nav /> })
        .into_any()
}

/// The chart of the view `id`, built for the current language, or why it
/// cannot be. `level` is the heading level of its title. `on_dashboard`: the
/// dashboard's figure, with the chart/table switch on top, its notes shown
/// and its table in the build's first view; false for an embed's (compact,
/// its notes a click away). `tools`: what the page puts under the chart (the
/// dashboard: `dashboard_tools`); `listen`: beside its switch
/// (`dashboard_listen`).
#[component]
pub fn ChartFigure(
    id: String,
    dataset: Arc<Dataset>,
    lang: Lang,
    nav: Nav,
    #[prop(default = 3)] level: u8,
    #[prop(default = true)] on_dashboard: bool,
    #[prop(default = None)] tools: Option<ChartTools>,
    #[prop(default = None)] listen: Option<ChartTools>,
) -> impl IntoView {
    // For the benchmark: the frame that shows the first chart (only the first counts).
    dom::after_paint(|| dom::mark_once("iop:first-chart"));
    let Some((index, view)) = dataset.views.iter().enumerate().find(|(_, v)| v.id == id) else {
        return ().into_any();
    };
    match chart::build(view, &dataset, lang) {
        Ok(c) => view! { <BuiltChart chart=c dataset lang nav level on_dashboard tools listen /> }
            .into_any(),
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

/// The figure of a chart already built for its language, whatever its
/// panels' kinds: heading, takeaway, chart/table switch, panels, notes,
/// sources and the page's tools.
#[component]
fn BuiltChart(
    chart: Chart,
    dataset: Arc<Dataset>,
    lang: Lang,
    nav: Nav,
    #[prop(default = 3)] level: u8,
    #[prop(default = true)] on_dashboard: bool,
    #[prop(default = None)] tools: Option<ChartTools>,
    #[prop(default = None)] listen: Option<ChartTools>,
) -> impl IntoView {
    let s = strings(lang);
    let id: Arc<str> = chart.id.as_str().into();
    let base = format!("chart-{id}");
    let (title_id, takeaway_id, keys_id) = (
        format!("{base}-title"),
        format!("{base}-takeaway"),
        format!("{base}-keys"),
    );
    let chart_marks: Vec<Mark> = chart.marks().cloned().collect();
    // Each mark's id in the file, as the URL names a selected mark.
    let mark_ids: Arc<[String]> = chart_marks.iter().map(|m| m.id.clone()).collect();
    let mark_dom_id = {
        let base = base.clone();
        move |i: usize| marks::dom_id(&base, i)
    };

    // The URL is the only record of the view and the selection, so a copied link
    // and back/forward always show exactly what it says. Only the roving focus
    // position is local.
    let index_of = {
        let ids = mark_ids.clone();
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
    // Where the pointer came onto the mark whose tooltip it opened (from the
    // mark's corner): the tooltip opens beside that point (`chart::tooltip`).
    let pointer_at = Rc::new(Cell::new(None::<(usize, chart::tooltip::Point)>));
    Effect::new(move |_| {
        if let Some(i) = selected.get() {
            active.set(i);
        }
    });
    // A tooltip opens under its mark, and is then moved, before the frame is
    // drawn, beside the pointer that opened it, and to where its chart has
    // room for it: never over the next chart, out of an embed's frame, or
    // past a phone's edge.
    Effect::new({
        let mark_dom_id = mark_dom_id.clone();
        let pointer_at = pointer_at.clone();
        move |_| {
            if let Some(i) = tip.get() {
                let id = mark_dom_id(i);
                let at = pointer_at
                    .get()
                    .and_then(|(mark, at)| (mark == i).then_some(at));
                dom::after_paint(move || dom::fit_tooltip(&id, at));
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
        let (toggle_select, pointer_at) = (toggle_select.clone(), pointer_at.clone());
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
                pointer_at.set(None);
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
                    pointer_at.set(None);
                } else {
                    dom::focus_id(&figure_id);
                }
            }
            None => {}
        }
    };

    // The marks' focus, pointer and click events, heard once on the plot.
    let mark_of = {
        let prefix = marks::id_prefix(&base);
        move |target: Option<web_sys::EventTarget>| dom::mark_of(target, &prefix)
    };
    let on_focus_in = {
        let mark_of = mark_of.clone();
        move |ev: leptos::ev::FocusEvent| {
            if let Some(i) = mark_of(ev.target()) {
                active.set(i);
                // A mark clicked has its tooltip open already, where the
                // pointer put it.
                if tip.get_untracked() != Some(i) {
                    tip.set(Some(i));
                }
            }
        }
    };
    // A mark that loses focus, or that the pointer leaves for anything but
    // itself, takes its tooltip with it (not another mark's).
    let hide_tip_of = {
        let pointer_at = pointer_at.clone();
        move |mark: Option<usize>| {
            if mark.is_some() && tip.get_untracked() == mark {
                tip.set(None);
                pointer_at.set(None);
            }
        }
    };
    let on_focus_out = {
        let (mark_of, hide_tip_of) = (mark_of.clone(), hide_tip_of.clone());
        move |ev: leptos::ev::FocusEvent| hide_tip_of(mark_of(ev.target()))
    };
    // Whether the pointer that comes onto a mark touches the screen (a finger,
    // or a pen without hover): its `pointerover` comes just before the
    // `mouseover` that opens the tooltip, a tap's too. The pointer, not the
    // screen: a touch laptop has hover, a tablet's trackpad has none. A pen
    // that hovers before it touches (a Surface's) comes with no button down
    // and points as a mouse does: its tooltip can be moved onto and read.
    let touch = Rc::new(Cell::new(false));
    let on_pointer_type = {
        let touch = touch.clone();
        move |ev: leptos::ev::PointerEvent| {
            touch.set(match ev.pointer_type().as_str() {
                "touch" => true,
                "pen" => ev.buttons() != 0,
                _ => false,
            });
        }
    };
    // The mark the pointer last left for another, which tells the way it
    // came onto that one (`chart::tooltip`).
    let left_mark = Rc::new(Cell::new(None));
    let on_pointer_over = {
        let (mark_of, pointer_at, left_mark) =
            (mark_of.clone(), pointer_at.clone(), left_mark.clone());
        move |ev: leptos::ev::MouseEvent| {
            let (to, from) = (mark_of(ev.target()), mark_of(ev.related_target()));
            if let Some(i) = to.filter(|_| to != from) {
                let at = dom::point_in_mark(&ev, touch.get(), left_mark.take());
                pointer_at.set(at.map(|at| (i, at)));
                tip.set(Some(i));
            }
        }
    };
    let on_pointer_out = {
        let mark_of = mark_of.clone();
        move |ev: leptos::ev::MouseEvent| {
            let (from, to) = (mark_of(ev.target()), mark_of(ev.related_target()));
            if from != to {
                left_mark.set(from.and(to).and_then(|_| dom::mark_box(ev.target())));
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
    let marks_of = Marks {
        base: base.clone(),
        selected,
        active,
        tip,
        selected_word: s.selected,
        lang,
    };
    let mut offset = 0;
    let panels = chart
        .panels
        .iter()
        .map(|p| {
            let start = offset;
            offset += p.marks.len();
            let in_place = marks::of_panel(p, start, &marks_of, &dataset);
            panel::panel(p, start, in_place, &chart.title, &base, lang)
        })
        .collect_view();

    let details = {
        let dataset = dataset.clone();
        move || {
            selected.get().and_then(|i| chart_marks.get(i)).map(|m| {
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
    // Each time series' trend in words, for the plot and the table alike:
    // never shown (the columns show it), so a screen reader reading the page
    // line by line does not meet it twice, but a description reads it all
    // the same. One paragraph, however many series.
    let trend_text = chart
        .panels
        .iter()
        .filter_map(|p| p.trend.as_deref())
        .collect::<Vec<_>>()
        .join(" ");
    let trend_id = if trend_text.is_empty() {
        String::new()
    } else {
        format!("{base}-trend")
    };
    let mut described_by = takeaway_id.clone();
    for more in [trend_id.as_str(), if with_keys { &keys_id } else { "" }] {
        if !more.is_empty() {
            described_by.push(' ');
            described_by.push_str(more);
        }
    }
    let trend = (!trend_text.is_empty())
        .then(|| view! { <p class="chart-trend" id=trend_id.clone() hidden>{trend_text}</p> });
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
    let listen = listen.map(|make| make(&chart, &dataset, lang, nav));
    // Type-erased, both places one type: the embed's wasm does not carry a
    // second layout of the figure for the dashboard's sound.
    let (switch_on_top, switch_below) = if on_dashboard {
        (Some(view! { {switch} {listen} }.into_any()), None)
    } else {
        (None, Some(switch.into_any()))
    };
    view! {
        <figure class="chart" id=base tabindex="-1" aria-labelledby=figure_labelled_by>
            <Heading level id=heading_id>
                {chart.title.clone()}
            </Heading>
            {chart.subtitle.clone().map(|s| view! { <p class="subtitle">{s}</p> })}
            <p class="takeaway" id=takeaway_id>{chart.takeaway.clone()}</p>
            {trend}
            {switch_on_top}
            <div class="chart-view" hidden=move || view_mode.get() != View::Chart>
                {keys_text.map(|text| view! { <p class="chart-keys" id=keys_id>{text}</p> })}
                <div class="plot" role="group" aria-labelledby=plot_labelled_by aria-describedby=described_by
                    on:keydown=on_key
                    on:focusin=on_focus_in
                    on:focusout=on_focus_out
                    on:pointerover=on_pointer_type
                    on:mouseover=on_pointer_over
                    on:mouseout=on_pointer_out
                    on:click=on_mark_click
                >
                    {panels}
                </div>
                <div aria-live="polite">{details}</div>
            </div>
            <div class="table-view" hidden=move || view_mode.get() != View::Table>
                {move || table_opened.get().then(|| view! { <ChartTable chart=table_chart.clone() dataset=table_dataset.clone() lang described_by=trend_id.clone() /> })}
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
