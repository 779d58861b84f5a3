//! The challenges in progress, each a card with its streak, every day with
//! how it stands (today's, and yesterday's while open, ready to mark), and
//! a way to stop it early.

use crate::model::challenge::{running, Challenge};
use crate::model::season::Pauses;
use crate::state::seasons::use_pauses;
use crate::state::{practice, use_app};
use crate::ui::components::challenge_day::{day_keys, DayRows};
use chrono::NaiveDate;
use leptos::prelude::*;

#[component]
pub fn Running() -> impl IntoView {
    let state = use_app();
    let ids = Memo::new(move |_| {
        let today = state.today.get();
        state.challenges.with(|all| {
            running(all, today)
                .map(|c| c.stamp.id.clone())
                .collect::<Vec<_>>()
        })
    });
    view! {
        <div>
            <For each=move || ids.get() key=|id| id.clone() let:id>
                <ChallengeCard id/>
            </For>
        </div>
    }
}

/// "Day 2 of 5 · 2 done · 2 in a row", or the same, paused (days in a
/// season break nothing).
fn streak_line(c: &Challenge, today: NaiveDate, pauses: &Pauses) -> String {
    let s = c.streak_in(today, pauses);
    let p = c.progress_in(today, pauses);
    let mut line = format!(
        "Day {} of {} · {} done",
        c.today_index(today) + 1,
        p.total,
        p.done
    );
    if s.paused {
        line.push_str(" · paused, carry on whenever you are ready");
    } else if s.in_a_row > 1 {
        line.push_str(&format!(" · {} in a row", s.in_a_row));
    }
    line
}

/// One challenge in progress, as a region named by its name.
#[component]
fn ChallengeCard(
    /// The challenge's id.
    id: String,
) -> impl IntoView {
    let state = use_app();
    let challenge = state.live_memo::<Challenge>(id.clone());
    let name = move || challenge.with(|c| c.as_ref().map(|c| c.name.clone()).unwrap_or_default());
    let pauses = use_pauses();
    let line = move || {
        let today = state.today.get();
        pauses.with(|p| challenge.with(|c| c.as_ref().map(|c| streak_line(c, today, p))))
    };
    let days = Memo::new(move |_| {
        let today = state.today.get();
        challenge.with(|c| {
            c.as_ref()
                .map(|c| day_keys(state, c, 0..c.days.len(), today))
                .unwrap_or_default()
        })
    });
    let stop = {
        let id = id.clone();
        move |_| practice::end_challenge(state, &id)
    };
    let heading = format!("ch-{id}");
    let labelled_by = heading.clone();
    view! {
        <section class="card challenge" aria-labelledby=labelled_by>
            <h2 id=heading>{name}</h2>
            <p class="streak">{line}</p>
            <ol class="days">
                <DayRows challenge days/>
            </ol>
            <button
                type="button"
                class="button quiet"
                aria-label=move || format!("Stop this challenge: {}", name())
                on:click=stop
            >
                "Stop this challenge"
            </button>
        </section>
    }
}
