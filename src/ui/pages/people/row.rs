//! One person in the list: who they are to you, when you were last in
//! touch and how their check-ins stand, with logging a contact, their
//! details and removing them a tap away.

use super::dates::Dates;
use super::details::Details;
use crate::model::cadence::{snoozed_until, status};
use crate::model::interaction::last_contact_in;
use crate::model::Person;
use crate::state::{actions, clock, use_app};
use crate::ui::components::check_in::StatusLine;
use crate::ui::components::log_contact::LogContact;
use leptos::html::Button;
use leptos::prelude::*;

/// Which panel of which person is open (one at a time on the page).
#[derive(Clone, Debug, PartialEq)]
pub enum Open {
    Log(String),
    Details(String),
}

/// The circle, relationship and energy of a person, in words.
fn summary(p: &Person) -> String {
    let mut s = format!("{} · {}", p.circle.label(), p.energy.label());
    if let Some(r) = p.relationship {
        s = format!("{} · {s}", r.label());
    }
    if p.archived {
        s.push_str(" · Archived");
    }
    s
}

#[component]
pub fn PersonRow(
    /// The person's id.
    id: String,
    /// The panel open on the page.
    open: RwSignal<Option<Open>>,
) -> impl IntoView {
    let state = use_app();
    let person = {
        let id = id.clone();
        Memo::new(move |_| {
            state
                .people
                .with(|p| p.iter().find(|p| p.stamp.id == id).cloned())
        })
    };
    if person.with_untracked(Option::is_none) {
        return ().into_any();
    }
    // Everything below follows the person as they are edited, here or in
    // another tab, so the row (and the focus in it) stays put.
    let name =
        Memo::new(move |_| person.with(|p| p.as_ref().map(|p| p.name.clone()).unwrap_or_default()));
    let last = Memo::new(move |_| {
        let p = person.get()?;
        state.latest.with(|l| last_contact_in(&p, l))
    });
    let check_in = Memo::new(move |_| {
        let p = person.get()?;
        let snooze = state.snoozes.with(|s| snoozed_until(&p.stamp.id, s));
        Some(status(&p, last.get(), state.today.get(), snooze))
    });
    let (log, details) = (Open::Log(id.clone()), Open::Details(id.clone()));
    let is = move |which: &Open| open.with(|o| o.as_ref() == Some(which));
    let toggle = move |which: Open| {
        move |_| {
            open.update(|o| {
                *o = if o.as_ref() == Some(&which) {
                    None
                } else {
                    Some(which.clone())
                }
            })
        }
    };
    let log_button = NodeRef::<Button>::new();
    let edit_button = NodeRef::<Button>::new();
    // Closing a panel puts focus back on the button that opened it.
    let close = move |back: NodeRef<Button>| {
        Callback::new(move |()| {
            open.set(None);
            if let Some(b) = back.get_untracked() {
                let _ = b.focus();
            }
        })
    };
    let remove = {
        let id = id.clone();
        move |_| actions::delete_person(state, &id)
    };
    let panel = {
        let (log, details, id) = (log.clone(), details.clone(), id.clone());
        move || {
            if is(&log) {
                view! {
                    <LogContact person=id.clone() name=name.get_untracked() day=state.today.get_untracked() on_done=close(log_button)/>
                }
                .into_any()
            } else if is(&details) {
                let Some(p) = person.get_untracked() else {
                    return ().into_any();
                };
                view! {
                    <Details person=p on_close=close(edit_button)/>
                    <Dates person=id.clone() name=name.get_untracked()/>
                }
                .into_any()
            } else {
                ().into_any()
            }
        }
    };
    view! {
        <li class="record person">
            <div class="person-head">
                <span class="record-title">{name}</span>
                <span class="person-meta">{move || person.with(|p| p.as_ref().map(summary))}</span>
                <span class="person-meta">
                    {move || match last.get() {
                        Some(d) => format!("Last contact: {}", clock::long_date(d, true)),
                        None => "No contact logged yet".to_string(),
                    }}
                </span>
                {move || check_in.get().map(|status| view! { <StatusLine status/> })}
            </div>
            <span class="record-actions">
                <button
                    type="button"
                    class="button primary"
                    node_ref=log_button
                    aria-label=move || format!("Log contact with {}", name.get())
                    aria-expanded={
                        let log = log.clone();
                        move || is(&log).to_string()
                    }
                    on:click=toggle(log.clone())
                >
                    "Log contact"
                </button>
                <button
                    type="button"
                    class="button quiet"
                    node_ref=edit_button
                    aria-label=move || format!("Edit {}", name.get())
                    aria-expanded={
                        let details = details.clone();
                        move || is(&details).to_string()
                    }
                    on:click=toggle(details.clone())
                >
                    "Edit"
                </button>
                <button type="button" class="button quiet" aria-label=move || format!("Remove {}", name.get()) on:click=remove>
                    "Remove"
                </button>
            </span>
            {panel}
        </li>
    }
    .into_any()
}
