//! The views of a dataset in the reader's language: a view's takeaway sentence
//! resolved from its template, and the things a view's panels refer to. Nothing
//! here names a view or a figure of any particular file.

pub mod takeaway;

pub use takeaway::takeaway;
