//! Journal entries. Each belongs to a calendar day in the person's own time
//! zone, which is also how the store shards them (one key per month).
//!
//! Fields added after the first release are `#[serde(default)]` and left out
//! of the stored form while empty, so entries saved by an older build (and
//! old backups) still load, and a plain entry is stored exactly as before.
//!
//! The rest of the journal's rules live in the submodules: `mentions` (#tags
//! and @people in the text), `search` (full-text search and filters),
//! `calendar` (heat-map and look-backs), `review` (the weekly review and the
//! mood and connection series) and `fold` (case and accent folding).

pub mod calendar;
pub mod fold;
pub mod mentions;
pub mod review;
pub mod search;

pub use mentions::{find_mentions, Mentions};

use super::code::coded;
use super::record::Stamp;
use crate::model::record::record;
use chrono::{DateTime, Datelike, NaiveDate, Utc};
use serde::{Deserialize, Deserializer, Serialize};
use thiserror::Error;

/// The lowest and highest mood: 1 is low, 5 is high.
pub const MOOD_MIN: u8 = 1;
pub const MOOD_MAX: u8 = 5;

record! {
    #[derive(Clone, Debug, PartialEq)]
    pub struct JournalEntry {
        /// The local day the entry is about.
        #[serde(rename = "d", with = "super::day::iso")]
        pub day: NaiveDate,
        #[serde(rename = "t")]
        pub text: String,
        /// From `MOOD_MIN` to `MOOD_MAX`. A stored value outside that range is
        /// refused on load like any other malformed field, so the charts never
        /// have to guess what a 9 means.
        #[serde(
            rename = "m",
            default,
            skip_serializing_if = "Option::is_none",
            deserialize_with = "mood_in_range"
        )]
        pub mood: Option<u8>,
        /// Normalized by `normalize_tag`: lowercase, without '#', no repeats.
        #[serde(rename = "g", default, skip_serializing_if = "Vec::is_empty")]
        pub tags: Vec<String>,
        /// Ids of the people the entry is about, each once.
        #[serde(rename = "p", default, skip_serializing_if = "Vec::is_empty")]
        pub people: Vec<String>,
        #[serde(rename = "k", default, skip_serializing_if = "EntryKind::is_entry")]
        pub kind: EntryKind,
        /// The prompt the entry answered, as it was shown, so the entry still
        /// reads right after the prompt list changes.
        #[serde(rename = "q", default, skip_serializing_if = "Option::is_none")]
        pub prompt: Option<String>,
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "&'static str")]
pub enum EntryKind {
    /// An ordinary entry. Never stored: it is what a missing `k` means.
    #[default]
    Entry,
    /// The weekly "evaluate and adjust" review.
    Review,
}

coded!(EntryKind {
    Entry = "e",
    Review = "r",
});

impl EntryKind {
    fn is_entry(&self) -> bool {
        *self == EntryKind::Entry
    }
}

fn mood_in_range<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u8>, D::Error> {
    let mood = Option::<u8>::deserialize(d)?;
    check_mood(mood).map_err(serde::de::Error::custom)
}

#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum EntryError {
    #[error("Write a few words first.")]
    EmptyText,
    #[error("A mood runs from 1 (low) to 5 (high), so {0} cannot be saved. Pick 1 to 5, or leave the mood out.")]
    MoodOutOfRange(u8),
}

/// What the write form gives: everything about an entry except its identity.
/// `create` and `update` check it and tidy it (trimmed text, normalized
/// tags, people listed once), so the form can simply append tags and people
/// found by `find_mentions` to the ones picked by hand.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EntryInput {
    pub day: NaiveDate,
    pub text: String,
    pub mood: Option<u8>,
    pub tags: Vec<String>,
    pub people: Vec<String>,
    pub kind: EntryKind,
    pub prompt: Option<String>,
}

impl JournalEntry {
    /// A plain entry: text only, no mood, tags, people or prompt.
    pub fn new(stamp: Stamp, day: NaiveDate, text: String) -> Self {
        JournalEntry {
            stamp,
            day,
            text,
            mood: None,
            tags: Vec::new(),
            people: Vec::new(),
            kind: EntryKind::Entry,
            prompt: None,
        }
    }

    /// A checked entry from the write form.
    pub fn create(stamp: Stamp, input: EntryInput) -> Result<Self, EntryError> {
        let mut entry = JournalEntry::new(stamp, input.day, String::new());
        entry.fill(input)?;
        Ok(entry)
    }

    /// Replaces the content with `input` and marks the change made at `now`.
    /// On error nothing changes, so a half-valid form never half-saves.
    pub fn update(&mut self, input: EntryInput, now: DateTime<Utc>) -> Result<(), EntryError> {
        self.fill(input)?;
        self.stamp.touch(now);
        Ok(())
    }

    fn fill(&mut self, input: EntryInput) -> Result<(), EntryError> {
        let text = input.text.trim();
        if text.is_empty() {
            return Err(EntryError::EmptyText);
        }
        self.mood = check_mood(input.mood)?;
        self.text = text.to_string();
        self.day = input.day;
        self.tags = normalize_tags(&input.tags);
        self.people = Vec::new();
        for id in &input.people {
            let id = id.trim();
            if !id.is_empty() && !self.people.iter().any(|p| p == id) {
                self.people.push(id.to_string());
            }
        }
        self.kind = input.kind;
        self.prompt = input
            .prompt
            .as_deref()
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(str::to_string);
        Ok(())
    }

    /// The form's view of this entry, to prefill an edit.
    pub fn input(&self) -> EntryInput {
        EntryInput {
            day: self.day,
            text: self.text.clone(),
            mood: self.mood,
            tags: self.tags.clone(),
            people: self.people.clone(),
            kind: self.kind,
            prompt: self.prompt.clone(),
        }
    }

    pub fn is_review(&self) -> bool {
        self.kind == EntryKind::Review
    }

    /// The month shard this entry lives in, as `YYYY-MM`.
    pub fn month(&self) -> String {
        month_key(self.day)
    }
}

pub fn month_key(day: NaiveDate) -> String {
    format!("{:04}-{:02}", day.year(), day.month())
}

/// Accepts no mood or a mood from 1 to 5.
pub fn check_mood(mood: Option<u8>) -> Result<Option<u8>, EntryError> {
    match mood {
        Some(m) if !(MOOD_MIN..=MOOD_MAX).contains(&m) => Err(EntryError::MoodOutOfRange(m)),
        _ => Ok(mood),
    }
}

/// The stored form of a tag: trimmed, without leading '#', lowercase, inner
/// spaces as '-' (a tag with a space could never be typed as `#tag`).
/// `None` when nothing is left.
pub fn normalize_tag(raw: &str) -> Option<String> {
    let raw = raw.trim().trim_start_matches('#').trim_start();
    let mut tag = String::with_capacity(raw.len());
    let mut gap = false;
    for c in raw.chars() {
        if c.is_whitespace() {
            gap = true;
            continue;
        }
        if gap {
            tag.push('-');
            gap = false;
        }
        tag.push(fold::lower(c));
    }
    (!tag.is_empty()).then_some(tag)
}

/// Normalizes each tag and keeps the first of any repeats, in order.
pub fn normalize_tags<S: AsRef<str>>(raw: &[S]) -> Vec<String> {
    let mut tags: Vec<String> = Vec::new();
    for r in raw {
        push_tag(&mut tags, r.as_ref());
    }
    tags
}

fn push_tag(tags: &mut Vec<String>, raw: &str) {
    if let Some(tag) = normalize_tag(raw) {
        if !tags.contains(&tag) {
            tags.push(tag);
        }
    }
}
