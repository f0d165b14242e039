//! Who the partnership was and when it ran.

use super::nav::SECTION_HEADING_ID;
use super::sources::{sources_of, SourceLine};
use super::Heading;
use crate::data::{Dataset, Item, PartyKind};
use crate::i18n::{fill, format, strings, Lang};
use leptos::prelude::*;
use std::sync::Arc;

/// The partnership's name, how recent the figures are (the file's date, as
/// the chart pictures say it), the agreement period and the ages it served.
#[component]
pub fn PartnershipSummary(
    dataset: Arc<Dataset>,
    lang: Lang,
    #[prop(default = 1)] top: u8,
) -> impl IntoView {
    let s = strings(lang);
    let p = &dataset.partnership;
    let period = format::period(&p.period, lang);
    let ages = format::ages(&p.age_range, lang);
    let name = lang.pick(&p.name).to_string();
    view! {
        <section class="partnership" aria-labelledby=SECTION_HEADING_ID>
            <p class="partnership-short-name" lang="sv">{lang.pick(&p.short_name).to_string()}</p>
            <Heading level=top id=SECTION_HEADING_ID focusable=true>{name}</Heading>
            <p class="lede">{lang.pick(&dataset.description).to_string()}</p>
            <p class="updated">{format::updated(&dataset, lang)}</p>
            <dl class="partnership-facts">
                <div>
                    <dt>{s.period}</dt>
                    <dd>
                        <span class="period">{period}</span>
                        <p class="caveat">{lang.pick(&p.period.note).to_string()}</p>
                        <SourceLine sources=sources_of(&dataset, &p.period.sources, lang) lang />
                    </dd>
                </div>
                <div>
                    <dt>{s.age_range}</dt>
                    <dd>
                        <span class="ages">{ages}</span>
                        <SourceLine sources=sources_of(&dataset, &p.age_range.sources, lang) lang />
                    </dd>
                </div>
            </dl>
        </section>
    }
}

/// The public partner and the nonprofits, with when each joined; a party whose
/// signature is not confirmed says so in words, in the parentheses that say when
/// (as its row in the matrix does), and its caveat follows on a line of its own
/// rather than running on from the flag.
#[component]
pub fn Parties(dataset: Arc<Dataset>, lang: Lang, #[prop(default = 1)] top: u8) -> impl IntoView {
    let s = strings(lang);
    let parties = &dataset.partnership.parties;
    let item = |p: &crate::data::Party| {
        let joined = format!("{} {}", s.joined, format::date(&p.joined, lang));
        view! {
            <li class="party" data-party=p.id.clone()>
                <span class="party-name">{lang.pick(&p.name).to_string()}</span>
                " "
                <span class="party-joined">
                    "(" {joined}
                    {p.uncertain.then(|| view! { ", " <strong class="uncertain-flag">{s.uncertain}</strong> })}
                    ")"
                </span>
                {p.caveat.as_ref().map(|c| view! { <span class="caveat">" " {lang.pick(c).to_string()}</span> })}
            </li>
        }
    };
    let public: Vec<_> = parties
        .iter()
        .filter(|p| p.kind == PartyKind::Public)
        .map(item)
        .collect();
    let nonprofit: Vec<_> = parties
        .iter()
        .filter(|p| p.kind == PartyKind::Nonprofit)
        .map(item)
        .collect();
    let sources = sources_of(&dataset, parties.iter().flat_map(|p| &p.sources), lang);
    view! {
        <section class="parties" aria-labelledby="parties-heading">
            <Heading level=top + 1 id="parties-heading">{s.parties}</Heading>
            <Heading level=top + 2>{s.public_partner}</Heading>
            <ul class="party-list">{public}</ul>
            <Heading level=top + 2>{s.nonprofit_partners}</Heading>
            <ul class="party-list">{nonprofit}</ul>
            <SourceLine sources lang />
        </section>
        <ItemList heading=s.governance items=dataset.partnership.governance.clone() dataset=dataset.clone() lang level=top + 1 />
        <ItemList heading=s.shared_values items=dataset.partnership.values.clone() dataset=dataset.clone() lang level=top + 1 />
        <ItemList heading=s.aims items=dataset.partnership.aims.clone() dataset=dataset.clone() lang level=top + 1 />
    }
}

/// A titled list of labelled entries (governance bodies, values, aims).
#[component]
fn ItemList(
    heading: &'static str,
    items: Vec<Item>,
    dataset: Arc<Dataset>,
    lang: Lang,
    level: u8,
) -> impl IntoView {
    let sources = sources_of(&dataset, items.iter().flat_map(|i| &i.sources), lang);
    // A list of terms and what they are ("Steering group: the heads of …")
    // sets its terms in bold; a list of names alone (the aims, the values)
    // is plain text, not a column of bold lines.
    let terms = items.iter().any(|i| i.description.is_some());
    let entries = items
        .into_iter()
        .map(|item| {
            let label = lang.pick(&item.label).to_string();
            view! {
                <li>
                    {if terms { view! { <strong>{label}</strong> }.into_any() } else { label.into_any() }}
                    {item.description.map(|d| view! { ": " {lang.pick(&d).to_string()} })}
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="item-list">
            <Heading level>{heading}</Heading>
            <ul>{entries}</ul>
            <SourceLine sources lang />
        </section>
    }
}

/// The value-added services. Who delivered each is shown only where a source
/// says so; otherwise the list says it is not known rather than guessing.
#[component]
pub fn Services(dataset: Arc<Dataset>, lang: Lang, #[prop(default = 1)] top: u8) -> impl IntoView {
    let s = strings(lang);
    let services = dataset
        .services
        .iter()
        .map(|service| {
            let known = if service.known_activities.is_empty() {
                view! { <p class="provider provider-unknown">{s.provider_unknown}</p> }.into_any()
            } else {
                let activities = service
                    .known_activities
                    .iter()
                    .map(|a| {
                        let party = dataset
                            .party(&a.party)
                            .map(|p| lang.pick(&p.name).to_string())
                            .unwrap_or_else(|| a.party.clone());
                        let sources = sources_of(&dataset, &a.sources, lang);
                        view! {
                            <li>
                                <strong>{party}</strong>
                                ": "
                                {lang.pick(&a.description).to_string()}
                                <SourceLine sources lang />
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <div class="provider">
                        <p>{s.provided_by} ":"</p>
                        <ul>{activities}</ul>
                    </div>
                }
                .into_any()
            };
            let label = lang.pick(&service.label).to_string();
            view! {
                <li class="service" data-service=service.id.clone()>
                    <Heading level=top + 2>{label}</Heading>
                    {known}
                </li>
            }
        })
        .collect_view();
    let sources = sources_of(
        &dataset,
        dataset.services.iter().flat_map(|s| &s.sources),
        lang,
    );
    let partly_known = dataset
        .services
        .iter()
        .any(|s| s.known_activities.is_empty());
    view! {
        <section class="services" aria-labelledby="services-heading">
            <Heading level=top + 1 id="services-heading">{s.services}</Heading>
            <p>
                {fill(s.services_intro, &[&format::integer(dataset.services.len() as u64, lang)])}
                {partly_known.then(|| view! { " " {s.services_partly_known} })}
            </p>
            <ol class="service-list">{services}</ol>
            <SourceLine sources lang />
        </section>
    }
}
