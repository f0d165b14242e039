//! The page frame: skip link, header with language and section navigation, footer.

use super::nav::{LanguageSwitch, Nav, SectionNav};
use crate::data::{Contact, Dataset, Licence};
use crate::i18n::{strings, Lang};
use crate::state::Section;
use leptos::prelude::*;

pub const SCHEMA_URL: &str = "data/iop-ensamkommande.schema.json";

/// The first Tab stops of the page: to its content, and (on the overview) to
/// the charts, past the header, the partnership and the key figures.
#[component]
pub fn SkipLink(lang: Lang, #[prop(default = false)] charts: bool) -> impl IntoView {
    let s = strings(lang);
    view! {
        <a class="skip-link" href="#main">
            {s.skip_link}
        </a>
        {charts.then(|| view! { <a class="skip-link" href=format!("#{CHARTS_ID}")>{s.skip_to_charts}</a> })}
    }
}

/// The charts' section, which the skip link moves focus to.
pub const CHARTS_ID: &str = "charts";

/// `title` is the dataset's title once it is read.
#[component]
pub fn Header(
    lang: Lang,
    nav: Nav,
    section: Section,
    #[prop(into)] title: Signal<String>,
) -> impl IntoView {
    let s = strings(lang);
    view! {
        <header class="site-header">
            <div class="site-header-top">
                <div>
                    <p class="site-title">{move || title.get()}</p>
                    <p class="site-tagline">{s.tagline}</p>
                </div>
                <LanguageSwitch nav lang />
            </div>
            <SectionNav nav lang current=section />
        </header>
    }
}

/// What the footer says of the file the page shows: its licence, and whom to
/// ask about it (one value, so the page follows one signal for both).
#[derive(Debug, Clone, PartialEq)]
pub struct Credit {
    pub licence: Licence,
    pub contact: Option<Contact>,
}

impl Credit {
    pub fn of(d: &Dataset) -> Credit {
        Credit {
            licence: d.licence.clone(),
            contact: d.contact().cloned(),
        }
    }
}

/// The licence is the dataset's own, named once the file is read (the deed is
/// a link only; nothing is loaded from it); then whom to ask about the
/// figures, or tell of an error: the file's own contact, as the catalogues
/// have it, and no line where the file names none. `data` is the file the
/// page shows (`Page` works it out): a release's page offers that release's
/// file.
#[component]
pub fn Footer(
    lang: Lang,
    #[prop(into)] credit: Signal<Option<Credit>>,
    data: String,
) -> impl IntoView {
    let s = strings(lang);
    let credit = move || {
        credit.get().map(|Credit { licence: l, contact }| {
            let ask = contact.and_then(|c| Some((c.href()?, lang.pick(&c.name).to_string())));
            view! {
                <p>
                    {s.licence} " " <a href=l.url.clone() rel="license" title=lang.pick(&l.name).to_string()>{l.short()}</a> "."
                </p>
                {ask.map(|(href, name)| view! {
                    <p class="footer-contact">{s.contact_ask} " " <a href=href>{name}</a> "."</p>
                })}
            }
        })
    };
    view! {
        <footer class="site-footer">
            <p>{s.footer_about}</p>
            {credit}
            <ul class="footer-links">
                <li>
                    <a href=data type="application/json">
                        {s.download_data}
                    </a>
                </li>
                <li>
                    <a href=SCHEMA_URL type="application/schema+json">
                        {s.data_schema}
                    </a>
                </li>
            </ul>
        </footer>
    }
}
