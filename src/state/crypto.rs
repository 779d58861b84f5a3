//! The browser's Web Crypto, for what a passphrase protects: PBKDF2-SHA-256
//! derives an AES-256-GCM key that is never extractable, so it exists only
//! inside the browser's crypto and never in Tend's memory or storage.

use crate::formats::sealed::{self, Sealed, SealedError, IV_BYTES, SALT_BYTES};
use crate::store::sealed::{self as store_sealed, Lock};
use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{CryptoKey, SubtleCrypto};

fn fail(what: &str, e: &JsValue) -> String {
    format!(
        "The browser could not {what} ({}).",
        crate::store::browser::js_error_text(e)
    )
}

fn subtle() -> Result<SubtleCrypto, String> {
    web_sys::window()
        .and_then(|w| w.crypto().ok())
        .map(|c| c.subtle())
        .ok_or_else(|| "This browser offers no Web Crypto, so Tend cannot encrypt here.".into())
}

/// `N` bytes from the browser's CSPRNG.
pub fn random<const N: usize>() -> Result<[u8; N], String> {
    let mut bytes = [0u8; N];
    web_sys::window()
        .and_then(|w| w.crypto().ok())
        .and_then(|c| c.get_random_values_with_u8_array(&mut bytes).ok())
        .ok_or("The browser could not make random numbers, so nothing was encrypted.")?;
    Ok(bytes)
}

fn object(fields: &[(&str, JsValue)]) -> Object {
    let o = Object::new();
    for (k, v) in fields {
        let _ = Reflect::set(&o, &JsValue::from_str(k), v);
    }
    o
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
) -> Result<CryptoKey, String> {
    let subtle = subtle()?;
    let raw = Uint8Array::from(passphrase.as_bytes());
    let base = subtle
        .import_key_with_str("raw", &raw, "PBKDF2", false, &usages(&["deriveKey"]))
        .map_err(|e| fail("use the passphrase", &e))?;
    let base: CryptoKey = JsFuture::from(base)
        .await
        .map_err(|e| fail("use the passphrase", &e))?
        .unchecked_into();
    let params = object(&[
        ("name", "PBKDF2".into()),
        ("hash", "SHA-256".into()),
        ("salt", Uint8Array::from(salt).into()),
        ("iterations", iterations.into()),
    ]);
    let aes = object(&[("name", "AES-GCM".into()), ("length", 256.into())]);
    let key = subtle
        .derive_key_with_object_and_object(
            &params,
            &base,
            &aes,
            false,
            &usages(&["encrypt", "decrypt"]),
        )
        .map_err(|e| fail("derive a key", &e))?;
    Ok(JsFuture::from(key)
        .await
        .map_err(|e| fail("derive a key", &e))?
        .unchecked_into())
}

fn gcm(iv: &[u8]) -> Object {
    object(&[
        ("name", "AES-GCM".into()),
        ("iv", Uint8Array::from(iv).into()),
    ])
}

pub async fn encrypt(key: &CryptoKey, iv: &[u8], data: &[u8]) -> Result<Vec<u8>, String> {
    let p = subtle()?
        .encrypt_with_object_and_u8_array(&gcm(iv), key, data)
        .map_err(|e| fail("encrypt", &e))?;
    let out = JsFuture::from(p).await.map_err(|e| fail("encrypt", &e))?;
    Ok(Uint8Array::new(&out).to_vec())
}

/// Decrypts `data`; AES-GCM refuses (and so this says "wrong passphrase")
/// whenever the key is not the one that encrypted it, or the data changed.
pub async fn decrypt(key: &CryptoKey, iv: &[u8], data: &[u8]) -> Result<Vec<u8>, SealedError> {
    let p = subtle()
        .map_err(SealedError::Damaged)?
        .decrypt_with_object_and_u8_array(&gcm(iv), key, data)
        .map_err(|e| SealedError::Damaged(fail("decrypt", &e)))?;
    let out = JsFuture::from(p)
        .await
        .map_err(|_| SealedError::WrongPassphrase)?;
    Ok(Uint8Array::new(&out).to_vec())
}

/// An encrypted backup file of `backup` (a plain backup's text).
pub async fn seal_backup(backup: &str, passphrase: &str) -> Result<String, String> {
    let salt = random::<SALT_BYTES>()?;
    let iv = random::<IV_BYTES>()?;
    let key = derive_key(passphrase, &salt, sealed::ITERATIONS).await?;
    let data = encrypt(&key, &iv, &sealed::compress(backup)).await?;
    Ok(sealed::write(&Sealed {
        iterations: sealed::ITERATIONS,
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
        .map_err(SealedError::Damaged)?;
    let plain = decrypt(&key, &s.iv, &s.data).await?;
    sealed::decompress(&plain)
}

/// A stored value, encrypted under `key` with a fresh IV (see `store::sealed`).
pub async fn seal_value(key: &CryptoKey, text: &str) -> Result<String, String> {
    let iv = random::<{ store_sealed::IV_BYTES }>()?;
    let data = encrypt(key, &iv, &store_sealed::frame(text)).await?;
    Ok(store_sealed::write(&iv, &data))
}

/// The text of a stored value: decrypted when sealed, itself when not (a
/// value written before the lock was set, or while it was being set).
pub async fn open_value(key: &CryptoKey, stored: &str) -> Result<String, String> {
    if !store_sealed::is_sealed(stored) {
        return Ok(stored.to_string());
    }
    let (iv, data) = store_sealed::read(stored)?;
    let plain = decrypt(key, &iv, &data)
        .await
        .map_err(|_| "it could not be decrypted with this passphrase".to_string())?;
    store_sealed::unframe(&plain)
}

/// A new lock for `passphrase`: a fresh salt, the key, and the check value.
pub async fn new_lock(passphrase: &str, idle_minutes: u32) -> Result<(Lock, CryptoKey), String> {
    let salt = random::<SALT_BYTES>()?;
    let key = derive_key(passphrase, &salt, sealed::ITERATIONS).await?;
    let check = seal_value(&key, store_sealed::CHECK_TEXT).await?;
    let lock = Lock {
        iterations: sealed::ITERATIONS,
        salt: Lock::salt_text(&salt),
        check,
        idle_minutes,
    };
    Ok((lock, key))
}

/// The key `passphrase` gives for `lock`, when it is the right one.
pub async fn open_lock(lock: &Lock, passphrase: &str) -> Result<CryptoKey, String> {
    let wrong = || {
        "That is not the passphrase Tend is locked with. Nothing was changed; try again."
            .to_string()
    };
    let salt = lock
        .salt_bytes()
        .filter(|_| lock.is_sane())
        .ok_or("The lock's record in storage is damaged, so Tend cannot be unlocked here.")?;
    let key = derive_key(passphrase, &salt, lock.iterations).await?;
    match open_value(&key, &lock.check).await {
        Ok(text) if text == store_sealed::CHECK_TEXT => Ok(key),
        _ => Err(wrong()),
    }
}
