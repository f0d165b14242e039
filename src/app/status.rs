//! What the page shows while the data loads, and when it cannot.

use super::load::{MAX_BYTES, TIMEOUT_SECONDS};
use super::Heading;
use super::LoadError;
use crate::data::Issue;
use crate::i18n::{fill, format, problem_message, strings, Lang};
use leptos::prelude::*;
use std::sync::Arc;

/// Problems listed in the error message; a partner's broken file can have hundreds.
const SHOWN_PROBLEMS: usize = 10;

#[component]
pub fn Loading(lang: Lang) -> impl IntoView {
    view! {
        <p class="status" role="status" aria-live="polite">
            {strings(lang).loading}
        </p>
    }
}

/// The file's problems as a list: path (for the partner who fixes the file) and
/// what is wrong, in the page's language. `within` keeps only those inside one
/// record (a withheld view's).
#[component]
pub fn ProblemList(
    problems: Arc<Vec<Issue>>,
    lang: Lang,
    #[prop(default = None)] within: Option<String>,
    /// Every problem, not the first few (the check page, where they are the point).
    #[prop(default = false)]
    all: bool,
    /// The line of each problem in the file, where the page has the file's text.
    #[prop(default = None)]
    lines: Option<Arc<Vec<Option<usize>>>>,
) -> impl IntoView {
    let s = strings(lang);
    let shown = if all { usize::MAX } else { SHOWN_PROBLEMS };
    let inside = |i: &&Issue| within.as_deref().is_none_or(|at| i.is_inside(at));
    let more = problems.iter().filter(inside).count().saturating_sub(shown);
    view! {
        <ul class="load-error-problems">
            {problems
                .iter()
                .enumerate()
                .filter(|(_, issue)| inside(issue))
                .take(shown)
                .map(|(i, issue)| {
                    let line = lines.as_ref().and_then(|l| l.get(i).copied().flatten());
                    view! {
                        <li>
                            {line.map(|n| view! { <span class="problem-line">{fill(s.problem_line, &[&n.to_string()])} ", "</span> })}
                            {(!issue.is_at_root()).then(|| view! { <code>{issue.path.clone()}</code> ": " })}
                            {problem_message(&issue.problem, lang)}
                        </li>
                    }
                })
                .collect_view()}
            {(more > 0).then(|| view! { <li>"+" {more}</li> })}
        </ul>
    }
}

/// Some figures or series of the file are broken and were left out: the rest of
/// the dashboard works, and this says which and why (charts that need them say
/// so in their place).
#[component]
pub fn PartialData(
    lang: Lang,
    skipped: Arc<Vec<Issue>>,
    #[prop(default = 2)] level: u8,
) -> impl IntoView {
    let s = strings(lang);
    (!skipped.is_empty()).then(|| {
        view! {
            <aside class="data-warning" aria-labelledby="data-warning-title">
                <Heading level id="data-warning-title">{s.partial_title}</Heading>
                <p>{s.partial_intro}</p>
                <ProblemList problems=skipped lang />
            </aside>
        }
    })
}

#[component]
pub fn LoadFailed(lang: Lang, error: LoadError, on_retry: Callback<()>) -> impl IntoView {
    let s = strings(lang);
    let (detail, problems) = match error {
        LoadError::Network => (s.load_failed_network.to_string(), Vec::new()),
        LoadError::Http(code) => (format!("{} {code}.", s.load_failed_http), Vec::new()),
        LoadError::Timeout => (
            fill(s.load_failed_timeout, &[&TIMEOUT_SECONDS.to_string()]),
            Vec::new(),
        ),
        LoadError::Empty => (s.load_failed_empty.to_string(), Vec::new()),
        LoadError::WebPage => (s.load_failed_web_page.to_string(), Vec::new()),
        LoadError::TooLarge(n) => (
            fill(
                s.load_failed_too_large,
                &[
                    &format::number(n as f64 / 1e6, lang),
                    &format::number(MAX_BYTES as f64 / 1e6, lang),
                ],
            ),
            Vec::new(),
        ),
        LoadError::Invalid(issues) => (s.load_failed_invalid.to_string(), issues),
    };
    view! {
        <div class="load-error" role="alert">
            <h1>{s.load_failed}</h1>
            <p>{detail}</p>
            {(!problems.is_empty()).then(|| view! { <ProblemList problems=Arc::new(problems) lang /> })}
            <button type="button" class="button" on:click=move |_| on_retry.run(())>
                {s.retry}
            </button>
        </div>
    }
}

/// A release the address names that the server does not have (a citation
/// mistyped, or a release not kept) is no passing failure: trying again
/// cannot help, so this says so, with the way to the latest data and to the
/// list of every release.
#[component]
pub fn ReleaseMissing(lang: Lang, release: String) -> impl IntoView {
    let d = crate::i18n::data_strings(lang);
    view! {
        <div class="load-error" role="alert">
            <h1>{fill(d.release_missing, &[&format::date(&release, lang)])}</h1>
            <p>{d.release_missing_why}</p>
            <p>
                <a href=crate::state::dashboard_url(lang)>{d.release_latest}</a>
                " · "
                <a href=crate::state::RELEASES_LIST_URL>{d.data_releases}</a>
            </p>
        </div>
    }
}

/// A chart the address names that the data does not have (removed or renamed
/// since the link was made, or mistyped), said over what is shown instead:
/// the whole overview, or the charts to embed. The id is not repeated: an
/// address must not put its words on the page.
#[component]
pub fn ChartMissing(lang: Lang) -> impl IntoView {
    view! { <p class="chart-missing" role="note">{strings(lang).chart_missing}</p> }
}
