//! Backups: export everything as one file; import one by merging it into
//! your data or replacing your data with it; and the automatic copy a
//! replace keeps of what it replaced, to download or remove.

use super::sealed::{SealedExport, SealedImport};
use crate::formats::{backup, sealed};
use crate::model::Data;
use crate::state::actions::{self, ImportMode, Imported};
use crate::state::{files, use_app, AppState, NoticeKind};
use crate::ui::components::form::{Choices, FileButton};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Tells what an import came to, or holds a replace that needs the
/// person's word (no room for a copy).
fn show_import(
    state: AppState,
    pending: RwSignal<Option<Data>>,
    has_auto: RwSignal<bool>,
    result: Result<Imported, String>,
) {
    has_auto.set(actions::has_auto_backup());
    match result {
        Ok(Imported::Done(msg)) => {
            state.notify_topic("import", NoticeKind::Info, msg, None);
        }
        Ok(Imported::NoRoomForCopy(incoming)) => pending.set(Some(incoming)),
        Err(msg) => {
            state.notify_topic("import", NoticeKind::Error, msg, None);
        }
    }
}

#[component]
pub fn Transfer(
    /// Whether the automatic backup is kept; set after a replace.
    has_auto: RwSignal<bool>,
) -> impl IntoView {
    let state = use_app();
    let mode = RwSignal::new("merge".to_string());
    // A replace waiting for the person's word, because no copy of the
    // current data could be kept first.
    let pending = RwSignal::new(None::<Data>);
    // An encrypted backup waiting for its passphrase.
    let locked = RwSignal::new(None::<(String, ImportMode)>);
    let on_file = Callback::new(move |file: web_sys::File| {
        let chosen = if mode.get_untracked() == "replace" {
            ImportMode::Replace
        } else {
            ImportMode::Merge
        };
        if let Err(e) = backup::check_size(file.size() as usize) {
            state.notify_topic("import", NoticeKind::Error, e.to_string(), None);
            return;
        }
        spawn_local(async move {
            let result = match files::read_text(&file).await {
                Ok(text) if sealed::is_sealed(&text) => {
                    locked.set(Some((text, chosen)));
                    return;
                }
                Ok(text) => actions::import_backup(state, &text, chosen),
                Err(e) => Err(e),
            };
            show_import(state, pending, has_auto, result);
        });
    });
    let on_open = Callback::new(move |(text, mode): (String, ImportMode)| {
        show_import(
            state,
            pending,
            has_auto,
            actions::import_backup(state, &text, mode),
        );
    });
    let replace_anyway = move |_| {
        if let Some(incoming) = pending.get_untracked() {
            pending.set(None);
            let msg = actions::replace_without_copy(state, incoming);
            state.notify_topic("import", NoticeKind::Info, msg, None);
        }
    };
    view! {
        <h3>"Export"</h3>
        <p>"Download everything as one file, named with today's date."</p>
        <button type="button" class="button primary" on:click=move |_| actions::export_backup(state)>
            "Export a backup"
        </button>
        <SealedExport/>
        <h3>"Import"</h3>
        <form on:submit=|ev| ev.prevent_default()>
            <Choices
                name="import-mode"
                legend="When importing a backup"
                options=vec![
                    ("merge".to_string(), "Merge: add its records to mine; where both have one, keep the newer edit".to_string()),
                    (
                        "replace".to_string(),
                        "Replace: make it my only data (my current data is kept as an automatic backup first)".to_string(),
                    ),
                ]
                value=mode
            />
            <FileButton id="import-file" label="Choose a backup file to import" accept=".json,application/json" on_file/>
        </form>
        <Show when=move || locked.with(Option::is_some)>
            <SealedImport file=locked on_open/>
        </Show>
        <Show when=move || pending.with(Option::is_some)>
            <div class="panel" role="group" aria-labelledby="no-room">
                <h4 id="no-room">"No room for a copy"</h4>
                <p>
                    "There is not enough room in this browser's storage to keep an automatic copy of your current \
                     data before replacing it. Download your current data first, so you can get it back, then replace."
                </p>
                <div class="record-actions">
                    <button type="button" class="button primary" on:click=move |_| actions::export_backup(state)>
                        "Download my current data"
                    </button>
                    <button type="button" class="button" on:click=replace_anyway>
                        "Replace without a copy"
                    </button>
                    <button type="button" class="button quiet" on:click=move |_| pending.set(None)>
                        "Cancel"
                    </button>
                </div>
            </div>
        </Show>
    }
}

/// The copy kept by the last replace, when there is one: it takes as much
/// room as the data it saved, so it can be removed once it is not needed.
#[component]
pub fn AutoBackup(
    /// Whether it is kept.
    has_auto: RwSignal<bool>,
) -> impl IntoView {
    let state = use_app();
    view! {
        <Show when=move || has_auto.get()>
            <p>
                "An automatic backup of your data from before the last replace is kept. "
                <button type="button" class="button quiet" on:click=move |_| actions::download_auto_backup(state)>
                    "Download the automatic backup"
                </button>
                " "
                <button
                    type="button"
                    class="button quiet"
                    on:click=move |_| {
                        actions::remove_auto_backup(state);
                        has_auto.set(false);
                    }
                >
                    "Remove the automatic backup"
                </button>
            </p>
        </Show>
    }
}
