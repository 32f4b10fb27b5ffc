//! Helpers shared by integration tests: run the real binary and keep what
//! it printed. Each test file that needs them says `mod common;`.

use std::path::Path;
use std::process::Command;

/// One run of `carepress`: its exit code and output.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// Runs the built `carepress` with `args` in `cwd`, colours off.
pub fn carepress(args: &[&str], cwd: &Path) -> Run {
    let out =
        Command::new(env!("CARGO_BIN_EXE_carepress")).args(args).current_dir(cwd).env("NO_COLOR", "1").output().expect("run carepress");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into(),
        stderr: String::from_utf8_lossy(&out.stderr).into(),
    }
}
