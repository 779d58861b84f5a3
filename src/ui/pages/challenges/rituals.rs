//! Rituals: standing dates that repeat weekly or monthly. Each shows its
//! latest occurrence of the last month to mark done or skipped, or, before
//! its first one, the date it first comes round; each can be removed.

use super::chosen_person;
use crate::model::challenge::ritual::{
    next_planned, occurrences_between, OccurrenceState, Repeat, Ritual,
};
use crate::model::challenge::MarkState;
use crate::model::day::WEEKDAYS;
use crate::state::seasons::use_pauses;
use crate::state::{clock, practice, use_app, NoticeKind};
use crate::ui::components::form::{ErrorLine, Field, FormError, Opt, Select, Submit};
use crate::ui::components::people_picker::PersonPicker;
use chrono::{Days, Weekday};
use leptos::prelude::*;

/// How far back an occurrence is still offered for marking.
const LOOK_BACK: Days = Days::new(31);

fn weekday_name(w: Weekday) -> &'static str {
    WEEKDAYS
        .get(w.num_days_from_monday() as usize)
        .copied()
        .unwrap_or_default()
}

fn repeat_words(r: Repeat) -> String {
    match r {
        Repeat::Weekly(w) => format!("Every {}", weekday_name(w)),
        Repeat::Monthly(n) => format!("Every month on day {n}"),
    }
}

/// Every live ritual, in the order they were added.
#[component]
pub fn Rituals() -> impl IntoView {
    let state = use_app();
    let ids = Memo::new(move |_| {
        state.rituals.with(|all| {
            all.iter()
                .filter(|r| !r.stamp.deleted)
                .map(|r| r.stamp.id.clone())
                .collect::<Vec<_>>()
        })
    });
    view! {
        <Show when=move || ids.with(|i| !i.is_empty())>
            <ul class="record-list" aria-label="Your rituals">
                <For each=move || ids.get() key=|id| id.clone() let:id>
                    <RitualRow id/>
                </For>
            </ul>
        </Show>
    }
}

/// One ritual: what, with whom and when; its latest occurrence with Done
/// and Skip, or its next date when none has come yet; and Remove.
#[component]
fn RitualRow(
    /// The ritual's id.
    id: String,
) -> impl IntoView {
    let state = use_app();
    let ritual = state.live_memo::<Ritual>(id.clone());
    let title = Memo::new(move |_| {
        ritual.with(|r| {
            let Some(r) = r else { return String::new() };
            match r.person.as_deref().and_then(|p| state.name_of(p)) {
                Some(n) => format!("{} with {n}", r.name),
                None => r.name.clone(),
            }
        })
    });
    let when = move || ritual.with(|r| r.as_ref().map(|r| repeat_words(r.repeat)));
    // The occurrence to mark: the latest of the last month, today's included.
    let latest = Memo::new(move |_| {
        let today = state.today.get();
        let back = today.checked_sub_days(LOOK_BACK).unwrap_or(today);
        ritual.with(|r| {
            r.as_ref()
                .and_then(|r| occurrences_between(r, back, today).pop())
        })
    });
    // The next one that will be kept, and one set aside ahead of time.
    let next = Memo::new(move |_| {
        let today = state.today.get();
        ritual.with(|r| r.as_ref().and_then(|r| next_planned(r, today)))
    });
    let set_aside = Memo::new(move |_| {
        let today = state.today.get();
        ritual.with(|r| r.as_ref().and_then(|r| r.skip.filter(|d| *d >= today)))
    });
    let mark = Memo::new(move |_| {
        let day = latest.get()?;
        ritual.with(|r| r.as_ref()?.mark_on(day).map(|m| m.state))
    });
    let pauses = use_pauses();
    let status = move || {
        let today = state.today.get();
        let latest_line = latest.get().and_then(|day| {
            let said =
                pauses.with(|p| ritual.with(|r| Some(r.as_ref()?.state_on(day, today, p))))?;
            let said = match said {
                OccurrenceState::Done => "done",
                OccurrenceState::Skipped => "skipped",
                OccurrenceState::SetAside => "set aside",
                OccurrenceState::Paused => "paused for your season",
                OccurrenceState::Open | OccurrenceState::Missed => "not marked yet",
            };
            Some(format!("{}: {said}. ", clock::long_date(day, false)))
        });
        let next_line = next
            .get()
            .map(|day| format!("Next: {}.", clock::long_date(day, false)));
        let aside = set_aside
            .get()
            .map(|day| format!(" {} is set aside.", clock::long_date(day, false)));
        format!(
            "{}{}{}",
            latest_line.unwrap_or_default(),
            next_line.unwrap_or_default(),
            aside.unwrap_or_default()
        )
    };
    // Setting the next one aside ahead of time (a trip, a busy week), or
    // taking that back.
    let toggle_aside = {
        let id = id.clone();
        move |_| {
            let r = if set_aside.get_untracked().is_some() {
                practice::keep_next_ritual(state, &id)
            } else {
                practice::set_aside_next_ritual(state, &id)
            };
            if let Err(e) = r {
                state.notify(NoticeKind::Error, e.to_string(), None);
            }
        }
    };
    let marks = {
        let id = id.clone();
        move || {
            let day = latest.get()?;
            let buttons = [(MarkState::Done, "Done"), (MarkState::Skipped, "Skip")]
                .into_iter()
                .map(|(m, label)| {
                    let id = id.clone();
                    let toggle = move |_| {
                        // Pressing the mark already there takes it back.
                        let to = (mark.get_untracked() != Some(m)).then_some(m);
                        if let Err(e) = practice::mark_ritual(state, &id, day, to) {
                            state.notify(NoticeKind::Error, e.to_string(), None);
                        }
                    };
                    view! {
                        <button
                            type="button"
                            class="button"
                            aria-pressed=move || (mark.get() == Some(m)).to_string()
                            aria-label=move || format!("{label}: {}", title.get())
                            on:click=toggle
                        >
                            {label}
                        </button>
                    }
                })
                .collect_view();
            Some(buttons)
        }
    };
    let remove = move |_| practice::remove_ritual(state, &id);
    view! {
        <li class="record">
            <span class="record-title">{move || title.get()}</span>
            <span class="hint">{when}</span>
            <span>{status}</span>
            <div class="record-actions">
                {marks}
                <button
                    type="button"
                    class="button quiet"
                    aria-pressed=move || set_aside.get().is_some().to_string()
                    aria-label=move || format!("Set the next one aside: {}", title.get())
                    on:click=toggle_aside
                >
                    "Set the next one aside"
                </button>
                <button
                    type="button"
                    class="button quiet"
                    aria-label=move || format!("Remove {}", title.get())
                    on:click=remove
                >
                    "Remove"
                </button>
            </div>
        </li>
    }
}

/// The "When" choices: each weekday by its stored code ("w1" is Monday),
/// and "m" for monthly, on the day given beside it.
fn repeat_options() -> Vec<Opt> {
    let mut out: Vec<Opt> = (0..7u8)
        .filter_map(|n| Weekday::try_from(n).ok())
        .map(|w| {
            (
                String::from(Repeat::Weekly(w)),
                format!("Every {}", weekday_name(w)),
            )
        })
        .collect();
    out.push((MONTHLY.to_string(), "Every month".to_string()));
    out
}

const MONTHLY: &str = "m";

fn sunday() -> String {
    String::from(Repeat::Weekly(Weekday::Sun))
}

/// When the ritual repeats, from the form's choice and day of the month.
fn repeat_of(choice: String, day: &str) -> Result<Repeat, FormError> {
    if choice == MONTHLY {
        // A day that is not a number from 1 to 31 is refused by the model
        // with its own words, like 0 or 45.
        return Ok(Repeat::Monthly(day.trim().parse().unwrap_or(0)));
    }
    Repeat::try_from(choice).map_err(|_| FormError::Choose("when the ritual comes round"))
}

#[component]
pub fn RitualForm() -> impl IntoView {
    let state = use_app();
    let name = RwSignal::new(String::new());
    let repeat = RwSignal::new(sunday());
    let day = RwSignal::new("1".to_string());
    let person = RwSignal::new(String::new());
    let error = RwSignal::new(String::new());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let r = repeat_of(repeat.get_untracked(), &day.get_untracked()).and_then(|rep| {
            let who = chosen_person(state, &person.get_untracked())?;
            Ok(practice::add_ritual(
                state,
                &name.get_untracked(),
                rep,
                who,
            )?)
        });
        match r {
            Ok(()) => {
                name.set(String::new());
                repeat.set(sunday());
                day.set("1".to_string());
                person.set(String::new());
                error.set(String::new());
            }
            Err(e) => error.set(e.to_string()),
        }
    };
    view! {
        <form class="stack" aria-label="New ritual" on:submit=add>
            <h3>"New ritual"</h3>
            <Field id="ritual-name" label="Ritual name" value=name/>
            <Select id="ritual-repeat" label="When" options=repeat_options() value=repeat/>
            <Field id="ritual-day" label="Day of the month (for monthly)" kind="number" value=day/>
            <PersonPicker id="ritual-person" label="With" person/>
            <ErrorLine error/>
            <Submit label="Add ritual"/>
        </form>
    }
}
