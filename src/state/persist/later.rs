//! The older months of the two logs that grow for years, the journal and
//! the contact log: read at start but decoded later
//! (`store::load::load_deferring`), in idle time after Today is shown, a few
//! months at a time, or at once when something needs them whole
//! ([`whole`]). Until then `journal` holds this month's and last month's
//! entries, and `interactions` the months back to each person's last
//! contact, which is all Today reads.
//!
//! What reads or changes the logs beyond those months asks for them whole
//! first: the Journal screens (and the review's contact counts), a person's
//! log, the reach-out kit's glance, a finished challenge's reflection,
//! exports and backups (`AppState::snapshot`), merging another tab's month
//! or a backup, a save of a month still waiting (an entry or a contact
//! dated back into it), so that no save ever writes a month without the
//! records it already held, and setting or changing the lock (a month left
//! in storage must be read before it is sealed).

use super::{load::quarantine, AppState};
use crate::device::idle::when_idle;
use crate::model::order;
use crate::model::Data;
use crate::store::browser;
use crate::store::layout::{classify, Collection, KeyKind};
use crate::store::load::{decode_later, Quarantined};
use leptos::prelude::*;
use std::collections::BTreeMap;

/// How long one idle slice decodes before giving the thread back, so a tap
/// in those first seconds never waits long.
const SLICE_MS: f64 = 6.0;

/// What start-up left to decode (owned by `AppState`).
#[derive(Default)]
pub struct Later {
    /// Keys not decoded yet, with their (opened) text, or `None` when it
    /// was left in storage (`browser::read_origin_but`), to read then.
    waiting: BTreeMap<String, Option<String>>,
    /// What has been decoded of them, not yet in the signal: it goes in
    /// all at once, so what reads the journal runs again once, not per month.
    decoded: Data,
    /// The keys that could not be read, to set aside.
    unreadable: Vec<Quarantined>,
}

/// Keeps `keys` (left by `load_deferring`) and `unread` (left in storage)
/// to decode in idle time.
pub(super) fn hold(state: AppState, keys: BTreeMap<String, String>, unread: Vec<String>) {
    let any = !keys.is_empty() || !unread.is_empty();
    let waiting = order::map_of(
        keys.into_iter()
            .map(|(k, v)| (k, Some(v)))
            .chain(unread.into_iter().map(|k| (k, None))),
    );
    state.later.set_value(Later {
        waiting,
        ..Later::default()
    });
    if any {
        when_idle(move || slice(state));
    }
}

/// Drops what is waiting: the data it belonged to was replaced.
pub(crate) fn forget(state: AppState) {
    let _ = state.later.try_set_value(Later::default());
}

/// Whether `key` is still waiting to be decoded.
pub(super) fn is_waiting(state: AppState, key: &str) -> bool {
    state
        .later
        .try_with_value(|l| l.waiting.contains_key(key))
        .unwrap_or(false)
}

/// Whether any older month is still waiting (so a log has more records
/// than its signal holds).
pub fn any_waiting(state: AppState) -> bool {
    state
        .later
        .try_with_value(|l| {
            !l.waiting.is_empty()
                || !l.decoded.journal.is_empty()
                || !l.decoded.interactions.is_empty()
        })
        .unwrap_or(false)
}

/// Whether a month of the journal is still waiting (so it has more entries
/// than `journal` holds).
pub fn journal_waiting(state: AppState) -> bool {
    state
        .later
        .try_with_value(|l| {
            l.waiting
                .keys()
                .any(|k| in_collection(k, Collection::Journal))
                || !l.decoded.journal.is_empty()
        })
        .unwrap_or(false)
}

/// Whether `key` holds records of collection `c`.
fn in_collection(key: &str, c: Collection) -> bool {
    matches!(classify(key), KeyKind::Data(d, _) if d == c)
}

/// Decodes waiting months for a few milliseconds, then again at the next
/// idle time until none is left.
fn slice(state: AppState) {
    let start = now_ms();
    let left = state
        .later
        .try_update_value(|l| decode_while(l, || now_ms() - start < SLICE_MS));
    match left {
        Some(true) => when_idle(move || slice(state)),
        Some(false) => finish(state),
        None => {}
    }
}

/// Puts every journal entry in `journal` and every contact in
/// `interactions` now (a no-op once they are).
pub fn whole(state: AppState) {
    if any_waiting(state) {
        let _ = state.later.try_update_value(|l| decode_while(l, || true));
        finish(state);
    }
}

/// Decodes waiting keys, oldest first, while `go` says so (at least one);
/// whether any is left.
fn decode_while(later: &mut Later, go: impl Fn() -> bool) -> bool {
    while let Some((key, text)) = later.waiting.pop_first() {
        // Read now when it was left in storage: what is there is current
        // (this tab's saves and other tabs' changes to a waiting month
        // decode it first), and gone only when everything was replaced,
        // which forgets what waits.
        let Some(raw) = text.or_else(|| browser::get(&key)) else {
            continue;
        };
        if let Some(q) = decode_later(&mut later.decoded, &key, &raw) {
            later.unreadable.push(q);
        }
        if !go() {
            break;
        }
    }
    !later.waiting.is_empty()
}

/// Adds what was decoded to `journal` and `interactions`, ahead of the
/// months read at start (so each list is in the order a whole load gives),
/// and sets aside what could not be read.
fn finish(state: AppState) {
    let Some(later) = state.later.try_update_value(std::mem::take) else {
        return;
    };
    let Later {
        decoded,
        unreadable,
        ..
    } = later;
    super::super::clock::observe(decoded.latest_stamp());
    let unreadable_in = |c| unreadable.iter().any(|q| in_collection(&q.key, c));
    // Notified even when every month was unreadable: what waited for the
    // whole journal (`AppState::journal_is_whole`) reads it again.
    if !decoded.journal.is_empty() || unreadable_in(Collection::Journal) {
        prepend(state.journal, decoded.journal);
    }
    if !decoded.interactions.is_empty() {
        prepend(state.interactions, decoded.interactions);
    }
    for q in &unreadable {
        quarantine(state, q);
    }
}

/// Puts `older` ahead of what `list` holds.
fn prepend<T: Send + Sync + 'static>(list: RwSignal<Vec<T>>, mut older: Vec<T>) {
    list.update(|list| {
        // At the size it needs: years of contacts are megabytes.
        older.reserve_exact(list.len());
        older.append(list);
        *list = older;
    });
}

fn now_ms() -> f64 {
    js_sys::Date::now()
}
