//! Where outputs go: a staging folder swapped in atomically on success
//! ([`DiskSink`]), or memory (for `watch`). Every stage yields files into a
//! [`Sink`]; [`folder`] decides which folders may be an output at all and
//! [`paths`] which relative paths may be written.

mod disk;
pub mod folder;
pub mod paths;

pub use disk::DiskSink;
pub use folder::{MARKER, OutputDir};

use crate::error::Result;
use std::collections::HashMap;
use std::sync::Mutex;

/// Receives output files by their site-relative path ("tips/flu/index.html").
pub trait Sink: Sync {
    /// Writes one output file.
    fn write(&self, rel: &str, bytes: &[u8]) -> Result<()>;

    /// Whether generated images (social cards, icons) must be drawn. A sink
    /// that only looks at paths and HTML (`check`) says no: it gets each
    /// image's path with no bytes, and nothing is drawn or cached.
    fn draws_images(&self) -> bool {
        true
    }

    /// Writes the file at `src` as `rel` (a cached image): on disk a copy
    /// made by the kernel, elsewhere read and written.
    fn copy_from(&self, rel: &str, src: &std::path::Path) -> Result<()> {
        let bytes = std::fs::read(src).map_err(|e| crate::error::Error::io(src, e))?;
        self.write(rel, &bytes)
    }

    /// [`Sink::copy_from`] for a file whose name says what it holds (a
    /// social card, `cards/<hash>.png`) and which is `len` bytes long: a
    /// sink replacing an earlier output may keep that output's file of the
    /// same name and size instead.
    fn copy_content_named(&self, rel: &str, src: &std::path::Path, _len: u64) -> Result<()> {
        self.copy_from(rel, src)
    }
}

/// Keeps outputs in memory, keyed by site-relative path.
#[derive(Default)]
pub struct MemorySink {
    files: Mutex<HashMap<String, Vec<u8>>>,
}

impl MemorySink {
    /// Takes the collected files.
    pub fn into_files(self) -> HashMap<String, Vec<u8>> {
        self.files.into_inner().unwrap_or_else(|p| p.into_inner())
    }
}

impl Sink for MemorySink {
    fn write(&self, rel: &str, bytes: &[u8]) -> Result<()> {
        // The same path rules as on disk, so `watch` refuses what `build` refuses.
        paths::check_rel(rel).map_err(|e| crate::error::Error::Output(format!("internal error: output path `{rel}`: {e}")))?;
        self.files.lock().unwrap_or_else(|p| p.into_inner()).insert(rel.to_string(), bytes.to_vec());
        Ok(())
    }
}
