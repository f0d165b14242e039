//! `check.html`: a publisher checks a data file of their own before publishing
//! it. The file is read in the page (never sent, never stored), checked by the
//! same reader and validator as the app and the `validate` command, every
//! problem listed in the page's language at its place in the file, and, when it
//! can be read, the dashboard built from it shown as a preview.

use super::embed::EmbedWidget;
use super::nav::{section_name, LanguageSwitch, Nav};
use super::status::ProblemList;
use super::{dom, follow_history, Contents, Loaded, MarkPatterns};
use crate::data::{line_of, parse_dataset, read_dataset, validate, Issue, Problem};
use crate::embed::Widget;
use crate::i18n::{check_strings, fill, format, strings, Lang};
use crate::state::{Section, ViewState};
use leptos::prelude::*;
use std::sync::Arc;

/// What the page knows about the chosen file.
#[derive(Clone)]
enum Checked {
    Nothing,
    Reading(String),
    Unreadable(String),
    /// Larger than the app would read (its name, its bytes).
    TooLarge(String, f64),
    Done {
        name: String,
        /// The strict reading's problems (the validator's): what must change.
        problems: Arc<Vec<Issue>>,
        /// The line of each problem's value in the file, for a text editor.
        lines: Arc<Vec<Option<usize>>>,
        /// The lenient reading (the app's), when the file can be shown at all.
        preview: Option<Loaded>,
    },
}

impl Checked {
    /// The name of the file being checked, if one was chosen.
    fn name(&self) -> Option<&str> {
        match self {
            Checked::Nothing => None,
            Checked::Reading(name)
            | Checked::Unreadable(name)
            | Checked::TooLarge(name, _)
            | Checked::Done { name, .. } => Some(name),
        }
    }
}

/// Checks `text` as the validator does, and reads it as the app does.
fn check(name: String, text: &str) -> Checked {
    let problems = match parse_dataset(text) {
        Ok(d) => validate(&d),
        Err(issues) => issues,
    };
    // A syntax error carries its own line and column.
    let lines = problems
        .iter()
        .map(|i| match i.problem {
            Problem::Syntax { .. } => None,
            _ => line_of(text, &i.path),
        })
        .collect();
    // Its charts' downloads, as the dashboard's, read the file again.
    let preview = read_dataset(text)
        .ok()
        .map(|read| Loaded::new(read, Some(Arc::from(text))));
    Checked::Done {
        name,
        problems: Arc::new(problems),
        lines: Arc::new(lines),
        preview,
    }
}

const RESULT_ID: &str = "check-result";

#[component]
pub fn CheckApp() -> impl IntoView {
    let nav = Nav::new(ViewState::from_query(&dom::current_query()));
    provide_context(nav);
    follow_history(nav);
    let browser = dom::browser_languages();
    let lang = Memo::new(move |_| nav.state.with(|s| s.effective_lang(&browser)));
    let checked = RwSignal::new(Checked::Nothing);
    // The part of the preview shown, kept here: switching the language or
    // checking the file again after an edit keeps the reader where they are.
    let part = RwSignal::new(Part::Section(Section::Overview));
    Effect::new(move |_| {
        let lang = lang.get();
        let s = strings(lang);
        let c = check_strings(lang);
        dom::set_document(
            lang.code(),
            &crate::i18n::format::page_title(c.check_title, s.site_title),
        );
    });
    dom::remove_first_view();

    let take = move |file: web_sys::File| {
        let name = file.name();
        checked.set(Checked::Reading(name.clone()));
        leptos::task::spawn_local(async move {
            let result = if file.size() > super::load::MAX_BYTES as f64 {
                Checked::TooLarge(name, file.size())
            } else {
                match dom::file_text(&file).await {
                    Some(text) => check(name, &text),
                    None => Checked::Unreadable(name),
                }
            };
            checked.set(result);
            dom::focus_after_render(RESULT_ID);
        });
    };
    let on_change = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        if let Some(file) = input.files().and_then(|f| f.get(0)) {
            take(file);
        }
        // Emptied, so that choosing the same file again, edited as the result
        // asks, is a change (a browser reports none for the same file); the
        // page names the file itself.
        input.set_value("");
    };
    // A file held over the zone lights it up, so the reader sees where it
    // would land before letting go.
    let over = RwSignal::new(false);
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        over.set(false);
        if let Some(file) = ev
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0))
        {
            take(file);
        }
    };

    view! {
        {move || {
            let lang = lang.get();
            let s = strings(lang);
            let c = check_strings(lang);
            view! {
                // The dashboard's header in short: its name first, on the
                // left, the language on the right, over the page's column.
                <header class="site-header check-header">
                    <p class="check-back"><a href=format!("./?lang={}", lang.code())>{s.site_title}</a></p>
                    <LanguageSwitch nav lang />
                </header>
                <main id="main" class="check-main" tabindex="-1">
                    <h1>{c.check_title}</h1>
                    <p>{c.check_intro}</p>
                    <p class="check-private">{c.check_private}</p>
                    <div
                        class="check-drop"
                        class:check-drop-over=move || over.get()
                        on:dragover=move |ev: leptos::ev::DragEvent| {
                            ev.prevent_default();
                            over.set(true);
                        }
                        on:dragleave=move |_| over.set(false)
                        on:drop=on_drop
                    >
                        <label for="check-file" class="check-drop-title">{c.check_choose}</label>
                        // The input is the control (focus, keyboard, name); what
                        // shows is the page's button, a label of it, and the
                        // chosen file's name.
                        <div class="check-chooser">
                            <input id="check-file" class="visually-hidden" type="file" accept=".json,application/json" aria-describedby="check-chosen" on:change=on_change />
                            <label for="check-file" class="button">{c.check_choose_button}</label>
                            <span id="check-chosen" class="check-chosen">
                                // The file being checked, chosen or dropped, in the
                                // page's words: the browser's own chooser says "No
                                // file chosen" in the browser's language, and
                                // nothing at all of a dropped file.
                                {move || checked.with(|f| f.name().unwrap_or(c.check_none_chosen).to_string())}
                            </span>
                        </div>
                        <p class="check-drop-hint">{c.check_drop}</p>
                    </div>
                    <CheckResult checked lang part />
                </main>
            }
        }}
    }
}

/// The result: a heading that says what was found (focused, and announced),
/// every problem at its place, then the preview.
#[component]
fn CheckResult(checked: RwSignal<Checked>, lang: Lang, part: RwSignal<Part>) -> impl IntoView {
    let s = strings(lang);
    let c = check_strings(lang);
    move || {
        match checked.get() {
        Checked::Nothing => ().into_any(),
        Checked::Reading(name) => view! {
            <p class="check-status" role="status">{fill(c.check_reading, &[&name])}</p>
        }
        .into_any(),
        Checked::Unreadable(name) => view! {
            <section class="check-result">
                <h2 id=RESULT_ID tabindex="-1" role="alert">{fill(c.check_unreadable, &[&name])}</h2>
            </section>
        }
        .into_any(),
        Checked::TooLarge(_, bytes) => view! {
            <section class="check-result check-failed">
                <h2 id=RESULT_ID tabindex="-1" role="alert">
                    {fill(
                        s.load_failed_too_large,
                        &[
                            &format::number(bytes / 1e6, lang),
                            &format::number(super::load::MAX_BYTES as f64 / 1e6, lang),
                        ],
                    )}
                </h2>
            </section>
        }
        .into_any(),
        Checked::Done { name, problems, lines, preview } => {
            // One problem is said in words, in the heading and the sentence under it.
            let one = problems.len() == 1;
            let said = if problems.is_empty() {
                fill(c.check_ok, &[&name])
            } else {
                let count = if one {
                    c.check_one_problem.to_string()
                } else {
                    fill(c.check_problem_count, &[&problems.len().to_string()])
                };
                fill(c.check_problems, &[&name, &count])
            };
            let ok = problems.is_empty();
            let no_preview = if one { c.check_no_preview_one } else { c.check_no_preview };
            view! {
                <section class="check-result" class:check-failed=!ok aria-labelledby=RESULT_ID>
                    <h2 id=RESULT_ID tabindex="-1">{said.clone()}</h2>
                    <p class="visually-hidden" role="status">{said}</p>
                    {(!ok).then(|| view! { <ProblemList problems=problems.clone() lang all=true lines=Some(lines.clone()) /> })}
                </section>
                {match preview {
                    Some(loaded) => view! {
                        <section class="check-preview" aria-labelledby="check-preview-title">
                            <h2 id="check-preview-title">{c.check_preview}</h2>
                            <p class="check-preview-note">{c.check_preview_note}</p>
                            <Preview loaded lang part />
                        </section>
                    }
                    .into_any(),
                    None => view! { <p>{no_preview}</p> }.into_any(),
                }}
            }
            .into_any()
        }
    }
    }
}

/// What the preview shows: a section of the dashboard, or every embed.
#[derive(Clone, Copy, PartialEq)]
enum Part {
    Section(Section),
    Embeds,
}

/// The dashboard built from the file, one part at a time (each part holds the
/// same charts, so one at a time keeps their ids unique): its three sections,
/// with each chart's downloads, and every widget as its embed shows it.
#[component]
fn Preview(loaded: Loaded, lang: Lang, part: RwSignal<Part>) -> impl IntoView {
    let c = check_strings(lang);
    let nav = expect_context::<Nav>();
    let buttons = [
        Part::Section(Section::Overview),
        Part::Section(Section::Parties),
        Part::Section(Section::Sources),
        Part::Embeds,
    ]
    .into_iter()
    .map(|p| {
        let label = match p {
            Part::Section(section) => section_name(section, lang),
            Part::Embeds => c.check_part_embeds,
        };
        view! {
            <button
                type="button"
                class="button"
                aria-pressed=move || (part.get() == p).to_string()
                on:click=move |_| part.set(p)
            >
                {label}
            </button>
        }
    })
    .collect_view();
    let shown = move || match part.get() {
        Part::Section(section) => {
            // Under the page's h1 and the preview's h2: the section's h1 is an h3.
            view! { <Contents loaded=loaded.clone() lang section top=3 /> }.into_any()
        }
        Part::Embeds => {
            let dataset = loaded.dataset.clone();
            Widget::all(&dataset)
                .into_iter()
                .map(|widget| {
                    // Not a landmark: each widget is named by its own title
                    // (the key figures' is a region of that name already).
                    view! {
                        <div class="check-embed">
                            <EmbedWidget widget dataset=dataset.clone() lang nav level=3 patterns=false />
                        </div>
                    }
                })
                .collect_view()
                .into_any()
        }
    };
    view! {
        <div class="check-parts" role="group" aria-label=c.check_parts>{buttons}</div>
        <MarkPatterns />
        {shown}
    }
}
