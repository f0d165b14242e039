//! The few direct browser calls (document, location, history, focus), kept in one
//! place so components stay thin and testable.

use crate::chart::tooltip::{self, Point, Rect};
use wasm_bindgen::JsCast;

/// The browser's window; none when the components are rendered to HTML at
/// build time (on the host), where every call here does nothing.
fn window() -> Option<web_sys::Window> {
    if cfg!(target_arch = "wasm32") {
        web_sys::window()
    } else {
        None
    }
}

/// Runs `f` in the next animation frame, in the browser; at build time, never.
pub fn after_paint(f: impl FnOnce() + 'static) {
    if cfg!(target_arch = "wasm32") {
        leptos::prelude::request_animation_frame(f);
    }
}

/// Runs `f` in a task after the next frame has been drawn: for work that need
/// not hold that frame up. At build time, never.
pub fn after_next_frame(f: impl FnOnce() + 'static) {
    after_paint(move || leptos::prelude::set_timeout(f, std::time::Duration::ZERO));
}

/// Whether this is the browser (not the build rendering HTML on the host).
pub fn in_browser() -> bool {
    cfg!(target_arch = "wasm32")
}

fn document() -> Option<web_sys::Document> {
    window().and_then(|w| w.document())
}

thread_local! {
    /// The sound playing and its number: one at a time on a page.
    static SOUND: std::cell::RefCell<(u32, Option<web_sys::AudioContext>)> =
        const { std::cell::RefCell::new((0, None)) };
}

/// Starts a sound, stopping any other: a new audio context, made in the
/// reader's press (a browser lets a page start sound only from one), and its
/// number (never 0). None at build time, or where the browser has no Web
/// Audio or refuses it.
pub fn start_sound() -> Option<(u32, web_sys::AudioContext)> {
    window()?;
    stop_sound(None);
    let audio = web_sys::AudioContext::new().ok()?;
    SOUND.with_borrow_mut(|(n, now)| {
        *n += 1;
        *now = Some(audio.clone());
        Some((*n, audio))
    })
}

/// Stops the sound `number` (None: whichever plays) and lets the sound
/// device go; whether it was the one playing.
pub fn stop_sound(number: Option<u32>) -> bool {
    let stopped = SOUND.with_borrow_mut(|(n, now)| now.take_if(|_| number.is_none_or(|k| k == *n)));
    stopped.map(|audio| audio.close()).is_some()
}

/// `<html lang>` and the title follow the view, so screen readers pick the right
/// voice and the tab says where the reader is.
pub fn set_document(lang_code: &str, title: &str) {
    set_lang(lang_code);
    set_title(title);
}

/// `<html lang>` alone. A new value lays out all the text again (hyphenation
/// and line breaks follow the language), so the dashboard sets it once its
/// page in that language is in place, not while the old one is still there;
/// and the same value is not set again (Chromium styles the whole page again
/// even then: at start, where the page's script has set it, 900 elements).
pub fn set_lang(lang_code: &str) {
    if let Some(html) = document().and_then(|d| d.document_element()) {
        if html.get_attribute("lang").as_deref() != Some(lang_code) {
            let _ = html.set_attribute("lang", lang_code);
        }
    }
}

pub fn set_title(title: &str) {
    if let Some(document) = document() {
        document.set_title(title);
    }
}

/// The current query string, `?`-prefixed or empty.
pub fn current_query() -> String {
    window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// `navigator.languages`, most preferred first, read once: the page keeps the
/// languages the browser had when it opened (a reload follows a change), and
/// a view change, which asks which page it shows, does not ask the browser.
pub fn browser_languages() -> std::sync::Arc<[String]> {
    thread_local! {
        static LANGUAGES: std::cell::OnceCell<std::sync::Arc<[String]>> = const { std::cell::OnceCell::new() };
    }
    LANGUAGES.with(|once| {
        once.get_or_init(|| {
            window()
                .map(|w| {
                    w.navigator()
                        .languages()
                        .iter()
                        .filter_map(|v| v.as_string())
                        .collect()
                })
                .unwrap_or_default()
        })
        .clone()
    })
}

/// Puts a view's address in the location bar: as a new history entry, so back
/// and forward step between views, or in place of the current one.
pub fn set_query(query: &str, new_entry: bool) {
    let Some(w) = window() else { return };
    // An empty query must still replace the old one: point at the path itself.
    let url = if query.is_empty() {
        w.location().pathname().unwrap_or_else(|_| "?".into())
    } else {
        query.to_string()
    };
    if let Ok(history) = w.history() {
        let _ = if new_entry {
            history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        } else {
            history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        };
    }
}

/// Moves focus to an element once the pending render has happened; used after a
/// view change so keyboard and screen-reader users land on the new content.
pub fn focus_after_render(id: impl Into<String>) {
    let id = id.into();
    leptos::prelude::request_animation_frame(move || focus_id(&id));
}

/// The URL fragment without `#` (a source in the list of sources).
pub fn current_hash() -> String {
    window()
        .and_then(|w| w.location().hash().ok())
        .map(|h| h.trim_start_matches('#').to_string())
        .unwrap_or_default()
}

/// Puts a fragment on the current history entry, so a copied link lands there.
pub fn replace_hash(hash: &str) {
    let Some(w) = window() else { return };
    set_query(
        &format!("{}#{hash}", w.location().search().unwrap_or_default()),
        false,
    );
}

/// A click that should stay in the app: a plain left click. Ctrl/Cmd/Shift/middle
/// clicks keep the browser's own behaviour (new tab, new window).
pub fn is_plain_click(ev: &web_sys::MouseEvent) -> bool {
    ev.button() == 0 && !(ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key())
}

pub(crate) fn element(id: &str) -> Option<web_sys::HtmlElement> {
    document()
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
}

/// The chart mark an event happened in (or `None`): its number, read from the
/// id `{prefix}{n}` the chart gives each mark. A chart listens once, on its plot,
/// for all its marks' pointer and focus events, instead of five listeners a
/// mark: building and dropping them was a fifth of a language switch.
pub fn mark_of(target: Option<web_sys::EventTarget>, prefix: &str) -> Option<usize> {
    mark_around(target)?.id().strip_prefix(prefix)?.parse().ok()
}

/// The chart mark that holds an event's target (its tooltip is inside it).
fn mark_around(target: Option<web_sys::EventTarget>) -> Option<web_sys::Element> {
    target?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest(".mark")
        .ok()?
}

/// Moves focus now (for the roving tabindex of chart marks).
pub fn focus_id(id: &str) {
    if let Some(el) = element(id) {
        let _ = el.focus();
    }
}

/// Moves the tooltip of the mark `mark_id` into its chart's figure and the
/// page's width (`chart::tooltip` says where): only the page knows how long
/// its words are and where the figure ends (a phone's column near the right,
/// a big number's half-width card, a mark on a chart's last line). Inside its
/// figure, it is never cut by an embed's frame, nor drawn over the next chart.
/// `pointer`: where a pointer came onto the mark, from the mark's corner.
pub fn fit_tooltip(mark_id: &str, pointer: Option<Point>) {
    let Some(mark) = element(mark_id) else { return };
    if let Some(tip) = mark.query_selector(":scope > .tooltip").ok().flatten() {
        // A finger's tooltip lets the next tap through to the mark under it
        // (the stylesheet); a hovering pointer's can be moved onto and read.
        let _ = if pointer.is_some_and(|p| p.touch) {
            tip.set_attribute("data-touch", "")
        } else {
            tip.remove_attribute("data-touch")
        };
        fit_tooltip_of(&mark, tip.into(), pointer);
    }
}

/// `fit_tooltip` for a mark and its tooltip at hand.
fn fit_tooltip_of(mark: &web_sys::Element, tip: web_sys::Node, pointer: Option<Point>) {
    let Ok(tip) = tip.dyn_into::<web_sys::HtmlElement>() else {
        return;
    };
    let Some(figure) = mark.closest("figure").ok().flatten() else {
        return;
    };
    let style = tip.style();
    let _ = style.remove_property("translate");
    let _ = style.remove_property("max-width");
    let page_width = document()
        .and_then(|d| d.document_element())
        .map_or(f64::INFINITY, |e| f64::from(e.client_width()));
    let f = figure.get_bounding_client_rect();
    // Inside the figure's border, and the page.
    let room = Rect {
        left: f.left().max(0.0) + 2.0,
        top: f.top() + 2.0,
        right: f.right().min(page_width) - 2.0,
        bottom: f.bottom() - 2.0,
    };
    let mark = rect(&mark.get_bounding_client_rect());
    let mut at = rect(&tip.get_bounding_client_rect());
    if let Some(width) = tooltip::narrowed(at.right - at.left, mark, room, pointer) {
        let _ = style.set_property("max-width", &format!("{width:.0}px"));
        at = rect(&tip.get_bounding_client_rect());
    }
    let (dx, dy) = tooltip::offset(at, mark, room, pointer);
    if dx != 0.0 || dy != 0.0 {
        let _ = style.set_property("translate", &format!("{dx:.1}px {dy:.1}px"));
    }
}

fn rect(r: &web_sys::DomRect) -> Rect {
    Rect {
        left: r.left(),
        top: r.top(),
        right: r.right(),
        bottom: r.bottom(),
    }
}

/// Where a pointer event happened, from the corner of the mark it is in;
/// `touch`: the pointer touched the screen (a finger, or a pen that did not
/// hover first); `from`: the mark it came straight from (`mark_box`).
pub fn point_in_mark(ev: &web_sys::MouseEvent, touch: bool, from: Option<Rect>) -> Option<Point> {
    let r = mark_around(ev.target())?.get_bounding_client_rect();
    Some(Point {
        x: f64::from(ev.client_x()) - r.left(),
        y: f64::from(ev.client_y()) - r.top(),
        touch,
        from,
    })
}

/// The box of the mark that holds an event's target, taken as the pointer
/// leaves it: by the time the pointer is over the next mark, the tooltip it
/// left (a child of its mark) has gone from the page, and with it the way
/// back to its mark.
pub fn mark_box(target: Option<web_sys::EventTarget>) -> Option<Rect> {
    mark_around(target).map(|m| rect(&m.get_bounding_client_rect()))
}

/// Fits every open tooltip again when the window changes size (a phone
/// turned, an embed's frame or a window resized): each was placed for the old
/// width. One listener for the page, as long as the page.
pub fn refit_tooltips_on_resize() {
    if !in_browser() {
        return;
    }
    let _ = leptos::prelude::window_event_listener(leptos::ev::resize, |_| {
        let Some(open) = document().and_then(|d| d.query_selector_all(".mark > .tooltip").ok())
        else {
            return;
        };
        for i in 0..open.length() {
            let Some(tip) = open.item(i) else { continue };
            if let Some(mark) = tip.parent_element() {
                fit_tooltip_of(&mark, tip, None);
            }
        }
    });
}

/// Brings a view named by the URL (a chart) on screen without taking focus.
pub fn scroll_into_view(id: &str) {
    if let Some(el) = element(id) {
        el.scroll_into_view();
    }
}

/// The text of a file the reader chose or dropped, read in the page (nothing
/// is sent anywhere); None if it is not text.
pub async fn file_text(file: &web_sys::File) -> Option<String> {
    wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .ok()?
        .as_string()
}

/// The bytes of a file the reader chose or dropped (a workbook), read in the
/// page like its text; None if the browser cannot read it.
pub async fn file_bytes(file: &web_sys::File) -> Option<Vec<u8>> {
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The dashboard's directory URL (ending in `/`), for absolute embed snippets.
pub fn base_url() -> String {
    let Some(location) = window().map(|w| w.location()) else {
        return String::new();
    };
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    let dir = match path.rfind('/') {
        Some(i) => &path[..=i],
        None => "/",
    };
    format!("{origin}{dir}")
}

/// Copies text to the clipboard; false when the browser refuses. Selecting the
/// textarea that shows the text (`area_id`) and copying it works at once inside the
/// click; the asynchronous Clipboard API, which needs focus and a permission that
/// frames do not always have (and may never answer), is the fallback.
pub async fn copy_text(text: &str, area_id: &str) -> bool {
    let area = document()
        .and_then(|d| d.get_element_by_id(area_id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok());
    if let Some(area) = area.filter(|a| a.value() == text) {
        area.select();
        let copied = document()
            .and_then(|d| d.dyn_into::<web_sys::HtmlDocument>().ok())
            .and_then(|d| d.exec_command("copy").ok())
            .unwrap_or(false);
        if copied {
            return true;
        }
    }
    let Some(w) = window() else { return false };
    let promise = w.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// Points the footer's data link at `url`: the footer is drawn once per page,
/// with the file's first answer, and a retry may find that file not there.
pub fn offer_data(url: &str) {
    let link = document().and_then(|d| {
        d.query_selector("footer a[type=\"application/json\"]")
            .ok()
            .flatten()
    });
    if let Some(link) = link {
        let _ = link.set_attribute("href", url);
    }
}

/// The last resort when the app panics: a plain message with a reload link, built
/// with DOM calls only (after a panic the app's own handlers no longer run), in
/// the language the page was showing.
pub fn show_crash_message() {
    use crate::i18n::{strings, Lang};
    remove_first_view();
    let Some(document) = document() else { return };
    let lang = document
        .document_element()
        .and_then(|h| h.get_attribute("lang"))
        .and_then(|code| Lang::from_code(&code))
        .unwrap_or_default();
    let s = strings(lang);
    let build = || -> Option<web_sys::Element> {
        let alert = document.create_element("div").ok()?;
        alert.set_class_name("load-error crash");
        alert.set_attribute("role", "alert").ok()?;
        let title = document.create_element("h1").ok()?;
        title.set_text_content(Some(s.crash_title));
        let body = document.create_element("p").ok()?;
        body.set_text_content(Some(s.crash_body));
        let reload = document.create_element("a").ok()?;
        reload.set_class_name("button");
        reload.set_attribute("href", "").ok()?;
        reload.set_text_content(Some(s.reload));
        let data = document.create_element("a").ok()?;
        data.set_attribute("href", crate::data::DATASET_URL).ok()?;
        data.set_text_content(Some(s.download_data));
        for child in [&title, &body, &reload] {
            alert.append_child(child).ok()?;
        }
        alert.append_child(&document.create_text_node(" ")).ok()?;
        alert.append_child(&data).ok()?;
        Some(alert)
    };
    if let (Some(alert), Some(body)) = (build(), document.body()) {
        let _ = body.prepend_with_node_1(&alert);
    }
}

/// Shows the crash message on any panic, after logging it for developers.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        show_crash_message();
    }));
}

/// Has the loader partners paste (`embed.js`) size the embed panel's preview
/// as it sizes a frame on their pages, to the height the embed reports, so
/// the preview shows the whole widget at the height it will have there rather
/// than a fixed box with the rest scrolled away. Run again for each new
/// preview: the loader, loaded again, finds the frames added since.
pub fn size_embed_previews() {
    const ID: &str = "iop-embed-loader";
    let Some(document) = document() else { return };
    if let Some(old) = document.get_element_by_id(ID) {
        old.remove();
    }
    let (Ok(script), Some(body)) = (document.create_element("script"), document.body()) else {
        return;
    };
    script.set_id(ID);
    if script.set_attribute("src", "embed.js").is_ok() {
        let _ = body.append_child(&script);
    }
}

/// A link that saves `href` (a `blob:` or `data:` URL) as `name`: the one
/// way to name a downloaded file that every browser honours.
fn save_link(href: &str, name: &str) -> Option<web_sys::HtmlAnchorElement> {
    let link = document()?
        .create_element("a")
        .ok()?
        .dyn_into::<web_sys::HtmlAnchorElement>()
        .ok()?;
    link.set_href(href);
    link.set_download(name);
    Some(link)
}

/// Saves `href` as `name` through a temporary link.
fn save_url(href: &str, name: &str) -> bool {
    let (Some(link), Some(body)) = (save_link(href, name), document().and_then(|d| d.body()))
    else {
        return false;
    };
    link.set_class_name("download-link");
    if body.append_child(&link).is_err() {
        return false;
    }
    link.click();
    link.remove();
    true
}

/// A `blob:` URL holding text built in the browser, of the given media type.
pub fn text_url(mime: &str, text: &str) -> Option<String> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    web_sys::Url::create_object_url_with_blob(&blob).ok()
}

/// Lets go of a `blob:` URL once nothing will save from it any more: in a
/// minute, as revoking it at once can cancel a download in some browsers.
/// Anything else is left alone.
fn forget_later(url: String) {
    if url.starts_with("blob:") {
        leptos::prelude::set_timeout(
            move || {
                let _ = web_sys::Url::revoke_object_url(&url);
            },
            std::time::Duration::from_secs(60),
        );
    }
}

/// Saves `href` (a `blob:` or `data:` URL) as `name`, and lets a blob go once
/// the download has it.
pub fn save_file(href: String, name: &str) -> bool {
    let saved = save_url(&href, name);
    forget_later(href);
    saved
}

/// Downloads text built in the browser as a file of the given media type.
pub fn download_text(name: &str, mime: &str, text: &str) -> bool {
    text_url(mime, text).is_some_and(|url| save_file(url, name))
}

/// Takes back the file offered in the element `id` (`offer_file`), letting
/// its address go; the element, empty, or None if the page has none.
pub fn withdraw_file(id: &str) -> Option<web_sys::HtmlElement> {
    let place = element(id)?;
    if let Some(href) = place
        .first_element_child()
        .and_then(|old| old.get_attribute("href"))
    {
        forget_later(href);
    }
    place.set_text_content(None);
    Some(place)
}

/// Offers `href` in the element `id` as a link, `text`, that saves it as
/// `name`, in place of the file offered before, and gives it the focus: the
/// reader's press on it saves the file where the page could not.
pub fn offer_file(id: &str, href: &str, name: &str, text: &str) {
    let (Some(place), Some(link)) = (withdraw_file(id), save_link(href, name)) else {
        return;
    };
    link.set_text_content(Some(text));
    if place.append_child(&link).is_ok() {
        let _ = link.focus();
    }
}

/// Whether the press that asked for a file still lets the page save one by
/// itself: Safari drops a download a page starts once the press's transient
/// activation has run out (a few seconds; a slow line loading the tools can
/// take longer), where the page could not tell it had. True where the browser
/// does not say (no `navigator.userActivation`: Safari before 16.4): the page
/// cannot tell there, and saves as it always did.
pub fn press_still_counts() -> bool {
    use wasm_bindgen::JsValue;
    let Some(window) = window() else {
        return false;
    };
    let activation =
        js_sys::Reflect::get(&window.navigator(), &JsValue::from_str("userActivation"))
            .unwrap_or(JsValue::UNDEFINED);
    if activation.is_undefined() {
        return true;
    }
    js_sys::Reflect::get(&activation, &JsValue::from_str("isActive"))
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(true)
}

/// Today's date in the reader's time zone, ISO `YYYY-MM-DD`, for "retrieved on".
pub fn today_iso() -> String {
    if !in_browser() {
        return String::new();
    }
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}

/// A performance mark (`iop:first-chart`, `iop:all-charts`) for the benchmark
/// (`scripts/bench`); only the first of each name counts, so repeats are skipped.
pub fn mark_once(name: &str) {
    let Some(performance) = window().and_then(|w| w.performance()) else {
        return;
    };
    if performance.get_entries_by_name(name).length() == 0 {
        let _ = performance.mark(name);
    }
}

/// Removes the static first view that the build wrote into the page (see
/// `src/bin/site.rs`), if any; until then, CSS keeps the app's own nodes
/// hidden. For a page without one (the check page) and for the crash message.
pub fn remove_first_view() {
    let Some(document) = document() else { return };
    if let Some(first) = document.get_element_by_id("first-view") {
        first.remove();
    }
    show_app(&document);
}

/// The app's page takes the first view's place, in one frame and without a
/// layout shift, and what a reader did there goes with it (`Carried`).
pub fn take_over_first_view() {
    let Some(document) = document() else { return };
    if let Some(first) = document.get_element_by_id("first-view") {
        let carried = Carried::from(&document, &first);
        first.remove();
        carried.restore_before_paint(document.clone());
    }
    show_app(&document);
}

/// The data did not reach the dashboard (`LoadState::unreached`): the build's
/// first view, drawn from the same file, stays, as when the wasm does not
/// arrive (the boot script swaps the same class): the page without scripts,
/// every chart with its table and no control that needs the app, saying the
/// interactive charts could not be loaded. Whether there was one to keep.
pub fn keep_first_view() -> bool {
    let Some(html) = first_view_page() else {
        return false;
    };
    let _ = html.class_list().replace("js", "app-failed");
    true
}

/// The same for an embed: its widget stays as the build drew it, without the
/// controls that need the app, where the frame script shows one
/// (`data-first`: not a table view, not a release).
pub fn keep_first_widget() -> bool {
    first_view_page().is_some_and(|html| html.has_attribute("data-first")) && keep_first_view()
}

/// The document's root, where the build's first view is still in it.
fn first_view_page() -> Option<web_sys::Element> {
    let document = document()?;
    document.get_element_by_id("first-view")?;
    document.document_element()
}

fn show_app(document: &web_sys::Document) {
    if let Some(html) = document.document_element() {
        let _ = html.class_list().add_1("app-shown");
    }
}

/// How many of the first view's charts the reader has come to: those whose
/// top is above the window's bottom edge, and the one with the focus. The
/// overview builds at least these with its page (the others one per task),
/// so none of them goes for a moment when the app takes over, and the focus
/// has its place to come back to. None without a first view.
pub fn first_view_charts_reached() -> usize {
    let Some(document) = document() else { return 0 };
    // Every later page (a language switch) has none: nothing more to ask.
    let Some(charts) = document
        .query_selector_all("#first-view .charts > figure.chart")
        .ok()
        .filter(|c| c.length() > 0)
    else {
        return 0;
    };
    let Some(w) = window() else { return 0 };
    let bottom = w
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    let focused = document.active_element();
    let mut reached = 0;
    for i in 0..charts.length() {
        let Some(chart) = charts
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        if chart.get_bounding_client_rect().top() < bottom
            || chart.contains(focused.as_ref().map(|f| f.as_ref()))
        {
            reached = i as usize + 1;
        }
    }
    reached
}

/// What a reader did in the build's first view before the app took over: the
/// focus (a keyboard user who had tabbed to a chart's mark or a link) and the
/// disclosures opened (an embed's notes). On a slow line the first view is
/// the page for seconds; without this, the focus fell back to the top of the
/// page and the notes closed as the app's copy replaced them.
struct Carried {
    focus: Option<Place>,
    open: Vec<Place>,
}

/// An element of the first view as the app's page has it too: the app draws
/// the same markup (one source), so it is found again by its nearest
/// enclosing id and the positions of the elements between.
struct Place {
    id: String,
    /// Child positions from the element with `id` down, innermost first.
    path: Vec<u32>,
    /// Its tag and words, checked before it counts as found.
    tag: String,
    text: Option<String>,
}

impl Carried {
    fn from(document: &web_sys::Document, first: &web_sys::Element) -> Carried {
        let focus = document
            .active_element()
            .filter(|a| first.contains(Some(a)))
            .and_then(|a| Place::of(&a, first));
        let mut open = Vec::new();
        if let Ok(list) = first.query_selector_all("details[open]") {
            for i in 0..list.length() {
                let place = list
                    .item(i)
                    .and_then(|n| n.dyn_into::<web_sys::Element>().ok());
                open.extend(place.and_then(|d| Place::of(&d, first)));
            }
        }
        Carried { focus, open }
    }

    /// In the next animation frame, before it is painted: by then the app's
    /// page is in the document, and the reader never sees the focus or a
    /// panel go.
    fn restore_before_paint(self, document: web_sys::Document) {
        if self.focus.is_none() && self.open.is_empty() {
            return;
        }
        after_paint(move || {
            for place in &self.open {
                if let Some(details) = place.found(&document) {
                    let _ = details.set_attribute("open", "");
                }
            }
            let focus = self.focus.and_then(|place| {
                // Where it is not there as it was, its nearest id keeps the
                // reader in the same chart or section.
                place.found(&document).or_else(|| place.home(&document))
            });
            if let Some(el) = focus.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
                let _ = el.focus();
            }
        });
    }
}

impl Place {
    fn of(el: &web_sys::Element, first: &web_sys::Element) -> Option<Place> {
        let mut path = Vec::new();
        let mut at = el.clone();
        while at.id().is_empty() {
            let mut position = 0;
            let mut before = at.previous_element_sibling();
            while let Some(b) = before {
                position += 1;
                before = b.previous_element_sibling();
            }
            path.push(position);
            at = at.parent_element().filter(|p| p != first)?;
        }
        Some(Place {
            id: at.id(),
            path,
            tag: el.tag_name(),
            text: el.text_content(),
        })
    }

    /// The element with its id in the app's page. The embed's first view
    /// holds every widget in both languages, so it writes its ids with the
    /// widget and language after `--`.
    fn home(&self, document: &web_sys::Document) -> Option<web_sys::Element> {
        document.get_element_by_id(&self.id).or_else(|| {
            let (id, _) = self.id.rsplit_once("--")?;
            document.get_element_by_id(id)
        })
    }

    fn found(&self, document: &web_sys::Document) -> Option<web_sys::Element> {
        let mut at = self.home(document)?;
        for &position in self.path.iter().rev() {
            let mut child = at.first_element_child();
            for _ in 0..position {
                child = child?.next_element_sibling();
            }
            at = child?;
        }
        (at.tag_name() == self.tag && at.text_content() == self.text).then_some(at)
    }
}
