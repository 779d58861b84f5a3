//! A completed check-up as it is kept: the raw answers, not the score, so
//! results can be re-read (and scoring improved) without losing anything.
//! Records stay small (a few dozen bytes) and come about monthly, so they
//! live together under one key.

use super::{score, CheckupKind, CheckupResult, ScoreError};
use crate::model::record::record;
use crate::model::record::Stamp;
use chrono::NaiveDate;

/// A new check-up is suggested this many days after the last one.
pub const DUE_AFTER_DAYS: i64 = 30;

record! {
    #[derive(Clone, Debug, PartialEq)]
    pub struct CheckupRecord {
        /// The local day it was taken.
        #[serde(rename = "d", with = "crate::model::day::iso")]
        pub day: NaiveDate,
        #[serde(rename = "k")]
        pub kind: CheckupKind,
        /// One per question, in question order; `null` for unanswered.
        #[serde(rename = "a")]
        pub answers: Vec<Option<u8>>,
    }
}

impl CheckupRecord {
    /// A record of a finished check-up, with its result. Refuses incomplete
    /// answers, so only check-ups that can be scored are kept.
    pub fn completed(
        stamp: Stamp,
        day: NaiveDate,
        kind: CheckupKind,
        answers: Vec<Option<u8>>,
    ) -> Result<(CheckupRecord, CheckupResult), ScoreError> {
        let result = score(kind, &answers)?;
        let record = CheckupRecord {
            stamp,
            day,
            kind,
            answers,
        };
        Ok((record, result))
    }

    /// Scores the stored answers. Stored data is not trusted, so this can
    /// fail; such a record is skipped by `history`.
    pub fn score(&self) -> Result<CheckupResult, ScoreError> {
        score(self.kind, &self.answers)
    }
}

/// True when a new check-up should be suggested: none taken yet, or at
/// least `DUE_AFTER_DAYS` days since the last one.
pub fn checkup_due(last: Option<NaiveDate>, today: NaiveDate) -> bool {
    match last {
        None => true,
        Some(last) => today.signed_duration_since(last).num_days() >= DUE_AFTER_DAYS,
    }
}

/// The day of the most recent live check-up of any kind.
pub fn last_day(checkups: &[CheckupRecord]) -> Option<NaiveDate> {
    live(checkups).map(|c| c.day).max()
}

/// The most recent live check-up of `kind` (same day: the later written).
pub fn latest(checkups: &[CheckupRecord], kind: CheckupKind) -> Option<&CheckupRecord> {
    live(checkups)
        .filter(|c| c.kind == kind)
        .max_by_key(|c| (c.day, c.stamp.created_at))
}

/// Scored results of `kind` over time, oldest first, for a chart. Records
/// that cannot be scored (damaged data) are left out.
pub fn history(checkups: &[CheckupRecord], kind: CheckupKind) -> Vec<(NaiveDate, CheckupResult)> {
    let mut list: Vec<&CheckupRecord> = live(checkups).filter(|c| c.kind == kind).collect();
    crate::model::order::sort_by(&mut list, |c| {
        crate::model::order::oldest_first(c.day, c.stamp.created_at)
    });
    list.into_iter()
        .filter_map(|c| c.score().ok().map(|r| (c.day, r)))
        .collect()
}

/// Whether the "talk to someone" section should show, judged on the latest
/// loneliness and network check-ups: either one suggesting it is enough.
pub fn talk_to_someone(checkups: &[CheckupRecord]) -> bool {
    [CheckupKind::Loneliness, CheckupKind::Network]
        .iter()
        .filter_map(|k| latest(checkups, *k))
        .filter_map(|c| c.score().ok())
        .any(|r| r.talk_to_someone())
}

fn live(checkups: &[CheckupRecord]) -> impl Iterator<Item = &CheckupRecord> {
    checkups.iter().filter(|c| !c.stamp.deleted)
}
