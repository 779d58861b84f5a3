//! The unlock screen, all that shows while a passphrase lock is closed.

use crate::state::{lock, use_app};
use crate::ui::components::form::Field;
use leptos::prelude::*;

#[component]
pub fn Unlock() -> impl IntoView {
    let state = use_app();
    let passphrase = RwSignal::new(String::new());
    let unlock = Action::new_local(move |p: &String| {
        let p = p.clone();
        async move { lock::unlock(state, &p).await }
    });
    // The result lands after `lock::unlock` has shown the screens again,
    // which removes this one: read it through a signal taken now, and
    // only while it is still there (`try_with`).
    let result = unlock.value();
    let error = move || {
        result
            .try_with(|r| {
                r.as_ref()
                    .and_then(|r| r.as_ref().err())
                    .map(ToString::to_string)
            })
            .flatten()
            .unwrap_or_default()
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        unlock.dispatch(passphrase.get_untracked());
    };
    let busy = unlock.pending();
    view! {
        <h1>"Tend is locked"</h1>
        <form class="stack card" aria-label="Unlock Tend" on:submit=submit>
            <p>"Your data in this browser is encrypted. Type your passphrase to open it."</p>
            <Field id="unlock-passphrase" label="Passphrase" kind="password" value=passphrase/>
            <p class="field-error" role="alert">{error}</p>
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
