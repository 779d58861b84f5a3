//! Seasons: a stretch of life (illness, grief, travel, a busy time) during
//! which every nudge pauses. Nothing is due or drifting, no challenge day or
//! ritual counts as missed, and no badge or notification is shown; streaks
//! treat the season's days as neither kept nor broken.
//!
//! A season is a record, kept in history (the charts shade it) and in
//! backups. Its last paused day is `end`, or it runs until ended by hand.
//!
//! # Which days are paused
//!
//! The rules that pause read the seasons through [`Pauses`], built for one
//! day, "today": a day is paused when a live season covers it, where a
//! season running until ended is taken to end today (nobody knows yet when
//! it will end, and a rule must not assume it goes on for ever). A season
//! that runs until ended and has not started yet pauses nothing until it
//! starts.
//!
//! # Starting and ending
//!
//! [`begin`] takes a season from a start day (as far back as
//! [`MAX_BACKDATE_DAYS`], for "I have been ill since Monday") to an end day
//! or until ended; it may not overlap another live season. [`end_now`]
//! ends it: yesterday is its last paused day, so today counts again; a
//! season that had not begun by today is simply removed.
//!
//! # The welcome back
//!
//! Once a season is over, Today shows a short welcome with the three
//! people who matter most ([`welcome_people`]) instead of the whole list,
//! once: `welcomed` is set when it has been shown.

use super::code::coded;
use super::interaction::last_contact_in;
use super::order::{self, Key};
use super::people::Person;
use super::record::Stamp;
use crate::model::record::record;
use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use thiserror::Error;

record! {
    #[derive(Clone, Debug, PartialEq)]
    pub struct Season {
        /// The first paused day.
        #[serde(rename = "s", with = "super::day::iso")]
        pub start: NaiveDate,
        /// The last paused day; `None` while it runs until ended by hand.
        #[serde(
            rename = "e",
            default,
            skip_serializing_if = "Option::is_none",
            with = "super::day::iso_opt"
        )]
        pub end: Option<NaiveDate>,
        /// Why, if the person wants to say.
        #[serde(rename = "r", default, skip_serializing_if = "Option::is_none")]
        pub reason: Option<SeasonReason>,
        /// The welcome back after the season has been shown (or dismissed).
        #[serde(rename = "w", default, skip_serializing_if = "std::ops::Not::not")]
        pub welcomed: bool,
    }
}

/// Why a season was taken (optional, and only ever shown to the person).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "&'static str")]
pub enum SeasonReason {
    Illness,
    Grief,
    Travel,
    Busy,
    Other,
}

coded!(SeasonReason {
    Illness = "ill",
    Grief = "grief",
    Travel = "travel",
    Busy = "busy",
    Other = "other",
});

impl SeasonReason {
    pub fn label(self) -> &'static str {
        match self {
            SeasonReason::Illness => "Illness",
            SeasonReason::Grief => "Grief",
            SeasonReason::Travel => "Travel",
            SeasonReason::Busy => "A busy stretch",
            SeasonReason::Other => "Something else",
        }
    }
}

impl Season {
    /// Whether `day` is paused by this season.
    pub fn covers(&self, day: NaiveDate) -> bool {
        !self.stamp.deleted && day >= self.start && self.end.is_none_or(|e| day <= e)
    }

    /// Over by `today`: it had an end, and that day has passed.
    pub fn is_over(&self, today: NaiveDate) -> bool {
        self.end.is_some_and(|e| e < today)
    }
}

/// How far back a season may start: long enough to cover "since I fell
/// ill", short enough that it cannot quietly rewrite a year.
pub const MAX_BACKDATE_DAYS: u64 = 31;

#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum SeasonError {
    #[error("A season can start at most {MAX_BACKDATE_DAYS} days back.")]
    TooFarBack,
    #[error("The last day of a season cannot come before its first.")]
    EndsBeforeStart,
    #[error(
        "This would overlap the season you already have from {start}. End that one first, or \
         choose other days."
    )]
    Overlaps { start: NaiveDate },
}

/// A new season from `start` to `end` (both paused), or until ended when
/// `end` is `None`. See the module note for the rules.
pub fn begin(
    seasons: &[Season],
    stamp: Stamp,
    start: NaiveDate,
    end: Option<NaiveDate>,
    reason: Option<SeasonReason>,
    today: NaiveDate,
) -> Result<Season, SeasonError> {
    let earliest = today
        .checked_sub_days(Days::new(MAX_BACKDATE_DAYS))
        .unwrap_or(NaiveDate::MIN);
    if start < earliest {
        return Err(SeasonError::TooFarBack);
    }
    if end.is_some_and(|e| e < start) {
        return Err(SeasonError::EndsBeforeStart);
    }
    // Two spans overlap when each starts before the other ends.
    let clash = seasons.iter().filter(|s| !s.stamp.deleted).find(|s| {
        s.start <= end.unwrap_or(NaiveDate::MAX) && start <= s.end.unwrap_or(NaiveDate::MAX)
    });
    if let Some(s) = clash {
        return Err(SeasonError::Overlaps { start: s.start });
    }
    Ok(Season {
        stamp,
        start,
        end,
        reason,
        welcomed: false,
    })
}

/// What [`end_now`] did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ended {
    /// Yesterday is now its last paused day.
    Ended,
    /// It had not begun by today, so it was removed (a tombstone).
    Removed,
    /// It was over already; nothing changed.
    AlreadyOver,
}

/// Ends `season` on `today`: see the module note. The caller stamps the
/// change.
pub fn end_now(season: &mut Season, today: NaiveDate) -> Ended {
    if season.stamp.deleted || season.is_over(today) {
        return Ended::AlreadyOver;
    }
    if season.start >= today {
        season.stamp.deleted = true;
        return Ended::Removed;
    }
    season.end = today.pred_opt();
    Ended::Ended
}

/// The season pausing `today`, if any.
pub fn active(seasons: &[Season], today: NaiveDate) -> Option<&Season> {
    seasons.iter().find(|s| s.covers(today))
}

/// The season to welcome the person back from on `today`: the latest one
/// that is over and has not been welcomed, when no season is running.
pub fn welcome_due(seasons: &[Season], today: NaiveDate) -> Option<&Season> {
    if active(seasons, today).is_some() {
        return None;
    }
    seasons
        .iter()
        .filter(|s| !s.stamp.deleted && !s.welcomed && s.is_over(today))
        .max_by_key(|s| s.end)
}

/// How many people the welcome back names.
pub const WELCOME_PEOPLE: usize = 3;

/// The people who matter most, for the welcome back: active people, inner
/// circle first, then middle, then outer; within a circle the longest since
/// the last contact first (never in touch counts as longest), then in the
/// order of `people` (the order they were added). At most [`WELCOME_PEOPLE`].
pub fn welcome_people<'a>(
    people: &'a [Person],
    latest: &HashMap<String, NaiveDate>,
) -> Vec<&'a Person> {
    use super::order::{self, Key};
    let mut list: Vec<&Person> = people.iter().filter(|p| p.is_active()).collect();
    order::sort_by(&mut list, |p| {
        let last = last_contact_in(p, latest).map_or(i64::MIN, order::day);
        // Equal keys keep their order: the order people were added.
        Key(p.circle.index() as i64, last, String::new())
    });
    list.truncate(WELCOME_PEOPLE);
    list
}

/// The paused days as the rules see them on one day ("today"): see the
/// module note. Spans are merged and sorted, so counting is one pass.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Pauses {
    /// First and last paused day of each span, sorted, not touching.
    spans: Vec<(NaiveDate, NaiveDate)>,
}

impl Pauses {
    /// No pauses: the rules as they are without seasons.
    pub fn none() -> Pauses {
        Pauses::default()
    }

    /// The paused days of `seasons` as seen on `today`.
    pub fn new(seasons: &[Season], today: NaiveDate) -> Pauses {
        let mut spans: Vec<(NaiveDate, NaiveDate)> = seasons
            .iter()
            .filter(|s| !s.stamp.deleted)
            .filter_map(|s| match s.end {
                Some(e) if e >= s.start => Some((s.start, e)),
                Some(_) => None,
                None if s.start <= today => Some((s.start, today)),
                None => None,
            })
            .collect();
        order::sort_by(&mut spans, |&(a, b)| {
            Key(order::day(a), order::day(b), String::new())
        });
        let mut merged: Vec<(NaiveDate, NaiveDate)> = Vec::with_capacity(spans.len());
        for (a, b) in spans {
            match merged.last_mut() {
                // Overlapping or back to back: one span.
                Some(last) if a <= last.1.succ_opt().unwrap_or(NaiveDate::MAX) => {
                    last.1 = last.1.max(b)
                }
                _ => merged.push((a, b)),
            }
        }
        Pauses { spans: merged }
    }

    /// Whether nothing is paused.
    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    /// The spans, first and last day each, oldest first.
    pub fn spans(&self) -> &[(NaiveDate, NaiveDate)] {
        &self.spans
    }

    /// Whether `day` is paused.
    pub fn covers(&self, day: NaiveDate) -> bool {
        self.span_end(day).is_some()
    }

    /// The last paused day of the span that covers `day`, if one does.
    pub fn span_end(&self, day: NaiveDate) -> Option<NaiveDate> {
        self.spans
            .iter()
            .find(|(a, b)| *a <= day && day <= *b)
            .map(|(_, b)| *b)
    }

    /// How many days from `from` to `to`, both included, are paused.
    pub fn count(&self, from: NaiveDate, to: NaiveDate) -> u32 {
        self.spans
            .iter()
            .map(|(a, b)| {
                let (a, b) = ((*a).max(from), (*b).min(to));
                u32::try_from((b - a).num_days() + 1).unwrap_or(0)
            })
            .sum()
    }

    /// The day on which `n` days after `after` that are not paused have
    /// passed: `after + n` when nothing is paused in between, later by each
    /// paused day. (`n = 0` gives `after`.)
    pub fn nth_counted_day(&self, after: NaiveDate, n: u32) -> NaiveDate {
        let plus =
            |d: NaiveDate, k: u64| d.checked_add_days(Days::new(k)).unwrap_or(NaiveDate::MAX);
        let mut cursor = after;
        let mut need = u64::from(n);
        for (a, b) in self.spans.iter().filter(|(_, b)| *b > after) {
            let first = (*a).max(cursor.succ_opt().unwrap_or(NaiveDate::MAX));
            // Counted days between the cursor and this span.
            let gap = u64::try_from((first - cursor).num_days() - 1).unwrap_or(0);
            if need <= gap {
                break;
            }
            need -= gap;
            cursor = *b;
        }
        plus(cursor, need)
    }
}
