//! The packed form of months that are over: it round-trips any text, stays
//! valid UTF-16 that storage keeps exactly, is much smaller than the JSON it
//! holds, never panics on damaged or forged text, and the loader turns
//! today's plain shards (schema 2) and months that have just ended into it.
//!
//! Native only: `proptest` is a native dev-dependency.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{sample_full, stored_with_meta, THIS_MONTH};
use proptest::prelude::*;
use std::collections::BTreeMap;
use tend::model::Data;
use tend::store::layout::{self, encode, reform, Month};
use tend::store::load::load;
use tend::store::packed::{expand, is_packed, pack, MAX_PLAIN_BYTES, TAG};

fn units(text: &str) -> usize {
    text.encode_utf16().count()
}

fn sorted(mut data: Data) -> Data {
    data.people.sort_by(|a, b| a.stamp.id.cmp(&b.stamp.id));
    data.journal.sort_by(|a, b| a.stamp.id.cmp(&b.stamp.id));
    data.interactions
        .sort_by(|a, b| a.stamp.id.cmp(&b.stamp.id));
    data.checkups.sort_by(|a, b| a.stamp.id.cmp(&b.stamp.id));
    data
}

/// A month of journal entries as the app stores them: ~600 characters a
/// day of ordinary prose.
fn month_of_entries() -> String {
    let words = [
        "walked",
        "with",
        "my",
        "sister",
        "and",
        "we",
        "talked",
        "about",
        "the",
        "garden",
        "called",
        "Ada",
        "after",
        "work",
        "felt",
        "lighter",
        "tired",
        "but",
        "glad",
        "coffee",
        "neighbour",
        "laughed",
        "rain",
        "message",
        "grateful",
        "for",
        "small",
        "things",
        "today",
    ];
    let mut seed = 7u64;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let entries: Vec<String> = (1..=30)
        .map(|day| {
            let mut text = String::new();
            while text.len() < 600 {
                text.push_str(words[(next() % words.len() as u64) as usize]);
                text.push(' ');
            }
            format!(
                r#"{{"id":"{:016x}","c":{},"u":{},"d":"2025-04-{day:02}","t":"{}","m":{}}}"#,
                next(),
                1_743_000_000_000u64 + day * 86_400_000,
                1_743_000_000_000u64 + day * 86_400_000,
                text.trim_end(),
                next() % 5 + 1
            )
        })
        .collect();
    format!("[{}]", entries.join(","))
}

#[test]
fn a_month_of_entries_packs_to_under_a_third_of_its_units() {
    let plain = month_of_entries();
    let stored = pack(&plain);
    assert!(is_packed(&stored));
    let ratio = units(&plain) as f64 / units(&stored) as f64;
    assert!(ratio > 3.0, "packed only {ratio:.2}x");
    assert_eq!(expand(&stored).unwrap(), plain);
}

#[test]
fn plain_text_passes_through_unchanged() {
    assert_eq!(expand("[{\"id\":\"a\"}]").unwrap(), "[{\"id\":\"a\"}]");
    assert!(!is_packed("[]"));
}

#[test]
fn damaged_and_forged_values_are_refused_with_a_message() {
    let good = pack(&month_of_entries());
    let cases = [
        TAG.to_string(),
        format!("{TAG}\u{1}"),
        format!("{TAG} \u{9000}"),
        format!("{TAG} \u{D7FF}\u{E000}"),
        good[..good.len() / 2].to_string(),
        format!("{good}x"),
    ];
    for bad in &cases {
        let err = expand(bad).expect_err(bad);
        assert!(err.contains("compressed form is damaged"), "{err}");
    }
    // A forged length never makes the expander allocate it.
    let mut bytes = (u32::MAX).to_le_bytes().to_vec();
    bytes.extend_from_slice(b"\x10a");
    let forged = pack_bytes(&bytes);
    let err = expand(&forged).unwrap_err();
    assert!(err.contains("larger than storage"), "{err}");
    assert!(MAX_PLAIN_BYTES < u32::MAX as usize);
}

/// `bytes` packed 15 bits to a unit, as `pack` does after compressing.
fn pack_bytes(bytes: &[u8]) -> String {
    let bits: Vec<bool> = bytes
        .iter()
        .flat_map(|b| (0..8).rev().map(move |i| b >> i & 1 == 1))
        .collect();
    let units = bits.len().div_ceil(15);
    let pad = units * 15 - bits.len();
    let mut out = String::from(TAG);
    out.push(char::from_u32(0x20 + pad as u32).unwrap());
    for chunk in bits.chunks(15) {
        let mut v = 0u32;
        for (i, bit) in chunk.iter().enumerate() {
            v |= u32::from(*bit) << (14 - i);
        }
        out.push(char::from_u32(0x20 + v).unwrap());
    }
    out
}

proptest! {
    #[test]
    fn any_text_round_trips_in_units_storage_keeps(text in any::<String>()) {
        let stored = pack(&text);
        prop_assert!(stored.starts_with(TAG));
        for c in stored[TAG.len()..].chars() {
            // Printable, and never a surrogate: storage keeps it exactly.
            prop_assert!((0x20..=0x801F).contains(&(c as u32)), "{:x}", c as u32);
        }
        prop_assert_eq!(expand(&stored).unwrap(), text);
    }

    #[test]
    fn damaged_packed_text_never_panics(
        text in ".{0,300}",
        flips in proptest::collection::vec((any::<prop::sample::Index>(), 0x20u32..0x8020), 1..4),
        cut in any::<prop::sample::Index>(),
    ) {
        let stored = pack(&text);
        let mut chars: Vec<char> = stored.chars().collect();
        for (at, to) in flips {
            let i = TAG.len() + at.index(chars.len() - TAG.len());
            chars[i] = char::from_u32(to).unwrap();
        }
        let damaged: String = chars.iter().collect();
        let _ = expand(&damaged);
        let cut = TAG.len() + cut.index(chars.len() - TAG.len() + 1);
        let truncated: String = chars[..cut].iter().collect();
        let _ = expand(&truncated);
    }

    #[test]
    fn arbitrary_text_after_the_tag_never_panics(rest in any::<String>()) {
        let _ = expand(&format!("{TAG}{rest}"));
    }
}

#[test]
fn schema_2_fixture_packs_the_months_that_are_over() {
    let stored: BTreeMap<String, String> =
        serde_json::from_str(include_str!("fixtures/schema-v2.json")).unwrap();
    assert!(
        stored.values().all(|v| !is_packed(v)),
        "today's schema is plain"
    );
    let loaded = load(&stored, THIS_MONTH).unwrap();
    assert!(loaded.quarantined.is_empty(), "{:?}", loaded.quarantined);
    assert_eq!(loaded.meta.as_ref().unwrap().schema, 2);
    let mut set_keys: Vec<&str> = loaded.sets.iter().map(|(k, _)| k.as_str()).collect();
    set_keys.sort();
    assert_eq!(
        set_keys,
        [
            "tend:interactions:2026-10",
            "tend:journal:2025-03",
            "tend:journal:2026-10"
        ],
        "only months before November are rewritten; November and the people stay plain"
    );
    for (key, text) in &loaded.sets {
        assert!(is_packed(text), "{key}");
        assert_eq!(expand(text).unwrap(), stored[key].as_str());
    }
    assert!(loaded.removes.is_empty());

    // Every record read the same as before; and once the writes are made,
    // the next load has nothing more to do and reads the same records.
    let mut after = stored.clone();
    after.extend(loaded.sets.iter().cloned());
    after.insert(
        layout::META.into(),
        r#"{"schema_version":3,"epoch":3}"#.into(),
    );
    let again = load(&after, THIS_MONTH).unwrap();
    assert!(again.sets.is_empty() && again.quarantined.is_empty());
    assert_eq!(sorted(again.data), sorted(loaded.data.clone()));
    assert_eq!(loaded.data.journal.len(), 4);
    assert!(loaded
        .data
        .journal
        .iter()
        .any(|e| e.text.contains("my sister")));
}

/// `sample_full` as the app stored it while `month` of 2026 was current.
fn stored_while(month: u32) -> BTreeMap<String, String> {
    let current = Month { year: 2026, month };
    let mut stored = stored_with_meta(BTreeMap::new());
    for (key, text) in encode(&sample_full()) {
        let text = reform(&key, &text, current).unwrap_or(text);
        stored.insert(key, text);
    }
    stored
}

#[test]
fn a_month_that_ends_is_packed_at_the_next_start() {
    // Stored while October was current: October plain.
    let stored = stored_while(10);
    assert!(!is_packed(&stored["tend:journal:2026-10"]));
    let loaded = load(&stored, THIS_MONTH).unwrap();
    let keys: Vec<&str> = loaded.sets.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(keys, ["tend:interactions:2026-10", "tend:journal:2026-10"]);
    assert!(loaded.sets.iter().all(|(_, t)| is_packed(t)));
    assert_eq!(sorted(loaded.data), sorted(sample_full()));
}

#[test]
fn a_packed_current_month_is_made_plain_again() {
    // The clock went back a month (or another tab's did): November is
    // current again here, so typing into it must not recompress each save.
    let stored = stored_while(12);
    assert!(is_packed(&stored["tend:journal:2026-11"]));
    let loaded = load(&stored, THIS_MONTH).unwrap();
    let keys: Vec<&str> = loaded.sets.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(keys, ["tend:interactions:2026-11", "tend:journal:2026-11"]);
    assert!(loaded.sets.iter().all(|(_, t)| !is_packed(t)));
    assert_eq!(sorted(loaded.data), sorted(sample_full()));
}

#[test]
fn a_damaged_packed_month_is_set_aside_and_the_rest_loads() {
    let mut stored = stored_with_meta(encode(&sample_full()));
    let oct = stored["tend:journal:2026-10"].clone();
    assert!(is_packed(&oct));
    stored.insert("tend:journal:2026-10".into(), oct[..oct.len() - 3].into());
    let loaded = load(&stored, THIS_MONTH).unwrap();
    assert_eq!(loaded.quarantined.len(), 1);
    let q = &loaded.quarantined[0];
    assert_eq!(q.key, "tend:journal:2026-10");
    assert!(
        q.reason.contains("compressed form is damaged"),
        "{}",
        q.reason
    );
    assert_eq!(
        q.raw, stored["tend:journal:2026-10"],
        "kept exactly as stored"
    );
    assert_eq!(loaded.data.journal.len(), 2, "November still loads");
    assert_eq!(loaded.data.interactions.len(), 3);
}

#[test]
fn a_packed_month_whose_records_do_not_fit_is_kept_aside_readable() {
    let mut stored = stored_with_meta(encode(&sample_full()));
    stored.insert(
        "tend:journal:2026-10".into(),
        pack(r#"[{"id":"j1","c":"not a time"}]"#),
    );
    let loaded = load(&stored, THIS_MONTH).unwrap();
    let q = &loaded.quarantined[0];
    assert!(q.reason.contains("did not fit"), "{}", q.reason);
    assert_eq!(q.raw, r#"[{"id":"j1","c":"not a time"}]"#);
}
