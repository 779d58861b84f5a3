//! Other tabs: a `storage` event for a key of records merges that key's
//! records into ours by id (`store::sync`), and writes back what ours has
//! that theirs lacked. Values are opened by the writer first, in order with
//! this tab's own writes (under a lock they are sealed).
//!
//! The merging itself (every record type's merge by id) is a chunk of wasm
//! of its own, as only someone with Tend open in two tabs needs it: it is
//! fetched with the first change another tab makes (from the service
//! worker's cache after the first visit), and the writer waits for it, so
//! nothing this tab saves meanwhile is written over the other tab's change.

use super::{load, touched, AppState, Held, NoticeAction, NoticeKind, Topic};
use crate::state::split::split_fn;
use crate::state::writer::sleep;
use crate::store::layout::{classify, for_collection, Collection, KeyKind, Meta, Month, PREFIX};
use crate::store::{browser, sync, SCHEMA_VERSION};
use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;

/// How long to wait before fetching the merging code again after it did
/// not download.
const RETRY_MS: i32 = 2_000;

/// Another tab changed `key` to `new_value` (`key` None: it cleared all).
pub(super) fn on_storage_event(state: AppState, key: Option<String>, new_value: Option<String>) {
    let Some(key) = key else {
        load::load_all(state);
        return;
    };
    if key.starts_with(PREFIX) {
        state.writer.heard(&key, new_value.as_deref());
    }
    match classify(&key) {
        KeyKind::Meta => on_meta(state, new_value),
        // Locked: nothing is loaded, so only a change of the lock matters.
        _ if state.locked.get_untracked() => {}
        // A key is removed only when its records moved to another month
        // (their new key brings them) or everything was replaced (the epoch
        // says so): either way there is nothing to merge. Records of ours
        // not yet saved there are still marked and get written.
        KeyKind::Data(c, month) => {
            let Some(value) = new_value else { return };
            let name = key.clone();
            state.writer.open(key, value, move |plain| {
                Box::pin(async move {
                    let Some(text) = plain else { return };
                    // Merged by id, a log's records must meet ours whole: an
                    // entry or a contact moved out of a month still waiting
                    // would come back twice.
                    if c.is_sharded() {
                        super::later::whole(state);
                    }
                    merge_when_here(state, c, name, month, text).await;
                })
            });
        }
        _ => {}
    }
}

/// Another tab wrote the version record.
fn on_meta(state: AppState, new_value: Option<String>) {
    let Some(theirs) = new_value.and_then(|v| serde_json::from_str::<Meta>(&v).ok()) else {
        return;
    };
    let ours = state.writer.meta();
    let same_lock = |a: &Meta, b: &Meta| match (&a.lock, &b.lock) {
        (Some(x), Some(y)) => x.salt == y.salt && x.check == y.check,
        (None, None) => true,
        _ => false,
    };
    if theirs.schema > SCHEMA_VERSION {
        state.writable.set(false);
        state.notify_topic(
            Topic::Schema,
            NoticeKind::Error,
            "Tend was updated in another tab. Reload this tab to keep working; until then \
             nothing here is saved, so nothing there is overwritten.",
            Some(NoticeAction::Reload),
        );
    } else if !same_lock(&ours, &theirs) {
        // The lock was set, changed or removed in another tab: start again
        // from what is stored now (the unlock screen, or the data).
        let _ = location().reload();
    } else if ours.epoch != theirs.epoch {
        // Everything was replaced (erase or import) in another tab: adopt
        // its data rather than merging ours back in.
        state.writer.adopt_meta(theirs);
        load::load_all(state);
    } else {
        // Only the idle time of the lock changed: taken as it is, with
        // nothing rebuilt.
        let idle = theirs.lock.as_ref().map(|l| l.idle_minutes);
        state.writer.adopt_meta(theirs);
        if state.lock_idle.get_untracked() != idle && !state.locked.get_untracked() {
            state.lock_idle.set(idle);
        }
    }
}

/// Merges as [`merge`], fetching its code again until it arrives. Until
/// then the writer waits, so nothing here is written over their change; the
/// person is told why their changes wait.
async fn merge_when_here(
    state: AppState,
    c: Collection,
    key: String,
    month: Option<Month>,
    theirs: String,
) {
    let mut told = None;
    while merge(state, c, key.clone(), month, theirs.clone())
        .await
        .is_err()
    {
        if told.is_none() {
            told = Some(state.notify_topic(
                Topic::Save,
                NoticeKind::Error,
                "Tend is open in another tab, which changed your data, and the part of Tend that \
                 brings that change here did not download. Your changes here wait, so neither \
                 tab's are lost; Tend keeps trying. Check the connection.",
                None,
            ));
        }
        sleep(RETRY_MS).await;
    }
    if let Some(id) = told {
        state.dismiss(id);
    }
}

split_fn! {
    merges;
    /// Merges `theirs`, another tab's records of `c` under `key`, into ours:
    /// a chunk of its own (see the module's note).
    fn merge(
        state: AppState,
        c: Collection,
        key: String,
        month: Option<Month>,
        theirs: String,
    ) -> Result<(), SplitLoaderError> {
        merge_here(state, c, &key, month, &theirs);
        Ok(())
    }
}

fn merge_here(state: AppState, c: Collection, key: &str, month: Option<Month>, theirs: &str) {
    for_collection!(c, T => merge_remote::<T>(state, key, month, theirs));
}

/// Merges the records another tab stored under `key` into ours, then marks
/// every key whose text should now differ from what is stored.
fn merge_remote<T: Held>(state: AppState, key: &str, month: Option<Month>, theirs: &str) {
    let signal = T::signal(&state);
    let merged =
        signal.try_update_untracked(|list| sync::merge_key(list, key, month, theirs, browser::get));
    // Not ours to judge when unreadable: the next load sets it aside if it
    // stays broken.
    let Some(Ok(merged)) = merged else { return };
    super::super::clock::observe(merged.latest);
    if merged.changed {
        signal.notify();
    }
    for k in merged.write_back {
        touched(state, k);
    }
}
