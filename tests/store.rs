//! The pure half of the store: key layout, sharding, loading untrusted
//! bytes, quarantine and migrations.

mod common;

use common::{entry, person, sample, stored_with_meta, THIS_MONTH};
use std::collections::BTreeMap;
use tend::model::record::{merge_into, theirs_wins};
use tend::model::{Data, Person};
use tend::store::layout::{self, encode, encode_records};
use tend::store::load::{load, load_deferring, quarantine_key, LoadError, MIGRATE};
use tend::store::SCHEMA_VERSION;

#[test]
fn journal_is_sharded_by_month_of_the_entry_day() {
    let keys = encode(&sample());
    let names: Vec<&str> = keys.keys().map(String::as_str).collect();
    assert_eq!(
        names,
        [
            "tend:journal:2026-10",
            "tend:journal:2026-11",
            "tend:people"
        ]
    );
    assert!(keys["tend:journal:2026-11"].contains("Tea with Grace"));
    assert!(!keys["tend:journal:2026-10"].contains("Tea with Grace"));
}

#[test]
fn empty_data_writes_no_keys() {
    assert!(encode(&Data::default()).is_empty());
}

#[test]
fn encode_then_load_gives_the_same_data() {
    let data = sample();
    let loaded = load(&stored_with_meta(encode(&data)), THIS_MONTH).unwrap();
    let mut people = loaded.data.people.clone();
    people.sort_by(|a, b| a.stamp.id.cmp(&b.stamp.id));
    assert_eq!(people, data.people);
    let mut journal = loaded.data.journal.clone();
    journal.sort_by(|a, b| a.stamp.id.cmp(&b.stamp.id));
    assert_eq!(journal, data.journal);
    assert!(loaded.quarantined.is_empty());
    assert!(
        loaded.sets.is_empty(),
        "a current store needs no migration writes"
    );
}

/// The keys whose text differs between two encodes, and the keys gone.
fn changes(
    before: &BTreeMap<String, String>,
    after: &BTreeMap<String, String>,
) -> (Vec<String>, Vec<String>) {
    let set = after
        .keys()
        .filter(|k| before.get(*k) != after.get(*k))
        .cloned()
        .collect();
    let gone = before
        .keys()
        .filter(|k| !after.contains_key(*k))
        .cloned()
        .collect();
    (set, gone)
}

#[test]
fn saving_one_entry_rewrites_only_its_month() {
    use tend::store::layout::Stored;
    let before = encode(&sample());
    let mut data = sample();
    let new = entry("j4", "2026-11-22", "Another");
    assert_eq!(new.key(), "tend:journal:2026-11");
    data.journal.push(new);
    let (sets, removes) = changes(&before, &encode(&data));
    assert_eq!(sets, ["tend:journal:2026-11"]);
    assert!(removes.is_empty());
}

#[test]
fn a_month_left_empty_has_no_key() {
    use tend::model::JournalEntry;
    use tend::store::layout::{encode_key, Month};
    let before = encode(&sample());
    let mut data = sample();
    data.journal.retain(|e| e.stamp.id != "j1");
    let (sets, removes) = changes(&before, &encode(&data));
    assert!(sets.is_empty());
    assert_eq!(removes, ["tend:journal:2026-10"]);
    assert_eq!(
        encode_key::<JournalEntry>(&data.journal, Month::parse("2026-10")),
        None
    );
}

#[test]
fn the_same_records_in_any_order_are_stored_as_the_same_text() {
    let a = person("p1", "Ada", 10);
    let mut b = person("p2", "Bea", 10);
    b.stamp.created_at = common::at(1_600_000_000_000);
    let c = person("p3", "Cy", 10);
    let one = encode_records([&a, &b, &c]);
    let two = encode_records([&c, &a, &b]);
    assert_eq!(one, two);
    // Oldest first, then by id.
    let text = one.unwrap();
    let at = |name: &str| text.find(name).unwrap();
    assert!(at("Bea") < at("Ada") && at("Ada") < at("Cy"), "{text}");
    assert_eq!(encode_records::<Person>([]), None);
}

#[test]
fn two_copies_edited_in_the_same_millisecond_keep_both_and_settle_in_both_tabs() {
    let ours = person("p1", "Ada from tab A", 50);
    let theirs = person("p1", "Ada from tab B", 50);
    // Neither is newer: a conflict, not a tie to break.
    assert!(!theirs_wins(&ours, &theirs) && !theirs_wins(&theirs, &ours));
    let mut a = vec![ours.clone()];
    merge_into(&mut a, [theirs.clone()]);
    let mut b = vec![theirs];
    merge_into(&mut b, [ours]);
    let names = |list: &[Person]| {
        let mut n: Vec<(String, String)> = list
            .iter()
            .map(|p| (p.stamp.id.clone(), p.name.clone()))
            .collect();
        n.sort();
        n
    };
    // Both names are kept, the same way in either tab.
    assert_eq!(names(&a), names(&b));
    let kept: Vec<String> = names(&a).into_iter().map(|(_, n)| n).collect();
    assert_eq!(kept.len(), 2);
    assert!(kept.contains(&"Ada from tab A".to_string()));
    assert!(kept.contains(&"Ada from tab B".to_string()));
    assert_eq!(a.iter().filter(|p| p.stamp.is_conflict_copy()).count(), 1);
    // Hearing each other's merged list again changes nothing: they settle.
    assert!(merge_into(&mut a, b.clone()).is_empty());
    assert!(merge_into(&mut b, a.clone()).is_empty());
    // The same record is never "newer" than itself.
    assert!(!theirs_wins(&a[0], &a[0].clone()));
}

#[test]
fn merging_reports_what_changed_so_only_those_shards_are_rewritten() {
    let mut ours = vec![person("p1", "Ada", 10), person("p2", "Bea", 10)];
    let changed = merge_into(
        &mut ours,
        [
            person("p1", "Ada", 5),
            person("p2", "Bea Smith", 20),
            person("p3", "Cy", 1),
        ],
    );
    let names: Vec<(Option<String>, &str)> = changed
        .iter()
        .map(|(before, i)| {
            (
                before.as_ref().map(|p| p.name.clone()),
                ours[*i].name.as_str(),
            )
        })
        .collect();
    assert_eq!(names, [(Some("Bea".into()), "Bea Smith"), (None, "Cy")]);
}

#[test]
fn a_corrupted_key_is_quarantined_and_the_rest_loads() {
    let mut stored = stored_with_meta(encode(&sample()));
    stored.insert(
        "tend:journal:2026-10".into(),
        "[{\"id\":\"j1\", oops".into(),
    );
    let loaded = load(&stored, THIS_MONTH).unwrap();
    assert_eq!(loaded.quarantined.len(), 1);
    let q = &loaded.quarantined[0];
    assert_eq!(q.key, "tend:journal:2026-10");
    assert_eq!(
        q.raw, "[{\"id\":\"j1\", oops",
        "the raw bytes are kept exactly"
    );
    assert!(q.reason.contains("not valid JSON"), "{}", q.reason);
    assert_eq!(loaded.data.people.len(), 2);
    assert_eq!(loaded.data.journal.len(), 2, "November still loads");
}

#[test]
fn a_key_with_wrong_field_types_is_quarantined_with_the_value_and_position() {
    let mut stored = stored_with_meta(encode(&sample()));
    stored.insert(
        "tend:people".into(),
        r#"[{"id":"p1","c":1,"u":1,"n":42}]"#.into(),
    );
    let loaded = load(&stored, THIS_MONTH).unwrap();
    assert_eq!(loaded.quarantined.len(), 1);
    assert!(
        loaded.quarantined[0]
            .reason
            .contains("invalid type: integer `42`, expected a string, at line 1, column"),
        "{}",
        loaded.quarantined[0].reason
    );
    // The whole reason.
    assert_eq!(
        loaded.quarantined[0].reason,
        "its contents did not fit (invalid type: integer `42`, expected a string, \
         at line 1, column 30)"
    );
    assert!(loaded.data.people.is_empty());
    assert_eq!(loaded.data.journal.len(), 3);
}

#[test]
fn a_damaged_journal_month_says_what_did_not_fit() {
    let mut stored = stored_with_meta(encode(&sample()));
    stored.insert(
        "tend:journal:2026-10".into(),
        r#"[{"id":"j1","c":1,"u":1,"d":"2026-10-01","t":"ok"},{"id":"j2","c":1,"u":1,"d":"2026-10-02","t":["not text"]}]"#
            .into(),
    );
    let loaded = load(&stored, THIS_MONTH).unwrap();
    assert_eq!(loaded.quarantined.len(), 1);
    let reason = &loaded.quarantined[0].reason;
    assert!(reason.starts_with("its contents did not fit (invalid type: sequence, expected a string, at line 1, column "), "{reason}");
    assert!(reason.ends_with(")"), "{reason}");
}

#[test]
fn decoding_a_key_says_what_did_not_fit_and_where() {
    let err = |raw: &str| layout::decode_key("tend:people", raw).unwrap_err();
    assert_eq!(
        err(r#"[{"id":"p1","c":1,"u":1,"n":"Ada"},{"id":"p2","c":1,"u":1,"n":false}]"#),
        "invalid type: boolean `false`, expected a string, at line 1, column 67"
    );
    assert_eq!(
        err(r#"{"id":"p1"}"#),
        "invalid type: map, expected a sequence, at line 1, column 0"
    );
    assert_eq!(err("[] x"), "trailing characters, at line 1, column 4");
    // A record that is not an object of its fields, as Tend writes them.
    assert_eq!(
        err("[5]"),
        "invalid type: integer `5`, expected a record, at line 1, column 2"
    );
    assert_eq!(
        err(r#"[["p1",1,1,false,"Ada"]]"#),
        "invalid type: sequence, expected a record, at line 1, column 1"
    );
}

#[test]
fn a_newer_schema_is_refused_not_overwritten() {
    let mut stored = encode(&sample());
    stored.insert(
        layout::META.into(),
        r#"{"schema_version":99,"epoch":0}"#.into(),
    );
    let err = load(&stored, THIS_MONTH).unwrap_err();
    assert_eq!(
        err,
        LoadError::TooNew {
            found: 99,
            supported: SCHEMA_VERSION
        }
    );
    assert!(err.to_string().contains("newer version of Tend"));
}

#[test]
fn foreign_keys_are_left_alone() {
    let mut stored = stored_with_meta(encode(&sample()));
    stored.insert("tend:something-new".into(), "not json at all".into());
    stored.insert("other-app".into(), "{".into());
    let loaded = load(&stored, THIS_MONTH).unwrap();
    assert!(loaded.quarantined.is_empty());
    assert!(loaded.removes.is_empty());
}

#[test]
fn quarantine_keys_never_overwrite_an_earlier_one() {
    let taken = ["tend:quarantine:people", "tend:quarantine:people:2"];
    let k = quarantine_key("tend:people", |k| taken.contains(&k));
    assert_eq!(k, "tend:quarantine:people:3");
    assert_eq!(
        quarantine_key("tend:people", |_| false),
        "tend:quarantine:people"
    );
}

#[test]
fn schema_1_fixture_migrates_to_monthly_shards() {
    let text = include_str!("fixtures/schema-v1.json");
    let stored: BTreeMap<String, String> = serde_json::from_str(text).unwrap();
    let loaded = load(&stored, THIS_MONTH).unwrap();
    assert!(loaded.quarantined.is_empty(), "{:?}", loaded.quarantined);
    assert_eq!(loaded.data.people.len(), 2);
    assert_eq!(loaded.data.people[1].notes, "Sunday walks");
    assert_eq!(loaded.data.journal.len(), 3);
    let set_keys: Vec<&str> = loaded.sets.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(set_keys, ["tend:journal:2025-01", "tend:journal:2025-02"]);
    assert_eq!(loaded.removes, ["tend:journal"]);
    // Months that are over are written packed.
    let jan = tend::store::packed::expand(&loaded.sets[0].1).unwrap();
    assert!(jan.contains("New year") && jan.contains("my brother") && !jan.contains("Grace"));
    assert_eq!(
        loaded.meta.unwrap().schema,
        1,
        "the loader reports what it found"
    );
}

#[test]
fn start_up_without_the_migrations_refuses_older_data_and_with_them_loads_it_as_load_does() {
    // The browser build fetches the migrations only for older data: without
    // them, nothing of such data is read (not even in part)...
    let text = include_str!("fixtures/schema-v1.json");
    let stored: BTreeMap<String, String> = serde_json::from_str(text).unwrap();
    let refused = load_deferring(&stored, THIS_MONTH, None).unwrap_err();
    assert_eq!(refused, LoadError::NeedsMigrating { found: 1 });
    // ... and with them it is what `load` makes of it.
    let migrated = load_deferring(&stored, THIS_MONTH, Some(MIGRATE)).unwrap();
    let whole = load(&stored, THIS_MONTH).unwrap();
    assert_eq!(migrated.data, whole.data);
    assert_eq!(migrated.sets, whole.sets);
    assert_eq!(migrated.removes, whole.removes);
    // Data of this schema needs none.
    let current = stored_with_meta(encode(&sample()));
    assert!(load_deferring(&current, THIS_MONTH, None).is_ok());
}

#[test]
fn schema_1_without_a_meta_key_is_recognised_by_its_layout() {
    let text = include_str!("fixtures/schema-v1.json");
    let mut stored: BTreeMap<String, String> = serde_json::from_str(text).unwrap();
    stored.remove("tend:meta");
    let loaded = load(&stored, THIS_MONTH).unwrap();
    assert_eq!(loaded.data.journal.len(), 3);
    assert_eq!(loaded.removes, ["tend:journal"]);
}

#[test]
fn undated_schema_1_entries_are_quarantined_not_lost() {
    let mut stored = BTreeMap::new();
    stored.insert(
        "tend:meta".to_string(),
        r#"{"schema_version":1}"#.to_string(),
    );
    let journal =
        r#"[{"id":"a","c":1,"u":1,"d":"2025-03-04","t":"ok"},{"id":"b","c":1,"u":1,"t":"no day"}]"#;
    stored.insert("tend:journal".to_string(), journal.to_string());
    let loaded = load(&stored, THIS_MONTH).unwrap();
    assert_eq!(loaded.data.journal.len(), 1);
    assert_eq!(loaded.quarantined.len(), 1);
    assert_eq!(
        loaded.quarantined[0].raw, journal,
        "the whole original text is kept"
    );
}

#[test]
fn a_schema_1_day_with_a_non_ascii_character_is_set_aside_not_a_crash() {
    // Ten bytes, with "é" across bytes 6 and 7: slicing the day at byte 7
    // used to panic, and a panic while loading breaks every reload.
    let mut stored = BTreeMap::new();
    stored.insert(
        "tend:meta".to_string(),
        r#"{"schema_version":1}"#.to_string(),
    );
    let journal = r#"[{"id":"a","c":1,"u":1,"d":"2025-03-04","t":"ok"},{"id":"b","c":1,"u":1,"d":"2026-1é-0","t":"odd day"}]"#;
    assert_eq!("2026-1é-0".len(), 10);
    stored.insert("tend:journal".to_string(), journal.to_string());
    let loaded = load(&stored, THIS_MONTH).unwrap();
    assert_eq!(loaded.data.journal.len(), 1);
    assert_eq!(loaded.quarantined.len(), 1);
    assert_eq!(loaded.quarantined[0].raw, journal);
}

#[test]
fn storage_use_is_counted_in_utf16_code_units() {
    assert_eq!(layout::code_units("ab✨😀"), 2 + 1 + 2);
    assert_eq!(layout::code_units("plain"), 5);
}

#[test]
fn merge_keeps_both_tabs_new_records_and_the_newer_edit() {
    let ours = Data {
        people: vec![person("p1", "Ada", 10), person("p2", "Old name", 10)],
        ..Default::default()
    };
    let theirs = Data {
        people: vec![person("p2", "New name", 20), person("p3", "Linus", 5)],
        ..Default::default()
    };
    let merged = ours.merge(&theirs);
    let names: Vec<&str> = merged.people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Ada", "New name", "Linus"]);
    // And the other way round gives the same records.
    let back = theirs.merge(&ours);
    let mut a: Vec<_> = back.people.iter().map(|p| p.name.clone()).collect();
    a.sort();
    assert_eq!(a, ["Ada", "Linus", "New name"]);
}

#[test]
fn a_deletion_survives_merging_with_an_older_copy() {
    let mut gone = person("p1", "Ada", 30);
    gone.stamp.deleted = true;
    let merged = Data {
        people: vec![person("p1", "Ada", 10)],
        ..Default::default()
    }
    .merge(&Data {
        people: vec![gone],
        ..Default::default()
    });
    assert!(merged.people[0].stamp.deleted);
    assert_eq!(merged.live_people().count(), 0);
    // Either way round.
    let again = Data {
        people: merged.people.clone(),
        ..Default::default()
    }
    .merge(&Data {
        people: vec![person("p1", "Ada", 10)],
        ..Default::default()
    });
    assert!(again.people[0].stamp.deleted);
}

#[test]
fn storage_use_reads_as_words() {
    use tend::store::{usage_label, QUOTA_CODE_UNITS};
    assert_eq!(usage_label(0), "0 KB of about 5 MB used (0%)");
    assert_eq!(
        usage_label(39),
        "Under 1 KB of about 5 MB used (less than 1%)"
    );
    assert_eq!(
        usage_label(20_480),
        "20 KB of about 5 MB used (less than 1%)"
    );
    assert_eq!(
        usage_label(QUOTA_CODE_UNITS / 2),
        "2560 KB of about 5 MB used (50%)"
    );
    assert_eq!(
        usage_label(QUOTA_CODE_UNITS),
        "5120 KB of about 5 MB used (100%)"
    );
}

#[test]
fn schema_3_fixture_moves_the_importers_note_lines_into_contact_fields() {
    let stored: BTreeMap<String, String> =
        serde_json::from_str(include_str!("fixtures/schema-v3.json")).unwrap();
    let loaded = load(&stored, THIS_MONTH).unwrap();
    assert!(loaded.quarantined.is_empty(), "{:?}", loaded.quarantined);
    assert_eq!(loaded.meta.as_ref().unwrap().schema, 3);
    let set_keys: Vec<&str> = loaded.sets.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(set_keys, ["tend:people"], "only people change");
    assert!(loaded.removes.is_empty());
    let by_id = |id: &str| {
        loaded
            .data
            .people
            .iter()
            .find(|p| p.stamp.id == id)
            .unwrap()
    };
    let maia = by_id("p1");
    assert_eq!(maia.phones, ["+44 7700 900123", "+44 20 7946 0958"]);
    assert_eq!(maia.emails, ["maia@example.org"]);
    assert_eq!(maia.notes, "");
    let tomasz = by_id("p2");
    assert_eq!(tomasz.phones, ["+48 600 100 200"]);
    assert_eq!(tomasz.emails, ["tomasz@example.pl"]);
    assert_eq!(
        tomasz.notes, "Loves jazz. Phone: only after six\nPhone: ask his sister",
        "what the person wrote stays, even when it starts like the importer's lines"
    );
    let bea = by_id("p3");
    assert_eq!(bea.notes, "Phone me on Sundays");
    assert!(bea.phones.is_empty() && bea.emails.is_empty());
    assert_eq!(by_id("p4").emails, ["gone@example.com"], "tombstones too");
    // Stamps stay: the same record from an old backup is the same record.
    assert_eq!(
        tomasz.stamp.updated_at.timestamp_millis(),
        1_700_000_100_000
    );
    // A field this build does not know passes through; the journal is untouched.
    let text = &loaded.sets[0].1;
    assert!(
        text.contains("\"zz\":\"a field from a newer build\""),
        "{text}"
    );
    assert!(!text.contains("\"no\":\"Phone: +44"), "{text}");
    assert!(loaded.data.journal[0]
        .text
        .contains("Phone: not a contact line"));

    // Once written, the next load has nothing left to do.
    let mut after = stored.clone();
    after.extend(loaded.sets.iter().cloned());
    after.insert(
        layout::META.into(),
        format!(r#"{{"schema_version":{SCHEMA_VERSION},"epoch":2}}"#),
    );
    let again = load(&after, THIS_MONTH).unwrap();
    assert!(again.sets.is_empty() && again.quarantined.is_empty());
    let mut a = again.data.people.clone();
    let mut b = loaded.data.people.clone();
    a.sort_by(|x, y| x.stamp.id.cmp(&y.stamp.id));
    b.sort_by(|x, y| x.stamp.id.cmp(&y.stamp.id));
    assert_eq!(a, b);
}

#[test]
fn a_schema_3_people_key_that_is_not_a_list_is_set_aside_not_migrated() {
    let mut stored = BTreeMap::new();
    stored.insert(
        layout::META.to_string(),
        r#"{"schema_version":3}"#.to_string(),
    );
    stored.insert("tend:people".to_string(), r#"{"not":"a list"}"#.to_string());
    let loaded = load(&stored, THIS_MONTH).unwrap();
    assert_eq!(loaded.quarantined.len(), 1);
    assert_eq!(loaded.quarantined[0].raw, r#"{"not":"a list"}"#);
}

/// Property tests: whatever text a key holds, loading never panics, and a
/// key that cannot be read is set aside with the rest loaded. (proptest is
/// native only.)
#[cfg(not(target_arch = "wasm32"))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn a_map_built_by_inserting_is_the_collected_one(
            pairs in proptest::collection::vec((0u8..8, any::<u8>()), 0..40),
        ) {
            // Saves and loading build their key maps with `map_of` (no sort
            // compiled per type): the same map, a later value winning.
            let collected: BTreeMap<u8, u8> = pairs.iter().copied().collect();
            prop_assert_eq!(tend::model::order::map_of(pairs), collected);
        }

        #[test]
        fn a_set_built_by_inserting_is_the_collected_one(
            items in proptest::collection::vec(0u8..16, 0..40),
        ) {
            // Tags, ticked boxes, a calendar's left-out days: `set_of`, in
            // order and once each, as `collect()` would make them.
            let collected: std::collections::BTreeSet<u8> = items.iter().copied().collect();
            prop_assert_eq!(tend::model::order::set_of(items), collected);
        }

        #[test]
        fn any_stored_text_loads_or_is_set_aside(
            key in "tend:(journal:20[0-9]{2}-[0-9]{2}|interactions:2026-1[0-2]|people|checkups|rituals|meta|pending|draft)",
            value in any::<String>(),
        ) {
            let mut stored = stored_with_meta(encode(&sample()));
            stored.insert(key.clone(), value);
            if let Ok(loaded) = load(&stored, THIS_MONTH) {
                // Only the changed key can be the one set aside.
                prop_assert!(loaded.quarantined.iter().all(|q| q.key == key));
                if !key.starts_with("tend:journal") && key != "tend:meta" && key != "tend:pending" {
                    prop_assert_eq!(loaded.data.journal.len(), sample().journal.len());
                }
            }
        }
    }
}
