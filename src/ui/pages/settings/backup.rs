//! Backups: export everything as one file; import one by merging it into
//! your data or replacing your data with it; and the automatic copy a
//! replace keeps of what it replaced, to download or remove.

use super::sealed::{SealedExport, SealedImport};
use crate::formats::{backup, sealed};
use crate::model::Data;
use crate::state::actions::{self, ImportMode, Imported};
use crate::state::error::ImportError;
use crate::state::{files, use_app, NoticeKind, Topic};
use crate::ui::components::form::{Choices, FileButton};
use leptos::prelude::*;

/// Where an import's backup comes from.
#[derive(Clone)]
enum Source {
    /// A file chosen.
    File(web_sys::File),
    /// The plain text of an encrypted backup, once opened.
    Text(String),
}

/// How reading and importing a backup ended.
enum Read {
    Imported(Imported),
    /// An encrypted backup: its passphrase is asked first.
    Sealed(String),
}

async fn read_and_import(
    state: crate::state::AppState,
    source: Source,
    mode: ImportMode,
) -> Result<Read, ImportError> {
    let text = match source {
        Source::File(file) => files::read_text(&file).await?,
        Source::Text(text) => text,
    };
    if sealed::is_sealed(&text) {
        return Ok(Read::Sealed(text));
    }
    Ok(Read::Imported(
        actions::import_backup(state, &text, mode).await?,
    ))
}

#[component]
pub fn Transfer(
    /// Whether the automatic backup is kept; set after a replace.
    has_auto: RwSignal<bool>,
) -> impl IntoView {
    let state = use_app();
    let mode = RwSignal::new(ImportMode::Merge.code().to_string());
    // A replace waiting for the person's word, because no copy of the
    // current data could be kept first.
    let pending = RwSignal::new(None::<Data>);
    // An encrypted backup waiting for its passphrase.
    let locked = RwSignal::new(None::<(String, ImportMode)>);
    let import = Action::new_local(move |(source, mode): &(Source, ImportMode)| {
        let (source, mode) = (source.clone(), *mode);
        async move {
            let result = read_and_import(state, source, mode).await;
            has_auto.try_set(actions::has_auto_backup(state));
            match result {
                Ok(Read::Imported(Imported::Done(msg))) => {
                    state.notify_topic(Topic::Import, NoticeKind::Info, msg, None);
                }
                Ok(Read::Imported(Imported::NoRoomForCopy(incoming))) => {
                    pending.try_set(Some(incoming));
                }
                Ok(Read::Sealed(text)) => {
                    locked.try_set(Some((text, mode)));
                }
                Err(e) => {
                    state.fail(Topic::Import, &e);
                }
            }
        }
    });
    let on_file = Callback::new(move |file: web_sys::File| {
        if let Err(e) = backup::check_size(file.size() as usize) {
            state.fail(Topic::Import, &e);
            return;
        }
        let chosen = ImportMode::from_code(&mode.get_untracked());
        import.dispatch((Source::File(file), chosen));
    });
    let on_open = Callback::new(move |(text, mode): (String, ImportMode)| {
        import.dispatch((Source::Text(text), mode));
    });
    let replace = Action::new_local(move |incoming: &Data| {
        let incoming = incoming.clone();
        async move {
            match actions::replace_without_copy(state, incoming).await {
                Ok(msg) => {
                    pending.try_set(None);
                    state.notify_topic(Topic::Import, NoticeKind::Info, msg, None);
                }
                Err(e) => {
                    state.fail(Topic::Import, &e);
                }
            }
        }
    });
    let replace_anyway = move |_| {
        if let Some(incoming) = pending.get_untracked() {
            replace.dispatch(incoming);
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
                    (ImportMode::Merge.code().to_string(), "Merge: add its records to mine; where both have one, keep the newer edit".to_string()),
                    (
                        ImportMode::Replace.code().to_string(),
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
                    <button type="button" class="button" disabled=move || replace.pending().get() on:click=replace_anyway>
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
