//! The challenges already finished, newest first. The newest, when every
//! day of it was marked in the last week, is celebrated and offers its
//! closing reflection for the journal until one is written.

use crate::content::challenges as text;
use crate::model::challenge::Challenge;
use crate::model::order;
use crate::state::seasons::use_pauses;
use crate::state::{clock, practice, use_app, NoticeKind};
use crate::ui::components::form::{ErrorLine, Submit, TextArea};
use leptos::prelude::*;

/// A finished challenge as its row shows it.
#[derive(Clone, PartialEq)]
struct Done {
    id: String,
    name: String,
    line: String,
}

/// How long after its last day a challenge still asks for its reflection.
const CELEBRATE_DAYS: i64 = 7;

#[component]
pub fn History() -> impl IntoView {
    let state = use_app();
    // Whether the last challenge was reflected on looks back to its start.
    state.whole_logs();
    // Finished challenges, newest last day first.
    let finished = Memo::new(move |_| {
        let today = state.today.get();
        state.challenges.with(|all| {
            let mut done: Vec<&Challenge> = all
                .iter()
                .filter(|c| !c.stamp.deleted && c.is_finished(today))
                .collect();
            // Newest first; finished on one day, in their stored order.
            order::sort_by(&mut done, |c| {
                order::Key(-order::day(c.last_date()), 0, String::new())
            });
            done.into_iter().map(|c| (*c).clone()).collect::<Vec<_>>()
        })
    });
    let pauses = use_pauses();
    let rows = Memo::new(move |_| {
        let today = state.today.get();
        finished.with(|all| {
            all.iter()
                .map(|c| {
                    let p = pauses.with(|ps| c.progress_in(today, ps));
                    let end = c.ended.unwrap_or_else(|| c.last_date());
                    Done {
                        id: c.stamp.id.clone(),
                        name: c.name.clone(),
                        line: format!(
                            "{} of {} days done · finished {}",
                            p.done,
                            p.total,
                            clock::long_date(end, true)
                        ),
                    }
                })
                .collect::<Vec<_>>()
        })
    });
    let celebrate = Memo::new(move |_| {
        let today = state.today.get();
        finished.with(|all| {
            let Some(newest) = all.first() else {
                return false;
            };
            let recent = (today - newest.last_date()).num_days() <= CELEBRATE_DAYS;
            let reflected = state.journal.with(|j| {
                j.iter().any(|e| {
                    !e.stamp.deleted
                        && e.prompt.as_deref() == Some(text::REFLECTION)
                        && e.day >= newest.start
                })
            });
            newest.is_complete() && recent && !reflected
        })
    });
    view! {
        <Show when=move || finished.with(|f| !f.is_empty())>
            <section class="card" aria-labelledby="finished">
                <h2 id="finished">"Finished"</h2>
                <Show when=move || celebrate.get()>
                    <Reflection/>
                </Show>
                <ul class="record-list" aria-label="Finished challenges">
                    <For each=move || rows.get() key=|r| (r.id.clone(), r.line.clone()) let:row>
                        <li class="record">
                            <span class="record-title">{row.name}</span>
                            <span>{row.line}</span>
                        </li>
                    </For>
                </ul>
            </section>
        </Show>
    }
}

/// The celebration, and how connecting felt, for the journal.
#[component]
fn Reflection() -> impl IntoView {
    let state = use_app();
    let answer = RwSignal::new(String::new());
    let error = RwSignal::new(String::new());
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match practice::save_reflection(state, &answer.get_untracked()) {
            Ok(()) => {
                state.notify(NoticeKind::Info, "Saved to your journal.", None);
            }
            Err(e) => error.set(e.to_string()),
        }
    };
    view! {
        <form class="stack" on:submit=save>
            <p class="celebrate">{text::CELEBRATION}</p>
            <TextArea id="reflection" label=text::REFLECTION value=answer/>
            <ErrorLine error/>
            <Submit label="Save to journal"/>
        </form>
    }
}
