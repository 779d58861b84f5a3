//! The unlock screen, all that shows while a passphrase lock is closed.

use crate::state::{use_app, vault};
use crate::ui::components::form::Field;
use leptos::prelude::*;
use leptos::task::spawn_local;

#[component]
pub fn Unlock() -> impl IntoView {
    let state = use_app();
    let passphrase = RwSignal::new(String::new());
    let error = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let p = passphrase.get_untracked();
        busy.set(true);
        error.set(String::new());
        spawn_local(async move {
            let result = vault::unlock(state, &p).await;
            busy.set(false);
            match result {
                Ok(()) => passphrase.set(String::new()),
                Err(e) => error.set(e),
            }
        });
    };
    view! {
        <h1>"Tend is locked"</h1>
        <form class="stack card" aria-label="Unlock Tend" on:submit=submit>
            <p>"Your data in this browser is encrypted. Type your passphrase to open it."</p>
            <Field id="unlock-passphrase" label="Passphrase" kind="password" value=passphrase/>
            <p class="field-error" role="alert">{move || error.get()}</p>
            <button type="submit" class="button primary" disabled=move || busy.get()>
                {move || if busy.get() { "Unlocking…" } else { "Unlock" }}
            </button>
            <p class="hint">
                "A forgotten passphrase cannot be recovered: no one, Tend included, can open the data \
                 without it. If you have an ordinary backup file, you can clear this browser's data for \
                 Tend and import it."
            </p>
        </form>
    }
}
