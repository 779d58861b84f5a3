//! Browsing and searching the journal: newest first, filtered, with the
//! matched words marked, one page at a time.
//!
//! Typing a query must stay quick with years of entries, so the folded
//! (lowercase, unaccented) text of every entry is kept in a `SearchIndex`
//! with the entries in newest-first order. When the journal changes, the
//! index is refreshed: only entries added or edited since are folded again,
//! so saving one entry costs one entry's work. A keystroke then scans the
//! folded texts with plain substring search and stops as soon as the page
//! is full. Marks are worked out only for the entries on the page.
//!
//! Usage from the UI: keep one index for the journal, call
//! `index.refresh(&journal)` when the journal changed (cheap when little
//! did) and `index.search(&journal, &filter, shown)` as the filter changes,
//! raise `shown` for "Show more", and build the text of each hit with
//! `split_marked`.

use super::fold::{fold, fold_into, fold_str};
use super::{normalize_tag, EntryKind, JournalEntry};
use crate::model::order;
use chrono::{Datelike, NaiveDate};
use std::collections::HashMap;
use std::ops::{Range, RangeInclusive};

/// What to look for. Every part that is set must hold (AND); the default
/// matches every entry that is not deleted.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Filter {
    /// Words separated by spaces; each must appear somewhere in the text,
    /// ignoring case and (for Latin letters) accents. A word may be part of
    /// a longer word: "walk" finds "walked".
    pub text: String,
    /// A tag, written with or without '#', in any case.
    pub tag: Option<String>,
    /// A person id.
    pub person: Option<String>,
    /// Moods to keep: `3..=3` for exactly 3, `1..=2` for low days. Entries
    /// without a mood never match a mood filter.
    pub mood: Option<RangeInclusive<u8>>,
    /// First day to include.
    pub from: Option<NaiveDate>,
    /// Last day to include.
    pub to: Option<NaiveDate>,
    /// Only ordinary entries, or only reviews.
    pub kind: Option<EntryKind>,
}

/// One entry found, with the byte ranges of its `text` to mark: sorted,
/// not overlapping, never touching, on char boundaries.
#[derive(Clone, Debug, PartialEq)]
pub struct Hit<'a> {
    pub entry: &'a JournalEntry,
    pub marks: Vec<Range<usize>>,
}

/// The first entries found, newest first, and whether more would follow.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Page<'a> {
    pub hits: Vec<Hit<'a>>,
    pub more: bool,
}

/// The live entries, newest first, each with its folded text.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SearchIndex {
    items: Vec<Item>,
    /// (id, updated, deleted) of each entry at the last refresh, by position.
    seen: Vec<(String, i64, bool)>,
    /// Of the entries it was refreshed with; none before the first refresh.
    fingerprint: Option<u64>,
}

#[derive(Clone, Debug, PartialEq)]
struct Item {
    /// Position of the entry in the slice the index was built from.
    entry: u32,
    id: String,
    updated: i64,
    /// Empty until folded (see `fold_all`); a live entry's text never is.
    folded: String,
}

impl SearchIndex {
    /// An index of `entries`, their text folded at once.
    pub fn new(entries: &[JournalEntry]) -> Self {
        let mut index = SearchIndex::default();
        index.refresh(entries);
        index.fold_all(entries);
        index
    }

    /// Brings the index up to date with `entries`, keeping the folded text
    /// of every entry unchanged since the last refresh, so only new or
    /// edited entries are folded again (by `fold_all`, or on the fly by a
    /// search). When the entries are the same list as before with some
    /// edited in place and some added at the end (what saving does), only
    /// those are placed anew; otherwise the order is worked out again.
    pub fn refresh(&mut self, entries: &[JournalEntry]) {
        if self.is_current(entries) {
            return;
        }
        if !self.refresh_in_place(entries) {
            self.rebuild(entries);
        }
        self.fingerprint = Some(fingerprint(entries));
        self.seen = entries
            .iter()
            .map(|e| {
                (
                    e.stamp.id.clone(),
                    e.stamp.updated_at.timestamp_millis(),
                    e.stamp.deleted,
                )
            })
            .collect();
    }

    /// The quick path of `refresh`; false when the entries are not the
    /// same list (a merge, a load) and the order must be worked out again.
    fn refresh_in_place(&mut self, entries: &[JournalEntry]) -> bool {
        let same_start = entries.len() >= self.seen.len()
            && self
                .seen
                .iter()
                .zip(entries)
                .all(|((id, _, _), e)| *id == e.stamp.id);
        // Many changes at once (a first refresh, an import): sorting them
        // all is quicker than placing each.
        if !same_start || entries.len() - self.seen.len() > 64 {
            return false;
        }
        // Positions whose entry changed (edited, deleted or brought back),
        // then the new ones.
        let changed: Vec<usize> = self
            .seen
            .iter()
            .zip(entries)
            .enumerate()
            .filter(|(_, ((_, u, x), e))| {
                *u != e.stamp.updated_at.timestamp_millis() || *x != e.stamp.deleted
            })
            .map(|(i, _)| i)
            .chain(self.seen.len()..entries.len())
            .collect();
        self.items
            .retain(|item| !changed.contains(&(item.entry as usize)));
        for i in changed {
            let e = &entries[i];
            if e.stamp.deleted {
                continue;
            }
            let key = order::newest_first(e.day, e.stamp.created_at);
            let at = self.items.partition_point(|item| {
                let other = &entries[item.entry as usize];
                order::newest_first(other.day, other.stamp.created_at) <= key
            });
            self.items.insert(
                at,
                Item {
                    entry: i as u32,
                    id: e.stamp.id.clone(),
                    updated: e.stamp.updated_at.timestamp_millis(),
                    folded: String::new(),
                },
            );
        }
        true
    }

    /// The slow path of `refresh`: every entry placed anew, keeping the
    /// folded text of those unchanged.
    fn rebuild(&mut self, entries: &[JournalEntry]) {
        let mut old: HashMap<String, (i64, String)> = std::mem::take(&mut self.items)
            .into_iter()
            .map(|i| (i.id, (i.updated, i.folded)))
            .collect();
        let mut items: Vec<Item> = entries
            .iter()
            .enumerate()
            .filter(|(_, e)| !e.stamp.deleted)
            .map(|(i, e)| {
                let updated = e.stamp.updated_at.timestamp_millis();
                let folded = match old.remove(&e.stamp.id) {
                    Some((u, f)) if u == updated => f,
                    _ => String::new(),
                };
                Item {
                    entry: i as u32,
                    id: e.stamp.id.clone(),
                    updated,
                    folded,
                }
            })
            .collect();
        order::sort_by(&mut items, |i| {
            let e = &entries[i.entry as usize];
            order::newest_first(e.day, e.stamp.created_at)
        });
        self.items = items;
    }

    /// Folds every entry not folded yet, so later searches only scan.
    pub fn fold_all(&mut self, entries: &[JournalEntry]) {
        for item in self.items.iter_mut().filter(|i| i.folded.is_empty()) {
            if let Some(e) = entries.get(item.entry as usize) {
                fold_into(&e.text, &mut item.folded);
            }
        }
    }

    /// Number of live entries indexed.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Whether the index was built from `entries` as they are now. Every
    /// edit moves `updated_at`, which this notices.
    pub fn is_current(&self, entries: &[JournalEntry]) -> bool {
        self.fingerprint == Some(fingerprint(entries))
    }

    /// The first `limit` entries of `entries` that match `filter`, newest
    /// day first (same day: newest written first), and whether there are
    /// more. `entries` should be the slice the index was refreshed with; if
    /// it has changed since, a fresh index is built for this call, so
    /// results are always right, only slower.
    pub fn search<'a>(
        &self,
        entries: &'a [JournalEntry],
        filter: &Filter,
        limit: usize,
    ) -> Page<'a> {
        if self.is_current(entries) {
            self.run(entries, filter, limit)
        } else {
            SearchIndex::new(entries).run(entries, filter, limit)
        }
    }

    fn run<'a>(&self, entries: &'a [JournalEntry], filter: &Filter, limit: usize) -> Page<'a> {
        let words: Vec<String> = filter.text.split_whitespace().map(fold_str).collect();
        let tag = filter.tag.as_deref().and_then(normalize_tag);
        let mut page = Page::default();
        let mut scratch = String::new();
        for item in &self.items {
            let Some(entry) = entries.get(item.entry as usize) else {
                continue;
            };
            if !passes(entry, filter, tag.as_deref()) {
                continue;
            }
            let hay = if words.is_empty() || !item.folded.is_empty() {
                item.folded.as_str()
            } else {
                scratch.clear();
                fold_into(&entry.text, &mut scratch);
                scratch.as_str()
            };
            if !words.iter().all(|w| hay.contains(w.as_str())) {
                continue;
            }
            if page.hits.len() == limit {
                page.more = true;
                break;
            }
            let marks = if words.is_empty() {
                Vec::new()
            } else {
                marks(&entry.text, hay, &words)
            };
            page.hits.push(Hit { entry, marks });
        }
        page
    }
}

/// Everything in `filter` except the words.
fn passes(e: &JournalEntry, filter: &Filter, tag: Option<&str>) -> bool {
    filter.from.is_none_or(|d| e.day >= d)
        && filter.to.is_none_or(|d| e.day <= d)
        && filter.kind.is_none_or(|k| e.kind == k)
        && filter
            .mood
            .as_ref()
            .is_none_or(|r| e.mood.is_some_and(|m| r.contains(&m)))
        && tag.is_none_or(|t| e.tags.iter().any(|g| g == t))
        && filter
            .person
            .as_deref()
            .is_none_or(|p| e.people.iter().any(|id| id == p))
}

/// Changes whenever an entry is added, removed, edited, deleted or moved:
/// each step is a bijection of the running value, so a change to any one
/// input always changes the result.
fn fingerprint(entries: &[JournalEntry]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut mix = |x: u64| h = (h ^ x).wrapping_mul(0x0000_0100_0000_01b3);
    for e in entries {
        mix(e.stamp.updated_at.timestamp_millis() as u64);
        mix(e.stamp.created_at.timestamp_millis() as u64);
        mix(e.day.num_days_from_ce() as u64);
        mix(e.text.len() as u64 | (u64::from(e.stamp.deleted) << 63));
    }
    mix(entries.len() as u64);
    h
}

/// Where the words occur in `text`, given its folded form `hay`.
fn marks(text: &str, hay: &str, words: &[String]) -> Vec<Range<usize>> {
    let mut found: Vec<(usize, usize)> = Vec::new();
    for w in words {
        for (i, m) in hay.match_indices(w.as_str()) {
            found.push((i, i + m.len()));
        }
    }
    order::sort_by(&mut found, |(s, e)| {
        order::Key(*s as i64, *e as i64, String::new())
    });
    let mut merged: Vec<(usize, usize)> = Vec::with_capacity(found.len());
    for (s, e) in found {
        match merged.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => merged.push((s, e)),
        }
    }
    // Folding keeps one char for one char but may change its byte length,
    // so count chars along both texts to turn folded offsets into text ones.
    let mut folded_at = 0;
    let mut chars = text.char_indices();
    let mut next = chars.next();
    for m in &mut merged {
        for off in [&mut m.0, &mut m.1] {
            while folded_at < *off {
                let Some((_, c)) = next else { break };
                folded_at += fold(c).len_utf8();
                next = chars.next();
            }
            *off = next.map_or(text.len(), |(i, _)| i);
        }
    }
    merged
        .into_iter()
        .filter(|m| m.0 < m.1)
        .map(|(s, e)| s..e)
        .collect()
}

/// Cuts `text` into pieces to show, each flagged `true` when it should be
/// marked. Ranges that are out of order or not on char boundaries are
/// skipped rather than trusted.
pub fn split_marked<'t>(text: &'t str, marks: &[Range<usize>]) -> Vec<(&'t str, bool)> {
    let mut out = Vec::with_capacity(marks.len() * 2 + 1);
    let mut at = 0;
    for m in marks {
        if m.start < at || m.start >= m.end {
            continue;
        }
        let (Some(before), Some(marked)) = (text.get(at..m.start), text.get(m.start..m.end)) else {
            continue;
        };
        if !before.is_empty() {
            out.push((before, false));
        }
        out.push((marked, true));
        at = m.end;
    }
    if at < text.len() {
        out.push((&text[at..], false));
    }
    out
}
