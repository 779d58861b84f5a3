//! "Did you reach Ada?": asked once for each message sent from the
//! reach-out kit, when the person comes back to Tend (its next start, or
//! the tab visible again after at least a minute away; the rule is
//! `model::reach::to_ask`). Yes logs the contact with the channel used,
//! which restarts the check-in clock; Not yet keeps it due. Either way the
//! question is not asked again.

use crate::model::reach::{Back, Question, ReachAnswer};
use crate::state::{clock, reaching, use_app, NoticeKind};
use leptos::prelude::*;

#[component]
pub fn ReachQuestions() -> impl IntoView {
    let state = use_app();
    let asked = RwSignal::new(Vec::<Question>::new());
    let ask = move |back: Back| {
        let new = reaching::questions(state, back);
        if !new.is_empty() {
            asked.update(|a| {
                for q in new {
                    a.retain(|old| old.person != q.person);
                    a.push(q);
                }
            });
        }
    };
    // At start, as soon as the data is there (after unlocking, with a lock).
    Effect::new(move |done: Option<bool>| {
        if done == Some(true) || state.locked.get() {
            return done == Some(true);
        }
        ask(Back::Start);
        true
    });
    let hidden_at = StoredValue::new(None);
    let _ = window_event_listener(leptos::ev::visibilitychange, move |_| {
        if document().visibility_state() == web_sys::VisibilityState::Hidden {
            hidden_at.set_value(Some(clock::now()));
        } else if let Some(t) = hidden_at.try_update_value(Option::take).flatten() {
            if !state.locked.get_untracked() {
                ask(Back::Visible { hidden_at: t });
            }
        }
    });
    view! {
        <Show when=move || !asked.with(Vec::is_empty)>
            <section class="questions" aria-label="Did you reach them?">
                <For
                    each=move || asked.get()
                    key=|q| q.reaches.join(",")
                    children=move |q| view! { <Ask question=q asked/> }
                />
            </section>
        </Show>
    }
}

/// One question, with its two answers.
#[component]
fn Ask(
    /// The question: who, and the sends it settles.
    question: Question,
    /// The questions shown; answering removes this one.
    asked: RwSignal<Vec<Question>>,
) -> impl IntoView {
    let state = use_app();
    let name = state
        .name_of(&question.person)
        .unwrap_or_else(|| "them".into());
    let title = format!("Did you reach {name}?");
    let heading = format!("reach-q-{}", question.reaches.join("-"));
    let labelled_by = heading.clone();
    let q = StoredValue::new(question);
    let answer = move |a: ReachAnswer| {
        let question = q.get_value();
        let logged = reaching::answer(state, &question, a);
        asked.update(|list| list.retain(|x| x.reaches != question.reaches));
        if let Some(kind) = logged {
            let who = state
                .name_of(&question.person)
                .unwrap_or_else(|| "them".into());
            state.notify(
                NoticeKind::Info,
                format!(
                    "Logged: {} with {who}. Their check-in starts again from today.",
                    kind.label()
                ),
                None,
            );
        }
    };
    view! {
        <div class="card question" role="group" aria-labelledby=labelled_by>
            <p class="question-title" id=heading>{title}</p>
            <p class="hint">"You wrote to them from Tend. Saying so keeps your check-ins right."</p>
            <div class="kinds">
                <button type="button" class="button primary" on:click=move |_| answer(ReachAnswer::Yes)>
                    "Yes"
                </button>
                <button type="button" class="button" on:click=move |_| answer(ReachAnswer::NotYet)>
                    "Not yet"
                </button>
            </div>
        </div>
    }
}
