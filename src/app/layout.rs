//! The page frame: skip link, header with language and section navigation, footer.

use super::nav::{LanguageSwitch, Nav, SectionNav};
use crate::data::Licence;
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

/// The licence is the dataset's own, named once the file is read (the deed is
/// a link only; nothing is loaded from it). `data` is the file the page shows
/// (`Page` works it out): a release's page offers that release's file.
#[component]
pub fn Footer(
    lang: Lang,
    #[prop(into)] licence: Signal<Option<Licence>>,
    data: String,
) -> impl IntoView {
    let s = strings(lang);
    let credit = move || {
        licence.get().map(|l| {
            view! {
                <p>
                    {s.licence} " " <a href=l.url.clone() rel="license" title=lang.pick(&l.name).to_string()>{l.short()}</a> "."
                </p>
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
