//! The unfinished-save journal (`tend:pending`): a save that writes several
//! keys first writes all of them here, in one piece (key → new text, or
//! `null` to remove). It is removed once every write is made, so if the tab
//! is killed or storage fills up in between, the next start finds it and
//! finishes the save (`load::load`): the store never shows half of a save.

use super::layout::{classify, KeyKind};
use std::collections::BTreeMap;

/// The writes of one save: key → new text, or `None` to remove the key.
pub type Writes = BTreeMap<String, Option<String>>;

/// Whether a save of `writes` is kept whole in the journal first: one key
/// is written whole by itself and needs none.
pub fn needs_journal(writes: &Writes) -> bool {
    writes.len() > 1
}

/// The journal's text for `writes`; `None` only if it could not be
/// encoded, and then the save is refused rather than journalled empty.
pub fn to_json(writes: &Writes) -> Option<String> {
    serde_json::to_string(writes).ok()
}

/// Reads the journal: only keys that hold records or the version record
/// (anything else there is not ours to write).
pub fn from_json(text: &str) -> Result<Writes, String> {
    let writes: Writes = crate::json::from_json(text)?;
    match writes
        .keys()
        .find(|k| !matches!(classify(k), KeyKind::Data(..) | KeyKind::Meta))
    {
        Some(k) => Err(format!("it names a key that holds no records, {k:?}")),
        None => Ok(writes),
    }
}
