//! Logged moments of contact with someone: a call, a message, a visit. They
//! grow for as long as Tend is used, so the store shards them by month of
//! their day, like the journal.

use super::journal::month_key;
use super::people::{Channel, Person};
use crate::model::record::record;
use chrono::NaiveDate;
use std::collections::HashMap;

record! {
    #[derive(Clone, Debug, PartialEq)]
    pub struct Interaction {
        /// The `id` of the person it was with.
        #[serde(rename = "p")]
        pub person: String,
        #[serde(rename = "k")]
        pub kind: Channel,
        /// The local day it happened.
        #[serde(rename = "d", with = "super::day::iso")]
        pub day: NaiveDate,
        /// An optional note; empty when there is none.
        #[serde(rename = "t", default, skip_serializing_if = "String::is_empty")]
        pub note: String,
    }
}

impl Interaction {
    /// The month shard this interaction lives in, as `YYYY-MM`.
    pub fn month(&self) -> String {
        month_key(self.day)
    }
}

/// The day of the latest live interaction with each person, by person id:
/// built once per change to the log, so that every screen asking "when were
/// we last in touch?" looks it up instead of scanning years of contacts.
pub fn latest_by_person(interactions: &[Interaction]) -> HashMap<String, NaiveDate> {
    // Keyed by borrowed ids while scanning: one copy per person, not per contact.
    let mut latest: HashMap<&str, NaiveDate> = HashMap::new();
    for i in interactions.iter().filter(|i| !i.stamp.deleted) {
        let d = latest.entry(&i.person).or_insert(i.day);
        if *d < i.day {
            *d = i.day;
        }
    }
    latest
        .into_iter()
        .map(|(p, d)| (p.to_string(), d))
        .collect()
}

/// [`last_contact`] from a [`latest_by_person`] index.
pub fn last_contact_in(person: &Person, latest: &HashMap<String, NaiveDate>) -> Option<NaiveDate> {
    person
        .last_contact
        .max(latest.get(&person.stamp.id).copied())
}

/// Live interactions with `person_id`, newest day first (same day: newest
/// written first): a person's own log.
pub fn with_person<'a>(interactions: &'a [Interaction], person_id: &str) -> Vec<&'a Interaction> {
    let mut list: Vec<&Interaction> = interactions
        .iter()
        .filter(|i| !i.stamp.deleted && i.person == person_id)
        .collect();
    super::order::sort_by(&mut list, |i| {
        super::order::newest_first(i.day, i.stamp.created_at)
    });
    list
}

/// The day of the latest live interaction logged with `person_id`.
pub fn latest_interaction(person_id: &str, interactions: &[Interaction]) -> Option<NaiveDate> {
    interactions
        .iter()
        .filter(|i| !i.stamp.deleted && i.person == person_id)
        .map(|i| i.day)
        .max()
}

/// When the person was last in touch with `person`: the later of the day
/// entered by hand and the latest logged interaction. Either may be missing,
/// because people fill in one, the other, or both.
pub fn last_contact(person: &Person, interactions: &[Interaction]) -> Option<NaiveDate> {
    person
        .last_contact
        .max(latest_interaction(&person.stamp.id, interactions))
}
