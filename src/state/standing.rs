//! Where a person's check-in stands today, read from the state: their last
//! contact, any snooze, and the paused days of a season. The one place the
//! People list, a person's view and the reach-out kit take it from.

use super::AppState;
use crate::model::cadence::{snoozed_until, status_with, CheckIn};
use crate::model::interaction::last_contact_in;
use crate::model::season::Pauses;
use crate::model::Person;
use chrono::NaiveDate;
use leptos::prelude::*;

/// `person`'s check-in today and their last contact. The reads are
/// tracked, so a Memo built on it follows contacts, snoozes and the day.
pub fn standing(state: AppState, person: &Person, pauses: &Pauses) -> (CheckIn, Option<NaiveDate>) {
    let last = state.latest.with(|l| last_contact_in(person, l));
    let snooze = state.snoozes.with(|s| snoozed_until(&person.stamp.id, s));
    let today = state.today.get();
    (status_with(person, last, today, snooze, pauses), last)
}
