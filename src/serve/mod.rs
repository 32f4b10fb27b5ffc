//! `carepress watch`: live preview (wired in below).

use crate::build::SiteOptions;
use crate::error::Result;

/// Runs the live preview until interrupted.
pub fn run(_opts: &SiteOptions, _bind: std::net::IpAddr, _port: u16, _open: bool) -> Result<i32> {
    Err(crate::error::Error::Usage("watch is not available yet".into()))
}
