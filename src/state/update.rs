//! "A new version is ready": assets/register-sw.js announces a waiting
//! service worker; the person chooses when to reload, so Tend never swaps
//! itself out mid-sentence.

use super::{persist, AppState, NoticeAction, NoticeKind, Topic};
use leptos::prelude::*;
use wasm_bindgen::JsValue;

const READY_EVENT: &str = "tend:update-ready";
const APPLY_EVENT: &str = "tend:apply-update";

pub fn watch(state: AppState) {
    let announce = move || {
        state.notify_topic(
            Topic::Update,
            NoticeKind::Info,
            "A new version of Tend is ready.",
            Some(NoticeAction::ApplyUpdate),
        )
    };
    // The registration script may have announced before the app started.
    let already = js_sys::Reflect::get(&window(), &JsValue::from_str("tendUpdateReady"))
        .map(|v| v.is_truthy())
        .unwrap_or(false);
    if already {
        announce();
    }
    let _ = window_event_listener_untyped(READY_EVENT, move |_| {
        announce();
    });
}

/// Saves anything pending, then lets the waiting version take over; the
/// registration script reloads once it controls the page.
pub fn apply(state: AppState) {
    persist::flush(state);
    if let Ok(event) = web_sys::Event::new(APPLY_EVENT) {
        let _ = window().dispatch_event(&event);
    }
}
