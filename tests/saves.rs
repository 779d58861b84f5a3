//! Every save accounted for: the decisions under autosave, the one writer
//! and the lock, natively. Two copies of a record with the same stamp keep
//! both; the writer's queue never drops a write for want of a key, retries
//! what it could not seal and gives it back; a save that does not fit
//! changes nothing; a replace is refused before anything changes; the
//! version record is never written empty; what a save could not write
//! stays marked.

mod common;

use chrono::NaiveDate;
use std::collections::BTreeMap;
use tend::model::journal::JournalEntry;
use tend::model::prefs::{days_ago_words, Prefs};
use tend::model::record::merge_into;
use tend::model::{Data, Person, Stamp};
use tend::store::commit::{commit, Backend, Outcome, WriteError};
use tend::store::draft::Draft;
use tend::store::layout::{self, Meta, Month, Writes, META, PENDING};
use tend::store::marks::{self, Marks};
use tend::store::meter::Meter;
use tend::store::queue::{Failure, Job, Queue, Sink, Step, ATTEMPTS};
use tend::store::{load, pending, replace, sync};

const NOVEMBER: Month = Month {
    year: 2026,
    month: 11,
};

fn entry(id: &str, text: &str, at: i64) -> JournalEntry {
    JournalEntry::new(
        Stamp::new(id.into(), common::at(at)),
        NaiveDate::from_ymd_opt(2026, 11, 2).unwrap(),
        text.into(),
    )
}

fn texts(list: &[JournalEntry]) -> Vec<String> {
    let mut t: Vec<String> = list.iter().map(|e| e.text.clone()).collect();
    t.sort();
    t
}

// ---- Two copies with the same stamp and different contents ----

#[test]
fn an_import_of_an_entry_with_the_same_stamp_and_other_words_keeps_both() {
    let mine = Data {
        journal: vec![entry("j1", "My own words about the lake.", 1_700)],
        ..Data::default()
    };
    let file = Data {
        journal: vec![entry("j1", "The file's words about the lake.", 1_700)],
        ..Data::default()
    };
    let merged = mine.merge(&file);
    assert_eq!(
        texts(&merged.journal),
        [
            "My own words about the lake.",
            "The file's words about the lake."
        ]
    );
    // One stays under the id, the other is a visible conflict copy.
    assert_eq!(
        merged
            .journal
            .iter()
            .filter(|e| e.stamp.is_conflict_copy())
            .count(),
        1
    );
    assert!(merged.journal.iter().any(|e| e.stamp.id == "j1"));
    // Importing the same file again adds nothing more.
    assert_eq!(merged.merge(&file), merged);
    // Either way round, the same two records.
    let other_way = file.merge(&mine);
    let ids = |d: &Data| {
        let mut ids: Vec<String> = d.journal.iter().map(|e| e.stamp.id.clone()).collect();
        ids.sort();
        ids
    };
    assert_eq!(ids(&other_way), ids(&merged));
}

#[test]
fn two_tabs_holding_two_versions_of_one_entry_keep_both_and_settle() {
    let stored_a = layout::encode_key(&[entry("j1", "Tab A's words.", 5)], Some(NOVEMBER));
    let stored_b = layout::encode_key(&[entry("j1", "Tab B's words.", 5)], Some(NOVEMBER));
    let key = layout::key_of(layout::Collection::Journal, Some(NOVEMBER));
    let nothing_else = |_: &str| None;
    // Tab A hears B's write, and B hears A's.
    let mut a = vec![entry("j1", "Tab A's words.", 5)];
    let heard_b = sync::merge_key(
        &mut a,
        &key,
        Some(NOVEMBER),
        stored_b.as_deref().unwrap(),
        nothing_else,
    )
    .unwrap();
    let mut b = vec![entry("j1", "Tab B's words.", 5)];
    let heard_a = sync::merge_key(
        &mut b,
        &key,
        Some(NOVEMBER),
        stored_a.as_deref().unwrap(),
        nothing_else,
    )
    .unwrap();
    assert!(heard_b.changed && heard_a.changed);
    assert_eq!(texts(&a), ["Tab A's words.", "Tab B's words."]);
    assert_eq!(
        layout::encode_key(&a, Some(NOVEMBER)),
        layout::encode_key(&b, Some(NOVEMBER))
    );
    // Each writes back the key (it now holds both), and the other, hearing
    // that, has nothing left to write: they settle.
    assert_eq!(heard_b.write_back, std::slice::from_ref(&key));
    let both = layout::encode_key(&a, Some(NOVEMBER)).unwrap();
    let again = sync::merge_key(&mut b, &key, Some(NOVEMBER), &both, nothing_else).unwrap();
    assert!(!again.changed);
    assert!(again.write_back.is_empty());
}

// ---- The writer's queue ----

/// A write of one key, for the queue's tests.
fn one(key: &str, text: &str) -> Writes {
    Writes::from([(key.to_string(), Some(text.to_string()))])
}

#[test]
fn a_write_queued_before_the_lock_goes_is_sealed_with_its_key_and_none_is_dropped() {
    let mut q: Queue<&str, u32> = Queue::default();
    q.push(Job::Use(Sink::Sealed("old key")));
    q.push(Job::Write(one("tend:people", "[1]"), 1));
    // The lock is removed while that write waits; an edit comes after.
    q.push(Job::Reseal(Sink::Plain, 2));
    q.push(Job::Write(one("tend:people", "[1,2]"), 3));
    assert_eq!(
        q.next_step(),
        Some(Step::Write(
            Sink::Sealed("old key"),
            one("tend:people", "[1]"),
            1
        ))
    );
    assert_eq!(
        q.next_step(),
        Some(Step::Reseal {
            from: Sink::Sealed("old key"),
            to: Sink::Plain,
            done: 2
        })
    );
    assert_eq!(
        q.next_step(),
        Some(Step::Write(Sink::Plain, one("tend:people", "[1,2]"), 3))
    );
    assert_eq!(q.next_step(), None);
}

#[test]
fn edits_made_while_the_passphrase_changes_wait_for_the_new_key_and_none_is_stored_plain() {
    let mut q: Queue<&str, u32> = Queue::default();
    q.push(Job::Use(Sink::Sealed("old")));
    q.push(Job::Write(one("tend:people", "before"), 1));
    q.push(Job::Reseal(Sink::Sealed("new"), 2));
    q.push(Job::Write(one("tend:people", "during"), 3));
    q.push(Job::Write(one("tend:journal:2026-11", "after"), 4));
    let mut sinks = Vec::new();
    while let Some(step) = q.next_step() {
        match step {
            Step::Write(sink, _, done) => sinks.push((done, sink)),
            Step::Open(..) => unreachable!(),
            Step::Reseal { from, to, .. } => {
                // Opened with the old key and sealed with the new in one
                // step: never plain in between.
                assert_eq!((from, to), (Sink::Sealed("old"), Sink::Sealed("new")));
            }
        }
    }
    assert_eq!(
        sinks,
        [
            (1, Sink::Sealed("old")),
            (3, Sink::Sealed("new")),
            (4, Sink::Sealed("new"))
        ]
    );
}

#[test]
fn a_write_that_cannot_be_sealed_is_tried_again_then_given_back_whole() {
    let mut q: Queue<&str, u32> = Queue::default();
    q.push(Job::Use(Sink::Sealed("key")));
    q.push(Job::Write(one("tend:people", "[1]"), 1));
    q.push(Job::Write(one("tend:checkups", "[2]"), 2));
    for attempt in 1..=ATTEMPTS {
        let step = q.next_step().unwrap();
        // Always the same write first: the one after it waits its turn.
        assert_eq!(
            step,
            Step::Write(Sink::Sealed("key"), one("tend:people", "[1]"), 1)
        );
        match q.failed(step) {
            Failure::Retry => assert!(attempt < ATTEMPTS),
            Failure::GiveUp(Step::Write(_, writes, done)) => {
                assert_eq!(attempt, ATTEMPTS);
                // Given back whole, so its keys stay marked for the next save.
                assert_eq!((writes, done), (one("tend:people", "[1]"), 1));
            }
            other => panic!("unexpected {other:?}"),
        }
    }
    // The next write starts with a clean count.
    let next = q.next_step().unwrap();
    assert_eq!(
        next,
        Step::Write(Sink::Sealed("key"), one("tend:checkups", "[2]"), 2)
    );
    assert_eq!(q.failed(next), Failure::Retry);
}

#[test]
fn a_lock_change_that_changed_nothing_leaves_writes_as_they_were() {
    let mut q: Queue<&str, u32> = Queue::default();
    q.push(Job::Reseal(Sink::Sealed("new"), 1));
    q.push(Job::Write(one("tend:people", "[1]"), 2));
    let Some(Step::Reseal { from, .. }) = q.next_step() else {
        panic!("the reseal comes first");
    };
    // Its first write (the lock's record) was refused: storage is full.
    q.restore_sink(from);
    assert_eq!(
        q.next_step(),
        Some(Step::Write(Sink::Plain, one("tend:people", "[1]"), 2))
    );
}

// ---- Commits through a backend ----

/// localStorage as a map with a quota (in code units) and, optionally, a
/// key whose write fails.
#[derive(Default)]
struct Fake {
    map: BTreeMap<String, String>,
    quota: usize,
    fail: Option<String>,
}

impl Fake {
    fn used(&self) -> usize {
        self.map.iter().map(|(k, v)| k.len() + v.len()).sum()
    }
}

impl Backend for Fake {
    fn set(&mut self, key: &str, value: &str) -> Result<(), WriteError> {
        if self.fail.as_deref() == Some(key) {
            return Err(WriteError::Refused("interrupted".into()));
        }
        let old = self.map.get(key).map_or(0, |v| key.len() + v.len());
        if self.used() - old + key.len() + value.len() > self.quota {
            return Err(WriteError::Quota);
        }
        self.map.insert(key.into(), value.into());
        Ok(())
    }
    fn remove(&mut self, key: &str) {
        self.map.remove(key);
    }
    fn has_journal(&self) -> bool {
        self.map.contains_key(PENDING)
    }
}

#[test]
fn a_save_whose_journal_does_not_fit_is_refused_and_changes_nothing() {
    let mut store = Fake {
        quota: 60,
        ..Fake::default()
    };
    store.map.insert("tend:people".into(), "[\"old\"]".into());
    let before = store.map.clone();
    let writes = Writes::from([
        (
            "tend:people".to_string(),
            Some("[\"new people\"]".to_string()),
        ),
        (
            "tend:checkups".to_string(),
            Some("[\"new checkups\"]".to_string()),
        ),
    ]);
    let outcome = commit(&mut store, &writes);
    assert_eq!(outcome.refused, Some(WriteError::Quota));
    assert_eq!(store.map, before);
    assert_eq!(outcome.unwritten(&writes).len(), 2);
}

#[test]
fn a_save_interrupted_after_its_journal_is_finished_at_the_next_start() {
    let mut store = Fake {
        quota: 10_000,
        fail: Some("tend:journal:2026-11".into()),
        ..Fake::default()
    };
    let moved = layout::encode_key(&[entry("j1", "Moved to November.", 5)], Some(NOVEMBER));
    let writes = Writes::from([
        ("tend:journal:2026-10".to_string(), None),
        ("tend:journal:2026-11".to_string(), moved.clone()),
    ]);
    let outcome = commit(&mut store, &writes);
    assert!(outcome.refused.is_none());
    assert_eq!(outcome.failed.len(), 1);
    // Only the journal knows where the entry went; loading finishes it.
    assert!(store.map.contains_key(PENDING));
    let loaded = load::load(&store.map, NOVEMBER).unwrap();
    assert!(loaded.finishes_pending);
    assert_eq!(texts(&loaded.data.journal), ["Moved to November."]);
}

#[test]
fn the_version_record_is_never_written_empty() {
    let mut store = Fake {
        quota: 10_000,
        ..Fake::default()
    };
    store
        .map
        .insert(META.into(), r#"{"schema_version":3,"epoch":4}"#.into());
    let before = store.map.clone();
    let outcome = commit(
        &mut store,
        &Writes::from([(META.to_string(), Some(String::new()))]),
    );
    assert_eq!(outcome.refused, Some(WriteError::Empty(META.into())));
    assert_eq!(store.map, before);
    // Nor is a key of records.
    let outcome = commit(
        &mut store,
        &Writes::from([("tend:people".to_string(), Some(String::new()))]),
    );
    assert!(outcome.refused.is_some());
    assert_eq!(store.map, before);
    // The record's own text is never empty.
    let text = Meta::new().to_text().unwrap();
    assert!(text.contains("schema_version"));
}

// ---- Replacing everything ----

#[test]
fn a_replace_with_no_room_is_refused_before_anything_changes() {
    let old = common::sample();
    let stored = layout::encode_stored(&old, NOVEMBER);
    let mut store = Fake {
        map: stored.clone().into_iter().collect(),
        quota: 0,
        ..Fake::default()
    };
    store
        .map
        .insert(META.into(), Meta::new().to_text().unwrap());
    store.quota = store.used() + 10;
    let before = store.map.clone();
    let keys: Vec<String> = store.map.keys().cloned().collect();
    let new = Data {
        people: vec![Person::new(
            Stamp::new("n1".into(), common::at(9)),
            "Someone new".into(),
        )],
        ..Data::default()
    };
    let (writes, meta) = replace::stage(&new, NOVEMBER, &keys, &Meta::new()).unwrap();
    // Every old data key goes, the new one comes, and the epoch rises.
    for k in stored.keys() {
        assert!(writes.contains_key(k), "{k}");
    }
    assert_eq!(meta.epoch, 1);
    assert!(writes[META].as_deref().unwrap().contains("\"epoch\":1"));
    let outcome = commit(&mut store, &writes);
    assert_eq!(outcome.refused, Some(WriteError::Quota));
    assert_eq!(store.map, before);
    // With room, it is made whole.
    store.quota = 1_000_000;
    assert!(commit(&mut store, &writes).is_complete());
    let loaded = load::load(&store.map, NOVEMBER).unwrap();
    assert_eq!(loaded.data.people.len(), 1);
    assert!(loaded.data.journal.is_empty());
    assert!(!store.map.contains_key(PENDING));
}

#[test]
fn erasing_removes_what_is_set_aside_too() {
    let keys: Vec<String> = [
        META,
        "tend:people",
        "tend:draft",
        "tend:autobackup",
        "tend:quarantine:people",
        PENDING,
    ]
    .map(String::from)
    .to_vec();
    let asides = replace::asides(&keys);
    assert_eq!(
        asides.keys().map(String::as_str).collect::<Vec<_>>(),
        [
            "tend:autobackup",
            "tend:draft",
            "tend:pending",
            "tend:quarantine:people"
        ]
    );
    assert!(asides.values().all(Option::is_none));
}

// ---- Marks and the meter ----

#[test]
fn what_a_save_could_not_write_stays_marked_for_the_next_one() {
    let mut marks = Marks::default();
    marks.mark("tend:people".into());
    marks.mark("tend:journal:2026-11".into());
    let (keys, meta) = marks.take();
    assert!(!meta && marks.is_empty());
    let writes = marks::plan(&keys, |c, m| Some(format!("{c:?} {m:?}")));
    assert_eq!(writes.len(), 2);
    let outcome = Outcome {
        refused: None,
        failed: vec![("tend:journal:2026-11".into(), WriteError::Quota)],
    };
    marks.keep_unwritten(&outcome.unwritten(&writes));
    assert_eq!(
        marks.take().0.into_iter().collect::<Vec<_>>(),
        ["tend:journal:2026-11"]
    );
    // A refused save keeps all of them, the version record included.
    let refused = Outcome::refused(WriteError::Quota);
    let mut with_meta = writes.clone();
    with_meta.insert(META.into(), Some("{}".into()));
    marks.keep_unwritten(&refused.unwritten(&with_meta));
    let (keys, meta) = marks.take();
    assert_eq!(keys.len(), 2);
    assert!(meta);
}

#[test]
fn only_keys_of_records_are_written_from_marks() {
    let keys = ["tend:draft", "tend:pending", "tend:people", "someone-else"].map(String::from);
    let writes = marks::plan(&keys, |_, _| None);
    assert_eq!(writes, Writes::from([("tend:people".to_string(), None)]));
}

#[test]
fn the_meter_follows_what_is_written() {
    let ours = BTreeMap::from([("tend:people".to_string(), "[]".to_string())]);
    let mut meter = Meter::of(&ours, 100);
    assert_eq!(meter.used(), 100 + "tend:people".len() + 2);
    meter.set("tend:people", "[\"Zoë\"]");
    assert_eq!(meter.used(), 100 + "tend:people".len() + 7);
    meter.remove("tend:people");
    assert_eq!(meter.used(), 100);
    assert!(!meter.has("tend:people"));
}

#[test]
fn the_journal_of_a_save_reads_back_and_refuses_keys_that_are_not_ours() {
    let writes = Writes::from([
        ("tend:people".to_string(), Some("[]".to_string())),
        ("tend:journal:2026-10".to_string(), None),
    ]);
    let text = pending::to_json(&writes).unwrap();
    assert_eq!(pending::from_json(&text).unwrap(), writes);
    assert!(pending::from_json(r#"{"tend:draft":"x"}"#).is_err());
    assert!(!pending::needs_journal(&one("tend:people", "[]")));
}

// ---- The draft, and backups ----

#[test]
fn a_draft_is_kept_by_field_name_and_one_kept_by_an_older_version_still_reads() {
    let draft = Draft {
        day: "2026-11-02".into(),
        text: "Half a thought".into(),
        mood: "4".into(),
        tags: "walk".into(),
        people: vec!["p1".into(), "p2".into()],
    };
    let text = serde_json::to_string(&draft).unwrap();
    assert!(text.contains("\"text\":\"Half a thought\""));
    assert_eq!(Draft::from_json(&text), Some(draft.clone()));
    let older = r#"["2026-11-02","Half a thought","4","walk","p1,p2"]"#;
    assert_eq!(Draft::from_json(older), Some(draft));
    assert_eq!(Draft::from_json("not json"), None);
    assert!(!Draft::default().is_worth_keeping());
    let day_only = Draft {
        day: "2026-11-02".into(),
        ..Draft::default()
    };
    assert!(!day_only.is_worth_keeping());
}

#[test]
fn a_backup_is_offered_after_the_chosen_span_without_one() {
    let start = common::at(0);
    let day = |n: i64| start + chrono::Duration::days(n);
    let mut prefs = Prefs::new(Stamp::new(Prefs::ID.into(), start));
    assert_eq!(prefs.backup_days, 30);
    assert!(!prefs.backup_due(start, day(29)));
    assert!(prefs.backup_due(start, day(30)));
    prefs.last_backup = Some(day(25));
    assert!(!prefs.backup_due(start, day(54)));
    assert!(prefs.backup_due(start, day(55)));
    assert_eq!(prefs.days_without_backup(start, day(37)), 12);
    assert_eq!(days_ago_words(12), "12 days ago");
    assert_eq!(days_ago_words(1), "yesterday");
    assert_eq!(days_ago_words(0), "today");
    prefs.backup_days = 0;
    assert!(!prefs.backup_due(start, day(5_000)));
}

#[test]
fn the_settings_record_is_not_counted_among_the_persons_records() {
    let data = Data {
        people: vec![Person::new(
            Stamp::new("p1".into(), common::at(1)),
            "Ada".into(),
        )],
        prefs: vec![Prefs::new(Stamp::new(Prefs::ID.into(), common::at(1)))],
        ..Data::default()
    };
    assert_eq!(data.live_count(), 1);
}

#[test]
fn merging_a_conflict_copy_of_a_tombstone_keeps_the_live_text() {
    let live = entry("j1", "Kept words.", 9);
    let mut gone = live.clone();
    gone.stamp.deleted = true;
    let mut ours = vec![live];
    merge_into(&mut ours, [gone]);
    // Whichever stays under the id, the live words are still there.
    assert!(ours
        .iter()
        .any(|e| !e.stamp.deleted && e.text == "Kept words."));
}
