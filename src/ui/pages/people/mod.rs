//! People: the people you want to stay close to. Add someone by name, find
//! them again in a long list, log a contact in two taps, and see your
//! relationship map with the gaps worth a look; each person has a view of
//! their own (`#/people/<id>`) with their details, log and dates.

mod dates;
pub(crate) mod details;
mod list;
mod person;
mod row;

use crate::content::help;
use crate::model::gaps::find_gaps;
use crate::route::{sub, sub_hash, Route};
use crate::state::{actions, use_app, NoticeKind};
use crate::ui::components::form::{Card, ErrorLine, Field, Submit};
use crate::ui::components::guidance::{HowThisWorks, Sources};
use crate::ui::components::hash::use_hash;
use crate::ui::components::relationship_map::RelationshipMap;
use leptos::prelude::*;
use list::PeopleList;
use person::PersonView;

/// Where the list was left, to come back to from a person's view.
#[derive(Clone, Copy, Default)]
struct Left {
    scroll: f64,
}

#[component]
pub fn People() -> impl IntoView {
    let hash = use_hash();
    let person = Memo::new(move |_| sub(&hash.get()));
    // The list stays mounted (hidden) while a person's view shows, so its
    // search, filters and pages are as they were on the way back.
    let shown = RwSignal::new(person.get_untracked());
    let left = StoredValue::new(Left::default());
    Effect::new(move |prev: Option<Option<String>>| {
        let now = person.get();
        if let Some(before) = prev {
            if before.is_none() && now.is_some() {
                left.set_value(Left {
                    scroll: window().scroll_y().unwrap_or(0.0),
                });
            }
            if shown.with_untracked(|s| *s != now) {
                shown.set(now.clone());
            }
            if let (Some(id), None) = (before, &now) {
                // Back on the list: where it was, on the person's name.
                let Left { scroll } = left.get_value();
                request_animation_frame(move || {
                    window().scroll_to_with_x_and_y(0.0, scroll);
                    let selector =
                        format!("a.person-name[href=\"{}\"]", sub_hash(Route::People, &id));
                    if let Ok(Some(el)) = document().query_selector(&selector) {
                        use leptos::wasm_bindgen::JsCast;
                        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                            let _ = el.focus();
                        }
                    }
                });
            }
        }
        now
    });
    view! {
        <div hidden=move || shown.with(Option::is_some)>
            <Home/>
        </div>
        {move || shown.get().map(|id| view! { <PersonView id/> })}
    }
}

/// The list, the map and the gaps.
#[component]
fn Home() -> impl IntoView {
    let state = use_app();
    view! {
        <h1>"People"</h1>
        <HowThisWorks guide=&help::PEOPLE/>
        <Card id="add-person" title="Add someone">
            <AddPerson/>
        </Card>
        <section aria-labelledby="your-people">
            <h2 id="your-people">"Your people"</h2>
            <PeopleList/>
        </section>
        <Card id="map-heading" title="Your map">
            <p class="hint">
                "Closest people in the middle. Open someone to change their circle or how they leave you feeling."
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
                    <Sources articles=gap.sources/>
                </li>
            </For>
        </ul>
    }
}
