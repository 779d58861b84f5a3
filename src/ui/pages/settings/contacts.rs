//! Bringing people in from a contacts file (.vcf): choose it, then tick who
//! to add. Names already in People are flagged and left unticked; what
//! could not be read is listed; a file that is not a vCard imports nothing
//! and says where it went wrong.

use crate::formats::vcard::{self, Contact};
use crate::model::order::set_of;
use crate::state::{clock, files, practice, use_app, NoticeKind, Topic};
use crate::ui::components::form::{ErrorLine, FileButton, Submit};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// A read file waiting for the person to choose whom to import.
#[derive(Clone)]
struct Preview {
    contacts: Vec<Contact>,
    /// Whether each contact's name is already in People (or earlier in the file).
    dup: Vec<bool>,
    warnings: Vec<String>,
}

#[component]
pub fn Contacts() -> impl IntoView {
    let state = use_app();
    let preview = RwSignal::new(None::<Preview>);
    let on_file = Callback::new(move |file: web_sys::File| {
        spawn_local(async move {
            let bytes = match files::read_bytes(&file).await {
                Ok(b) => b,
                Err(e) => {
                    state.fail(Topic::Vcard, &e);
                    return;
                }
            };
            match vcard::read_with(&bytes, &files::decode_charset) {
                Ok(import) => {
                    let dup = state
                        .people
                        .with_untracked(|p| vcard::duplicates(&import.contacts, p));
                    let warnings = import.warnings.iter().map(|w| w.to_string()).collect();
                    preview.set(Some(Preview {
                        contacts: import.contacts,
                        dup,
                        warnings,
                    }));
                }
                Err(e) => {
                    state.fail(Topic::Vcard, &e);
                }
            }
        });
    });
    view! {
        {move || match preview.get() {
            None => view! {
                <FileButton id="vcf-file" label="Choose a contacts file (.vcf)" accept=".vcf,text/vcard,text/x-vcard" on_file/>
            }
            .into_any(),
            Some(p) => view! { <Checklist preview=p on_done=Callback::new(move |()| preview.set(None))/> }.into_any(),
        }}
    }
}

/// The contacts of a file as a checklist, then "Import the ticked contacts".
#[component]
fn Checklist(
    /// What the file held.
    preview: Preview,
    /// Runs when the list closes (imported or cancelled).
    on_done: Callback<()>,
) -> impl IntoView {
    let state = use_app();
    let Preview {
        contacts,
        dup,
        warnings,
    } = preview;
    // Ticked contacts, by their place in the file (the file does not change
    // while the list is open, and a place outside it is ignored).
    let ticked = RwSignal::new(set_of(
        dup.iter().enumerate().filter(|(_, d)| !**d).map(|(i, _)| i),
    ));
    let error = RwSignal::new(String::new());
    let rows = contacts
        .iter()
        .zip(&dup)
        .enumerate()
        .map(|(i, (c, dup))| {
            let mut text = c.name.clone();
            if let Some(b) = c.birthday {
                text = format!("{text} · birthday {}", clock::yearly_date(b));
            }
            view! {
                <li class="record">
                    <label>
                        <input
                            type="checkbox"
                            prop:checked=move || ticked.with(|t| t.contains(&i))
                            on:change:target=move |ev| {
                                let on = ev.target().checked();
                                ticked.update(|t| {
                                    if on {
                                        t.insert(i);
                                    } else {
                                        t.remove(&i);
                                    }
                                })
                            }
                        />
                        " "
                        {text}
                    </label>
                    {dup.then(|| view! { <span class="hint">"Already in People"</span> })}
                </li>
            }
        })
        .collect_view();
    let count = contacts.len();
    let import = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let picked: Vec<Contact> =
            ticked.with_untracked(|t| t.iter().filter_map(|i| contacts.get(*i).cloned()).collect());
        if picked.is_empty() {
            error.set("Tick at least one person to import, or choose Cancel.".into());
            return;
        }
        let n = practice::import_contacts(state, picked);
        on_done.run(());
        let msg = match n {
            1 => "Added 1 person to People.".to_string(),
            n => format!("Added {n} people to People."),
        };
        state.notify_topic(Topic::Vcard, NoticeKind::Info, msg, None);
    };
    let warnings = (!warnings.is_empty()).then(|| {
        view! {
            <div>
                <h4>"What could not be read in full"</h4>
                <ul aria-label="What could not be read in full">
                    {warnings.into_iter().map(|w| view! { <li>{w}</li> }).collect_view()}
                </ul>
            </div>
        }
    });
    view! {
        <form class="stack" aria-label="Contacts to import" on:submit=import>
            <p>{format!("{count} contacts in the file. Tick the ones to add.")}</p>
            <ul class="record-list choices" aria-label="Contacts in the file">{rows}</ul>
            {warnings}
            <ErrorLine error/>
            <div class="record-actions">
                <Submit label="Import the ticked contacts"/>
                <button type="button" class="button quiet" on:click=move |_| on_done.run(())>"Cancel"</button>
            </div>
        </form>
    }
}
