//! Integration tests of the compliance commands on the real binary:
//! `carepress check` and the build's PHI gate (check), the compliance
//! report (report) and the `social/*` rules (social_rules).

mod check;
mod report;
mod social_rules;
