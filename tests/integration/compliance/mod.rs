//! Integration tests of the compliance commands on the real binary:
//! `carepress check` and the build's PHI gate (check), the compliance
//! report (report), the `social/*` rules (social_rules) and the guard on
//! published data files (data_files).

mod check;
mod data_files;
mod report;
mod social_rules;
