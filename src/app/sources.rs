//! Citations: every figure on the page names where it comes from.

use crate::data::{Dataset, Source};
use crate::i18n::{format, strings, Lang};
use leptos::prelude::*;
use std::sync::Arc;

/// The sources with these ids, each once, in first-cited order; ids the dataset
/// lacks are skipped (validation has already reported them).
pub(super) fn sources_of<'a>(
    dataset: &Dataset,
    ids: impl IntoIterator<Item = &'a String>,
) -> Vec<Source> {
    let mut out: Vec<Source> = Vec::new();
    for id in ids {
        if let Some(s) = dataset.source(id) {
            if !out.iter().any(|o| o.id == s.id) {
                out.push(s.clone());
            }
        }
    }
    out
}

/// "Publisher, date: Title" with the title linked when an address is known.
/// Titles stay in their own language (Swedish), marked so for screen readers.
#[component]
pub fn Citation(source: Source, lang: Lang) -> impl IntoView {
    let s = strings(lang);
    let date = format::date(&source.date, lang);
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
            <span lang="sv">{source.publisher}</span>
            ", "
            {date}
            ": "
            {title}
        </cite>
    }
}

/// A "Källa:"/"Sources:" line for a list of source ids.
#[component]
pub fn SourceLine(sources: Vec<Source>, lang: Lang) -> impl IntoView {
    let s = strings(lang);
    let label = if sources.len() == 1 {
        s.source
    } else {
        s.sources
    };
    view! {
        <p class="source-line">
            {label}
            ": "
            {sources
                .into_iter()
                .enumerate()
                .map(|(i, source)| {
                    view! {
                        {(i > 0).then_some("; ")}
                        <Citation source lang />
                    }
                })
                .collect_view()}
        </p>
    }
}

/// Every source of the dataset, in the order the file lists them.
#[component]
pub fn SourceList(dataset: Arc<Dataset>, lang: Lang) -> impl IntoView {
    let items = dataset
        .sources
        .iter()
        .map(|source| {
            let note = source.date_note.as_ref().map(|n| lang.pick(n).to_string());
            view! {
                <li id=format!("source-{}", source.id)>
                    <Citation source=source.clone() lang />
                    {note.map(|n| view! { <span class="source-note">" (" {n} ")"</span> })}
                </li>
            }
        })
        .collect_view();
    view! {
        <p>{strings(lang).sources_intro}</p>
        <ul class="source-list">{items}</ul>
    }
}
