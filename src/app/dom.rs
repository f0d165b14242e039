//! The few direct document calls, kept in one place.

use crate::i18n::{strings, Lang};

/// `<html lang>` and the title follow the language so that screen readers pick
/// the right voice and the tab says what the page is.
pub fn set_document_lang(lang: Lang) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(html) = document.document_element() {
        let _ = html.set_attribute("lang", lang.code());
    }
    document.set_title(strings(lang).site_title);
}
