//! One check-up's questions, every one a radio group, with progress.
//! Unanswered questions are pointed out, never scored.

use crate::content::checkup::framing;
use crate::model::assessment::{CheckupKind, Instrument};
use crate::state::{actions, use_app};
use crate::ui::components::form::{Choices, ErrorLine, FormError, Opt, Submit};
use leptos::html::H2;
use leptos::prelude::*;

/// A radio group's value read back: `None` when nothing is chosen yet.
/// Only the values of the instrument's own options are accepted.
fn answer(inst: &Instrument, value: &str) -> Result<Option<u8>, FormError> {
    if value.is_empty() {
        return Ok(None);
    }
    value
        .parse::<u8>()
        .ok()
        .filter(|v| inst.options.iter().any(|o| o.value == *v))
        .map(Some)
        .ok_or_else(|| FormError::NotAnAnswer(value.to_string()))
}

#[component]
pub(crate) fn Questions(
    /// Which check-up is being taken.
    kind: CheckupKind,
    /// The heading, for moving focus to it.
    #[prop(optional)]
    heading: NodeRef<H2>,
    /// Runs once the answers are saved.
    on_saved: Callback<()>,
    /// Runs when the person leaves the questions unsaved ("Not now").
    on_not_now: Callback<()>,
) -> impl IntoView {
    let state = use_app();
    let inst = kind.instrument();
    let m = inst.questions.len();
    // One value per question, in question order: an option's value, or ""
    // while unanswered.
    let values: Vec<RwSignal<String>> = inst
        .questions
        .iter()
        .map(|_| RwSignal::new(String::new()))
        .collect();
    let answered = {
        let values = values.clone();
        Memo::new(move |_| {
            values
                .iter()
                .filter(|v| v.with(|v| matches!(answer(inst, v), Ok(Some(_)))))
                .count()
        })
    };
    // After a first try at sending, unanswered questions say so.
    let tried = RwSignal::new(false);
    let error = RwSignal::new(String::new());
    let options: Vec<Opt> = inst
        .options
        .iter()
        .map(|o| (o.value.to_string(), o.label.to_string()))
        .collect();
    let groups = inst
        .questions
        .iter()
        .zip(values.iter().copied())
        .enumerate()
        .map(|(i, (q, value))| {
            let section = q.section.map(|s| format!(" ({s})")).unwrap_or_default();
            let missing = Signal::derive(move || {
                tried.get() && !value.with(|v| matches!(answer(inst, v), Ok(Some(_))))
            });
            view! {
                <Choices
                    name=q.id
                    legend=format!("Question {} of {m}{section}: {}", i + 1, q.text)
                    options=options.clone()
                    value
                    missing
                    id=format!("q-{}", q.id)
                />
            }
        })
        .collect_view();
    let send = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        tried.set(true);
        let saved = values
            .iter()
            .map(|v| v.with_untracked(|v| answer(inst, v)))
            .collect::<Result<Vec<_>, _>>()
            .and_then(|answers| Ok(actions::save_checkup(state, kind, answers)?));
        match saved {
            Ok(()) => on_saved.run(()),
            Err(e) => error.set(e.to_string()),
        }
    };
    view! {
        <section class="card checkup-form" aria-labelledby="form-title">
            <h2 id="form-title" tabindex="-1" node_ref=heading>{inst.title}</h2>
            <p>{framing(inst.kind).intro}</p>
            <label for="checkup-progress" id="progress-label" class="progress-label">
                {move || format!("{} of {m} answered", answered.get())}
            </label>
            <progress id="checkup-progress" max=m value=move || answered.get()></progress>
            <form class="stack" on:submit=send>
                {groups}
                <ErrorLine error/>
                <div class="record-actions">
                    <Submit label="See my result"/>
                    <button type="button" class="button quiet" on:click=move |_| on_not_now.run(())>
                        "Not now"
                    </button>
                </div>
            </form>
        </section>
    }
}
