//! The person's choices that are not records of their life: the hour of
//! calendar alarms, the daily nudge, backup reminders, the first run.
//! One record (id [`Prefs::ID`]) in its own key, merged like any other.

use crate::model::record::{record, Stamp};
use chrono::{DateTime, Utc};
use thiserror::Error;

record! {
    #[derive(Clone, Debug, PartialEq)]
    pub struct Prefs {
        /// The local hour (0–23) at which calendar alarms ring.
        #[serde(rename = "ah", default = "default_alarm_hour", skip_serializing_if = "is_default_alarm_hour")]
        pub alarm_hour: u8,
        /// The opt-in daily notification (installed Chromium only).
        #[serde(rename = "nu", default, skip_serializing_if = "std::ops::Not::not")]
        pub nudge: bool,
        /// Days without a backup after which Today offers one; 0 never.
        #[serde(rename = "bk", default = "default_backup_days", skip_serializing_if = "is_default_backup_days")]
        pub backup_days: u16,
        /// When a backup was last exported.
        #[serde(
            rename = "lb",
            default,
            skip_serializing_if = "Option::is_none",
            with = "chrono::serde::ts_milliseconds_option"
        )]
        pub last_backup: Option<DateTime<Utc>>,
        /// The first run was finished or skipped.
        #[serde(rename = "fr", default, skip_serializing_if = "std::ops::Not::not")]
        pub first_run_done: bool,
        /// The browser was asked to keep Tend's data (`navigator.storage.persist()`),
        /// once there was data worth keeping; asked once.
        #[serde(rename = "pa", default, skip_serializing_if = "std::ops::Not::not")]
        pub persist_asked: bool,
        /// The person was told, once, that Safari may clear a site's data
        /// after seven days without a visit.
        #[serde(rename = "st", default, skip_serializing_if = "std::ops::Not::not")]
        pub safari_told: bool,
    }
}

fn default_alarm_hour() -> u8 {
    9
}

fn is_default_alarm_hour(h: &u8) -> bool {
    *h == default_alarm_hour()
}

fn default_backup_days() -> u16 {
    30
}

fn is_default_backup_days(d: &u16) -> bool {
    *d == default_backup_days()
}

impl Prefs {
    /// The id of the one `Prefs` record.
    pub const ID: &'static str = "prefs";

    /// The choices before the person has made any.
    pub fn new(stamp: Stamp) -> Self {
        Prefs {
            stamp,
            alarm_hour: default_alarm_hour(),
            nudge: false,
            backup_days: default_backup_days(),
            last_backup: None,
            first_run_done: false,
            persist_asked: false,
            safari_told: false,
        }
    }

    /// Whole days since the last backup, counted from `since_start` (when
    /// Tend started keeping data) when there was none yet.
    pub fn days_without_backup(&self, since_start: DateTime<Utc>, now: DateTime<Utc>) -> i64 {
        let from = self.last_backup.unwrap_or(since_start);
        (now - from).num_days().max(0)
    }

    /// Whether a backup is due: none for the chosen span of days (0: never
    /// reminded). `since_start` is when Tend started keeping data.
    pub fn backup_due(&self, since_start: DateTime<Utc>, now: DateTime<Utc>) -> bool {
        self.backup_days > 0
            && self.days_without_backup(since_start, now) >= i64::from(self.backup_days)
    }
}

/// How long ago a backup was, in words: "today", "yesterday", "12 days ago".
pub fn days_ago_words(days: i64) -> String {
    match days {
        i64::MIN..=0 => "today".to_string(),
        1 => "yesterday".to_string(),
        n => format!("{n} days ago"),
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum PrefsError {
    #[error("Choose an hour from 0 (midnight) to 23.")]
    NoSuchHour,
}

impl Prefs {
    /// Sets the hour calendar alarms ring at, 0 to 23.
    pub fn set_alarm_hour(&mut self, hour: u8) -> Result<(), PrefsError> {
        if hour > 23 {
            return Err(PrefsError::NoSuchHour);
        }
        self.alarm_hour = hour;
        Ok(())
    }
}

/// The one live `Prefs` record of `prefs`, or the defaults before the
/// person has made any choice (stamped at the epoch, so any real choice
/// merged in is newer).
pub fn current(prefs: &[Prefs]) -> Prefs {
    current_or_new(prefs, DateTime::UNIX_EPOCH)
}

/// The one live `Prefs` record, or a new one with the defaults stamped
/// `now`: what a change starts from, so the first choice ever made is as
/// new as it is (and wins a merge with an older device's defaults).
pub fn current_or_new(prefs: &[Prefs], now: DateTime<Utc>) -> Prefs {
    live(prefs)
        .cloned()
        .unwrap_or_else(|| Prefs::new(Stamp::new(Prefs::ID.to_string(), now)))
}

/// The live `Prefs` record in `list`, when there is one.
pub fn live(list: &[Prefs]) -> Option<&Prefs> {
    list.iter()
        .find(|p| p.stamp.id == Prefs::ID && !p.stamp.deleted)
}

/// Whether Tend opens on the first run: it was neither finished nor
/// skipped, and nothing is kept yet (someone who used Tend before there
/// was a first run is not greeted as new).
pub fn first_run_due(list: &[Prefs], nothing_kept: bool) -> bool {
    nothing_kept && !live(list).is_some_and(|p| p.first_run_done)
}

/// The record to store once the first run is finished or skipped: the
/// current one so marked, or a new one made with `stamp`.
pub fn first_run_finished(list: &[Prefs], stamp: Stamp) -> Prefs {
    let mut p = live(list).cloned().unwrap_or_else(|| Prefs::new(stamp));
    p.first_run_done = true;
    p
}
