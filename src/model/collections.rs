//! The one declaration of Tend's collections. Everything that lists them
//! follows from it: `Data` (and so the backup file), the key layout and
//! its names (`store::layout`), loading and merging by collection
//! (`for_collection!`), a backup's id checks, and the app state's signals.
//! Adding a collection is one line here (and its record type).
//!
//! Each line reads
//! `field: Type = Name("key name", plain | sharded, "a record, in words", "what the key holds")`,
//! after the attributes of `Data`'s field. A sharded collection is stored
//! by month of its records' `day`; "{month}" in its description is that
//! month.
//!
//! [`with_collections!`] hands the list to a macro that turns it into
//! code: each place that needs the collections defines one such macro and
//! calls `with_collections!(that_macro)` (with extra tokens in parentheses
//! after its name, when it needs some).

/// Calls `$then! { (extra tokens) list }` with the list of collections.
macro_rules! with_collections {
    ($($then:ident)::+ $(, ($($extra:tt)*))?) => {
        $($then)::+! {
            ($($($extra)*)?)
            /// The people in the person's life.
            #[serde(default)]
            people: crate::model::people::Person = People("people", plain, "person", "your people list"),
            #[serde(default)]
            journal: crate::model::journal::JournalEntry = Journal("journal", sharded, "journal entry", "journal entries for {month}"),
            /// Completed check-ups: about one a month, small enough for one key.
            #[serde(default, skip_serializing_if = "Vec::is_empty")]
            checkups: crate::model::assessment::CheckupRecord = Checkups("checkups", plain, "check-up", "your check-up history"),
            /// Logged contacts.
            #[serde(default, skip_serializing_if = "Vec::is_empty")]
            interactions: crate::model::interaction::Interaction = Interactions("interactions", sharded, "interaction", "contacts you logged in {month}"),
            /// Journal prompts the person wrote.
            #[serde(default, skip_serializing_if = "Vec::is_empty")]
            prompts: crate::model::prompt::CustomPrompt = Prompts("prompts", plain, "journal prompt", "your own journal prompts"),
            /// Check-ins set aside until a day.
            #[serde(default, skip_serializing_if = "Vec::is_empty")]
            snoozes: crate::model::cadence::Snooze = Snoozes("snoozes", plain, "snoozed check-in", "the check-ins you snoozed"),
            #[serde(default, skip_serializing_if = "Vec::is_empty")]
            challenges: crate::model::challenge::Challenge = Challenges("challenges", plain, "challenge", "your challenges"),
            #[serde(default, skip_serializing_if = "Vec::is_empty")]
            rituals: crate::model::challenge::ritual::Ritual = Rituals("rituals", plain, "ritual", "your rituals"),
            /// Plans for reconnecting with someone.
            #[serde(default, skip_serializing_if = "Vec::is_empty")]
            reconnects: crate::model::challenge::reconnect::ReconnectPlan = Reconnects("reconnects", plain, "reconnect plan", "your reconnect plans"),
            #[serde(default, skip_serializing_if = "Vec::is_empty")]
            milestones: crate::model::milestone::Milestone = Milestones("milestones", plain, "milestone", "your milestones"),
            /// Gift ideas, one list per person (its id is the person's).
            #[serde(default, skip_serializing_if = "Vec::is_empty")]
            gifts: crate::model::milestone::GiftIdeas = Gifts("gifts", plain, "gift list", "your gift ideas"),
            /// Stretches of life when every nudge pauses.
            #[serde(default, skip_serializing_if = "Vec::is_empty")]
            seasons: crate::model::season::Season = Seasons("seasons", plain, "season", "your seasons"),
            /// Messages sent from the reach-out kit, and whether they reached.
            #[serde(default, skip_serializing_if = "Vec::is_empty")]
            reaches: crate::model::reach::Reach = Reaches("reaches", plain, "reach-out", "the messages you sent from Tend"),
            /// The person's choices (one record).
            #[serde(default, skip_serializing_if = "Vec::is_empty")]
            prefs: crate::model::prefs::Prefs = Prefs("prefs", plain, "settings record", "your settings"),
        }
    };
}
pub(crate) use with_collections;

/// `Data`: every collection, as one value.
macro_rules! data_struct {
    (() $($(#[$attr:meta])* $field:ident: $ty:ty = $name:ident($key:literal, $shard:ident, $noun:literal, $describe:literal),)*) => {
        /// Everything the person keeps in Tend. Each collection is stored under
        /// its own key(s) by `store::layout`; a backup file carries this value
        /// whole.
        ///
        /// Collections added after the first release are left out of a backup
        /// while empty, so such a backup still reads in an older build.
        #[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        pub struct Data {
            $($(#[$attr])* pub $field: Vec<$ty>,)*
        }

        impl Data {
            /// The latest instant any record was created or changed.
            pub fn latest_stamp(&self) -> Option<chrono::DateTime<chrono::Utc>> {
                [$(crate::model::record::latest_stamp(&self.$field),)*]
                    .into_iter()
                    .flatten()
                    .max()
            }

            /// Merges `other` into `self` record by record: union by id, the
            /// newer `updated_at` wins, and two copies with the same stamp but
            /// different contents are both kept (see `record::merge_into`).
            pub fn merge(&self, other: &Data) -> Data {
                Data {
                    $($field: crate::model::record::merge_by_id(&self.$field, &other.$field),)*
                }
            }

            /// Number of live (not deleted) records, for confirmations such as
            /// "Imported 12 records". The settings record is not one of the
            /// person's records, so it is not counted.
            pub fn live_count(&self) -> usize {
                fn live<T: crate::model::record::Record>(list: &[T]) -> usize {
                    list.iter().filter(|r| !r.stamp().deleted).count()
                }
                (0 $(+ live(&self.$field))*) - live(&self.prefs)
            }

            /// Checks, collection by collection, that every record has an id
            /// and that no id is used twice; the error names the record in words.
            pub fn check_ids(&self) -> Result<(), crate::model::record::IdProblem> {
                $(crate::model::record::check_ids(&self.$field, $noun)?;)*
                Ok(())
            }
        }
    };
}

with_collections!(data_struct);
