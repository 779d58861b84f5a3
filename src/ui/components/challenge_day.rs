//! One day of a challenge: its action, who it is for, how it stands (a mark
//! and a word, never colour alone), and, while it can be marked, Done and
//! Skip with an optional note. Used by Challenges and by Today.

use super::form::{ErrorLine, Field};
use crate::model::challenge::{Challenge, DayState, MarkState};
use crate::state::{clock, practice, use_app, AppState};
use chrono::NaiveDate;
use leptos::prelude::*;

/// What one day's row shows, so that a row is rebuilt only when its own
/// day changes (marking day 3 keeps a note being typed for day 2).
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct DayKey {
    index: usize,
    today: NaiveDate,
    ended: bool,
    /// The mark's code and note, if marked.
    mark: Option<(&'static str, String)>,
    /// The name of the person the day is for, as it is now.
    with: Option<String>,
}

/// The keys of days `indices` of `c` on `today` (tracked: a Memo built on
/// it follows the names of the people the days are for).
pub fn day_keys(
    state: AppState,
    c: &Challenge,
    indices: impl IntoIterator<Item = usize>,
    today: NaiveDate,
) -> Vec<DayKey> {
    indices
        .into_iter()
        .filter_map(|index| {
            let d = c.days.get(index)?;
            Some(DayKey {
                index,
                today,
                ended: c.ended.is_some(),
                mark: d
                    .mark
                    .as_ref()
                    .map(|m| (<&str>::from(m.state), m.note.clone())),
                with: d.person.as_deref().and_then(|p| state.name_of(p)),
            })
        })
        .collect()
}

/// The `days` of the live `challenge`, each row keyed by what it shows.
#[component]
pub fn DayRows(
    /// The challenge as it is now (`None` once removed).
    challenge: Memo<Option<Challenge>>,
    /// The days to show (see [`day_keys`]).
    days: Memo<Vec<DayKey>>,
) -> impl IntoView {
    let row = move |k: DayKey| {
        challenge
            .get_untracked()
            .map(|c| view! { <DayRow challenge=c index=k.index today=k.today/> })
    };
    view! { <For each=move || days.get() key=|k| k.clone() children=row/> }
}

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
