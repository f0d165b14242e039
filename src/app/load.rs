//! Fetching the dataset: the app's only network call.

use crate::data::{read_dataset, Dataset, Issue, Readable, Slot, Withheld};
use std::sync::Arc;

#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    /// No answer at all (offline, blocked, aborted).
    Network,
    /// The server answered with an error status.
    Http(u16),
    /// No complete answer within `TIMEOUT_SECONDS`.
    Timeout,
    /// The answer was empty.
    Empty,
    /// The answer was a web page (a proxy's or server's error page sent with
    /// status 200), not the data file.
    WebPage,
    /// The file is larger than `MAX_BYTES` (bytes as found).
    TooLarge(u64),
    /// The file arrived but breaks the format; every problem is kept for the message.
    Invalid(Vec<Issue>),
}

/// The dataset is about 40 KB; a file of megabytes is a mistake, and parsing it
/// would freeze a phone.
pub const MAX_BYTES: u64 = 5_000_000;
pub const TIMEOUT_SECONDS: u32 = 20;

#[derive(Debug, Clone)]
pub enum LoadState {
    Loading,
    Ready(Loaded),
    Failed(LoadError),
}

/// A dataset as the app shows it: what could be read, shared by every
/// component, and what was left out, with why.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub dataset: Arc<Dataset>,
    /// The problems of the figures, series and views left out.
    pub skipped: Arc<Vec<Issue>>,
    /// The views that cannot be shown, to be explained in their place.
    pub withheld: Arc<Vec<Withheld>>,
    /// The file as it came, for the tools' wasm to read again when a reader
    /// downloads a chart (`tools`); None where nothing is downloaded (the
    /// build's rendering).
    pub text: Option<Arc<str>>,
}

impl Loaded {
    /// What the app holds of a file it read; `text` the file, where a reader
    /// may download its charts.
    pub fn new(read: Readable, text: Option<Arc<str>>) -> Loaded {
        Loaded {
            dataset: Arc::new(read.dataset),
            skipped: Arc::new(read.skipped),
            withheld: Arc::new(read.withheld),
            text,
        }
    }

    /// Every view of the file in its order, shown or withheld.
    pub fn slots(&self) -> Vec<Slot<'_>> {
        crate::data::read::slots(&self.dataset.views, &self.withheld)
    }
}

impl LoadState {
    /// The file did not reach the app: no answer, an error status, no answer
    /// in time, or a server's page in its place. Nothing says the published
    /// file changed, so the build's first view, drawn from it, can stand in
    /// (`dom::keep_first_view`, `dom::keep_first_widget`). A file that
    /// arrived and cannot be used (empty, too large, invalid) is the
    /// publisher's to mend, and is explained.
    pub fn unreached(&self) -> bool {
        matches!(
            self,
            LoadState::Failed(
                LoadError::Network | LoadError::Http(_) | LoadError::Timeout | LoadError::WebPage
            )
        )
    }
}

impl From<Result<Loaded, LoadError>> for LoadState {
    fn from(r: Result<Loaded, LoadError>) -> Self {
        match r {
            Ok(loaded) => LoadState::Ready(loaded),
            Err(e) => LoadState::Failed(e),
        }
    }
}

/// Fetches and checks the dataset; gives up after `TIMEOUT_SECONDS` so a slow or
/// stalled server ends in a message with a retry, not an endless spinner.
pub async fn fetch_dataset(url: &str) -> Result<Loaded, LoadError> {
    let early = early_request(url);
    let controller = match &early {
        Some(e) => e.stop.clone(),
        None => web_sys::AbortController::new().map_err(|_| LoadError::Network)?,
    };
    let signal = controller.signal();
    let timed_out = std::rc::Rc::new(std::cell::Cell::new(false));
    let on_timeout = {
        let timed_out = timed_out.clone();
        wasm_bindgen::closure::Closure::once(move || {
            timed_out.set(true);
            controller.abort();
        })
    };
    let timer = web_sys::window().and_then(|w| {
        w.set_timeout_with_callback_and_timeout_and_arguments_0(
            wasm_bindgen::JsCast::unchecked_ref(on_timeout.as_ref()),
            (TIMEOUT_SECONDS * 1000) as i32,
        )
        .ok()
    });
    let result = async {
        let response = match early {
            Some(e) => taken_up(e.answer).await?,
            None => request(url, &signal).await?,
        };
        read_text(response).await
    }
    .await;
    if let (Some(w), Some(t)) = (web_sys::window(), timer) {
        w.clear_timeout_with_handle(t);
    }
    drop(on_timeout);
    let text = match result {
        Err(LoadError::Network) if timed_out.get() => return Err(LoadError::Timeout),
        other => other?,
    };
    if text.trim().is_empty() {
        return Err(LoadError::Empty);
    }
    // A JSON file never starts with `<`: this is an HTML page where the data
    // should be, which deserves its own words rather than a syntax error.
    if text.trim_start().starts_with('<') {
        return Err(LoadError::WebPage);
    }
    let read = read_dataset(&text).map_err(LoadError::Invalid)?;
    Ok(Loaded::new(read, Some(Arc::from(text))))
}

/// The request `public/lang.js` made while the page was arriving (it names
/// the window property, its address, its answer and the way to stop it).
const EARLY_REQUEST: &str = "__iopData";

struct EarlyRequest {
    answer: js_sys::Promise,
    stop: web_sys::AbortController,
}

/// The data request the page made before the app started, if it asked for
/// `url`. By the time the wasm has arrived its answer has too, so the app
/// reads it in the task it starts in, instead of asking again and waiting a
/// few tasks (and a frame) for the browser's cache. Taken once: a retry, or a
/// release other than the one asked for, asks the server itself.
fn early_request(url: &str) -> Option<EarlyRequest> {
    use wasm_bindgen::{JsCast, JsValue};
    let window = web_sys::window()?;
    let key = JsValue::from_str(EARLY_REQUEST);
    let early = js_sys::Reflect::get(&window, &key)
        .ok()
        .filter(JsValue::is_object)?;
    let _ = js_sys::Reflect::delete_property(&window, &key);
    let field = |name: &str| js_sys::Reflect::get(&early, &JsValue::from_str(name)).ok();
    let stop = field("stop")?.dyn_into::<web_sys::AbortController>().ok()?;
    // Both name the file relative to the page, in the same words.
    if field("url")?.as_string().as_deref() != Some(url) {
        // Another file than the app reads: not worth the bytes.
        stop.abort();
        return None;
    }
    let answer = field("answer")?.dyn_into::<js_sys::Promise>().ok()?;
    Some(EarlyRequest { answer, stop })
}

/// The early request's answer, as a response the app checks like its own.
async fn taken_up(answer: js_sys::Promise) -> Result<gloo_net::http::Response, LoadError> {
    use wasm_bindgen::JsCast;
    wasm_bindgen_futures::JsFuture::from(answer)
        .await
        .ok()
        .and_then(|r| r.dyn_into::<web_sys::Response>().ok())
        .map(gloo_net::http::Response::from)
        .ok_or(LoadError::Network)
}

/// The app's own request, when the page made none for this file.
async fn request(
    url: &str,
    signal: &web_sys::AbortSignal,
) -> Result<gloo_net::http::Response, LoadError> {
    gloo_net::http::Request::get(url)
        .abort_signal(Some(signal))
        .send()
        .await
        .map_err(|_| LoadError::Network)
}

/// The body of an answer, if it is the data: a success, of a sane size.
async fn read_text(response: gloo_net::http::Response) -> Result<String, LoadError> {
    if !response.ok() {
        return Err(LoadError::Http(response.status()));
    }
    let declared = response
        .headers()
        .get("content-length")
        .and_then(|v| v.parse::<u64>().ok());
    if let Some(n) = declared.filter(|n| *n > MAX_BYTES) {
        return Err(LoadError::TooLarge(n));
    }
    let text = response.text().await.map_err(|_| LoadError::Network)?;
    match text.len() as u64 {
        n if n > MAX_BYTES => Err(LoadError::TooLarge(n)),
        _ => Ok(text),
    }
}
