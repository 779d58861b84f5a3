//! Anniversaries and other dates to remember for one person, each
//! removable, and a form to add one, on the person's own view. Birthdays
//! are in the details.

use crate::model::milestone::MilestoneKind;
use crate::model::people::Birthday;
use crate::state::{clock, practice, use_app};
use crate::ui::components::form::{coded, ErrorLine, Field, FormError, Select, Submit};
use leptos::prelude::*;

#[component]
pub fn Dates(
    /// The person's id.
    person: String,
    /// Their name, for the form's label.
    name: String,
) -> impl IntoView {
    let state = use_app();
    let rows = {
        let person = person.clone();
        Memo::new(move |_| {
            state.milestones.with(|all| {
                all.iter()
                    .filter(|m| m.person == person && !m.stamp.deleted)
                    .map(|m| {
                        (
                            m.stamp.id.clone(),
                            format!("{} · {}", m.title(), clock::yearly_date(m.date)),
                        )
                    })
                    .collect::<Vec<_>>()
            })
        })
    };
    let kind = RwSignal::new(<&str>::from(MilestoneKind::ALL[0]).to_string());
    let label = RwSignal::new(String::new());
    let month = RwSignal::new(String::new());
    let day = RwSignal::new(String::new());
    let year = RwSignal::new(String::new());
    let error = RwSignal::new(String::new());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let r = MilestoneKind::try_from(kind.get_untracked())
            .map_err(|_| FormError::Choose("what kind of date this is"))
            .and_then(|k| {
                let date = Birthday::from_form(
                    &month.get_untracked(),
                    &day.get_untracked(),
                    &year.get_untracked(),
                )
                .map_err(FormError::Date)?
                .ok_or(FormError::Choose("the month and day"))?;
                Ok(practice::add_milestone(
                    state,
                    &person,
                    k,
                    &label.get_untracked(),
                    date,
                )?)
            });
        match r {
            Ok(()) => {
                for s in [label, month, day, year, error] {
                    s.set(String::new());
                }
            }
            Err(e) => error.set(e.to_string()),
        }
    };
    view! {
        <form class="stack" aria-label=format!("Dates for {name}") on:submit=add>
            <ul class="record-list">
                <For each=move || rows.get() key=|r| r.clone() let:row>
                    <li class="record">
                        <span>{row.1.clone()}</span>
                        <button
                            type="button"
                            class="button quiet"
                            aria-label=format!("Remove {}", row.1)
                            on:click=move |_| practice::remove_milestone(state, &row.0)
                        >
                            "Remove"
                        </button>
                    </li>
                </For>
            </ul>
            <Select id="ms-kind" label="What" options=coded(&MilestoneKind::ALL, MilestoneKind::label) value=kind/>
            <Field id="ms-label" label="Name it (optional)" value=label/>
            <div class="date-fields">
                <Field id="ms-month" label="Month (1–12)" kind="number" value=month/>
                <Field id="ms-day" label="Day" kind="number" value=day/>
                <Field id="ms-year" label="Year (optional)" kind="number" value=year/>
            </div>
            <ErrorLine error/>
            <Submit label="Add date"/>
        </form>
    }
}
