//! The reactive app state and the actions that change it. Components read
//! the signals and call actions; only `persist` talks to the store.
//!
//! Each collection has a signal of its own, so a change to one (logging a
//! contact) re-runs only what reads that one (the check-ins and the contact
//! list), never the journal. A change goes through [`AppState::add`],
//! [`AppState::change`] or [`AppState::remove`], which update the signal in
//! place and mark the one key the record lives under; autosave then writes
//! just those keys (see `persist`).

pub mod actions;
pub mod clock;
pub mod crypto;
pub mod draft;
pub mod files;
pub mod notices;
pub mod persist;
pub mod practice;
pub mod reaching;
pub mod seasons;
pub mod update;
pub mod vault;

use crate::model::cadence::Snooze;
use crate::model::challenge::{reconnect::ReconnectPlan, ritual::Ritual, Challenge};
use crate::model::interaction::latest_by_person;
use crate::model::journal::search::SearchIndex;
use crate::model::milestone::{GiftIdeas, Milestone};
use crate::model::prefs::Prefs;
use crate::model::reach::Reach;
use crate::model::season::Season;
use crate::model::{CheckupRecord, CustomPrompt, Data, Interaction, JournalEntry, Person};
use crate::store::layout::Stored;
use chrono::NaiveDate;
use leptos::prelude::*;
use std::collections::HashMap;

pub use notices::{Notice, NoticeAction, NoticeKind};

/// Everything the UI shares. All fields are signals or memos, so this is
/// `Copy` and cheap to hand to any component through context.
#[derive(Clone, Copy)]
pub struct AppState {
    pub people: RwSignal<Vec<Person>>,
    pub journal: RwSignal<Vec<JournalEntry>>,
    pub checkups: RwSignal<Vec<CheckupRecord>>,
    pub interactions: RwSignal<Vec<Interaction>>,
    pub prompts: RwSignal<Vec<CustomPrompt>>,
    pub snoozes: RwSignal<Vec<Snooze>>,
    pub challenges: RwSignal<Vec<Challenge>>,
    pub rituals: RwSignal<Vec<Ritual>>,
    pub reconnects: RwSignal<Vec<ReconnectPlan>>,
    pub milestones: RwSignal<Vec<Milestone>>,
    pub gifts: RwSignal<Vec<GiftIdeas>>,
    pub seasons: RwSignal<Vec<Season>>,
    pub reaches: RwSignal<Vec<Reach>>,
    pub prefs: RwSignal<Vec<Prefs>>,

    pub notices: RwSignal<Vec<Notice>>,
    /// False when the stored data must not be overwritten (a newer schema).
    pub writable: RwSignal<bool>,
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

    /// The day of the latest logged contact with each person, by id.
    pub latest: Memo<HashMap<String, NaiveDate>>,
    /// The names of live (not removed) people, by id.
    pub names: Memo<HashMap<String, String>>,
    /// The journal's search index, kept between visits to the Journal and
    /// refreshed there, so each change folds only what it changed.
    pub search: StoredValue<SearchIndex>,
}

impl AppState {
    /// Loads stored data, starts autosave, cross-tab sync and the clock,
    /// and puts the state in context.
    pub fn init() -> Self {
        let interactions = RwSignal::new(Vec::<Interaction>::new());
        let people = RwSignal::new(Vec::<Person>::new());
        let state = AppState {
            people,
            journal: RwSignal::new(Vec::new()),
            checkups: RwSignal::new(Vec::new()),
            interactions,
            prompts: RwSignal::new(Vec::new()),
            snoozes: RwSignal::new(Vec::new()),
            challenges: RwSignal::new(Vec::new()),
            rituals: RwSignal::new(Vec::new()),
            reconnects: RwSignal::new(Vec::new()),
            milestones: RwSignal::new(Vec::new()),
            gifts: RwSignal::new(Vec::new()),
            seasons: RwSignal::new(Vec::new()),
            reaches: RwSignal::new(Vec::new()),
            prefs: RwSignal::new(Vec::new()),
            notices: RwSignal::new(Vec::new()),
            writable: RwSignal::new(true),
            used: RwSignal::new(0),
            today: RwSignal::new(clock::today()),
            locked: RwSignal::new(false),
            lock_idle: RwSignal::new(None),
            latest: Memo::new(move |_| interactions.with(|i| latest_by_person(i))),
            search: StoredValue::new(SearchIndex::default()),
            names: Memo::new(move |_| {
                people.with(|list| {
                    list.iter()
                        .filter(|p| !p.stamp.deleted)
                        .map(|p| (p.stamp.id.clone(), p.name.clone()))
                        .collect()
                })
            }),
        };
        persist::start(state);
        update::watch(state);
        clock::watch_day(state.today);
        provide_context(state);
        state
    }

    /// The name of live person `id`.
    pub fn name_of(&self, id: &str) -> Option<String> {
        self.names.with(|n| n.get(id).cloned())
    }

    /// Everything, as one value (for a backup or the calendar export).
    pub fn snapshot(&self) -> Data {
        Data {
            people: self.people.get_untracked(),
            journal: self.journal.get_untracked(),
            checkups: self.checkups.get_untracked(),
            interactions: self.interactions.get_untracked(),
            prompts: self.prompts.get_untracked(),
            snoozes: self.snoozes.get_untracked(),
            challenges: self.challenges.get_untracked(),
            rituals: self.rituals.get_untracked(),
            reconnects: self.reconnects.get_untracked(),
            milestones: self.milestones.get_untracked(),
            gifts: self.gifts.get_untracked(),
            seasons: self.seasons.get_untracked(),
            reaches: self.reaches.get_untracked(),
            prefs: self.prefs.get_untracked(),
        }
    }

    /// Replaces every collection with `data`'s (loading, replacing, erasing).
    fn set_all(&self, data: Data) {
        clock::observe(data.latest_stamp());
        self.people.set(data.people);
        self.journal.set(data.journal);
        self.checkups.set(data.checkups);
        self.interactions.set(data.interactions);
        self.prompts.set(data.prompts);
        self.snoozes.set(data.snoozes);
        self.challenges.set(data.challenges);
        self.rituals.set(data.rituals);
        self.reconnects.set(data.reconnects);
        self.milestones.set(data.milestones);
        self.gifts.set(data.gifts);
        self.seasons.set(data.seasons);
        self.reaches.set(data.reaches);
        self.prefs.set(data.prefs);
    }

    /// Adds a new record and marks its key for the next save.
    pub fn add<T: Held>(&self, record: T) {
        persist::touched(*self, record.key());
        T::signal(self).update(|list| list.push(record));
    }

    /// Applies `f` to the live record `id` and marks it changed. When `f`
    /// refuses, or the record is gone (removed in another tab, say),
    /// nothing changes and nothing re-renders.
    pub fn change<T: Held, E: ToString>(
        &self,
        id: &str,
        f: impl FnOnce(&mut T) -> Result<(), E>,
    ) -> Result<(), String> {
        let signal = T::signal(self);
        let result = signal
            .try_update_untracked(|list| {
                let r = list
                    .iter_mut()
                    .find(|r| r.stamp().id == id && !r.stamp().deleted)
                    .ok_or_else(|| "This was removed, perhaps in another tab.".to_string())?;
                let before = r.key();
                f(r).map_err(|e| e.to_string())?;
                r.stamp_mut().touch(clock::now());
                Ok((before, r.key()))
            })
            .unwrap_or_else(|| Err("Tend is closing.".to_string()));
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
        let _ = self.change::<T, String>(id, |r| {
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

/// A record type and the signal that holds its collection.
pub trait Held: Stored + Send + Sync {
    fn signal(state: &AppState) -> RwSignal<Vec<Self>>;
}

macro_rules! held {
    ($($t:ty => $field:ident),+ $(,)?) => {
        $(impl Held for $t {
            fn signal(state: &AppState) -> RwSignal<Vec<Self>> {
                state.$field
            }
        })+
    };
}

held!(
    Person => people,
    JournalEntry => journal,
    CheckupRecord => checkups,
    Interaction => interactions,
    CustomPrompt => prompts,
    Snooze => snoozes,
    Challenge => challenges,
    Ritual => rituals,
    ReconnectPlan => reconnects,
    Milestone => milestones,
    GiftIdeas => gifts,
    Season => seasons,
    Reach => reaches,
    Prefs => prefs,
);

pub fn use_app() -> AppState {
    expect_context::<AppState>()
}
