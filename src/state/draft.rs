//! The journal entry being written, kept in `tend:draft` as it is typed so
//! that a reload, a closed tab or a crash loses nothing. It is not a record:
//! saving the entry removes it, and it is never merged or exported.

use super::{persist, AppState};
use crate::store::layout::DRAFT;

/// The draft's fields, in the order the write form defines them; empty when
/// there is none or it cannot be read.
pub fn load() -> Vec<String> {
    persist::read_aside(DRAFT)
        .and_then(|raw| serde_json::from_str(&raw).ok())
        .unwrap_or_default()
}

/// Keeps the draft, or removes it when `fields` is empty (the write form
/// decides what is worth keeping). A failure (storage full) is not worth
/// interrupting the writing for, since the text is still on the screen.
pub fn save(state: AppState, fields: &[String]) {
    if fields.is_empty() {
        clear(state);
    } else if let Ok(raw) = serde_json::to_string(fields) {
        let _ = persist::set_aside(state, DRAFT, &raw);
    }
}

pub fn clear(state: AppState) {
    persist::remove_aside(state, DRAFT);
}
