//! The encrypted backup file: an ordinary backup, compressed (LZ4) and then
//! encrypted with AES-256-GCM under a key derived from a passphrase with
//! PBKDF2-SHA-256. The file says how, in JSON, so it can be opened again
//! by this or a later version:
//!
//! ```json
//! {"format":"tend-backup-encrypted","version":1,
//!  "kdf":{"name":"PBKDF2","hash":"SHA-256","iterations":600000,"salt":"…"},
//!  "cipher":{"name":"AES-GCM","iv":"…"},"compression":"lz4","data":"…"}
//! ```
//!
//! (salt, IV and data in base64). Only the layout lives here; the browser's
//! Web Crypto does the cryptography (`state::crypto`), so no key ever
//! exists outside it.

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine as _;
use serde::{Deserialize, Serialize};
use thiserror::Error;

pub const FORMAT: &str = "tend-backup-encrypted";
pub const VERSION: u32 = 1;
pub use crate::kdf::{ITERATIONS, MAX_ITERATIONS, SALT_BYTES};
pub const IV_BYTES: usize = 12;
/// The shortest passphrase accepted.
pub const MIN_PASSPHRASE_CHARS: usize = 8;

/// An encrypted backup, as read or to be written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sealed {
    pub iterations: u32,
    pub salt: [u8; SALT_BYTES],
    pub iv: [u8; IV_BYTES],
    /// AES-GCM's output: the ciphertext with its tag.
    pub data: Vec<u8>,
}

#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum SealedError {
    #[error("This encrypted backup is damaged ({0}). Nothing was imported.")]
    Damaged(String),
    #[error(
        "This encrypted backup was made by a newer version of Tend (version {0}). Reload Tend \
         to update it, then import again."
    )]
    TooNew(u32),
    #[error(
        "That passphrase does not open this backup. Check it and try again; nothing was imported."
    )]
    WrongPassphrase,
}

#[derive(Serialize, Deserialize)]
struct Kdf {
    name: String,
    hash: String,
    iterations: u32,
    salt: String,
}

#[derive(Serialize, Deserialize)]
struct Cipher {
    name: String,
    iv: String,
}

#[derive(Serialize, Deserialize)]
struct File {
    format: String,
    version: u32,
    kdf: Kdf,
    cipher: Cipher,
    compression: String,
    data: String,
}

/// The encrypted backup file's name for a given local day.
pub fn file_name(today: chrono::NaiveDate) -> String {
    format!("tend-backup-{today}-encrypted.json")
}

/// Whether `text` is an encrypted backup (rather than a plain one): it
/// names our format. Cheap: the format comes first in every file we write.
pub fn is_sealed(text: &str) -> bool {
    text.trim_start()
        .get(..64)
        .unwrap_or(text)
        .contains(&format!("\"format\":\"{FORMAT}\""))
}

/// The text of the encrypted backup file for `sealed`.
pub fn write(sealed: &Sealed) -> String {
    let file = File {
        format: FORMAT.into(),
        version: VERSION,
        kdf: Kdf {
            name: "PBKDF2".into(),
            hash: "SHA-256".into(),
            iterations: sealed.iterations,
            salt: B64.encode(sealed.salt),
        },
        cipher: Cipher {
            name: "AES-GCM".into(),
            iv: B64.encode(sealed.iv),
        },
        compression: "lz4".into(),
        data: B64.encode(&sealed.data),
    };
    serde_json::to_string(&file).unwrap_or_default()
}

/// Reads an encrypted backup file, checking everything but the passphrase.
pub fn read(text: &str) -> Result<Sealed, SealedError> {
    let damaged = |what: &str| SealedError::Damaged(what.to_string());
    let file: File = crate::json::from_json(text).map_err(SealedError::Damaged)?;
    if file.format != FORMAT {
        return Err(damaged("it is not an encrypted Tend backup"));
    }
    if file.version > VERSION {
        return Err(SealedError::TooNew(file.version));
    }
    if file.kdf.name != "PBKDF2" || file.kdf.hash != "SHA-256" || file.cipher.name != "AES-GCM" {
        return Err(damaged("it names a method Tend does not use"));
    }
    if file.compression != "lz4" {
        return Err(damaged("it names a compression Tend does not use"));
    }
    if !crate::kdf::iterations_in_bounds(file.kdf.iterations) {
        return Err(damaged("its key derivation count is out of range"));
    }
    let bytes = |b64: &str, what: &str| B64.decode(b64).map_err(|_| damaged(what));
    let salt = bytes(&file.kdf.salt, "its salt is not base64")?
        .try_into()
        .map_err(|_| damaged("its salt has the wrong length"))?;
    let iv = bytes(&file.cipher.iv, "its IV is not base64")?
        .try_into()
        .map_err(|_| damaged("its IV has the wrong length"))?;
    let data = bytes(&file.data, "its data is not base64")?;
    // AES-GCM appends a 16-byte tag, so anything shorter was cut.
    if data.len() < 16 {
        return Err(damaged("its data is too short"));
    }
    Ok(Sealed {
        iterations: file.kdf.iterations,
        salt,
        iv,
        data,
    })
}

/// What is encrypted for a backup's text: the text, compressed.
pub fn compress(backup: &str) -> Vec<u8> {
    lz4_flex::block::compress_prepend_size(backup.as_bytes())
}

/// The backup's text from what decryption gave.
pub fn decompress(bytes: &[u8]) -> Result<String, SealedError> {
    let damaged = || SealedError::Damaged("its contents are not a compressed backup".into());
    let (len, body) = bytes.split_first_chunk::<4>().ok_or_else(damaged)?;
    let len = u32::from_le_bytes(*len) as usize;
    if len > super::backup::MAX_BYTES {
        return Err(damaged());
    }
    let plain = lz4_flex::block::decompress(body, len).map_err(|_| damaged())?;
    String::from_utf8(plain).map_err(|_| damaged())
}

/// Why a new passphrase was not taken.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum PassphraseError {
    #[error(
        "Please choose a passphrase of at least {MIN_PASSPHRASE_CHARS} characters; a few \
         ordinary words in a row are easy to remember and hard to guess."
    )]
    TooShort,
    #[error("The two passphrases differ. Please type the same one twice.")]
    Differ,
}

/// Checks a new passphrase and its repetition; the error says what to change.
pub fn check_new_passphrase(passphrase: &str, again: &str) -> Result<(), PassphraseError> {
    if passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
        return Err(PassphraseError::TooShort);
    }
    if passphrase != again {
        return Err(PassphraseError::Differ);
    }
    Ok(())
}
