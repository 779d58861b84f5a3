//! Browsing and searching the journal: newest first, filtered, with the
//! matched words marked, one page at a time.
//!
//! Typing a query must stay quick with 10,000 entries, so the folded
//! (lowercase, unaccented) text of every entry is prepared once in a
//! `SearchIndex`, rebuilt only when the journal changes; a keystroke then
//! scans that one string with plain substring search and stops as soon as
//! the page is full. Marks are worked out only for the entries on the page.
//!
//! Usage from the UI: keep `SearchIndex::new(&data.journal)` in a memo of
//! the journal, call `index.search(&data.journal, &filter, shown)` as the
//! filter changes, raise `shown` for "Show more", and build the text of each
//! hit with `split_marked`.

use super::fold::{fold, fold_into, fold_str};
use super::{normalize_tag, EntryKind, JournalEntry};
use chrono::{Datelike, NaiveDate};
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

/// The folded text of the live entries, newest first, all in one string
/// (one allocation, and a scan that runs through memory in order).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SearchIndex {
    folded: String,
    spans: Vec<Span>,
    fingerprint: u64,
}

#[derive(Clone, Copy, Debug, PartialEq)]
struct Span {
    /// Position of the entry in the slice the index was built from.
    entry: u32,
    start: u32,
    end: u32,
}

impl SearchIndex {
    pub fn new(entries: &[JournalEntry]) -> Self {
        let mut order: Vec<u32> = Vec::with_capacity(entries.len());
        let mut size = 0;
        for (i, e) in entries.iter().enumerate() {
            if !e.stamp.deleted {
                order.push(i as u32);
                size += e.text.len();
            }
        }
        order.sort_by_key(|&i| std::cmp::Reverse(newest_key(&entries[i as usize])));
        let mut folded = String::with_capacity(size);
        let mut spans = Vec::with_capacity(order.len());
        for i in order {
            let start = folded.len() as u32;
            fold_into(&entries[i as usize].text, &mut folded);
            spans.push(Span {
                entry: i,
                start,
                end: folded.len() as u32,
            });
        }
        SearchIndex {
            folded,
            spans,
            fingerprint: fingerprint(entries),
        }
    }

    /// Number of live entries indexed.
    pub fn len(&self) -> usize {
        self.spans.len()
    }

    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    /// Whether the index was built from `entries` as they are now. Every
    /// edit moves `updated_at`, which this notices.
    pub fn is_current(&self, entries: &[JournalEntry]) -> bool {
        self.fingerprint == fingerprint(entries)
    }

    /// The first `limit` entries of `entries` that match `filter`, newest
    /// day first (same day: newest written first), and whether there are
    /// more. `entries` should be the slice the index was built from; if it
    /// has changed since, a fresh index is built for this call, so results
    /// are always right, only slower.
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
        for span in &self.spans {
            let Some(entry) = entries.get(span.entry as usize) else {
                continue;
            };
            let Some(hay) = self.folded.get(span.start as usize..span.end as usize) else {
                continue;
            };
            if !passes(entry, filter, tag.as_deref())
                || !words.iter().all(|w| hay.contains(w.as_str()))
            {
                continue;
            }
            if page.hits.len() == limit {
                page.more = true;
                break;
            }
            page.hits.push(Hit {
                entry,
                marks: marks(&entry.text, hay, &words),
            });
        }
        page
    }
}

/// Sort key for newest first: day, then when it was written.
fn newest_key(e: &JournalEntry) -> (NaiveDate, i64) {
    (e.day, e.stamp.created_at.timestamp_millis())
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
    found.sort_unstable();
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
