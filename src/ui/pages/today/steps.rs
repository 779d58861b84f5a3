//! Today's step of each challenge in progress, and yesterday's while it can
//! still be marked.

use crate::model::challenge::{running, DayState};
use crate::state::use_app;
use crate::ui::components::challenge_day::DayRow;
use leptos::prelude::*;

#[component]
pub fn ChallengeToday() -> impl IntoView {
    let state = use_app();
    // Each running challenge with the days to show today.
    let steps = Memo::new(move |_| {
        let today = state.today.get();
        state.challenges.with(|all| {
            running(all, today)
                .filter_map(|c| {
                    let i = c.today_index(today);
                    let mut days = Vec::new();
                    if i > 0 && c.day_state(i - 1, today) == DayState::Pending {
                        days.push(i - 1);
                    }
                    if c.date_of(i) == today {
                        days.push(i);
                    }
                    (!days.is_empty()).then(|| (c.clone(), days))
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <Show when=move || steps.with(|s| !s.is_empty())>
            <section class="card" aria-labelledby="challenge-today">
                <h2 id="challenge-today">"Your challenge today"</h2>
                <For
                    each=move || steps.get()
                    key=|(c, days)| (c.stamp.id.clone(), c.stamp.updated_at, days.clone())
                    let:step
                >
                    <h3>{step.0.name.clone()}</h3>
                    <ol class="days">
                        {step
                            .1
                            .iter()
                            .map(|i| view! { <DayRow challenge=step.0.clone() index=*i today=state.today.get_untracked()/> })
                            .collect_view()}
                    </ol>
                </For>
            </section>
        </Show>
    }
}
