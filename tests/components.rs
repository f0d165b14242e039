//! Component tests: each component mounted into a real DOM in headless Chromium
//! (wasm-bindgen-test), asserting what a reader and a screen reader get.
#![cfg(target_arch = "wasm32")]

mod browser;

// Named, as leptos' prelude has a `document` too.
use browser::{document, *};
use iop_dashboard::app::{
    dashboard_tools, App, ChartFigure, KeyFigures, LanguageSwitch, LoadError, LoadFailed,
    LoadState, Loaded, Loading, Nav, Parties, PartnershipSummary, SectionNav, Services, SourceList,
};
use iop_dashboard::data::{parse_dataset, read_dataset, Dataset, Issue, Problem};
use iop_dashboard::i18n::Lang;
use iop_dashboard::state::{Section, View, ViewState};
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

/// A file read as the app reads it (leniently).
fn loaded(text: &str) -> Loaded {
    match LoadState::from(
        read_dataset(text)
            .map(|read| Loaded::new(read, Some(text.into())))
            .map_err(LoadError::Invalid),
    ) {
        LoadState::Ready(l) => l,
        other => panic!("not readable: {other:?}"),
    }
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
    assert!(text(&internship).contains("Källa: Forum 2017"));
}

/// A label that already names its date ("… after 2016", "… by 13 August 2015",
/// "… October–December 2015") is not followed by it again, on a card or in the
/// list of what a source backs; a label that does not is.
#[wasm_bindgen_test]
fn a_date_the_label_says_is_not_said_twice() {
    let d = dataset();
    let cards = d.clone();
    let (root, _h) = mount(move || view! { <KeyFigures dataset=cards lang=Lang::En /> });
    let heading = |id: &str| {
        text(&one(
            &root,
            &format!("[data-figure='{id}'] .key-figure-label"),
        ))
    };
    assert_eq!(
        heading("nonprofits-2016"),
        "Nonprofit organisations after 2016"
    );
    assert_eq!(
        heading("crisis-conversations"),
        "Crisis conversations (2016)"
    );

    for (lang, expected) in [
        (
            Lang::En,
            [
                "Unaccompanied children arrived in Göteborg by 13 August 2015: 554",
                "Housing places for unaccompanied children in the city, October 2015: 410",
                "Unaccompanied children seeking asylum in Sweden per year (2015): 35,369",
                "Crisis conversations (2016): 500",
                "Of whom in October–December 2015: 21,364",
                // A point its source marks uncertain is said so here too.
                "Unaccompanied children seeking asylum in Sweden per year (2020): 500 (uncertain)",
            ],
        ),
        (
            Lang::Sv,
            [
                "Ensamkommande barn som kommit till Göteborg till 13 augusti 2015: 554",
                "Boendeplatser för ensamkommande barn i staden, oktober 2015: 410",
                "Ensamkommande barn som sökte asyl i Sverige per år (2015): 35 369",
                "Krissamtal (2016): 500",
                "Varav under oktober–december 2015: 21 364",
                "Ensamkommande barn som sökte asyl i Sverige per år (2020): 500 (osäker)",
            ],
        ),
    ] {
        let list = d.clone();
        let (root, _h) = mount(move || view! { <SourceList dataset=list lang /> });
        let uses: Vec<String> = all(&root, ".source-uses li").iter().map(text).collect();
        for item in expected {
            assert!(uses.iter().any(|u| u == item), "{item} not in {uses:#?}");
        }
    }
}

#[wasm_bindgen_test]
fn disagreeing_sources_are_one_figure_with_both_values_and_citations() {
    let d = dataset();
    let (root, _h) = mount(move || view! { <KeyFigures dataset=d lang=Lang::En /> });
    let card = one(&root, "[data-figure='children-reached']");
    let value = one(&card, ".key-figure-value");
    // Both values, in the file's order, never averaged; a screen reader hears
    // which source gave which.
    assert_eq!(
        text(&one(&value, "[aria-hidden='true']")),
        "just over 270 · 272"
    );
    assert_eq!(
        text(&one(&value, ".visually-hidden")),
        "just over 270 children (Forum 2017); 272 children (Räddningsmissionen 2017)"
    );
    let cited: Vec<String> = all(&card, "cite")
        .iter()
        .filter_map(|c| c.get_attribute("data-source"))
        .collect();
    assert_eq!(cited, ["forum-2017", "raddningsmissionen"]);
    assert!(text(&card).contains("Both are shown"));
}

/// The overview says how recent its figures are: the date the file gives
/// itself, in the page's language, as the chart pictures' credit says it.
#[wasm_bindgen_test]
fn the_overview_says_the_date_its_file_gives() {
    let mut d = (*dataset()).clone();
    d.updated = "2027-01-15".into();
    let d = Arc::new(d);
    let d2 = d.clone();
    let (root, _h) = mount(move || {
        view! {
            <PartnershipSummary dataset=d lang=Lang::Sv />
            <PartnershipSummary dataset=d2 lang=Lang::En top=2 />
        }
    });
    let said: Vec<String> = all(&root, ".partnership .updated")
        .iter()
        .map(text)
        .collect();
    assert_eq!(
        said,
        ["Uppdaterad 15 januari 2027", "Updated 15 January 2027"]
    );
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
    // Unconfirmed, said with when it joined, as its row in the matrix says it;
    // its caveat apart from that, not run on from the flag.
    let gole = one(&root, "[data-party='fc-gole']");
    assert_eq!(
        text(&one(&gole, ".party-joined")),
        "(gick med mars 2015, osäker uppgift)",
        "{}",
        gole.outer_html()
    );
    assert!(text(&one(&gole, ".caveat"))
        .trim()
        .starts_with("Nämns i beslutsunderlaget"));
    // Terms with what they are in bold; a list of names alone in plain text.
    let lists = all(&root, ".item-list");
    let (described, named): (Vec<_>, Vec<_>) = lists
        .iter()
        .partition(|l| all(l, "li").iter().any(|li| text(li).contains(": ")));
    assert!(!described.is_empty() && !named.is_empty());
    for list in described {
        assert_eq!(all(list, "li strong").len(), all(list, "li").len());
    }
    for list in named {
        assert!(all(list, "li").len() > 1);
        assert!(all(list, "strong").is_empty(), "{}", list.outer_html());
    }
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

/// A page with no first view of its data to keep (a release's, the check
/// page, an embed's table view) says why the file did not come, in words.
#[wasm_bindgen_test]
fn a_file_that_did_not_come_is_said_so_by_its_cause() {
    let on_retry = Callback::new(|()| ());
    for (error, said) in [
        (LoadError::Network, "The data file could not be fetched."),
        (
            LoadError::Timeout,
            "The server did not answer within 20 seconds.",
        ),
        (
            LoadError::WebPage,
            "The server sent a web page instead of the data file",
        ),
    ] {
        let (root, _h) =
            mount(move || view! { <LoadFailed lang=Lang::En error=error.clone() on_retry /> });
        let alert = one(&root, "[role='alert']");
        assert!(text(&alert).contains(said), "{}", text(&alert));
        assert_eq!(text(&one(&alert, "button")), "Try again");
    }
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
    // Until the first answer the page's own first view stands in (the build
    // writes it); the app builds its page once, with the data.
    assert!(root.query_selector("main").ok().flatten().is_none());
    let figure = wait_for(
        &root,
        "[data-figure='crisis-conversations'] .key-figure-value",
    )
    .await;
    assert_eq!(text(&figure), "500");
    for landmark in ["header", "main#main", "footer"] {
        one(&root, landmark);
    }
    assert_eq!(
        one(&root, "a.skip-link").get_attribute("href").as_deref(),
        Some("#main")
    );
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
    let (root, handle) = mount(|| view! { <App /> });
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
    // The page in the new language took the old one's place, in the frame
    // that shows it: one page, after the live region.
    assert_eq!(all(&root, "main").len(), 1);
    assert_eq!(all(&root, "h1").len(), 1);
    let status = one(&root, "[role='status']");
    assert_eq!(
        status
            .next_element_sibling()
            .map(|e| e.tag_name().to_lowercase()),
        Some("a".into()),
        "the skip link follows the live region"
    );
    // An app that goes takes its page with it.
    drop(handle);
    assert!(all(&root, "main").is_empty());
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

fn mount_chart(id: &str, lang: Lang, state: ViewState) -> (HtmlElement, impl Drop, Nav) {
    let nav = Nav::new(state);
    let id = id.to_string();
    let d = dataset();
    let (root, h) = mount(move || view! { <ChartFigure id dataset=d lang nav /> });
    (root, h, nav)
}

#[wasm_bindgen_test]
fn a_chart_is_a_named_figure_with_takeaway_keys_and_one_tab_stop() {
    reset_url();
    let (root, _h, _nav) = mount_chart("housing", Lang::Sv, ViewState::default());
    let figure = one(&root, "figure#chart-housing");
    let heading = one(&figure, "h3");
    assert_eq!(
        figure.get_attribute("aria-labelledby"),
        heading.get_attribute("id")
    );
    assert_eq!(text(&heading), "Boendeplatser 2015");
    let plot = one(&figure, ".plot");
    assert_eq!(plot.get_attribute("role").as_deref(), Some("group"));
    let described: Vec<String> = plot
        .get_attribute("aria-describedby")
        .unwrap_or_default()
        .split(' ')
        .map(|id| text(&one(&figure, &format!("[id='{id}']"))))
        .collect();
    assert!(
        described[0].starts_with("Stadens boendeplatser"),
        "{described:?}"
    );
    assert!(described[1].contains("Piltangenterna"), "{described:?}");

    let marks = all(&figure, "[role='img']");
    assert_eq!(marks.len(), 3);
    let tabbable: Vec<_> = marks
        .iter()
        .filter(|m| m.get_attribute("tabindex").as_deref() == Some("0"))
        .collect();
    assert_eq!(tabbable.len(), 1, "one Tab stop");
    let names: Vec<String> = marks
        .iter()
        .map(|m| {
            m.get_attribute("aria-label")
                .unwrap_or_default()
                .replace('\u{a0}', " ")
        })
        .collect();
    assert_eq!(
        names,
        [
            "Staden, våren 2015: 95 platser – Boendeplatser för ensamkommande barn i staden, våren 2015",
            "Staden, oktober 2015: 410 platser – Boendeplatser för ensamkommande barn i staden, oktober 2015",
            "Möjliggjorda av IOP:n: 200 platser – Nya boendeplatser som IOP:n möjliggjorde (2015)",
        ]
    );
    // Axes and bars are hidden from assistive technology; the names carry the values.
    for svg in all(&figure, "svg") {
        assert_eq!(svg.get_attribute("aria-hidden").as_deref(), Some("true"));
    }
    // Each note under the three bars says which bar it is about.
    let notes: Vec<String> = all(&figure, ".chart-notes li").iter().map(text).collect();
    assert_eq!(
        notes,
        [
            "Boendeplatser för ensamkommande barn i staden, våren 2015: Drivna av eller för staden. Fram till mars 2015 drev staden alla boenden själv.",
            "Boendeplatser för ensamkommande barn i staden, oktober 2015: Drivna av eller för staden.",
            "Nya boendeplatser som IOP:n möjliggjorde: Till och med hösten 2015.",
        ]
    );
}

/// A screen reader entering a part hears the part's own title, or nothing new:
/// never the chart's title a second time (the plot is already named by it).
#[wasm_bindgen_test]
fn a_part_is_a_group_only_when_it_has_a_title_of_its_own() {
    reset_url();
    let (mut titled, mut untitled) = (0, 0);
    for (id, lang) in [
        ("reach", Lang::Sv),
        ("money", Lang::En),
        ("context", Lang::En),
    ] {
        let (root, _h, _nav) = mount_chart(id, lang, ViewState::default());
        let chart_title = text(&one(&root, "figure h3"));
        let plot = one(&root, ".plot");
        for panel in all(&plot, ".panel") {
            let own = panel
                .query_selector(".panel-title")
                .ok()
                .flatten()
                .map(|t| text(&t));
            let role = panel.get_attribute("role");
            let name = panel.get_attribute("aria-label");
            match own {
                Some(title) => {
                    titled += 1;
                    assert_eq!(role.as_deref(), Some("group"), "{id}: {title}");
                    assert_eq!(name.as_deref(), Some(title.as_str()), "{id}");
                }
                None => {
                    untitled += 1;
                    // Empty or absent: either is no role and no name.
                    let (role, name) = (role.unwrap_or_default(), name.unwrap_or_default());
                    assert_eq!((role.as_str(), name.as_str()), ("", ""), "{id}: untitled");
                }
            }
        }
        for group in all(&plot, "[role='group']") {
            assert_ne!(
                group.get_attribute("aria-label").as_deref(),
                Some(chart_title.as_str()),
                "{id}: the chart's title named twice"
            );
        }
    }
    // The bundled views have parts of both sorts.
    assert!(
        titled >= 3 && untitled >= 2,
        "{titled} titled, {untitled} untitled"
    );
}

#[wasm_bindgen_test]
async fn arrows_home_and_end_move_a_roving_focus_and_enter_selects() {
    reset_url();
    let (root, _h, nav) = mount_chart("context", Lang::En, ViewState::default());
    let marks = all(&root, "[role='img']");
    let first: HtmlElement = marks[0].clone().unchecked_into();
    first.focus().expect("focus");
    assert_eq!(
        active_element()
            .and_then(|e| e.get_attribute("aria-label"))
            .as_deref(),
        Some("2014: 7,049 children")
    );
    key(&marks[0], "ArrowDown");
    sleep(0).await;
    let focused = active_element().expect("focus");
    assert_eq!(
        focused.get_attribute("aria-label").as_deref(),
        Some("2015: 35,369 children")
    );
    assert_eq!(focused.get_attribute("tabindex").as_deref(), Some("0"));
    assert_eq!(marks[0].get_attribute("tabindex").as_deref(), Some("-1"));
    // A tooltip follows focus.
    assert!(text(&one(&focused, ".tooltip")).contains("Migrationsinfo 2018"));

    key(&focused, "End");
    sleep(0).await;
    let last = active_element().expect("focus");
    assert_eq!(
        last.get_attribute("aria-label")
            .map(|s| s.replace('\u{a0}', " "))
            .as_deref(),
        Some("Passed through Göteborg: about 3,000 children – Unaccompanied children who passed through Göteborg in 2015")
    );
    key(&last, "PageUp");
    sleep(0).await;
    assert_eq!(
        active_element()
            .and_then(|e| e.get_attribute("aria-label"))
            .as_deref(),
        Some("2014: 7,049 children"),
        "PageUp goes to the first mark of the previous panel"
    );
    let at = active_element().expect("focus");
    key(&at, "PageDown");
    sleep(0).await;
    assert!(
        active_element()
            .and_then(|e| e.get_attribute("aria-label"))
            .is_some_and(|n| n.starts_with("Forecast, March: about 500")),
        "PageDown goes to the first mark of the next panel"
    );
    let last = active_element().expect("focus");
    key(&last, "Home");
    sleep(0).await;
    assert_eq!(
        active_element()
            .and_then(|e| e.get_attribute("aria-label"))
            .as_deref(),
        Some("2014: 7,049 children")
    );

    // Keys outside the chart do nothing to it.
    key(&document().body().expect("body"), "End");
    assert_eq!(
        active_element()
            .and_then(|e| e.get_attribute("aria-label"))
            .as_deref(),
        Some("2014: 7,049 children")
    );

    // Enter selects: the name says so, the URL records it, the sources are shown.
    let current = active_element().expect("focus");
    key(&current, "Enter");
    sleep(0).await;
    assert_eq!(
        current.get_attribute("aria-label").as_deref(),
        Some("2014: 7,049 children (selected)")
    );
    let state = nav.state.get_untracked();
    assert_eq!(
        (state.chart, state.mark.as_deref()),
        (
            Some("context".to_string()),
            Some("sweden-unaccompanied-asylum-seekers-2014")
        )
    );
    assert!(
        query().contains("chart=context")
            && query().contains("mark=sweden-unaccompanied-asylum-seekers-2014"),
        "{}",
        query()
    );
    assert!(text(&one(&root, ".mark-details")).contains("Source: Migrationsinfo 2018"));

    // Esc closes the tooltip first, then leaves the chart.
    key(&current, "Escape");
    sleep(0).await;
    assert!(current.query_selector(".tooltip").ok().flatten().is_none());
    key(&current, "Escape");
    assert_eq!(
        active_element().map(|e| e.id()).as_deref(),
        Some("chart-context")
    );
    reset_url();
}

/// A chart's downloads and embed code are built when a reader opens their
/// panel (few do, and every chart has them), and then stay.
#[wasm_bindgen_test]
async fn a_charts_tools_are_built_when_their_panel_opens_and_then_kept() {
    reset_url();
    let nav = Nav::new(ViewState::default());
    let d = dataset();
    let id = d.views[0].id.clone();
    let chart = id.clone();
    let (root, _keep) = mount(move || {
        view! { <ChartFigure id=chart dataset=d lang=Lang::En nav tools=Some(dashboard_tools) /> }
    });
    let downloads = one(&root, "details.download-panel");
    let embed = one(&root, "details.embed-panel");
    for panel in [&downloads, &embed] {
        assert_eq!(
            all(panel, ":scope > :not(summary)").len(),
            0,
            "built while closed: {}",
            panel.outer_html()
        );
    }
    assert_eq!(text(&one(&downloads, "summary")), "Download and cite");

    let open = |panel: &Element| {
        one(panel, "summary")
            .unchecked_into::<HtmlElement>()
            .click()
    };
    // Built by the click itself, before the `toggle` the browser queues: a
    // keyboard reader's next Tab can come first.
    open(&downloads);
    microtasks().await;
    assert!(
        downloads
            .query_selector("button[data-download]")
            .ok()
            .flatten()
            .is_some(),
        "not built by the click: {}",
        downloads.outer_html()
    );
    let formats: Vec<String> = all(&downloads, "button[data-download]")
        .iter()
        .filter_map(|b| b.get_attribute("data-download"))
        .collect();
    assert_eq!(formats, ["csv", "json", "png", "svg", "bib"]);
    // The citation is written by the tools' wasm, which the page imports
    // (the end-to-end tests read it); a page that has no file text to give
    // them (none here) says in the box that it could not be written, and
    // copying the empty box says so too.
    let citation: web_sys::HtmlTextAreaElement = wait_for(
        &downloads,
        "textarea.citation-text[placeholder^='The citation could not']",
    )
    .await
    .unchecked_into();
    assert_eq!(citation.value(), "");
    assert_eq!(
        citation.placeholder(),
        "The citation could not be written. Reload the page and try again."
    );
    one(&downloads, "button[data-copy='citation']")
        .unchecked_into::<HtmlElement>()
        .click();
    assert_eq!(
        nav.announcement.get_untracked(),
        "The citation could not be written. Reload the page and try again."
    );

    open(&embed);
    wait_for(&embed, "iframe.embed-preview").await;
    // The plain iframe's height is the tools' to work out too: without a
    // file text to give them, its box says its code could not be written;
    // the loader's code and the link are the page's own.
    let plain: web_sys::HtmlTextAreaElement = wait_for(
        &embed,
        "textarea.embed-code[placeholder^='The code could not']",
    )
    .await
    .unchecked_into();
    assert_eq!(plain.value(), "");
    let codes: Vec<String> = all(&embed, "textarea.embed-code")
        .into_iter()
        .map(|t| t.unchecked_into::<web_sys::HtmlTextAreaElement>().value())
        .collect();
    assert_eq!(codes.len(), 3);
    assert!(
        codes[1..]
            .iter()
            .all(|c| c.contains(&format!("chart={id}"))),
        "{codes:?}"
    );

    // Closed and opened again: the same fields (a chosen theme is kept), the
    // preview only while open.
    let theme = one(&embed, "input[type=radio][value=dark]").unchecked_into::<HtmlElement>();
    theme.click();
    open(&embed);
    for _ in 0..200 {
        if embed.query_selector("iframe").ok().flatten().is_none() {
            break;
        }
        sleep(25).await;
    }
    assert!(
        embed.query_selector("iframe").ok().flatten().is_none(),
        "preview left open"
    );
    open(&embed);
    wait_for(&embed, "iframe.embed-preview").await;
    assert!(theme.is_same_node(Some(&one(&embed, "input[type=radio][value=dark]"))));
    let checked = one(&embed, "input[type=radio]:checked");
    assert_eq!(checked.get_attribute("value").as_deref(), Some("dark"));
}

#[wasm_bindgen_test]
async fn the_table_view_holds_the_same_numbers_and_is_kept_in_the_url() {
    reset_url();
    let (root, _h, nav) = mount_chart("reach", Lang::Sv, ViewState::default());
    let table_view = one(&root, ".table-view");
    assert!(table_view.has_attribute("hidden"));
    // Built the first time it is shown, not before.
    assert!(table_view.query_selector("table").ok().flatten().is_none());
    let table_link: HtmlElement = one(&root, "a[data-view='table']").unchecked_into();
    assert_eq!(
        table_link.get_attribute("href").as_deref(),
        Some("?chart=reach&view=table")
    );
    table_link.click();
    sleep(0).await;
    assert!(!one(&root, ".table-view").has_attribute("hidden"));
    assert!(one(&root, ".chart-view").has_attribute("hidden"));
    assert_eq!(nav.state.get_untracked().view, View::Table);
    assert_eq!(query(), "?chart=reach&view=table");

    let caption = one(&root, "table caption");
    assert_eq!(text(&caption), "Räckvidd och resultat första året");
    for th in all(&root, "thead th") {
        assert_eq!(th.get_attribute("scope").as_deref(), Some("col"));
    }
    // Every mark of the chart has a row with the same value.
    let marks = all(&root, "[role='img']");
    for m in &marks {
        let id = m.get_attribute("data-mark").expect("mark id");
        let row = one(&root, &format!("tr[data-mark='{id}']"));
        assert_eq!(
            one(&row, "th").get_attribute("scope").as_deref(),
            Some("row")
        );
        assert_eq!(
            text(&one(&row, "td.num")),
            text(&one(m, ".mark-value, .number-value"))
        );
    }
    reset_url();
}

#[wasm_bindgen_test]
fn the_url_can_open_a_chart_as_a_table_with_a_selected_mark() {
    reset_url();
    let state = ViewState {
        chart: Some("money".to_string()),
        view: View::Chart,
        mark: Some("reimbursed-2015-2017".into()),
        ..Default::default()
    };
    let (root, _h, _nav) = mount_chart("money", Lang::En, state);
    let selected = one(&root, ".mark.selected");
    assert_eq!(
        selected.get_attribute("data-mark").as_deref(),
        Some("reimbursed-2015-2017")
    );
    assert_eq!(
        selected.get_attribute("tabindex").as_deref(),
        Some("0"),
        "the roving focus starts at the selection"
    );
    assert!(text(&one(&root, ".mark-details")).contains("Of which reimbursed by Migrationsverket"));

    let (root, _h2, _nav2) = mount_chart(
        "housing",
        Lang::En,
        ViewState {
            chart: Some("housing".to_string()),
            view: View::Table,
            ..Default::default()
        },
    );
    assert!(!one(&root, ".table-view").has_attribute("hidden"));
}

#[wasm_bindgen_test]
fn a_missing_figure_disables_only_its_chart_with_a_reason() {
    let mut d = (*dataset()).clone();
    d.figures.retain(|f| f.id != "internship-share");
    let d = Arc::new(d);
    let d2 = d.clone();
    let nav = Nav::new(ViewState::default());
    let (root, _h) = mount(move || {
        view! {
            <ChartFigure id="reach".to_string() dataset=d lang=Lang::En nav />
            <ChartFigure id="housing".to_string() dataset=d2 lang=Lang::En nav />
        }
    });
    let broken = one(&root, "#chart-reach");
    assert!(
        text(&broken).contains("internship-share"),
        "{}",
        text(&broken)
    );
    assert!(broken
        .query_selector("[role='img']")
        .ok()
        .flatten()
        .is_none());
    assert_eq!(all(&one(&root, "#chart-housing"), "[role='img']").len(), 3);
}

#[wasm_bindgen_test]
fn a_crash_shows_a_localised_message_with_a_reload_link() {
    let html = document().document_element().expect("html");
    html.set_attribute("lang", "en").expect("lang");
    iop_dashboard::app::show_crash_message();
    let body = document().body().expect("body");
    let alert = one(&body, ".crash[role='alert']");
    assert_eq!(
        text(&one(&alert, "h1")),
        "Something went wrong on this page"
    );
    let reload = one(&alert, "a.button");
    assert_eq!(text(&reload), "Reload the page");
    assert_eq!(reload.get_attribute("href").as_deref(), Some(""));
    alert.remove();
    html.set_attribute("lang", "sv").expect("lang");
}

/// The overview's charts come one per task, in order: the first render holds
/// the first chart, or every chart up to the one a URL names (so it can be
/// scrolled to at once); the rest follow.
#[wasm_bindgen_test]
async fn the_charts_follow_one_another_and_a_named_chart_comes_at_once() {
    use iop_dashboard::app::Charts;
    let ids = |root: &Element| -> Vec<String> {
        all(root, "figure.chart").iter().map(|f| f.id()).collect()
    };
    let order: Vec<String> = dataset()
        .views
        .iter()
        .map(|v| format!("chart-{}", v.id))
        .collect();
    let services = order
        .iter()
        .position(|c| c == "chart-services")
        .expect("services")
        + 1;
    for (named, at_once) in [(None, 1), (Some("services".to_string()), services)] {
        reset_url();
        let state = ViewState {
            chart: named.clone(),
            ..ViewState::default()
        };
        let loaded = loaded(include_str!("../data/iop-ensamkommande.json"));
        let (root, _h) = mount(move || {
            provide_context(Nav::new(state));
            view! { <Charts loaded lang=Lang::Sv /> }
        });
        // Synchronously after mounting: no later task has run yet.
        assert_eq!(ids(&root), order[..at_once], "{named:?}");
        for _ in 0..200 {
            if ids(&root).len() == order.len() {
                break;
            }
            sleep(25).await;
        }
        assert_eq!(ids(&root), order, "{named:?}");
    }
    reset_url();
}

/// A view that needs a broken figure is withheld in its place, under its
/// title, saying which figure and why; the views around it are drawn.
#[wasm_bindgen_test]
fn a_withheld_view_says_in_its_place_what_it_needs() {
    use iop_dashboard::app::Charts;
    reset_url();
    let mut doc: serde_json::Value =
        serde_json::from_str(include_str!("../data/iop-ensamkommande.json")).expect("json");
    let figures = doc["figures"].as_array_mut().expect("figures");
    let i = figures
        .iter()
        .position(|f| f["id"] == "crisis-conversations")
        .expect("figure");
    figures[i]["values"][0]["value"] = serde_json::json!("many");
    let loaded = loaded(&doc.to_string());
    let order: Vec<String> = doc["views"]
        .as_array()
        .expect("views")
        .iter()
        .map(|v| format!("chart-{}", v["id"].as_str().unwrap_or_default()))
        .collect();
    let (root, _h) = mount(move || {
        provide_context(Nav::new(ViewState {
            chart: Some("money".into()),
            ..ViewState::default()
        }));
        view! { <Charts loaded lang=Lang::En /> }
    });
    let ids: Vec<String> = all(&root, "figure.chart").iter().map(|f| f.id()).collect();
    assert_eq!(ids, order, "every view in its place");
    let reach = one(&root, "#chart-reach");
    assert!(reach.class_list().contains("chart-unavailable"));
    assert_eq!(
        text(&one(&reach, "h3")),
        "Reach and outcomes in the first year"
    );
    let why = text(&one(&reach, "[role='note']"));
    assert!(why.contains("This chart cannot be shown"), "{why}");
    assert!(
        why.contains("`figure` \"crisis-conversations\" was left out because of its own problems"),
        "{why}"
    );
    assert!(reach
        .query_selector("[role='img']")
        .ok()
        .flatten()
        .is_none());
    assert!(all(&one(&root, "#chart-housing"), "[role='img']").len() >= 3);
}
