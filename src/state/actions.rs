//! The changes a person can make to their people, contacts, check-ups and
//! journal, and moving their data in and out. Each change goes through
//! `AppState::add`, `change` or `remove` (autosave follows) and reports
//! problems as typed errors whose messages the person can act on.

use super::error::{ActionError, ExportError, ImportError};
use super::split::split_fn;
use super::{clock, files, keep, persist, AppState, NoticeAction, NoticeKind, Topic};
use crate::formats::{backup, markdown};
use crate::model::assessment::{CheckupKind, CheckupRecord};
use crate::model::cadence::Snooze;
use crate::model::journal::EntryInput;
use crate::model::people::{clean_name, Channel};
use crate::model::{CustomPrompt, Data, Interaction, JournalEntry, Person, Stamp};
use crate::store::{layout, packed};
use chrono::NaiveDate;
use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;

/// A new record's stamp: a fresh id, created now.
pub(super) fn stamp() -> Stamp {
    Stamp::new(clock::new_id(), clock::now())
}

pub fn add_person(state: AppState, name: &str) -> Result<(), ActionError> {
    let name = clean_name(name).ok_or(ActionError::NoName)?;
    state.add(Person::new(stamp(), name));
    Ok(())
}

/// Saves every field of an edited person (found by id). The name must not
/// be empty; the id and creation time stay as they were.
pub fn update_person(state: AppState, edited: Person) -> Result<(), ActionError> {
    let name = clean_name(&edited.name).ok_or(ActionError::NoName)?;
    let id = edited.stamp.id.clone();
    state.change::<Person, ActionError>(&id, |p| {
        *p = Person {
            stamp: p.stamp.clone(),
            name,
            ..edited
        };
        Ok(())
    })
}

pub fn delete_person(state: AppState, id: &str) {
    state.remove::<Person>(id);
}

/// Logs a contact with a person on `day`. Their last contact follows from
/// the log (see `model::interaction::last_contact`).
pub fn log_interaction(state: AppState, person: &str, kind: Channel, day: NaiveDate, note: &str) {
    state.add(Interaction {
        stamp: stamp(),
        person: person.to_string(),
        kind,
        day,
        note: note.trim().to_string(),
    });
}

/// Scores and keeps a finished check-up taken today. Unanswered questions
/// are refused with a message, never counted.
pub fn save_checkup(
    state: AppState,
    kind: CheckupKind,
    answers: Vec<Option<u8>>,
) -> Result<(), ActionError> {
    let (record, _) = CheckupRecord::completed(stamp(), clock::today(), kind, answers)?;
    state.add(record);
    Ok(())
}

/// Sets a person's check-in aside for `days` days. One snooze per person:
/// its id is the person's, so a later snooze (here or in another tab)
/// replaces it when merged.
pub fn snooze(state: AppState, person: &str, days: u64) {
    state.put(Snooze {
        stamp: Stamp::new(person.to_string(), clock::now()),
        person: person.to_string(),
        until: clock::today() + chrono::Days::new(days),
    });
}

/// Saves a new entry (`id` None) or the changes to an existing one.
pub fn save_entry(state: AppState, id: Option<&str>, input: EntryInput) -> Result<(), ActionError> {
    match id {
        None => {
            let entry = JournalEntry::create(stamp(), input)?;
            state.add(entry);
            Ok(())
        }
        Some(id) => state.change::<JournalEntry, _>(id, |e| e.update(input, clock::now())),
    }
}

/// Adds a plain entry for `day` (Today's one line).
pub fn add_entry(state: AppState, day: NaiveDate, text: &str) -> Result<(), ActionError> {
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

/// Keeps `other`, another version of an entry being edited, beside it as
/// a conflict copy (the person chose to keep both).
pub fn keep_copy(state: AppState, other: &JournalEntry) -> Result<(), ActionError> {
    let mut copy = crate::model::record::keep_as_copy(other.clone());
    copy.stamp.touch(clock::now());
    if state
        .journal
        .with_untracked(|j| j.iter().any(|e| e.stamp.id == copy.stamp.id))
    {
        return Ok(());
    }
    state.add(copy);
    Ok(())
}

/// Deletes an entry, offering to undo it.
pub fn delete_entry(state: AppState, id: &str) {
    state.remove::<JournalEntry>(id);
    state.notify(
        NoticeKind::Info,
        "Entry deleted.",
        Some(NoticeAction::RestoreEntry(id.to_string())),
    );
}

pub fn restore_entry(state: AppState, id: &str) {
    state.restore::<JournalEntry>(id);
}

pub fn add_prompt(state: AppState, text: &str) -> Result<(), ActionError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(ActionError::EmptyPrompt);
    }
    state.add(CustomPrompt {
        stamp: stamp(),
        text: text.to_string(),
    });
    Ok(())
}

pub fn delete_prompt(state: AppState, id: &str) {
    state.remove::<CustomPrompt>(id);
}

/// Whether there is data to export: not while the stored data is refused,
/// when the lists in memory are empty but the person's data is not.
pub(super) fn exportable(state: AppState) -> Result<(), ExportError> {
    if state.refused.get_untracked() {
        return Err(ExportError::Refused);
    }
    Ok(())
}

/// [`exportable`], saying why not when not: once, however often the person
/// tries.
pub(super) fn may_export(state: AppState) -> bool {
    let Err(e) = exportable(state) else {
        return true;
    };
    state.notify_topic(Topic::Export, NoticeKind::Error, e.to_string(), None);
    false
}

/// Downloads the journal as one Markdown file.
pub fn export_journal(state: AppState) {
    if !may_export(state) {
        return;
    }
    state.whole_logs();
    let text = state.journal.with_untracked(|j| {
        state
            .people
            .with_untracked(|p| markdown::journal_markdown(j, p))
    });
    let name = format!("tend-journal-{}.md", clock::today());
    match files::download(&name, "text/markdown", &text) {
        Ok(()) => state.notify(NoticeKind::Info, format!("Journal saved as {name}."), None),
        Err(e) => state.notify(NoticeKind::Error, e.to_string(), None),
    };
}

split_fn! {
    backups;
    /// Everything as a backup file: its name and text. A chunk of its own,
    /// as only a download needs the backup format's code (Settings, and the
    /// reminders on Today and in notices, which call [`export_backup`]).
    fn backup_file(state: AppState) -> Result<(String, String), SplitLoaderError> {
        Ok((
            backup::file_name(clock::today()),
            backup::export(&state.snapshot(), clock::now()),
        ))
    }
}

/// Downloads everything as one backup file, and notes when (for Settings'
/// "Last backup" and Today's reminder).
pub fn export_backup(state: AppState) {
    if !may_export(state) {
        return;
    }
    leptos::task::spawn_local(async move {
        let Ok((name, text)) = backup_file(state).await else {
            state.notify(
                NoticeKind::Error,
                "No backup was made: its part of Tend did not download. Check the connection \
                 and try again.",
                None,
            );
            return;
        };
        match files::download(&name, "application/json", &text) {
            Ok(()) => {
                keep::backed_up(state);
                state.notify(NoticeKind::Info, format!("Backup saved as {name}."), None)
            }
            Err(e) => state.notify(NoticeKind::Error, e.to_string(), None),
        };
    });
}

/// Downloads everything as an encrypted backup locked with `passphrase`
/// (typed twice); returns the file's name.
pub async fn export_sealed_backup(
    state: AppState,
    passphrase: &str,
    again: &str,
) -> Result<String, ExportError> {
    exportable(state)?;
    crate::formats::sealed::check_new_passphrase(passphrase, again)?;
    let text = backup::export(&state.snapshot(), clock::now());
    let file = super::crypto::seal_backup(&text, passphrase).await?;
    let name = crate::formats::sealed::file_name(clock::today());
    files::download(&name, "application/json", &file)?;
    keep::backed_up(state);
    Ok(name)
}

/// What an import does with the backup's records.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ImportMode {
    /// Add the backup's records; where both have one, the newer edit wins.
    #[default]
    Merge,
    /// Make the backup the whole of Tend's data (after keeping a copy).
    Replace,
}

impl ImportMode {
    /// The mode's value in the import form.
    pub fn code(self) -> &'static str {
        match self {
            ImportMode::Merge => "merge",
            ImportMode::Replace => "replace",
        }
    }

    /// The mode a form value names; anything else is a merge, which loses
    /// nothing.
    pub fn from_code(code: &str) -> ImportMode {
        match code {
            "replace" => ImportMode::Replace,
            _ => ImportMode::Merge,
        }
    }
}

/// How an import ended.
#[derive(Clone, Debug, PartialEq)]
pub enum Imported {
    /// Done; the confirmation to show.
    Done(String),
    /// A replace that found no room to keep a copy of the current data
    /// first: nothing has changed yet. The person can download their data
    /// and then replace without a copy ([`replace_without_copy`]).
    NoRoomForCopy(Data),
}

/// Imports a backup file's text. Nothing changes unless the whole file is
/// valid, and a replace changes nothing unless it can be saved.
pub async fn import_backup(
    state: AppState,
    text: &str,
    mode: ImportMode,
) -> Result<Imported, ImportError> {
    let incoming = backup::parse(text)?;
    if !state.writable.get_untracked() {
        return Err(ImportError::NotWritable);
    }
    let count = incoming.live_count();
    match mode {
        ImportMode::Merge => {
            persist::merge_all(state, incoming);
            Ok(Imported::Done(format!(
                "Merged {count} records from the backup into your data."
            )))
        }
        ImportMode::Replace => {
            // Packed: a copy of everything would otherwise double the
            // storage used, and fail exactly when there is the most to keep.
            let current = packed::pack(&backup::export(&state.snapshot(), clock::now()));
            let (tx, rx) = futures_channel::oneshot::channel();
            persist::set_aside(state, layout::AUTO_BACKUP, &current, move |o| {
                let _ = tx.send(o.is_complete());
            });
            if !rx.await.unwrap_or(false) {
                return Ok(Imported::NoRoomForCopy(incoming));
            }
            replace(state, incoming).await?;
            Ok(Imported::Done(format!(
                "Replaced your data with the backup's {count} records. Your previous data is kept \
                 as an automatic backup in Settings, where you can download or remove it."
            )))
        }
    }
}

/// Replaces everything with `incoming`, once that can be saved.
async fn replace(state: AppState, incoming: Data) -> Result<(), ImportError> {
    let (tx, rx) = futures_channel::oneshot::channel();
    persist::replace_all(state, incoming, move |r| {
        let _ = tx.send(r);
    });
    match rx.await {
        Ok(Ok(())) => Ok(()),
        Ok(Err(e)) => Err(ImportError::NoRoom(e)),
        Err(_) => Err(ImportError::NotWritable),
    }
}

/// Replaces everything with `incoming` when no copy could be kept (the
/// person was told, and offered a download first).
pub async fn replace_without_copy(state: AppState, incoming: Data) -> Result<String, ImportError> {
    let count = incoming.live_count();
    replace(state, incoming).await?;
    Ok(format!(
        "Replaced your data with the backup's {count} records."
    ))
}

/// Whether an automatic backup (from the last replace) is stored.
pub fn has_auto_backup(state: AppState) -> bool {
    state.writer.has(layout::AUTO_BACKUP)
}

pub fn download_auto_backup(state: AppState) {
    download_raw(state, layout::AUTO_BACKUP, "tend-automatic-backup.json");
}

/// Removes the automatic backup, freeing the space it takes.
pub fn remove_auto_backup(state: AppState) {
    persist::remove_aside(state, layout::AUTO_BACKUP);
    state.notify(NoticeKind::Info, "The automatic backup was removed.", None);
}

/// Offers the raw text kept under a quarantine key as a download.
pub fn download_quarantined(state: AppState, key: &str) {
    let name = format!("{}.txt", key.replace(':', "-"));
    download_raw(state, key, &name);
}

fn download_raw(state: AppState, key: &str, name: &str) {
    let (key, name) = (key.to_string(), name.to_string());
    // Offered as what it holds: decrypted (with a lock open) and expanded.
    leptos::task::spawn_local(async move {
        match state.writer.read(&key).await {
            Some(text) => {
                if let Err(e) = files::download(&name, "text/plain", &text) {
                    state.notify(NoticeKind::Error, e.to_string(), None);
                }
            }
            None => {
                state.notify(NoticeKind::Error, "That data is no longer stored.", None);
            }
        }
    });
}

pub fn erase_everything(state: AppState) {
    persist::erase_everything(state, move |r| match r {
        Ok(()) => {
            state.notices.set(Vec::new());
            state.notify(
                NoticeKind::Info,
                "Everything was erased. Tend is empty.",
                None,
            );
        }
        Err(e) => {
            state.fail(
                Topic::Save,
                &format!("Nothing was erased: {e}. Try again, or reload Tend."),
            );
        }
    });
}
