//! The journal entry being written, kept in `tend:draft` as it is typed so
//! that a reload, a closed tab or a crash loses nothing. It is not a record:
//! saving the entry removes it, and it is never merged or exported.

use super::{persist, AppState};
pub use crate::store::draft::Draft;
use crate::store::layout::DRAFT;

/// The kept draft, if there is one that can be read.
pub fn load(state: AppState) -> Option<Draft> {
    persist::read_aside(state, DRAFT).and_then(|raw| Draft::from_json(&raw))
}

/// Keeps the draft, or removes it when there is nothing worth keeping. A
/// failure (storage full) is not worth interrupting the writing for, since
/// the text is still on the screen.
pub fn save(state: AppState, draft: &Draft) {
    if !draft.is_worth_keeping() {
        clear(state);
    } else if let Ok(raw) = serde_json::to_string(draft) {
        persist::set_aside(state, DRAFT, &raw, |_| ());
    }
}

pub fn clear(state: AppState) {
    persist::remove_aside(state, DRAFT);
}
