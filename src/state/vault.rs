//! The passphrase lock (optional, off until the person sets it).
//!
//! With a lock, every stored value but `tend:meta` is encrypted (see
//! `store::sealed`): the records, the draft, the automatic backup, the
//! quarantined copies and the journal of an unfinished save. The key is
//! derived from the passphrase by the browser's Web Crypto and is never
//! extractable; it lives in memory only, here, while Tend is unlocked.
//!
//! Encryption is asynchronous, so while unlocked the writes that `persist`
//! decides are queued here, encrypted and made in order, as are the
//! `storage` events of other tabs (decrypted, then merged as usual).
//! Locking reloads the page: a fresh start holds nothing but the unlock
//! screen, so nothing readable stays in memory or in the page.

use super::{crypto, persist, AppState, NoticeKind};
use crate::formats::sealed::check_new_passphrase;
use crate::store::layout::{self, Writes, DRAFT, META, PENDING};
use crate::store::sealed::{self, Lock};
use crate::store::{browser, packed};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::cell::{Cell, RefCell};
use std::collections::{BTreeMap, HashMap, VecDeque};
use web_sys::CryptoKey;

/// What waits for the key, in the order it happened.
enum Job {
    /// Writes to encrypt and make.
    Write(Writes),
    /// Another tab's write: the key and its new (encrypted) value.
    Event(String, Option<String>),
}

thread_local! {
    static KEY: RefCell<Option<CryptoKey>> = const { RefCell::new(None) };
    static QUEUE: RefCell<VecDeque<Job>> = const { RefCell::new(VecDeque::new()) };
    static DRAINING: Cell<bool> = const { Cell::new(false) };
    /// The plain text of the values set aside that the app reads back at
    /// once (the draft), while unlocked.
    static ASIDE: RefCell<HashMap<String, String>> = RefCell::new(HashMap::new());
    static LAST_ACTIVE: Cell<f64> = const { Cell::new(0.0) };
}

/// Whether Tend is unlocked with a key (and so stored values are encrypted).
pub fn is_open() -> bool {
    KEY.with(|k| k.borrow().is_some())
}

fn key() -> Option<CryptoKey> {
    KEY.with(|k| k.borrow().clone())
}

/// Makes `writes` once encrypted, after everything queued before them.
pub fn write(state: AppState, writes: Writes) {
    for (k, v) in &writes {
        if k == DRAFT {
            ASIDE.with(|a| match v {
                Some(text) => a.borrow_mut().insert(k.clone(), text.clone()),
                None => a.borrow_mut().remove(k),
            });
        }
    }
    push(state, Job::Write(writes));
}

/// Handles another tab's write once decrypted, in order with ours.
pub fn storage_event(state: AppState, key: String, value: Option<String>) {
    push(state, Job::Event(key, value));
}

/// The plain text of a value set aside, while unlocked.
pub fn aside(key: &str) -> Option<String> {
    ASIDE.with(|a| a.borrow().get(key).cloned())
}

fn push(state: AppState, job: Job) {
    QUEUE.with(|q| q.borrow_mut().push_back(job));
    if !DRAINING.with(|d| d.replace(true)) {
        spawn_local(drain(state));
    }
}

async fn drain(state: AppState) {
    while let Some(job) = QUEUE.with(|q| q.borrow_mut().pop_front()) {
        let Some(k) = key() else { continue };
        match job {
            Job::Write(writes) => match seal_all(&k, writes).await {
                Ok(sealed) => persist::commit_and_report(state, &sealed),
                Err(e) => {
                    state.notify_topic("save", NoticeKind::Error, e, None);
                }
            },
            Job::Event(name, value) => {
                let plain = match value {
                    Some(v) => open_stored(&k, &name, &v).await.ok(),
                    None => None,
                };
                persist::on_storage_event(state, Some(name), plain);
            }
        }
    }
    DRAINING.with(|d| d.set(false));
}

async fn seal_all(key: &CryptoKey, writes: Writes) -> Result<Writes, String> {
    let mut out = Writes::new();
    for (k, v) in writes {
        let sealed = match v {
            // The version record stays readable: it says there is a lock.
            Some(text) if k != META && !sealed::is_sealed(&text) => {
                Some(crypto::seal_value(key, &text).await?)
            }
            other => other,
        };
        out.insert(k, sealed);
    }
    Ok(out)
}

/// The plain text of a stored value; an unfinished save's journal holds
/// encrypted values, which are opened too.
async fn open_stored(key: &CryptoKey, name: &str, stored: &str) -> Result<String, String> {
    if name == PENDING {
        let mut writes = layout::pending_from_json(stored)?;
        for v in writes.values_mut().flatten() {
            *v = crypto::open_value(key, v).await?;
        }
        return Ok(layout::pending_to_json(&writes));
    }
    crypto::open_value(key, stored).await
}

/// Resolves once every queued write is made.
pub async fn settled() {
    while DRAINING.with(Cell::get) {
        sleep(20).await;
    }
}

async fn sleep(ms: i32) {
    let p = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(p).await;
}

/// The lock kept in `tend:meta`, when there is one.
pub fn stored_lock() -> Option<Lock> {
    browser::get(META)
        .and_then(|m| serde_json::from_str::<layout::Meta>(&m).ok())
        .and_then(|m| m.lock)
}

/// Unlocks with `passphrase`: a wrong one changes nothing.
pub async fn unlock(state: AppState, passphrase: &str) -> Result<(), String> {
    let lock = stored_lock().ok_or("Tend is not locked.")?;
    let key = crypto::open_lock(&lock, passphrase).await?;
    KEY.with(|k| *k.borrow_mut() = Some(key.clone()));
    load(state, &key).await;
    state.locked.set(false);
    state.lock_idle.set(Some(lock.idle_minutes));
    watch_idle(state);
    Ok(())
}

/// Reads everything, decrypting it, and loads it as `persist` does.
pub async fn load(state: AppState, key: &CryptoKey) {
    let origin = browser::read_origin();
    let mut plain = BTreeMap::new();
    for (name, stored) in &origin.ours {
        // What cannot be opened is passed on as stored: the loader sets
        // such a record key aside, still encrypted.
        let text = if name == META || !layout::is_data_key(name) && name != PENDING && name != DRAFT
        {
            stored.clone()
        } else {
            open_stored(key, name, stored)
                .await
                .unwrap_or_else(|_| stored.clone())
        };
        if name == DRAFT {
            ASIDE.with(|a| a.borrow_mut().insert(name.clone(), text.clone()));
        }
        plain.insert(name.clone(), text);
    }
    persist::apply_origin(state, &origin, &plain);
}

/// Locks Tend with a new passphrase: every stored value is encrypted.
pub async fn set_lock(
    state: AppState,
    passphrase: &str,
    again: &str,
    idle_minutes: u32,
) -> Result<String, String> {
    check_new_passphrase(passphrase, again)?;
    persist::flush(state);
    let (lock, key) = crypto::new_lock(passphrase, idle_minutes).await?;
    // The lock is recorded first: if this is interrupted, the next start
    // asks for the passphrase and reads the values not yet encrypted as
    // they are, and they are encrypted with the next save.
    persist::set_lock_record(Some(lock)).map_err(|_| {
        "Storage is full, so the lock could not be recorded. Nothing was changed.".to_string()
    })?;
    KEY.with(|k| *k.borrow_mut() = Some(key));
    let mut writes = Writes::new();
    for name in persist::stored_keys().into_iter().filter(|k| k != META) {
        if let Some(text) = browser::get(&name) {
            if name == DRAFT {
                ASIDE.with(|a| a.borrow_mut().insert(name.clone(), text.clone()));
            }
            writes.insert(name, Some(text));
        }
    }
    // One key at a time, each complete: a journal of everything would need
    // as much room again.
    for (k, v) in writes {
        write(state, Writes::from([(k, v)]));
    }
    settled().await;
    state.lock_idle.set(Some(idle_minutes));
    watch_idle(state);
    Ok(
        "Tend is locked with your passphrase. It asks for it when it starts, and after being left \
         alone for a while."
            .into(),
    )
}

/// Removes the lock (the passphrase is asked again): every value is
/// stored decrypted, then the lock's record goes.
pub async fn remove_lock(state: AppState, passphrase: &str) -> Result<String, String> {
    let lock = stored_lock().ok_or("Tend is not locked.")?;
    let key = crypto::open_lock(&lock, passphrase).await?;
    persist::flush(state);
    settled().await;
    let mut plain = Writes::new();
    for name in persist::stored_keys().into_iter().filter(|k| k != META) {
        if let Some(stored) = browser::get(&name) {
            plain.insert(name.clone(), Some(open_stored(&key, &name, &stored).await?));
        }
    }
    KEY.with(|k| *k.borrow_mut() = None);
    ASIDE.with(|a| a.borrow_mut().clear());
    for (k, v) in plain {
        persist::commit_and_report(state, &Writes::from([(k, v)]));
    }
    persist::set_lock_record(None).map_err(|_| {
        "Storage is full, so the lock's record could not be removed; your data is stored \
         decrypted. Free some space and try again."
            .to_string()
    })?;
    state.lock_idle.set(None);
    Ok("The passphrase lock is removed: Tend no longer asks for it.".into())
}

/// Changes the passphrase: the lock is removed with the current one and
/// set again with the new one.
pub async fn change(
    state: AppState,
    current: &str,
    new: &str,
    again: &str,
) -> Result<String, String> {
    check_new_passphrase(new, again)?;
    let idle = stored_lock().map_or(15, |l| l.idle_minutes);
    remove_lock(state, current).await?;
    set_lock(state, new, again, idle).await?;
    Ok("The passphrase is changed.".into())
}

/// Saves what is unsaved, then locks: the page starts afresh, at the
/// unlock screen.
pub fn lock_now(state: AppState) {
    spawn_local(async move {
        persist::flush(state);
        settled().await;
        let _ = location().reload();
    });
}

/// Locks after the chosen minutes without a key or a touch.
fn watch_idle(state: AppState) {
    thread_local! {
        static WATCHING: Cell<bool> = const { Cell::new(false) };
    }
    LAST_ACTIVE.with(|t| t.set(js_sys::Date::now()));
    if WATCHING.with(|w| w.replace(true)) {
        return;
    }
    for ev in ["keydown", "pointerdown", "input"] {
        let _ = window_event_listener_untyped(ev, |_| {
            LAST_ACTIVE.with(|t| t.set(js_sys::Date::now()));
        });
    }
    let check = move || {
        let minutes = state.lock_idle.get_untracked().unwrap_or(0);
        let idle_ms = js_sys::Date::now() - LAST_ACTIVE.with(Cell::get);
        if is_open() && minutes > 0 && idle_ms >= f64::from(minutes) * 60_000.0 {
            lock_now(state);
        }
    };
    let _ = set_interval_with_handle(check, std::time::Duration::from_secs(15));
}

/// The chosen idle time, kept with the lock.
pub fn set_idle(state: AppState, minutes: u32) {
    if let Some(mut lock) = stored_lock() {
        lock.idle_minutes = minutes;
        if persist::set_lock_record(Some(lock)).is_ok() {
            state.lock_idle.set(Some(minutes));
        }
    }
}

/// The text of a stored value set aside (a quarantined copy, the automatic
/// backup), decrypted and expanded, for a download.
pub async fn read_aside(name: &str) -> Option<String> {
    let stored = browser::get(name)?;
    let text = match key() {
        Some(k) => crypto::open_value(&k, &stored).await.unwrap_or(stored),
        None => stored,
    };
    Some(packed::expand(&text).map_or(text.clone(), |t| t.into_owned()))
}

/// Loads everything again with the open key (another tab replaced it all).
pub fn reload(state: AppState) {
    if let Some(k) = key() {
        spawn_local(async move { load(state, &k).await });
    }
}
