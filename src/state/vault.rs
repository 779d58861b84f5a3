//! The passphrase lock's key and its lifetime (optional, off until the
//! person sets it).
//!
//! With a lock, every stored value but `tend:meta` is encrypted (see
//! `store::sealed`). The key is derived from the passphrase by the
//! browser's Web Crypto and is never extractable; it lives in memory only,
//! held by the writer, while Tend is unlocked. This module makes keys,
//! checks passphrases, hands the writer a key (or takes it away, as a job
//! in its queue) and closes the lock after the idle time; it never writes
//! to storage itself. Locking reloads the page: a fresh start holds nothing
//! but the unlock screen, so nothing readable stays in memory or the page.

use super::error::LockError;
use super::writer::ResealError;
use super::{crypto, AppState};
use crate::formats::sealed::check_new_passphrase;
use crate::store::browser;
use crate::store::layout::{Meta, META};
use crate::store::queue::Sink;
use crate::store::sealed::Lock;
use futures_channel::oneshot;
use leptos::prelude::*;
use web_sys::CryptoKey;

/// When the person last touched Tend (owned by `AppState`).
#[derive(Default)]
pub struct Idle {
    /// `Date.now()` of the last key, touch or input.
    last_active: f64,
    /// The idle check runs (it is started once).
    watching: bool,
}

/// The lock kept in `tend:meta`, when there is one.
pub fn stored_lock() -> Option<Lock> {
    browser::get_json::<Meta>(META).and_then(|m| m.lock)
}

/// The key `passphrase` opens the stored lock with; a wrong one gives
/// nothing and changes nothing.
pub async fn open(passphrase: &str) -> Result<(Lock, CryptoKey), LockError> {
    let lock = stored_lock().ok_or(LockError::NotLocked)?;
    match crypto::open_lock(&lock, passphrase).await {
        Ok(key) => Ok((lock, key)),
        Err(crypto::NotOpened::Wrong) => Err(LockError::WrongPassphrase),
        Err(crypto::NotOpened::Damaged) => Err(LockError::Damaged),
        Err(crypto::NotOpened::Crypto(e)) => Err(e.into()),
    }
}

/// Hands the writer `to` as the sink, rewriting every stored value for
/// it, and waits until that is done.
async fn reseal(state: AppState, to: Sink<CryptoKey>, lock: Option<Lock>) -> Result<(), LockError> {
    // Months still waiting may be left in storage as they are now: read
    // them before they are rewritten.
    state.whole_logs();
    let (tx, rx) = oneshot::channel();
    state.writer.reseal(to, lock, move |r| {
        let _ = tx.send(r);
    });
    match rx.await {
        Ok(Ok(())) => Ok(()),
        Ok(Err(ResealError::NoRoom)) => Err(LockError::NoRoom),
        Ok(Err(ResealError::Left(_, why))) => Err(LockError::Unfinished(why)),
        Err(_) => Err(LockError::Unfinished("Tend is closing".into())),
    }
}

/// Locks Tend with a new passphrase: every stored value is encrypted, and
/// whatever is saved after is encrypted too.
pub async fn set(
    state: AppState,
    passphrase: &str,
    again: &str,
    idle: u32,
) -> Result<(), LockError> {
    check_new_passphrase(passphrase, again)?;
    let (lock, key) = crypto::new_lock(passphrase, idle).await?;
    reseal(state, Sink::Sealed(key), Some(lock)).await?;
    state.lock_idle.set(Some(idle));
    Ok(())
}

/// Removes the lock (the passphrase is asked again): every value is
/// stored decrypted, then the lock's record goes.
pub async fn remove(state: AppState, passphrase: &str) -> Result<(), LockError> {
    open(passphrase).await?;
    reseal(state, Sink::Plain, None).await?;
    state.lock_idle.set(None);
    Ok(())
}

/// Changes the passphrase: every value is opened with the current key and
/// sealed with the new one in the same step, so none is ever stored
/// decrypted, and what is saved meanwhile waits for the new key.
pub async fn change(
    state: AppState,
    current: &str,
    new: &str,
    again: &str,
) -> Result<(), LockError> {
    check_new_passphrase(new, again)?;
    let (old, _) = open(current).await?;
    let (lock, key) = crypto::new_lock(new, old.idle_minutes).await?;
    reseal(state, Sink::Sealed(key), Some(lock)).await
}

/// The chosen idle time, kept with the lock.
pub fn set_idle(state: AppState, minutes: u32) {
    let Some(mut lock) = state.writer.meta().lock else {
        return;
    };
    lock.idle_minutes = minutes;
    state.writer.set_lock_record(lock, move |o| {
        if o.is_complete() {
            state.lock_idle.set(Some(minutes));
        }
    });
}

/// Waits for every write asked for, then starts afresh at the unlock
/// screen.
pub async fn close(state: AppState) {
    state.writer.settled().await;
    let _ = location().reload();
}

/// Calls `on_idle` (which locks) after the chosen minutes without a key or
/// a touch.
pub fn watch_idle(state: AppState, on_idle: impl Fn() + 'static) {
    let now = js_sys::Date::now();
    let started = state
        .idle
        .try_update_value(|i| {
            i.last_active = now;
            std::mem::replace(&mut i.watching, true)
        })
        .unwrap_or(true);
    if started {
        return;
    }
    for ev in ["keydown", "pointerdown", "input"] {
        let _ = window_event_listener_untyped(ev, move |_| {
            state
                .idle
                .update_value(|i| i.last_active = js_sys::Date::now());
        });
    }
    let check = move || {
        let minutes = state.lock_idle.get_untracked().unwrap_or(0);
        let last = state.idle.try_with_value(|i| i.last_active).unwrap_or(0.0);
        let idle_ms = js_sys::Date::now() - last;
        if !state.locked.get_untracked() && minutes > 0 && idle_ms >= f64::from(minutes) * 60_000.0
        {
            on_idle();
        }
    };
    let _ = set_interval_with_handle(check, std::time::Duration::from_secs(15));
}
