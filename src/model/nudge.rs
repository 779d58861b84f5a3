//! The reminders that reach the person while Tend is closed: the app badge
//! and the one daily notification. Both are shown by the service worker,
//! which cannot read localStorage, so the app keeps a small [`Schedule`]
//! for it (in IndexedDB or the Cache API) and writes it again on start, on
//! every change and at midnight.
//!
//! # What the schedule holds
//!
//! For each of the next [`DAYS`] days from today: how many people will be
//! due that day if nobody is contacted in between (the badge), and the
//! notification to show that day, if any. Nothing else: no ids, no notes,
//! no dates of contact. With the passphrase lock on it holds **no names**;
//! the text then only counts. Past its last day the badge keeps the last
//! day's count (nobody becomes less due by waiting), but no notification
//! is shown: someone who has not opened Tend for a month is not chased.
//!
//! # The rules
//!
//! - The badge is the number of people on the Due and Drifting lists of
//!   that day (`cadence::due_list_with`): never-contacted people with a
//!   rhythm count, snoozed ones do not. During a season it is 0.
//! - A day has a notification only when the person turned the daily nudge
//!   on (`Prefs::nudge`), someone is due, and the day is not in a season.
//! - **At most one notification a day**: [`to_show`] gives the text only
//!   when none was shown on that day yet; the service worker keeps the day
//!   it last showed one and asks again with it.

use super::cadence::{due_list_with, Snooze};
use super::interaction::latest_by_person;
use super::people::Person;
use super::prefs::Prefs;
use super::season::{Pauses, Season};
use super::Data;
use crate::content::nudge as text;
use crate::model::record::map_form;
use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// How many days ahead the schedule reaches. Periodic Background Sync
/// wakes the service worker about every 12 hours at best, and the app
/// rewrites the schedule whenever it is opened; a month covers a long
/// absence.
pub const DAYS: usize = 31;

/// Names a notification gives at most; more are counted.
pub const MAX_NAMES: usize = 2;

/// The version of the schedule's shape, for the service worker.
pub const VERSION: u32 = 1;

/// What the service worker reads. Stored as compact JSON:
/// `{"v":1,"days":[{"d":"2026-03-05","n":3,"t":"…"},…]}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct Schedule {
    #[serde(rename = "v")]
    pub version: u32,
    /// Today first, one entry per day, [`DAYS`] of them.
    pub days: Vec<ScheduleDay>,
}
map_form!(Schedule);

/// One day of the schedule.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct ScheduleDay {
    #[serde(rename = "d", with = "super::day::iso")]
    pub day: NaiveDate,
    /// The badge: people due that day.
    #[serde(rename = "n")]
    pub due: u32,
    /// The notification's text, if one is to be shown that day.
    #[serde(rename = "t", default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}
map_form!(ScheduleDay);

/// What the schedule and the badge are computed from, borrowed from the
/// app's collections (the last contact of each person already indexed), so
/// the app need not copy its data to keep them up to date.
pub struct Parts<'a> {
    pub people: &'a [Person],
    /// The day of the latest logged contact with each person, by id.
    pub latest: &'a HashMap<String, NaiveDate>,
    pub snoozes: &'a [Snooze],
    pub seasons: &'a [Season],
    pub prefs: &'a [Prefs],
}

impl<'a> Parts<'a> {
    /// The parts of a whole `data`, given its `latest` index.
    pub fn of(data: &'a Data, latest: &'a HashMap<String, NaiveDate>) -> Parts<'a> {
        Parts {
            people: &data.people,
            latest,
            snoozes: &data.snoozes,
            seasons: &data.seasons,
            prefs: &data.prefs,
        }
    }
}

/// The badge on `today`: people due or drifting, 0 during a season.
pub fn badge(data: &Data, today: NaiveDate) -> u32 {
    let latest = latest_by_person(&data.interactions);
    badge_from(&Parts::of(data, &latest), today)
}

/// [`badge`] from borrowed parts (what the app keeps up to date): one day,
/// where the schedule works out a month.
pub fn badge_from(parts: &Parts, today: NaiveDate) -> u32 {
    due_on(parts, today).0
}

/// The count and the first names due on `day`.
fn due_on(parts: &Parts, day: NaiveDate) -> (u32, Vec<String>) {
    let pauses = Pauses::new(parts.seasons, day);
    let (due, drifting) = due_list_with(parts.people, parts.latest, day, parts.snoozes, &pauses);
    // Drifting first: they have waited longest.
    let names = drifting
        .iter()
        .chain(due.iter())
        .take(MAX_NAMES)
        .map(|i| {
            i.person
                .name
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    let count = u32::try_from(due.len() + drifting.len()).unwrap_or(u32::MAX);
    (count, names)
}

/// The notification for `count` people due, naming `names` (the first of
/// them, when the lock is off): see `content::nudge`. `None` for nobody.
pub fn notification_text(count: u32, names: &[String]) -> Option<String> {
    if count == 0 {
        return None;
    }
    let names: Vec<&str> = names
        .iter()
        .map(String::as_str)
        .filter(|n| !n.is_empty())
        .take(MAX_NAMES)
        .collect();
    if names.is_empty() {
        return Some(if count == 1 {
            text::SOMEONE.to_string()
        } else {
            format!("{count}{}", text::PEOPLE)
        });
    }
    let rest = count.saturating_sub(names.len() as u32);
    let who = match (names.as_slice(), rest) {
        ([one], 0) => one.to_string(),
        ([a, b], 0) => format!("{a} and {b}"),
        (list, r) => {
            let word = if r == 1 { text::OTHER } else { text::OTHERS };
            format!("{} and {r} {word}", list.join(", "))
        }
    };
    Some(who + text::GLAD)
}

/// The schedule from `today` on; see the module note. `locked` is whether
/// the passphrase lock is on (then no names are kept).
pub fn schedule(data: &Data, today: NaiveDate, locked: bool) -> Schedule {
    let latest = latest_by_person(&data.interactions);
    schedule_from(&Parts::of(data, &latest), today, locked)
}

/// [`schedule`] from borrowed parts (what the app keeps up to date).
pub fn schedule_from(parts: &Parts, today: NaiveDate, locked: bool) -> Schedule {
    let nudge = super::prefs::current(parts.prefs).nudge;
    let days = (0..DAYS as u64)
        .map_while(|i| today.checked_add_days(Days::new(i)))
        .map(|day| {
            let (due, names) = due_on(parts, day);
            let names = if locked { Vec::new() } else { names };
            let text = nudge.then(|| notification_text(due, &names)).flatten();
            ScheduleDay { day, due, text }
        })
        .collect();
    Schedule {
        version: VERSION,
        days,
    }
}

impl Schedule {
    /// The entry for `day`: its own, or past the end the last one (see the
    /// module note); `None` before the first.
    pub fn on(&self, day: NaiveDate) -> Option<&ScheduleDay> {
        let first = self.days.first()?;
        if day < first.day {
            return None;
        }
        self.days
            .iter()
            .find(|d| d.day == day)
            .or_else(|| self.days.last().filter(|last| day > last.day))
    }

    /// The badge on `day` (0 when the schedule does not reach back to it).
    pub fn badge_on(&self, day: NaiveDate) -> u32 {
        self.on(day).map_or(0, |d| d.due)
    }
}

/// The notification to show on `today`, given the day one was last shown:
/// at most one a day, and only when the schedule has an entry of its own
/// for today (past its end it stays quiet; see the module note). The
/// service worker (assets/sw.js) does exactly this, then remembers `today`.
pub fn to_show(
    schedule: &Schedule,
    today: NaiveDate,
    last_shown: Option<NaiveDate>,
) -> Option<&str> {
    if last_shown.is_some_and(|d| d >= today) {
        return None;
    }
    schedule
        .days
        .iter()
        .find(|d| d.day == today)?
        .text
        .as_deref()
}
