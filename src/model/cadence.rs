//! Check-ins: when someone with a cadence is due a hello, and when the tie is
//! drifting.
//!
//! # The rule
//!
//! Counting whole local calendar days since the last contact (`d`) against
//! the cadence's interval (`n = Cadence::days()`):
//!
//! - `d < n`: **on track**; the next check-in is due on `last + n`.
//! - `n <= d < n + ceil(n / 2)`: **due**. This is the ideal window: half a
//!   cadence wide, so a weekly friend gets four days' grace, a monthly one
//!   fifteen and a quarterly one forty-six. The grace grows with the rhythm
//!   because a week late means little for a quarterly call and a lot for a
//!   weekly one.
//! - `d >= n + ceil(n / 2)` (one and a half intervals): **drifting**, the
//!   overdue window. It has no end: a gap of years is simply more overdue.
//!
//! Integer arithmetic only (no floats), and days are `NaiveDate`s: local
//! calendar days carry no time zone, so a daylight-saving change can neither
//! add nor remove a day. Month ends and leap years need no special case
//! because the interval is a number of days, not "the same date next month".
//!
//! Logging any interaction moves the last contact and so restarts the clock;
//! a snooze hides a due or drifting person until its day, and is ignored
//! once that day has come or a newer contact makes it moot.
//!
//! # Seasons
//!
//! Days inside a season (see `season::Pauses`) do not count: `d` is the
//! number of days after the last contact, up to and including today, that
//! no season covers, and the due day is the day on which `d` reaches `n`
//! (so it moves later by every paused day before it). In particular:
//!
//! - **During a season** nobody is due or drifting: the status is
//!   `Ok { next_due }`, where `next_due` is the day the check-in falls due
//!   if the season ends as planned (one running until ended is taken to
//!   end today, so it is the earliest day it could be). The Due and
//!   Drifting lists are empty.
//! - **After a season** the clock carries on where it stopped: someone who
//!   was ten days from due when it began is ten days from due the day after
//!   it ends, and someone already due stays exactly as late as they were.
//!   Coming back therefore shows only what was already waiting, never
//!   everyone at once.
//! - A contact logged during a season restarts the clock as usual; the
//!   season's remaining days still do not count.
//!
//! `status` and `due_list` are the rules without seasons; `status_with` and
//! `due_list_with` take the `Pauses` of the day.
use super::interaction::last_contact_in;
use super::order::{self, Key};
use super::people::{Cadence, Person};
use super::season::Pauses;
use crate::model::record::record;
use chrono::NaiveDate;
use std::collections::HashMap;

/// The two windows of a cadence, in days since the last contact.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Window {
    /// Due from this many days after the last contact (the interval).
    pub due_after: u32,
    /// Drifting from this many days after the last contact.
    pub drifting_after: u32,
}

/// The ideal (due) and overdue (drifting) windows of `cadence`.
pub fn window(cadence: Cadence) -> Window {
    let n = cadence.days();
    Window {
        due_after: n,
        drifting_after: n + n.div_ceil(2),
    }
}

/// Where a check-in stands on a given day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CheckIn {
    /// No reminder wanted for this person.
    NoCadence,
    /// A cadence is set but no contact was ever recorded: due now, since
    /// there is nothing to count from.
    NeverContacted,
    /// In touch recently enough; the next check-in is due on `next_due`.
    Ok { next_due: NaiveDate },
    /// Due or drifting, but set aside by the person until `until`.
    Snoozed { until: NaiveDate },
    /// In the ideal window: due since `due_on`, `since_days` days ago (0 on
    /// the day itself).
    Due { due_on: NaiveDate, since_days: u32 },
    /// Past the ideal window: `overdue_days` days after `due_on`.
    Drifting {
        due_on: NaiveDate,
        overdue_days: u32,
    },
}

impl CheckIn {
    /// A word for the status, shown next to its colour so colour is never
    /// the only signal.
    pub fn word(self) -> &'static str {
        match self {
            CheckIn::NoCadence => "No reminder",
            CheckIn::NeverContacted => "Say hello",
            CheckIn::Ok { .. } => "On track",
            CheckIn::Snoozed { .. } => "Snoozed",
            CheckIn::Due { .. } => "Due",
            CheckIn::Drifting { .. } => "Drifting",
        }
    }

    /// Days past the due day, for ordering lists (0 when not yet due).
    pub fn days_past_due(self) -> u32 {
        match self {
            CheckIn::Due { since_days, .. } => since_days,
            CheckIn::Drifting { overdue_days, .. } => overdue_days,
            _ => 0,
        }
    }
}

record! {
    /// "Remind me later" for one person: their check-in stays out of the Due and
    /// Drifting lists before `until`.
    ///
    /// Give it the person's id as its record id: a person then has at most one
    /// snooze, and two tabs' snoozes for the same person merge by id.
    #[derive(Clone, Debug, PartialEq)]
    pub struct Snooze {
        #[serde(rename = "p")]
        pub person: String,
        /// The first day the reminder shows again.
        #[serde(rename = "d", with = "super::day::iso")]
        pub until: NaiveDate,
    }
}

/// The latest live snooze for `person_id`, if any.
pub fn snoozed_until(person_id: &str, snoozes: &[Snooze]) -> Option<NaiveDate> {
    snoozes
        .iter()
        .filter(|s| !s.stamp.deleted && s.person == person_id)
        .map(|s| s.until)
        .max()
}

/// The check-in status of `person` on `today`, with no season.
///
/// A last contact after `today` (a typo, or a clock set wrong) counts as
/// today, so it never makes anyone overdue.
pub fn status(
    person: &Person,
    last_contact: Option<NaiveDate>,
    today: NaiveDate,
    snoozed_until: Option<NaiveDate>,
) -> CheckIn {
    status_with(person, last_contact, today, snoozed_until, &Pauses::none())
}

/// The check-in status of `person` on `today`, days paused by a season not
/// counting (see the module note; `pauses` is `Pauses::new(seasons, today)`).
pub fn status_with(
    person: &Person,
    last_contact: Option<NaiveDate>,
    today: NaiveDate,
    snoozed_until: Option<NaiveDate>,
    pauses: &Pauses,
) -> CheckIn {
    let Some(cadence) = person.cadence else {
        return CheckIn::NoCadence;
    };
    let snoozed = snoozed_until.filter(|until| *until > today);
    let Some(last) = last_contact else {
        return match snoozed {
            Some(until) => CheckIn::Snoozed { until },
            None => CheckIn::NeverContacted,
        };
    };
    let w = window(cadence);
    let due_on = pauses.nth_counted_day(last, w.due_after);
    let last = last.min(today);
    let days = u32::try_from((today - last).num_days()).unwrap_or(u32::MAX);
    let paused = match last.succ_opt() {
        Some(after) => pauses.count(after, today),
        None => 0,
    };
    let since = days.saturating_sub(paused);
    if let Some(last_paused) = pauses.span_end(today) {
        // Paused today: due once the season is over, and not before the
        // gap is full.
        let after = last_paused.succ_opt().unwrap_or(NaiveDate::MAX);
        return CheckIn::Ok {
            next_due: due_on.max(after),
        };
    }
    if since < w.due_after {
        return CheckIn::Ok { next_due: due_on };
    }
    if let Some(until) = snoozed {
        return CheckIn::Snoozed { until };
    }
    let past = since - w.due_after;
    if since < w.drifting_after {
        CheckIn::Due {
            due_on,
            since_days: past,
        }
    } else {
        CheckIn::Drifting {
            due_on,
            overdue_days: past,
        }
    }
}

/// One person on the Due or Drifting list.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DueItem<'a> {
    pub person: &'a Person,
    pub status: CheckIn,
}

/// The Due and Drifting lists for `today`, each most overdue first (ties
/// keep the order people were added). Only active people (not archived or
/// deleted) are listed; people with a cadence and no recorded contact come
/// last in the Due list, because there is no date to say how late they are.
pub fn due_list<'a>(
    people: &'a [Person],
    latest: &HashMap<String, NaiveDate>,
    today: NaiveDate,
    snoozes: &[Snooze],
) -> (Vec<DueItem<'a>>, Vec<DueItem<'a>>) {
    due_list_with(people, latest, today, snoozes, &Pauses::none())
}

/// [`due_list`] with seasons: both lists are empty on a paused day, and
/// paused days do not count towards anyone's gap (see the module note).
pub fn due_list_with<'a>(
    people: &'a [Person],
    latest: &HashMap<String, NaiveDate>,
    today: NaiveDate,
    snoozes: &[Snooze],
    pauses: &Pauses,
) -> (Vec<DueItem<'a>>, Vec<DueItem<'a>>) {
    let mut due = Vec::new();
    let mut drifting = Vec::new();
    if pauses.covers(today) {
        return (due, drifting);
    }
    for person in people.iter().filter(|p| p.is_active()) {
        let last = last_contact_in(person, latest);
        let snooze = snoozed_until(&person.stamp.id, snoozes);
        let status = status_with(person, last, today, snooze, pauses);
        let item = DueItem { person, status };
        match status {
            CheckIn::Drifting { .. } => drifting.push(item),
            CheckIn::Due { .. } | CheckIn::NeverContacted => due.push(item),
            _ => {}
        }
    }
    // Never contacted ranks below any dated lateness: it sorts as "-1".
    let rank = |i: &DueItem| match i.status {
        CheckIn::NeverContacted => -1,
        s => i64::from(s.days_past_due()),
    };
    let key = |i: &DueItem| {
        Key(
            -rank(i),
            order::instant(i.person.stamp.created_at),
            String::new(),
        )
    };
    order::sort_by(&mut due, key);
    order::sort_by(&mut drifting, key);
    (due, drifting)
}

/// Everyone on the Due and Drifting lists in one list, those who matter
/// most first: the inner circle, then the middle, then the outer; within a
/// circle, drifting before due, each most overdue first (as `due_list`
/// orders them). Today shows the first few, with everyone a tap away.
pub fn closest_first<'a>(due: &[DueItem<'a>], drifting: &[DueItem<'a>]) -> Vec<DueItem<'a>> {
    let mut all: Vec<DueItem<'a>> = drifting.iter().chain(due).copied().collect();
    // Stable: drifting stays ahead of due within a circle, and each list
    // keeps its own order.
    order::sort_by(&mut all, |i| {
        Key(i.person.circle.index() as i64, 0, String::new())
    });
    all
}
