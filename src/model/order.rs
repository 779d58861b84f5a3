//! Putting lists in order: every list Tend sorts (entries newest first,
//! people by name, check-ins by lateness, records in their stored order)
//! is sorted by a [`Key`] of the same shape, with the standard library's
//! sort.
//!
//! Why one shape: the standard sort is compiled anew for every element and
//! comparison it is used with, a few kilobytes each in the browser build.
//! Sorting `(Key, position)` pairs and then moving the items compiles it
//! once, and the position as the last part keeps equal keys in their
//! original order (a stable sort). Maps and sets are built by [`map_of`]
//! and [`set_of`] for the same reason: collecting into a `BTreeMap` or a
//! `BTreeSet` sorts its items first, with a stable sort compiled for each
//! type.

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use std::collections::{BTreeMap, BTreeSet};

/// What an item is ordered by: two numbers, then a text, each deciding
/// only where the ones before it are equal. Use [`day`] and [`instant`]
/// for times, and negate a number for the reverse order.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Key(pub i64, pub i64, pub String);

/// A calendar day as a number that orders like the day.
pub fn day(d: NaiveDate) -> i64 {
    i64::from(d.num_days_from_ce())
}

/// An instant as a number that orders like the instant.
pub fn instant(t: DateTime<Utc>) -> i64 {
    t.timestamp_millis()
}

/// Sorts `items` by `key`; equal keys keep their order.
pub fn sort_by<T>(items: &mut Vec<T>, key: impl Fn(&T) -> Key) {
    let keys = items.iter().map(key).collect();
    let mut old: Vec<Option<T>> = std::mem::take(items).into_iter().map(Some).collect();
    items.extend(
        positions(keys)
            .into_iter()
            .filter_map(|i| old.get_mut(i).and_then(Option::take)),
    );
}

/// The positions of `keys` in their order; equal keys keep theirs.
pub fn positions(keys: Vec<Key>) -> Vec<usize> {
    let mut keyed: Vec<(Key, usize)> = keys.into_iter().zip(0..).collect();
    keyed.sort_unstable();
    keyed.into_iter().map(|(_, i)| i).collect()
}

/// The map of `pairs`, as `collect()` makes it (a later value for a key
/// replaces an earlier one), by inserting each: no sort is compiled for it.
pub fn map_of<K: Ord, V>(pairs: impl IntoIterator<Item = (K, V)>) -> BTreeMap<K, V> {
    let mut map = BTreeMap::new();
    for (k, v) in pairs {
        map.insert(k, v);
    }
    map
}

/// The set of `items`, as `collect()` makes it, by inserting each: no sort
/// is compiled for it.
pub fn set_of<T: Ord>(items: impl IntoIterator<Item = T>) -> BTreeSet<T> {
    let mut set = BTreeSet::new();
    for t in items {
        set.insert(t);
    }
    set
}

/// Newest first by day, then by when it was written.
pub fn newest_first(d: NaiveDate, written: DateTime<Utc>) -> Key {
    Key(-day(d), -instant(written), String::new())
}

/// Oldest first by day, then by when it was written.
pub fn oldest_first(d: NaiveDate, written: DateTime<Utc>) -> Key {
    Key(day(d), instant(written), String::new())
}

/// By a text alone.
pub fn text(t: impl Into<String>) -> Key {
    Key(0, 0, t.into())
}
