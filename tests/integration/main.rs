//! The integration tests: ONE test binary, so cargo links it once and its
//! tests share the machine's cores. Every test that runs the carepress
//! binary or opens a fixture does it through `support` ([`support::carepress`],
//! [`support::run`], [`support::command`], [`support::fixture`]); a missing
//! fixture folder fails its test instead of passing it by testing nothing.
//!
//! The tests run as threads of one process: none may change the working
//! folder or an environment variable (give the child process its `cwd` and
//! `env` instead), and a test that serves HTTP asks for a free port.
//!
//! Run one part with `cargo test --test integration build::`, one module
//! with `cargo test --test integration build::errors::`.

mod support;

mod build;
mod code_shape;
mod compliance;
mod import;
mod offline;
mod phi_heldout;
mod properties;
mod site_conformance;
mod social_images;
mod watch;
mod writers;
