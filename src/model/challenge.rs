//! Challenges: a few days of small actions, one a day, each marked done or
//! skipped. The submodules hold the other repeated practices: `ritual`
//! (weekly or monthly rituals) and `reconnect` (a plan for someone the
//! person has lost touch with).
//!
//! # Days and marking
//!
//! Day `i` (0-based) of a challenge falls on `start + i`. A day can be
//! marked on its own date or, back-dated, on the next day; older days can no
//! longer be changed, so a streak cannot be rewritten after the fact, and a
//! future day cannot be ticked off in advance.
//!
//! # The forgiving streak
//!
//! Each day is *done*, *skipped*, *pending* (open and still markable: today
//! or yesterday), *upcoming* (after today) or *missed* (open and older than
//! yesterday). *Settled* days are the done, skipped and missed ones.
//!
//! - `count`: the number of done days. A skipped or missed day adds nothing
//!   but takes nothing away, so the count pauses and then carries on; it
//!   never goes back to zero.
//! - `paused`: the latest settled day was skipped or missed. Pending days
//!   do not pause it: yesterday can still be marked.
//! - `in_a_row`: done days at the end of the settled days with nothing
//!   skipped or missed between them, for a small "three in a row" note.
//!
//! A challenge is complete when every day is done or skipped.
//!
//! # Seasons
//!
//! A day inside a season (see `season::Pauses`) that is not marked done is
//! *paused*: neither kept nor missed. The `_in` forms of the rules
//! (`streak_in`, `progress_in`) leave such days out entirely, so a streak
//! neither grows nor pauses across a season, and the progress counts them
//! as `paused`, never `missed`; `is_paused` tells the screen which days to
//! show as paused. A day marked done inside a season still counts: it
//! happened. The rules without `_in` are the same with nothing paused.

pub mod reconnect;
pub mod ritual;

use super::code::coded;
use super::people::clean_name;
use super::record::Stamp;
use super::season::Pauses;
use crate::content::challenges as text;
use crate::model::record::{map_form, record};
use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};
use thiserror::Error;

/// How a day of a challenge, or an occurrence of a ritual, was marked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "&'static str")]
pub enum MarkState {
    Done,
    /// Chosen rest: it pauses a streak like a missed day, but the person
    /// said so, which is worth keeping.
    Skipped,
}

coded!(MarkState {
    Done = "d",
    Skipped = "s",
});

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "&'static str")]
pub enum ChallengeKind {
    /// The 5-for-5 Connection Challenge.
    FiveForFive,
    /// The 7-day starter plan.
    Starter7,
    /// The person's own: a name and one action per day.
    Custom,
}

coded!(ChallengeKind {
    FiveForFive = "5x5",
    Starter7 = "s7",
    Custom = "own",
});

record! {
    #[derive(Clone, Debug, PartialEq)]
    pub struct Challenge {
        #[serde(rename = "k")]
        pub kind: ChallengeKind,
        #[serde(rename = "n")]
        pub name: String,
        /// The local day of day 1.
        #[serde(rename = "s", with = "super::day::iso")]
        pub start: NaiveDate,
        #[serde(rename = "d")]
        pub days: Vec<ChallengeDay>,
        /// Set when the person stops the challenge before its end; a complete
        /// challenge needs no flag.
        #[serde(
            rename = "e",
            default,
            skip_serializing_if = "Option::is_none",
            with = "super::day::iso_opt"
        )]
        pub ended: Option<NaiveDate>,
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct ChallengeDay {
    /// The action, as shown when the challenge was set up, so it reads the
    /// same after the suggestions change.
    #[serde(rename = "a")]
    pub action: String,
    /// The id of the person the action is aimed at, if any.
    #[serde(rename = "p", default, skip_serializing_if = "Option::is_none")]
    pub person: Option<String>,
    /// `None` while open.
    #[serde(rename = "m", default, skip_serializing_if = "Option::is_none")]
    pub mark: Option<Mark>,
}
map_form!(ChallengeDay);

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct Mark {
    #[serde(rename = "s")]
    pub state: MarkState,
    /// The local day it was marked (the day itself or the day after).
    #[serde(rename = "on", with = "super::day::iso")]
    pub on: NaiveDate,
    #[serde(rename = "t", default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}
map_form!(Mark);

/// Where one day of a challenge stands on a given day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DayState {
    Done,
    Skipped,
    /// Open and still markable: today, or yesterday as a back-dated mark.
    Pending,
    Upcoming,
    /// Open and too old to mark.
    Missed,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Streak {
    pub count: u32,
    pub paused: bool,
    pub in_a_row: u32,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    pub done: u32,
    pub skipped: u32,
    pub missed: u32,
    /// Pending and upcoming days.
    pub left: u32,
    /// Days inside a season, not done (see the module note).
    pub paused: u32,
    pub total: u32,
}

#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum ChallengeError {
    #[error("Pick exactly five actions, one for each day.")]
    NotFive,
    #[error("Give your challenge a name.")]
    NoName,
    #[error("A challenge needs from 1 to {max} days.")]
    DayCount { max: usize },
    #[error("Day {day} has no action yet. Write one small thing to do that day.")]
    EmptyAction { day: usize },
}

#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum MarkError {
    #[error("This challenge has {days} days, so there is no day {day}.")]
    NoSuchDay { day: usize, days: usize },
    #[error("Day {day} has not come yet. You can mark it on the day.")]
    NotYet { day: usize },
    #[error(
        "Day {day} was more than a day ago, so it can no longer be marked. It stays open: \
         that pauses your streak but takes nothing away. Today is a good day to carry on."
    )]
    TooLate { day: usize },
    #[error("This challenge has ended. Start a new one whenever you like.")]
    Ended,
}

fn plus(day: NaiveDate, n: usize) -> NaiveDate {
    day.checked_add_days(Days::new(n as u64))
        .unwrap_or(NaiveDate::MAX)
}

impl Challenge {
    /// The most days a challenge can have: long enough for a season, short
    /// enough to stay a challenge.
    pub const MAX_DAYS: usize = 90;

    fn build(
        stamp: Stamp,
        kind: ChallengeKind,
        name: String,
        start: NaiveDate,
        days: Vec<(String, Option<String>)>,
    ) -> Result<Challenge, ChallengeError> {
        if days.is_empty() || days.len() > Self::MAX_DAYS {
            return Err(ChallengeError::DayCount {
                max: Self::MAX_DAYS,
            });
        }
        let mut out = Vec::with_capacity(days.len());
        for (i, (action, person)) in days.into_iter().enumerate() {
            let action = action.trim();
            if action.is_empty() {
                return Err(ChallengeError::EmptyAction { day: i + 1 });
            }
            out.push(ChallengeDay {
                action: action.to_string(),
                person,
                mark: None,
            });
        }
        Ok(Challenge {
            stamp,
            kind,
            name,
            start,
            days: out,
            ended: None,
        })
    }

    /// The 5-for-5 Connection Challenge from five picked actions, each with
    /// an optional person id.
    pub fn five_for_five(
        stamp: Stamp,
        start: NaiveDate,
        picks: Vec<(String, Option<String>)>,
    ) -> Result<Challenge, ChallengeError> {
        if picks.len() != text::FIVE {
            return Err(ChallengeError::NotFive);
        }
        let name = text::FIVE_FOR_FIVE_NAME.to_string();
        Self::build(stamp, ChallengeKind::FiveForFive, name, start, picks)
    }

    /// The 7-day starter plan.
    pub fn starter(stamp: Stamp, start: NaiveDate) -> Challenge {
        let days = text::STARTER_7
            .iter()
            .map(|a| (a.to_string(), None))
            .collect();
        let name = text::STARTER_NAME.to_string();
        Self::build(stamp, ChallengeKind::Starter7, name, start, days)
            .expect("the starter plan has seven written days")
    }

    /// The person's own challenge: a name and one action per day.
    pub fn custom(
        stamp: Stamp,
        name: &str,
        start: NaiveDate,
        actions: Vec<String>,
    ) -> Result<Challenge, ChallengeError> {
        let name = clean_name(name).ok_or(ChallengeError::NoName)?;
        let days = actions.into_iter().map(|a| (a, None)).collect();
        Self::build(stamp, ChallengeKind::Custom, name, start, days)
    }

    /// The date of day `index` (0-based).
    pub fn date_of(&self, index: usize) -> NaiveDate {
        plus(self.start, index)
    }

    /// The last day's date.
    pub fn last_date(&self) -> NaiveDate {
        self.date_of(self.days.len().saturating_sub(1))
    }

    /// Today's day (0-based): days since the start, kept within the
    /// challenge (day 0 before it starts, the last day after it ends).
    pub fn today_index(&self, today: NaiveDate) -> usize {
        let since = (today - self.start).num_days().max(0);
        usize::try_from(since)
            .unwrap_or(usize::MAX)
            .min(self.days.len().saturating_sub(1))
    }

    pub fn day_state(&self, index: usize, today: NaiveDate) -> DayState {
        let date = self.date_of(index);
        match self.days.get(index).and_then(|d| d.mark.as_ref()) {
            Some(m) if m.state == MarkState::Done => DayState::Done,
            Some(_) => DayState::Skipped,
            None if date > today => DayState::Upcoming,
            None if today.pred_opt().is_some_and(|y| date >= y) => DayState::Pending,
            None => DayState::Missed,
        }
    }

    fn markable(&self, index: usize, today: NaiveDate) -> Result<(), MarkError> {
        let day = index + 1;
        if index >= self.days.len() {
            return Err(MarkError::NoSuchDay {
                day,
                days: self.days.len(),
            });
        }
        if self.ended.is_some() {
            return Err(MarkError::Ended);
        }
        let date = self.date_of(index);
        if date > today {
            return Err(MarkError::NotYet { day });
        }
        if today.pred_opt().is_some_and(|yesterday| date < yesterday) {
            return Err(MarkError::TooLate { day });
        }
        Ok(())
    }

    /// Whether day `index` can be marked, or its mark taken back, today.
    pub fn can_mark(&self, index: usize, today: NaiveDate) -> bool {
        self.markable(index, today).is_ok()
    }

    /// Marks day `index` done or skipped, on `today` (the day itself or the
    /// day after). Marking again replaces the earlier mark.
    pub fn mark(
        &mut self,
        index: usize,
        state: MarkState,
        note: &str,
        today: NaiveDate,
    ) -> Result<(), MarkError> {
        self.markable(index, today)?;
        self.days[index].mark = Some(Mark {
            state,
            on: today,
            note: note.trim().to_string(),
        });
        Ok(())
    }

    /// Takes a mark back, within the same two days it could be made.
    pub fn unmark(&mut self, index: usize, today: NaiveDate) -> Result<(), MarkError> {
        self.markable(index, today)?;
        self.days[index].mark = None;
        Ok(())
    }

    /// Whether day `index` is paused by a season: inside one and not done.
    pub fn is_paused(&self, index: usize, pauses: &Pauses) -> bool {
        pauses.covers(self.date_of(index))
            && self
                .days
                .get(index)
                .and_then(|d| d.mark.as_ref())
                .is_none_or(|m| m.state != MarkState::Done)
    }

    /// The forgiving streak on `today`; see the module note.
    pub fn streak(&self, today: NaiveDate) -> Streak {
        self.streak_in(today, &Pauses::none())
    }

    /// The forgiving streak on `today`, paused days left out.
    pub fn streak_in(&self, today: NaiveDate, pauses: &Pauses) -> Streak {
        let mut s = Streak::default();
        for i in (0..self.days.len()).filter(|i| !self.is_paused(*i, pauses)) {
            match self.day_state(i, today) {
                DayState::Done => {
                    s.count += 1;
                    s.in_a_row += 1;
                    s.paused = false;
                }
                DayState::Skipped | DayState::Missed => {
                    s.in_a_row = 0;
                    s.paused = true;
                }
                DayState::Pending | DayState::Upcoming => {}
            }
        }
        s
    }

    pub fn progress(&self, today: NaiveDate) -> Progress {
        self.progress_in(today, &Pauses::none())
    }

    /// The progress on `today`, paused days counted as `paused` (an upcoming
    /// day inside a season planned ahead is still `left`).
    pub fn progress_in(&self, today: NaiveDate, pauses: &Pauses) -> Progress {
        let mut p = Progress {
            total: self.days.len() as u32,
            ..Progress::default()
        };
        for i in 0..self.days.len() {
            let state = self.day_state(i, today);
            if state != DayState::Upcoming && self.is_paused(i, pauses) {
                p.paused += 1;
                continue;
            }
            match state {
                DayState::Done => p.done += 1,
                DayState::Skipped => p.skipped += 1,
                DayState::Missed => p.missed += 1,
                DayState::Pending | DayState::Upcoming => p.left += 1,
            }
        }
        p
    }

    /// Every day done or skipped: time to celebrate.
    pub fn is_complete(&self) -> bool {
        self.days.iter().all(|d| d.mark.is_some())
    }

    /// Nothing more can be marked: complete, ended by the person, or past
    /// its last markable day. Such challenges belong in the history.
    pub fn is_finished(&self, today: NaiveDate) -> bool {
        self.is_complete()
            || self.ended.is_some()
            || today.pred_opt().is_some_and(|y| self.last_date() < y)
    }
}

/// Challenges still in progress on `today` (not deleted, not finished; one
/// set to start later counts).
pub fn running(challenges: &[Challenge], today: NaiveDate) -> impl Iterator<Item = &Challenge> {
    challenges
        .iter()
        .filter(move |c| !c.stamp.deleted && !c.is_finished(today))
}
