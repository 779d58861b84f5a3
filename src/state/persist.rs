//! Autosave and cross-tab sync: the bridge between the collection signals
//! and the store.
//!
//! - A change marks the keys it touched ([`touched`]); a moment later (or
//!   at once when the page is hidden) [`flush`] encodes and writes just
//!   those keys. A key that could not be written (full storage) stays
//!   marked and is written with the next save.
//! - The storage meter is the sum of the sizes of what is stored, kept up
//!   to date from what is written and what other tabs write, so no save
//!   reads the rest of localStorage.
//! - A `storage` event from another tab merges that key's records into
//!   ours by id; a key is written back only when the merged text differs
//!   from what that tab stored. Records are encoded in one canonical order,
//!   so two tabs holding the same records store the same text and settle.

use super::{vault, AppState, Held, NoticeAction, NoticeKind};
use crate::model::record::merge_into;
use crate::model::Data;
use crate::store::layout::{
    self, classify, for_collection, KeyKind, Meta, Month, Writes, META, PENDING,
};
use crate::store::load::{self, quarantine_key, LoadError};
use crate::store::{browser, SCHEMA_VERSION};
use leptos::leptos_dom::helpers::TimeoutHandle;
use leptos::prelude::*;
use std::cell::RefCell;
use std::collections::{BTreeSet, HashMap};
use std::time::Duration;

/// How long typing may pause before a save.
const DEBOUNCE: Duration = Duration::from_millis(250);

#[derive(Default)]
struct Persister {
    /// Keys changed in memory and not yet written.
    dirty: BTreeSet<String>,
    timer: Option<TimeoutHandle>,
    /// Code units each `tend:` key takes as stored, key and value together.
    sizes: HashMap<String, usize>,
    /// Code units of every other key of this origin, counted at start.
    others: usize,
    meta: Option<Meta>,
    /// `meta` changed (a new epoch) but could not be written yet.
    meta_unsaved: bool,
}

thread_local! {
    static P: RefCell<Persister> = RefCell::new(Persister::default());
}

pub fn start(state: AppState) {
    if !browser::available() {
        // Tend still works, in memory: nothing is saved, and the person is
        // told before typing anything worth keeping.
        state.writable.set(false);
        state.notify_topic(
            "storage",
            NoticeKind::Error,
            "This browser does not let Tend save anything here (storage is turned off, or this is \
             a private window that allows none). You can use Tend, but nothing is kept when this \
             tab closes: export a backup from Settings to keep what you enter.",
            Some(NoticeAction::ExportBackup),
        );
        return;
    }
    load_all(state);
    let _ = window_event_listener(leptos::ev::storage, move |ev| match ev.key() {
        Some(key) if vault::is_open() => vault::storage_event(state, key, ev.new_value()),
        // Locked: nothing is loaded, so only a change of the lock matters.
        Some(key) if state.locked.get_untracked() => {
            if key == META {
                on_meta(state, ev.new_value());
            }
        }
        key => on_storage_event(state, key, ev.new_value()),
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

fn units(key: &str, value: &str) -> usize {
    layout::code_units(key) + layout::code_units(value)
}

fn refresh_used(state: AppState) {
    let used = P.with(|p| {
        let p = p.borrow();
        p.others + p.sizes.values().sum::<usize>()
    });
    state.used.set(used);
}

/// Writes `value` under `key` and keeps the meter right.
fn set(key: &str, value: &str) -> Result<(), browser::WriteError> {
    browser::set(key, value)?;
    P.with(|p| {
        p.borrow_mut()
            .sizes
            .insert(key.to_string(), units(key, value))
    });
    Ok(())
}

fn remove(key: &str) {
    browser::remove(key);
    P.with(|p| p.borrow_mut().sizes.remove(key));
}

/// Writes a key that holds no records (the draft, the automatic backup),
/// keeping the storage meter right. While a passphrase lock is open the
/// write is encrypted first, so its failure is reported when it happens.
pub fn set_aside(state: AppState, key: &str, value: &str) -> Result<(), browser::WriteError> {
    if vault::is_open() {
        vault::write(
            state,
            Writes::from([(key.to_string(), Some(value.to_string()))]),
        );
        return Ok(());
    }
    let r = set(key, value);
    refresh_used(state);
    r
}

pub fn remove_aside(state: AppState, key: &str) {
    if vault::is_open() {
        vault::write(state, Writes::from([(key.to_string(), None)]));
        return;
    }
    remove(key);
    refresh_used(state);
}

/// The text of a key set aside that the app reads back (the draft).
pub fn read_aside(key: &str) -> Option<String> {
    if vault::is_open() {
        vault::aside(key)
    } else {
        browser::get(key)
    }
}

/// Writes one key (or removes it, for `None`), encrypted when a lock is
/// open; whole by itself, so it needs no journal.
fn write_one(state: AppState, key: &str, value: Option<&str>) -> Result<(), browser::WriteError> {
    if vault::is_open() {
        let write = (key.to_string(), value.map(str::to_string));
        vault::write(state, Writes::from([write]));
        return Ok(());
    }
    match value {
        Some(v) => set(key, v),
        None => {
            remove(key);
            Ok(())
        }
    }
}

/// Writes `writes` (see [`commit`]), encrypted first when a lock is open.
fn write_all(state: AppState, writes: Writes) {
    if vault::is_open() {
        vault::write(state, writes);
    } else {
        commit_and_report(state, &writes);
    }
}

pub(super) fn commit_and_report(state: AppState, writes: &Writes) {
    let failed = commit(writes);
    report(state, failed);
}

/// Every `tend:` key stored.
pub(super) fn stored_keys() -> Vec<String> {
    P.with(|p| p.borrow().sizes.keys().cloned().collect())
}

/// Records (or removes) the passphrase lock in `tend:meta`.
pub(super) fn set_lock_record(
    lock: Option<crate::store::sealed::Lock>,
) -> Result<(), browser::WriteError> {
    let meta = P.with(|p| {
        let mut p = p.borrow_mut();
        let meta = p.meta.get_or_insert(Meta {
            schema: SCHEMA_VERSION,
            epoch: 0,
            lock: None,
        });
        meta.lock = lock;
        meta.clone()
    });
    write_meta(&meta)
}

/// (Re)reads everything from storage and replaces the in-memory data. With
/// a passphrase lock, nothing is read until it is opened.
fn load_all(state: AppState) {
    let origin = browser::read_origin();
    let lock = origin
        .ours
        .get(META)
        .and_then(|m| serde_json::from_str::<Meta>(m).ok())
        .and_then(|m| m.lock);
    if lock.is_some() {
        if vault::is_open() {
            vault::reload(state);
        } else {
            measure(&origin);
            P.with(|p| {
                p.borrow_mut().meta = origin
                    .ours
                    .get(META)
                    .and_then(|m| serde_json::from_str(m).ok())
            });
            state.writable.set(false);
            state.locked.set(true);
            refresh_used(state);
        }
        return;
    }
    apply_origin(state, &origin, &origin.ours);
}

/// Takes the sizes of what is stored, for the meter.
fn measure(origin: &browser::Origin) {
    P.with(|p| {
        let mut p = p.borrow_mut();
        p.sizes = origin
            .ours
            .iter()
            .map(|(k, v)| (k.clone(), units(k, v)))
            .collect();
        p.others = origin.others_units;
        p.dirty.clear();
    });
}

/// Loads `plain` (the text of every `tend:` key of `origin`, decrypted when
/// a lock is open) into the app, and makes the writes that loading asks for.
pub(super) fn apply_origin(
    state: AppState,
    origin: &browser::Origin,
    plain: &std::collections::BTreeMap<String, String>,
) {
    measure(origin);
    match load::load(plain, current_month(state)) {
        Err(e @ LoadError::TooNew { .. }) => {
            state.writable.set(false);
            state.notify_topic(
                "schema",
                NoticeKind::Error,
                e.to_string(),
                Some(NoticeAction::Reload),
            );
        }
        Ok(loaded) => {
            for q in &loaded.quarantined {
                quarantine(state, q);
            }
            // Each write whole by itself, without a journal: loading again
            // makes the same ones, and a journal of a whole migration would
            // need as much room again.
            let mut failed = false;
            for (k, v) in &loaded.sets {
                failed |= write_one(state, k, Some(v)).is_err();
            }
            for k in &loaded.removes {
                let _ = write_one(state, k, None);
            }
            if loaded.finishes_pending && !failed {
                let _ = write_one(state, PENDING, None);
            }
            let meta = Meta {
                schema: SCHEMA_VERSION,
                epoch: loaded.meta.as_ref().map_or(0, |m| m.epoch),
                lock: loaded.meta.as_ref().and_then(|m| m.lock.clone()),
            };
            if loaded.meta.as_ref() != Some(&meta) {
                failed |= write_meta(&meta).is_err();
            }
            if failed {
                report_quota(state);
            }
            P.with(|p| p.borrow_mut().meta = Some(meta));
            state.writable.set(true);
            state.set_all(loaded.data);
        }
    }
    refresh_used(state);
}

/// Moves an unreadable key aside (never deleting it) and tells the person.
fn quarantine(state: AppState, q: &load::Quarantined) {
    let aside = quarantine_key(&q.key, browser::has);
    let moved = write_one(state, &aside, Some(&q.raw)).is_ok();
    if moved {
        let _ = write_one(state, &q.key, None);
    }
    // If even the copy could not be written (storage full), the original
    // stays where it is; it is not a data key we will overwrite until the
    // person has had the chance to download it.
    let kept_at = if moved { aside } else { q.key.clone() };
    let what = match classify(&q.key) {
        KeyKind::Data(c, month) => c.describe(month),
        KeyKind::Meta => "the version record".to_string(),
        _ if q.key == PENDING => "a save that was interrupted".to_string(),
        _ => q.key.clone(),
    };
    state.notify(
        NoticeKind::Error,
        format!(
            "Some saved data could not be read ({what}: {}). It has been set aside, not deleted, \
             and everything else loaded. You can download it to keep or inspect.",
            q.reason
        ),
        Some(NoticeAction::DownloadQuarantined(kept_at)),
    );
}

fn write_meta(meta: &Meta) -> Result<(), browser::WriteError> {
    let text = serde_json::to_string(meta).unwrap_or_default();
    set(META, &text)
}

/// The text of the current `tend:meta`.
fn meta_text() -> String {
    P.with(|p| serde_json::to_string(&p.borrow().meta).unwrap_or_default())
}

/// Marks `key` changed in memory: it is written with the next save.
pub fn touched(state: AppState, key: String) {
    P.with(|p| p.borrow_mut().dirty.insert(key));
    schedule(state);
}

fn schedule(state: AppState) {
    let handle = set_timeout_with_handle(move || flush(state), DEBOUNCE).ok();
    if let Some(old) = P.with(|p| std::mem::replace(&mut p.borrow_mut().timer, handle)) {
        old.clear();
    }
}

/// Writes every changed key now. On a full quota the in-memory data is
/// kept as it is, the failed keys stay marked, and the person is told.
pub fn flush(state: AppState) {
    if let Some(t) = P.with(|p| p.borrow_mut().timer.take()) {
        t.clear();
    }
    if !state.writable.get_untracked() {
        return;
    }
    let (keys, meta_unsaved) = P.with(|p| {
        let mut p = p.borrow_mut();
        (std::mem::take(&mut p.dirty), p.meta_unsaved)
    });
    if keys.is_empty() && !meta_unsaved {
        return;
    }
    let mut writes = Writes::new();
    for key in keys {
        if let KeyKind::Data(c, month) = classify(&key) {
            let text = for_collection!(c, T => stored_text::<T>(state, month));
            writes.insert(key, text);
        }
    }
    if meta_unsaved {
        writes.insert(META.to_string(), Some(meta_text()));
    }
    write_all(state, writes);
}

/// Makes `writes` (key → new text, or `None` to remove). More than one
/// write is first kept whole under `PENDING`, so that a save interrupted
/// half-way (the tab killed, storage full) is finished at the next start
/// rather than leaving half of it (see `load::load`). Returns the writes
/// that failed; when even the journal cannot be written, that is all of
/// them and nothing was changed.
fn commit(writes: &Writes) -> Vec<(String, browser::WriteError)> {
    let journal_left = P.with(|p| p.borrow().sizes.contains_key(PENDING));
    if writes.len() > 1 {
        if let Err(e) = set(PENDING, &layout::pending_to_json(writes)) {
            return writes.keys().map(|k| (k.clone(), e.clone())).collect();
        }
    }
    let mut failed = Vec::new();
    for (key, value) in writes {
        match value {
            Some(text) => {
                if let Err(e) = set(key, text) {
                    failed.push((key.clone(), e));
                }
            }
            None => remove(key),
        }
    }
    if failed.is_empty() && (writes.len() > 1 || journal_left) {
        remove(PENDING);
    }
    failed
}

/// Keeps what could not be written marked for the next save, and tells the
/// person why (or clears an earlier warning once everything is saved).
fn report(state: AppState, failed: Vec<(String, browser::WriteError)>) {
    let mut quota_hit = false;
    let mut refused = None;
    for (key, e) in failed {
        P.with(|p| {
            let mut p = p.borrow_mut();
            if key == META {
                p.meta_unsaved = true;
            } else {
                p.dirty.insert(key);
            }
        });
        match e {
            browser::WriteError::Quota => quota_hit = true,
            browser::WriteError::Refused(why) => refused = Some(why),
        }
    }
    if quota_hit {
        report_quota(state);
    } else if let Some(why) = refused {
        state.notify_topic(
            "save",
            NoticeKind::Error,
            format!(
                "Your browser refused to save ({why}). Your changes are kept while this tab stays \
                 open; export a backup to keep them safe."
            ),
            Some(NoticeAction::ExportBackup),
        );
    } else {
        state.clear_topic("save");
    }
    refresh_used(state);
}

/// What the key of `T`'s records of `month` should hold now, in its stored
/// form; `None` when nothing is left under it (the key is removed).
fn stored_text<T: Held>(state: AppState, month: Option<Month>) -> Option<String> {
    T::signal(&state)
        .with_untracked(|list| layout::encode_key(list, month))
        .map(|text| layout::stored_form(month, current_month(state), text))
}

fn report_quota(state: AppState) {
    state.notify_topic(
        "save",
        NoticeKind::Error,
        "Your browser's storage for Tend is full, so the latest changes could not be saved. \
         Nothing is lost while this tab stays open: export a backup now, then free space \
         (for example by clearing other sites' data) and Tend will save again.",
        Some(NoticeAction::ExportBackup),
    );
}

/// Another tab changed storage (its value decrypted, with a lock open).
pub(super) fn on_storage_event(state: AppState, key: Option<String>, new_value: Option<String>) {
    let Some(key) = key else {
        // The whole storage was cleared elsewhere.
        load_all(state);
        return;
    };
    if key.starts_with(layout::PREFIX) {
        P.with(|p| {
            let mut p = p.borrow_mut();
            match &new_value {
                Some(v) => p.sizes.insert(key.clone(), units(&key, v)),
                None => p.sizes.remove(&key),
            };
        });
        refresh_used(state);
    }
    match classify(&key) {
        KeyKind::Meta => on_meta(state, new_value),
        KeyKind::Data(c, month) => {
            for_collection!(c, T => merge_remote::<T>(state, &key, month, new_value.as_deref()))
        }
        _ => {}
    }
}

fn on_meta(state: AppState, new_value: Option<String>) {
    let meta = new_value.and_then(|v| serde_json::from_str::<Meta>(&v).ok());
    let ours = P.with(|p| p.borrow().meta.clone());
    match meta {
        Some(m) if m.schema > SCHEMA_VERSION => {
            state.writable.set(false);
            state.notify_topic(
                "schema",
                NoticeKind::Error,
                "Tend was updated in another tab. Reload this tab to keep working; until then \
                 nothing here is saved, so nothing there is overwritten.",
                Some(NoticeAction::Reload),
            );
        }
        // The lock was set, changed or removed in another tab: start again
        // from what is stored now (the unlock screen, or the data).
        Some(m) if ours.as_ref().is_some_and(|o| o.lock != m.lock) => {
            let _ = location().reload();
        }
        // Everything was replaced (erase or import) in another tab: adopt
        // its data rather than merging ours back in.
        Some(m) if ours.as_ref().is_some_and(|o| o.epoch != m.epoch) => load_all(state),
        _ => {}
    }
}

/// Merges the records another tab stored under `key` into ours, then
/// writes back every key whose text should now differ from what is stored
/// (ours had records theirs lacked, or a record moved to another month).
fn merge_remote<T: Held>(state: AppState, key: &str, month: Option<Month>, theirs: Option<&str>) {
    // A key is removed only when its records moved to another month (their
    // new key brings them) or everything was replaced (the epoch says so):
    // either way there is nothing to merge. Records of ours not yet saved
    // there are still marked and get written.
    let Some(text) = theirs else { return };
    // Not ours to judge: the next load quarantines it if it stays broken.
    let Ok(incoming) = layout::decode::<T>(text) else {
        return;
    };
    let signal = T::signal(&state);
    let mut affected = merge_records(state, incoming);
    affected.insert(month);
    // Compared as text, not as stored form: two tabs that disagree on
    // which month is current (one open across midnight) store the same
    // records packed and plain, and must not take turns rewriting them.
    let plain = |stored: Option<String>| {
        stored.and_then(|s| {
            crate::store::packed::expand(&s)
                .ok()
                .map(|t| t.into_owned())
        })
    };
    for m in affected {
        let k = layout::key_of(T::COLLECTION, m);
        let ours = signal.with_untracked(|list| layout::encode_key(list, m));
        let stored = if k == key {
            plain(Some(text.to_string()))
        } else {
            plain(browser::get(&k))
        };
        if ours != stored {
            touched(state, k);
        }
    }
}

/// Merges `incoming` into the collection by id and returns the months (or
/// `None` for an unsharded collection) whose records changed.
fn merge_records<T: Held>(state: AppState, incoming: Vec<T>) -> BTreeSet<Option<Month>> {
    super::clock::observe(crate::model::record::latest_stamp(&incoming));
    let signal = T::signal(&state);
    let mut affected = BTreeSet::new();
    let changed = signal
        .try_update_untracked(|list| {
            let changes = merge_into(list, incoming);
            for (before, i) in &changes {
                if let Some(b) = before {
                    affected.insert(b.month());
                }
                affected.insert(list[*i].month());
            }
            !changes.is_empty()
        })
        .unwrap_or(false);
    if changed {
        signal.notify();
    }
    affected
}

/// Merges a whole backup into the data, record by record, and saves at
/// once the keys whose records changed.
pub fn merge_all(state: AppState, mut incoming: Data) {
    fn merge_one<T: Held>(state: AppState, incoming: &mut Data) {
        let records = std::mem::take(T::list_mut(incoming));
        for m in merge_records::<T>(state, records) {
            touched(state, layout::key_of(T::COLLECTION, m));
        }
    }
    for c in layout::Collection::ALL {
        for_collection!(c, T => merge_one::<T>(state, &mut incoming));
    }
    flush(state);
}

/// Replaces all data at once (erase, import-replace): the new data is in
/// memory at once; storage gets the new data, loses every old data key, and
/// the epoch is raised so other tabs reload. A full quota is reported and the
/// unsaved keys stay marked like any other failed save.
pub fn replace_all(state: AppState, data: Data) {
    let mut writes: Writes = layout::encode_stored(&data, current_month(state))
        .into_iter()
        .map(|(k, v)| (k, Some(v)))
        .collect();
    P.with(|p| {
        let mut p = p.borrow_mut();
        for old in p.sizes.keys().filter(|k| layout::is_data_key(k)) {
            writes.entry(old.clone()).or_insert(None);
        }
        p.dirty.clear();
        let epoch = p.meta.as_ref().map_or(0, |m| m.epoch) + 1;
        let lock = p.meta.as_ref().and_then(|m| m.lock.clone());
        p.meta = Some(Meta {
            schema: SCHEMA_VERSION,
            epoch,
            lock,
        });
        p.meta_unsaved = false;
    });
    writes.insert(META.to_string(), Some(meta_text()));
    state.set_all(data);
    write_all(state, writes);
}

/// Removes every `tend:` key, quarantined data and the automatic backup
/// included, and starts afresh.
pub fn erase_everything(state: AppState) {
    let asides: Writes = stored_keys()
        .into_iter()
        .filter(|k| k != META && !layout::is_data_key(k))
        .map(|k| (k, None))
        .collect();
    write_all(state, asides);
    replace_all(state, Data::default());
}
