//! Fetching the dataset: the app's only network call.

use crate::data::{parse_dataset, Dataset, Issue};
use std::sync::Arc;

#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    /// No answer at all (offline, blocked, aborted).
    Network,
    /// The server answered with an error status.
    Http(u16),
    /// The file arrived but breaks the format; every problem is kept for the message.
    Invalid(Vec<Issue>),
}

#[derive(Debug, Clone)]
pub enum LoadState {
    Loading,
    Ready(Arc<Dataset>),
    Failed(LoadError),
}

impl From<Result<Dataset, LoadError>> for LoadState {
    fn from(r: Result<Dataset, LoadError>) -> Self {
        match r {
            Ok(d) => LoadState::Ready(Arc::new(d)),
            Err(e) => LoadState::Failed(e),
        }
    }
}

pub async fn fetch_dataset(url: &str) -> Result<Dataset, LoadError> {
    let response = gloo_net::http::Request::get(url)
        .send()
        .await
        .map_err(|_| LoadError::Network)?;
    if !response.ok() {
        return Err(LoadError::Http(response.status()));
    }
    let text = response.text().await.map_err(|_| LoadError::Network)?;
    parse_dataset(&text).map_err(LoadError::Invalid)
}
