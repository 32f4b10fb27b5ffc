//! CLI transcripts: every `tests/cmd/*.md` file is a terminal session
//! (`$ carepress …`, the exit status after `? ` when it is not 0, then
//! stdout and stderr as printed) that trycmd replays against the real binary
//! and compares line by line. A session with a `NAME.out/` folder (even one
//! holding only `.keep`) runs in a temporary copy of `NAME.in/`, and every
//! file under `NAME.out/` must match what the session left there; the
//! `NAME.toml` cases run one command in a fixture under tests/fixtures/
//! (`fs.cwd`) and keep its output in `NAME.stdout` / `NAME.stderr` (an empty
//! file: nothing may be printed there). In an expected line `[..]` stands for
//! any text and `[CWD]`/`[ROOT]` for the folder the session ran in; a line
//! `...` stands for any number of lines.
//!
//! After a deliberate change of a message: `TRYCMD=overwrite cargo test
//! --test integration transcripts`, then read the diff of tests/cmd/ before
//! committing it (the transcripts are the reviewed documentation of our
//! output and error messages); overwriting keeps `[..]` and `...` only where
//! it can, so put back any it wrote out in full.

#[test]
fn cli_transcripts() {
    // trycmd passes on a pattern that matches nothing: the cases must be there.
    crate::support::files_with("tests/cmd", "md");
    crate::support::files_with("tests/cmd", "toml");
    trycmd::TestCases::new()
        .register_bin("carepress", crate::support::bin())
        .env("NO_COLOR", "1")
        .case("tests/cmd/*.md")
        .case("tests/cmd/*.toml");
}
