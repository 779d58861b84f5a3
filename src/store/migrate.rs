//! Schema migrations: each step is a pure function from the stored form of
//! version N to version N+1, working on the parsed JSON of every data key.

use crate::model::collections::VecMap;
use serde_json::Value;

/// Parsed values of the stored data keys, by key.
pub type Stored = VecMap<String, Value>;

/// A key a step could not convert: it is taken out of `Stored` and the loader
/// keeps its original text aside in quarantine.
#[derive(Debug, PartialEq)]
pub struct Unconvertible {
    pub key: String,
    pub reason: String,
}

pub type Step = fn(&mut Stored) -> Vec<Unconvertible>;

/// `STEPS[n]` turns version `n + 1` into version `n + 2`.
pub const STEPS: &[Step] = &[v1_to_v2];

/// The one key under which schema 1 kept the whole journal.
pub const V1_JOURNAL: &str = "tend:journal";

/// Runs every step from `from` up to `crate::store::SCHEMA_VERSION`.
pub fn run(stored: &mut Stored, from: u32) -> Vec<Unconvertible> {
    let start = from.saturating_sub(1) as usize;
    STEPS
        .iter()
        .skip(start)
        .flat_map(|step| step(stored))
        .collect()
}

/// Schema 1 kept the journal as one array under `tend:journal`, so every save
/// rewrote the whole history. Schema 2 shards it by month of the entry's day.
fn v1_to_v2(stored: &mut Stored) -> Vec<Unconvertible> {
    let Some(journal) = stored.remove(V1_JOURNAL) else {
        return Vec::new();
    };
    let Value::Array(entries) = journal else {
        return vec![Unconvertible {
            key: V1_JOURNAL.to_string(),
            reason: "the journal was not a list of entries".to_string(),
        }];
    };
    let mut months: VecMap<String, Vec<Value>> = VecMap::new();
    let mut orphans = Vec::new();
    for entry in entries {
        let month = entry
            .get("d")
            .and_then(Value::as_str)
            .filter(|d| d.len() == 10)
            .map(|d| d[..7].to_string());
        match month {
            Some(m) => months.or_default(m).push(entry),
            None => orphans.push(entry),
        }
    }
    for (month, entries) in months {
        let key = format!("{}{month}", super::layout::JOURNAL_PREFIX);
        stored.insert(key, Value::Array(entries));
    }
    if orphans.is_empty() {
        Vec::new()
    } else {
        // Keep the undated entries whole under the old key so the loader
        // quarantines them instead of losing them.
        stored.insert(V1_JOURNAL.to_string(), Value::Array(orphans));
        vec![Unconvertible {
            key: V1_JOURNAL.to_string(),
            reason: "some journal entries had no valid day".to_string(),
        }]
    }
}
