//! A value the whole page shares (the view state, the loaded data) that each
//! rendering of the page's content reads through a signal of its own.
//!
//! Why: Leptos' reactive graph (reactive_graph 0.2) keeps a dropped effect or
//! memo in the subscriber list of every signal it read, until that signal is
//! itself dropped. The dashboard renders its content again on every change of
//! language or section, and each rendering holds hundreds of effects (every
//! link's address, every mark's state); were they to read the page-long signal
//! itself, each change would leave them behind, and a long session would grow
//! by some 10 KB per change (found by `tests/e2e/session.spec.mjs`; counted
//! by `tests/session_memory.rs`: 770 KB over its 500 interactions). A
//! rendering's own signal goes with the rendering, subscribers and all; the
//! page-long one is read only by page-long code, whose effects subscribe again
//! as the same subscriber.

use leptos::prelude::*;

#[derive(Debug)]
pub struct Relay<T: Send + Sync + 'static> {
    page: RwSignal<T>,
    rendering: StoredValue<Option<RwSignal<T>>>,
}

impl<T: Send + Sync + 'static> Clone for Relay<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for Relay<T> {}

impl<T: Clone + Send + Sync + 'static> Relay<T> {
    pub fn new(value: T) -> Self {
        Relay {
            page: RwSignal::new(value),
            rendering: StoredValue::new(None),
        }
    }

    /// The page-long signal, for code that lives as long as the page.
    pub fn page(&self) -> RwSignal<T> {
        self.page
    }

    /// A signal for a new rendering of the content, which from now on follows
    /// every change (the previous rendering's no longer does: it is going).
    pub fn rendering(&self) -> RwSignal<T> {
        let own = RwSignal::new(self.page.get_untracked());
        self.rendering.set_value(Some(own));
        own
    }

    /// Changes the value for the page alone, when the change replaces the
    /// current rendering: it keeps the value it was built with and goes as it
    /// is, instead of updating every effect it holds just before it goes.
    pub fn replace(&self, value: T) {
        self.page.set(value);
    }

    /// Changes the value for the page and for the current rendering.
    pub fn set(&self, value: T) {
        if let Some(own) = self.rendering.get_value() {
            // Gone once its rendering is: then only the page's changes.
            let _ = own.try_set(value.clone());
        }
        self.page.set(value);
    }
}
