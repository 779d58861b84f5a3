//! What every stored record carries: a stable id and its timestamps, plus a
//! tombstone flag so a deletion survives a merge with another tab's copy.

use chrono::{DateTime, Utc};
use serde::Serialize;
use std::collections::{HashMap, HashSet};

/// Identity and timestamps of a record. Field names are short on purpose:
/// localStorage holds about 5 MB and ten years of entries must fit.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
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
/// that made loading years of logged contacts about twice as slow. The
/// twin is read only in its map form ([`MapOnly`]).
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
            // What a damaged key's reason says was expected, in place of
            // serde's "struct Flat", the name of this twin.
            #[serde(expecting = "a record")]
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
                    let f = Flat::deserialize($crate::model::record::MapOnly(d))?;
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

/// serde's traits for a struct that derives them with
/// `#[serde(remote = "Self")]`: written as derived, read only in its map
/// form (see [`MapOnly`]).
macro_rules! map_form {
    ($name:ident) => {
        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                $name::serialize(self, s)
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                $name::deserialize($crate::model::record::MapOnly(d))
            }
        }
    };
}
pub(crate) use map_form;

/// A deserializer that reads a struct only in its map form (`{"n": …}`),
/// the one form Tend writes. serde's derive also reads a struct written as
/// a list of its fields (`[…]`), and serde_json compiles that second
/// reader for every type read through `deserialize_struct`: asking for a
/// map leaves it out. For the records and the structs stored in them, that
/// made the browser build's first load 8.9 KB gzip smaller.
pub struct MapOnly<D>(pub D);

impl<'de, D: serde::Deserializer<'de>> serde::Deserializer<'de> for MapOnly<D> {
    type Error = D::Error;

    fn deserialize_any<V: serde::de::Visitor<'de>>(self, v: V) -> Result<V::Value, D::Error> {
        self.0.deserialize_any(v)
    }

    fn deserialize_struct<V: serde::de::Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        v: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_map(v)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf option unit unit_struct newtype_struct seq tuple
        tuple_struct map enum identifier ignored_any
    }
}

pub trait Record: Clone {
    fn stamp(&self) -> &Stamp;
    fn stamp_mut(&mut self) -> &mut Stamp;
}

/// Whether `theirs` should replace `ours` (two copies of one record with
/// different stamps): the newer edit wins. Two copies with the same stamp
/// are not a tie to break but a conflict (see [`merge_into`]).
pub fn theirs_wins<T: Record>(ours: &T, theirs: &T) -> bool {
    theirs.stamp().updated_at > ours.stamp().updated_at
}

/// What marks the id of a conflict copy: `<id>~c<hash of its contents>`.
pub const CONFLICT_MARK: &str = "~c";

impl Stamp {
    /// Whether this is the stamp of a conflict copy, kept because another
    /// copy of the record had the same stamp but other contents.
    pub fn is_conflict_copy(&self) -> bool {
        self.id.contains(CONFLICT_MARK)
    }
}

/// FNV-1a, 64 bits: a stable hash (the standard library's may change between
/// releases), so every tab and device names a conflict copy the same way.
fn fnv1a(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// `record` kept beside another version of it, as a conflict copy (see
/// [`merge_into`]).
pub fn keep_as_copy<T: Record + Serialize>(record: T) -> T {
    let text = serde_json::to_string(&record).unwrap_or_default();
    conflict_copy(record, &text)
}

/// `record` kept as a conflict copy: its own id, derived from the original
/// id and its stored form `text`, so that the same copy made in two tabs is
/// one record and they settle.
fn conflict_copy<T: Record>(mut record: T, text: &str) -> T {
    let id = format!("{}{CONFLICT_MARK}{:016x}", record.stamp().id, fnv1a(text));
    record.stamp_mut().id = id;
    record
}

/// Union of two collections by id; where both hold a record, see
/// [`merge_into`]. Order: `ours` first, then records only `theirs` has,
/// each in their original order.
pub fn merge_by_id<T: Record + Serialize + PartialEq>(ours: &[T], theirs: &[T]) -> Vec<T> {
    let mut out = ours.to_vec();
    merge_into(&mut out, theirs.iter().cloned());
    out
}

/// Merges `theirs` into `ours` in place and returns the records of `ours`
/// that changed or were added, as (before, index): `before` is `None` for
/// a record that is new.
///
/// Where both hold a record, the newer edit wins. Two copies with the same
/// stamp but different contents (the same record edited in two tabs in the
/// same millisecond, or a backup from another device) are both kept: the
/// copy whose stored form sorts last stays under the id, the other is
/// added as a conflict copy (see [`Stamp::is_conflict_copy`]). The choice
/// depends only on the two copies, so every tab makes the same one.
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
    // A record new to `ours` (a copy already there is not added twice).
    let add = |at: &mut HashMap<String, usize>, ours: &mut Vec<T>, changed: &mut Vec<_>, r: T| {
        if !at.contains_key(&r.stamp().id) {
            at.insert(r.stamp().id.clone(), ours.len());
            ours.push(r);
            changed.push((None, ours.len() - 1));
        }
    };
    for t in theirs {
        let Some(&i) = at.get(&t.stamp().id) else {
            add(&mut at, ours, &mut changed, t);
            continue;
        };
        if ours[i].stamp().updated_at != t.stamp().updated_at {
            if theirs_wins(&ours[i], &t) {
                let before = std::mem::replace(&mut ours[i], t);
                changed.push((Some(before), i));
            }
            continue;
        }
        if ours[i] == t {
            continue;
        }
        // Serializing our own plain structs cannot fail; were it to, both
        // texts are empty and theirs becomes the copy: nothing is dropped.
        let text = |r: &T| serde_json::to_string(r).unwrap_or_default();
        let (mine, other) = (text(&ours[i]), text(&t));
        let copy = if other > mine {
            let before = std::mem::replace(&mut ours[i], t);
            changed.push((Some(before.clone()), i));
            conflict_copy(before, &mine)
        } else {
            conflict_copy(t, &other)
        };
        add(&mut at, ours, &mut changed, copy);
    }
    changed
}

/// What is wrong with the ids of a collection read from outside.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IdProblem {
    /// A record (named in words: "journal entry") has no id.
    Missing(&'static str),
    /// This id is used by two records.
    Twice(String),
}

/// Every record needs an id, and no id may be used twice in a collection:
/// merging by id would otherwise silently drop one of them. `what` names a
/// record of the collection in words.
pub fn check_ids<T: Record>(records: &[T], what: &'static str) -> Result<(), IdProblem> {
    if records.iter().any(|r| r.stamp().id.is_empty()) {
        return Err(IdProblem::Missing(what));
    }
    match duplicate_id(records) {
        Some(id) => Err(IdProblem::Twice(id.to_string())),
        None => Ok(()),
    }
}

/// Returns an id that occurs twice, if any.
pub fn duplicate_id<T: Record>(records: &[T]) -> Option<&str> {
    let mut seen = HashSet::with_capacity(records.len());
    records
        .iter()
        .map(|r| r.stamp().id.as_str())
        .find(|id| !seen.insert(*id))
}
