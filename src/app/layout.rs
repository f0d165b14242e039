//! The page frame: skip link, header with language and section navigation, footer.

use super::nav::{LanguageSwitch, Nav, SectionNav};
use crate::data::DATASET_URL;
use crate::i18n::{strings, Lang};
use crate::state::Section;
use leptos::prelude::*;

pub const SCHEMA_URL: &str = "data/iop-ensamkommande.schema.json";
/// The licence deed; a link only, nothing is loaded from it.
const CC0_URL: &str = "https://creativecommons.org/publicdomain/zero/1.0/";

#[component]
pub fn SkipLink(lang: Lang) -> impl IntoView {
    view! {
        <a class="skip-link" href="#main">
            {strings(lang).skip_link}
        </a>
    }
}

#[component]
pub fn Header(lang: Lang, nav: Nav, section: Section) -> impl IntoView {
    let s = strings(lang);
    view! {
        <header class="site-header">
            <div class="site-header-top">
                <div>
                    <p class="site-title">{s.site_title}</p>
                    <p class="site-tagline">{s.tagline}</p>
                </div>
                <LanguageSwitch nav lang />
            </div>
            <SectionNav nav lang current=section />
        </header>
    }
}

#[component]
pub fn Footer(lang: Lang) -> impl IntoView {
    let s = strings(lang);
    view! {
        <footer class="site-footer">
            <p>{s.footer_about}</p>
            <p>
                {s.licence} " " <a href=CC0_URL rel="license">"CC0 1.0"</a> "."
            </p>
            <ul class="footer-links">
                <li>
                    <a href=DATASET_URL type="application/json">
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
