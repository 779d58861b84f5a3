//! Keys that hold no records (the draft, the automatic backup), written
//! through the writer like everything else; the draft's text is kept here
//! too, so the form reads it back without opening what is stored.

use super::AppState;
use crate::store::commit::Outcome;
use crate::store::layout::{Writes, DRAFT};
use leptos::prelude::*;

/// Writes a key that holds no records; `done` hears how it went.
pub fn set_aside(state: AppState, key: &str, value: &str, done: impl FnOnce(Outcome) + 'static) {
    if key == DRAFT {
        state.saves.update_value(|s| {
            s.asides.insert(key.to_string(), value.to_string());
        });
    }
    let writes = Writes::from([(key.to_string(), Some(value.to_string()))]);
    state.writer.write(writes, done);
}

pub fn remove_aside(state: AppState, key: &str) {
    state.saves.update_value(|s| {
        s.asides.remove(key);
    });
    state
        .writer
        .write(Writes::from([(key.to_string(), None)]), |_| ());
}

/// The text of a key set aside that the app reads back (the draft).
pub fn read_aside(state: AppState, key: &str) -> Option<String> {
    state
        .saves
        .try_with_value(|s| s.asides.get(key).cloned())
        .flatten()
}
