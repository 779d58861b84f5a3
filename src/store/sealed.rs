//! The encrypted form of a stored value, when Tend is locked with a
//! passphrase: `~gcm:` + the 12-byte IV and AES-GCM's output, packed 15 bits
//! to a UTF-16 unit like the packed form (`store::packed`). What is
//! encrypted is the value's stored form, so a month that is over is
//! compressed first, then encrypted. The key is the browser's
//! (`state::crypto`); only the layout lives here.

use super::packed;
use crate::kdf::SALT_BYTES;
use crate::model::record::map_form;
use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine as _;
use serde::{Deserialize, Serialize};

pub const TAG: &str = "~gcm:";
pub const IV_BYTES: usize = 12;
/// What the check value holds: decrypting it proves the passphrase.
pub const CHECK_TEXT: &str = "tend";

/// How stored values are locked, kept in `tend:meta` (in the clear: it holds
/// no secret, and it must be read before the passphrase is asked for).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct Lock {
    /// PBKDF2-SHA-256 rounds.
    pub iterations: u32,
    /// The salt, base64.
    pub salt: String,
    /// [`CHECK_TEXT`], encrypted: opens only with the right key.
    pub check: String,
    /// Minutes without a key or a touch before Tend locks itself; 0 never.
    #[serde(default)]
    pub idle_minutes: u32,
}
map_form!(Lock);

impl Lock {
    /// The salt's bytes; `None` when it is not the 16 bytes we write.
    pub fn salt_bytes(&self) -> Option<[u8; SALT_BYTES]> {
        B64.decode(&self.salt).ok()?.try_into().ok()
    }

    pub fn salt_text(salt: &[u8; SALT_BYTES]) -> String {
        B64.encode(salt)
    }

    /// Whether its numbers are ones Tend would have written (a forged lock
    /// must not make the browser derive for minutes).
    pub fn is_sane(&self) -> bool {
        crate::kdf::iterations_in_bounds(self.iterations) && self.salt_bytes().is_some()
    }
}

pub fn is_sealed(stored: &str) -> bool {
    stored.starts_with(TAG)
}

/// The stored text for an IV and the ciphertext it made.
pub fn write(iv: &[u8; IV_BYTES], ciphertext: &[u8]) -> String {
    let mut bytes = Vec::with_capacity(IV_BYTES + ciphertext.len());
    bytes.extend_from_slice(iv);
    bytes.extend_from_slice(ciphertext);
    let mut out = String::from(TAG);
    packed::push_units(&bytes, &mut out);
    out
}

/// The IV and ciphertext of a sealed value; the error says what is wrong.
pub fn read(stored: &str) -> Result<([u8; IV_BYTES], Vec<u8>), String> {
    let damaged = |what: &str| format!("its encrypted form is damaged ({what})");
    let rest = stored.strip_prefix(TAG).ok_or_else(|| damaged("no tag"))?;
    let mut bytes = packed::from_units(rest).map_err(damaged)?;
    // AES-GCM's output is at least its 16-byte tag.
    if bytes.len() < IV_BYTES + 16 {
        return Err(damaged("too short"));
    }
    let data = bytes.split_off(IV_BYTES);
    let iv = bytes.try_into().map_err(|_| damaged("no IV"))?;
    Ok((iv, data))
}

/// What is encrypted for a stored value's text: one byte saying which form
/// follows, then the text's UTF-8 (0), or, for a packed value, its
/// compressed bytes (1), which would take 60% more room as UTF-8 of the
/// packed text.
pub fn frame(text: &str) -> Vec<u8> {
    if let Some(bytes) = text
        .strip_prefix(packed::TAG)
        .and_then(|body| packed::from_units(body).ok())
    {
        let mut out = Vec::with_capacity(bytes.len() + 1);
        out.push(1);
        out.extend_from_slice(&bytes);
        return out;
    }
    let mut out = Vec::with_capacity(text.len() + 1);
    out.push(0);
    out.extend_from_slice(text.as_bytes());
    out
}

/// The text [`frame`] was given.
pub fn unframe(bytes: &[u8]) -> Result<String, String> {
    match bytes.split_first() {
        Some((0, text)) => String::from_utf8(text.to_vec()).map_err(|_| "it is not text".into()),
        Some((1, packed_bytes)) => {
            let mut out = String::from(packed::TAG);
            packed::push_units(packed_bytes, &mut out);
            Ok(out)
        }
        _ => Err("it holds no form Tend knows".into()),
    }
}
