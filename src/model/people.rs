//! People the person keeps in touch with.

use super::record::{Record, Stamp};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Person {
    #[serde(flatten)]
    pub stamp: Stamp,
    #[serde(rename = "n")]
    pub name: String,
    #[serde(rename = "no", default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
}

impl Record for Person {
    fn stamp(&self) -> &Stamp {
        &self.stamp
    }
    fn stamp_mut(&mut self) -> &mut Stamp {
        &mut self.stamp
    }
}

/// A name as typed, tidied: surrounding and repeated inner whitespace removed.
/// Returns `None` for a blank name, which the form reports to the person.
pub fn clean_name(raw: &str) -> Option<String> {
    let name = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    (!name.is_empty()).then_some(name)
}
