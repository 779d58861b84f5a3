//! A person's own view (`#/people/<id>`): who they are to you and how
//! their check-ins stand, logging a contact, your contacts with them, every
//! detail to edit (gift ideas among them), their dates, and removing them.

use super::dates::Dates;
use super::details::Details;
use crate::model::interaction::with_person;
use crate::model::Person;
use crate::route::Route;
use crate::state::seasons::use_pauses;
use crate::state::standing::standing;
use crate::state::{actions, clock, use_app, NoticeKind};
use crate::ui::components::check_in::StatusLine;
use crate::ui::components::form::Card;
use crate::ui::components::hash::{after_navigation, go};
use crate::ui::components::log_contact::LogContact;
use crate::ui::components::reach_kit::ReachKit;
use leptos::html::H1;
use leptos::prelude::*;

/// Contacts shown at first in a person's log, and added by "Show more".
const LOG_PAGE: usize = 20;

/// The circle, relationship and feeling of a person, in words.
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
pub fn PersonView(
    /// The person's id.
    id: String,
) -> impl IntoView {
    let state = use_app();
    let person = state.live_memo::<Person>(id.clone());
    view! {
        <div class="person-view">
            <a class="back-link" href=Route::People.hash()>"← All people"</a>
            <Show
                when=move || person.with(Option::is_some)
                fallback=|| {
                    view! {
                        <h1>"Not in People"</h1>
                        <p>"This person is not in People any more (removed, perhaps in another tab)."</p>
                    }
                }
            >
                {
                    let id = id.clone();
                    move || {
                        person
                            .get_untracked()
                            .map(|first| view! { <Known first current=person id=id.clone()/> })
                    }
                }
            </Show>
        </div>
    }
}

/// The view of someone who is in People.
#[component]
fn Known(
    /// The person as they were when the view opened (the form starts from
    /// it).
    first: Person,
    /// The person as they are now; the rest of the view follows it.
    current: Memo<Option<Person>>,
    /// Their id.
    id: String,
) -> impl IntoView {
    let state = use_app();
    let name = Memo::new(move |_| current.with(|p| p.as_ref().map(|p| p.name.clone())));
    let name_now = move || name.get().unwrap_or_default();
    let pauses = use_pauses();
    let check_in = Memo::new(move |_| {
        let p = current.get()?;
        Some(pauses.with(|ps| standing(state, &p, ps)))
    });
    let heading = NodeRef::<H1>::new();
    // Arriving here from the list: start at the top, on the name.
    after_navigation(move || {
        window().scroll_to_with_x_and_y(0.0, 0.0);
        if let Some(h) = heading.get_untracked() {
            let _ = h.focus();
        }
    });
    let saved = Callback::new(move |()| {
        state.notify(
            NoticeKind::Info,
            format!("Saved the details of {}.", name_now()),
            None,
        );
    });
    let back = Callback::new(move |()| go(Route::People.hash()));
    let first_name = first.name.clone();
    let log_contact = view! {
        <LogContact person=id.clone() name=first_name.clone() day=state.today.get_untracked() on_done=Callback::new(|()| {})/>
    };
    let log = view! { <Log id=id.clone()/> };
    let kit = view! { <Reach id=id.clone() name=Signal::derive(name_now)/> };
    let dates = view! { <Dates person=id.clone() name=first_name/> };
    let remove = view! { <Remove id name=Signal::derive(name_now)/> };
    view! {
        <h1 tabindex="-1" node_ref=heading>{name_now}</h1>
        <p class="lead">{move || current.with(|p| p.as_ref().map(summary))}</p>
        <p>
            {move || {
                check_in
                    .get()
                    .map(|(status, last)| {
                        view! {
                            <StatusLine status/>
                            <span class="hint">
                                {match last {
                                    Some(d) => format!(" Last contact {}.", clock::long_date(d, true)),
                                    None => " No contact logged yet.".to_string(),
                                }}
                            </span>
                        }
                    })
            }}
        </p>
        {kit}
        <Card id="log-heading" title="Log a contact">
            {log_contact}
        </Card>
        <Card id="their-log" title="Your contacts">
            {log}
        </Card>
        <Card id="details-heading" title="Details">
            <Details person=first on_saved=saved on_cancel=back/>
        </Card>
        <Card id="dates-heading" title="Dates to remember">
            {dates}
        </Card>
        <Card id="remove-heading" title="Remove">
            {remove}
        </Card>
    }
}

/// "Reach out to Ada", opening the reach-out kit in place.
#[component]
fn Reach(
    /// The person's id.
    id: String,
    /// Their name as it is now.
    name: Signal<String>,
) -> impl IntoView {
    let open = RwSignal::new(false);
    view! {
        <div class="reach">
            <button
                type="button"
                class="button primary"
                aria-expanded=move || open.get().to_string()
                on:click=move |_| open.update(|o| *o = !*o)
            >
                {move || format!("Reach out to {}", name.get())}
            </button>
            <Show when=move || open.get()>
                <ReachKit person=id.clone() on_close=move |_| open.set(false)/>
            </Show>
        </div>
    }
}

/// The contacts logged with one person, newest first, a page at a time.
#[component]
fn Log(
    /// The person's id.
    id: String,
) -> impl IntoView {
    let state = use_app();
    // Their contacts may go back years before the last one.
    state.whole_logs();
    let shown = RwSignal::new(LOG_PAGE);
    // (id, line) of each contact, newest first.
    let all = Memo::new(move |_| {
        state.interactions.with(|i| {
            with_person(i, &id)
                .into_iter()
                .map(|i| {
                    let mut line =
                        format!("{} · {}", i.kind.label(), clock::long_date(i.day, true));
                    if !i.note.is_empty() {
                        line = format!("{line}: {}", i.note);
                    }
                    (i.stamp.id.clone(), line)
                })
                .collect::<Vec<_>>()
        })
    });
    let page = move || all.with(|a| a.iter().take(shown.get()).cloned().collect::<Vec<_>>());
    let count = move || match all.with(Vec::len) {
        0 => "No contacts logged yet.".to_string(),
        1 => "1 contact logged.".to_string(),
        n => format!("{n} contacts logged."),
    };
    view! {
        <p class="hint">{count}</p>
        <ul class="plain-list log-list" aria-label="Contacts logged">
            <For each=page key=|(id, line)| (id.clone(), line.clone()) let:row>
                <li>{row.1}</li>
            </For>
        </ul>
        <Show when=move || { all.with(Vec::len) > shown.get() }>
            <button type="button" class="button" on:click=move |_| shown.update(|n| *n += LOG_PAGE)>
                "Show more"
            </button>
        </Show>
    }
}

/// Removing the person: asked once more, since there is no undo.
#[component]
fn Remove(
    /// The person's id.
    id: String,
    /// Their name now.
    name: Signal<String>,
) -> impl IntoView {
    let state = use_app();
    let asking = RwSignal::new(false);
    let remove = move |_| {
        let who = name.get_untracked();
        actions::delete_person(state, &id);
        go(Route::People.hash());
        state.notify(
            NoticeKind::Info,
            format!("Removed {who} from People."),
            None,
        );
    };
    view! {
        <p>
            "Removing someone takes them off People, the map and Today. What you wrote about them in \
             your journal stays."
        </p>
        <Show
            when=move || asking.get()
            fallback=move || {
                view! {
                    <button type="button" class="button" on:click=move |_| asking.set(true)>
                        {move || format!("Remove {}", name.get())}
                    </button>
                }
            }
        >
            <div class="panel" role="group" aria-label=move || format!("Remove {}?", name.get())>
                <p class="panel-title">{move || format!("Remove {} for good?", name.get())}</p>
                <div class="record-actions">
                    <button type="button" class="button danger" on:click=remove.clone()>
                        {move || format!("Yes, remove {}", name.get())}
                    </button>
                    <button type="button" class="button quiet" on:click=move |_| asking.set(false)>
                        "Keep"
                    </button>
                </div>
            </div>
        </Show>
    }
}
