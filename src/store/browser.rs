//! The localStorage adapter: the only code that touches the real storage.
//! Every write's result is checked and a full quota is told apart from other
//! failures, because the app reacts to it differently.

use gloo_storage::{LocalStorage, Storage as _};
use std::collections::BTreeMap;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen]
extern "C" {
    /// localStorage, seen with `getItem` returning the JS string itself, so
    /// its length (in UTF-16 code units, what the quota counts) can be read
    /// without copying the text into wasm.
    type RawStorage;
    #[wasm_bindgen(method, js_name = getItem)]
    fn get_js(this: &RawStorage, key: &str) -> Option<js_sys::JsString>;
}

pub use super::commit::WriteError;

/// What a browser error says ("QuotaExceededError: …"), for messages.
pub fn js_error_text(e: &JsValue) -> String {
    e.as_string()
        .or_else(|| e.dyn_ref::<js_sys::Error>().map(|e| e.to_string().into()))
        .unwrap_or_else(|| "no details given".to_string())
}

thread_local! {
    static AVAILABLE: std::cell::OnceCell<bool> = const { std::cell::OnceCell::new() };
}

/// Whether this browser lets Tend use localStorage at all (it may be
/// disabled, or throw in a private window). Asked once.
pub fn available() -> bool {
    AVAILABLE.with(|a| {
        *a.get_or_init(|| {
            web_sys::window().is_some_and(|w| matches!(w.local_storage(), Ok(Some(_))))
        })
    })
}

/// localStorage, when there is one to use: everything below works as if
/// storage were empty and refuses writes when there is none.
fn storage() -> Option<web_sys::Storage> {
    // gloo's handle panics where storage is unavailable, so ask first.
    available().then(LocalStorage::raw)
}

/// Everything this origin stores: the text of each `tend:` key, and how
/// many code units every other key and value takes (they share the quota).
pub struct Origin {
    pub ours: BTreeMap<String, String>,
    /// The code units each `tend:` key and its value take, as the browser
    /// counts them (a string's length), so the meter need not count again.
    pub ours_units: BTreeMap<String, usize>,
    pub others_units: usize,
    /// `tend:` keys whose value was left in storage (see [`read_origin_but`]).
    pub unread: Vec<String>,
}

pub fn read_origin() -> Origin {
    read_origin_but(|_| false)
}

/// [`read_origin`], leaving in storage the packed values of the keys
/// `later` picks (named in `unread`, and measured all the same): start-up
/// decodes those only in idle time, and copying their text into wasm was
/// a third of what reading ten years cost.
pub fn read_origin_but(later: impl Fn(&str) -> bool) -> Origin {
    let mut origin = Origin {
        ours: BTreeMap::new(),
        ours_units: BTreeMap::new(),
        others_units: 0,
        unread: Vec::new(),
    };
    let Some(s) = storage() else {
        return origin;
    };
    let len = s.length().unwrap_or(0);
    for k in (0..len).filter_map(|i| s.key(i).ok().flatten()) {
        if k.starts_with(super::layout::PREFIX) {
            if let Some(v) = s.unchecked_ref::<RawStorage>().get_js(&k) {
                let units = v.length() as usize + k.encode_utf16().count();
                origin.ours_units.insert(k.clone(), units);
                let tag = super::packed::TAG;
                if later(&k) && v.slice(0, tag.len() as u32) == tag {
                    origin.unread.push(k);
                } else {
                    origin.ours.insert(k, String::from(v));
                }
            }
        } else {
            origin.others_units += units(&k);
        }
    }
    origin
}

/// The code units `key` and its value take, without reading the value into wasm.
pub fn units(key: &str) -> usize {
    storage()
        .and_then(|s| s.unchecked_ref::<RawStorage>().get_js(key))
        .map_or(0, |v| v.length() as usize + key.encode_utf16().count())
}

/// Whether `key` is stored, without reading its value into wasm (an
/// automatic backup can be megabytes).
pub fn has(key: &str) -> bool {
    storage().is_some_and(|s| s.unchecked_ref::<RawStorage>().get_js(key).is_some())
}

pub fn get(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

pub fn set(key: &str, value: &str) -> Result<(), WriteError> {
    let Some(s) = storage() else {
        return Err(WriteError::Refused("storage is not available".into()));
    };
    s.set_item(key, value).map_err(|err| {
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
    // Only when storage can be used: gloo's handle panics where it cannot.
    if available() {
        LocalStorage::delete(key);
    }
}

/// The JSON value stored under `key` (the version record), read by gloo;
/// `None` when it is missing or not such a value.
pub fn get_json<T: serde::de::DeserializeOwned>(key: &str) -> Option<T> {
    available().then(|| LocalStorage::get(key).ok()).flatten()
}

/// Storage used by this whole origin, in UTF-16 code units (what the quota
/// counts). Reads every key: for tests and rare checks, not for each save.
pub fn used_code_units() -> usize {
    let Some(s) = storage() else { return 0 };
    let len = s.length().unwrap_or(0);
    (0..len)
        .filter_map(|i| s.key(i).ok().flatten())
        .map(|k| units(&k))
        .sum()
}
