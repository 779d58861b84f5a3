//! The three ways to begin a challenge: the 5-for-5 (an action and,
//! optionally, a person for each of five days), the 7-day starter plan, and
//! one's own (a name and one action per line).

use super::chosen_person;
use crate::content::challenges as text;
use crate::state::{practice, use_app, AppState, NoticeKind};
use crate::ui::components::form::{ErrorLine, Field, FormError, Submit, TextArea};
use crate::ui::components::guidance::Sources;
use crate::ui::components::people_picker::PersonPicker;
use leptos::prelude::*;

/// A balanced first pick for each day, as (category, action) in
/// [`text::FIVE_FOR_FIVE`]: thanks, support and asking, in turn.
const DEFAULTS: [(usize, usize); text::FIVE] = [(0, 0), (1, 0), (2, 0), (0, 1), (1, 1)];

/// The action a day starts with.
fn default_action(day: usize) -> String {
    DEFAULTS
        .get(day)
        .and_then(|(c, a)| text::FIVE_FOR_FIVE.get(*c)?.actions.get(*a))
        .map(|a| a.to_string())
        .unwrap_or_default()
}

/// The action picked, when it is one of those on offer. The picker's values
/// are the actions' own words (what the challenge stores), so nothing
/// depends on positions; anything else the page sends back is refused.
fn known_action(value: &str) -> Option<&'static str> {
    text::FIVE_FOR_FIVE
        .iter()
        .flat_map(|cat| cat.actions.iter())
        .find(|a| **a == value)
        .copied()
}

/// Tells the person their challenge has begun.
fn started(state: AppState) {
    state.notify(NoticeKind::Info, "Started. Day 1 is today.", None);
}

#[component]
pub fn StartChallenge() -> impl IntoView {
    view! {
        <div>
            <h3>{text::FIVE_FOR_FIVE_NAME}</h3>
            <FiveForFive/>
            <Starter/>
            <OwnChallenge/>
        </div>
    }
}

/// One day of the 5-for-5: what to do and, if anyone, with whom.
#[derive(Clone, Copy)]
struct Pick {
    action: RwSignal<String>,
    person: RwSignal<String>,
}

#[component]
fn FiveForFive() -> impl IntoView {
    let state = use_app();
    let picks: Vec<Pick> = (0..text::FIVE)
        .map(|i| Pick {
            action: RwSignal::new(default_action(i)),
            person: RwSignal::new(String::new()),
        })
        .collect();
    let error = RwSignal::new(String::new());
    let days = picks
        .iter()
        .enumerate()
        .map(|(i, pick)| {
            view! {
                <fieldset class="five-day">
                    <legend>{format!("Day {}", i + 1)}</legend>
                    <ActionPick id=format!("five-a{i}") value=pick.action/>
                    <PersonPicker id=format!("five-p{i}") label="With" person=pick.person/>
                </fieldset>
            }
        })
        .collect_view();
    let start = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let read = picks
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let action = p
                    .action
                    .with_untracked(|a| known_action(a))
                    .ok_or(FormError::DayAction(i + 1))?;
                let who = chosen_person(state, &p.person.get_untracked())?;
                Ok((action.to_string(), who))
            })
            .collect::<Result<Vec<_>, FormError>>();
        match read.and_then(|picks| Ok(practice::start_five_for_five(state, picks)?)) {
            Ok(()) => {
                for (i, p) in picks.iter().enumerate() {
                    p.action.set(default_action(i));
                    p.person.set(String::new());
                }
                error.set(String::new());
                started(state);
            }
            Err(e) => error.set(e.to_string()),
        }
    };
    view! {
        <form class="stack" aria-label=text::FIVE_FOR_FIVE_NAME on:submit=start>
            <p>{text::FIVE_FOR_FIVE_INTRO}</p>
            <Sources articles=text::FIVE_FOR_FIVE_SOURCES/>
            {days}
            <ErrorLine error/>
            <Submit label="Start the 5-for-5"/>
        </form>
    }
}

/// The picker of one day's action, the actions grouped by category.
#[component]
fn ActionPick(
    /// The select's id and name; its label points at it.
    id: String,
    /// The action chosen, in its own words.
    value: RwSignal<String>,
) -> impl IntoView {
    let groups = text::FIVE_FOR_FIVE
        .iter()
        .map(|cat| {
            let options = cat
                .actions
                .iter()
                .map(|action| {
                    view! {
                        <option value=*action prop:selected=move || value.with(|v| v == action)>
                            {*action}
                        </option>
                    }
                })
                .collect_view();
            view! { <optgroup label=cat.title>{options}</optgroup> }
        })
        .collect_view();
    view! {
        <span class="field">
            <label for=id.clone()>"Action"</label>
            <select id=id.clone() name=id on:change:target=move |ev| value.set(ev.target().value())>
                {groups}
            </select>
        </span>
    }
}

/// The 7-day starter plan, begun with one tap.
#[component]
fn Starter() -> impl IntoView {
    let state = use_app();
    let start = move |_| {
        practice::start_starter(state);
        state.notify(NoticeKind::Info, "Your 7-day plan starts today.", None);
    };
    view! {
        <div>
            <h3>{text::STARTER_NAME}</h3>
            <p>{text::STARTER_INTRO}</p>
            <Sources articles=text::STARTER_SOURCES/>
            <button type="button" class="button" on:click=start>
                "Start the 7-day plan"
            </button>
        </div>
    }
}

/// A challenge of the person's own: a name, and a day for each line.
#[component]
fn OwnChallenge() -> impl IntoView {
    let state = use_app();
    let name = RwSignal::new(String::new());
    let actions = RwSignal::new(String::new());
    let error = RwSignal::new(String::new());
    let start = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match practice::start_custom(state, &name.get_untracked(), &actions.get_untracked()) {
            Ok(()) => {
                for s in [name, actions, error] {
                    s.set(String::new());
                }
                started(state);
            }
            Err(e) => error.set(e.to_string()),
        }
    };
    view! {
        <form class="stack" aria-label="Your own challenge" on:submit=start>
            <h3>"Your own"</h3>
            <Field id="own-name" label="Challenge name" value=name/>
            <TextArea id="own-days" label="One small action per line, one line per day" value=actions/>
            <ErrorLine error/>
            <Submit label="Start my challenge"/>
        </form>
    }
}
