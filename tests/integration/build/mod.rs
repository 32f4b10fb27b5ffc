//! Integration tests of `carepress build` and its companions (`init`, `new`,
//! `schedule`): each test copies a fixture site from `tests/fixtures/` into a
//! temporary folder, runs the real binary with a fixed `--now`, and reads the
//! output with real parsers. Alerts (alerts), a first week with a new site
//! (first_week) and `init --ci` (init_ci) live here too.

mod alerts;
mod atomic;
mod cli;
mod errors;
mod first_week;
mod init_ci;
mod outputs;
mod page_body;
mod safety;
mod site_wide;
mod snapshots;
mod template_errors;
mod transcripts;
mod visibility;
