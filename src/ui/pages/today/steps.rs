//! Today's step of each challenge in progress, and yesterday's while it can
//! still be marked.

use crate::model::challenge::{running, Challenge, DayState};
use crate::state::use_app;
use crate::ui::components::challenge_day::{day_keys, DayRows};
use chrono::NaiveDate;
use leptos::prelude::*;

/// The days of `c` to show on `today`: yesterday's while still open, and
/// today's.
fn shown_days(c: &Challenge, today: NaiveDate) -> Vec<usize> {
    let i = c.today_index(today);
    let mut days = Vec::new();
    if i > 0 && c.day_state(i - 1, today) == DayState::Pending {
        days.push(i - 1);
    }
    if c.date_of(i) == today {
        days.push(i);
    }
    days
}

#[component]
pub fn ChallengeToday() -> impl IntoView {
    let state = use_app();
    // The running challenges with a day to show today; each one's days
    // follow its record, so marking yesterday keeps today's note as typed.
    let ids = Memo::new(move |_| {
        let today = state.today.get();
        state.challenges.with(|all| {
            running(all, today)
                .filter(|c| !shown_days(c, today).is_empty())
                .map(|c| c.stamp.id.clone())
                .collect::<Vec<_>>()
        })
    });
    view! {
        <Show when=move || ids.with(|s| !s.is_empty())>
            <section class="card" aria-labelledby="challenge-today">
                <h2 id="challenge-today">"Your challenge today"</h2>
                <For each=move || ids.get() key=|id| id.clone() let:id>
                    <Steps id/>
                </For>
            </section>
        </Show>
    }
}

/// One challenge's days to mark today.
#[component]
fn Steps(
    /// The challenge's id.
    id: String,
) -> impl IntoView {
    let state = use_app();
    let challenge = state.live_memo::<Challenge>(id);
    let name = move || challenge.with(|c| c.as_ref().map(|c| c.name.clone()).unwrap_or_default());
    let days = Memo::new(move |_| {
        let today = state.today.get();
        challenge.with(|c| {
            c.as_ref()
                .map(|c| day_keys(state, c, shown_days(c, today), today))
                .unwrap_or_default()
        })
    });
    view! {
        <h3>{name}</h3>
        <ol class="days">
            <DayRows challenge days/>
        </ol>
    }
}
