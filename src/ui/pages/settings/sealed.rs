//! Encrypted backups: export everything locked with a passphrase, and the
//! passphrase asked for when such a file is imported. Both are async
//! actions whose pending state disables their buttons.

use crate::formats::sealed::SealedError;
use crate::state::actions::ImportMode;
use crate::state::{actions, crypto, use_app, NoticeKind, Topic};
use crate::ui::components::form::Field;
use leptos::prelude::*;

/// "Export an encrypted backup": a passphrase, typed twice, then the file.
#[component]
pub fn SealedExport() -> impl IntoView {
    let state = use_app();
    let passphrase = RwSignal::new(String::new());
    let again = RwSignal::new(String::new());
    let export = Action::new_local(move |(p, a): &(String, String)| {
        let (p, a) = (p.clone(), a.clone());
        async move {
            match actions::export_sealed_backup(state, &p, &a).await {
                Ok(name) => {
                    passphrase.try_set(String::new());
                    again.try_set(String::new());
                    state.notify_topic(
                        Topic::Sealed,
                        NoticeKind::Info,
                        format!(
                            "Encrypted backup saved as {name}. Keep the passphrase safe: without \
                             it the file cannot be opened."
                        ),
                        None,
                    );
                }
                Err(e) => {
                    state.fail(Topic::Sealed, &e);
                }
            }
        }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        export.dispatch((passphrase.get_untracked(), again.get_untracked()));
    };
    let busy = export.pending();
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
    let open = Action::new_local(move |(text, p, mode): &(String, String, ImportMode)| {
        let (text, p, mode) = (text.clone(), p.clone(), *mode);
        async move {
            match crypto::open_backup(&text, &p).await {
                Ok(plain) => {
                    passphrase.try_set(String::new());
                    file.try_set(None);
                    // Settings may have been left while the passphrase
                    // was tried (a second or so): what would import it is
                    // gone with it. Nothing has changed; say so.
                    if on_open.try_run((plain, mode)).is_none() {
                        state.notify(
                            NoticeKind::Info,
                            "The encrypted backup was not imported: Settings was closed while it \
                             was being opened. Choose the file again there to import it.",
                            None,
                        );
                    }
                }
                // Asked again, with the file kept: a typo costs nothing.
                Err(e @ SealedError::WrongPassphrase) => {
                    state.fail(Topic::Import, &e);
                }
                Err(e) => {
                    file.try_set(None);
                    state.fail(Topic::Import, &e);
                }
            }
        }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if let Some((text, mode)) = file.get_untracked() {
            open.dispatch((text, passphrase.get_untracked(), mode));
        }
    };
    let busy = open.pending();
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
