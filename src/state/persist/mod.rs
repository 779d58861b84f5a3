//! Autosave: the bridge between the collection signals and the writer.
//!
//! - A change marks the keys it touched ([`touched`]); a moment later (or
//!   at once when the page is hidden) [`flush`] hands the writer just those
//!   keys, each encoded as its records stand now (`store::marks`). What
//!   could not be written stays marked and goes with the next save.
//! - `load` reads what is stored into the signals (migrating, finishing an
//!   unfinished save, setting unreadable keys aside); `later` decodes the
//!   older months of the journal and the contact log after Today is shown;
//!   `sync` merges what other tabs store; `replace` merges or replaces
//!   everything at once (an import, erasing); `aside` keeps what is not
//!   records (the draft, the automatic backup).
//!
//! Nothing here writes to storage or knows whether values are sealed: the
//! writer does both.

mod aside;
pub(crate) mod later;
mod load;
mod replace;
mod sync;

pub use aside::{read_aside, remove_aside, set_aside};
pub(crate) use later::Later;
pub use load::{fetch_migrations, load_all, needs_migrating, reload};
pub use replace::{erase_everything, merge_all, replace_all};

use super::{AppState, Held, NoticeAction, NoticeKind, Topic};
use crate::store::browser;
use crate::store::commit::{Outcome, WriteError};
use crate::store::layout::{self, for_collection, Month};
use crate::store::marks::{self, Marks};
use leptos::leptos_dom::helpers::TimeoutHandle;
use leptos::prelude::*;
use std::collections::HashMap;
use std::time::Duration;

/// How long typing may pause before a save.
const DEBOUNCE: Duration = Duration::from_millis(250);

/// What autosave keeps between saves (owned by `AppState`).
#[derive(Default)]
pub struct Saves {
    marks: Marks,
    timer: Option<TimeoutHandle>,
    /// The plain text of values set aside that the app reads back (the
    /// draft): what is stored may be sealed.
    asides: HashMap<String, String>,
}

pub fn start(state: AppState) {
    if !browser::available() {
        // Tend still works, in memory: nothing is saved, and the person is
        // told before typing anything worth keeping.
        state.writable.set(false);
        state.notify_topic(
            Topic::Storage,
            NoticeKind::Error,
            "This browser does not let Tend save anything here (storage is turned off, or this is \
             a private window that allows none). You can use Tend, but nothing is kept when this \
             tab closes: export a backup from Settings to keep what you enter.",
            Some(NoticeAction::ExportBackup),
        );
        return;
    }
    load::start(state);
    let _ = window_event_listener(leptos::ev::storage, move |ev| {
        sync::on_storage_event(state, ev.key(), ev.new_value())
    });
    // Save at once when the page is hidden or closed, rather than after the
    // debounce, so a quick close loses nothing.
    let _ = window_event_listener(leptos::ev::pagehide, move |_| flush(state));
    let _ = window_event_listener(leptos::ev::visibilitychange, move |_| {
        if document().visibility_state() == web_sys::VisibilityState::Hidden {
            flush(state);
        }
    });
}

/// The month whose keys stay plain; earlier ones are stored packed.
fn current_month(state: AppState) -> Month {
    Month::of(state.today.get_untracked())
}

/// Marks `key` changed in memory: it is written with the next save.
pub fn touched(state: AppState, key: String) {
    state.saves.update_value(|s| s.marks.mark(key));
    schedule(state);
}

fn schedule(state: AppState) {
    let handle = set_timeout_with_handle(move || flush(state), DEBOUNCE).ok();
    let old = state
        .saves
        .try_update_value(|s| std::mem::replace(&mut s.timer, handle))
        .flatten();
    if let Some(old) = old {
        old.clear();
    }
}

/// Writes every changed key now. On a full quota the in-memory data is
/// kept as it is, the failed keys stay marked, and the person is told.
pub fn flush(state: AppState) {
    if let Some(t) = state.saves.try_update_value(|s| s.timer.take()).flatten() {
        t.clear();
    }
    // Nothing is written once the state is gone (Tend is closing).
    if !state.writable.try_get_untracked().unwrap_or(false) {
        return;
    }
    let Some((keys, meta)) = state.saves.try_update_value(|s| s.marks.take()) else {
        return;
    };
    if keys.is_empty() && !meta {
        return;
    }
    // A month still waiting to be decoded must be, or saving it would
    // drop the entries it holds.
    if keys.iter().any(|k| later::is_waiting(state, k)) {
        later::whole(state);
    }
    let writes = marks::plan(
        &keys,
        |c, month| for_collection!(c, T => stored_text::<T>(state, month)),
    );
    let mut names: Vec<String> = writes.keys().cloned().collect();
    if meta {
        names.push(layout::META.to_string());
        let current = state.writer.meta();
        state
            .writer
            .write_with_meta(writes, current, move |o| report(state, &names, o));
    } else {
        state
            .writer
            .write(writes, move |o| report(state, &names, o));
    }
}

/// What the key of `T`'s records of `month` should hold now, in its stored
/// form; `None` when nothing is left under it (the key is removed).
fn stored_text<T: Held>(state: AppState, month: Option<Month>) -> Option<String> {
    T::signal(&state)
        .with_untracked(|list| layout::encode_key(list, month))
        .map(|text| layout::stored_form(month, current_month(state), text))
}

/// After a save of `keys`: what it could not write stays marked for the
/// next one, and the person is told why (or an earlier warning is cleared
/// once everything is saved).
fn report(state: AppState, keys: &[String], outcome: Outcome) {
    let unwritten: Vec<(String, WriteError)> = match &outcome.refused {
        Some(e) => keys.iter().map(|k| (k.clone(), e.clone())).collect(),
        None => outcome.failed.clone(),
    };
    let kept = state
        .saves
        .try_update_value(|s| s.marks.keep_unwritten(&unwritten));
    if kept.is_none() {
        // Tend is closing: there is no one left to tell.
        return;
    }
    match unwritten.first().map(|(_, e)| e) {
        None => state.clear_topic(Topic::Save),
        Some(e) => tell_unsaved(state, e),
    }
}

/// Tells the person the latest changes are not saved, and why.
fn tell_unsaved(state: AppState, error: &WriteError) {
    let text = match error {
        WriteError::Quota => "Your browser's storage for Tend is full, so the latest changes \
             could not be saved. Nothing is lost while this tab stays open: export a backup now, \
             then free space (for example by clearing other sites' data) and Tend will save again."
            .to_string(),
        WriteError::NotSealed(_) => format!(
            "Tend could not encrypt your latest changes, so they are not saved yet: {error}. They \
             are kept while this tab stays open and tried again with your next change; export a \
             backup to keep them safe."
        ),
        _ => format!(
            "Your latest changes could not be saved: {error}. They are kept while this tab stays \
             open; export a backup to keep them safe."
        ),
    };
    state.notify_topic(
        Topic::Save,
        NoticeKind::Error,
        text,
        Some(NoticeAction::ExportBackup),
    );
}
