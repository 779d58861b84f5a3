//! How replacing everything (an import that replaces, erasing) is staged:
//! as one save, kept whole in the journal, that writes the new data keys,
//! removes every old one and raises the epoch (other tabs then load the new
//! data instead of merging their old records back in). If its journal
//! cannot be written, nothing has changed.

use super::layout::{self, is_data_key, Meta, Month, META};
use super::pending::Writes;
use crate::model::order::map_of;
use crate::model::Data;

/// The save that makes storage hold `data` in place of the data keys in
/// `stored_keys`, and the version record it writes (`meta` with the next
/// epoch). `None` if the version record could not be encoded.
pub fn stage(
    data: &Data,
    current: Month,
    stored_keys: &[String],
    meta: &Meta,
) -> Option<(Writes, Meta)> {
    let mut writes: Writes = map_of(
        layout::encode_stored(data, current)
            .into_iter()
            .map(|(k, v)| (k, Some(v))),
    );
    for old in stored_keys.iter().filter(|k| is_data_key(k)) {
        writes.entry(old.clone()).or_insert(None);
    }
    let next = Meta {
        epoch: meta.epoch + 1,
        ..meta.clone()
    };
    writes.insert(META.to_string(), Some(next.to_text()?));
    Some((writes, next))
}

/// Erasing also removes what is set aside (quarantined copies, the
/// automatic backup, the draft, an unfinished save's journal).
pub fn asides(stored_keys: &[String]) -> Writes {
    map_of(
        stored_keys
            .iter()
            .filter(|k| k.as_str() != META && !is_data_key(k))
            .map(|k| (k.clone(), None)),
    )
}
