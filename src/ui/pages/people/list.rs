//! The list of people: found by name, filtered by circle, relationship,
//! feeling and archive, in name order, a page at a time so that a phone's
//! whole address book stays quick.

use super::row::PersonRow;
use crate::model::code::UnknownCode;
use crate::model::people::{Circle, Energy, Relationship};
use crate::model::roster::{find, Archived, RosterFilter};
use crate::state::use_app;
use crate::ui::components::form::{coded, Field, Opt, Select};
use leptos::prelude::*;

/// People shown at first, and added by "Show more".
const PAGE: usize = 30;

fn with_any(any: &str, mut rest: Vec<Opt>) -> Vec<Opt> {
    rest.insert(0, (String::new(), any.to_string()));
    rest
}

/// The filter's select value as a value of `T` ("" for any). A value the
/// page never offered is refused, which here means "any".
fn chosen<T: TryFrom<String, Error = UnknownCode>>(value: String) -> Option<T> {
    T::try_from(value).ok()
}

#[component]
pub fn PeopleList() -> impl IntoView {
    let state = use_app();
    let name = RwSignal::new(String::new());
    let circle = RwSignal::new(String::new());
    let relationship = RwSignal::new(String::new());
    let energy = RwSignal::new(String::new());
    let archived = RwSignal::new(String::new());
    let shown = RwSignal::new(PAGE);
    // A new filter starts again at the first page.
    Effect::new(move |prev: Option<()>| {
        name.track();
        circle.track();
        relationship.track();
        energy.track();
        archived.track();
        if prev.is_some() {
            shown.set(PAGE);
        }
    });
    let filter = Memo::new(move |_| RosterFilter {
        name: name.get(),
        circle: chosen::<Circle>(circle.get()),
        relationship: match relationship.get().as_str() {
            "" => None,
            "none" => Some(None),
            code => chosen::<Relationship>(code.to_string()).map(Some),
        },
        energy: chosen::<Energy>(energy.get()),
        archived: match archived.get().as_str() {
            "hide" => Archived::Hide,
            "only" => Archived::Only,
            _ => Archived::Both,
        },
    });
    // Ids of everyone who matches, in order; each row follows its person.
    let found = Memo::new(move |_| {
        let f = filter.get();
        state.people.with(|p| {
            find(p, &f)
                .into_iter()
                .map(|p| p.stamp.id.clone())
                .collect::<Vec<_>>()
        })
    });
    let total = move || {
        state
            .people
            .with(|p| p.iter().filter(|p| !p.stamp.deleted).count())
    };
    let page = move || found.with(|f| f.iter().take(shown.get()).cloned().collect::<Vec<_>>());
    let open = RwSignal::new(None::<String>);
    let mut relationships = vec![("none".to_string(), "Not set".to_string())];
    relationships.extend(coded(&Relationship::ALL, Relationship::label));
    let count = move || {
        let (n, all) = (found.with(|f| f.len()), total());
        let on_page = n.min(shown.get());
        if n == all {
            format!("{all} people")
        } else if on_page < n {
            format!("{n} of {all} people match; showing {on_page}")
        } else {
            format!("{n} of {all} people match")
        }
    };
    view! {
        <Show
            when=move || { total() > 0 }
            fallback=|| view! { <p class="empty">"No one yet. Start with someone who makes you feel at ease."</p> }
        >
            <div class="filters" role="search" aria-label="Find people">
                <Field id="people-q" label="Find by name" kind="search" value=name/>
                <Select id="people-circle" label="Circle" options=with_any("Any circle", coded(&Circle::ALL, Circle::label)) value=circle/>
                <Select id="people-rel" label="Relationship" options=with_any("Any relationship", relationships.clone()) value=relationship/>
                <Select id="people-energy" label="Feeling" options=with_any("Any feeling", coded(&Energy::ALL, Energy::label)) value=energy/>
                <Select
                    id="people-archived"
                    label="Archived"
                    options=vec![
                        (String::new(), "Archived or not".to_string()),
                        ("hide".to_string(), "Not archived".to_string()),
                        ("only".to_string(), "Archived only".to_string()),
                    ]
                    value=archived
                />
            </div>
            <p class="hint" aria-live="polite">{count}</p>
            <ul class="record-list" aria-label="People">
                <For each=page key=|id| id.clone() let:id>
                    <PersonRow id open/>
                </For>
            </ul>
            <Show when=move || { found.with(|f| f.len()) > shown.get() }>
                <button type="button" class="button" on:click=move |_| shown.update(|n| *n += PAGE)>
                    "Show more"
                </button>
            </Show>
        </Show>
    }
}
