//! Writes what the PHI rules' name resolver learnt about every page of a
//! list of sites, one JSON object per line, for the page model's fitting
//! script (`bench/page-model/stack_model.py`). It lives in `build`, which
//! may load sites (`compliance` may not). Not a test of anything: run by
//! hand with
//! `STORY_DUMP_LIST=roots.txt STORY_DUMP_OUT=out.jsonl cargo test --release --lib story_dump -- --ignored`.

use std::io::Write;

use super::{SiteOptions, load_site_lenient};
use crate::compliance::{self, phi};

#[test]
#[ignore = "a data export for bench/page-model, run by hand"]
fn story_dump() {
    let (Ok(list), Ok(out)) = (std::env::var("STORY_DUMP_LIST"), std::env::var("STORY_DUMP_OUT")) else {
        panic!("set STORY_DUMP_LIST (a file of site roots, one per line) and STORY_DUMP_OUT");
    };
    let roots = std::fs::read_to_string(&list).expect("STORY_DUMP_LIST is readable");
    let mut w = std::io::BufWriter::new(std::fs::File::create(&out).expect("STORY_DUMP_OUT is writable"));
    for root in roots.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let opts = SiteOptions { root: root.into(), base_url: None, drafts: true, future: true, now: Some("2026-12-06".into()) };
        let Ok((site, _)) = load_site_lenient(&opts) else {
            eprintln!("{root}: no site");
            continue;
        };
        let allow = compliance::allowlist(&site);
        let mut rows: Vec<(String, [f64; phi::resolved::COUNT])> = Vec::new();
        for p in &site.content.pages {
            rows.push((p.page.file.to_string_lossy().into_owned(), compliance::phi_page_resolved(&site, &p.page, &allow).1.values));
        }
        for s in std::iter::once(&site.content.home).chain(&site.content.sections) {
            rows.push((s.file.to_string_lossy().into_owned(), compliance::phi_section_resolved(&site, s, &allow).1.values));
        }
        for (file, values) in rows {
            let row = serde_json::json!({ "root": root, "file": file, "values": values.to_vec() });
            writeln!(w, "{row}").expect("write");
        }
    }
    w.flush().expect("flush");
    assert!(!roots.trim().is_empty(), "no site roots in STORY_DUMP_LIST");
}
