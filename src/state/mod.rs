//! The reactive app state and the actions that change it. Components read
//! the signals and call actions; saving is `persist`'s, and every write to
//! storage goes through the one `writer`.
//!
//! Each collection has a signal of its own (one per line of
//! `model::collections`), so a change to one (logging a contact) re-runs
//! only what reads that one (the check-ins and the contact list), never the
//! journal. A change goes through [`AppState::add`], [`AppState::change`]
//! or [`AppState::remove`], which update the signal in place and mark the
//! one key the record lives under; autosave then writes just those keys.
//!
//! What the state layer keeps that is not reactive (the marked keys, the
//! writer's queue and key, the idle timer, the notices' numbers) is held in
//! `StoredValue`s owned by `AppState`, not in thread-locals: one owner, and
//! a test can make a fresh one.
//!
//! Modules: `persist` (autosave, loading, other tabs, replacing), `writer`
//! (the one path to storage, plain or sealed), `vault` (the lock's key and
//! its lifetime), `lock` (what the Settings and unlock screens ask of the
//! two), `keep` (asking the browser to keep the data, backup reminders),
//! `actions` and `practice` (the changes a person makes), `notices`,
//! `error`, `draft`, `files`, `clock`, `crypto`, `sealing` (sealing and
//! opening stored values, a chunk of its own: `split`) and `update`.

pub mod actions;
pub mod clock;
pub mod crypto;
pub mod draft;
pub mod error;
pub mod files;
pub mod keep;
pub mod lock;
pub mod notices;
pub mod persist;
pub mod practice;
pub mod reaching;
pub mod sealing;
pub mod seasons;
mod split;
pub mod standing;
pub mod update;
pub mod vault;
pub mod writer;

use crate::model::interaction::latest_by_person;
use crate::model::journal::search::SearchIndex;
use crate::model::Data;
use crate::store::layout::Stored;
use chrono::NaiveDate;
use leptos::prelude::*;
use std::collections::HashMap;

pub use error::ActionError;
pub use notices::{Notice, NoticeAction, NoticeKind, Topic};

/// The signal of collection `$field`: the two the memos read are made
/// first (`$people`, `$interactions`), every other one here.
macro_rules! signal_for {
    (people, $people:ident, $interactions:ident) => {
        $people
    };
    (interactions, $people:ident, $interactions:ident) => {
        $interactions
    };
    ($field:ident, $people:ident, $interactions:ident) => {
        RwSignal::new(Vec::new())
    };
}

/// `AppState`, with a signal for each collection of `model::collections`.
macro_rules! app_state {
    (() $($(#[$attr:meta])* $field:ident: $ty:ty = $name:ident($key:literal, $shard:ident, $noun:literal, $describe:literal),)*) => {
        /// Everything the UI shares. All fields are signals, memos or
        /// stored values, so this is `Copy` and cheap to hand to any
        /// component through context.
        #[derive(Clone, Copy)]
        pub struct AppState {
            $(pub $field: RwSignal<Vec<$ty>>,)*

            pub notices: RwSignal<Vec<Notice>>,
            /// False when the stored data must not be overwritten (a newer schema).
            pub writable: RwSignal<bool>,
            /// True while the stored data is refused (saved by a newer Tend, or
            /// by an older one whose migrations have not downloaded): none of
            /// it is shown, so the empty lists are not the person's.
            pub refused: RwSignal<bool>,
            /// Storage used by this origin, in UTF-16 code units, kept up to date
            /// from the sizes of what is written.
            pub used: RwSignal<usize>,
            /// The person's local day; moves on at midnight while Tend is open.
            pub today: RwSignal<NaiveDate>,
            /// True while a passphrase lock is closed: nothing is loaded, and only
            /// the unlock screen shows.
            pub locked: RwSignal<bool>,
            /// With a passphrase lock set, the minutes of idleness after which it
            /// closes (0: never); `None` without a lock.
            pub lock_idle: RwSignal<Option<u32>>,
            /// Whether the browser promised to keep Tend's data (`None`: not
            /// asked yet, or the browser cannot say).
            pub persisted: RwSignal<Option<bool>>,

            /// The day of the latest logged contact with each person, by id.
            pub latest: Memo<HashMap<String, NaiveDate>>,
            /// The names of live (not removed) people, by id.
            pub names: Memo<HashMap<String, String>>,
            /// The journal's search index, kept between visits to the Journal and
            /// refreshed there, so each change folds only what it changed.
            pub search: StoredValue<SearchIndex>,

            /// The one path to storage (public for the browser tests; the
            /// UI goes through actions).
            pub writer: writer::Writer,
            /// What autosave has marked and not yet written.
            pub(crate) saves: StoredValue<persist::Saves, LocalStorage>,
            /// The older months of the journal and the contact log, read but
            /// not yet decoded.
            pub(crate) later: StoredValue<persist::Later, LocalStorage>,
            /// When the person last touched Tend, for the lock's idle time.
            pub(crate) idle: StoredValue<vault::Idle, LocalStorage>,
            /// The number of the last notice shown.
            pub(crate) notice_ids: StoredValue<u64>,
        }

        impl AppState {
            fn new() -> Self {
                let interactions = RwSignal::new(Vec::<crate::model::Interaction>::new());
                let people = RwSignal::new(Vec::<crate::model::Person>::new());
                let used = RwSignal::new(0);
                AppState {
                    $($field: signal_for!($field, people, interactions),)*
                    notices: RwSignal::new(Vec::new()),
                    writable: RwSignal::new(true),
                    refused: RwSignal::new(false),
                    used,
                    today: RwSignal::new(clock::today()),
                    locked: RwSignal::new(false),
                    lock_idle: RwSignal::new(None),
                    persisted: RwSignal::new(None),
                    latest: Memo::new(move |_| interactions.with(|i| latest_by_person(i))),
                    names: Memo::new(move |_| {
                        people.with(|list| {
                            list.iter()
                                .filter(|p| !p.stamp.deleted)
                                .map(|p| (p.stamp.id.clone(), p.name.clone()))
                                .collect()
                        })
                    }),
                    search: StoredValue::new(SearchIndex::default()),
                    writer: writer::Writer::new(used),
                    saves: StoredValue::new_local(persist::Saves::default()),
                    later: StoredValue::new_local(persist::Later::default()),
                    idle: StoredValue::new_local(vault::Idle::default()),
                    notice_ids: StoredValue::new(0),
                }
            }

            /// Everything, as one value (for a backup or the calendar export).
            pub fn snapshot(&self) -> Data {
                self.whole_logs();
                Data {
                    $($field: self.$field.get_untracked(),)*
                }
            }

            /// Replaces every collection with `data`'s (loading, replacing, erasing).
            fn set_all(&self, data: Data) {
                persist::later::forget(*self);
                clock::observe(data.latest_stamp());
                $(self.$field.set(data.$field);)*
            }
        }

        $(impl Held for $ty {
            fn signal(state: &AppState) -> RwSignal<Vec<Self>> {
                state.$field
            }
        })*
    };
}

crate::model::collections::with_collections!(app_state);

impl AppState {
    /// Loads stored data, starts autosave, cross-tab sync and the clock,
    /// and puts the state in context.
    pub fn init() -> Self {
        let state = AppState::new();
        persist::start(state);
        update::watch(state);
        keep::watch(state);
        clock::watch_day(state.today);
        provide_context(state);
        state
    }

    /// Whether the person's data is in memory, to be shown and counted: not
    /// while a lock is closed (nothing is loaded) nor while the stored data
    /// is refused (the lists are empty; the person's data is not). Tracked.
    pub fn data_here(&self) -> bool {
        !self.locked.get() && !self.refused.get()
    }

    /// Makes sure `journal` holds every entry and `interactions` every
    /// contact: start-up leaves the journal's months before last month, and
    /// the contacts before each person's last one, for idle time (see
    /// `persist::later`), and what reads further back (the Journal, a
    /// person's log, exports, the reach-out kit) calls this first. Cheap
    /// once they are in.
    pub fn whole_logs(&self) {
        persist::later::whole(*self);
    }

    /// Whether `journal` holds every entry yet (see [`Self::whole_logs`]).
    /// Not tracked: what reads it also reads `journal`, which changes when
    /// the rest arrives.
    pub fn journal_is_whole(&self) -> bool {
        !persist::later::journal_waiting(*self)
    }

    /// The name of live person `id`.
    pub fn name_of(&self, id: &str) -> Option<String> {
        self.names.with(|n| n.get(id).cloned())
    }

    /// The live record `id` of `T` as it stands now (`None` once it is
    /// removed, perhaps in another tab).
    pub fn live<T: Held>(&self, id: &str) -> Option<T> {
        T::signal(self).with_untracked(|list| find_live(list, id).cloned())
    }

    /// The live record `id` of `T`, following its changes: what a view of
    /// one record (a person, a ritual, a plan) reads.
    pub fn live_memo<T: Held>(&self, id: String) -> Memo<Option<T>> {
        let signal = T::signal(self);
        Memo::new(move |_| signal.with(|list| find_live(list, &id).cloned()))
    }

    /// Adds a new record and marks its key for the next save.
    pub fn add<T: Held>(&self, record: T) {
        persist::touched(*self, record.key());
        T::signal(self).update(|list| list.push(record));
    }

    /// Applies `f` to the live record `id` and marks it changed. When `f`
    /// refuses, or the record is gone (removed in another tab, say),
    /// nothing changes and nothing re-renders.
    pub fn change<T: Held, E: Into<ActionError>>(
        &self,
        id: &str,
        f: impl FnOnce(&mut T) -> Result<(), E>,
    ) -> Result<(), ActionError> {
        let signal = T::signal(self);
        let result = signal
            .try_update_untracked(|list| {
                let r = list
                    .iter_mut()
                    .find(|r| is_live(*r, id))
                    .ok_or(ActionError::Gone)?;
                let before = r.key();
                f(r).map_err(Into::into)?;
                r.stamp_mut().touch(clock::now());
                Ok((before, r.key()))
            })
            .unwrap_or(Err(ActionError::Closing));
        let (before, after) = result?;
        persist::touched(*self, before);
        persist::touched(*self, after);
        signal.notify();
        Ok(())
    }

    /// Stores `record` under its id, replacing (and reviving, if it was
    /// removed) the one already there: for records there is one of per
    /// person, such as a snooze or a gift list, whose id is the person's.
    pub fn put<T: Held>(&self, mut record: T) {
        let signal = T::signal(self);
        let id = record.stamp().id.clone();
        let key = record.key();
        let mut old_key = None;
        signal.update(|list| match list.iter_mut().find(|r| r.stamp().id == id) {
            Some(r) => {
                let mut stamp = r.stamp().clone();
                stamp.deleted = false;
                stamp.touch(clock::now());
                *record.stamp_mut() = stamp;
                old_key = Some(r.key());
                *r = record;
            }
            None => list.push(record),
        });
        persist::touched(*self, key);
        if let Some(k) = old_key {
            persist::touched(*self, k);
        }
    }

    /// Removes the record `id`, keeping a tombstone so that merging with an
    /// older copy (another tab, a backup) does not bring it back.
    pub fn remove<T: Held>(&self, id: &str) {
        let _ = self.change::<T, std::convert::Infallible>(id, |r| {
            r.stamp_mut().deleted = true;
            Ok(())
        });
    }

    /// Brings back a removed record (an undo). Its newer `updated_at`
    /// carries the undo to other tabs like any edit.
    pub fn restore<T: Held>(&self, id: &str) {
        let signal = T::signal(self);
        let key = signal.try_update(|list| {
            let r = list.iter_mut().find(|r| r.stamp().id == id)?;
            r.stamp_mut().deleted = false;
            r.stamp_mut().touch(clock::now());
            Some(r.key())
        });
        if let Some(Some(key)) = key {
            persist::touched(*self, key);
        }
    }
}

fn is_live<T: Held>(r: &T, id: &str) -> bool {
    r.stamp().id == id && !r.stamp().deleted
}

fn find_live<'a, T: Held>(list: &'a [T], id: &str) -> Option<&'a T> {
    list.iter().find(|r| is_live(*r, id))
}

/// A record type and the signal that holds its collection.
pub trait Held: Stored + Send + Sync {
    fn signal(state: &AppState) -> RwSignal<Vec<Self>>;
}

pub fn use_app() -> AppState {
    expect_context::<AppState>()
}
