//! Sealing and opening stored values with the key of an open lock, for the
//! writer. Only someone who set a passphrase lock ever needs it, so the
//! code (the values' frame and the browser's AES-GCM) is a chunk of wasm of
//! its own, fetched the first time the writer seals or opens a value: from
//! the unlock screen on, or when a lock is set. A chunk that does not arrive
//! is a [`CryptoError::NotLoaded`], which the writer handles as any failure
//! to encrypt: it tries again, then keeps the save marked and says so.

use super::crypto;
use super::error::CryptoError;
use super::split::split_fn;
use crate::store::layout::{META, PENDING};
use crate::store::{pending, sealed};
use std::future::Future;
use std::pin::Pin;
use web_sys::CryptoKey;

/// The sealed form of `text` stored under `name`; the version record stays
/// readable (it says there is a lock), and a value already sealed is kept.
pub async fn seal_stored(key: &CryptoKey, name: &str, text: &str) -> Result<String, CryptoError> {
    crypt(Crypt::Seal, key.clone(), name.into(), text.into())
        .await?
        .await
}

/// The plain text of a stored value; an unfinished save's journal holds
/// sealed values, which are opened too.
pub async fn open_stored(key: &CryptoKey, name: &str, stored: &str) -> Result<String, CryptoError> {
    crypt(Crypt::Open, key.clone(), name.into(), stored.into())
        .await?
        .await
}

/// Which way a value goes.
enum Crypt {
    Seal,
    Open,
}

type Crypting = Pin<Box<dyn Future<Output = Result<String, CryptoError>>>>;

split_fn! {
    sealing;
    /// Seals or opens `text`, stored under `name`, once this chunk is here.
    fn crypt(way: Crypt, key: CryptoKey, name: String, text: String) -> Result<Crypting, CryptoError> {
        Ok(crypting(way, key, name, text))
    }
}

fn crypting(way: Crypt, key: CryptoKey, name: String, text: String) -> Crypting {
    Box::pin(async move {
        match way {
            Crypt::Seal => seal_here(&key, &name, &text).await,
            Crypt::Open => open_here(&key, &name, &text).await,
        }
    })
}

/// The sealed form of `text` stored under `name`; the version record stays
/// readable (it says there is a lock), and a value already sealed is kept.
async fn seal_here(key: &CryptoKey, name: &str, text: &str) -> Result<String, CryptoError> {
    if name == PENDING {
        // The journal of a save holds its values, each sealed.
        let mut writes = pending::from_json(text).map_err(CryptoError::Damaged)?;
        for (k, v) in writes.iter_mut() {
            if let Some(v) = v {
                *v = seal_one(key, k, v).await?;
            }
        }
        return pending::to_json(&writes).ok_or(CryptoError::Damaged(String::new()));
    }
    seal_one(key, name, text).await
}

/// [`seal_here`] of a value that is not a journal.
async fn seal_one(key: &CryptoKey, name: &str, text: &str) -> Result<String, CryptoError> {
    if name == META || sealed::is_sealed(text) {
        return Ok(text.to_string());
    }
    crypto::seal_value(key, text).await
}

/// The plain text of a stored value; an unfinished save's journal holds
/// sealed values, which are opened too.
async fn open_here(key: &CryptoKey, name: &str, stored: &str) -> Result<String, CryptoError> {
    if name == PENDING {
        let mut writes = pending::from_json(stored).map_err(CryptoError::Damaged)?;
        for v in writes.values_mut().flatten() {
            *v = crypto::open_value(key, v).await?;
        }
        return pending::to_json(&writes).ok_or(CryptoError::Damaged(String::new()));
    }
    crypto::open_value(key, stored).await
}
