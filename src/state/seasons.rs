//! Seasons as state: taking one, ending it, and the welcome back (the rules
//! are `model::season`). While a season runs every nudge pauses: the due
//! lists, the badge, the daily notification and the calendar's alarms.

use super::{actions, AppState};
use crate::model::season::{self, Ended, Pauses, Season, SeasonError, SeasonReason};
use chrono::NaiveDate;
use leptos::prelude::*;

/// Takes a season from `start` to `end` (or until ended, for `None`).
pub fn begin(
    state: AppState,
    start: NaiveDate,
    end: Option<NaiveDate>,
    reason: Option<SeasonReason>,
) -> Result<(), SeasonError> {
    let today = state.today.get_untracked();
    let new = state
        .seasons
        .with_untracked(|s| season::begin(s, actions::stamp(), start, end, reason, today))?;
    state.add(new);
    Ok(())
}

/// Ends the season running today: yesterday becomes its last paused day
/// (one that has not begun is removed).
pub fn end_now(state: AppState, id: &str) -> Option<Ended> {
    let today = state.today.get_untracked();
    let mut ended = None;
    let _ = state.change::<Season, std::convert::Infallible>(id, |s| {
        ended = Some(season::end_now(s, today));
        Ok(())
    });
    ended
}

/// The welcome back has been seen.
pub fn welcomed(state: AppState, id: &str) {
    let _ = state.change::<Season, std::convert::Infallible>(id, |s| {
        s.welcomed = true;
        Ok(())
    });
}

/// The paused days as the rules see them today, kept up to date: one Memo
/// for the whole app, so every screen sees the same days.
#[derive(Clone, Copy)]
struct Paused(Memo<Pauses>);

/// Makes the paused days known to every screen (`use_pauses`).
pub fn provide_pauses(state: AppState) {
    provide_context(Paused(Memo::new(move |_| {
        let today = state.today.get();
        state.seasons.with(|s| Pauses::new(s, today))
    })));
}

/// The paused days (see `provide_pauses`).
pub fn use_pauses() -> Memo<Pauses> {
    expect_context::<Paused>().0
}
