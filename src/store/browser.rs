//! The localStorage adapter: the only code that touches the real storage.
//! Every write's result is checked and a full quota is told apart from other
//! failures, because the app reacts to it differently.

use crate::model::collections::VecMap;
use gloo_storage::{LocalStorage, Storage as _};
use wasm_bindgen::JsCast;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WriteError {
    /// The browser's storage for this site is full.
    Quota,
    /// Storage refused the write for another reason (blocked, private mode...).
    Refused(String),
}

/// What a browser error says ("QuotaExceededError: …"), for messages. Not
/// `Debug`: the release build leaves Debug formatting out.
pub fn js_error_text(e: &wasm_bindgen::JsValue) -> String {
    e.as_string()
        .or_else(|| e.dyn_ref::<js_sys::Error>().map(|e| e.to_string().into()))
        .unwrap_or_else(|| "no details given".to_string())
}

fn storage() -> web_sys::Storage {
    LocalStorage::raw()
}

/// Every key and value of this origin that starts with `tend:`.
pub fn read_all() -> VecMap<String, String> {
    let s = storage();
    let len = s.length().unwrap_or(0);
    (0..len)
        .filter_map(|i| s.key(i).ok().flatten())
        .filter(|k| k.starts_with(super::layout::PREFIX))
        .filter_map(|k| s.get_item(&k).ok().flatten().map(|v| (k, v)))
        .collect()
}

pub fn get(key: &str) -> Option<String> {
    storage().get_item(key).ok().flatten()
}

pub fn set(key: &str, value: &str) -> Result<(), WriteError> {
    storage().set_item(key, value).map_err(|err| {
        let name = err
            .dyn_ref::<web_sys::DomException>()
            .map(|e| e.name())
            .unwrap_or_default();
        if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" {
            WriteError::Quota
        } else {
            WriteError::Refused(if name.is_empty() {
                js_error_text(&err)
            } else {
                name
            })
        }
    })
}

pub fn remove(key: &str) {
    // removeItem only throws when storage is disabled altogether, in which
    // case nothing was stored to begin with.
    let _ = storage().remove_item(key);
}

/// Storage used by this whole origin, in UTF-16 code units (what the quota counts).
pub fn used_code_units() -> usize {
    let s = storage();
    let len = s.length().unwrap_or(0);
    let pairs: Vec<(String, String)> = (0..len)
        .filter_map(|i| s.key(i).ok().flatten())
        .filter_map(|k| s.get_item(&k).ok().flatten().map(|v| (k, v)))
        .collect();
    super::layout::code_units(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
}
