//! Journal prompts the person writes for themselves, kept beside the ones
//! Tend offers (`content::prompts`).

use super::record::{Record, Stamp};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CustomPrompt {
    #[serde(flatten)]
    pub stamp: Stamp,
    #[serde(rename = "t")]
    pub text: String,
}

impl Record for CustomPrompt {
    fn stamp(&self) -> &Stamp {
        &self.stamp
    }
    fn stamp_mut(&mut self) -> &mut Stamp {
        &mut self.stamp
    }
}
