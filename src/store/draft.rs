//! The stored form of the journal entry being written (`tend:draft`): its
//! fields by name, so they can be reordered or added to without misreading
//! an older draft. Kept and read back by `state::draft`.

use crate::model::record::map_form;
use serde::{Deserialize, Serialize};

/// What the write form holds, by name (the fields can be reordered or
/// added to without misreading an older draft).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
#[serde(remote = "Self")]
pub struct Draft {
    /// `YYYY-MM-DD`, as the date field gives it.
    pub day: String,
    pub text: String,
    /// "1" to "5", or "" for none.
    pub mood: String,
    pub tags: String,
    /// Ids of the people chosen.
    pub people: Vec<String>,
}
map_form!(Draft);

impl Draft {
    /// Whether there is anything worth keeping: words or tags (a day, a
    /// mood or a person alone is no draft).
    pub fn is_worth_keeping(&self) -> bool {
        !self.text.trim().is_empty() || !self.tags.trim().is_empty()
    }

    /// Reads a kept draft; drafts of earlier versions were a list of the
    /// fields in order (day, text, mood, tags, people joined by commas).
    pub fn from_json(text: &str) -> Option<Draft> {
        if let Ok(draft) = serde_json::from_str::<Draft>(text) {
            return Some(draft);
        }
        let fields: Vec<String> = serde_json::from_str(text).ok()?;
        let get = |i: usize| fields.get(i).cloned().unwrap_or_default();
        Some(Draft {
            day: get(0),
            text: get(1),
            mood: get(2),
            tags: get(3),
            people: get(4)
                .split(',')
                .filter(|s| !s.is_empty())
                .map(str::to_string)
                .collect(),
        })
    }
}
