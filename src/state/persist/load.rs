//! Loading what is stored into the signals: the loader (`store::load`)
//! decides, and this applies its decisions: the data, the writes that
//! finish a migration or an unfinished save, the keys set aside.
//!
//! Under a passphrase lock nothing is read until it is opened: the start
//! shows the unlock screen, and once a key is given the values are opened
//! by the writer and loaded like plain ones.

use super::{current_month, AppState, NoticeAction, NoticeKind, Topic};
use crate::state::split::split_fn;
use crate::store::layout::{classify, KeyKind, Meta, Writes, META, PENDING};
use crate::store::load::{self, quarantine_key, LoadError, Migrate};
use crate::store::migrate::V1_JOURNAL;
use crate::store::{browser, SCHEMA_VERSION};
use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;
use std::collections::{BTreeMap, VecDeque};
use std::sync::OnceLock;

split_fn! {
    migrations;
    /// The migrations ([`load::MIGRATE`]): a chunk of its own, as only data
    /// saved by an earlier version of Tend needs them, once.
    fn migrations() -> Result<Migrate, SplitLoaderError> {
        Ok(load::MIGRATE)
    }
}

/// The migrations, once their code is here.
static MIGRATIONS: OnceLock<Migrate> = OnceLock::new();

/// Whether what is stored was saved by an earlier version of Tend (read
/// before anything else, so the start can fetch the migrations first).
pub fn needs_migrating() -> bool {
    let tells = crate::model::order::map_of(
        [META, V1_JOURNAL]
            .into_iter()
            .filter_map(|k| browser::get(k).map(|v| (k.to_string(), v))),
    );
    load::needs_migrating(&tells)
}

/// Fetches the migrations' code; `false` when it did not arrive.
pub async fn fetch_migrations() -> bool {
    match migrations().await {
        Ok(migrate) => {
            let _ = MIGRATIONS.set(migrate);
            true
        }
        Err(_) => false,
    }
}

/// The version record stored in `origin`, if readable.
fn stored_meta(origin: &browser::Origin) -> Option<Meta> {
    origin
        .ours
        .get(META)
        .and_then(|m| serde_json::from_str(m).ok())
}

/// The first load: the data, or the unlock screen when a lock is set.
///
/// The journal's older months that are stored packed are not even read
/// into wasm (see `later`), where the loader allows it
/// (`load::may_leave_unread`).
pub(super) fn start(state: AppState) {
    let current = current_month(state);
    let origin = browser::read_origin_but(|k| load::is_deferred(k, current));
    state.writer.measure(&origin);
    let meta = stored_meta(&origin);
    let browser::Origin {
        ours: mut plain,
        mut unread,
        ..
    } = origin;
    match meta {
        Some(meta) if meta.lock.is_some() => {
            state.writer.adopt_meta(meta);
            state.writable.set(false);
            state.locked.set(true);
        }
        _ => {
            if !load::may_leave_unread(&plain) {
                for key in unread.drain(..) {
                    if let Some(text) = browser::get(&key) {
                        plain.insert(key, text);
                    }
                }
            }
            apply(state, &plain, unread);
        }
    }
}

/// (Re)reads everything from storage and replaces the in-memory data
/// (another tab replaced or cleared it): at once when nothing is sealed,
/// a moment later when values must be opened first.
pub fn load_all(state: AppState) {
    if state.locked.get_untracked() {
        return;
    }
    let origin = browser::read_origin();
    state.writer.measure(&origin);
    if stored_meta(&origin).is_some_and(|m| m.lock.is_some()) {
        leptos::task::spawn_local(reload(state));
    } else {
        apply(state, &origin.ours, Vec::new());
    }
}

/// Reads everything, opening what is sealed with the key the writer holds,
/// and loads it.
pub async fn reload(state: AppState) {
    let origin = browser::read_origin();
    state.writer.measure(&origin);
    let plain = state.writer.open_all(&origin.ours).await;
    apply(state, &plain, Vec::new());
}

/// Loads `plain` (the text of every `tend:` key, opened, but those
/// `unread`, journal months left in storage) into the app, and makes the
/// writes that loading asks for.
fn apply(state: AppState, plain: &BTreeMap<String, String>, unread: Vec<String>) {
    let migrate = MIGRATIONS.get().copied();
    let loaded = match load::load_deferring(plain, current_month(state), migrate) {
        Err(LoadError::NeedsMigrating { .. }) => {
            // Not fetched before the start (another tab brought older data,
            // or it arrived under a lock): fetched now, then loaded again.
            refuse(state);
            let plain = plain.clone();
            leptos::task::spawn_local(async move {
                if fetch_migrations().await {
                    apply(state, &plain, unread);
                } else {
                    not_migrated(state);
                }
            });
            return;
        }
        Err(e @ LoadError::TooNew { .. }) => {
            refuse(state);
            state.notify_topic(
                Topic::Schema,
                NoticeKind::Error,
                e.to_string(),
                Some(NoticeAction::Reload),
            );
            return;
        }
        Ok(loaded) => loaded,
    };
    for q in &loaded.quarantined {
        quarantine(state, q);
    }
    let meta = Meta {
        schema: SCHEMA_VERSION,
        epoch: loaded.meta.as_ref().map_or(0, |m| m.epoch),
        lock: loaded.meta.as_ref().and_then(|m| m.lock.clone()),
    };
    if loaded.meta.as_ref() == Some(&meta) {
        state.writer.adopt_meta(meta);
    } else {
        state.writer.write_with_meta(Writes::new(), meta, move |o| {
            if !o.is_complete() {
                super::touched(state, META.to_string());
            }
        });
    }
    // Each write whole by itself, without a journal: loading again makes
    // the same ones, and a journal of a whole migration would need as much
    // room again. An unfinished save's journal goes once all are made.
    let writes: VecDeque<(String, Option<String>)> = loaded
        .sets
        .iter()
        .map(|(k, v)| (k.clone(), Some(v.clone())))
        .chain(loaded.removes.iter().map(|k| (k.clone(), None)))
        .collect();
    let finishes = loaded.finishes_pending;
    write_each(state, writes, false, move |failed| {
        if failed {
            super::tell_unsaved(state, &crate::store::commit::WriteError::Quota);
        } else if finishes {
            state
                .writer
                .write(Writes::from([(PENDING.to_string(), None)]), |_| ());
        }
    });
    if let Some(draft) = plain.get(crate::store::layout::DRAFT) {
        state.saves.update_value(|s| {
            s.asides
                .insert(crate::store::layout::DRAFT.into(), draft.clone());
        });
    }
    state.writable.set(true);
    state.refused.set(false);
    state.set_all(loaded.data);
    super::later::hold(state, loaded.later, unread);
}

/// Refuses the stored data: none of it is shown (`AppState::refused`) and
/// nothing is written over it (`AppState::writable`) until a load succeeds.
fn refuse(state: AppState) {
    state.writable.set(false);
    state.refused.set(true);
}

/// The migrations did not download: nothing is read or written (so nothing
/// stored is changed), and the person is told how to go on.
fn not_migrated(state: AppState) {
    state.notify_topic(
        Topic::Schema,
        NoticeKind::Error,
        "Your data was saved by an earlier version of Tend and needs updating, and the part of \
         Tend that updates it did not download. Nothing has been changed. Check the connection \
         and reload the page.",
        Some(NoticeAction::Reload),
    );
}

/// Makes each write of `writes` in turn, each whole by itself, then tells
/// `then` whether any failed.
fn write_each(
    state: AppState,
    mut writes: VecDeque<(String, Option<String>)>,
    failed: bool,
    then: impl FnOnce(bool) + 'static,
) {
    match writes.pop_front() {
        None => then(failed),
        Some((key, value)) => state.writer.write(Writes::from([(key, value)]), move |o| {
            write_each(state, writes, failed || !o.is_complete(), then)
        }),
    }
}

/// Moves an unreadable key aside (never deleting it) and tells the person.
pub(super) fn quarantine(state: AppState, q: &load::Quarantined) {
    let aside = quarantine_key(&q.key, |k| state.writer.has(k));
    let original = q.key.clone();
    let what = match classify(&q.key) {
        KeyKind::Data(c, month) => c.describe(month),
        KeyKind::Meta => "the version record".to_string(),
        _ if q.key == PENDING => "a save that was interrupted".to_string(),
        _ => q.key.clone(),
    };
    let text = format!(
        "Some saved data could not be read ({what}: {}). It has been set aside, not deleted, and \
         everything else loaded. You can download it to keep or inspect.",
        q.reason
    );
    let copy = Writes::from([(aside.clone(), Some(q.raw.clone()))]);
    state.writer.write(copy, move |o| {
        // If even the copy could not be written (storage full), the
        // original stays where it is: it is not a data key we will
        // overwrite until the person has had the chance to download it.
        let kept_at = if o.is_complete() {
            // Then whatever is in memory under that key is saved again:
            // records added there since (an entry dated into a month whose
            // reading failed only later, in idle time) whose save came
            // before this removal.
            let again = original.clone();
            state
                .writer
                .write(Writes::from([(original, None)]), move |_| {
                    if matches!(classify(&again), KeyKind::Data(..)) {
                        super::touched(state, again);
                    }
                });
            aside
        } else {
            original
        };
        state.notify(
            NoticeKind::Error,
            text,
            Some(NoticeAction::DownloadQuarantined(kept_at)),
        );
    });
}
