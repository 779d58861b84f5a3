//! Autosave and cross-tab sync: the bridge between `AppState::data` and the
//! store. Writes are debounced and touch only keys whose text changed; a
//! `storage` event from another tab merges that tab's records into ours.

use super::{AppState, NoticeAction, NoticeKind};
use crate::model::collections::VecMap;
use crate::model::Data;
use crate::store::layout::{self, Meta, META};
use crate::store::load::{self, quarantine_key, LoadError};
use crate::store::{browser, SCHEMA_VERSION};
use leptos::leptos_dom::helpers::TimeoutHandle;
use leptos::prelude::*;
use std::cell::RefCell;
use std::time::Duration;

/// How long typing may pause before a save.
const DEBOUNCE: Duration = Duration::from_millis(250);

#[derive(Default)]
struct Persister {
    /// What storage holds for each data key, as far as this tab knows.
    snapshot: VecMap<String, String>,
    meta: Option<Meta>,
    timer: Option<TimeoutHandle>,
    /// Set while a change from another tab is being applied, so applying it
    /// does not schedule a save of its own.
    applying_remote: bool,
}

thread_local! {
    static P: RefCell<Persister> = RefCell::new(Persister::default());
}

pub fn start(state: AppState) {
    load_all(state);

    // Any change to the data schedules a save. The first run only subscribes.
    Effect::new(move |prev: Option<()>| {
        state.data.track();
        let remote = P.with(|p| p.borrow().applying_remote);
        if prev.is_some() && !remote {
            schedule(state);
        }
    });

    let _ = window_event_listener(leptos::ev::storage, move |ev| {
        on_storage_event(state, ev.key(), ev.new_value());
    });
    // Save at once when the page is hidden or closed, rather than after the
    // debounce, so a quick close loses nothing.
    let _ = window_event_listener(leptos::ev::pagehide, move |_| flush(state));
    let _ = window_event_listener(leptos::ev::visibilitychange, move |_| {
        let hidden = document().visibility_state() == web_sys::VisibilityState::Hidden;
        if hidden {
            flush(state);
        }
    });
}

/// (Re)reads everything from storage and replaces the in-memory data.
fn load_all(state: AppState) {
    let stored = browser::read_all();
    match load::load(&stored) {
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
            let mut failed = false;
            for (k, v) in &loaded.sets {
                failed |= browser::set(k, v).is_err();
            }
            for k in &loaded.removes {
                browser::remove(k);
            }
            let meta = Meta {
                schema: SCHEMA_VERSION,
                epoch: loaded.meta.as_ref().map_or(0, |m| m.epoch),
            };
            if loaded.meta.as_ref() != Some(&meta) {
                failed |= write_meta(&meta).is_err();
            }
            if failed {
                report_quota(state);
            }
            P.with(|p| {
                let mut p = p.borrow_mut();
                p.snapshot = loaded.snapshot;
                p.meta = Some(meta);
            });
            state.writable.set(true);
            state.data.set(loaded.data);
        }
    }
    state.used.set(browser::used_code_units());
}

/// Moves an unreadable key aside (never deleting it) and tells the person.
fn quarantine(state: AppState, q: &load::Quarantined) {
    let aside = quarantine_key(&q.key, |k| browser::get(k).is_some());
    let moved = browser::set(&aside, &q.raw).is_ok();
    if moved {
        browser::remove(&q.key);
    }
    // If even the copy could not be written (storage full), the original
    // stays where it is; it is not a data key we will overwrite until the
    // person has had the chance to download it.
    let kept_at = if moved { aside } else { q.key.clone() };
    state.notify(
        NoticeKind::Error,
        format!(
            "Some saved data could not be read ({}: {}). It has been set aside, not deleted, and \
             everything else loaded. You can download it to keep or inspect.",
            describe_key(&q.key),
            q.reason
        ),
        Some(NoticeAction::DownloadQuarantined(kept_at)),
    );
}

fn describe_key(key: &str) -> String {
    match layout::classify(key) {
        layout::KeyKind::People => "your people list".to_string(),
        layout::KeyKind::JournalMonth(m) => format!("journal entries for {m}"),
        layout::KeyKind::Meta => "the version record".to_string(),
        layout::KeyKind::Checkups => "your check-up history".to_string(),
        layout::KeyKind::Prompts => "your own journal prompts".to_string(),
        layout::KeyKind::Snoozes => "the check-ins you snoozed".to_string(),
        layout::KeyKind::Challenges => "your challenges".to_string(),
        layout::KeyKind::Rituals => "your rituals".to_string(),
        layout::KeyKind::Reconnects => "your reconnect plans".to_string(),
        layout::KeyKind::Milestones => "your milestones".to_string(),
        layout::KeyKind::Gifts => "your gift ideas".to_string(),
        layout::KeyKind::InteractionsMonth(m) => format!("contacts you logged in {m}"),
        _ => key.to_string(),
    }
}

fn write_meta(meta: &Meta) -> Result<(), browser::WriteError> {
    let text = serde_json::to_string(meta).unwrap_or_default();
    browser::set(META, &text)
}

fn schedule(state: AppState) {
    P.with(|p| {
        if let Some(t) = p.borrow_mut().timer.take() {
            t.clear();
        }
    });
    let handle = set_timeout_with_handle(move || flush(state), DEBOUNCE).ok();
    P.with(|p| p.borrow_mut().timer = handle);
}

/// Writes every changed key now. On a full quota the in-memory data is
/// kept as it is, the failed keys stay pending, and the person is told.
pub fn flush(state: AppState) {
    P.with(|p| {
        if let Some(t) = p.borrow_mut().timer.take() {
            t.clear();
        }
    });
    if !state.writable.get_untracked() {
        return;
    }
    let wanted = state.data.with_untracked(layout::encode);
    let (sets, removes) = P.with(|p| layout::diff(&p.borrow().snapshot, &wanted));
    if sets.is_empty() && removes.is_empty() {
        return;
    }
    let mut quota_hit = false;
    let mut refused = None;
    for key in removes {
        browser::remove(&key);
        P.with(|p| p.borrow_mut().snapshot.remove(&key));
    }
    for (key, value) in sets {
        match browser::set(&key, &value) {
            Ok(()) => {
                P.with(|p| p.borrow_mut().snapshot.insert(key, value));
            }
            Err(browser::WriteError::Quota) => quota_hit = true,
            Err(browser::WriteError::Refused(why)) => refused = Some(why),
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
    state.used.set(browser::used_code_units());
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

/// Another tab changed storage.
fn on_storage_event(state: AppState, key: Option<String>, new_value: Option<String>) {
    let Some(key) = key else {
        // The whole storage was cleared elsewhere.
        reload_from_storage(state);
        return;
    };
    if key == META {
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
            Some(m) if ours.as_ref().is_some_and(|o| o.epoch != m.epoch) => {
                // Everything was replaced (erase or import) in another tab:
                // adopt its data rather than merging ours back in.
                reload_from_storage(state);
            }
            _ => {}
        }
        return;
    }
    if !layout::is_data_key(&key) {
        return;
    }
    P.with(|p| {
        let mut p = p.borrow_mut();
        match &new_value {
            Some(v) => p.snapshot.insert(key.clone(), v.clone()),
            None => p.snapshot.remove(&key),
        };
    });
    let Some(text) = new_value else { return };
    let Ok(theirs) = layout::decode_key(&key, &text) else {
        return;
    };
    let merged = state.data.with_untracked(|ours| ours.merge(&theirs));
    if state.data.with_untracked(|d| *d != merged) {
        set_remote(state, merged);
    }
    // If our copy had records theirs lacks, the merged shard differs from
    // what is stored: write it back so both tabs converge.
    schedule(state);
}

fn set_remote(state: AppState, data: Data) {
    P.with(|p| p.borrow_mut().applying_remote = true);
    state.data.set(data);
    P.with(|p| p.borrow_mut().applying_remote = false);
}

fn reload_from_storage(state: AppState) {
    P.with(|p| p.borrow_mut().applying_remote = true);
    load_all(state);
    P.with(|p| p.borrow_mut().applying_remote = false);
}

/// Replaces all data at once (erase, import-replace): the new data is in
/// memory at once; storage gets the new data, loses every old data key, and
/// the epoch is raised so other tabs reload. A full quota is reported and the
/// unsaved keys stay pending like any other failed save.
pub fn replace_all(state: AppState, data: Data) {
    let old_keys: Vec<String> = browser::read_all()
        .into_keys()
        .filter(|k| layout::is_data_key(k))
        .collect();
    let wanted = layout::encode(&data);
    for k in old_keys.iter().filter(|k| !wanted.contains_key(*k)) {
        browser::remove(k);
    }
    let mut snapshot = VecMap::new();
    let mut failed = false;
    for (k, v) in wanted {
        match browser::set(&k, &v) {
            Ok(()) => {
                snapshot.insert(k, v);
            }
            Err(_) => failed = true,
        }
    }
    let meta = Meta {
        schema: SCHEMA_VERSION,
        epoch: P.with(|p| p.borrow().meta.as_ref().map_or(0, |m| m.epoch)) + 1,
    };
    failed |= write_meta(&meta).is_err();
    P.with(|p| {
        let mut p = p.borrow_mut();
        p.snapshot = snapshot;
        p.meta = Some(meta);
    });
    set_remote(state, data);
    if failed {
        report_quota(state);
    }
    state.used.set(browser::used_code_units());
}

/// Removes every `tend:` key, quarantined data and the automatic backup
/// included, and starts afresh.
pub fn erase_everything(state: AppState) {
    for key in browser::read_all().into_keys() {
        if key != META {
            browser::remove(&key);
        }
    }
    replace_all(state, Data::default());
}
