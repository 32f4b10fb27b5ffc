//! Tests of the image cache (`graphics::cache`).

use super::*;

#[test]
fn fields_are_delimited() {
    let mut a = KeyBuilder::new("t");
    a.field(b"ab").field(b"c");
    let mut b = KeyBuilder::new("t");
    b.field(b"a").field(b"bc");
    assert_ne!(a.finish(), b.finish());
}

#[test]
fn entries_round_trip_and_truncated_ones_are_ignored() {
    let dir = tempfile::tempdir().expect("tempdir");
    let cache = Cache::of_site(dir.path());
    let key = KeyBuilder::new("t").finish();
    let mut made = 0;
    let png = b"\x89PNG\r\n\x1a\nbodyIEND\xaeB`\x82".to_vec();
    let got = cache.get_or_make::<()>("t", &key, "png", || {
        made += 1;
        Ok(png.clone())
    });
    assert_eq!(got, Ok(png.clone()));
    let again = cache.get_or_make::<()>("t", &key, "png", || {
        made += 1;
        Ok(png.clone())
    });
    assert_eq!(again, Ok(png.clone()));
    assert_eq!(made, 1, "the second call is served from disk");
    // Entries are read-only: replace it, as a damaged copy would be.
    std::fs::remove_file(cache.path("t", &key, "png")).expect("remove");
    std::fs::write(cache.path("t", &key, "png"), &png[..10]).expect("truncate");
    assert_eq!(cache.get("t", &key, "png"), None);
}

#[test]
fn prune_deletes_unused_entries_only() {
    let dir = tempfile::tempdir().expect("tempdir");
    let png = b"\x89PNG\r\n\x1a\nbodyIEND\xaeB`\x82".to_vec();
    let (old, kept) = (KeyBuilder::new("old").finish(), KeyBuilder::new("kept").finish());
    Cache::of_site(dir.path()).put("cards", &old, "png", &png);
    Cache::of_site(dir.path()).put("cards", &kept, "png", &png);
    let note = dir.path().join(DIR).join("cards").join("README");
    std::fs::write(&note, "not an entry").expect("note");
    // A new build's cache asks for one entry only.
    let cache = Cache::of_site(dir.path());
    assert!(cache.get("cards", &kept, "png").is_some());
    assert_eq!(cache.prune(), 1);
    assert!(!Cache::of_site(dir.path()).path("cards", &old, "png").exists(), "the unused entry is gone");
    assert!(cache.path("cards", &kept, "png").exists(), "the used entry stays");
    assert!(note.exists(), "a file not named like an entry stays");
}

/// Two builds of one site at once (a `build` while `watch` runs): the
/// one that finishes first does not delete what the other has found
/// and is about to copy; a later lone build prunes as before.
#[test]
fn a_build_does_not_prune_while_another_uses_the_cache() {
    let dir = tempfile::tempdir().expect("tempdir");
    let png = b"\x89PNG\r\n\x1a\nbodyIEND\xaeB`\x82".to_vec();
    let (a, b) = (KeyBuilder::new("a").finish(), KeyBuilder::new("b").finish());
    Cache::of_site(dir.path()).put("cards", &a, "png", &png);
    Cache::of_site(dir.path()).put("cards", &b, "png", &png);
    let other = Cache::of_site(dir.path());
    assert!(other.get("cards", &a, "png").is_some());
    let this = Cache::of_site(dir.path());
    assert!(this.get("cards", &b, "png").is_some());
    assert_eq!(this.prune(), 0, "another build holds the cache");
    assert!(other.path("cards", &a, "png").exists(), "the other build's entry stays");
    drop(other);
    let lone = Cache::of_site(dir.path());
    assert!(lone.get("cards", &b, "png").is_some());
    assert_eq!(lone.prune(), 1, "alone, a build prunes");
    assert!(!lone.path("cards", &a, "png").exists());
}

#[test]
fn a_build_lists_complete_entries_and_the_next_trusts_only_same_sized_ones() {
    let dir = tempfile::tempdir().expect("tempdir");
    let png = b"\x89PNG\r\n\x1a\n0123456789abcdefIEND\xaeB`\x82".to_vec();
    let (a, b) = (KeyBuilder::new("a").finish(), KeyBuilder::new("b").finish());
    let first = Cache::of_site(dir.path());
    first.put("cards", &a, "png", &png);
    first.put("cards", &b, "png", &png);
    assert_eq!(first.prune(), 0);
    let index = std::fs::read_to_string(dir.path().join(DIR).join(INDEX)).expect("index written");
    assert_eq!(index.lines().count(), 2, "{index}");
    assert!(index.contains(&format!("cards/{}/{}.png {}", &a.hex()[..2], a.hex(), png.len())), "{index}");
    // Same size, other bytes: listed as complete, so not opened again.
    let same_size = png.iter().map(|_| b'x').collect::<Vec<u8>>();
    for (k, bytes) in [(&a, &same_size), (&b, &png[..20].to_vec())] {
        let p = first.path("cards", k, "png");
        std::fs::remove_file(&p).expect("remove");
        std::fs::write(&p, bytes).expect("replace");
    }
    let next = Cache::of_site(dir.path()).with_index();
    assert_eq!(next.locate("cards", &a, "png").map(|(_, n)| n), Some(png.len() as u64));
    // A different size (a truncated copy) is read and checked, and refused.
    assert_eq!(next.locate("cards", &b, "png"), None);
    // Without the list (or not asked to read it) every entry is checked by reading it.
    assert_eq!(Cache::of_site(dir.path()).locate("cards", &a, "png"), None);
    std::fs::remove_file(dir.path().join(DIR).join(INDEX)).expect("remove index");
    assert_eq!(Cache::of_site(dir.path()).with_index().locate("cards", &a, "png"), None);
}

#[cfg(unix)]
#[test]
fn nothing_is_stored_through_a_link_out_of_the_site() {
    let png = b"\x89PNG\r\n\x1a\nbodyIEND\xaeB`\x82".to_vec();
    let key = KeyBuilder::new("t").finish();
    let outside = tempfile::tempdir().expect("tempdir");
    // The cache folder itself a link out of the site (a committed one).
    let linked = tempfile::tempdir().expect("tempdir");
    std::os::unix::fs::symlink(outside.path(), linked.path().join(DIR)).expect("link");
    // A kind folder in a real cache folder a link out of the site.
    let inner = tempfile::tempdir().expect("tempdir");
    std::fs::create_dir_all(inner.path().join(DIR)).expect("mkdir");
    std::os::unix::fs::symlink(outside.path(), inner.path().join(DIR).join("cards")).expect("link");
    for site in [linked.path(), inner.path()] {
        let cache = Cache::of_site(site);
        let got = cache.get_or_make::<()>("cards", &key, "png", || Ok(png.clone()));
        assert_eq!(got, Ok(png.clone()), "the image is still made");
        assert_eq!(cache.prune(), 0);
    }
    assert_eq!(std::fs::read_dir(outside.path()).expect("read").count(), 0, "nothing written outside the site");
    // A link that stays inside the site is written through.
    let site = tempfile::tempdir().expect("tempdir");
    std::fs::create_dir_all(site.path().join("cache-disk")).expect("mkdir");
    std::os::unix::fs::symlink(site.path().join("cache-disk"), site.path().join(DIR)).expect("link");
    Cache::of_site(site.path()).put("cards", &key, "png", &png);
    assert!(site.path().join("cache-disk").join("cards").join(&key.hex()[..2]).join(format!("{}.png", key.hex())).is_file());
}

#[test]
fn the_output_may_not_be_the_cache_or_inside_it() {
    let site = tempfile::tempdir().expect("tempdir");
    for out in [site.path().join(DIR), site.path().join(DIR).join("public")] {
        assert!(crate::output::folder::choose(site.path(), &out, true).is_err(), "{out:?} accepted");
    }
}

#[cfg(unix)]
#[test]
fn prune_never_follows_a_link_out_of_the_cache() {
    let dir = tempfile::tempdir().expect("tempdir");
    let outside = tempfile::tempdir().expect("tempdir");
    let victim = outside.path().join("ab").join(format!("{}.png", "a".repeat(64)));
    std::fs::create_dir_all(victim.parent().unwrap()).expect("mkdir");
    std::fs::write(&victim, b"keep me").expect("write");
    std::fs::create_dir_all(dir.path().join(DIR)).expect("mkdir");
    std::os::unix::fs::symlink(outside.path(), dir.path().join(DIR).join("cards")).expect("link");
    assert_eq!(Cache::of_site(dir.path()).prune(), 0);
    assert!(victim.exists());
    // A cache folder that is itself a link is not pruned either.
    let linked = tempfile::tempdir().expect("tempdir");
    std::os::unix::fs::symlink(outside.path(), linked.path().join(DIR)).expect("link");
    std::fs::create_dir_all(outside.path().join("cards")).expect("mkdir");
    std::fs::rename(victim.parent().unwrap(), outside.path().join("cards").join("ab")).expect("move");
    assert_eq!(Cache::of_site(linked.path()).prune(), 0);
    assert!(outside.path().join("cards").join("ab").join(format!("{}.png", "a".repeat(64))).exists());
}
