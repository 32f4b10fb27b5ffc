//! The `carepress` command: parses arguments, calls the library, maps
//! errors to exit codes (0 ok, 1 content or check errors, 2 bad usage).

mod cli;

// Rendering allocates many small strings and maps; mimalloc makes the
// allocator a small part of a build instead of a third of it.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use clap::Parser;

fn main() {
    let args = cli::Cli::parse();
    let code = match cli::run(args) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("{e}");
            e.exit_code()
        }
    };
    std::process::exit(code);
}
