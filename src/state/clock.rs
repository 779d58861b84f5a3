//! Time and identity from the browser: the current instant, the person's
//! local day, and random record ids.

use chrono::{DateTime, Local, NaiveDate, Utc};

pub fn now() -> DateTime<Utc> {
    Utc::now()
}

/// Today in the person's own time zone.
pub fn today() -> NaiveDate {
    Local::now().date_naive()
}

/// A new random record id: 16 hex digits from the browser's CSPRNG
/// (`getRandomValues` works on plain http too, unlike `randomUUID`).
pub fn new_id() -> String {
    let mut bytes = [0u8; 8];
    let filled = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .and_then(|c| c.get_random_values_with_u8_array(&mut bytes).ok())
        .is_some();
    if !filled {
        // No Web Crypto: fall back to Math.random, still unique in practice.
        for b in &mut bytes {
            *b = (js_sys::Math::random() * 256.0) as u8;
        }
    }
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
