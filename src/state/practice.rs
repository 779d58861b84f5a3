//! Changes to the repeated practices: challenges, rituals, reconnect plans,
//! milestones and gift ideas. Like `actions`, each change is one update
//! (autosave follows) and problems come back as readable errors; a refused
//! change leaves the data, and so the screen and what was typed, untouched.

use super::actions::{self, stamp};
use super::error::ActionError;
use super::{clock, AppState, Held};
use crate::content::challenges::REFLECTION;
use crate::formats::vcard::Contact;
use crate::model::challenge::reconnect::{Reason, ReconnectPlan};
use crate::model::challenge::ritual::{Repeat, Ritual};
use crate::model::challenge::{Challenge, MarkState};
use crate::model::journal::{EntryInput, EntryKind};
use crate::model::milestone::{GiftIdeas, Milestone, MilestoneKind};
use crate::model::people::Birthday;
use crate::model::Stamp;
use chrono::NaiveDate;
use leptos::prelude::*;

/// Adds a new record when it could be made.
fn add<T: Held, E: Into<ActionError>>(
    state: AppState,
    made: Result<T, E>,
) -> Result<(), ActionError> {
    state.add(made.map_err(Into::into)?);
    Ok(())
}

pub fn start_five_for_five(
    state: AppState,
    picks: Vec<(String, Option<String>)>,
) -> Result<(), ActionError> {
    add(
        state,
        Challenge::five_for_five(stamp(), clock::today(), picks),
    )
}

pub fn start_starter(state: AppState) {
    state.add(Challenge::starter(stamp(), clock::today()));
}

/// A challenge of the person's own: one action per non-empty line.
pub fn start_custom(state: AppState, name: &str, actions: &str) -> Result<(), ActionError> {
    let days = actions
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect();
    add(
        state,
        Challenge::custom(stamp(), name, clock::today(), days),
    )
}

/// Marks day `index` done or skipped (`None`: takes the mark back).
pub fn mark_day(
    state: AppState,
    id: &str,
    index: usize,
    mark: Option<MarkState>,
    note: &str,
) -> Result<(), ActionError> {
    let today = clock::today();
    state.change::<Challenge, _>(id, |c| match mark {
        Some(m) => c.mark(index, m, note, today),
        None => c.unmark(index, today),
    })
}

/// Stops a challenge early; it moves to the history as it stands.
pub fn end_challenge(state: AppState, id: &str) {
    let today = clock::today();
    let _ = state.change::<Challenge, std::convert::Infallible>(id, |c| {
        c.ended = Some(today);
        Ok(())
    });
}

/// Saves the closing reflection as a journal entry with its question.
pub fn save_reflection(state: AppState, text: &str) -> Result<(), ActionError> {
    actions::save_entry(
        state,
        None,
        EntryInput {
            day: clock::today(),
            text: text.to_string(),
            mood: None,
            tags: vec!["challenge".into()],
            people: vec![],
            kind: EntryKind::Entry,
            prompt: Some(REFLECTION.to_string()),
        },
    )
}

pub fn add_ritual(
    state: AppState,
    name: &str,
    repeat: Repeat,
    person: Option<String>,
) -> Result<(), ActionError> {
    add(
        state,
        Ritual::new(stamp(), name, repeat, person, clock::today()),
    )
}

/// Marks the ritual's occurrence on `day` (`None`: takes the mark back).
pub fn mark_ritual(
    state: AppState,
    id: &str,
    day: NaiveDate,
    mark: Option<MarkState>,
) -> Result<(), ActionError> {
    let today = clock::today();
    state.change::<Ritual, _>(id, |r| match mark {
        Some(m) => r.mark(day, m, "", today),
        None => {
            r.clear(day);
            Ok(())
        }
    })
}

/// Sets aside the ritual's next occurrence ahead of time (not marked
/// skipped, and no alarm in the calendar export).
pub fn set_aside_next_ritual(state: AppState, id: &str) -> Result<(), ActionError> {
    let today = clock::today();
    state.change::<Ritual, _>(id, |r| r.skip_next(today).map(|_| ()))
}

/// Takes back the occurrence set aside ahead of time.
pub fn keep_next_ritual(state: AppState, id: &str) -> Result<(), ActionError> {
    state.change::<Ritual, std::convert::Infallible>(id, |r| {
        r.unskip();
        Ok(())
    })
}

pub fn remove_ritual(state: AppState, id: &str) {
    state.remove::<Ritual>(id);
}

pub fn start_reconnect(state: AppState, person: &str, reason: Reason) {
    state.add(ReconnectPlan::new(stamp(), person.to_string(), reason));
}

pub fn tick_step(state: AppState, id: &str, index: usize, done: bool) {
    let _ = state.change::<ReconnectPlan, _>(id, |p| {
        p.set_done(index, done)
            .then_some(())
            .ok_or(ActionError::NoSuchStep)
    });
}

pub fn add_step(state: AppState, id: &str, text: &str) -> Result<(), ActionError> {
    state.change::<ReconnectPlan, _>(id, |p| p.add_step(text))
}

pub fn remove_reconnect(state: AppState, id: &str) {
    state.remove::<ReconnectPlan>(id);
}

pub fn add_milestone(
    state: AppState,
    person: &str,
    kind: MilestoneKind,
    label: &str,
    date: Birthday,
) -> Result<(), ActionError> {
    add(
        state,
        Milestone::new(stamp(), person.to_string(), kind, label, date),
    )
}

pub fn remove_milestone(state: AppState, id: &str) {
    state.remove::<Milestone>(id);
}

/// Replaces a person's gift ideas with the non-empty lines of `text`. The
/// list's id is the person's, so each person has one and tabs merge it.
pub fn set_gifts(state: AppState, person: &str, text: &str) -> Result<(), ActionError> {
    let mut list = GiftIdeas {
        stamp: Stamp::new(person.to_string(), clock::now()),
        person: person.to_string(),
        ideas: vec![],
    };
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        list.add(line)?;
    }
    let (known, same) = state.gifts.with_untracked(|g| {
        let old = g.iter().find(|g| g.stamp.id == person);
        let same = old.is_some_and(|o| !o.stamp.deleted && o.ideas == list.ideas);
        (old.is_some(), same)
    });
    // No list is made for nothing; an existing one may become empty.
    if !same && (known || !list.ideas.is_empty()) {
        state.put(list);
    }
    Ok(())
}

/// Offers every check-in rhythm, ritual, birthday and milestone as
/// `tend-calendar.ics`, for the person's own calendar app, each with its
/// alarm at the chosen hour and none within a season.
pub fn export_calendar(state: AppState) {
    if !super::actions::may_export(state) {
        return;
    }
    let d = state.snapshot();
    let text = crate::formats::ics::export(&d, clock::today(), clock::now());
    if let Err(e) = super::files::download("tend-calendar.ics", "text/calendar", &text) {
        state.notify(super::NoticeKind::Error, e.to_string(), None);
    }
}

/// Adds the chosen contacts to People (see `Contact::into_person`).
pub fn import_contacts(state: AppState, contacts: Vec<Contact>) -> usize {
    let n = contacts.len();
    for c in contacts {
        state.add(c.into_person(stamp()));
    }
    n
}
