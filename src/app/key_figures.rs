//! The headline results as labelled key numbers, each with its sources.

use super::heading::Heading;
use super::sources::{sources_of, SourceLine};
use crate::chart::kinds::numbers;
use crate::data::{Dataset, Figure};
use crate::i18n::{format, strings, Lang};
use leptos::prelude::*;
use std::sync::Arc;

/// `children`: what the page puts under the figures (the dashboard: the
/// code to embed them).
#[component]
pub fn KeyFigures(
    dataset: Arc<Dataset>,
    lang: Lang,
    #[prop(default = 2)] level: u8,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let figures: Vec<Figure> = dataset.headline_figures().cloned().collect();
    view! {
        <section class="key-figures" aria-labelledby="key-figures-heading">
            <Heading level id="key-figures-heading">
                {strings(lang).key_figures}
            </Heading>
            <ul class="key-figure-list">
                {figures
                    .into_iter()
                    .map(|figure| view! { <KeyFigure figure dataset=dataset.clone() lang level=level + 1 /> })
                    .collect_view()}
            </ul>
            {children.map(|c| c())}
        </section>
    }
}

/// One key number, as big as a reader scans for. Sources that disagree stay
/// one figure with both values ("drygt 270 · 272"), never averaged; a screen
/// reader hears which source gave which.
#[component]
pub fn KeyFigure(
    figure: Figure,
    dataset: Arc<Dataset>,
    lang: Lang,
    #[prop(default = 3)] level: u8,
) -> impl IntoView {
    let s = strings(lang);
    let heading_id = format!("figure-{}", figure.id);
    let labelled_by = heading_id.clone();
    let label = lang.pick(&figure.label).to_string();
    let date = format::date_after(&label, &figure.date, lang);
    let several = figure.values.len() > 1;
    // The data's own caveat explains a disagreement best; the generic note is the fallback.
    let note = figure
        .caveat
        .as_ref()
        .map(|c| lang.pick(c).to_string())
        .or_else(|| several.then(|| s.disagreeing_sources.to_string()));
    let display = numbers::display(&figure, lang);
    let value = if several {
        let readings = numbers::readings(&figure, &dataset, lang).join("; ");
        view! {
            <span aria-hidden="true">{display}</span>
            <span class="visually-hidden">{readings}</span>
        }
        .into_any()
    } else {
        display.into_any()
    };
    let sources = sources_of(&dataset, &numbers::figure_sources(&figure), lang);
    view! {
        <li class="key-figure" data-figure=figure.id.clone() aria-labelledby=labelled_by>
            <Heading level class="key-figure-label" id=heading_id>
                {label}
                <span class="key-figure-date">{date}</span>
            </Heading>
            <p class="key-figure-value">{value}</p>
            <SourceLine sources lang />
            {note.map(|n| view! { <p class="caveat">{n}</p> })}
        </li>
    }
}
