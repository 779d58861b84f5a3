//! Logging a contact in two taps: choose how you were in touch; the day
//! defaults to the one given and a note is optional. Used on Today, on
//! People and after a journal entry mentions someone.

use super::form::{ErrorLine, Field};
use crate::model::day;
use crate::model::people::Channel;
use crate::state::{actions, use_app, NoticeKind};
use chrono::NaiveDate;
use leptos::prelude::*;

#[component]
pub fn LogContact(
    /// The person's id.
    #[prop(into)]
    person: String,
    /// Their name, for the labels.
    #[prop(into)]
    name: String,
    /// The day the form starts with.
    day: NaiveDate,
    /// Runs after a contact is logged.
    #[prop(into)]
    on_done: Callback<()>,
) -> impl IntoView {
    let state = use_app();
    let on = RwSignal::new(day.to_string());
    let note = RwSignal::new(String::new());
    let error = RwSignal::new(String::new());
    let buttons = Channel::ALL
        .into_iter()
        .map(|kind| {
            let (person, name) = (person.clone(), name.clone());
            let log = move |_| {
                let Some(d) = day::parse(&on.get_untracked()) else {
                    error.set("Please choose a valid date.".into());
                    return;
                };
                actions::log_interaction(state, &person, kind, d, &note.get_untracked());
                on_done.run(());
                state.notify(
                    NoticeKind::Info,
                    format!("Logged: {} with {name}.", kind.label()),
                    None,
                );
            };
            view! { <button type="button" class="button" on:click=log>{kind.label()}</button> }
        })
        .collect_view();
    view! {
        <div class="panel" role="group" aria-label=format!("Log contact with {name}")>
            <p class="panel-title">"How were you in touch?"</p>
            <div class="record-actions">{buttons}</div>
            <div class="panel-fields">
                <Field id=format!("log-day-{person}") label="Day" kind="date" value=on/>
                <Field id=format!("log-note-{person}") label="Note (optional)" value=note/>
            </div>
            <ErrorLine error/>
        </div>
    }
}
