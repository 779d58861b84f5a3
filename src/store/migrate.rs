//! Schema migrations: each step is a pure function from the stored form of
//! version N to version N+1, working on the parsed JSON of every data key.

use super::layout::{Collection, Month};
use serde::Deserialize;
use serde_json::value::RawValue;
use std::collections::BTreeMap;

/// The stored text of the data keys, by key. Steps read only what they need
/// and pass records through as text, so a record keeps every field, even
/// ones this build does not know.
pub type Stored = BTreeMap<String, String>;

/// A key a step could not convert: it is taken out of `Stored` and the loader
/// keeps its original text aside in quarantine.
#[derive(Debug, PartialEq)]
pub struct Unconvertible {
    pub key: String,
    pub reason: String,
}

/// A step, given the stored keys and the current month (some forms depend
/// on which months are over).
pub type Step = fn(&mut Stored, Month) -> Vec<Unconvertible>;

/// `STEPS[n]` turns version `n + 1` into version `n + 2`.
pub const STEPS: &[Step] = &[v1_to_v2, v2_to_v3, v3_to_v4];

/// The one key under which schema 1 kept the whole journal.
pub const V1_JOURNAL: &str = "tend:journal";

/// Runs every step from `from` up to `crate::store::SCHEMA_VERSION`.
pub fn run(stored: &mut Stored, from: u32, current: Month) -> Vec<Unconvertible> {
    let start = from.saturating_sub(1) as usize;
    STEPS
        .iter()
        .skip(start)
        .flat_map(|step| step(stored, current))
        .collect()
}

/// Schema 1 kept the journal as one array under `tend:journal`, so every save
/// rewrote the whole history. Schema 2 shards it by month of the entry's day.
fn v1_to_v2(stored: &mut Stored, _current: Month) -> Vec<Unconvertible> {
    /// The one field the step reads from each entry.
    #[derive(Deserialize)]
    struct Day {
        d: String,
    }
    let Some(journal) = stored.remove(V1_JOURNAL) else {
        return Vec::new();
    };
    let Ok(entries) = serde_json::from_str::<Vec<Box<RawValue>>>(&journal) else {
        stored.insert(V1_JOURNAL.to_string(), journal);
        return vec![Unconvertible {
            key: V1_JOURNAL.to_string(),
            reason: "the journal was not a list of entries".to_string(),
        }];
    };
    let mut months: BTreeMap<String, Vec<&str>> = BTreeMap::new();
    let mut orphans = Vec::new();
    for entry in &entries {
        // Only a real calendar day names a shard; anything else (damaged
        // or foreign text, even with non-ASCII characters) is kept aside.
        let month = serde_json::from_str::<Day>(entry.get())
            .ok()
            .and_then(|e| crate::model::day::parse(&e.d))
            .map(|d| Month::of(d).to_string());
        match month {
            Some(m) => months.entry(m).or_default().push(entry.get()),
            None => orphans.push(entry.get()),
        }
    }
    let list = |items: &[&str]| format!("[{}]", items.join(","));
    for (month, entries) in &months {
        let key = format!(
            "{}{}:{month}",
            super::layout::PREFIX,
            Collection::Journal.name()
        );
        stored.insert(key, list(entries));
    }
    if orphans.is_empty() {
        Vec::new()
    } else {
        // Keep the undated entries whole under the old key so the loader
        // quarantines them instead of losing them.
        stored.insert(V1_JOURNAL.to_string(), list(&orphans));
        vec![Unconvertible {
            key: V1_JOURNAL.to_string(),
            reason: "some journal entries had no valid day".to_string(),
        }]
    }
}

/// Schema 2 stored every key as plain JSON, so ten years of daily use took
/// 92% of the quota. Schema 3 stores the months that are over packed (see
/// `store::packed`), about a quarter of the size.
fn v2_to_v3(stored: &mut Stored, current: Month) -> Vec<Unconvertible> {
    for (key, text) in stored.iter_mut() {
        if let Some(packed) = super::layout::reform(key, text, current) {
            *text = packed;
        }
    }
    Vec::new()
}

/// Schema 3 had no fields for phone numbers and email addresses, so the
/// contacts import wrote them into a person's notes as `Phone: …` and
/// `Email: …` lines. Schema 4 gives people `ph` and `em` fields: those
/// lines move there (see `contact::from_notes` for exactly which), and the
/// rest of the notes stay as they were.
///
/// Each person is read as a map of field name to raw text, so fields this
/// build does not know pass through untouched; a person whose notes hold
/// no such line is not rewritten at all. A people key that is not a list
/// of objects is left for the loader, which sets it aside.
fn v3_to_v4(stored: &mut Stored, _current: Month) -> Vec<Unconvertible> {
    use crate::model::contact::{from_notes, push_email, push_phone};
    type Fields = BTreeMap<String, Box<RawValue>>;
    let key = super::layout::key_of(super::layout::Collection::People, None);
    let Some(text) = stored.get(&key) else {
        return Vec::new();
    };
    let Ok(plain) = super::packed::expand(text) else {
        return Vec::new();
    };
    let Ok(mut people) = serde_json::from_str::<Vec<Fields>>(&plain) else {
        return Vec::new();
    };
    let list = |f: &Fields, key: &str| -> Vec<String> {
        f.get(key)
            .and_then(|v| serde_json::from_str(v.get()).ok())
            .unwrap_or_default()
    };
    let mut changed = false;
    for person in &mut people {
        let Some(notes) = person
            .get("no")
            .and_then(|v| serde_json::from_str::<String>(v.get()).ok())
        else {
            continue;
        };
        let Some(found) = from_notes(&notes) else {
            continue;
        };
        let mut phones = list(person, "ph");
        let mut emails = list(person, "em");
        found
            .phones
            .into_iter()
            .for_each(|p| push_phone(&mut phones, p));
        found
            .emails
            .into_iter()
            .for_each(|e| push_email(&mut emails, e));
        use serde_json::value::to_raw_value as raw;
        let (Ok(ph), Ok(em), Ok(no)) = (raw(&phones), raw(&emails), raw(&found.notes)) else {
            continue;
        };
        if found.notes.is_empty() {
            person.remove("no");
        } else {
            person.insert("no".into(), no);
        }
        if !phones.is_empty() {
            person.insert("ph".into(), ph);
        }
        if !emails.is_empty() {
            person.insert("em".into(), em);
        }
        changed = true;
    }
    if changed {
        if let Ok(text) = serde_json::to_string(&people) {
            stored.insert(key, text);
        }
    }
    Vec::new()
}
