//! `check.html`: a publisher checks a data file of their own before publishing
//! it. The file is read in the page (never sent, never stored), checked by the
//! same reader and validator as the app and the `validate` command, every
//! problem listed in the page's language at its place in the file, and, when it
//! can be read, the dashboard built from it shown as a preview. A workbook is
//! first rebuilt into the data file by the `import` command's code, so a keeper
//! who edits the spreadsheet gets the file to publish here, without Rust. A
//! file with no problem is compared with the published data it would replace,
//! so the keeper sees what publishing it changes before it is done.

use super::embed::EmbedWidget;
use super::nav::{section_name, LanguageSwitch, Nav};
use super::status::ProblemList;
use super::{dom, follow_history, Contents, Loaded, MarkPatterns};
use crate::data::changes::{between, Kind, List};
use crate::data::workbook::Answer;
use crate::data::{
    line_of, parse_dataset, read_dataset, validate, Dataset, Figure, Issue, Problem, Text,
    DATASET_URL,
};
use crate::embed::Widget;
use crate::export::package::WORKBOOK_FILE;
use crate::i18n::{check_strings, data_strings, fill, format, strings, CheckStrings, Lang};
use crate::state::{Section, ViewState};
use leptos::prelude::*;
use std::sync::Arc;

/// What the page knows about the chosen file.
#[derive(Clone)]
enum Checked {
    Nothing,
    Reading(String),
    /// Not checked at all (its name, why).
    Refused(String, Refused),
    /// A workbook whose tables do not make a data file: each problem at its cell.
    NotImported {
        name: String,
        problems: Arc<Vec<crate::data::Text>>,
    },
    Done {
        name: String,
        /// The strict reading's problems (the validator's): what must change.
        problems: Arc<Vec<Issue>>,
        /// The line of each problem's value in the file, for a text editor.
        lines: Arc<Vec<Option<usize>>>,
        /// The lenient reading (the app's), when the file can be shown at all.
        preview: Option<Loaded>,
        /// The data file a workbook was rebuilt into: what the keeper publishes.
        rebuilt: Option<Arc<str>>,
    },
}

/// Why a chosen file could not be checked: one sentence each, in one markup.
#[derive(Clone, Copy)]
enum Refused {
    NotText,
    /// Larger than the app would read (its bytes).
    TooLarge(f64),
    /// Named as a workbook but not one that can be opened.
    NotWorkbook,
    /// The workbook import's wasm did not come (the page's connection).
    ImportNotLoaded,
}

/// How the checked file stands against the published data it would replace:
/// what changed, record by record, and whether its date is a new one.
#[derive(Clone)]
enum Compared {
    /// Nothing to say: no file yet, the published one still on its way, a file
    /// with problems (what it would change is known once it reads as published),
    /// or another dataset (another `id`).
    Nothing,
    /// The published data could not be read.
    Unreached,
    Against {
        /// The published data's date (`updated`), and the file's.
        published: String,
        date: String,
        /// Each kind of change in each list, with the records' names.
        lines: Vec<(List, Kind, Vec<Text>)>,
        /// Something outside those lists changed.
        other: bool,
    },
}

/// Reads the published data and compares the checked file with it. The
/// site's own file, fetched as the dashboard fetches it: nothing of the
/// keeper's is sent.
async fn compare(mine: &Dataset) -> Compared {
    let Ok(published) = super::load::fetch_dataset(DATASET_URL).await else {
        return Compared::Unreached;
    };
    let published = &published.dataset;
    if published.id != mine.id {
        return Compared::Nothing;
    }
    let found = between(published, mine);
    Compared::Against {
        published: published.updated.clone(),
        date: mine.updated.clone(),
        lines: found
            .lines()
            .into_iter()
            .map(|l| {
                let mut names = l.names(published, mine);
                for (name, pair) in names
                    .iter_mut()
                    .zip(l.figures_before_after(published, mine))
                {
                    if let Some((was, is)) = pair {
                        *name = with_values(name, was, is);
                    }
                }
                (l.list, l.kind, names)
            })
            .collect(),
        other: found.other,
    }
}

/// "Label (150 → 157)": a changed figure's name with its values as they were
/// and are (as its key figure shows them, `numbers::display`; the arrow held
/// to them), what a keeper checks an edit by; the name alone where they read
/// the same.
fn with_values(name: &Text, was: &Figure, is: &Figure) -> Text {
    use crate::chart::kinds::numbers::display;
    let one = |lang: Lang| {
        let (before, after) = (display(was, lang), display(is, lang));
        let name = lang.pick(name);
        if before == after {
            name.to_string()
        } else {
            format!("{name} ({before}\u{a0}→\u{a0}{after})")
        }
    };
    Text {
        sv: one(Lang::Sv),
        en: one(Lang::En),
    }
}

impl Checked {
    /// The file as the dashboard would read it, once it has no problem: what
    /// publishing it would put in place of the published data.
    fn publishable(&self) -> Option<Arc<Dataset>> {
        match self {
            Checked::Done {
                problems,
                preview: Some(loaded),
                ..
            } if problems.is_empty() => Some(loaded.dataset.clone()),
            _ => None,
        }
    }

    /// The name of the file being checked, if one was chosen.
    fn name(&self) -> Option<&str> {
        match self {
            Checked::Nothing => None,
            Checked::Reading(name)
            | Checked::Refused(name, _)
            | Checked::NotImported { name, .. }
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
        rebuilt: None,
    }
}

/// A spreadsheet, by its name's ending: read as tables, not as text.
fn is_workbook(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    [".xlsx", ".xlsm", ".ods", ".xls"]
        .iter()
        .any(|ending| name.ends_with(ending))
}

/// Rebuilds the data file from a workbook's tables, as `cargo run --bin
/// import` does (in the import's own wasm), and checks the file it makes like
/// any other.
async fn check_workbook(name: String, bytes: &[u8]) -> Checked {
    match super::tools::import_workbook(bytes).await {
        None => Checked::Refused(name, Refused::ImportNotLoaded),
        Some(Answer::Unopened) => Checked::Refused(name, Refused::NotWorkbook),
        Some(Answer::File(json)) => {
            let mut checked = check(name, &json);
            if let Checked::Done {
                problems,
                lines,
                rebuilt,
                ..
            } = &mut checked
            {
                // Lines of a file the keeper has not seen would lead nowhere.
                *lines = Arc::new(vec![None; problems.len()]);
                *rebuilt = Some(Arc::from(json));
            }
            checked
        }
        Some(Answer::Problems(problems)) => Checked::NotImported {
            name,
            problems: Arc::new(problems),
        },
    }
}

/// "NAME: 3 problems. Change what is said below …", one problem in words.
fn problems_said(c: &CheckStrings, name: &str, n: usize) -> String {
    let count = if n == 1 {
        c.check_one_problem.to_string()
    } else {
        fill(c.check_problem_count, &[&n.to_string()])
    };
    fill(c.check_problems, &[name, &count])
}

/// Why there is no preview: "the problem above", or "the problems".
fn no_preview(c: &CheckStrings, n: usize) -> &'static str {
    if n == 1 {
        c.check_no_preview_one
    } else {
        c.check_no_preview
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

    let compared = RwSignal::new(Compared::Nothing);
    // Which choice is being checked: a comparison that lands after the next
    // file was chosen is dropped.
    let choice = StoredValue::new(0u32);
    let take = move |file: web_sys::File| {
        let name = file.name();
        checked.set(Checked::Reading(name.clone()));
        compared.set(Compared::Nothing);
        choice.update_value(|n| *n = n.wrapping_add(1));
        let this = choice.get_value();
        leptos::task::spawn_local(async move {
            let result = if file.size() > super::load::MAX_BYTES as f64 {
                Checked::Refused(name, Refused::TooLarge(file.size()))
            } else if is_workbook(&name) {
                match dom::file_bytes(&file).await {
                    Some(bytes) => check_workbook(name, &bytes).await,
                    None => Checked::Refused(name, Refused::NotWorkbook),
                }
            } else {
                match dom::file_text(&file).await {
                    Some(text) => check(name, &text),
                    None => Checked::Refused(name, Refused::NotText),
                }
            };
            let publishable = result.publishable();
            checked.set(result);
            dom::focus_after_render(RESULT_ID);
            if let Some(mine) = publishable {
                let found = compare(&mine).await;
                if choice.get_value() == this {
                    compared.set(found);
                }
            }
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
                    <p class="check-back"><a href=crate::state::dashboard_url(lang)>{s.site_title}</a></p>
                    <LanguageSwitch nav lang />
                </header>
                <main id="main" class="check-main" tabindex="-1">
                    <h1>{c.check_title}</h1>
                    <p>{c.check_intro}</p>
                    <p class="check-private">{c.check_private}</p>
                    // What a keeper edits, a click away from where it is
                    // checked: the published workbook and file, saved, not shown.
                    <p class="check-start">
                        {c.check_start}
                        " "
                        <a href=format!("data/{WORKBOOK_FILE}") download>{data_strings(lang).data_workbook}</a>
                        " · "
                        <a href=DATASET_URL download>{s.data_json}</a>
                    </p>
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
                            <input id="check-file" class="visually-hidden" type="file" accept=".json,application/json,.xlsx,.xlsm,.ods,.xls" aria-describedby="check-chosen" on:change=on_change />
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
                    <CheckResult checked compared lang part />
                </main>
            }
        }}
    }
}

/// The result: a heading that says what was found (focused, and announced),
/// every problem at its place, then the preview.
#[component]
fn CheckResult(
    checked: RwSignal<Checked>,
    compared: RwSignal<Compared>,
    lang: Lang,
    part: RwSignal<Part>,
) -> impl IntoView {
    let s = strings(lang);
    let c = check_strings(lang);
    move || {
        match checked.get() {
            Checked::Nothing => ().into_any(),
            Checked::Reading(name) => view! {
                <p class="check-status" role="status">{fill(c.check_reading, &[&name])}</p>
            }
            .into_any(),
            Checked::Refused(name, why) => {
                let said = match why {
                    Refused::NotText => fill(c.check_unreadable, &[&name]),
                    Refused::TooLarge(bytes) => fill(
                        s.load_failed_too_large,
                        &[
                            &format::number(bytes / 1e6, lang),
                            &format::number(super::load::MAX_BYTES as f64 / 1e6, lang),
                        ],
                    ),
                    Refused::NotWorkbook => fill(c.check_not_workbook, &[&name]),
                    Refused::ImportNotLoaded => fill(c.check_import_not_loaded, &[&name]),
                };
                view! {
                    <section class="check-result check-failed">
                        <h2 id=RESULT_ID tabindex="-1" role="alert">{said}</h2>
                    </section>
                }
                .into_any()
            }
            Checked::NotImported { name, problems } => {
                let said = problems_said(c, &name, problems.len());
                let no_preview = no_preview(c, problems.len());
                view! {
                <section class="check-result check-failed" aria-labelledby=RESULT_ID>
                    <h2 id=RESULT_ID tabindex="-1">{said.clone()}</h2>
                    <p class="visually-hidden" role="status">{said}</p>
                    <ul class="load-error-problems">
                        {problems.iter().map(|p| view! { <li>{lang.pick(p).to_string()}</li> }).collect_view()}
                    </ul>
                </section>
                <p>{no_preview}</p>
            }
            .into_any()
            }
            Checked::Done {
                name,
                problems,
                lines,
                preview,
                rebuilt,
            } => {
                let ok = problems.is_empty();
                let said = if ok {
                    fill(c.check_ok, &[&name])
                } else {
                    problems_said(c, &name, problems.len())
                };
                // The file to publish, once the workbook it came from has no problem.
                let publish = rebuilt.filter(|_| ok).map(|json| {
                    let file = DATASET_URL.rsplit('/').next().unwrap_or(DATASET_URL);
                    view! {
                        <p class="check-rebuilt">{c.check_rebuilt}</p>
                        <p>
                            <button type="button" class="button" on:click=move |_| {
                                dom::download_text(file, "application/json", &json);
                            }>{fill(c.check_download, &[file])}</button>
                        </p>
                    }
                });
                let no_preview = no_preview(c, problems.len());
                view! {
                <section class="check-result" class:check-failed=!ok aria-labelledby=RESULT_ID>
                    <h2 id=RESULT_ID tabindex="-1">{said.clone()}</h2>
                    <p class="visually-hidden" role="status">{said}</p>
                    {(!ok).then(|| view! { <ProblemList problems=problems.clone() lang all=true lines=Some(lines.clone()) /> })}
                    {publish}
                </section>
                <Comparison compared lang />
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

/// The file against the published data: what a keeper's edit changes, named
/// as the dashboard names it, and what publishing it asks of the date and
/// the release it replaces. Comes after the result, when the published file
/// has been read.
#[component]
fn Comparison(compared: RwSignal<Compared>, lang: Lang) -> impl IntoView {
    let c = check_strings(lang);
    move || {
        match compared.get() {
            Compared::Nothing => ().into_any(),
            Compared::Unreached => view! {
                <p class="check-compared check-compared-failed" role="status">{c.check_compare_failed}</p>
            }
            .into_any(),
            Compared::Against {
                published,
                date,
                lines,
                other,
            } => {
                let same = lines.is_empty() && !other;
                let items = lines
                    .into_iter()
                    .map(|(list, kind, names)| {
                        let names: Vec<&str> = names.iter().map(|n| lang.pick(n)).collect();
                        view! { <li><strong>{format::change(list, kind, lang)}</strong>": "{names.join("; ")}</li> }
                    })
                    .collect_view();
                // A new file needs a new date; the one it replaces keeps its own.
                let publishing = (!same).then(|| {
                    if date.as_str() > published.as_str() {
                        // The path as the keeper types it into the repository.
                        let kept = crate::state::release_data_url(&published);
                        let (before, after) = c
                            .check_keep_release
                            .split_once("{0}")
                            .unwrap_or((c.check_keep_release, ""));
                        view! { <p>{before}<code>{kept}</code>{after}</p> }.into_any()
                    } else {
                        view! {
                            // Said as it arrives (after the result): publishing
                            // waits on it.
                            <p class="check-not-later" role="status">{fill(c.check_not_later, &[&format::date(&date, lang)])}</p>
                        }
                        .into_any()
                    }
                });
                view! {
                    <section class="check-compared" aria-labelledby="check-compared-title">
                        <h2 id="check-compared-title">{fill(c.check_compared, &[&format::date(&published, lang)])}</h2>
                        {if same {
                            view! { <p>{c.changes_none}</p> }.into_any()
                        } else {
                            view! {
                                <ul>
                                    {items}
                                    {other.then(|| view! { <li>{c.changes_other}</li> })}
                                </ul>
                            }
                            .into_any()
                        }}
                        {publishing}
                    </section>
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
            let files_note = c.check_preview_files;
            view! { <Contents loaded=loaded.clone() lang section top=3 files_note /> }.into_any()
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
