//! carepress: a static site generator for medical practices.
//!
//! The pipeline runs one way: [`config`] -> [`content`] -> [`markdown`] ->
//! [`site`] (sections, tags, pagination) -> [`render`] (templates, feeds,
//! metadata) -> [`output`] (atomic). [`social`] drafts the posts and
//! [`compliance`] holds the rules, both over the site model. [`build`]
//! orchestrates the pipeline; the commands reuse its stages: [`check`] runs
//! every compliance rule, [`report`] writes the privacy officer's report,
//! [`import`] brings other generators' sites over, [`ci`] writes deploy
//! workflows, and [`watch`] keeps the site in memory, serves it, rebuilds
//! it on every edit and shows each page's share preview. No module uses one
//! above it (tests/integration/code_shape.rs holds the layers).

// A `Diagnostic` carries its data (file, position, message, hint, and the
// boxed flagged text for `check --reveal`): 128 bytes, on cold error paths
// only. Boxing every `Result<_, Diagnostic>` would cost more than it saves.
#![allow(clippy::result_large_err)]

pub mod build;
pub mod check;
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
pub mod markdown;
pub mod output;
pub mod render;
pub mod report;
pub mod scaffold;
pub mod schedule;
pub mod serde_diag;
pub mod site;
pub mod social;
pub mod textfile;
pub mod timings;
pub mod view;
pub mod watch;

pub use error::{Diagnostic, Error, Result, Severity};
