//! The browser's Web Crypto, for what a passphrase protects: PBKDF2-SHA-256
//! derives an AES-256-GCM key that is never extractable, so it exists only
//! inside the browser's crypto and never in Tend's memory or storage. The
//! parameters are web-sys's typed dictionaries (`Pbkdf2Params`,
//! `AesDerivedKeyParams`, `AesGcmParams`).

use super::error::CryptoError;
use crate::formats::sealed::{self, Sealed, SealedError};
use crate::kdf::{ITERATIONS, SALT_BYTES};
use crate::store::sealed::{self as store_sealed, Lock};
use js_sys::{Array, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AesDerivedKeyParams, AesGcmParams, CryptoKey, Pbkdf2Params, SubtleCrypto};

fn failed(what: &'static str) -> impl Fn(JsValue) -> CryptoError {
    move |e| CryptoError::Failed(what, crate::store::browser::js_error_text(&e))
}

fn subtle() -> Result<SubtleCrypto, CryptoError> {
    web_sys::window()
        .and_then(|w| w.crypto().ok())
        .map(|c| c.subtle())
        .ok_or(CryptoError::Unavailable)
}

/// `N` bytes from the browser's CSPRNG.
pub fn random<const N: usize>() -> Result<[u8; N], CryptoError> {
    let mut bytes = [0u8; N];
    web_sys::window()
        .and_then(|w| w.crypto().ok())
        .and_then(|c| c.get_random_values_with_u8_array(&mut bytes).ok())
        .ok_or(CryptoError::NoRandom)?;
    Ok(bytes)
}

fn usages(names: &[&str]) -> JsValue {
    names
        .iter()
        .map(|n| JsValue::from_str(n))
        .collect::<Array>()
        .into()
}

/// The key for `passphrase` and `salt`: AES-256-GCM, not extractable.
pub async fn derive_key(
    passphrase: &str,
    salt: &[u8],
    iterations: u32,
) -> Result<CryptoKey, CryptoError> {
    let subtle = subtle()?;
    let raw = Uint8Array::from(passphrase.as_bytes());
    let base = subtle
        .import_key_with_str("raw", &raw, "PBKDF2", false, &usages(&["deriveKey"]))
        .map_err(failed("use the passphrase"))?;
    let base: CryptoKey = JsFuture::from(base)
        .await
        .map_err(failed("use the passphrase"))?
        .unchecked_into();
    let params =
        Pbkdf2Params::new_with_str("PBKDF2", "SHA-256", iterations, &Uint8Array::from(salt));
    let aes = AesDerivedKeyParams::new("AES-GCM", 256);
    let key = subtle
        .derive_key_with_object_and_object(
            &params,
            &base,
            &aes,
            false,
            &usages(&["encrypt", "decrypt"]),
        )
        .map_err(failed("derive a key"))?;
    Ok(JsFuture::from(key)
        .await
        .map_err(failed("derive a key"))?
        .unchecked_into())
}

fn gcm(iv: &[u8]) -> AesGcmParams {
    AesGcmParams::new("AES-GCM", &Uint8Array::from(iv))
}

pub async fn encrypt(key: &CryptoKey, iv: &[u8], data: &[u8]) -> Result<Vec<u8>, CryptoError> {
    let p = subtle()?
        .encrypt_with_object_and_u8_array(&gcm(iv), key, data)
        .map_err(failed("encrypt"))?;
    let out = JsFuture::from(p).await.map_err(failed("encrypt"))?;
    Ok(Uint8Array::new(&out).to_vec())
}

/// Decrypts `data`; AES-GCM refuses whenever the key is not the one that
/// encrypted it, or the data changed.
pub async fn decrypt(key: &CryptoKey, iv: &[u8], data: &[u8]) -> Result<Vec<u8>, CryptoError> {
    let p = subtle()?
        .decrypt_with_object_and_u8_array(&gcm(iv), key, data)
        .map_err(failed("decrypt"))?;
    let out = JsFuture::from(p).await.map_err(|_| CryptoError::WrongKey)?;
    Ok(Uint8Array::new(&out).to_vec())
}

/// An encrypted backup file of `backup` (a plain backup's text).
pub async fn seal_backup(backup: &str, passphrase: &str) -> Result<String, CryptoError> {
    let salt = random::<SALT_BYTES>()?;
    let iv = random::<{ sealed::IV_BYTES }>()?;
    let key = derive_key(passphrase, &salt, ITERATIONS).await?;
    let data = encrypt(&key, &iv, &sealed::compress(backup)).await?;
    Ok(sealed::write(&Sealed {
        iterations: ITERATIONS,
        salt,
        iv,
        data,
    }))
}

/// The plain backup inside an encrypted backup file.
pub async fn open_backup(file: &str, passphrase: &str) -> Result<String, SealedError> {
    let s = sealed::read(file)?;
    let key = derive_key(passphrase, &s.salt, s.iterations)
        .await
        .map_err(|e| SealedError::Damaged(e.to_string()))?;
    let plain = match decrypt(&key, &s.iv, &s.data).await {
        Ok(plain) => plain,
        Err(CryptoError::WrongKey) => return Err(SealedError::WrongPassphrase),
        Err(e) => return Err(SealedError::Damaged(e.to_string())),
    };
    sealed::decompress(&plain)
}

/// A stored value, encrypted under `key` with a fresh IV (see `store::sealed`).
pub async fn seal_value(key: &CryptoKey, text: &str) -> Result<String, CryptoError> {
    let iv = random::<{ store_sealed::IV_BYTES }>()?;
    let data = encrypt(key, &iv, &store_sealed::frame(text)).await?;
    Ok(store_sealed::write(&iv, &data))
}

/// The text of a stored value: decrypted when sealed, itself when not (a
/// value written before the lock was set, or while it was being set).
pub async fn open_value(key: &CryptoKey, stored: &str) -> Result<String, CryptoError> {
    if !store_sealed::is_sealed(stored) {
        return Ok(stored.to_string());
    }
    let (iv, data) = store_sealed::read(stored).map_err(CryptoError::Damaged)?;
    let plain = decrypt(key, &iv, &data).await?;
    store_sealed::unframe(&plain).map_err(CryptoError::Damaged)
}

/// A new lock for `passphrase`: a fresh salt, the key, and the check value.
pub async fn new_lock(
    passphrase: &str,
    idle_minutes: u32,
) -> Result<(Lock, CryptoKey), CryptoError> {
    let salt = random::<SALT_BYTES>()?;
    let key = derive_key(passphrase, &salt, ITERATIONS).await?;
    let check = seal_value(&key, store_sealed::CHECK_TEXT).await?;
    let lock = Lock {
        iterations: ITERATIONS,
        salt: Lock::salt_text(&salt),
        check,
        idle_minutes,
    };
    Ok((lock, key))
}

/// Why a passphrase did not open a lock.
pub enum NotOpened {
    /// The lock's record is not one Tend wrote.
    Damaged,
    Wrong,
    Crypto(CryptoError),
}

/// The key `passphrase` gives for `lock`, when it is the right one.
pub async fn open_lock(lock: &Lock, passphrase: &str) -> Result<CryptoKey, NotOpened> {
    let salt = lock
        .salt_bytes()
        .filter(|_| lock.is_sane())
        .ok_or(NotOpened::Damaged)?;
    let key = derive_key(passphrase, &salt, lock.iterations)
        .await
        .map_err(NotOpened::Crypto)?;
    match open_value(&key, &lock.check).await {
        Ok(text) if text == store_sealed::CHECK_TEXT => Ok(key),
        _ => Err(NotOpened::Wrong),
    }
}
