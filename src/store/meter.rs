//! How much of the origin's storage is used, in UTF-16 code units (what the
//! quota counts): the size of each `tend:` key as stored, kept up to date
//! from what is written and what other tabs write, plus every other key of
//! the origin, counted at start. No save reads the rest of localStorage.

use super::layout::code_units;
use crate::model::order;
use std::collections::{BTreeMap, HashMap};

#[derive(Clone, Debug, Default)]
pub struct Meter {
    /// Code units each `tend:` key takes as stored, key and value together.
    sizes: HashMap<String, usize>,
    /// Code units of every other key of this origin.
    others: usize,
}

impl Meter {
    /// The meter of what `ours` (every `tend:` key and value) holds, beside
    /// `others` code units of other keys.
    pub fn of(ours: &BTreeMap<String, String>, others: usize) -> Meter {
        Meter {
            sizes: ours.iter().map(|(k, v)| (k.clone(), units(k, v))).collect(),
            others,
        }
    }

    /// The meter of `tend:` keys whose sizes (key and value, in code
    /// units) are known already, beside `others` code units of other keys.
    pub fn of_sizes(sizes: &BTreeMap<String, usize>, others: usize) -> Meter {
        Meter {
            sizes: sizes.iter().map(|(k, n)| (k.clone(), *n)).collect(),
            others,
        }
    }

    pub fn set(&mut self, key: &str, value: &str) {
        self.sizes.insert(key.to_string(), units(key, value));
    }

    pub fn remove(&mut self, key: &str) {
        self.sizes.remove(key);
    }

    /// Whether `key` is stored.
    pub fn has(&self, key: &str) -> bool {
        self.sizes.contains_key(key)
    }

    /// Every `tend:` key stored, in order.
    pub fn keys(&self) -> Vec<String> {
        let mut keys: Vec<String> = self.sizes.keys().cloned().collect();
        order::sort_by(&mut keys, |k| order::text(k.as_str()));
        keys
    }

    /// Code units used by the whole origin.
    pub fn used(&self) -> usize {
        self.others + self.sizes.values().sum::<usize>()
    }
}

fn units(key: &str, value: &str) -> usize {
    code_units(key) + code_units(value)
}
