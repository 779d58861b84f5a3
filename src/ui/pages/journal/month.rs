//! The month at a glance (each day's entries and average mood, as a
//! table), and what was written on this day in earlier years.

use super::entry_text::{is_long, EntryText};
use crate::model::journal::calendar::{month_heat, on_this_day};
use crate::state::{clock, use_app};
use crate::ui::components::chart::tenths;
use chrono::Datelike;
use leptos::prelude::*;

const WEEKDAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

#[component]
pub fn Month() -> impl IntoView {
    let state = use_app();
    let today = state.today.get_untracked();
    let month = RwSignal::new((today.year(), today.month()));
    let step = move |back: bool| {
        move |_| {
            month.update(|(y, m)| {
                (*y, *m) = match (back, *m) {
                    (true, 1) => (*y - 1, 12),
                    (true, _) => (*y, *m - 1),
                    (false, 12) => (*y + 1, 1),
                    (false, _) => (*y, *m + 1),
                }
            })
        }
    };
    let cells = Memo::new(move |_| {
        let (y, m) = month.get();
        state.journal.with(|j| month_heat(j, y, m))
    });
    let table = move || {
        let cells = cells.get();
        let first = cells.first()?.day;
        let mut rows = Vec::new();
        let mut row: Vec<AnyView> = (0..first.weekday().num_days_from_monday())
            .map(|_| view! { <td></td> }.into_any())
            .collect();
        for c in &cells {
            let date = clock::long_date(c.day, false);
            let label = match (c.entries, c.mood) {
                (0, _) => format!("{date}: no entries"),
                (n, mood) => {
                    let count = if n == 1 {
                        "1 entry".to_string()
                    } else {
                        format!("{n} entries")
                    };
                    match mood {
                        Some(m) => format!("{date}: {count}, mood {}", tenths(m)),
                        None => format!("{date}: {count}"),
                    }
                }
            };
            let level = c.entries.min(3);
            // The day's mean mood in figures, so colour is not its only sign.
            let mood = c.mood.map(|m| {
                let tone = if m < 2.5 {
                    "low"
                } else if m < 3.5 {
                    "okay"
                } else {
                    "good"
                };
                view! {
                    <span class=format!("cell-mood mood-{tone}") aria-hidden="true">{format!("☺{}", tenths(m))}</span>
                }
            });
            let dots = (c.entries > 0).then(|| {
                view! { <span class="dots" aria-hidden="true">{"•".repeat(level as usize)}</span> }
            });
            row.push(
                view! {
                    <td class=format!("heat heat-{level}") aria-label=label>
                        <span aria-hidden="true">{c.day.day().to_string()}</span>
                        {dots}
                        {mood}
                    </td>
                }
                .into_any(),
            );
            if row.len() == 7 {
                rows.push(view! { <tr>{std::mem::take(&mut row)}</tr> });
            }
        }
        if !row.is_empty() {
            while row.len() < 7 {
                row.push(view! { <td></td> }.into_any());
            }
            rows.push(view! { <tr>{row}</tr> });
        }
        let head = WEEKDAYS.map(|d| view! { <th scope="col">{d}</th> });
        Some(view! {
            <table class="calendar">
                <caption>{clock::month_year(first)}</caption>
                <thead><tr>{head.into_iter().collect_view()}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        })
    };
    view! {
        <div class="record-actions">
            <button type="button" class="button quiet" on:click=step(true)>"Previous month"</button>
            <button type="button" class="button quiet" on:click=step(false)>"Next month"</button>
        </div>
        {table}
        <p class="hint">
            "The more you wrote on a day, the taller its bar; each dot is an entry (up to three), and ☺ is the day's average mood from 1 to 5."
        </p>
    }
}

/// Entries written on this day in earlier years.
#[component]
pub fn LookBack() -> impl IntoView {
    let state = use_app();
    let items = Memo::new(move |_| {
        let today = state.today.get();
        state.journal.with(|j| {
            on_this_day(j, today)
                .into_iter()
                .map(|e| {
                    (
                        e.stamp.id.clone(),
                        clock::long_date(e.day, true),
                        e.text.clone(),
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <Show when=move || items.with(|i| !i.is_empty())>
            <section class="card" aria-labelledby="this-day">
                <h2 id="this-day">"On this day"</h2>
                <ul class="record-list" aria-label="On this day">
                    <For each=move || items.get() key=|i| i.clone() let:item>
                        <li class="record entry">
                            <p class="entry-day">{item.1}</p>
                            <EntryText fold=is_long(&item.2)>{item.2.clone()}</EntryText>
                        </li>
                    </For>
                </ul>
            </section>
        </Show>
    }
}
