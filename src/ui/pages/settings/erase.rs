//! Erasing everything: the word must be typed first, and the button stays
//! disabled until then.

use crate::state::{actions, use_app};
use crate::ui::components::form::Field;
use leptos::prelude::*;

/// What the person must type to erase everything.
const ERASE_WORD: &str = "erase";

#[component]
pub fn Erase(
    /// Cleared, since the automatic backup goes too.
    has_auto: RwSignal<bool>,
) -> impl IntoView {
    let state = use_app();
    let typed = RwSignal::new(String::new());
    let ready = move || typed.with(|t| t.trim() == ERASE_WORD);
    let erase = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if ready() {
            actions::erase_everything(state);
            typed.set(String::new());
            has_auto.set(false);
        }
    };
    view! {
        <form class="stack" on:submit=erase>
            <Field id="erase-confirm" label=format!("Type “{ERASE_WORD}” to confirm") value=typed/>
            <button type="submit" class="button danger" disabled=move || !ready()>
                "Erase everything"
            </button>
        </form>
    }
}
