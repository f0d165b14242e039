//! Leptos components: thin renderers of the data and i18n layers. Calls into the
//! browser (fetch, the document element) stay in `load` and `dom`, so everything
//! else can be mounted into a test container with data handed to it.

mod dom;
mod key_figures;
mod layout;
mod load;
mod partnership;
mod sources;
mod status;

pub use key_figures::{KeyFigure, KeyFigures};
pub use layout::{Footer, Header, SkipLink};
pub use load::{fetch_dataset, LoadError, LoadState};
pub use partnership::{Parties, PartnershipSummary};
pub use sources::Citation;
pub use status::{LoadFailed, Loading};

use crate::data::{Dataset, DATASET_URL};
use crate::i18n::Lang;
use leptos::prelude::*;
use std::sync::Arc;

/// Mounts the dashboard into the page.
pub fn start() {
    leptos::mount::mount_to_body(|| view! { <App /> });
}

/// `data_url` is relative to the page, so the app works under any sub-path; tests
/// point it elsewhere to see the error path.
#[component]
pub fn App(#[prop(default = DATASET_URL)] data_url: &'static str) -> impl IntoView {
    let lang = Lang::default();
    dom::set_document_lang(lang);

    let state = RwSignal::new(LoadState::Loading);
    let load = Callback::new(move |()| {
        state.set(LoadState::Loading);
        leptos::task::spawn_local(async move {
            state.set(LoadState::from(fetch_dataset(data_url).await));
        });
    });
    load.run(());

    view! {
        <SkipLink lang />
        <Header lang />
        <main id="main" tabindex="-1">
            {move || match state.get() {
                LoadState::Loading => view! { <Loading lang /> }.into_any(),
                LoadState::Failed(error) => view! { <LoadFailed lang error on_retry=load /> }.into_any(),
                LoadState::Ready(dataset) => view! { <Overview dataset lang /> }.into_any(),
            }}
        </main>
        <Footer lang />
    }
}

/// The first page: who, when, and the headline results.
#[component]
pub fn Overview(dataset: Arc<Dataset>, lang: Lang) -> impl IntoView {
    view! {
        <PartnershipSummary dataset=dataset.clone() lang />
        <KeyFigures dataset=dataset.clone() lang />
        <Parties dataset lang />
    }
}
