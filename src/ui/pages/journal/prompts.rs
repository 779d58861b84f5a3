//! Prompts the person wrote, offered with Tend's own.

use crate::state::{actions, use_app};
use crate::ui::components::form::{ErrorLine, Field};
use leptos::prelude::*;

#[component]
pub fn OwnPrompts() -> impl IntoView {
    let state = use_app();
    let own = Memo::new(move |_| {
        state.prompts.with(|p| {
            p.iter()
                .filter(|p| !p.stamp.deleted)
                .map(|p| (p.stamp.id.clone(), p.text.clone()))
                .collect::<Vec<_>>()
        })
    });
    let text = RwSignal::new(String::new());
    let error = RwSignal::new(String::new());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match actions::add_prompt(state, &text.get_untracked()) {
            Ok(()) => {
                text.set(String::new());
                error.set(String::new());
            }
            Err(e) => error.set(e.to_string()),
        }
    };
    view! {
        <Show when=move || own.with(|o| !o.is_empty())>
            <ul class="record-list" aria-label="Your prompts">
                <For each=move || own.get() key=|p| p.clone() let:p>
                    <li class="record">
                        <span>{p.1.clone()}</span>
                        <button
                            type="button"
                            class="button quiet"
                            aria-label=format!("Remove the prompt “{}”", p.1)
                            on:click=move |_| actions::delete_prompt(state, &p.0)
                        >
                            "Remove"
                        </button>
                    </li>
                </For>
            </ul>
        </Show>
        <form class="inline-form" on:submit=add>
            <Field id="new-prompt" label="A question you would like to be asked" value=text/>
            <button type="submit" class="button">"Add prompt"</button>
            <ErrorLine error/>
        </form>
    }
}
