//! Settings → Your data: backup export and import, the storage meter, and
//! erasing everything.

use crate::formats::backup;
use crate::state::actions::{self, ImportMode};
use crate::state::{files, use_app, NoticeKind};
use crate::store::{usage_label, QUOTA_CODE_UNITS};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// What the person must type to erase everything.
const ERASE_WORD: &str = "erase";

#[component]
pub fn Settings() -> impl IntoView {
    view! {
        <h1>"Settings"</h1>
        <YourData />
    }
}

#[component]
fn YourData() -> impl IntoView {
    let state = use_app();
    let mode = RwSignal::new(ImportMode::Merge);
    let has_auto = RwSignal::new(actions::has_auto_backup());
    let confirm = RwSignal::new(String::new());

    let on_file = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        // Let the same file be chosen again after a failed attempt.
        input.set_value("");
        if let Err(e) = backup::check_size(file.size() as usize) {
            state.notify_topic("import", NoticeKind::Error, e.to_string(), None);
            return;
        }
        let chosen = mode.get_untracked();
        spawn_local(async move {
            let result = match files::read_text(&file).await {
                Ok(text) => actions::import_backup(state, &text, chosen),
                Err(e) => Err(e),
            };
            has_auto.set(actions::has_auto_backup());
            match result {
                Ok(msg) => state.notify_topic("import", NoticeKind::Info, msg, None),
                Err(msg) => state.notify_topic("import", NoticeKind::Error, msg, None),
            }
        });
    };

    view! {
        <section class="card" aria-labelledby="your-data">
            <h2 id="your-data">"Your data"</h2>
            <p>
                "Everything you keep in Tend is saved automatically in this browser, on this device only. "
                "A backup file lets you keep a copy or move to another device."
            </p>

            <h3>"Storage"</h3>
            <label for="storage-meter">
                {move || usage_label(state.used.get())}
            </label>
            <meter id="storage-meter" min="0" max=QUOTA_CODE_UNITS.to_string() low=(QUOTA_CODE_UNITS * 7 / 10).to_string() high=(QUOTA_CODE_UNITS * 9 / 10).to_string() value=move || state.used.get().to_string()></meter>

            <h3>"Export"</h3>
            <p>"Download everything as one file, named with today's date."</p>
            <button type="button" class="button primary" on:click=move |_| actions::export_backup(state)>
                "Export a backup"
            </button>

            <h3>"Import"</h3>
            <fieldset class="choices">
                <legend>"When importing a backup"</legend>
                <label>
                    <input type="radio" name="import-mode" checked=true on:change=move |_| mode.set(ImportMode::Merge) />
                    " Merge: add its records to mine; where both have one, keep the newer edit"
                </label>
                <label>
                    <input type="radio" name="import-mode" on:change=move |_| mode.set(ImportMode::Replace) />
                    " Replace: make it my only data (my current data is kept as an automatic backup first)"
                </label>
            </fieldset>
            <label for="import-file" class="file-label">"Choose a backup file to import"</label>
            <input id="import-file" type="file" accept=".json,application/json" on:change=on_file />
            <Show when=move || has_auto.get()>
                <p>
                    "An automatic backup of your data from before the last replace is kept. "
                    <button type="button" class="button quiet" on:click=move |_| actions::download_auto_backup(state)>
                        "Download the automatic backup"
                    </button>
                </p>
            </Show>

            <h3>"Erase everything"</h3>
            <p>
                "This removes all of Tend's data from this browser, including any automatic backup. "
                "It cannot be undone, so export a backup first if you might want it back."
            </p>
            <form class="stack" on:submit=move |ev: leptos::ev::SubmitEvent| {
                ev.prevent_default();
                if confirm.get_untracked().trim() == ERASE_WORD {
                    actions::erase_everything(state);
                    confirm.set(String::new());
                    has_auto.set(false);
                }
            }>
                <label for="erase-confirm">{format!("Type “{ERASE_WORD}” to confirm")}</label>
                <input
                    id="erase-confirm"
                    type="text"
                    autocomplete="off"
                    prop:value=move || confirm.get()
                    on:input=move |ev| confirm.set(event_target_value(&ev))
                />
                <button
                    type="submit"
                    class="button danger"
                    disabled=move || confirm.get().trim() != ERASE_WORD
                >
                    "Erase everything"
                </button>
            </form>
        </section>
        <section class="card">
            <h2>"About"</h2>
            <p><a href="#/about">"What Tend is, your privacy, and the sources behind its guidance"</a></p>
        </section>
    }
}
