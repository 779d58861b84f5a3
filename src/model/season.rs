//! Seasons: a stretch of life (illness, grief, travel, a busy time) during
//! which every nudge pauses. Nothing is due or drifting, no challenge day or
//! ritual counts as missed, and no badge or notification is shown; streaks
//! treat the season's days as neither kept nor broken.
//!
//! A season is a record, kept in history (the charts shade it) and in
//! backups. Its last paused day is `end`, or it runs until ended by hand.

use super::code::coded;
use crate::model::record::record;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

record! {
    #[derive(Clone, Debug, PartialEq)]
    pub struct Season {
        /// The first paused day.
        #[serde(rename = "s", with = "super::day::iso")]
        pub start: NaiveDate,
        /// The last paused day; `None` while it runs until ended by hand.
        #[serde(
            rename = "e",
            default,
            skip_serializing_if = "Option::is_none",
            with = "super::day::iso_opt"
        )]
        pub end: Option<NaiveDate>,
        /// Why, if the person wants to say.
        #[serde(rename = "r", default, skip_serializing_if = "Option::is_none")]
        pub reason: Option<SeasonReason>,
        /// The welcome back after the season has been shown (or dismissed).
        #[serde(rename = "w", default, skip_serializing_if = "std::ops::Not::not")]
        pub welcomed: bool,
    }
}

/// Why a season was taken (optional, and only ever shown to the person).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "&'static str")]
pub enum SeasonReason {
    Illness,
    Grief,
    Travel,
    Busy,
    Other,
}

coded!(SeasonReason {
    Illness = "ill",
    Grief = "grief",
    Travel = "travel",
    Busy = "busy",
    Other = "other",
});

impl SeasonReason {
    pub fn label(self) -> &'static str {
        match self {
            SeasonReason::Illness => "Illness",
            SeasonReason::Grief => "Grief",
            SeasonReason::Travel => "Travel",
            SeasonReason::Busy => "A busy stretch",
            SeasonReason::Other => "Something else",
        }
    }
}

impl Season {
    /// Whether `day` is paused by this season.
    pub fn covers(&self, day: NaiveDate) -> bool {
        !self.stamp.deleted && day >= self.start && self.end.is_none_or(|e| day <= e)
    }
}
