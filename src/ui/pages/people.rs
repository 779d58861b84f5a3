//! People: the people you want to stay close to. For now: add, rename and
//! remove; the relationship map and check-ins build on this list.

use crate::model::Person;
use crate::state::{actions, use_app, AppState, NoticeKind};
use leptos::prelude::*;

#[component]
pub fn People() -> impl IntoView {
    let state = use_app();
    let name = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match actions::add_person(state, &name.get_untracked()) {
            Ok(()) => {
                name.set(String::new());
                error.set(None);
            }
            Err(e) => error.set(Some(e)),
        }
    };
    let people = move || {
        state
            .data
            .with(|d| d.live_people().cloned().collect::<Vec<_>>())
    };

    view! {
        <h1>"People"</h1>
        <section class="card" aria-labelledby="add-person">
            <h2 id="add-person">"Add someone"</h2>
            <form on:submit=add class="inline-form">
                <label for="person-name">"Name"</label>
                <input
                    id="person-name"
                    type="text"
                    autocomplete="off"
                    prop:value=move || name.get()
                    on:input=move |ev| name.set(event_target_value(&ev))
                    aria-describedby="person-name-error"
                />
                <button type="submit" class="button primary">"Add"</button>
            </form>
            <p id="person-name-error" class="field-error">{move || error.get()}</p>
        </section>
        <section aria-labelledby="your-people">
            <h2 id="your-people">"Your people"</h2>
            <Show
                when=move || !people().is_empty()
                fallback=|| view! { <p class="empty">"No one yet. Start with someone who makes you feel at ease."</p> }
            >
                <ul class="record-list" aria-label="People">
                    <For each=people key=|p| (p.stamp.id.clone(), p.stamp.updated_at) let:person>
                        <PersonRow state=state person=person />
                    </For>
                </ul>
            </Show>
        </section>
    }
}

#[component]
fn PersonRow(state: AppState, person: Person) -> impl IntoView {
    let editing = RwSignal::new(false);
    let draft = RwSignal::new(person.name.clone());
    let id = person.stamp.id.clone();
    let id_save = id.clone();
    let name = person.name.clone();
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match actions::rename_person(state, &id_save, &draft.get_untracked()) {
            Ok(()) => editing.set(false),
            Err(e) => state.notify(NoticeKind::Error, e, None),
        }
    };
    let remove_label = format!("Remove {}", person.name);
    let edit_label = format!("Rename {}", person.name);
    view! {
        <li class="record">
            <Show
                when=move || editing.get()
                fallback=move || {
                    let id = id.clone();
                    let name = name.clone();
                    let remove_label = remove_label.clone();
                    let edit_label = edit_label.clone();
                    view! {
                        <span class="record-title">{name}</span>
                        <span class="record-actions">
                            <button type="button" class="button quiet" aria-label=edit_label on:click=move |_| editing.set(true)>
                                "Rename"
                            </button>
                            <button type="button" class="button quiet" aria-label=remove_label on:click=move |_| actions::delete_person(state, &id)>
                                "Remove"
                            </button>
                        </span>
                    }
                }
            >
                <form class="inline-form" on:submit=save.clone()>
                    <label class="visually-hidden" for="rename">"New name"</label>
                    <input id="rename" type="text" prop:value=move || draft.get() on:input=move |ev| draft.set(event_target_value(&ev)) />
                    <button type="submit" class="button primary">"Save"</button>
                    <button type="button" class="button quiet" on:click=move |_| editing.set(false)>"Cancel"</button>
                </form>
            </Show>
        </li>
    }
}
