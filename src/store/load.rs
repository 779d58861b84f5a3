//! Turning whatever localStorage holds into `Data`, without trusting it: bad
//! keys are set aside (never deleted), old schemas migrated, newer refused.

use super::layout::{self, Meta, META};
use super::migrate::{self, V1_JOURNAL};
use super::SCHEMA_VERSION;
use crate::model::collections::VecMap;
use crate::model::Data;
use thiserror::Error;

/// A stored key that could not be read; its raw text goes to quarantine.
#[derive(Clone, Debug, PartialEq)]
pub struct Quarantined {
    pub key: String,
    pub raw: String,
    pub reason: String,
}

#[derive(Debug, Default)]
pub struct Loaded {
    pub data: Data,
    pub meta: Option<Meta>,
    pub quarantined: Vec<Quarantined>,
    /// Writes that complete a migration (new or changed keys) ...
    pub sets: Vec<(String, String)>,
    /// ... and keys it made obsolete.
    pub removes: Vec<String>,
    /// What storage holds for each readable data key once the above are applied.
    pub snapshot: VecMap<String, String>,
}

#[derive(Debug, Error, PartialEq)]
pub enum LoadError {
    #[error(
        "Your data was saved by a newer version of Tend (schema {found}; this one knows up to \
         {supported}). Nothing has been changed. Reload the page to get the newer version."
    )]
    TooNew { found: u32, supported: u32 },
}

/// Reads `stored` (every localStorage key and value of this origin).
pub fn load(stored: &VecMap<String, String>) -> Result<Loaded, LoadError> {
    let mut out = Loaded::default();
    let candidates: Vec<(&String, &String)> =
        stored.iter().filter(|(k, _)| is_candidate(k)).collect();

    out.meta = match stored.get(META) {
        None => None,
        Some(raw) => match serde_json::from_str::<Meta>(raw) {
            Ok(m) => Some(m),
            Err(e) => {
                out.quarantined.push(Quarantined {
                    key: META.to_string(),
                    raw: raw.clone(),
                    reason: format!("the version record was unreadable ({e})"),
                });
                None
            }
        },
    };
    let version = match &out.meta {
        Some(m) => m.schema,
        // Before versioning existed, or the version record was unreadable:
        // the journal's layout tells which schema wrote the data.
        None if stored.contains_key(V1_JOURNAL) => 1,
        None => SCHEMA_VERSION,
    };
    if version > SCHEMA_VERSION {
        return Err(LoadError::TooNew {
            found: version,
            supported: SCHEMA_VERSION,
        });
    }

    let mut parsed = migrate::Stored::new();
    for (key, raw) in &candidates {
        match serde_json::from_str::<serde::de::IgnoredAny>(raw) {
            Ok(_) => {
                parsed.insert((*key).clone(), (*raw).clone());
            }
            Err(e) => out.quarantined.push(Quarantined {
                key: (*key).clone(),
                raw: (*raw).clone(),
                reason: format!("it is not valid JSON ({e})"),
            }),
        }
    }

    if version < SCHEMA_VERSION {
        let before = parsed.clone();
        for bad in migrate::run(&mut parsed, version) {
            let raw = stored.get(&bad.key).cloned().unwrap_or_default();
            parsed.remove(&bad.key);
            out.quarantined.push(Quarantined {
                key: bad.key,
                raw,
                reason: bad.reason,
            });
        }
        for (key, value) in &parsed {
            if before.get(key) != Some(value) {
                out.sets.push((key.clone(), value.clone()));
            }
        }
        out.removes = before
            .keys()
            .filter(|k| !parsed.contains_key(*k) && !out.quarantined.iter().any(|q| &q.key == *k))
            .cloned()
            .collect();
    }

    for (key, raw) in &parsed {
        if !layout::is_data_key(key) {
            continue;
        }
        let raw = raw.clone();
        match layout::decode_into(&mut out.data, key, &raw) {
            Ok(()) => {
                out.snapshot.insert(key.clone(), raw);
            }
            Err(reason) => {
                out.sets.retain(|(k, _)| k != key);
                out.quarantined.push(Quarantined {
                    key: key.clone(),
                    raw: stored.get(key).cloned().unwrap_or(raw),
                    reason: format!("its contents did not fit ({reason})"),
                })
            }
        }
    }
    Ok(out)
}

/// Keys that hold (or, in an old schema, held) records.
fn is_candidate(key: &str) -> bool {
    key == V1_JOURNAL || layout::is_data_key(key)
}

/// The quarantine key for `key`, distinct from any already taken.
pub fn quarantine_key(key: &str, taken: impl Fn(&str) -> bool) -> String {
    let base = format!(
        "{}{}",
        layout::QUARANTINE_PREFIX,
        key.strip_prefix(layout::PREFIX).unwrap_or(key)
    );
    if !taken(&base) {
        return base;
    }
    (2..)
        .map(|n| format!("{base}:{n}"))
        .find(|k| !taken(k))
        .unwrap_or(base)
}
