//! Coming up on Today: birthdays and other dates in the next 30 days, with
//! the person's gift ideas, ready when they are needed.

use crate::model::milestone::{gift_ideas, upcoming, What};
use crate::state::{clock, use_app};
use leptos::prelude::*;

#[component]
pub fn ComingUp() -> impl IntoView {
    let state = use_app();
    let items = Memo::new(move |_| {
        let today = state.today.get();
        state.people.with(|people| {
            state.milestones.with(|milestones| {
                state.gifts.with(|gifts| {
                    upcoming(people, milestones, today, 30)
                        .into_iter()
                        .map(|u| {
                            let what = match u.what {
                                What::Birthday { turning: Some(n) } => {
                                    format!("{}'s birthday, turning {n}", u.person.name)
                                }
                                What::Birthday { turning: None } => {
                                    format!("{}'s birthday", u.person.name)
                                }
                                What::Milestone { milestone, .. } => {
                                    format!("{}: {}", u.person.name, milestone.title())
                                }
                            };
                            let when = if u.day == today {
                                "Today".to_string()
                            } else {
                                clock::long_date(u.day, false)
                            };
                            (what, when, gift_ideas(gifts, &u.person.stamp.id).join("; "))
                        })
                        .collect::<Vec<_>>()
                })
            })
        })
    });
    view! {
        <Show when=move || items.with(|i| !i.is_empty())>
            <section class="card" aria-labelledby="coming-up">
                <h2 id="coming-up">"Coming up"</h2>
                <ul class="plain-list" aria-label="Coming up">
                    <For each=move || items.get() key=|i| i.clone() let:item>
                        <li>
                            <span class="record-title">{item.0}</span>
                            " · "
                            {item.1}
                            {(!item.2.is_empty()).then(|| view! { <p class="hint">{format!("Gift ideas: {}", item.2)}</p> })}
                        </li>
                    </For>
                </ul>
            </section>
        </Show>
    }
}
