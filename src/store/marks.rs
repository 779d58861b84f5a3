//! Which keys a save writes: a change marks the keys it touched, and the
//! next save writes just those, each with the text its records encode to
//! now. What a save could not write stays marked for the next one.

use super::commit::WriteError;
use super::layout::{classify, Collection, KeyKind, Month, META};
use super::pending::Writes;
use crate::model::order;
use std::collections::BTreeSet;

/// The keys changed in memory and not yet written.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Marks {
    keys: BTreeSet<String>,
    /// The version record changed (a new epoch) but is not written yet.
    meta: bool,
}

impl Marks {
    pub fn mark(&mut self, key: String) {
        if key == META {
            self.meta = true;
        } else {
            self.keys.insert(key);
        }
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty() && !self.meta
    }

    /// Everything marked, leaving nothing marked: (keys, meta).
    pub fn take(&mut self) -> (BTreeSet<String>, bool) {
        (
            std::mem::take(&mut self.keys),
            std::mem::take(&mut self.meta),
        )
    }

    /// After a save: what it did not write stays marked for the next one.
    pub fn keep_unwritten(&mut self, unwritten: &[(String, WriteError)]) {
        for (key, _) in unwritten {
            self.mark(key.clone());
        }
    }
}

/// The writes of a save of `keys`: each key of records with the text
/// `text_of(collection, month)` gives (`None` removes the key: nothing is
/// left under it). Keys that hold no records are never written from marks.
pub fn plan<'a>(
    keys: impl IntoIterator<Item = &'a String>,
    mut text_of: impl FnMut(Collection, Option<Month>) -> Option<String>,
) -> Writes {
    order::map_of(keys.into_iter().filter_map(|key| match classify(key) {
        KeyKind::Data(c, month) => Some((key.clone(), text_of(c, month))),
        _ => None,
    }))
}
