//! Connection rituals: something repeated on a weekly weekday or a monthly
//! day (a Sunday call, a shared meal on the first of the month), each
//! occurrence marked done or skipped.
//!
//! A monthly ritual on the 29th, 30th or 31st falls on the last day of
//! shorter months, so it happens every month rather than vanishing from
//! February (the calendar export writes the same rule with `BYSETPOS`).
//!
//! # Skipping one, and seasons
//!
//! A ritual can set aside its next occurrence ahead of time ("no Sunday
//! call this week"): [`Ritual::skip_next`] keeps that one day in `skip`
//! (one at a time; a new skip replaces it). That occurrence is then neither
//! missed nor next, and the calendar export leaves it out. Occurrences
//! inside a season are *paused*, never missed. [`Ritual::state_on`] says
//! where any occurrence stands.

use super::MarkState;
use crate::model::people::clean_name;
use crate::model::record::Stamp;
use crate::model::record::{map_form, record};
use crate::model::season::Pauses;
use chrono::{Datelike, Days, Months, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};
use thiserror::Error;

record! {
    #[derive(Clone, Debug, PartialEq)]
    pub struct Ritual {
        #[serde(rename = "n")]
        pub name: String,
        #[serde(rename = "r")]
        pub repeat: Repeat,
        /// The id of the person it is shared with, if it is about one person.
        #[serde(rename = "p", default, skip_serializing_if = "Option::is_none")]
        pub person: Option<String>,
        /// The first day it can occur: occurrences before the ritual was set up
        /// are not owed.
        #[serde(rename = "f", with = "crate::model::day::iso")]
        pub since: NaiveDate,
        /// Marked occurrences, oldest first; unmarked ones are simply absent.
        #[serde(rename = "o", default, skip_serializing_if = "Vec::is_empty")]
        pub marks: Vec<Occurrence>,
        /// The one occurrence set aside ahead of time, if any.
        #[serde(
            rename = "sk",
            default,
            skip_serializing_if = "Option::is_none",
            with = "crate::model::day::iso_opt"
        )]
        pub skip: Option<NaiveDate>,
    }
}

/// Where one occurrence of a ritual stands on a given day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OccurrenceState {
    Done,
    /// Marked skipped on or after the day.
    Skipped,
    /// Set aside ahead of time with [`Ritual::skip_next`].
    SetAside,
    /// Inside a season and not marked: neither kept nor missed.
    Paused,
    /// Today or later, not marked yet.
    Open,
    /// Before today and not marked.
    Missed,
}

/// One marked occurrence.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct Occurrence {
    #[serde(rename = "d", with = "crate::model::day::iso")]
    pub day: NaiveDate,
    #[serde(rename = "s")]
    pub state: MarkState,
    #[serde(rename = "t", default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}
map_form!(Occurrence);

/// When a ritual comes round.
///
/// Stored as a short code: `"w1"`…`"w7"` for a weekday (Monday is 1, as in
/// ISO 8601) or `"m1"`…`"m31"` for a day of the month.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub enum Repeat {
    Weekly(Weekday),
    /// A day of the month, 1 to 31; see the module note on short months.
    Monthly(u8),
}

#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum RitualError {
    #[error("Give the ritual a name, such as \"Sunday call\".")]
    NoName,
    #[error("A monthly ritual needs a day from 1 to 31.")]
    NoSuchDayOfMonth,
    #[error("The ritual does not fall on that day, so there is nothing to mark.")]
    NotAnOccurrence,
    #[error("That day has not come yet; mark it on the day or after.")]
    InTheFuture,
    #[error("\"{0}\" is not a ritual schedule.")]
    Unreadable(String),
}

impl From<Repeat> for String {
    fn from(r: Repeat) -> String {
        let mut s = String::with_capacity(3);
        let n = match r {
            Repeat::Weekly(w) => {
                s.push('w');
                w.number_from_monday() as u8
            }
            Repeat::Monthly(d) => {
                s.push('m');
                d
            }
        };
        if n >= 10 {
            s.push(char::from(b'0' + n / 10));
        }
        s.push(char::from(b'0' + n % 10));
        s
    }
}

impl TryFrom<String> for Repeat {
    type Error = RitualError;

    fn try_from(s: String) -> Result<Self, Self::Error> {
        let n: Option<u8> = s.get(1..).and_then(|t| {
            (!t.is_empty() && t.len() <= 2 && t.bytes().all(|b| b.is_ascii_digit()))
                .then(|| t.bytes().fold(0, |acc, b| acc * 10 + (b - b'0')))
        });
        let repeat = match (s.as_bytes().first(), n) {
            (Some(b'w'), Some(n @ 1..=7)) => Weekday::try_from(n - 1).ok().map(Repeat::Weekly),
            (Some(b'm'), Some(n @ 1..=31)) => Some(Repeat::Monthly(n)),
            _ => None,
        };
        repeat.ok_or(RitualError::Unreadable(s))
    }
}

/// Day `day` of the month of `first` (the 1st of a month), or the month's
/// last day when it is shorter.
fn in_month(first: NaiveDate, day: u8) -> NaiveDate {
    let last = first
        .checked_add_months(Months::new(1))
        .and_then(|d| d.pred_opt())
        .unwrap_or(NaiveDate::MAX);
    first
        .with_day(u32::from(day))
        .filter(|d| *d <= last)
        .unwrap_or(last)
}

impl Repeat {
    /// Whether an occurrence falls on `day`.
    pub fn falls_on(self, day: NaiveDate) -> bool {
        match self {
            Repeat::Weekly(w) => day.weekday() == w,
            Repeat::Monthly(d) => day.with_day(1).is_some_and(|f| in_month(f, d) == day),
        }
    }

    /// The first occurrence on or after `from`.
    fn on_or_after(self, from: NaiveDate) -> Option<NaiveDate> {
        match self {
            Repeat::Weekly(w) => {
                let ahead =
                    (7 + w.num_days_from_monday() - from.weekday().num_days_from_monday()) % 7;
                from.checked_add_days(Days::new(u64::from(ahead)))
            }
            Repeat::Monthly(d) => {
                let first = from.with_day(1)?;
                let this = in_month(first, d);
                if this >= from {
                    Some(this)
                } else {
                    Some(in_month(first.checked_add_months(Months::new(1))?, d))
                }
            }
        }
    }
}

impl Ritual {
    /// A ritual from a form: the name is tidied and must not be blank, and a
    /// monthly day must be 1 to 31.
    pub fn new(
        stamp: Stamp,
        name: &str,
        repeat: Repeat,
        person: Option<String>,
        since: NaiveDate,
    ) -> Result<Ritual, RitualError> {
        let name = clean_name(name).ok_or(RitualError::NoName)?;
        if let Repeat::Monthly(d) = repeat {
            if !(1..=31).contains(&d) {
                return Err(RitualError::NoSuchDayOfMonth);
            }
        }
        Ok(Ritual {
            stamp,
            name,
            repeat,
            person,
            since,
            marks: Vec::new(),
            skip: None,
        })
    }

    /// Sets aside the next occurrence on or after `today` that is not
    /// marked yet, and returns its day. It replaces any earlier skip.
    pub fn skip_next(&mut self, today: NaiveDate) -> Result<NaiveDate, RitualError> {
        let mut day = today.pred_opt().and_then(|d| next_occurrence(self, d));
        while let Some(d) = day.filter(|d| self.mark_on(*d).is_some()) {
            day = next_occurrence(self, d);
        }
        let day = day.ok_or(RitualError::NotAnOccurrence)?;
        self.skip = Some(day);
        Ok(day)
    }

    /// Takes back the skip set aside ahead of time.
    pub fn unskip(&mut self) {
        self.skip = None;
    }

    /// Where the occurrence on `day` stands on `today`; `pauses` are the
    /// seasons' days (see the module note).
    pub fn state_on(&self, day: NaiveDate, today: NaiveDate, pauses: &Pauses) -> OccurrenceState {
        match self.mark_on(day).map(|m| m.state) {
            Some(MarkState::Done) => OccurrenceState::Done,
            Some(MarkState::Skipped) => OccurrenceState::Skipped,
            None if self.skip == Some(day) => OccurrenceState::SetAside,
            None if pauses.covers(day) => OccurrenceState::Paused,
            None if day >= today => OccurrenceState::Open,
            None => OccurrenceState::Missed,
        }
    }

    /// How the occurrence on `day` was marked, if it was.
    pub fn mark_on(&self, day: NaiveDate) -> Option<&Occurrence> {
        self.marks.iter().find(|m| m.day == day)
    }

    /// Marks the occurrence on `day` (any past or present one: a ritual has
    /// no streak to protect, so late marking is welcome). Marking again
    /// replaces the earlier mark.
    pub fn mark(
        &mut self,
        day: NaiveDate,
        state: MarkState,
        note: &str,
        today: NaiveDate,
    ) -> Result<(), RitualError> {
        if day > today {
            return Err(RitualError::InTheFuture);
        }
        if day < self.since || !self.repeat.falls_on(day) {
            return Err(RitualError::NotAnOccurrence);
        }
        let mark = Occurrence {
            day,
            state,
            note: note.trim().to_string(),
        };
        match self.marks.iter().position(|m| m.day >= day) {
            Some(i) if self.marks[i].day == day => self.marks[i] = mark,
            Some(i) => self.marks.insert(i, mark),
            None => self.marks.push(mark),
        }
        Ok(())
    }

    /// Takes back the mark on `day`, if any.
    pub fn clear(&mut self, day: NaiveDate) {
        self.marks.retain(|m| m.day != day);
    }
}

/// The first occurrence strictly after `after` (and not before the ritual
/// was set up). `None` only at the very end of the calendar.
pub fn next_occurrence(ritual: &Ritual, after: NaiveDate) -> Option<NaiveDate> {
    let from = after.succ_opt()?.max(ritual.since);
    ritual.repeat.on_or_after(from)
}

/// The first occurrence strictly after `after` that is not set aside: what
/// "Next:" shows.
pub fn next_planned(ritual: &Ritual, after: NaiveDate) -> Option<NaiveDate> {
    let next = next_occurrence(ritual, after)?;
    if ritual.skip == Some(next) {
        next_occurrence(ritual, next)
    } else {
        Some(next)
    }
}

/// Every occurrence from `from` to `to`, both included, oldest first.
pub fn occurrences_between(ritual: &Ritual, from: NaiveDate, to: NaiveDate) -> Vec<NaiveDate> {
    let mut out = Vec::new();
    let mut next = from.pred_opt().and_then(|d| next_occurrence(ritual, d));
    while let Some(day) = next.filter(|d| *d <= to) {
        out.push(day);
        next = next_occurrence(ritual, day);
    }
    out
}
