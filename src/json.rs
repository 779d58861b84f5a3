//! Reading JSON that came from outside (storage, a file) with an error a
//! person can act on. A leaf: `formats` and `store` both read JSON this
//! way, and neither needs the other for it.

use serde::de::DeserializeOwned;

/// Reads all of `text` as one JSON value of type `T`; an error says what
/// did not fit and where (see [`describe_error`]).
///
/// Field paths (`serde_path_to_error`) were tried: they cost 14 KB gzip of
/// the browser build, which is already over its budget.
pub fn from_json<T: DeserializeOwned>(text: &str) -> Result<T, String> {
    serde_json::from_str(text).map_err(|e| describe_error(&e))
}

/// A serde_json error as "what, at line L, column C". Its message names
/// the unexpected value and what was expected (or the unknown field); the
/// position pins the problem down.
pub fn describe_error(e: &serde_json::Error) -> String {
    let full = e.to_string();
    let what = full.split(" at line ").next().unwrap_or(&full);
    format!("{what}, at line {}, column {}", e.line(), e.column())
}
