//! The headline results as labelled key numbers, each with its sources.

use super::heading::Heading;
use super::sources::{sources_of, SourceLine};
use crate::data::{Dataset, Figure};
use crate::i18n::{format, strings, Lang};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn KeyFigures(
    dataset: Arc<Dataset>,
    lang: Lang,
    #[prop(default = 2)] level: u8,
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
        </section>
    }
}

/// One key number. Sources that disagree are shown side by side, each with its
/// own citation, never averaged or reduced to one.
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
    let date = format::date(&figure.date, lang);
    // The data's own caveat explains a disagreement best; the generic note is the fallback.
    let disagree = figure.values.len() > 1 && figure.caveat.is_none();
    let values = figure
        .values
        .iter()
        .map(|v| {
            let mut text = format::value(v.value, figure.unit, v.qualifier, lang);
            if figure.uncertain {
                text = format::uncertain(&text, lang);
            }
            let sources = sources_of(&dataset, &v.sources);
            view! {
                <li class="key-figure-reading">
                    <span class="key-figure-value">{text}</span>
                    <SourceLine sources lang />
                </li>
            }
        })
        .collect_view();
    view! {
        <li class="key-figure" data-figure=figure.id.clone() aria-labelledby=labelled_by>
            <Heading level class="key-figure-label" id=heading_id>
                {lang.pick(&figure.label).to_string()}
                <span class="key-figure-date">" (" {date} ")"</span>
            </Heading>
            {disagree.then(|| view! { <p class="key-figure-note">{s.disagreeing_sources} ":"</p> })}
            <ul class="key-figure-readings">{values}</ul>
            {figure
                .caveat
                .as_ref()
                .map(|c| view! { <p class="caveat">{lang.pick(c).to_string()}</p> })}
        </li>
    }
}
