//! Faults at rest: a save of several keys interrupted half-way (the tab
//! killed, storage full) is finished from its journal at the next start,
//! so the store never shows half of a save.

mod common;

use common::{entry, sample, stored_with_meta, THIS_MONTH};
use std::collections::BTreeMap;
use tend::store::layout::{self, encode, Writes, PENDING};
use tend::store::load::load;
use tend::store::pending;

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
    stored.insert(PENDING.to_string(), pending::to_json(&writes).unwrap());
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
    stored.insert(PENDING.into(), pending::to_json(&writes).unwrap());
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
    stored.insert(PENDING.into(), pending::to_json(&writes).unwrap());
    let loaded = load(&stored, THIS_MONTH).unwrap();
    assert_eq!(loaded.meta.unwrap().epoch, 7);
    assert!(loaded.data.journal.is_empty() && loaded.data.people.is_empty());
}

// ---- the clock going backwards ---------------------------------------------

use tend::model::record::{merge_into, Monotonic};
use tend::model::Record;

#[test]
fn stamps_keep_going_forward_when_the_clock_goes_back() {
    let mut clock = Monotonic::default();
    let noon = common::at(1_800_000_000_000);
    let hour_before = common::at(1_800_000_000_000 - 3_600_000);
    let a = clock.next(noon);
    let b = clock.next(hour_before);
    let c = clock.next(hour_before);
    assert!(a < b && b < c, "{a} {b} {c}");
    // Once the wall clock is ahead again, it is used as it is.
    let later = common::at(1_800_000_100_000);
    assert_eq!(clock.next(later), later);
    // Stamps read from storage count too.
    let mut fresh = Monotonic::default();
    fresh.observe(noon);
    assert!(fresh.next(hour_before) > noon);
}

#[test]
fn an_edit_made_with_the_clock_set_back_is_kept_when_tabs_merge() {
    let mut clock = Monotonic::default();
    let noon = common::at(1_800_000_000_000);
    let mut ours = vec![entry("j1", "2026-11-02", "first words")];
    ours[0].stamp = tend::model::Stamp::new("j1".into(), clock.next(noon));
    // Another tab has that copy; then, with the clock an hour behind, the
    // entry is edited here.
    let theirs = ours.clone();
    let mut edited = ours[0].clone();
    edited.text = "second thoughts".into();
    edited
        .stamp
        .touch(clock.next(common::at(1_800_000_000_000 - 3_600_000)));
    assert!(edited.stamp().updated_at > theirs[0].stamp.updated_at);
    // The other tab receives the edit: it wins there...
    let mut there = theirs.clone();
    merge_into(&mut there, vec![edited.clone()]);
    assert_eq!(there[0].text, "second thoughts");
    // ... and the old copy coming back here changes nothing.
    let mut here = vec![edited];
    assert!(merge_into(&mut here, theirs).is_empty());
    assert_eq!(here[0].text, "second thoughts");
}

#[test]
fn an_entry_written_after_the_clock_went_back_still_lists_as_the_newest() {
    let mut clock = Monotonic::default();
    let mut first = entry("a", "2026-11-02", "written at noon");
    first.stamp = tend::model::Stamp::new("a".into(), clock.next(common::at(1_800_000_000_000)));
    let mut second = entry("b", "2026-11-02", "written after the clock went back");
    second.stamp = tend::model::Stamp::new(
        "b".into(),
        clock.next(common::at(1_800_000_000_000 - 3_600_000)),
    );
    let data = tend::model::Data {
        journal: vec![first, second],
        ..Default::default()
    };
    let newest: Vec<&str> = data
        .entries_newest_first()
        .iter()
        .map(|e| e.stamp.id.as_str())
        .collect();
    assert_eq!(newest, ["b", "a"]);
}

#[test]
fn a_forged_stamp_at_the_end_of_time_never_panics() {
    let end = chrono::DateTime::<chrono::Utc>::MAX_UTC;
    let mut clock = Monotonic::default();
    clock.observe(end);
    assert_eq!(clock.next(common::at(0)), end);
    let mut stamp = tend::model::Stamp::new("x".into(), end);
    stamp.touch(common::at(0));
    assert_eq!(stamp.updated_at, end);
}
