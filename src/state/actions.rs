//! The changes a person can make. Each takes the state, changes the data in
//! one update (autosave follows), and reports problems as readable errors.

use super::{clock, files, persist, AppState, NoticeAction, NoticeKind};
use crate::formats::{backup, markdown};
use crate::model::assessment::{CheckupKind, CheckupRecord};
use crate::model::cadence::Snooze;
use crate::model::journal::EntryInput;
use crate::model::people::{clean_name, Channel};
use crate::model::{CustomPrompt, Interaction, JournalEntry, Person, Record, Stamp};
use crate::store::{browser, layout};
use chrono::NaiveDate;
use leptos::prelude::*;

/// A new record's stamp: a fresh id, created now.
pub(super) fn stamp() -> Stamp {
    Stamp::new(clock::new_id(), clock::now())
}

/// Applies `f` to the live record with `id` and marks it changed.
fn edit<T: Record>(list: &mut [T], id: &str, f: impl FnOnce(&mut T)) {
    if let Some(r) = list
        .iter_mut()
        .find(|r| r.stamp().id == id && !r.stamp().deleted)
    {
        f(r);
        r.stamp_mut().touch(clock::now());
    }
}

pub fn add_person(state: AppState, name: &str) -> Result<(), String> {
    let name = clean_name(name).ok_or("Please enter a name.")?;
    state
        .data
        .update(|d| d.people.push(Person::new(stamp(), name)));
    Ok(())
}

pub fn rename_person(state: AppState, id: &str, name: &str) -> Result<(), String> {
    let name = clean_name(name).ok_or("A name cannot be empty.")?;
    state
        .data
        .update(|d| edit(&mut d.people, id, |p| p.name = name));
    Ok(())
}

/// Saves every field of an edited person (found by id). The name must not
/// be empty; the id and creation time stay as they were.
pub fn update_person(state: AppState, edited: Person) -> Result<(), String> {
    let name = clean_name(&edited.name).ok_or("A name cannot be empty.")?;
    state.data.update(|d| {
        edit(&mut d.people, &edited.stamp.id.clone(), |p| {
            *p = Person {
                stamp: p.stamp.clone(),
                name,
                ..edited
            }
        })
    });
    Ok(())
}

/// Logs a contact with a person on `day`. Their last contact follows from
/// the log (see `model::interaction::last_contact`).
pub fn log_interaction(state: AppState, person: &str, kind: Channel, day: NaiveDate, note: &str) {
    state.data.update(|d| {
        d.interactions.push(Interaction {
            stamp: stamp(),
            person: person.to_string(),
            kind,
            day,
            note: note.trim().to_string(),
        })
    });
}

/// Scores and keeps a finished check-up taken today. Unanswered questions
/// are refused with a message, never counted.
pub fn save_checkup(
    state: AppState,
    kind: CheckupKind,
    answers: Vec<Option<u8>>,
) -> Result<(), String> {
    let (record, _) = CheckupRecord::completed(stamp(), clock::today(), kind, answers)
        .map_err(|e| e.to_string())?;
    state.data.update(|d| d.checkups.push(record));
    Ok(())
}

/// Sets a person's check-in aside for `days` days. One snooze per person:
/// its id is the person's, so a later snooze (here or in another tab)
/// replaces it when merged.
pub fn snooze(state: AppState, person: &str, days: u64) {
    let until = clock::today() + chrono::Days::new(days);
    state.data.update(
        |d| match d.snoozes.iter_mut().find(|s| s.stamp.id == person) {
            Some(s) => {
                s.until = until;
                s.stamp.deleted = false;
                s.stamp.touch(clock::now());
            }
            None => d.snoozes.push(Snooze {
                stamp: Stamp::new(person.to_string(), clock::now()),
                person: person.to_string(),
                until,
            }),
        },
    );
}

pub fn delete_person(state: AppState, id: &str) {
    state
        .data
        .update(|d| edit(&mut d.people, id, |p| p.stamp.deleted = true));
}

pub fn add_entry(state: AppState, day: NaiveDate, text: &str) -> Result<(), String> {
    save_entry(
        state,
        None,
        EntryInput {
            day,
            text: text.to_string(),
            ..EntryInput::default()
        },
    )
}

/// Saves a new entry (`id` None) or the changes to an existing one.
pub fn save_entry(state: AppState, id: Option<&str>, input: EntryInput) -> Result<(), String> {
    let mut result = Ok(());
    state.data.update(|d| match id {
        None => match JournalEntry::create(stamp(), input) {
            Ok(e) => d.journal.push(e),
            Err(e) => result = Err(e.to_string()),
        },
        Some(id) => {
            if let Some(e) = d
                .journal
                .iter_mut()
                .find(|e| e.stamp.id == id && !e.stamp.deleted)
            {
                result = e.update(input, clock::now()).map_err(|e| e.to_string());
            }
        }
    });
    result
}

/// Deletes an entry, offering to undo it.
pub fn delete_entry(state: AppState, id: &str) {
    state
        .data
        .update(|d| edit(&mut d.journal, id, |e| e.stamp.deleted = true));
    state.notify(
        NoticeKind::Info,
        "Entry deleted.",
        Some(NoticeAction::RestoreEntry(id.to_string())),
    );
}

/// Brings back a deleted entry. Its newer `updated_at` carries the undo to
/// other tabs like any edit.
pub fn restore_entry(state: AppState, id: &str) {
    state.data.update(|d| {
        if let Some(e) = d.journal.iter_mut().find(|e| e.stamp.id == id) {
            e.stamp.deleted = false;
            e.stamp.touch(clock::now());
        }
    });
}

pub fn add_prompt(state: AppState, text: &str) -> Result<(), String> {
    let text = text.trim();
    if text.is_empty() {
        return Err("Write the prompt first.".to_string());
    }
    state.data.update(|d| {
        d.prompts.push(CustomPrompt {
            stamp: stamp(),
            text: text.to_string(),
        })
    });
    Ok(())
}

pub fn delete_prompt(state: AppState, id: &str) {
    state
        .data
        .update(|d| edit(&mut d.prompts, id, |p| p.stamp.deleted = true));
}

/// Downloads the journal as one Markdown file.
pub fn export_journal(state: AppState) {
    let text = state
        .data
        .with_untracked(|d| markdown::journal_markdown(&d.journal, &d.people));
    let name = format!("tend-journal-{}.md", clock::today());
    match files::download(&name, "text/markdown", &text) {
        Ok(()) => state.notify(NoticeKind::Info, format!("Journal saved as {name}."), None),
        Err(e) => state.notify(NoticeKind::Error, e, None),
    }
}

pub fn export_backup(state: AppState) {
    let text = state
        .data
        .with_untracked(|d| backup::export(d, clock::now()));
    let name = backup::file_name(clock::today());
    match files::download(&name, "application/json", &text) {
        Ok(()) => state.notify(NoticeKind::Info, format!("Backup saved as {name}."), None),
        Err(e) => state.notify(NoticeKind::Error, e, None),
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportMode {
    /// Add the backup's records; where both have one, the newer edit wins.
    Merge,
    /// Make the backup the whole of Tend's data (after keeping a copy).
    Replace,
}

/// Imports a backup file's text. Nothing changes unless the whole file is
/// valid. Returns the confirmation to show.
pub fn import_backup(state: AppState, text: &str, mode: ImportMode) -> Result<String, String> {
    let incoming = backup::parse(text).map_err(|e| e.to_string())?;
    if !state.writable.get_untracked() {
        return Err(
            "Tend cannot save right now (see the message above), so nothing was imported.".into(),
        );
    }
    let count = incoming.live_count();
    match mode {
        ImportMode::Merge => {
            let merged = state.data.with_untracked(|d| d.merge(&incoming));
            state.data.set(merged);
            persist::flush(state);
            Ok(format!(
                "Merged {count} records from the backup into your data."
            ))
        }
        ImportMode::Replace => {
            let current = state
                .data
                .with_untracked(|d| backup::export(d, clock::now()));
            browser::set(layout::AUTO_BACKUP, &current).map_err(|_| {
                "There is not enough storage to keep a copy of your current data before \
                 replacing it, so nothing was changed. Export a backup first, or choose Merge."
                    .to_string()
            })?;
            persist::replace_all(state, incoming);
            Ok(format!(
                "Replaced your data with the backup's {count} records. Your previous data is kept \
                 as an automatic backup in Settings."
            ))
        }
    }
}

/// Whether an automatic backup (from the last replace) is stored.
pub fn has_auto_backup() -> bool {
    browser::get(layout::AUTO_BACKUP).is_some()
}

pub fn download_auto_backup(state: AppState) {
    download_raw(state, layout::AUTO_BACKUP, "tend-automatic-backup.json");
}

/// Offers the raw text kept under a quarantine key as a download.
pub fn download_quarantined(state: AppState, key: &str) {
    let name = format!("{}.txt", key.replace(':', "-"));
    download_raw(state, key, &name);
}

fn download_raw(state: AppState, key: &str, name: &str) {
    match browser::get(key) {
        Some(text) => {
            if let Err(e) = files::download(name, "text/plain", &text) {
                state.notify(NoticeKind::Error, e, None);
            }
        }
        None => state.notify(NoticeKind::Error, "That data is no longer stored.", None),
    }
}

pub fn erase_everything(state: AppState) {
    persist::erase_everything(state);
    state.notices.set(Vec::new());
    state.notify(
        NoticeKind::Info,
        "Everything was erased. Tend is empty.",
        None,
    );
}
