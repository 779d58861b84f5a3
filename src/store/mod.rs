//! Persistence. The pure parts (`layout`, `packed`, `migrate`, `load`) decide what goes
//! under which localStorage key and how stored bytes become `Data`; they are
//! tested natively. `browser` is the thin adapter over the real localStorage.

pub mod layout;
pub mod load;
pub mod migrate;
pub mod packed;
pub mod sealed;

#[cfg(target_arch = "wasm32")]
pub mod browser;

/// The schema this build reads and writes. Raise it together with a new step
/// in `migrate::STEPS`.
pub const SCHEMA_VERSION: u32 = 4;

/// Chromium keeps at most this many UTF-16 code units per origin in
/// localStorage, keys and values together (measured).
pub const QUOTA_CODE_UNITS: usize = 5_242_880;

/// How full storage is, in words: "12 KB of about 5 MB used (less than 1%)".
/// One code unit is counted as one byte, the way browsers describe the
/// localStorage limit ("5 MB").
pub fn usage_label(code_units: usize) -> String {
    let kb = match (code_units + 512) / 1024 {
        0 if code_units > 0 => "Under 1 KB".to_string(),
        kb => format!("{kb} KB"),
    };
    let percent = match (code_units * 100 + QUOTA_CODE_UNITS / 2) / QUOTA_CODE_UNITS {
        0 if code_units > 0 => "less than 1%".to_string(),
        p => format!("{p}%"),
    };
    format!("{kb} of about 5 MB used ({percent})")
}
