//! What every stored record carries: a stable id and its timestamps, plus a
//! tombstone flag so a deletion survives a merge with another tab's copy.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};

/// Identity and timestamps of a record. Field names are short on purpose:
/// localStorage holds about 5 MB and ten years of entries must fit.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stamp {
    pub id: String,
    #[serde(rename = "c", with = "chrono::serde::ts_milliseconds")]
    pub created_at: DateTime<Utc>,
    #[serde(rename = "u", with = "chrono::serde::ts_milliseconds")]
    pub updated_at: DateTime<Utc>,
    /// A deleted record stays as a tombstone so that merging with an older
    /// copy (another tab, a backup) does not bring it back.
    #[serde(rename = "x", default, skip_serializing_if = "is_false")]
    pub deleted: bool,
}

fn is_false(b: &bool) -> bool {
    !*b
}

impl Stamp {
    pub fn new(id: String, now: DateTime<Utc>) -> Self {
        Stamp {
            id,
            created_at: now,
            updated_at: now,
            deleted: false,
        }
    }

    /// Marks a change made at `now`. Never moves time backwards, so an edit
    /// on a device whose clock is behind still counts as the newest.
    pub fn touch(&mut self, now: DateTime<Utc>) {
        self.updated_at = if now > self.updated_at {
            now
        } else {
            just_after(self.updated_at)
        };
    }
}

/// One millisecond after `t` (or `t` itself at the end of time, where a
/// forged stamp may sit: nothing read from storage may panic).
fn just_after(t: DateTime<Utc>) -> DateTime<Utc> {
    t.checked_add_signed(chrono::Duration::milliseconds(1))
        .unwrap_or(t)
}

/// The instants given to new and changed records, which never go back even
/// when the device's clock does (set back by hand, or corrected by the
/// network): each is later than every stamp seen so far, so a new entry
/// sorts after the ones before it and an edit is always the newest copy
/// when tabs merge.
#[derive(Clone, Copy, Debug, Default)]
pub struct Monotonic {
    last: Option<DateTime<Utc>>,
}

impl Monotonic {
    /// Takes note of a stamp that exists (loaded, merged from another tab).
    pub fn observe(&mut self, t: DateTime<Utc>) {
        if self.last.is_none_or(|l| t > l) {
            self.last = Some(t);
        }
    }

    /// The instant for a change made when the wall clock says `wall`.
    pub fn next(&mut self, wall: DateTime<Utc>) -> DateTime<Utc> {
        let t = match self.last {
            Some(l) if wall <= l => just_after(l),
            _ => wall,
        };
        self.last = Some(t);
        t
    }
}

/// The latest instant any of `records` was created or changed.
pub fn latest_stamp<'a, T: Record + 'a>(
    records: impl IntoIterator<Item = &'a T>,
) -> Option<DateTime<Utc>> {
    records
        .into_iter()
        .map(|r| r.stamp().updated_at.max(r.stamp().created_at))
        .max()
}

/// Declares a stored record type: its `stamp` (stored flat, as `id`, `c`,
/// `u` and `x`, beside the record's own fields) and the fields given, with
/// `Record` and serde implemented for it.
///
/// Reading goes through a flat twin of the struct rather than
/// `#[serde(flatten)]`, which first buffers every field of every record:
/// that made loading years of logged contacts about twice as slow.
/// Writing keeps `flatten`, which costs little there.
macro_rules! record {
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            $($(#[$fmeta:meta])* pub $field:ident: $ty:ty,)*
        }
    ) => {
        $(#[$meta])*
        #[derive(serde::Serialize)]
        pub struct $name {
            #[serde(flatten)]
            pub stamp: $crate::model::record::Stamp,
            $($(#[$fmeta])* pub $field: $ty,)*
        }

        impl $crate::model::record::Record for $name {
            fn stamp(&self) -> &$crate::model::record::Stamp {
                &self.stamp
            }
            fn stamp_mut(&mut self) -> &mut $crate::model::record::Stamp {
                &mut self.stamp
            }
        }

        const _: () = {
            #[derive(serde::Deserialize)]
            struct Flat {
                id: String,
                #[serde(with = "chrono::serde::ts_milliseconds")]
                c: chrono::DateTime<chrono::Utc>,
                #[serde(with = "chrono::serde::ts_milliseconds")]
                u: chrono::DateTime<chrono::Utc>,
                #[serde(default)]
                x: bool,
                $($(#[$fmeta])* $field: $ty,)*
            }

            impl<'de> serde::Deserialize<'de> for $name {
                fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                    let f = Flat::deserialize(d)?;
                    Ok($name {
                        stamp: $crate::model::record::Stamp {
                            id: f.id,
                            created_at: f.c,
                            updated_at: f.u,
                            deleted: f.x,
                        },
                        $($field: f.$field,)*
                    })
                }
            }
        };
    };
}
pub(crate) use record;

pub trait Record: Clone {
    fn stamp(&self) -> &Stamp;
    fn stamp_mut(&mut self) -> &mut Stamp;
}

/// Whether `theirs` should replace `ours` (two copies of one record): the
/// newer edit wins. Equal times with different contents (two tabs editing
/// the same record in the same millisecond) are settled by comparing the
/// stored forms, so every tab makes the same choice and they settle.
pub fn theirs_wins<T: Record + Serialize + PartialEq>(ours: &T, theirs: &T) -> bool {
    let (a, b) = (ours.stamp().updated_at, theirs.stamp().updated_at);
    if a != b {
        return b > a;
    }
    ours != theirs && serde_json::to_string(theirs).ok() > serde_json::to_string(ours).ok()
}

/// Union of two collections by id; where both hold a record, the one that
/// [`theirs_wins`] decides on. Order: `ours` first, then records only
/// `theirs` has, each in their original order.
pub fn merge_by_id<T: Record + Serialize + PartialEq>(ours: &[T], theirs: &[T]) -> Vec<T> {
    let mut out = ours.to_vec();
    merge_into(&mut out, theirs.iter().cloned());
    out
}

/// Merges `theirs` into `ours` in place (see [`merge_by_id`]) and returns
/// the records of `ours` that changed or were added, as (before, after):
/// `before` is `None` for a record that is new.
pub fn merge_into<T: Record + Serialize + PartialEq>(
    ours: &mut Vec<T>,
    theirs: impl IntoIterator<Item = T>,
) -> Vec<(Option<T>, usize)> {
    let mut at: HashMap<String, usize> = ours
        .iter()
        .enumerate()
        .map(|(i, r)| (r.stamp().id.clone(), i))
        .collect();
    let mut changed = Vec::new();
    for t in theirs {
        match at.get(&t.stamp().id) {
            Some(&i) => {
                if theirs_wins(&ours[i], &t) {
                    let before = std::mem::replace(&mut ours[i], t);
                    changed.push((Some(before), i));
                }
            }
            None => {
                at.insert(t.stamp().id.clone(), ours.len());
                ours.push(t);
                changed.push((None, ours.len() - 1));
            }
        }
    }
    changed
}

/// Returns an id that occurs twice, if any.
pub fn duplicate_id<T: Record>(records: &[T]) -> Option<&str> {
    let mut seen = HashSet::with_capacity(records.len());
    records
        .iter()
        .map(|r| r.stamp().id.as_str())
        .find(|id| !seen.insert(*id))
}
