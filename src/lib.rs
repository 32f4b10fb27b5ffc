//! carepress: a static site generator for medical practices.
//!
//! The pipeline runs one way: [`config`] -> [`content`] -> [`markdown`] ->
//! [`site`] (sections, tags, pagination) -> [`render`] (templates, feeds,
//! metadata) -> [`output`] (atomic). [`build`] orchestrates it; `check`
//! ([`compliance`]) and `watch` ([`serve`]) reuse the same stages.

// A `Diagnostic` carries its data (file, position, message, hint, and the
// boxed flagged text for `check --reveal`): 128 bytes, on cold error paths
// only. Boxing every `Result<_, Diagnostic>` would cost more than it saves.
#![allow(clippy::result_large_err)]

pub mod build;
pub mod ci;
pub mod color;
pub mod compliance;
pub mod config;
pub mod content;
pub mod dates;
pub mod error;
pub mod escape;
pub mod graphics;
pub mod images;
pub mod import;
pub mod live;
pub mod markdown;
pub mod output;
pub mod render;
pub mod report;
pub mod scaffold;
pub mod schedule;
pub mod serde_diag;
pub mod serve;
pub mod site;
pub mod social;
pub mod textfile;
pub mod timings;
pub mod view;

pub use error::{Diagnostic, Error, Result, Severity};
