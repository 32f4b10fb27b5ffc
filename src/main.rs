//! The `carepress` command: parses arguments, calls the library, maps
//! errors to exit codes (0 ok, 1 content or check errors, 2 bad usage).

mod cli;

// Rendering allocates many small strings and maps; mimalloc makes the
// allocator a small part of a build instead of a third of it. It is built
// with `no_thp` (Cargo.toml): otherwise it advises the kernel to back its
// arenas with 2 MiB transparent huge pages, and every page it purges and
// reuses is zeroed again 2 MiB at a time: `check` on 10,000 pages spent
// about a third of its time in the kernel's `clear_page`.
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
