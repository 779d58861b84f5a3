//! The pure domain: records and the rules about them. No browser types here,
//! so everything compiles and tests natively.

pub mod assessment;
pub mod cadence;
pub mod challenge;
pub mod code;
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

use serde::{Deserialize, Serialize};

pub use assessment::CheckupRecord;
pub use interaction::Interaction;
pub use journal::JournalEntry;
pub use people::Person;
pub use prompt::CustomPrompt;
pub use record::{merge_by_id, Record, Stamp};

/// Everything the person keeps in Tend. Each collection is stored under its
/// own key(s) by `store::layout`; a backup file carries this value whole.
///
/// Collections added after the first release are left out of a backup while
/// empty, so such a backup still reads in an older build.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Data {
    #[serde(default)]
    pub people: Vec<Person>,
    #[serde(default)]
    pub journal: Vec<JournalEntry>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub checkups: Vec<CheckupRecord>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub interactions: Vec<Interaction>,
    /// Journal prompts the person wrote.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub prompts: Vec<CustomPrompt>,
    /// Check-ins set aside until a day.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub snoozes: Vec<cadence::Snooze>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub challenges: Vec<challenge::Challenge>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rituals: Vec<challenge::ritual::Ritual>,
    /// Plans for reconnecting with someone.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reconnects: Vec<challenge::reconnect::ReconnectPlan>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub milestones: Vec<milestone::Milestone>,
    /// Gift ideas, one list per person (its id is the person's).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub gifts: Vec<milestone::GiftIdeas>,
    /// Stretches of life when every nudge pauses.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub seasons: Vec<season::Season>,
    /// Messages sent from the reach-out kit, and whether they reached.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reaches: Vec<reach::Reach>,
    /// The person's choices (one record).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub prefs: Vec<prefs::Prefs>,
}

impl Data {
    /// The latest instant any record was created or changed.
    pub fn latest_stamp(&self) -> Option<chrono::DateTime<chrono::Utc>> {
        use record::latest_stamp as l;
        [
            l(&self.people),
            l(&self.journal),
            l(&self.checkups),
            l(&self.interactions),
            l(&self.prompts),
            l(&self.snoozes),
            l(&self.challenges),
            l(&self.rituals),
            l(&self.reconnects),
            l(&self.milestones),
            l(&self.gifts),
            l(&self.seasons),
            l(&self.reaches),
            l(&self.prefs),
        ]
        .into_iter()
        .flatten()
        .max()
    }

    /// Merges `other` into `self` record by record: union by id, the newer
    /// `updated_at` wins. Used for cross-tab sync and "merge" imports.
    pub fn merge(&self, other: &Data) -> Data {
        Data {
            people: merge_by_id(&self.people, &other.people),
            journal: merge_by_id(&self.journal, &other.journal),
            checkups: merge_by_id(&self.checkups, &other.checkups),
            interactions: merge_by_id(&self.interactions, &other.interactions),
            prompts: merge_by_id(&self.prompts, &other.prompts),
            snoozes: merge_by_id(&self.snoozes, &other.snoozes),
            challenges: merge_by_id(&self.challenges, &other.challenges),
            rituals: merge_by_id(&self.rituals, &other.rituals),
            reconnects: merge_by_id(&self.reconnects, &other.reconnects),
            milestones: merge_by_id(&self.milestones, &other.milestones),
            gifts: merge_by_id(&self.gifts, &other.gifts),
            seasons: merge_by_id(&self.seasons, &other.seasons),
            reaches: merge_by_id(&self.reaches, &other.reaches),
            prefs: merge_by_id(&self.prefs, &other.prefs),
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

    /// Number of live (not deleted) records, for confirmations such as
    /// "Imported 12 records".
    pub fn live_count(&self) -> usize {
        fn live<T: Record>(list: &[T]) -> usize {
            list.iter().filter(|r| !r.stamp().deleted).count()
        }
        live(&self.people)
            + live(&self.journal)
            + live(&self.checkups)
            + live(&self.interactions)
            + live(&self.prompts)
            + live(&self.snoozes)
            + live(&self.challenges)
            + live(&self.rituals)
            + live(&self.reconnects)
            + live(&self.milestones)
            + live(&self.gifts)
            + live(&self.seasons)
            + live(&self.reaches)
            + live(&self.prefs)
    }
}
