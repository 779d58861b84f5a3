//! Journal entries. Each belongs to a calendar day in the person's own time
//! zone, which is also how the store shards them (one key per month).

use super::record::{Record, Stamp};
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct JournalEntry {
    #[serde(flatten)]
    pub stamp: Stamp,
    /// The local day the entry is about.
    #[serde(rename = "d")]
    pub day: NaiveDate,
    #[serde(rename = "t")]
    pub text: String,
}

impl Record for JournalEntry {
    fn stamp(&self) -> &Stamp {
        &self.stamp
    }
    fn stamp_mut(&mut self) -> &mut Stamp {
        &mut self.stamp
    }
}

impl JournalEntry {
    /// The month shard this entry lives in, as `YYYY-MM`.
    pub fn month(&self) -> String {
        month_key(self.day)
    }
}

pub fn month_key(day: NaiveDate) -> String {
    format!("{:04}-{:02}", day.year(), day.month())
}
