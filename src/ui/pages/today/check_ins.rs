//! Check-ins on Today: people whose rhythm (set on People) says it is
//! time, due then drifting, most overdue first, each a tap away from
//! logging the contact. A long list shows its first few, with "Show all".

use crate::model::cadence::{due_list, CheckIn};
use crate::state::{actions, use_app};
use crate::ui::components::check_in::{words, StatusLine};
use crate::ui::components::log_contact::LogContact;
use leptos::html::H2;
use leptos::prelude::*;

/// How many of each list show before "Show all".
const FEW: usize = 5;

/// One person on a list, as the row shows it.
#[derive(Clone, PartialEq)]
struct Row {
    id: String,
    name: String,
    status: CheckIn,
}

#[component]
pub fn CheckIns() -> impl IntoView {
    let state = use_app();
    let lists = Memo::new(move |_| {
        let today = state.today.get();
        state.people.with(|people| {
            state.latest.with(|latest| {
                state.snoozes.with(|snoozes| {
                    let (due, drifting) = due_list(people, latest, today, snoozes);
                    let rows = |items: Vec<crate::model::cadence::DueItem>| -> Vec<Row> {
                        items
                            .into_iter()
                            .map(|i| Row {
                                id: i.person.stamp.id.clone(),
                                name: i.person.name.clone(),
                                status: i.status,
                            })
                            .collect()
                    };
                    (rows(due), rows(drifting))
                })
            })
        })
    });
    let any_rhythm = Memo::new(move |_| {
        state
            .people
            .with(|p| p.iter().any(|p| p.cadence.is_some() && p.is_active()))
    });
    let heading = NodeRef::<H2>::new();
    // The person whose contact log is open.
    let open = RwSignal::new(None::<String>);
    let back_to_heading = Callback::new(move |()| {
        // Logged, the person usually leaves the list: focus goes back to
        // the heading rather than to nothing.
        open.set(None);
        if let Some(h) = heading.get_untracked() {
            let _ = h.focus();
        }
    });
    let none = move || lists.with(|(d, r)| d.is_empty() && r.is_empty());
    view! {
        <Show when=move || any_rhythm.get()>
            <section class="card" aria-labelledby="check-ins">
                <h2 id="check-ins" tabindex="-1" node_ref=heading>"Check-ins"</h2>
                <Show when=none>
                    <p>"Everyone you gave a rhythm is on track."</p>
                </Show>
                <DueList label="Due" rows=Signal::derive(move || lists.with(|l| l.0.clone())) open on_logged=back_to_heading/>
                <DueList label="Drifting" rows=Signal::derive(move || lists.with(|l| l.1.clone())) open on_logged=back_to_heading/>
            </section>
        </Show>
    }
}

/// One list (Due or Drifting): its first few rows, and all on request.
#[component]
fn DueList(
    /// The list's name, its heading and accessible name.
    label: &'static str,
    /// Everyone on it, most overdue first.
    rows: Signal<Vec<Row>>,
    /// The person whose contact log is open, shared by both lists.
    open: RwSignal<Option<String>>,
    /// Runs after a contact is logged from the list.
    on_logged: Callback<()>,
) -> impl IntoView {
    let all = RwSignal::new(false);
    let shown = move || {
        let rows = rows.get();
        if all.get() {
            rows
        } else {
            rows.into_iter().take(FEW).collect()
        }
    };
    let hidden = move || rows.with(|r| r.len()).saturating_sub(FEW);
    view! {
        <Show when=move || rows.with(|r| !r.is_empty())>
            <h3>{label}</h3>
            <ul class="record-list" aria-label=label>
                <For each=shown key=|r| (r.id.clone(), words(r.status)) let:row>
                    <DueRow row open on_logged/>
                </For>
            </ul>
            <Show when=move || { !all.get() && hidden() != 0 }>
                <button type="button" class="button quiet" on:click=move |_| all.set(true)>
                    {move || format!("Show all {}", rows.with(|r| r.len()))}
                </button>
            </Show>
        </Show>
    }
}

#[component]
fn DueRow(
    /// The person and how their check-ins stand.
    row: Row,
    /// The person whose contact log is open.
    open: RwSignal<Option<String>>,
    /// Runs after a contact is logged.
    on_logged: Callback<()>,
) -> impl IntoView {
    let state = use_app();
    let Row { id, name, status } = row;
    let is_open = {
        let id = id.clone();
        Memo::new(move |_| open.with(|o| o.as_deref() == Some(id.as_str())))
    };
    let toggle = {
        let id = id.clone();
        move |_| {
            open.update(|o| {
                *o = if o.as_deref() == Some(id.as_str()) {
                    None
                } else {
                    Some(id.clone())
                }
            })
        }
    };
    let snooze = {
        let id = id.clone();
        move |_| actions::snooze(state, &id, 7)
    };
    let panel = {
        let (id, name) = (id.clone(), name.clone());
        move || {
            is_open.get().then(|| {
                view! { <LogContact person=id.clone() name=name.clone() day=state.today.get_untracked() on_done=on_logged/> }
            })
        }
    };
    view! {
        <li class="record checkin">
            <span class="record-title">{name.clone()}</span>
            <StatusLine status/>
            <div class="record-actions">
                <button
                    type="button"
                    class="button"
                    aria-label=format!("Log contact with {name}")
                    aria-expanded=move || is_open.get().to_string()
                    on:click=toggle
                >
                    "Log contact"
                </button>
                <button type="button" class="button quiet" aria-label=format!("Snooze a week for {name}") on:click=snooze>
                    "Snooze a week"
                </button>
            </div>
            {panel}
        </li>
    }
}
