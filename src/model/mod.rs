//! The pure domain: records and the rules about them. No browser types here,
//! so everything compiles and tests natively.

pub mod journal;
pub mod people;
pub mod record;

use serde::{Deserialize, Serialize};

pub use journal::JournalEntry;
pub use people::Person;
pub use record::{merge_by_id, Record, Stamp};

/// Everything the person keeps in Tend. Each collection is stored under its
/// own key(s) by `store::layout`; a backup file carries this value whole.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Data {
    #[serde(default)]
    pub people: Vec<Person>,
    #[serde(default)]
    pub journal: Vec<JournalEntry>,
}

impl Data {
    /// Merges `other` into `self` record by record: union by id, the newer
    /// `updated_at` wins. Used for cross-tab sync and "merge" imports.
    pub fn merge(&self, other: &Data) -> Data {
        Data {
            people: merge_by_id(&self.people, &other.people),
            journal: merge_by_id(&self.journal, &other.journal),
        }
    }

    /// Live people, in the order they were added.
    pub fn live_people(&self) -> impl Iterator<Item = &Person> {
        self.people.iter().filter(|p| !p.stamp.deleted)
    }

    /// Live journal entries, newest day first (same day: newest written first).
    pub fn entries_newest_first(&self) -> Vec<&JournalEntry> {
        let mut list: Vec<&JournalEntry> =
            self.journal.iter().filter(|e| !e.stamp.deleted).collect();
        list.sort_by(|a, b| {
            b.day
                .cmp(&a.day)
                .then(b.stamp.created_at.cmp(&a.stamp.created_at))
        });
        list
    }

    /// Number of live (not deleted) records, for confirmations such as
    /// "Imported 12 records".
    pub fn live_count(&self) -> usize {
        self.people.iter().filter(|p| !p.stamp.deleted).count()
            + self.journal.iter().filter(|e| !e.stamp.deleted).count()
    }
}
