//! Integration tests of `carepress build` and its companions (`init`, `new`,
//! `schedule`): each test copies a fixture site from `tests/fixtures/` into a
//! temporary folder, runs the real binary with a fixed `--now`, and reads the
//! output with real parsers.

mod support;

mod atomic;
mod cli;
mod errors;
mod outputs;
mod safety;
mod visibility;
