//! Persistence. The pure parts (`layout`, `migrate`, `load`) decide what goes
//! under which localStorage key and how stored bytes become `Data`; they are
//! tested natively. `browser` is the thin adapter over the real localStorage.

pub mod layout;
pub mod load;
pub mod migrate;

#[cfg(target_arch = "wasm32")]
pub mod browser;

/// The schema this build reads and writes. Raise it together with a new step
/// in `migrate::STEPS`.
pub const SCHEMA_VERSION: u32 = 2;

/// Chromium keeps at most this many UTF-16 code units per origin in
/// localStorage, keys and values together (measured).
pub const QUOTA_CODE_UNITS: usize = 5_242_880;
