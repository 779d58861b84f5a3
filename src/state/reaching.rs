//! Reaching the person between visits, as state: a message sent from the
//! reach-out kit is kept as a `Reach`, so that when the person comes back
//! Tend asks once "Did you reach Ada?" (the rules are `model::reach`), and
//! the badge and the daily nudge's schedule follow every change (the
//! device side is `crate::device`).

use super::{actions, clock, AppState};
use crate::device;
use crate::model::nudge;
use crate::model::people::Channel;
use crate::model::prefs;
use crate::model::reach::{self, Back, Question, Reach, ReachAnswer};
use leptos::prelude::*;

/// Keeps that a message to `person` went out by `channel` just now.
pub fn record_send(state: AppState, person: &str, channel: Channel) {
    state.add(Reach::new(
        actions::stamp(),
        person.to_string(),
        channel,
        clock::today(),
    ));
}

/// The questions to ask now that the person is `back`; each reach-out in
/// them is marked asked at once, so no question is ever shown twice (here
/// or in another tab).
pub fn questions(state: AppState, back: Back) -> Vec<Question> {
    let asked = state
        .reaches
        .with_untracked(|list| reach::to_ask(list, back, clock::now()));
    for q in &asked {
        for id in &q.reaches {
            let _ = state.change::<Reach, std::convert::Infallible>(id, |r| {
                r.mark_asked();
                Ok(())
            });
        }
    }
    asked
}

/// Answers "Did you reach …?": Yes logs the contact with the channel of the
/// send (restarting the check-in clock); Not yet changes nothing else, so
/// the check-in stays due. Returns the contact logged, if any.
pub fn answer(state: AppState, question: &Question, answer: ReachAnswer) -> Option<Channel> {
    let mut logged = None;
    // Answered record by record through `change`, so each is stamped and
    // saved like any edit; the first Yes logs the contact.
    let mut latest: Option<(chrono::DateTime<chrono::Utc>, Reach)> = None;
    for id in &question.reaches {
        let _ = state.change::<Reach, std::convert::Infallible>(id, |r| {
            if r.answer(answer)
                && latest
                    .as_ref()
                    .is_none_or(|(t, _)| r.stamp.created_at >= *t)
            {
                latest = Some((r.stamp.created_at, r.clone()));
            }
            Ok(())
        });
    }
    if let (ReachAnswer::Yes, Some((_, r))) = (answer, latest) {
        let contact = reach::logged_contact(&r, actions::stamp(), clock::today());
        logged = Some(contact.kind);
        state.add(contact);
    }
    logged
}

/// Keeps the app badge and the service worker's schedule in step with the
/// data: on start, on every change that moves who is due, and at midnight
/// (the `today` signal). Nothing is written while the lock is closed, nor
/// while the stored data is refused: the lists are empty then, and the
/// badge already shown counts the person's own.
///
/// Only what is used is worked out: the month-long schedule while the daily
/// nudge is on (and once more as it is turned off, so a wake-up already on
/// its way stays quiet), today's count where the browser shows a badge,
/// and nothing at all (nor any tracking of the data) otherwise.
pub fn watch(state: AppState) {
    let badges = device::support().badge;
    let nudge_on = Memo::new(move |_| state.prefs.with(|p| prefs::current(p).nudge));
    Effect::new(move |was_on: Option<bool>| {
        if !state.data_here() {
            return was_on.unwrap_or(false);
        }
        let on = nudge_on.get();
        let write = on || was_on == Some(true);
        if !write && !badges {
            return on;
        }
        let today = state.today.get();
        let locked_on = state.lock_idle.get().is_some();
        state.latest.with(|latest| {
            state.people.with(|people| {
                state.snoozes.with(|snoozes| {
                    state.seasons.with(|seasons| {
                        state.prefs.with(|prefs| {
                            let parts = nudge::Parts {
                                people,
                                latest,
                                snoozes,
                                seasons,
                                prefs,
                            };
                            if write {
                                let s = nudge::schedule_from(&parts, today, locked_on);
                                device::badge::show(s.badge_on(today));
                                if let Ok(json) = serde_json::to_string(&s) {
                                    leptos::task::spawn_local(async move {
                                        device::nudge::write_schedule(&json).await
                                    });
                                }
                            } else {
                                device::badge::show(nudge::badge_from(&parts, today));
                            }
                        })
                    })
                })
            })
        });
        on
    });
}
