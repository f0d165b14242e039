//! "Listen", beside the chart/table switch of a chart with a time series:
//! plays it as tones (`chart::sound`), so a reader who cannot see the columns
//! hears the series' shape (a peak, a fall, a year missing) in two seconds,
//! which a table read row by row does not give. The tools' wasm plays it, so
//! the dashboard's start does not carry that code; the page makes the audio
//! context in the press itself, as browsers ask, and stops it on a second
//! press, when another chart's starts, or when the page is rebuilt (another
//! language, another section).

use super::dom;
use super::nav::Nav;
use super::tools::{self, FileText};
use crate::i18n::{strings, Lang};
use leptos::prelude::*;

#[component]
pub fn Listen(id: String, lang: Lang, nav: Nav) -> impl IntoView {
    let s = strings(lang);
    let text = use_context::<FileText>();
    // This button's sound's number: it plays while the page's is this one
    // (another chart's started stops it).
    let mine = RwSignal::new(0u32);
    let playing = move || mine.get() != 0 && nav.sound.get() == mine.get();
    let failed = RwSignal::new(false);
    // A page rebuilt (another language, another section) is silent.
    on_cleanup(|| {
        dom::stop_sound(None);
    });
    let hint_id = format!("listen-{id}");
    let fail = move || {
        failed.set(true);
        nav.announcement.set(s.listen_failed.to_string());
    };
    let on_click = move |_| {
        if untrack(playing) {
            dom::stop_sound(Some(mine.get_untracked()));
            nav.sound.set(0);
            return;
        }
        failed.set(false);
        let (Some((n, audio)), Some(text)) = (dom::start_sound(), text.clone()) else {
            return fail();
        };
        mine.set(n);
        nav.sound.set(n);
        let id = id.clone();
        leptos::task::spawn_local(async move {
            let played = tools::play_chart(&audio, &text, &id, lang).await;
            // Still this sound (not stopped, nor another started)?
            if !dom::stop_sound(Some(n)) {
                return;
            }
            nav.sound.set(0);
            if played {
                nav.announcement.set(s.listen_done.to_string());
            } else {
                fail();
            }
        });
    };
    // The button's symbol (a triangle, a square when playing) is the style
    // sheet's, drawn from `data-playing`: nothing a screen reader reads.
    view! {
        <span class="listen">
            <button type="button" class="listen-button" data-playing=move || playing().then_some("") aria-describedby=hint_id.clone() on:click=on_click>
                {move || if playing() { s.listen_stop } else { s.listen }}
            </button>
            <span id=hint_id class="visually-hidden">{s.listen_hint}</span>
            <span class="listen-failed" hidden=move || !failed.get()>{s.listen_failed}</span>
        </span>
    }
}
