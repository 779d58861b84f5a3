//! Start-up leaves the older months of the journal and of the contact log
//! for later: `load_deferring` reads everything Today needs (every other
//! collection, this month's and last month's journal, the contacts back to
//! each person's last one) and keeps the rest undecoded, and decoding those
//! later gives exactly what a whole `load` gives, records and keys set
//! aside alike.

mod common;

use chrono::Months;
use common::{entry, interaction, person, sample_full, stored_with_meta, THIS_MONTH};
use std::collections::BTreeMap;
use tend::model::interaction::latest_by_person;
use tend::model::people::Channel;
use tend::model::Data;
use tend::store::layout::{encode, Month};
use tend::store::layout::{META, PENDING};
use tend::store::load::{
    decode_later, is_deferred, load, load_deferring, may_leave_unread, MIGRATE,
};
use tend::store::packed::pack;
use tend::store::pending;

fn sorted(mut data: Data) -> Data {
    data.journal.sort_by(|a, b| a.stamp.id.cmp(&b.stamp.id));
    data.interactions
        .sort_by(|a, b| a.stamp.id.cmp(&b.stamp.id));
    data
}

/// `sample_full` (October and November 2026) with an entry and a contact
/// in each of the 30 months before October, stored as the app leaves it
/// in November. Bea (p3) was never logged with.
fn years_of_use() -> (Data, BTreeMap<String, String>) {
    let mut data = sample_full();
    for back in 1..=30u32 {
        let day = (common::day("2026-10-15") - Months::new(back)).to_string();
        data.journal
            .push(entry(&format!("old{back}"), &day, "An older day"));
        data.interactions
            .push(interaction(&format!("c{back}"), "p1", Channel::Call, &day));
    }
    let stored = stored_with_meta(encode(&data));
    (data, stored)
}

/// [`years_of_use`] where Bea's last contact is on `bea_last` (and one
/// before it), with a removed person never logged with.
fn years_with_bea(bea_last: &str) -> (Data, BTreeMap<String, String>) {
    let (mut data, _) = years_of_use();
    data.interactions
        .push(interaction("b1", "p3", Channel::Call, "2024-03-02"));
    data.interactions
        .push(interaction("b2", "p3", Channel::Message, bea_last));
    let mut gone = person("p4", "Someone removed", 1_700_000_000_000);
    gone.stamp.deleted = true;
    data.people.push(gone);
    let stored = stored_with_meta(encode(&data));
    (data, stored)
}

/// The contact log's month keys of `later`.
fn contact_months(later: &BTreeMap<String, String>) -> Vec<&str> {
    later
        .keys()
        .map(String::as_str)
        .filter(|k| k.starts_with("tend:interactions:"))
        .collect()
}

#[test]
fn start_up_decodes_all_but_the_journals_months_before_last_month() {
    let (data, stored) = years_of_use();
    let whole = load(&stored, THIS_MONTH).unwrap();
    assert!(
        whole.later.is_empty(),
        "a whole load leaves nothing for later"
    );
    assert_eq!(sorted(whole.data.clone()), sorted(data.clone()));

    let start = load_deferring(&stored, THIS_MONTH, None).unwrap();
    let later: Vec<&str> = start.later.keys().map(String::as_str).collect();
    assert_eq!(later.len(), 30, "{later:?}");
    assert!(later.iter().all(|k| k.starts_with("tend:journal:")));
    assert!(!later.contains(&"tend:journal:2026-10") && !later.contains(&"tend:journal:2026-11"));
    assert_eq!(
        start.data.interactions.len(),
        data.interactions.len(),
        "Bea was never logged with, so every contact is read at start: her last may be anywhere"
    );
    let days: Vec<String> = start
        .data
        .journal
        .iter()
        .map(|e| e.day.to_string())
        .collect();
    assert!(days.iter().all(|d| d.as_str() >= "2026-10-01"), "{days:?}");
    assert_eq!(
        days.len(),
        3,
        "last month's and this month's entries are there at start"
    );
    assert_eq!(start.sets, whole.sets);

    // Decoded later, in any order, the months give what loading them at
    // start would have given.
    let mut finished = start.data;
    for (key, raw) in start.later.iter().rev() {
        assert_eq!(decode_later(&mut finished, key, raw), None, "{key}");
    }
    assert_eq!(sorted(finished), sorted(whole.data));
}

#[test]
fn the_contact_log_is_read_at_start_back_to_each_persons_last_contact() {
    let (data, stored) = years_with_bea("2025-06-20");
    let whole = load(&stored, THIS_MONTH).unwrap();
    assert_eq!(sorted(whole.data.clone()), sorted(data));

    let start = load_deferring(&stored, THIS_MONTH, None).unwrap();
    let waiting = contact_months(&start.later);
    assert_eq!(
        waiting.len(),
        15,
        "the months before June 2025 wait, from March 2024 (Bea's first contact): {waiting:?}"
    );
    assert!(
        waiting.iter().all(|k| *k < "tend:interactions:2025-06"),
        "{waiting:?}"
    );
    assert_eq!(
        latest_by_person(&start.data.interactions),
        latest_by_person(&whole.data.interactions),
        "the last contact with each person is there at start"
    );
    assert!(start.quarantined.is_empty());
    assert_eq!(start.sets, whole.sets);

    // Decoded later, oldest first, and put ahead of what start read (as
    // `persist::later` does), the contacts are those of a whole load, in
    // its order.
    let mut older = Data::default();
    for (key, raw) in &start.later {
        assert_eq!(decode_later(&mut older, key, raw), None, "{key}");
    }
    older.interactions.extend(start.data.interactions);
    assert_eq!(older.interactions, whole.data.interactions);
}

#[test]
fn a_removed_contact_is_not_the_last_one() {
    let (mut data, _) = years_with_bea("2025-06-20");
    // Bea's contact in November was logged and then removed.
    let mut removed = interaction("b3", "p3", Channel::Call, "2026-11-03");
    removed.stamp.deleted = true;
    data.interactions.push(removed);
    let stored = stored_with_meta(encode(&data));
    let start = load_deferring(&stored, THIS_MONTH, None).unwrap();
    assert!(
        contact_months(&start.later)
            .iter()
            .all(|k| *k < "tend:interactions:2025-06"),
        "June 2025 holds her last live contact, so it is read"
    );
    let whole = load(&stored, THIS_MONTH).unwrap();
    assert_eq!(
        latest_by_person(&start.data.interactions),
        latest_by_person(&whole.data.interactions)
    );
}

#[test]
fn a_damaged_contact_month_does_not_stop_the_search_for_the_last_contact() {
    let (_, mut stored) = years_with_bea("2025-06-20");
    // The month of everyone's latest contacts cannot be read: a whole load
    // sets it aside, and so does the start, which reads on.
    let key = "tend:interactions:2026-11";
    stored.insert(key.into(), r#"[{"id":"i9","c":"not a time"}]"#.into());
    let whole = load(&stored, THIS_MONTH).unwrap();
    let start = load_deferring(&stored, THIS_MONTH, None).unwrap();
    assert_eq!(start.quarantined, whole.quarantined);
    assert_eq!(start.quarantined.len(), 1);
    assert_eq!(start.quarantined[0].key, key);
    assert!(!start.later.contains_key(key));
    assert_eq!(
        latest_by_person(&start.data.interactions),
        latest_by_person(&whole.data.interactions)
    );
}

#[test]
fn a_damaged_older_month_is_set_aside_when_decoded_as_a_whole_load_would() {
    let (_, mut stored) = years_of_use();
    let key = "tend:journal:2025-03";
    stored.insert(key.into(), pack(r#"[{"id":"j1","c":"not a time"}]"#));
    let whole = load(&stored, THIS_MONTH).unwrap();
    assert_eq!(whole.quarantined.len(), 1);

    let start = load_deferring(&stored, THIS_MONTH, None).unwrap();
    assert!(
        start.quarantined.is_empty(),
        "nothing of it is read at start"
    );
    let mut data = start.data;
    let before = data.journal.len();
    let q = decode_later(&mut data, key, &start.later[key]).expect("set aside");
    assert_eq!(q, whole.quarantined[0]);
    assert!(q.reason.contains("did not fit"), "{}", q.reason);
    assert_eq!(data.journal.len(), before, "nothing of it is added");
}

#[test]
fn data_that_needs_migrating_is_decoded_whole_at_start() {
    let stored: BTreeMap<String, String> =
        serde_json::from_str(include_str!("fixtures/schema-v2.json")).unwrap();
    assert!(
        stored.contains_key("tend:journal:2025-03"),
        "the fixture has a month the current schema would leave for later"
    );
    let start = load_deferring(&stored, THIS_MONTH, Some(MIGRATE)).unwrap();
    assert!(start.later.is_empty());
    let whole = load(&stored, THIS_MONTH).unwrap();
    assert_eq!(sorted(start.data), sorted(whole.data));
}

#[test]
fn in_january_last_december_is_read_at_start() {
    let january = Month {
        year: 2027,
        month: 1,
    };
    assert!(!is_deferred("tend:journal:2027-01", january));
    assert!(!is_deferred("tend:journal:2026-12", january));
    assert!(is_deferred("tend:journal:2026-11", january));
    assert!(!is_deferred("tend:interactions:2020-01", january));
    assert!(!is_deferred("tend:people", january));
}

#[test]
fn start_up_leaves_months_in_storage_only_where_the_loader_defers_every_one() {
    let (_, current) = years_of_use();
    // A save of two keys was interrupted: its writes could name one of them.
    let mut unfinished = current.clone();
    let writes = pending::Writes::from([
        ("tend:journal:2025-03".to_string(), None),
        (
            "tend:people".to_string(),
            current.get("tend:people").cloned(),
        ),
    ]);
    unfinished.insert(PENDING.into(), pending::to_json(&writes).unwrap());
    let mut unversioned = current.clone();
    unversioned.remove(META);
    let older: BTreeMap<String, String> =
        serde_json::from_str(include_str!("fixtures/schema-v2.json")).unwrap();
    for (what, stored, leaves) in [
        ("data of this schema", current, true),
        ("no version record", unversioned, true),
        ("an unfinished save", unfinished, false),
        ("an older schema", older, false),
    ] {
        // What start-up reads when it leaves the deferred keys in storage.
        let read: BTreeMap<String, String> = stored
            .iter()
            .filter(|(k, _)| !is_deferred(k, THIS_MONTH))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        assert_eq!(may_leave_unread(&read), leaves, "{what}");
        if leaves {
            let start = load_deferring(&stored, THIS_MONTH, None).unwrap();
            let unread: Vec<&String> = stored
                .keys()
                .filter(|k| is_deferred(k, THIS_MONTH))
                .collect();
            assert!(!unread.is_empty(), "{what}");
            assert_eq!(
                start.later.keys().collect::<Vec<_>>(),
                unread,
                "{what}: the loader leaves each of them undecoded too"
            );
        }
    }
}
