//! Settings → Your data: backup export and import, the storage meter, and
//! erasing everything.

use crate::formats::backup;
use crate::formats::vcard::{self, Contact};
use crate::state::actions::{self, ImportMode};
use crate::state::{clock, files, practice, AppState, NoticeKind};
use crate::store::{usage_label, QUOTA_CODE_UNITS};
use crate::ui::components::dom::{
    button, card, chosen_file, closest, el, live, reset, say, tx, txt, Form, N,
};
use crate::ui::components::form::{error_line, input, submit};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// What the person must type to erase everything.
const ERASE_WORD: &str = "erase";

pub fn settings(state: AppState) -> N {
    let has_auto = RwSignal::new(actions::has_auto_backup());
    let preview = RwSignal::new(None::<Preview>);
    el(
        "div",
        vec![
            tx("h1", "Settings"),
            card(
                "your-data",
                "Your data",
                vec![
                    tx(
                        "p",
                        "Everything you keep in Tend is saved automatically in this browser, on this device only. \
                         A backup file lets you keep a copy or move to another device.",
                    ),
                    tx("h3", "Storage"),
                    live(move || meter(state.used.get())),
                    live(move || transfer(state, has_auto)),
                    live(move || auto_backup(state, has_auto.get())),
                    tx("h3", "Erase everything"),
                    tx(
                        "p",
                        "This removes all of Tend's data from this browser, including any automatic backup. \
                         It cannot be undone, so export a backup first if you might want it back.",
                    ),
                    live(move || erase(state, has_auto)),
                ],
            ),
            card(
                "calendar-export",
                "Calendar",
                vec![
                    tx(
                        "p",
                        "Put your check-in rhythms, rituals, birthdays and other dates in your own calendar app: \
                         one file, with each one repeating as it does here. Export again after changes; \
                         events keep their identity, so a calendar that imports it again updates them.",
                    ),
                    button("button", "Export calendar (.ics)", move |_| {
                        practice::export_calendar(state)
                    }),
                ],
            ),
            card(
                "contacts-import",
                "Contacts",
                vec![
                    tx(
                        "p",
                        "Bring people in from your phone or address book: export your contacts as a vCard file \
                         (.vcf), choose it here, then pick who to add.",
                    ),
                    live(move || contacts(state, preview)),
                ],
            ),
            card(
                "about-link",
                "About",
                vec![el(
                    "p",
                    vec![tx(
                        "a",
                        "What Tend is, your privacy, and the sources behind its guidance",
                    )
                    .at("href", "#/about")],
                )],
            ),
        ],
    )
}

/// A read vCard file waiting for the person to choose whom to import.
#[derive(Clone)]
struct Preview {
    contacts: Vec<Contact>,
    /// Whether each contact's name is already in People (or earlier in
    /// the file).
    dup: Vec<bool>,
    warnings: Vec<String>,
}

/// Choosing a vCard file, then its contacts as a checklist: duplicates by
/// name are flagged and left unticked. A file that cannot be read imports
/// nothing and says where it went wrong.
fn contacts(state: AppState, preview: RwSignal<Option<Preview>>) -> N {
    let Some(p) = preview.get() else {
        let on_file = move |ev: &web_sys::Event| {
            let Some(file) = chosen_file(ev) else {
                return;
            };
            spawn_local(async move {
                let read = files::read_bytes(&file)
                    .await
                    .and_then(|b| vcard::read(&b).map_err(|e| e.to_string()));
                match read {
                    Ok(import) => {
                        let dup = state
                            .data
                            .with_untracked(|d| vcard::duplicates(&import.contacts, &d.people));
                        let warnings = import.warnings.iter().map(|w| w.to_string()).collect();
                        preview.set(Some(Preview {
                            contacts: import.contacts,
                            dup,
                            warnings,
                        }));
                    }
                    Err(e) => state.notify_topic("vcard", NoticeKind::Error, e, None),
                }
            });
        };
        return el(
            "p",
            vec![
                tx("label", "Choose a contacts file (.vcf)").at("for", "vcf-file"),
                el("input", vec![])
                    .at("id", "vcf-file")
                    .at("type", "file")
                    .at("accept", ".vcf,text/vcard,text/x-vcard")
                    .on("change", on_file),
            ],
        )
        .at("class", "field");
    };
    let rows = p
        .contacts
        .iter()
        .zip(&p.dup)
        .enumerate()
        .map(|(i, (c, dup))| {
            let mut text = c.name.clone();
            if let Some(b) = c.birthday {
                text = format!("{text} · birthday {}", clock::yearly_date(b));
            }
            let mut kids = vec![el(
                "label",
                vec![
                    el("input", vec![])
                        .at("type", "checkbox")
                        .at("name", "vc")
                        .at("value", i)
                        .flag("checked", !dup),
                    txt(" "),
                    txt(text),
                ],
            )];
            if *dup {
                kids.push(tx("span", "Already in People").at("class", "record-meta"));
            }
            el("li", kids).at("class", "record")
        })
        .collect();
    let warnings: Vec<N> = p.warnings.iter().map(|w| tx("li", w)).collect();
    let chosen = p.contacts.clone();
    let import = move |ev: &web_sys::Event| {
        let f = Form::of(ev);
        let picked: Vec<Contact> = f
            .all("vc")
            .iter()
            .filter_map(|i| chosen.get(*i).cloned())
            .collect();
        if picked.is_empty() {
            say(ev, "Tick at least one person to import, or choose Cancel.");
            return;
        }
        let n = practice::import_contacts(state, picked);
        preview.set(None);
        let msg = match n {
            1 => "Added 1 person to People.".to_string(),
            n => format!("Added {n} people to People."),
        };
        state.notify_topic("vcard", NoticeKind::Info, msg, None);
    };
    el(
        "form",
        vec![
            tx(
                "p",
                format!(
                    "{} contacts in the file. Tick the ones to add.",
                    p.contacts.len()
                ),
            ),
            el("ul", rows)
                .at("class", "record-list")
                .at("aria-label", "Contacts in the file"),
            if warnings.is_empty() {
                el("div", vec![])
            } else {
                el(
                    "div",
                    vec![
                        tx("h4", "What could not be read in full"),
                        el("ul", warnings).at("aria-label", "What could not be read in full"),
                    ],
                )
            },
            error_line(),
            el(
                "div",
                vec![
                    submit("Import the ticked contacts"),
                    button("button quiet", "Cancel", move |_| preview.set(None)),
                ],
            )
            .at("class", "record-actions"),
        ],
    )
    .at("class", "stack")
    .at("aria-label", "Contacts to import")
    .on("submit", import)
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
        let Some(file) = chosen_file(ev) else {
            return;
        };
        let chosen = match Form::of(ev).text("import-mode").as_str() {
            "replace" => ImportMode::Replace,
            _ => ImportMode::Merge,
        };
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
