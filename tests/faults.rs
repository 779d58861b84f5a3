//! Faults at rest: a save of several keys interrupted half-way (the tab
//! killed, storage full) is finished from its journal at the next start,
//! so the store never shows half of a save.

mod common;

use common::{entry, sample, stored_with_meta, THIS_MONTH};
use std::collections::BTreeMap;
use tend::store::layout::{self, encode, pending_to_json, Writes, PENDING};
use tend::store::load::load;

/// Storage after moving entry j1 from 31 October to 2 November was
/// interrupted: the journal was written, then October's key (now empty, so
/// removed), and the tab died before November's key.
fn interrupted_move() -> (BTreeMap<String, String>, Writes) {
    let before = stored_with_meta(encode(&sample()));
    let mut moved = sample();
    moved.journal[0] = entry("j1", "2026-11-02", "Halloween walk");
    moved.journal[0].stamp.updated_at = common::at(1_800_000_000_000);
    let after = stored_with_meta(encode(&moved));
    let mut writes = Writes::new();
    for key in ["tend:journal:2026-10", "tend:journal:2026-11"] {
        writes.insert(key.to_string(), after.get(key).cloned());
    }
    let mut stored = before;
    stored.insert(PENDING.to_string(), pending_to_json(&writes));
    stored.remove("tend:journal:2026-10");
    (stored, writes)
}

#[test]
fn an_interrupted_save_is_finished_at_the_next_start() {
    let (stored, writes) = interrupted_move();
    // Without the journal, the moved entry would be in neither month.
    assert!(!stored.contains_key("tend:journal:2026-10"));
    assert!(!stored["tend:journal:2026-11"].contains("\"j1\""));

    let loaded = load(&stored, THIS_MONTH).unwrap();
    assert!(loaded.quarantined.is_empty());
    assert!(loaded.finishes_pending);
    let mut ids: Vec<&str> = loaded
        .data
        .journal
        .iter()
        .map(|e| e.stamp.id.as_str())
        .collect();
    ids.sort();
    assert_eq!(ids, ["j1", "j2", "j3"], "every entry once");
    let j1 = loaded
        .data
        .journal
        .iter()
        .find(|e| e.stamp.id == "j1")
        .unwrap();
    assert_eq!(j1.day.to_string(), "2026-11-02", "as the save left it");
    // The writes are made again; then the journal goes.
    let nov = &loaded
        .sets
        .iter()
        .find(|(k, _)| k == "tend:journal:2026-11")
        .unwrap()
        .1;
    assert_eq!(Some(nov), writes["tend:journal:2026-11"].as_ref());
    assert!(loaded.removes.contains(&"tend:journal:2026-10".to_string()));
}

#[test]
fn a_journal_that_cannot_be_read_is_set_aside_and_the_store_loads_as_it_is() {
    let mut stored = stored_with_meta(encode(&sample()));
    stored.insert(PENDING.into(), "{\"tend:journal:2026-11\":".into());
    let loaded = load(&stored, THIS_MONTH).unwrap();
    assert!(!loaded.finishes_pending);
    assert_eq!(loaded.quarantined.len(), 1);
    assert_eq!(loaded.quarantined[0].key, PENDING);
    assert!(loaded.quarantined[0].reason.contains("unfinished save"));
    assert_eq!(loaded.data.journal.len(), 3);
}

#[test]
fn a_journal_naming_keys_that_are_not_records_is_refused() {
    let mut stored = stored_with_meta(encode(&sample()));
    let mut writes = Writes::new();
    writes.insert("tend:autobackup".into(), None);
    writes.insert("other-app:settings".into(), Some("x".into()));
    stored.insert(PENDING.into(), pending_to_json(&writes));
    let loaded = load(&stored, THIS_MONTH).unwrap();
    assert!(!loaded.finishes_pending);
    assert!(loaded.removes.is_empty() && loaded.sets.is_empty());
    assert_eq!(loaded.quarantined[0].key, PENDING);
}

#[test]
fn a_journal_that_replaced_everything_brings_its_epoch() {
    let mut stored = stored_with_meta(encode(&sample()));
    let mut writes = Writes::new();
    writes.insert(
        layout::META.into(),
        Some(r#"{"schema_version":3,"epoch":7}"#.into()),
    );
    for key in stored.keys().filter(|k| layout::is_data_key(k)) {
        writes.insert(key.clone(), None);
    }
    stored.insert(PENDING.into(), pending_to_json(&writes));
    let loaded = load(&stored, THIS_MONTH).unwrap();
    assert_eq!(loaded.meta.unwrap().epoch, 7);
    assert!(loaded.data.journal.is_empty() && loaded.data.people.is_empty());
}
