//! Persistence. The pure parts decide what goes under which localStorage key
//! (`layout`, `packed`, `sealed`), how stored bytes become `Data` (`load`,
//! `migrate`), and how saves are made: which keys a save writes (`marks`),
//! the order of the one writer (`queue`), a save kept whole until it is
//! finished (`pending`, `commit`), what a merge with another tab writes
//! back (`sync`), how a replace is staged (`replace`) and the storage meter
//! (`meter`). They are tested natively. `browser` is the thin adapter over
//! the real localStorage.

pub mod commit;
pub mod draft;
pub mod layout;
pub mod load;
pub mod marks;
pub mod meter;
pub mod migrate;
pub mod packed;
pub mod pending;
pub mod queue;
pub mod replace;
pub mod sealed;
pub mod sync;

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
