//! What the unlock screen and the lock's card in Settings ask for: each a
//! step of the lock (`vault`) and of autosave (`persist`) in the right
//! order. The two never call each other; this is where they meet.

use super::error::LockError;
use super::{persist, vault, AppState};
use leptos::prelude::*;

/// Opens Tend with `passphrase`: the writer gets the key, and everything
/// stored is opened and loaded. A wrong passphrase changes nothing.
pub async fn unlock(state: AppState, passphrase: &str) -> Result<(), LockError> {
    let (lock, key) = vault::open(passphrase).await?;
    state.writer.use_key(key);
    persist::reload(state).await;
    state.locked.set(false);
    state.lock_idle.set(Some(lock.idle_minutes));
    vault::watch_idle(state, move || lock_now(state));
    Ok(())
}

/// Sets a lock with a new passphrase (typed twice) and idle time.
pub async fn set(
    state: AppState,
    passphrase: &str,
    again: &str,
    idle: u32,
) -> Result<(), LockError> {
    persist::flush(state);
    vault::set(state, passphrase, again, idle).await?;
    vault::watch_idle(state, move || lock_now(state));
    Ok(())
}

/// Changes the passphrase; the current one is checked first.
pub async fn change(
    state: AppState,
    current: &str,
    new: &str,
    again: &str,
) -> Result<(), LockError> {
    persist::flush(state);
    vault::change(state, current, new, again).await
}

/// Removes the lock; the passphrase is checked first.
pub async fn remove(state: AppState, passphrase: &str) -> Result<(), LockError> {
    persist::flush(state);
    vault::remove(state, passphrase).await
}

/// Saves what is unsaved, then locks: the page starts afresh, at the
/// unlock screen.
pub fn lock_now(state: AppState) {
    persist::flush(state);
    leptos::task::spawn_local(vault::close(state));
}

/// The idle time after which the lock closes by itself.
pub fn set_idle(state: AppState, minutes: u32) {
    vault::set_idle(state, minutes);
}
