//! The pure domain: records and the rules about them. No browser types here,
//! so everything compiles and tests natively.

pub mod assessment;
pub mod cadence;
pub mod challenge;
pub mod code;
pub mod collections;
pub mod contact;
pub mod day;
pub mod gaps;
pub mod interaction;
pub mod journal;
pub mod map;
pub mod milestone;
pub mod nudge;
pub mod order;
pub mod people;
pub mod prefs;
pub mod prompt;
pub mod reach;
pub mod reachout;
pub mod record;
pub mod roster;
pub mod season;
pub mod suggest;
pub mod timeline;

pub use assessment::CheckupRecord;
pub use collections::Data;
pub use interaction::Interaction;
pub use journal::JournalEntry;
pub use people::Person;
pub use prompt::CustomPrompt;
pub use record::{merge_by_id, Record, Stamp};

impl Data {
    /// Live people, in the order they were added.
    pub fn live_people(&self) -> impl Iterator<Item = &Person> {
        self.people.iter().filter(|p| !p.stamp.deleted)
    }

    /// Live journal entries, newest day first (same day: newest written first).
    pub fn entries_newest_first(&self) -> Vec<&JournalEntry> {
        let mut list: Vec<&JournalEntry> =
            self.journal.iter().filter(|e| !e.stamp.deleted).collect();
        order::sort_by(&mut list, |e| {
            order::newest_first(e.day, e.stamp.created_at)
        });
        list
    }

    /// Live interactions with `person_id`, newest day first (same day:
    /// newest written first).
    pub fn interactions_with(&self, person_id: &str) -> Vec<&Interaction> {
        interaction::with_person(&self.interactions, person_id)
    }
}
