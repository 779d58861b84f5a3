//! The reactive app state and the actions that change it. Components read
//! the signals and call actions; only `persist` talks to the store.

pub mod actions;
pub mod clock;
pub mod draft;
pub mod files;
pub mod notices;
pub mod persist;
pub mod practice;
pub mod update;

use crate::model::Data;
use leptos::prelude::*;
pub use notices::{Notice, NoticeAction, NoticeKind};

/// Everything the UI shares. All fields are signals, so this is `Copy` and
/// cheap to hand to any component through context.
#[derive(Clone, Copy)]
pub struct AppState {
    pub data: RwSignal<Data>,
    pub notices: RwSignal<Vec<Notice>>,
    /// False when the stored data must not be overwritten (a newer schema).
    pub writable: RwSignal<bool>,
    /// Storage used by this origin, in UTF-16 code units; refreshed after writes.
    pub used: RwSignal<usize>,
}

impl AppState {
    /// Loads stored data, starts autosave and cross-tab sync, and puts the
    /// state in context.
    pub fn init() -> Self {
        let state = AppState {
            data: RwSignal::new(Data::default()),
            notices: RwSignal::new(Vec::new()),
            writable: RwSignal::new(true),
            used: RwSignal::new(0),
        };
        persist::start(state);
        update::watch(state);
        provide_context(state);
        state
    }
}

pub fn use_app() -> AppState {
    expect_context::<AppState>()
}
