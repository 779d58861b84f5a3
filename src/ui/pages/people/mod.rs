//! People: the people you want to stay close to. Add someone by name, find
//! them again in a long list, fill in their details when you like, log a
//! contact in two taps, and see your relationship map with the gaps worth a
//! look.

mod dates;
mod details;
mod list;
mod row;

use crate::model::gaps::find_gaps;
use crate::state::{actions, use_app, NoticeKind};
use crate::ui::components::form::{Card, ErrorLine, Field, Submit};
use crate::ui::components::relationship_map::RelationshipMap;
use leptos::prelude::*;
use list::PeopleList;

#[component]
pub fn People() -> impl IntoView {
    let state = use_app();
    view! {
        <h1>"People"</h1>
        <Card id="add-person" title="Add someone">
            <AddPerson/>
        </Card>
        <section aria-labelledby="your-people">
            <h2 id="your-people">"Your people"</h2>
            <PeopleList/>
        </section>
        <Card id="map-heading" title="Your map">
            <p class="hint">
                "Closest people in the middle. Open someone's details to change their circle or how they leave you feeling."
            </p>
            <RelationshipMap people=state.people.into()/>
        </Card>
        <Card id="gaps-heading" title="Worth a look">
            <Gaps/>
        </Card>
    }
}

/// Adding someone takes only a name; the details can wait.
#[component]
fn AddPerson() -> impl IntoView {
    let state = use_app();
    let name = RwSignal::new(String::new());
    let error = RwSignal::new(String::new());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match actions::add_person(state, &name.get_untracked()) {
            Ok(()) => {
                // Said, since in a long list the new row may be pages away.
                let added =
                    crate::model::people::clean_name(&name.get_untracked()).unwrap_or_default();
                state.notify(NoticeKind::Info, format!("Added {added} to People."), None);
                name.set(String::new());
                error.set(String::new());
            }
            Err(e) => error.set(e.to_string()),
        }
    };
    view! {
        <form class="inline-form" on:submit=add>
            <Field id="person-name" label="Name" value=name/>
            <Submit label="Add"/>
            <ErrorLine error/>
        </form>
    }
}

/// What the map suggests looking at: a missing kind of support, a close
/// tie that drains, no group to belong to.
#[component]
fn Gaps() -> impl IntoView {
    let state = use_app();
    let gaps = Memo::new(move |_| state.people.with(|p| find_gaps(p)));
    view! {
        <ul class="plain-list gaps" aria-label="Gaps">
            <For each=move || gaps.get() key=|g| g.title let:gap>
                <li class="gap">
                    <h3>{gap.title}</h3>
                    <p>{gap.explanation}</p>
                    <p class="try">
                        <strong>"Try this: "</strong>
                        {gap.suggested_action}
                    </p>
                </li>
            </For>
        </ul>
    }
}
