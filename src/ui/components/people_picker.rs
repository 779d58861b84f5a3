//! Choosing people for a journal entry from hundreds: type part of a name,
//! pick from the few that match (arrow keys and Enter, or a tap), and see
//! each choice as a chip that can be taken off again, inside a box that
//! looks and reads as one labelled field. It stores person ids,
//! never positions, so the list changing under it cannot attach the wrong
//! person.
//!
//! Built on the ARIA combobox pattern: the text field owns a listbox of
//! suggestions and names the highlighted one with `aria-activedescendant`.

use crate::model::people::matching;
use crate::state::use_app;
use leptos::ev::KeyboardEvent;
use leptos::html::Input;
use leptos::prelude::*;

/// Suggestions shown at a time.
const SHOWN: usize = 8;

/// Several people (a journal entry's), in the order chosen.
#[component]
pub fn PeoplePicker(
    /// Prefix of the ids of its controls; unique on the page.
    #[prop(into)]
    id: String,
    /// What the choice is for, as the field's label.
    #[prop(into)]
    label: String,
    /// Ids of the people chosen, in the order chosen.
    chosen: RwSignal<Vec<String>>,
) -> impl IntoView {
    let pick = Callback::new(move |person: String| {
        chosen.update(|c| {
            if !c.contains(&person) {
                c.push(person)
            }
        })
    });
    let drop = Callback::new(move |person: String| chosen.update(|c| c.retain(|p| *p != person)));
    view! { <Picker id label chosen=chosen.into() pick drop many=true/> }
}

/// One person (or no one): who a challenge day, a ritual or a plan is with.
#[component]
pub fn PersonPicker(
    /// Prefix of the ids of its controls; unique on the page.
    #[prop(into)]
    id: String,
    /// The question, as the field's label ("With", "Who").
    #[prop(into)]
    label: String,
    /// The id of the person chosen; empty for no one.
    person: RwSignal<String>,
) -> impl IntoView {
    let chosen = Signal::derive(move || {
        person.with(|p| {
            if p.is_empty() {
                vec![]
            } else {
                vec![p.clone()]
            }
        })
    });
    let pick = Callback::new(move |id: String| person.set(id));
    let drop = Callback::new(move |_: String| person.set(String::new()));
    view! { <Picker id label chosen pick drop many=false/> }
}

#[component]
fn Picker(
    id: String,
    label: String,
    chosen: Signal<Vec<String>>,
    pick: Callback<String>,
    drop: Callback<String>,
    /// Whether more than one can be chosen; with one, the field gives way
    /// to the choice until it is taken off.
    many: bool,
) -> impl IntoView {
    let state = use_app();
    let typed = RwSignal::new(String::new());
    // Which suggestion the arrow keys are on.
    let active = RwSignal::new(0usize);
    let input = NodeRef::<Input>::new();
    let suggestions = Memo::new(move |_| {
        let text = typed.get();
        chosen.with(|skip| {
            state.people.with(|people| {
                matching(people, &text, skip, SHOWN)
                    .into_iter()
                    .map(|p| (p.stamp.id.clone(), p.name.clone()))
                    .collect::<Vec<_>>()
            })
        })
    });
    let (input_id, list_id) = (format!("{id}-find"), format!("{id}-options"));
    let option_id = {
        let list_id = list_id.clone();
        move |i: usize| format!("{list_id}-{i}")
    };
    let choose = move |person: String| {
        pick.run(person);
        typed.set(String::new());
        active.set(0);
        if let Some(i) = input.get_untracked() {
            let _ = i.focus();
        }
    };
    let keys = move |ev: KeyboardEvent| {
        let n = suggestions.with(|s| s.len());
        match ev.key().as_str() {
            "ArrowDown" if n > 0 => {
                ev.prevent_default();
                active.update(|a| *a = (*a + 1) % n);
            }
            "ArrowUp" if n > 0 => {
                ev.prevent_default();
                active.update(|a| *a = (*a + n - 1) % n);
            }
            // Enter picks the highlighted person instead of sending the form.
            "Enter" if n > 0 => {
                ev.prevent_default();
                if let Some((id, _)) = suggestions.with(|s| s.get(active.get_untracked()).cloned())
                {
                    choose(id);
                }
            }
            "Escape" => typed.set(String::new()),
            _ => {}
        }
    };
    let expanded = move || suggestions.with(|s| !s.is_empty());
    let active_descendant = {
        let option_id = option_id.clone();
        move || expanded().then(|| option_id(active.get()))
    };
    let full = move || !many && chosen.with(|c| !c.is_empty());
    let chips = move || {
        chosen
            .get()
            .into_iter()
            .map(|person| {
                // Someone removed since being chosen shows as such, and can
                // still be taken off.
                let name = state.name_of(&person).unwrap_or_else(|| "Someone removed".into());
                let remove = if many {
                    format!("Remove {name} from this entry")
                } else {
                    format!("Choose someone other than {name}")
                };
                view! {
                    <li class="chip">
                        <span>{name}</span>
                        <button type="button" class="chip-remove" aria-label=remove on:click=move |_| drop.run(person.clone())>
                            "×"
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    let options = move || {
        suggestions
            .get()
            .into_iter()
            .enumerate()
            .map(|(i, (person, name))| {
                let selected = move || active.get() == i;
                view! {
                    <li
                        role="option"
                        id=option_id(i)
                        class="picker-option"
                        class:active=selected
                        aria-selected=move || selected().to_string()
                        // Keep focus in the field while choosing with a pointer.
                        on:mousedown=move |ev| ev.prevent_default()
                        on:click=move |_| choose(person.clone())
                    >
                        {name}
                    </li>
                }
            })
            .collect_view()
    };
    let chips_label = if many {
        "Chosen".to_string()
    } else {
        format!("{label}: chosen")
    };
    // The box looks like one field, chips and all: a tap anywhere in it
    // goes to the text field.
    let to_field = move |_| {
        if let Some(i) = input.get_untracked() {
            let _ = i.focus();
        }
    };
    view! {
        <div class="field picker">
        <label for=input_id.clone()>{label}</label>
        <div class="picker-box" on:click=to_field>
            <ul class="chips" aria-label=chips_label>{chips}</ul>
            <input
                hidden=full
                id=input_id
                type="text"
                role="combobox"
                autocomplete="off"
                placeholder="Type a name"
                aria-autocomplete="list"
                aria-controls=list_id.clone()
                aria-expanded=move || expanded().to_string()
                aria-activedescendant=active_descendant
                node_ref=input
                bind:value=typed
                on:input=move |_| active.set(0)
                on:keydown=keys
            />
        </div>
        <ul role="listbox" id=list_id class="picker-options" aria-label="Matching people" hidden=move || !expanded()>
            {options}
        </ul>
        </div>
    }
}
