//! The `carepress` command: parses arguments, calls the library, maps
//! errors to exit codes (0 ok, 1 content or check errors, 2 bad usage).

mod cli;

// Rendering allocates many small strings and maps; mimalloc makes the
// allocator a small part of a build instead of a third of it. It is built
// with `no_thp` (Cargo.toml): otherwise it advises the kernel to back its
// arenas with 2 MiB transparent huge pages, and every page it purges and
// reuses is zeroed again 2 MiB at a time: `check` on 10,000 pages spent
// about a third of its time in the kernel's `clear_page`.
// Its plain entry points are called where the alignment asked for is one
// malloc gives anyway (as Rust's own `System` allocator does): the
// `mimalloc` crate always takes the aligned path, a few dozen instructions
// more for each of the millions of small strings and maps a build makes.
#[global_allocator]
static GLOBAL: Allocator = Allocator;

struct Allocator;

/// The alignment malloc guarantees for any block at least this big.
const MIN_ALIGN: usize = if cfg!(target_pointer_width = "64") { 16 } else { 8 };

fn plain(align: usize, size: usize) -> bool {
    align <= MIN_ALIGN && align <= size
}

// SAFETY: each call forwards to mimalloc, whose plain functions return
// blocks aligned to MIN_ALIGN or to the size when smaller (so to `align`
// when `plain` holds), and whose aligned ones honour any alignment; every
// block is freed by `mi_free` whichever function made it.
unsafe impl std::alloc::GlobalAlloc for Allocator {
    unsafe fn alloc(&self, layout: std::alloc::Layout) -> *mut u8 {
        if plain(layout.align(), layout.size()) {
            unsafe { libmimalloc_sys::mi_malloc(layout.size()).cast() }
        } else {
            unsafe { mimalloc::MiMalloc.alloc(layout) }
        }
    }

    unsafe fn alloc_zeroed(&self, layout: std::alloc::Layout) -> *mut u8 {
        if plain(layout.align(), layout.size()) {
            unsafe { libmimalloc_sys::mi_zalloc(layout.size()).cast() }
        } else {
            unsafe { mimalloc::MiMalloc.alloc_zeroed(layout) }
        }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: std::alloc::Layout) {
        unsafe { mimalloc::MiMalloc.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: std::alloc::Layout, new_size: usize) -> *mut u8 {
        if plain(layout.align(), new_size) {
            unsafe { libmimalloc_sys::mi_realloc(ptr.cast(), new_size).cast() }
        } else {
            unsafe { mimalloc::MiMalloc.realloc(ptr, layout, new_size) }
        }
    }
}

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
