//! Settings → Your data: backup export and import, the storage meter, and
//! erasing everything.

use crate::formats::backup;
use crate::state::actions::{self, ImportMode};
use crate::state::{files, use_app, AppState, NoticeKind};
use crate::store::{usage_label, QUOTA_CODE_UNITS};
use crate::ui::components::dom::{button, closest, el, reset, tx, txt, Form, Nodes, N};
use crate::ui::components::form::input;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

/// What the person must type to erase everything.
const ERASE_WORD: &str = "erase";

#[component]
pub fn Settings() -> impl IntoView {
    let state = use_app();
    let has_auto = RwSignal::new(actions::has_auto_backup());
    view! {
        <h1>"Settings"</h1>
        <section class="card" aria-labelledby="your-data">
            <h2 id="your-data">"Your data"</h2>
            <p>
                "Everything you keep in Tend is saved automatically in this browser, on this device only. "
                "A backup file lets you keep a copy or move to another device."
            </p>
            <h3>"Storage"</h3>
            <Nodes content=move |()| meter(state.used.get()) />
            <Nodes content=move |()| transfer(state, has_auto) />
            <Nodes content=move |()| auto_backup(state, has_auto.get()) />
            <h3>"Erase everything"</h3>
            <p>
                "This removes all of Tend's data from this browser, including any automatic backup. "
                "It cannot be undone, so export a backup first if you might want it back."
            </p>
            <Nodes content=move |()| erase(state, has_auto) />
        </section>
        <section class="card">
            <h2>"About"</h2>
            <p><a href="#/about">"What Tend is, your privacy, and the sources behind its guidance"</a></p>
        </section>
    }
}

/// How much of the browser's storage Tend uses, in words and as a meter.
fn meter(used: usize) -> N {
    el(
        "div",
        vec![
            tx("label", usage_label(used)).at("for", "storage-meter"),
            el("meter", vec![])
                .at("id", "storage-meter")
                .at("min", 0)
                .at("max", QUOTA_CODE_UNITS)
                .at("low", QUOTA_CODE_UNITS * 7 / 10)
                .at("high", QUOTA_CODE_UNITS * 9 / 10)
                .at("value", used),
        ],
    )
}

/// Export, and import with a choice of merge or replace.
fn transfer(state: AppState, has_auto: RwSignal<bool>) -> N {
    let on_file = move |ev: &web_sys::Event| {
        let Some(input) =
            closest(ev, "input").and_then(|i| i.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        let chosen = match Form::of(ev).text("import-mode").as_str() {
            "replace" => ImportMode::Replace,
            _ => ImportMode::Merge,
        };
        // Let the same file be chosen again after a failed attempt.
        input.set_value("");
        if let Err(e) = backup::check_size(file.size() as usize) {
            state.notify_topic("import", NoticeKind::Error, e.to_string(), None);
            return;
        }
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
    let mode = |value: &str, label: &str, checked: bool| {
        el(
            "label",
            vec![
                el("input", vec![])
                    .at("type", "radio")
                    .at("name", "import-mode")
                    .at("value", value)
                    .flag("checked", checked),
                txt(label),
            ],
        )
    };
    el(
        "div",
        vec![
            tx("h3", "Export"),
            tx("p", "Download everything as one file, named with today's date."),
            button("button primary", "Export a backup", move |_| actions::export_backup(state)),
            tx("h3", "Import"),
            el(
                "form",
                vec![
                    el(
                        "fieldset",
                        vec![
                            tx("legend", "When importing a backup"),
                            mode("merge", " Merge: add its records to mine; where both have one, keep the newer edit", true),
                            mode(
                                "replace",
                                " Replace: make it my only data (my current data is kept as an automatic backup first)",
                                false,
                            ),
                        ],
                    )
                    .at("class", "choices"),
                    tx("label", "Choose a backup file to import")
                        .at("for", "import-file")
                        .at("class", "file-label"),
                    el("input", vec![])
                        .at("id", "import-file")
                        .at("type", "file")
                        .at("accept", ".json,application/json")
                        .on("change", on_file),
                ],
            ),
        ],
    )
}

/// The copy kept by the last replace, when there is one.
fn auto_backup(state: AppState, has: bool) -> N {
    if !has {
        return el("div", vec![]);
    }
    el(
        "p",
        vec![
            txt("An automatic backup of your data from before the last replace is kept. "),
            button("button quiet", "Download the automatic backup", move |_| {
                actions::download_auto_backup(state)
            }),
        ],
    )
}

/// Erasing needs the word typed first; the button stays disabled until then.
fn erase(state: AppState, has_auto: RwSignal<bool>) -> N {
    let typed = |ev: &web_sys::Event| Form::of(ev).text("erase-confirm").trim() == ERASE_WORD;
    let sync = move |ev: &web_sys::Event| {
        if let Some(b) = closest(ev, "form").and_then(|f| f.query_selector("button").ok().flatten())
        {
            let _ = b.toggle_attribute_with_force("disabled", !typed(ev));
        }
    };
    el(
        "form",
        vec![
            tx("label", format!("Type “{ERASE_WORD}” to confirm")).at("for", "erase-confirm"),
            input("erase-confirm", "text", ""),
            tx("button", "Erase everything")
                .at("type", "submit")
                .at("class", "button danger")
                .at("disabled", ""),
        ],
    )
    .at("class", "stack")
    .on("input", sync)
    .on("submit", move |ev| {
        if typed(ev) {
            actions::erase_everything(state);
            reset(ev);
            sync(ev);
            has_auto.set(false);
        }
    })
}
