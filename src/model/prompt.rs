//! Journal prompts the person writes for themselves, kept beside the ones
//! Tend offers (`content::prompts`).

use crate::model::record::record;

record! {
    #[derive(Clone, Debug, PartialEq)]
    pub struct CustomPrompt {
        #[serde(rename = "t")]
        pub text: String,
    }
}
