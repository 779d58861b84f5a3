//! The bounds of deriving a key from a passphrase (PBKDF2-SHA-256), shared
//! by the encrypted backup file (`formats::sealed`) and the lock on stored
//! values (`store::sealed`). A leaf, so neither imports the other.

/// PBKDF2 rounds for every key made: OWASP's figure for SHA-256 (2023).
pub const ITERATIONS: u32 = 600_000;
/// More than this is refused on reading, so a forged file or lock record
/// cannot keep the browser deriving for minutes.
pub const MAX_ITERATIONS: u32 = 10_000_000;
/// The salt's length, random for every key made.
pub const SALT_BYTES: usize = 16;

/// Whether `iterations` is a count Tend would have written.
pub fn iterations_in_bounds(iterations: u32) -> bool {
    (ITERATIONS..=MAX_ITERATIONS).contains(&iterations)
}
