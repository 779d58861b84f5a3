//! One person in the list, kept compact for a phone's whole address book:
//! their name (the way to their own view), one status line, and one
//! action, logging a contact, whose form opens under the row.

use crate::model::cadence::CheckIn;
use crate::route::{sub_hash, Route};
use crate::state::seasons::use_pauses;
use crate::state::standing::standing;
use crate::state::{clock, use_app};
use crate::ui::components::check_in::StatusLine;
use crate::ui::components::log_contact::LogContact;
use leptos::html::Button;
use leptos::prelude::*;

/// What the one status line says.
#[derive(Clone, Debug, PartialEq)]
enum Line {
    /// Their check-in rhythm's status.
    CheckIn(CheckIn),
    /// Plain words: the last contact, or that there was none.
    Words(String),
}

#[component]
pub fn PersonRow(
    /// The person's id.
    id: String,
    /// The id of the person whose contact form is open (one at a time).
    open: RwSignal<Option<String>>,
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
    let pauses = use_pauses();
    let line = Memo::new(move |_| {
        let p = person.get()?;
        let (check_in, last) = pauses.with(|ps| standing(state, &p, ps));
        Some(if p.archived {
            Line::Words("Archived".into())
        } else if check_in != CheckIn::NoCadence {
            Line::CheckIn(check_in)
        } else {
            Line::Words(match last {
                Some(d) => format!("Last contact {}", clock::long_date(d, true)),
                None => "No contact logged yet".into(),
            })
        })
    });
    let is_open = {
        let id = id.clone();
        Memo::new(move |_| open.with(|o| o.as_deref() == Some(id.as_str())))
    };
    let toggle = {
        let id = id.clone();
        move |_| {
            open.update(|o| {
                *o = if is_open.get_untracked() {
                    None
                } else {
                    Some(id.clone())
                }
            })
        }
    };
    let button = NodeRef::<Button>::new();
    // Closing the form puts focus back on the button that opened it.
    let close = Callback::new(move |()| {
        open.set(None);
        if let Some(b) = button.get_untracked() {
            let _ = b.focus();
        }
    });
    let href = sub_hash(Route::People, &id);
    view! {
        <li class="record person">
            <div class="person-head">
                <a class="person-name" href=href>{name}</a>
                {move || match line.get() {
                    Some(Line::CheckIn(status)) => view! { <StatusLine status/> }.into_any(),
                    Some(Line::Words(w)) => view! { <span class="hint">{w}</span> }.into_any(),
                    None => ().into_any(),
                }}
            </div>
            <button
                type="button"
                class="button"
                node_ref=button
                aria-label=move || format!("Log contact with {}", name.get())
                aria-expanded=move || is_open.get().to_string()
                on:click=toggle
            >
                "Log contact"
            </button>
            <Show when=move || is_open.get()>
                <LogContact person=id.clone() name=name.get_untracked() day=state.today.get_untracked() on_done=close/>
            </Show>
        </li>
    }
    .into_any()
}
