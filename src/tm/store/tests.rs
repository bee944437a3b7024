//! Tests of the store: all-or-nothing imports, merging, locking, schema
//! rebuilds, blocks and chunks.

use std::collections::BTreeSet;
use std::path::Path;
use std::time::Duration;

use super::*;
use crate::error::Error;
use crate::lang::LangTag;
use crate::model::Unit;
use crate::model::Variant;

fn unit(fr: &str, en: &str) -> Unit {
    Unit {
        variants: vec![Variant::new("fr", fr), Variant::new("en", en)],
        ..Default::default()
    }
}

fn open(dir: &Path) -> Tm {
    Tm::open(&dir.join("tm"), &OpenOptions::default()).unwrap()
}

#[test]
fn import_commit_and_read_back() {
    let dir = tempfile::tempdir().unwrap();
    let mut tm = open(dir.path());
    let mut imp = tm.begin_import("t", "tmx", None).unwrap();
    imp.set_chunk_units(2);
    for i in 0..5 {
        imp.add(unit(&format!("Bonjour {i}"), &format!("Hello {i}")))
            .unwrap();
    }
    assert_eq!(
        imp.add(unit("Bonjour 1", "Hello 1")).unwrap(),
        AddOutcome::Merged
    );
    let rec = imp.commit().unwrap();
    assert_eq!(rec.counts.added, 5);
    assert_eq!(rec.counts.merged, 1);
    assert_eq!(tm.unit_count(), 5);
    assert_eq!(tm.state().chunks.len(), 3);
    let all: Vec<_> = tm.iter().map(|r| r.unwrap().1.unit).collect();
    assert_eq!(all.len(), 5);
    drop(tm);
    // Reopen: everything is still there.
    let tm = open(dir.path());
    assert_eq!(tm.unit_count(), 5);
    let fr = LangTag::parse("fr").unwrap();
    let ids = tm.exact_candidates(&fr, "Bonjour 3").unwrap();
    assert_eq!(ids.len(), 1);
    let found = tm.get(ids[0]).unwrap().unwrap();
    assert_eq!(found.unit.variants[1].seg.display_text(), "Hello 3");
}

#[test]
fn a_dropped_import_leaves_the_tm_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let mut tm = open(dir.path());
    let mut imp = tm.begin_import("a", "tmx", None).unwrap();
    imp.add(unit("Un", "One")).unwrap();
    imp.commit().unwrap();
    let before: Vec<_> = tm.iter().map(|r| r.unwrap()).collect();
    {
        let mut imp = tm.begin_import("b", "tmx", None).unwrap();
        imp.set_chunk_units(1);
        imp.add(unit("Deux", "Two")).unwrap();
        imp.add(unit("Trois", "Three")).unwrap();
        // Dropped without commit.
    }
    let after: Vec<_> = tm.iter().map(|r| r.unwrap()).collect();
    assert_eq!(before, after);
    assert_eq!(tm.unit_count(), 1);
    let fr = LangTag::parse("fr").unwrap();
    assert!(tm.exact_candidates(&fr, "Deux").unwrap().is_empty());
}

#[test]
fn pending_chunks_from_a_killed_import_are_removed_on_open() {
    let dir = tempfile::tempdir().unwrap();
    {
        let mut tm = open(dir.path());
        let mut imp = tm.begin_import("a", "tmx", None).unwrap();
        imp.set_chunk_units(1);
        imp.add(unit("Deux", "Two")).unwrap();
        imp.add(unit("Trois", "Three")).unwrap();
        // Simulate a kill: skip Drop's clean-up.
        std::mem::forget(imp);
        tm.flush().unwrap();
    }
    let tm = open(dir.path());
    assert_eq!(tm.unit_count(), 0);
    assert_eq!(tm.units.len(), 0);
    assert_eq!(tm.index.len(), 0);
}

#[test]
fn a_store_of_another_schema_is_emptied_and_reported() {
    let dir = tempfile::tempdir().unwrap();
    {
        let mut tm = open(dir.path());
        let mut imp = tm.begin_import("a", "tmx", None).unwrap();
        imp.add(unit("Un", "One")).unwrap();
        imp.commit().unwrap();
        tm.meta.insert("schema", &0u32.to_le_bytes()).unwrap();
        tm.flush().unwrap();
    }
    let tm = open(dir.path());
    assert_eq!(tm.rebuilt_from(), Some(0));
    assert!(tm.is_empty());
    assert_eq!(tm.iter().count(), 0);
    drop(tm);
    assert_eq!(open(dir.path()).rebuilt_from(), None);
}

#[test]
fn second_open_reports_locked() {
    let dir = tempfile::tempdir().unwrap();
    let _tm = open(dir.path());
    let err = Tm::open(
        &dir.path().join("tm"),
        &OpenOptions {
            wait: Duration::from_millis(0),
            ..Default::default()
        },
    )
    .err()
    .expect("second open must fail");
    assert!(matches!(err, Error::Locked { .. }), "{err}");
}

#[test]
fn stats_count_tags_and_pairs() {
    let dir = tempfile::tempdir().unwrap();
    let mut tm = open(dir.path());
    let mut imp = tm.begin_import("a", "tmx", None).unwrap();
    let mut u = unit("Un", "One");
    u.variants[0].lang = "FR_fr".into();
    imp.add(u).unwrap();
    imp.add(unit("Deux", "Two")).unwrap();
    imp.commit().unwrap();
    let stats = tm.stats();
    assert_eq!(stats.units, 2);
    assert_eq!(
        stats.tags["fr-FR"].raw_forms,
        BTreeSet::from(["FR_fr".to_string()])
    );
    assert_eq!(stats.pairs[&("en".to_string(), "fr".to_string())], 1);
    assert_eq!(stats.pairs[&("en".to_string(), "fr-FR".to_string())], 1);
}
