//! Check-ins on Today: people whose rhythm (set on People) says it is
//! time, in one short list: the few who matter most first (the closest
//! circle, then drifting before due, then the most overdue: see
//! `cadence::closest_first`), and everyone else a tap away with "Show all".
//! Each row is the name, where the check-in stands, and two actions: the
//! reach-out kit, to write to them now, and the contact log (a snooze waits
//! beside it once it is open). Days in a season do not count, and while one
//! runs (or its welcome back shows) the list is quiet.

use crate::model::cadence::{closest_first, due_list_with, CheckIn};
use crate::model::season;
use crate::state::seasons::use_pauses;
use crate::state::{actions, use_app};
use crate::ui::components::check_in::{words, StatusLine};
use crate::ui::components::log_contact::LogContact;
use crate::ui::lazy::LazyReachKit;
use leptos::html::{Button, H2};
use leptos::prelude::*;

/// How many show before "Show all": few enough to read at a glance with
/// hundreds of people.
const FEW: usize = 3;

/// One person on the list, as the row shows it.
#[derive(Clone, PartialEq)]
struct Row {
    id: String,
    name: String,
    status: CheckIn,
}

/// Everyone due or drifting, closest first, and how many of each.
#[derive(Clone, PartialEq, Default)]
struct Lists {
    rows: Vec<Row>,
    due: usize,
    drifting: usize,
}

/// "62 due and 11 drifting".
fn counts(due: usize, drifting: usize) -> String {
    let parts: Vec<String> = [(due, "due"), (drifting, "drifting")]
        .into_iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, word)| format!("{n} {word}"))
        .collect();
    parts.join(" and ")
}

#[component]
pub fn CheckIns() -> impl IntoView {
    let state = use_app();
    let pauses = use_pauses();
    let lists = Memo::new(move |_| {
        let today = state.today.get();
        state.people.with(|people| {
            state.latest.with(|latest| {
                state.snoozes.with(|snoozes| {
                    let (due, drifting) =
                        pauses.with(|p| due_list_with(people, latest, today, snoozes, p));
                    let rows = closest_first(&due, &drifting)
                        .into_iter()
                        .map(|i| Row {
                            id: i.person.stamp.id.clone(),
                            name: i.person.name.clone(),
                            status: i.status,
                        })
                        .collect();
                    Lists {
                        rows,
                        due: due.len(),
                        drifting: drifting.len(),
                    }
                })
            })
        })
    });
    let any_rhythm = Memo::new(move |_| {
        state
            .people
            .with(|p| p.iter().any(|p| p.cadence.is_some() && p.is_active()))
    });
    // A season running, or its welcome back still to read: the welcome
    // (or the season's own line) says what there is, not a list.
    let quiet = Memo::new(move |_| {
        let today = state.today.get();
        state
            .seasons
            .with(|s| season::active(s, today).is_some() || season::welcome_due(s, today).is_some())
    });
    let heading = NodeRef::<H2>::new();
    // The person whose panel (kit or contact log) is open.
    let open = RwSignal::new(None::<(String, Panel)>);
    let back_to_heading = Callback::new(move |()| {
        // Logged or snoozed, the person usually leaves the list: focus goes
        // back to the heading rather than to nothing.
        open.set(None);
        if let Some(h) = heading.get_untracked() {
            let _ = h.focus();
        }
    });
    let all = RwSignal::new(false);
    // The row whose button takes focus once shown (the first one "Show
    // all" adds), so the keyboard carries on where the list grew.
    let reveal = RwSignal::new(None::<String>);
    let total = move || lists.with(|l| l.rows.len());
    let shown = move || {
        let rows = lists.with(|l| l.rows.clone());
        if all.get() {
            rows
        } else {
            rows.into_iter().take(FEW).collect()
        }
    };
    let show_all = move |_| {
        reveal.set(lists.with(|l| l.rows.get(FEW).map(|r| r.id.clone())));
        all.set(true);
    };
    let summary = move || {
        lists.with(|l| {
            let n = counts(l.due, l.drifting);
            if l.rows.len() > FEW {
                format!("{n}. The people closest to you come first.")
            } else {
                format!("{n}.")
            }
        })
    };
    view! {
        <Show when=move || any_rhythm.get() && !quiet.get()>
            <section class="card" aria-labelledby="check-ins">
                <h2 id="check-ins" tabindex="-1" node_ref=heading>"Check-ins"</h2>
                <Show
                    when=move || total() != 0
                    fallback=|| view! { <p>"Everyone you gave a rhythm is on track."</p> }
                >
                    <p class="hint">{summary}</p>
                    <ul class="record-list checkins" aria-label="Check-ins">
                        <For each=shown key=|r| (r.id.clone(), words(r.status)) let:row>
                            <DueRow row open reveal on_logged=back_to_heading/>
                        </For>
                    </ul>
                    <Show when=move || { !all.get() && total() > FEW }>
                        <button type="button" class="button quiet" on:click=show_all>
                            {move || format!("Show all {}", total())}
                        </button>
                    </Show>
                </Show>
            </section>
        </Show>
    }
}

/// What a row can open beneath it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Panel {
    /// The reach-out kit.
    Kit,
    /// The contact log and snooze.
    Log,
}

#[component]
fn DueRow(
    /// The person and how their check-ins stand.
    row: Row,
    /// The person whose panel is open, and which.
    open: RwSignal<Option<(String, Panel)>>,
    /// The row whose button should take focus when shown.
    reveal: RwSignal<Option<String>>,
    /// Runs after a contact is logged or the check-in snoozed.
    on_logged: Callback<()>,
) -> impl IntoView {
    let state = use_app();
    let Row { id, name, status } = row;
    let button = NodeRef::<Button>::new();
    {
        let id = id.clone();
        Effect::new(move |_| {
            if let Some(b) = button.get() {
                if reveal.get_untracked().as_deref() == Some(id.as_str()) {
                    reveal.set(None);
                    let _ = b.focus();
                }
            }
        });
    }
    // Which of this row's panels is open, if any: a Memo per row, so
    // opening one switches only that row.
    let shown = {
        let id = id.clone();
        Memo::new(move |_| open.with(|o| o.as_ref().filter(|(who, _)| *who == id).map(|(_, p)| *p)))
    };
    let toggle = {
        let id = id.clone();
        move |panel: Panel| {
            let id = id.clone();
            move |_| {
                open.update(|o| {
                    *o = if shown.get_untracked() == Some(panel) {
                        None
                    } else {
                        Some((id.clone(), panel))
                    }
                })
            }
        }
    };
    let panel = {
        let (id, name) = (id.clone(), name.clone());
        move || match shown.get()? {
            Panel::Kit => Some(
                view! { <LazyReachKit person=id.clone() on_close=move |_| open.set(None)/> }
                    .into_any(),
            ),
            Panel::Log => {
                let snooze = {
                    let id = id.clone();
                    move |_| {
                        actions::snooze(state, &id, 7);
                        on_logged.run(());
                    }
                };
                Some(
                    view! {
                        <LogContact person=id.clone() name=name.clone() day=state.today.get_untracked() on_done=on_logged/>
                        <button type="button" class="button quiet" aria-label=format!("Snooze a week for {name}") on:click=snooze>
                            "Snooze a week"
                        </button>
                    }
                    .into_any(),
                )
            }
        }
    };
    view! {
        <li class="record checkin">
            <span class="record-title">{name.clone()}</span>
            <StatusLine status/>
            <div class="record-actions">
                <button
                    type="button"
                    class="button primary"
                    node_ref=button
                    aria-label=format!("Reach out to {name}")
                    aria-expanded=move || (shown.get() == Some(Panel::Kit)).to_string()
                    on:click=toggle(Panel::Kit)
                >
                    "Reach out"
                </button>
                <button
                    type="button"
                    class="button"
                    aria-label=format!("Log contact with {name}")
                    aria-expanded=move || (shown.get() == Some(Panel::Log)).to_string()
                    on:click=toggle(Panel::Log)
                >
                    "Log contact"
                </button>
            </div>
            {panel}
        </li>
    }
}
