//! What the device offers to reach the person between visits, without a
//! server: the app badge, the system share sheet and the clipboard, and the
//! daily nudge (a notification from Periodic Background Sync, shown by the
//! service worker from a schedule the app keeps for it); and `idle`, for
//! work that can wait until the browser has nothing else to do.
//!
//! Each is optional and detected, never assumed: a browser without it gets
//! the fallback (links, Copy, calendar alarms), and [`Support`] says which
//! are here so Settings can explain it in words. No signals or app state
//! here: callers pass values in.

pub mod badge;
pub mod idle;
pub mod nudge;
pub mod share;

use wasm_bindgen::JsValue;

/// Which of the ways to reach the person this browser offers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Support {
    /// `navigator.share` (the system share sheet).
    pub share: bool,
    /// `navigator.clipboard.writeText`.
    pub copy: bool,
    /// `navigator.setAppBadge` (installed apps on desktop Chromium, macOS and
    /// iOS Home Screen apps).
    pub badge: bool,
    /// Notifications at all.
    pub notifications: bool,
    /// Periodic Background Sync (installed Chromium), which wakes the
    /// service worker about once a day even with Tend closed.
    pub periodic_sync: bool,
    /// Running as an installed app (standalone display).
    pub installed: bool,
}

/// Reads what this browser offers.
pub fn support() -> Support {
    let Some(window) = web_sys::window() else {
        return Support::default();
    };
    let navigator: JsValue = window.navigator().into();
    let has = |target: &JsValue, name: &str| {
        js_sys::Reflect::has(target, &JsValue::from_str(name)).unwrap_or(false)
    };
    let clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .unwrap_or(JsValue::UNDEFINED);
    Support {
        share: has(&navigator, "share"),
        copy: clipboard.is_object() && has(&clipboard, "writeText"),
        badge: has(&navigator, "setAppBadge"),
        notifications: has(&window, "Notification"),
        periodic_sync: has(&window, "PeriodicSyncManager"),
        installed: window
            .match_media("(display-mode: standalone)")
            .ok()
            .flatten()
            .is_some_and(|m| m.matches()),
    }
}

/// A browser's refusal as text for a message (its `message`, else its
/// text).
fn js_text(e: &JsValue) -> String {
    crate::store::browser::js_error_text(e)
}

/// Whether a rejection is the person closing a dialog (`AbortError`), which
/// is a choice, not an error to report.
fn is_abort(e: &JsValue) -> bool {
    js_sys::Reflect::get(e, &JsValue::from_str("name"))
        .ok()
        .and_then(|n| n.as_string())
        .is_some_and(|n| n == "AbortError")
}
