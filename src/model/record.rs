//! What every stored record carries: a stable id and its timestamps, plus a
//! tombstone flag so a deletion survives a merge with another tab's copy.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

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
            self.updated_at + chrono::Duration::milliseconds(1)
        };
    }
}

pub trait Record: Clone {
    fn stamp(&self) -> &Stamp;
    fn stamp_mut(&mut self) -> &mut Stamp;
}

/// Union of two collections by id; where both hold a record, the one with
/// the newer `updated_at` wins (ties keep `ours`). Order: `ours` first, then
/// records only `theirs` has, each in their original order.
pub fn merge_by_id<T: Record>(ours: &[T], theirs: &[T]) -> Vec<T> {
    let keys = |list: &[T]| -> Vec<(String, DateTime<Utc>)> {
        list.iter()
            .map(|r| (r.stamp().id.clone(), r.stamp().updated_at))
            .collect()
    };
    merge_plan(&keys(ours), &keys(theirs))
        .into_iter()
        .map(|(from_theirs, i)| {
            if from_theirs {
                theirs[i].clone()
            } else {
                ours[i].clone()
            }
        })
        .collect()
}

/// Ids with their positions, sorted by id for binary search. (One sort for
/// every use: a map type would compile several KB per key type.)
fn by_id<'a>(ids: impl Iterator<Item = &'a str>) -> Vec<(&'a str, usize)> {
    let mut v: Vec<(&str, usize)> = ids.enumerate().map(|(i, id)| (id, i)).collect();
    v.sort_unstable_by(|a, b| a.0.cmp(b.0).then(a.1.cmp(&b.1)));
    v
}

/// Position of the last record with `id` in a list sorted by [`by_id`].
fn find(sorted: &[(&str, usize)], id: &str) -> Option<usize> {
    let end = sorted.partition_point(|(k, _)| *k <= id);
    (end > 0 && sorted[end - 1].0 == id).then(|| sorted[end - 1].1)
}

/// Which record each place of the merge takes: `(from theirs, index)`.
/// Kept apart from `merge_by_id` so the lookup work is compiled once rather
/// than once per record type (the browser build is size-bound).
fn merge_plan(
    ours: &[(String, DateTime<Utc>)],
    theirs: &[(String, DateTime<Utc>)],
) -> Vec<(bool, usize)> {
    let theirs_by_id = by_id(theirs.iter().map(|(id, _)| id.as_str()));
    let mut plan: Vec<(bool, usize)> = ours
        .iter()
        .enumerate()
        .map(|(i, (id, updated))| match find(&theirs_by_id, id) {
            Some(t) if theirs[t].1 > *updated => (true, t),
            _ => (false, i),
        })
        .collect();
    let ours_by_id = by_id(ours.iter().map(|(id, _)| id.as_str()));
    plan.extend(
        theirs
            .iter()
            .enumerate()
            .filter(|(_, (id, _))| find(&ours_by_id, id).is_none())
            .map(|(t, _)| (true, t)),
    );
    plan
}

/// Returns an id that occurs twice, if any.
pub fn duplicate_id<T: Record>(records: &[T]) -> Option<&str> {
    let sorted = by_id(records.iter().map(|r| r.stamp().id.as_str()));
    sorted.windows(2).find(|w| w[0].0 == w[1].0).map(|w| w[0].0)
}
