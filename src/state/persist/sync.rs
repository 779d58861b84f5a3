//! Other tabs: a `storage` event for a key of records merges that key's
//! records into ours by id (`store::sync`), and writes back what ours has
//! that theirs lacked. Values are opened by the writer first, in order with
//! this tab's own writes (under a lock they are sealed).

use super::{load, touched, AppState, Held, NoticeAction, NoticeKind, Topic};
use crate::store::layout::{classify, for_collection, Collection, KeyKind, Meta, Month, PREFIX};
use crate::store::{browser, sync, SCHEMA_VERSION};
use leptos::prelude::*;

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
                if let Some(text) = plain {
                    // Merged by id, their entries must meet ours whole: an
                    // entry moved out of a month still waiting would come
                    // back twice.
                    if c == Collection::Journal {
                        super::later::whole(state);
                    }
                    for_collection!(c, T => merge_remote::<T>(state, &name, month, &text))
                }
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
