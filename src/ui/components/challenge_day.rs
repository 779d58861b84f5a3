//! One day of a challenge: its action, who it is for, how it stands (a mark
//! and a word, never colour alone), and, while it can be marked, Done and
//! Skip with an optional note. Used by Challenges and by Today.

use super::form::{ErrorLine, Field};
use crate::model::challenge::{Challenge, DayState, MarkState};
use crate::state::{clock, practice, use_app};
use chrono::NaiveDate;
use leptos::prelude::*;

/// Day `index` of `challenge` as a list item.
#[component]
pub fn DayRow(
    /// The challenge the day belongs to.
    challenge: Challenge,
    /// Which day (0 is day 1).
    index: usize,
    /// The person's local day.
    today: NaiveDate,
) -> impl IntoView {
    let state = use_app();
    let c = challenge;
    let i = index;
    let Some(day) = c.days.get(i).cloned() else {
        return ().into_any();
    };
    let (class, mark, word) = match c.day_state(i, today) {
        DayState::Done => ("done", "✓", "Done"),
        DayState::Skipped => ("skipped", "–", "Skipped"),
        DayState::Pending if c.date_of(i) == today => ("pending", "•", "Today"),
        DayState::Pending => ("pending", "•", "Yesterday, still open"),
        DayState::Upcoming => ("upcoming", "○", "Coming up"),
        DayState::Missed => ("missed", "·", "Not marked"),
    };
    let with = day
        .person
        .as_deref()
        .and_then(|p| state.name_of(p))
        .map(|n| view! { <strong>{format!(" With {n}.")}</strong> });
    let note = day
        .mark
        .as_ref()
        .map(|m| m.note.clone())
        .filter(|n| !n.is_empty())
        .map(|n| view! { <p class="note">{n}</p> });
    let controls = c.can_mark(i, today).then(|| {
        let label = format!("Day {} of {}", i + 1, c.name);
        let typed = RwSignal::new(String::new());
        let error = RwSignal::new(String::new());
        let act = move |m: Option<MarkState>, text: &'static str, id: String, label: &str| {
            let class = if m == Some(MarkState::Done) {
                "button primary"
            } else {
                "button"
            };
            let run = move |_| {
                if let Err(e) = practice::mark_day(state, &id, i, m, &typed.get_untracked()) {
                    error.set(e.to_string());
                }
            };
            view! {
                <button type="button" class=class aria-label=format!("{text}: {label}") on:click=run>
                    {text}
                </button>
            }
        };
        let id = c.stamp.id.clone();
        let buttons = if day.mark.is_some() {
            act(None, "Undo", id, &label).into_any()
        } else {
            view! {
                <Field id=format!("note-{id}-{i}") label="Note (optional)" value=typed/>
                {act(Some(MarkState::Done), "Done", id.clone(), &label)}
                {act(Some(MarkState::Skipped), "Skip", id, &label)}
            }
            .into_any()
        };
        view! {
            <div class="record-actions" role="group" aria-label=label>
                {buttons}
                <ErrorLine error/>
            </div>
        }
    });
    view! {
        <li class=format!("day {class}")>
            <span class="day-mark" aria-hidden="true">{mark}</span>
            <p>
                <span class="record-title">{format!("Day {}: ", i + 1)}</span>
                {day.action.clone()}
                {with}
            </p>
            <span class="hint">{format!("{word} · {}", clock::long_date(c.date_of(i), false))}</span>
            {note}
            {controls}
        </li>
    }
    .into_any()
}
