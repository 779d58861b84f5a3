//! Reconnect plans: for someone the person has lost touch with, a few steps
//! that fit why, ticked off one by one, with ways to open the conversation;
//! and the form for a new plan.

use super::chosen_person;
use crate::model::challenge::reconnect::{Reason, ReconnectPlan};
use crate::state::{practice, use_app};
use crate::ui::components::form::{coded, Choices, ErrorLine, Field, Submit};
use crate::ui::components::people_picker::PersonPicker;
use crate::ui::components::reach_kit::ReachKit;
use leptos::prelude::*;

/// Every live plan, in the order they were made.
#[component]
pub fn Plans() -> impl IntoView {
    let state = use_app();
    let ids = Memo::new(move |_| {
        state.reconnects.with(|all| {
            all.iter()
                .filter(|p| !p.stamp.deleted)
                .map(|p| p.stamp.id.clone())
                .collect::<Vec<_>>()
        })
    });
    view! {
        <Show when=move || ids.with(|i| !i.is_empty())>
            <ul class="record-list" aria-label="Your plans">
                <For each=move || ids.get() key=|id| id.clone() let:id>
                    <Plan id/>
                </For>
            </ul>
        </Show>
    }
}

/// One step of a plan as shown: where it is and what it says.
#[derive(Clone, PartialEq, Eq, Hash)]
struct StepKey {
    index: usize,
    text: String,
}

/// One plan: who and why, its steps as checkboxes, the openers, a step of
/// one's own, and Remove.
#[component]
fn Plan(
    /// The plan's id.
    id: String,
) -> impl IntoView {
    let state = use_app();
    let plan = state.live_memo::<ReconnectPlan>(id.clone());
    let name = Memo::new(move |_| {
        plan.with(|p| p.as_ref().and_then(|p| state.name_of(&p.person)))
            .unwrap_or_else(|| "Someone".to_string())
    });
    let heading = move || {
        let reason = plan.with(|p| p.as_ref().map(|p| p.reason.label()));
        format!("{}: {}", name.get(), reason.unwrap_or_default())
    };
    let count = move || {
        plan.with(|p| {
            p.as_ref()
                .map(|p| format!("{} of {} steps done", p.done_count(), p.steps.len()))
        })
    };
    let steps = Memo::new(move |_| {
        plan.with(|p| {
            p.iter()
                .flat_map(|p| p.steps.iter())
                .enumerate()
                .map(|(index, s)| StepKey {
                    index,
                    text: s.text.clone(),
                })
                .collect::<Vec<_>>()
        })
    });
    let step = {
        let id = id.clone();
        move |k: StepKey| {
            let index = k.index;
            let done = move || {
                plan.with(|p| {
                    p.as_ref()
                        .and_then(|p| p.steps.get(index))
                        .is_some_and(|s| s.done)
                })
            };
            let id = id.clone();
            view! {
                <li>
                    <label>
                        <input
                            type="checkbox"
                            prop:checked=done
                            on:change:target=move |ev| {
                                practice::tick_step(state, &id, index, ev.target().checked())
                            }
                        />
                        " "
                        {k.text}
                    </label>
                </li>
            }
        }
    };
    let openers = plan
        .with_untracked(|p| p.as_ref().map(|p| p.openers()))
        .unwrap_or_default()
        .iter()
        .map(|o| view! { <li>{*o}</li> })
        .collect_view();
    let remove = {
        let id = id.clone();
        move |_| practice::remove_reconnect(state, &id)
    };
    // The kit writes with the plan's reason in mind (`reachout::kit`).
    let kit_open = RwSignal::new(false);
    let person = plan.with_untracked(|p| p.as_ref().map(|p| p.person.clone()));
    view! {
        <li class="record">
            <h3>{heading}</h3>
            <p>{count}</p>
            <ul class="steps plain-list choices">
                <For each=move || steps.get() key=|k| k.clone() children=step/>
            </ul>
            <h4>"Ways to open the conversation"</h4>
            <ul>{openers}</ul>
            {person.map(|person| view! {
                <button
                    type="button"
                    class="button primary"
                    aria-expanded=move || kit_open.get().to_string()
                    on:click=move |_| kit_open.update(|o| *o = !*o)
                >
                    {move || format!("Reach out to {}", name.get())}
                </button>
                <Show when=move || kit_open.get()>
                    <ReachKit person=person.clone() on_close=move |_| kit_open.set(false)/>
                </Show>
            })}
            <AddStep plan=id/>
            <button
                type="button"
                class="button quiet"
                aria-label=move || format!("Remove plan for {}", name.get())
                on:click=remove
            >
                "Remove plan"
            </button>
        </li>
    }
}

/// A step of the person's own, added to the end of a plan.
#[component]
fn AddStep(
    /// The plan's id.
    plan: String,
) -> impl IntoView {
    let state = use_app();
    let text = RwSignal::new(String::new());
    let error = RwSignal::new(String::new());
    let field = format!("step-{plan}");
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match practice::add_step(state, &plan, &text.get_untracked()) {
            Ok(()) => {
                text.set(String::new());
                error.set(String::new());
            }
            Err(e) => error.set(e.to_string()),
        }
    };
    view! {
        <form class="inline-form" on:submit=add>
            <Field id=field label="A step of your own" value=text/>
            <ErrorLine error/>
            <Submit label="Add step"/>
        </form>
    }
}

/// A new plan for someone already in People, or, before there is anyone,
/// where to add them first.
#[component]
pub fn NewPlan() -> impl IntoView {
    let state = use_app();
    let anyone = move || state.people.with(|p| p.iter().any(|p| !p.stamp.deleted));
    let who = RwSignal::new(String::new());
    let reason = RwSignal::new(
        Reason::ALL
            .first()
            .map(|r| <&str>::from(*r).to_string())
            .unwrap_or_default(),
    );
    let error = RwSignal::new(String::new());
    let make = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let person = match chosen_person(state, &who.get_untracked()) {
            Ok(Some(p)) => p,
            Ok(None) => {
                error.set("Choose who the plan is for.".to_string());
                return;
            }
            Err(e) => {
                error.set(e.to_string());
                return;
            }
        };
        match Reason::try_from(reason.get_untracked()) {
            Ok(r) => {
                practice::start_reconnect(state, &person, r);
                error.set(String::new());
            }
            Err(_) => error.set("Please choose what got in the way.".to_string()),
        }
    };
    view! {
        <Show
            when=anyone
            fallback=|| view! { <p>"Add the person to People first, then make a plan here."</p> }
        >
            <form class="stack" aria-label="New plan" on:submit=make>
                <h3>"New plan"</h3>
                <PersonPicker id="rc-person" label="Who" person=who/>
                <Choices name="rc-reason" legend="What got in the way?" options=coded(&Reason::ALL, Reason::label) value=reason/>
                <ErrorLine error/>
                <Submit label="Make a plan"/>
            </form>
        </Show>
    }
}
