//! Merging what another tab stored under one key into ours, and what the
//! merge then writes back. Records merge by id (`model::record::merge_into`);
//! a key is written back only when the text ours would store differs from
//! what is stored, compared as plain text, so two tabs always settle.

use super::layout::{self, key_of, Month, Stored};
use super::packed;
use crate::model::record::{latest_stamp, merge_into};
use chrono::{DateTime, Utc};
use std::collections::BTreeSet;

/// What merging another tab's key did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Merged {
    /// Some record of ours changed or was added.
    pub changed: bool,
    /// The keys to write back: ours now differs from what is stored.
    pub write_back: Vec<String>,
    /// The latest stamp seen in what was merged (the clock must not go behind it).
    pub latest: Option<DateTime<Utc>>,
}

/// Merges `incoming` into `list` and returns the months (or `None` for an
/// unsharded collection) whose records changed.
pub fn merge_records<T: Stored>(list: &mut Vec<T>, incoming: Vec<T>) -> BTreeSet<Option<Month>> {
    let mut months = BTreeSet::new();
    for (before, i) in merge_into(list, incoming) {
        if let Some(b) = before {
            months.insert(b.month());
        }
        if let Some(r) = list.get(i) {
            months.insert(r.month());
        }
    }
    months
}

/// Merges the text another tab stored under `key` (of `T`'s records of
/// `month`) into `list`. `stored(key)` reads what storage holds now, for
/// the other keys the merge touched (a record that moved month).
pub fn merge_key<T: Stored>(
    list: &mut Vec<T>,
    key: &str,
    month: Option<Month>,
    theirs: &str,
    stored: impl Fn(&str) -> Option<String>,
) -> Result<Merged, String> {
    let incoming = layout::decode::<T>(theirs)?;
    let latest = latest_stamp(&incoming);
    let mut months = merge_records(list, incoming);
    let changed = !months.is_empty();
    months.insert(month);
    // Compared as text, not as stored form: two tabs that disagree on which
    // month is current (one open across midnight) store the same records
    // packed and plain, and must not take turns rewriting them.
    let plain = |s: Option<String>| s.and_then(|s| packed::expand(&s).ok().map(|t| t.into_owned()));
    let write_back = months
        .into_iter()
        .filter_map(|m| {
            let k = key_of(T::COLLECTION, m);
            let ours = layout::encode_key(list, m);
            let now = if k == key {
                plain(Some(theirs.to_string()))
            } else {
                plain(stored(&k))
            };
            (ours != now).then_some(k)
        })
        .collect();
    Ok(Merged {
        changed,
        write_back,
        latest,
    })
}
