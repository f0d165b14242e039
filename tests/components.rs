//! Component tests: each component mounted into a real DOM in headless Chromium
//! (wasm-bindgen-test), asserting what a reader and a screen reader get.
#![cfg(target_arch = "wasm32")]

use iop_dashboard::app::{
    App, KeyFigures, LanguageSwitch, LoadError, LoadFailed, Loading, Nav, Parties,
    PartnershipSummary, SectionNav, Services,
};
use iop_dashboard::data::{parse_dataset, Dataset, Issue, Problem};
use iop_dashboard::i18n::Lang;
use iop_dashboard::state::{Section, ViewState};
use leptos::prelude::*;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

fn dataset() -> Arc<Dataset> {
    Arc::new(
        parse_dataset(include_str!("../data/iop-ensamkommande.json"))
            .expect("bundled data is valid"),
    )
}

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("document")
}

/// Mounts a view into a fresh container; the handle keeps it mounted.
fn mount<F, N>(f: F) -> (HtmlElement, impl Drop)
where
    F: FnOnce() -> N + 'static,
    N: IntoView + 'static,
{
    let container: HtmlElement = document()
        .create_element("div")
        .expect("div")
        .unchecked_into();
    document()
        .body()
        .expect("body")
        .append_child(&container)
        .expect("append");
    let handle = leptos::mount::mount_to(container.clone(), f);
    (container, DropGuard(Some(handle)))
}

struct DropGuard<T>(Option<T>);
impl<T> Drop for DropGuard<T> {
    fn drop(&mut self) {
        self.0.take();
    }
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).expect("selector");
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .collect()
}

fn one(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .expect("selector")
        .unwrap_or_else(|| panic!("no {selector} in {}", root.outer_html()))
}

fn text(e: &Element) -> String {
    e.text_content().unwrap_or_default().replace('\u{a0}', " ")
}

/// Tests share one page: each test that navigates starts from a clean URL.
fn reset_url() {
    let window = web_sys::window().expect("window");
    let path = window.location().pathname().expect("path");
    window
        .history()
        .expect("history")
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path))
        .expect("replaceState");
}

/// Starts a test at a given query string (without a history entry).
fn set_url(query: &str) {
    reset_url();
    web_sys::window()
        .expect("window")
        .history()
        .expect("history")
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(query))
        .expect("replaceState");
}

fn query() -> String {
    web_sys::window()
        .expect("window")
        .location()
        .search()
        .expect("search")
}

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .expect("window")
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .expect("setTimeout");
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

#[wasm_bindgen_test]
fn key_figures_show_values_labels_and_linked_sources() {
    let d = dataset();
    let headline = d.headline_figures().count();
    let (root, _h) = mount(move || view! { <KeyFigures dataset=d lang=Lang::Sv /> });

    let section = one(&root, "section");
    let heading = one(&section, "#key-figures-heading");
    assert_eq!(
        section.get_attribute("aria-labelledby").as_deref(),
        Some("key-figures-heading")
    );
    assert_eq!(text(&heading), "Nyckeltal");

    let cards = all(&root, "li.key-figure");
    assert_eq!(cards.len(), headline);
    for card in &cards {
        // Each card is named by its own heading.
        let label_id = card.get_attribute("aria-labelledby").expect("labelled");
        assert!(!text(&one(card, &format!("[id='{label_id}']")))
            .trim()
            .is_empty());
        for reading in all(card, ".key-figure-reading") {
            assert!(!text(&one(&reading, ".key-figure-value")).is_empty());
            let citations = all(&reading, "cite.citation");
            assert!(
                !citations.is_empty(),
                "a value without a source: {}",
                reading.outer_html()
            );
            for link in all(&reading, "cite a") {
                let href = link.get_attribute("href").unwrap_or_default();
                assert!(
                    href.starts_with("https://") || href.starts_with("http://"),
                    "{href}"
                );
            }
        }
    }

    let internship = one(&root, "[data-figure='internship-share']");
    assert_eq!(text(&one(&internship, ".key-figure-value")), "55 %");
    assert!(text(&internship)
        .contains("Forum – idéburna organisationer med social inriktning, 4 maj 2017"));
}

#[wasm_bindgen_test]
fn disagreeing_sources_are_both_shown_each_with_its_citation() {
    let d = dataset();
    let (root, _h) = mount(move || view! { <KeyFigures dataset=d lang=Lang::En /> });
    let card = one(&root, "[data-figure='children-reached']");
    let readings = all(&card, ".key-figure-reading");
    assert_eq!(readings.len(), 2);
    assert_eq!(
        text(&one(&readings[0], ".key-figure-value")),
        "just over 270"
    );
    assert_eq!(
        one(&readings[0], "cite")
            .get_attribute("data-source")
            .as_deref(),
        Some("forum-2017")
    );
    assert_eq!(text(&one(&readings[1], ".key-figure-value")), "272");
    assert_eq!(
        one(&readings[1], "cite")
            .get_attribute("data-source")
            .as_deref(),
        Some("raddningsmissionen")
    );
    assert!(text(&card).contains("Both are shown"));
}

#[wasm_bindgen_test]
fn partnership_name_period_and_parties() {
    let d = dataset();
    let d2 = d.clone();
    let (root, _h) = mount(move || {
        view! {
            <PartnershipSummary dataset=d lang=Lang::Sv />
            <Parties dataset=d2 lang=Lang::Sv />
        }
    });
    assert!(text(&one(&root, "h1")).starts_with("Idéburet offentligt partnerskap (IOP)"));
    assert_eq!(
        text(&one(&root, ".period")),
        "mars 2015 – 2020 (planerad); avslutades i förtid omkring 2018"
    );
    let parties = all(&root, "li.party");
    assert_eq!(parties.len(), 11);
    let joined_2016: Vec<String> = parties
        .iter()
        .filter(|p| text(p).contains("gick med 2016"))
        .map(|p| text(&one(p, ".party-name")))
        .collect();
    assert_eq!(
        joined_2016,
        [
            "Göteborgs Kyrkliga Stadsmission",
            "Karriär-Kraft (Karriär Kraft Service)"
        ]
    );
    let gole = one(&root, "[data-party='fc-gole']");
    assert!(
        text(&gole).contains("osäker uppgift"),
        "{}",
        gole.outer_html()
    );
}

#[wasm_bindgen_test]
fn loading_is_announced_politely() {
    let (root, _h) = mount(|| view! { <Loading lang=Lang::En /> });
    let status = one(&root, "[role='status']");
    assert_eq!(text(&status), "Loading data …");
}

#[wasm_bindgen_test]
fn the_error_state_explains_and_retries() {
    let calls = Arc::new(AtomicUsize::new(0));
    let counter = calls.clone();
    let on_retry = Callback::new(move |()| {
        counter.fetch_add(1, Ordering::SeqCst);
    });
    let (root, _h) =
        mount(move || view! { <LoadFailed lang=Lang::Sv error=LoadError::Http(404) on_retry /> });
    let alert = one(&root, "[role='alert']");
    assert!(
        text(&alert).contains("Servern svarade med felkod 404."),
        "{}",
        text(&alert)
    );
    let button: HtmlElement = one(&alert, "button").unchecked_into();
    assert_eq!(button.get_attribute("type").as_deref(), Some("button"));
    assert_eq!(text(&button), "Försök igen");
    button.click();
    button.click();
    assert_eq!(calls.load(Ordering::SeqCst), 2);
}

#[wasm_bindgen_test]
fn an_invalid_file_lists_its_problems_with_paths() {
    let issues: Vec<Issue> = (0..12)
        .map(|i| Issue {
            path: format!("$.figures[{i}].label.en"),
            problem: Problem::MissingTranslation { lang: "en" },
        })
        .collect();
    let on_retry = Callback::new(|()| {});
    let (root, _h) = mount(
        move || view! { <LoadFailed lang=Lang::En error=LoadError::Invalid(issues) on_retry /> },
    );
    let items = all(&root, ".load-error-problems li");
    // Ten problems and a count of the rest.
    assert_eq!(items.len(), 11);
    assert_eq!(
        text(&items[0]),
        "$.figures[0].label.en: text missing in English (\"en\")"
    );
    assert_eq!(text(&items[10]), "+2");
}

async fn wait_for(root: &Element, selector: &str) -> Element {
    for _ in 0..200 {
        if let Some(e) = root.query_selector(selector).ok().flatten() {
            return e;
        }
        sleep(25).await;
    }
    panic!("no {selector} within 5 s");
}

/// The whole app, loading the bundled file the way the page does (the test
/// runner serves the crate root, so the relative data URL resolves).
#[wasm_bindgen_test]
async fn the_app_loads_the_data_and_shows_the_key_figures() {
    // The runner's Chromium prefers English; the URL decides here.
    set_url("?lang=sv");
    let (root, _h) = mount(|| view! { <App /> });
    assert_eq!(
        document()
            .document_element()
            .and_then(|h| h.get_attribute("lang"))
            .as_deref(),
        Some("sv")
    );
    assert_eq!(document().title(), "IOP Ensamkommande i Göteborg");
    for landmark in ["header", "main#main", "footer"] {
        one(&root, landmark);
    }
    assert_eq!(
        one(&root, "a.skip-link").get_attribute("href").as_deref(),
        Some("#main")
    );
    let figure = wait_for(
        &root,
        "[data-figure='crisis-conversations'] .key-figure-value",
    )
    .await;
    assert_eq!(text(&figure), "500");
    assert!(root
        .query_selector("[role='alert']")
        .ok()
        .flatten()
        .is_none());
}

/// A missing data file: an explained error with a retry, and no dead page.
#[wasm_bindgen_test]
async fn the_app_shows_an_error_with_retry_when_the_data_is_missing() {
    set_url("?lang=sv");
    let (root, _h) = mount(|| view! { <App data_url="data/no-such-file.json" /> });
    let alert = wait_for(&root, "[role='alert']").await;
    assert!(
        text(&alert).contains("Servern svarade med felkod 404"),
        "{}",
        text(&alert)
    );
    // The frame stays usable around the error.
    one(&root, "footer a[href='data/iop-ensamkommande.json']");
    // Retrying loads again (a fresh error node replaces the old one), and fails again.
    let button: HtmlElement = one(&alert, "button").unchecked_into();
    button.click();
    let mut fresh = None;
    for _ in 0..200 {
        fresh = root
            .query_selector("[role='alert']")
            .ok()
            .flatten()
            .filter(|a| !a.is_same_node(Some(&alert)));
        if fresh.is_some() {
            break;
        }
        sleep(25).await;
    }
    let fresh = fresh.expect("the retry ran and failed again");
    assert!(text(&fresh).contains("404"));
}

#[wasm_bindgen_test]
fn the_language_switch_is_a_real_link_that_keeps_the_view() {
    reset_url();
    let nav = Nav::new(ViewState {
        section: Section::Parties,
        ..Default::default()
    });
    let (root, _h) = mount(move || view! { <LanguageSwitch nav lang=Lang::Sv /> });
    let nav_el = one(&root, "nav");
    assert_eq!(nav_el.get_attribute("aria-label").as_deref(), Some("Språk"));
    let link = one(&root, "a");
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some("?lang=en&section=parties")
    );
    assert_eq!(link.get_attribute("hreflang").as_deref(), Some("en"));
    assert_eq!(link.get_attribute("lang").as_deref(), Some("en"));
    assert_eq!(text(&link), "English");

    link.unchecked_ref::<HtmlElement>().click();
    assert_eq!(nav.state.get_untracked().lang, Some(Lang::En));
    assert_eq!(
        nav.state.get_untracked().section,
        Section::Parties,
        "the rest of the view is kept"
    );
    assert_eq!(query(), "?lang=en&section=parties");
    assert_eq!(
        nav.announcement.get_untracked(),
        "The page is now in English."
    );
    reset_url();
}

#[wasm_bindgen_test]
fn the_section_nav_marks_the_current_section_and_navigates() {
    reset_url();
    let nav = Nav::new(ViewState {
        lang: Some(Lang::En),
        ..Default::default()
    });
    let (root, _h) =
        mount(move || view! { <SectionNav nav lang=Lang::En current=Section::Overview /> });
    let links = all(&root, "a");
    let hrefs: Vec<_> = links
        .iter()
        .map(|a| a.get_attribute("href").unwrap_or_default())
        .collect();
    assert_eq!(
        hrefs,
        [
            "?lang=en",
            "?lang=en&section=parties",
            "?lang=en&section=sources"
        ]
    );
    assert_eq!(
        links[0].get_attribute("aria-current").as_deref(),
        Some("page")
    );
    assert_eq!(links[1].get_attribute("aria-current"), None);
    links[2].unchecked_ref::<HtmlElement>().click();
    assert_eq!(nav.state.get_untracked().section, Section::Sources);
    assert_eq!(query(), "?lang=en&section=sources");
    reset_url();
}

#[wasm_bindgen_test]
fn services_show_known_providers_and_say_when_unknown() {
    let d = dataset();
    let (root, _h) = mount(move || view! { <Services dataset=d lang=Lang::En /> });
    let services = all(&root, "li.service");
    assert_eq!(services.len(), 7);
    let unknown = all(&root, ".provider-unknown");
    assert_eq!(unknown.len(), 5);
    assert!(text(&unknown[0]).contains("not known"));
    let psycho = one(&root, "[data-service='service-psychosocial']");
    assert!(
        text(&psycho).contains("Skyddsvärnet i Göteborg"),
        "{}",
        text(&psycho)
    );
    assert!(root
        .query_selector("[data-service='service-psychosocial'] .provider-unknown")
        .ok()
        .flatten()
        .is_none());
}

#[wasm_bindgen_test]
async fn the_app_reads_its_view_from_the_url_and_follows_back() {
    set_url("?lang=sv");
    let window = web_sys::window().expect("window");
    let history = window.history().expect("history");
    history
        .push_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some("?lang=en&section=parties"),
        )
        .expect("pushState");
    let (root, _h) = mount(|| view! { <App /> });
    let heading = wait_for(&root, "h1#section-heading").await;
    assert_eq!(text(&heading), "Parties and services");
    sleep(0).await;
    assert_eq!(
        document()
            .document_element()
            .and_then(|h| h.get_attribute("lang"))
            .as_deref(),
        Some("en")
    );
    assert_eq!(
        document().title(),
        "Parties and services – IOP Ensamkommande in Göteborg"
    );

    // Back to the previous entry: the Swedish overview again.
    history.back().expect("back");
    let mut back = false;
    for _ in 0..200 {
        sleep(25).await;
        if document()
            .document_element()
            .and_then(|h| h.get_attribute("lang"))
            .as_deref()
            == Some("sv")
        {
            back = true;
            break;
        }
    }
    assert!(back, "back restored the previous view");
    assert!(one(&root, "h1#section-heading")
        .text_content()
        .unwrap_or_default()
        .starts_with("Idéburet"));
    reset_url();
}

#[wasm_bindgen_test]
async fn without_a_lang_parameter_the_browser_language_decides() {
    reset_url();
    let preferred: Vec<String> = web_sys::window()
        .expect("window")
        .navigator()
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    let expected = iop_dashboard::state::negotiate(&preferred).unwrap_or_default();
    let (root, _h) = mount(|| view! { <App /> });
    wait_for(&root, "[data-figure]").await;
    sleep(0).await;
    assert_eq!(
        document()
            .document_element()
            .and_then(|h| h.get_attribute("lang"))
            .as_deref(),
        Some(expected.code()),
        "navigator.languages = {preferred:?}"
    );
}
