//! Embeds the `starter/` site (what `carepress init` writes) into the binary.

use std::fmt::Write;
use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=starter");
    let root = Path::new("starter");
    let mut files = Vec::new();
    collect(root, root, &mut files);
    files.sort();
    let mut out = String::from("/// Files of the starter site: (relative path, bytes).\npub const STARTER: &[(&str, &[u8])] = &[\n");
    for f in &files {
        let abs = std::fs::canonicalize(root.join(f)).expect("starter file");
        writeln!(out, "    ({:?}, include_bytes!({:?})),", f, abs.display().to_string()).unwrap();
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("starter_files.rs");
    std::fs::write(dest, out).expect("write starter_files.rs");
}

fn collect(root: &Path, dir: &Path, out: &mut Vec<String>) {
    let Ok(rd) = std::fs::read_dir(dir) else { return };
    for e in rd.flatten() {
        let p = e.path();
        println!("cargo:rerun-if-changed={}", p.display());
        if p.is_dir() {
            collect(root, &p, out);
        } else {
            out.push(p.strip_prefix(root).expect("under root").to_string_lossy().replace('\\', "/"));
        }
    }
}
