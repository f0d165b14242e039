//! Citations: every figure on the page names where it comes from, and links to
//! that source's entry in the list of sources, which in turn lists every figure
//! the source backs.

use super::dom;
use super::embed::InEmbed;
use super::nav::Nav;
use crate::data::{Dataset, Source};
use crate::i18n::{format, strings, Lang};
use crate::state::{Section, View};
use leptos::prelude::*;
use std::sync::Arc;

/// The id of a source's entry in the list of sources.
fn entry_id(source: &str) -> String {
    format!("source-{source}")
}

/// The full citation as one line of text, for a link's title.
fn full_citation(source: &Source, lang: Lang) -> String {
    format!(
        "{}, {}: {}",
        source.publisher,
        format::date(&source.date, lang),
        source.title
    )
}

/// A source's short citation ("Forum 2017"), as a link to its entry in the
/// list of sources, so a reader can read the full entry and check what else the
/// same source says. In an embed, which has no list of its own, the link opens
/// the dashboard's list; without the dashboard's navigation it is plain text.
#[component]
fn SourceRef(cited: Cited, lang: Lang) -> impl IntoView {
    let Cited { source, when } = cited;
    // The publisher's name is Swedish; a full date is in the reader's language.
    let text = {
        let name = source.cited_name().to_string();
        view! { <span lang="sv">{name}</span> {when.map(|w| format!(" {w}"))} }
    };
    let entry = entry_id(&source.id);
    if use_context::<InEmbed>().is_some() {
        let href = format!("./?lang={}&section=sources#{entry}", lang.code());
        return view! {
            <a href=href class="source-ref" target="_blank" rel="noopener" title=full_citation(&source, lang)>
                {text}
            </a>
        }
        .into_any();
    }
    let Some(nav) = use_context::<Nav>() else {
        return text.into_any();
    };
    let to_list = move |next: &mut crate::state::ViewState| {
        next.section = Section::Sources;
        next.chart = None;
        next.view = View::Chart;
        next.mark = None;
    };
    let href = {
        let entry = entry.clone();
        move || format!("{}#{entry}", nav.href(to_list))
    };
    // On the list already, the link still goes to its entry.
    let on_click = nav.on_link_click(to_list, move |_| {
        dom::replace_hash(&entry);
        dom::focus_after_render(entry.clone());
    });
    let title = format!(
        "{} ({})",
        full_citation(&source, lang),
        strings(lang).in_source_list
    );
    view! {
        <a href=href class="source-ref" title=title on:click=on_click>
            {text}
        </a>
    }
    .into_any()
}

/// A source as a source line cites it: the entry, and the date its short
/// citation gives, which depends on the dataset's other sources
/// (`format::citation_date`).
#[derive(Clone)]
pub(super) struct Cited {
    source: Source,
    when: Option<String>,
}

/// The sources with these ids, each once, in first-cited order; ids the dataset
/// lacks are skipped (validation has already reported them).
pub(super) fn sources_of<'a>(
    dataset: &Dataset,
    ids: impl IntoIterator<Item = &'a String>,
    lang: Lang,
) -> Vec<Cited> {
    let mut out: Vec<Cited> = Vec::new();
    for id in ids {
        if let Some(s) = dataset.source(id) {
            if !out.iter().any(|o| o.source.id == s.id) {
                out.push(Cited {
                    source: s.clone(),
                    when: format::citation_date(dataset, s, lang),
                });
            }
        }
    }
    out
}

/// "Publisher, date: Title" with the title linked when an address is known: a
/// source's full entry in the list of sources. Titles stay in their own
/// language (Swedish), marked so for screen readers.
#[component]
pub fn Citation(source: Source, lang: Lang) -> impl IntoView {
    let s = strings(lang);
    let date = format::date(&source.date, lang);
    let publisher = view! { <span lang="sv">{source.publisher.clone()}</span> };
    let title = match source.url {
        Some(url) => view! {
            <a href=url hreflang="sv" lang="sv">
                {source.title}
            </a>
        }
        .into_any(),
        None => view! {
            <span lang="sv">{source.title}</span>
            " ("
            {s.no_address}
            ")"
        }
        .into_any(),
    };
    view! {
        <cite class="citation" data-source=source.id>
            {publisher}
            ", "
            {date}
            ": "
            {title}
        </cite>
    }
}

/// A short "Källa:"/"Källor:" line ("Källor: Forum 2017; Räddningsmissionen
/// 2017"), each source linked to its full entry, which is a click away. No
/// line where there is nothing to cite (a year without a figure), rather than
/// a "Källor:" followed by nothing.
#[component]
pub fn SourceLine(sources: Vec<Cited>, lang: Lang) -> impl IntoView {
    let s = strings(lang);
    let label = if sources.len() == 1 {
        s.source
    } else {
        s.sources
    };
    let last = sources.len().saturating_sub(1);
    (!sources.is_empty()).then(|| {
        view! {
            <p class="source-line">
                {label}
                ": "
                {sources
                    .into_iter()
                    .enumerate()
                    .map(|(i, cited)| {
                        let id = cited.source.id.clone();
                        let more = i < last;
                        // A citation with the semicolon after it, which CSS
                        // keeps on one line where the line is wide.
                        view! {
                            <span class="cited">
                                <cite class="citation" data-source=id>
                                    <SourceRef cited lang />
                                </cite>
                                {more.then_some(";")}
                            </span>
                            {more.then_some(" ")}
                        }
                    })
                    .collect_view()}
            </p>
        }
    })
}

/// What a source backs: each figure reading and series point that cites it, as
/// "label (date): value", the date left out where the label says it.
fn uses(d: &Dataset, source: &str, lang: Lang) -> Vec<String> {
    let cites = |ids: &[String]| ids.iter().any(|i| i == source);
    let mut out = Vec::new();
    for f in &d.figures {
        for v in f.values.iter().filter(|v| cites(&v.sources)) {
            let label = lang.pick(&f.label);
            out.push(format!(
                "{label}{}: {}",
                format::date_after(label, &f.date, lang),
                format::uncertain(
                    format::value(v.value, f.unit, v.qualifier, lang),
                    f.uncertain,
                    lang
                )
            ));
        }
    }
    for s in &d.series {
        for p in s.points.iter().filter(|p| cites(&p.sources)) {
            let value = p
                .value
                .map(|v| format::uncertain(format::value(v, s.unit, None, lang), p.uncertain, lang))
                .unwrap_or_else(|| strings(lang).chart_gap.to_string());
            out.push(format!(
                "{} ({}): {value}",
                lang.pick(&s.label),
                format::date(&p.period, lang)
            ));
        }
    }
    out
}

/// Every source of the dataset, in the order the file lists them, each with the
/// figures it backs; a fragment (`#source-x`) in the URL brings its entry into view.
#[component]
pub fn SourceList(dataset: Arc<Dataset>, lang: Lang) -> impl IntoView {
    let s = strings(lang);
    let items = dataset
        .sources
        .iter()
        .map(|source| {
            let note = source.date_note.as_ref().map(|n| lang.pick(n).to_string());
            let used = uses(&dataset, &source.id, lang);
            let used = if used.is_empty() {
                view! { <p class="source-uses-none">{s.source_unused}</p> }.into_any()
            } else {
                view! {
                    <p class="source-uses-title">{s.source_uses} ":"</p>
                    <ul class="source-uses">{used.into_iter().map(|u| view! { <li>{u}</li> }).collect_view()}</ul>
                }
                .into_any()
            };
            view! {
                <li id=entry_id(&source.id) tabindex="-1">
                    <Citation source=source.clone() lang />
                    {note.map(|n| view! { <span class="source-note">" (" {n} ")"</span> })}
                    {used}
                </li>
            }
        })
        .collect_view();
    let target = dom::current_hash();
    if target.starts_with("source-") {
        dom::focus_after_render(target);
    }
    view! {
        <p>{s.sources_intro}</p>
        <ul class="source-list">{items}</ul>
    }
}
