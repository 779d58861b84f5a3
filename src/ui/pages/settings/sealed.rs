//! Encrypted backups: export everything locked with a passphrase, and the
//! passphrase asked for when such a file is imported.

use crate::formats::sealed::{self, SealedError};
use crate::state::actions::ImportMode;
use crate::state::{actions, crypto, use_app, NoticeKind};
use crate::ui::components::form::Field;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// "Export an encrypted backup": a passphrase, typed twice, then the file.
#[component]
pub fn SealedExport() -> impl IntoView {
    let state = use_app();
    let passphrase = RwSignal::new(String::new());
    let again = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (p, a) = (passphrase.get_untracked(), again.get_untracked());
        if let Err(e) = sealed::check_new_passphrase(&p, &a) {
            state.notify_topic("sealed", NoticeKind::Error, e, None);
            return;
        }
        busy.set(true);
        spawn_local(async move {
            let result = actions::export_sealed_backup(state, &p).await;
            busy.set(false);
            match result {
                Ok(msg) => {
                    passphrase.set(String::new());
                    again.set(String::new());
                    state.notify_topic("sealed", NoticeKind::Info, msg, None);
                }
                Err(e) => {
                    state.notify_topic("sealed", NoticeKind::Error, e, None);
                }
            }
        });
    };
    view! {
        <form class="stack" aria-label="Encrypted backup" on:submit=submit>
            <p>
                "Or lock the file with a passphrase, so that only someone who knows it can read it \
                 (useful for a copy kept in the cloud or sent to yourself). Tend never keeps the passphrase: "
                <strong>"if it is forgotten, the backup cannot be opened by anyone, Tend included."</strong>
            </p>
            <Field id="sealed-passphrase" label="Passphrase" kind="password" value=passphrase/>
            <Field id="sealed-again" label="The same passphrase again" kind="password" value=again/>
            <button type="submit" class="button" disabled=move || busy.get()>
                {move || if busy.get() { "Encrypting…" } else { "Export an encrypted backup" }}
            </button>
        </form>
    }
}

/// The passphrase for an encrypted backup being imported.
#[component]
pub fn SealedImport(
    /// The file's text and how to import it; cleared when done or cancelled.
    file: RwSignal<Option<(String, ImportMode)>>,
    /// Called with the plain backup's text once the passphrase opened it.
    on_open: Callback<(String, ImportMode)>,
) -> impl IntoView {
    let state = use_app();
    let passphrase = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some((text, mode)) = file.get_untracked() else {
            return;
        };
        let p = passphrase.get_untracked();
        busy.set(true);
        spawn_local(async move {
            let opened = crypto::open_backup(&text, &p).await;
            busy.set(false);
            match opened {
                Ok(plain) => {
                    passphrase.set(String::new());
                    file.set(None);
                    on_open.run((plain, mode));
                }
                // Asked again, with the file kept: a typo costs nothing.
                Err(e @ SealedError::WrongPassphrase) => {
                    state.notify_topic("import", NoticeKind::Error, e.to_string(), None);
                }
                Err(e) => {
                    file.set(None);
                    state.notify_topic("import", NoticeKind::Error, e.to_string(), None);
                }
            }
        });
    };
    view! {
        <form class="panel stack" aria-label="Open the encrypted backup" on:submit=submit>
            <p>"This backup is encrypted. Type the passphrase it was exported with to import it."</p>
            <Field id="open-passphrase" label="Passphrase of the backup" kind="password" value=passphrase/>
            <div class="record-actions">
                <button type="submit" class="button primary" disabled=move || busy.get()>
                    {move || if busy.get() { "Opening…" } else { "Open and import" }}
                </button>
                <button type="button" class="button quiet" on:click=move |_| file.set(None)>"Cancel"</button>
            </div>
        </form>
    }
}
