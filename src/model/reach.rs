//! Reach-outs: a message the person sent from Tend's reach-out kit
//! ("Send…", a `sms:`/`mailto:`/`tel:` link or Copy). When they come back,
//! Tend asks once "Did you reach Ada?"; Yes logs the contact with that
//! channel, Not yet keeps the check-in due. An answered reach-out is never
//! asked about again.

use super::code::coded;
use super::people::Channel;
use crate::model::record::record;
use serde::{Deserialize, Serialize};

record! {
    #[derive(Clone, Debug, PartialEq)]
    pub struct Reach {
        /// The `id` of the person written to.
        #[serde(rename = "p")]
        pub person: String,
        /// How: the channel a Yes logs.
        #[serde(rename = "k")]
        pub channel: Channel,
        /// The answer to "Did you reach them?", once given.
        #[serde(rename = "a", default, skip_serializing_if = "Option::is_none")]
        pub answer: Option<ReachAnswer>,
    }
}

/// The answer to "Did you reach them?".
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "&'static str")]
pub enum ReachAnswer {
    Yes,
    NotYet,
}

coded!(ReachAnswer {
    Yes = "yes",
    NotYet = "not",
});
