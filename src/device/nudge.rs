//! The daily nudge: on installed Chromium, Periodic Background Sync wakes the
//! service worker about once a day (never more often than every 12 hours),
//! even with Tend closed. A service worker cannot read localStorage, so the
//! app keeps a small schedule for it in the Cache API (due counts by day and
//! the words to show; with the passphrase lock on, no names) and the worker
//! shows at most one notification a day from it (assets/sw.js).
//!
//! Asking for notifications happens only from a button the person pressed
//! ([`enable`]); everything else here is silent.

use thiserror::Error;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::ServiceWorkerRegistration;

/// The periodic sync's tag, which assets/sw.js listens for.
pub const TAG: &str = "tend-daily";
/// The shortest interval browsers allow; Chromium decides the real one
/// from how much the app is used.
const MIN_INTERVAL_MS: f64 = 12.0 * 60.0 * 60.0 * 1000.0;
/// The cache (its name ends with the worker's scope, as in assets/sw.js)
/// and the entry, relative to the scope, that hold the schedule.
const CACHE: &str = "tend:nudge";
const ENTRY: &str = "tend-nudge.json";

#[wasm_bindgen]
extern "C" {
    /// `ServiceWorkerRegistration` with `periodicSync`, which web-sys does
    /// not bind.
    type SyncRegistration;
    #[wasm_bindgen(method, getter, js_name = periodicSync)]
    fn periodic_sync(this: &SyncRegistration) -> Option<PeriodicSyncManager>;

    type PeriodicSyncManager;
    #[wasm_bindgen(method, catch)]
    fn register(
        this: &PeriodicSyncManager,
        tag: &str,
        options: &js_sys::Object,
    ) -> Result<js_sys::Promise, JsValue>;
    #[wasm_bindgen(method, catch)]
    fn unregister(this: &PeriodicSyncManager, tag: &str) -> Result<js_sys::Promise, JsValue>;
}

/// Why the daily nudge could not be turned on, in words to act on.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum NudgeError {
    #[error(
        "This browser cannot wake Tend while it is closed (Periodic Background Sync is only in \
         Chromium-based browsers, for installed apps). Calendar alarms work everywhere: export \
         your calendar below."
    )]
    Unsupported,
    #[error(
        "Notifications are turned off for Tend. You can allow them in your browser's site \
         settings, then try again."
    )]
    Denied,
    #[error(
        "Your browser did not allow a daily wake-up ({0}). It allows one for installed apps it \
         sees in use: install Tend (your browser's menu: Install app) and try again."
    )]
    NotAllowed(String),
    #[error("Tend's offline support is not running here, so it cannot be woken: {0}")]
    NoWorker(String),
}

async fn registration() -> Result<ServiceWorkerRegistration, NudgeError> {
    let window = web_sys::window().ok_or(NudgeError::Unsupported)?;
    let container = window.navigator().service_worker();
    let ready = container
        .ready()
        .map_err(|e| NudgeError::NoWorker(super::js_text(&e)))?;
    JsFuture::from(ready)
        .await
        .map(JsCast::unchecked_into)
        .map_err(|e| NudgeError::NoWorker(super::js_text(&e)))
}

fn manager(reg: &ServiceWorkerRegistration) -> Result<PeriodicSyncManager, NudgeError> {
    reg.unchecked_ref::<SyncRegistration>()
        .periodic_sync()
        .ok_or(NudgeError::Unsupported)
}

/// Turns the daily nudge on: asks for notifications (call only from a
/// button the person pressed) and registers the periodic wake-up.
pub async fn enable() -> Result<(), NudgeError> {
    let support = super::support();
    if !support.notifications || !support.periodic_sync {
        return Err(NudgeError::Unsupported);
    }
    let asked = web_sys::Notification::request_permission()
        .map_err(|e| NudgeError::NotAllowed(super::js_text(&e)))?;
    let answer = JsFuture::from(asked)
        .await
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default();
    if answer != "granted" {
        return Err(NudgeError::Denied);
    }
    let reg = registration().await?;
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(
        &options,
        &JsValue::from_str("minInterval"),
        &JsValue::from_f64(MIN_INTERVAL_MS),
    );
    let promise = manager(&reg)?
        .register(TAG, &options)
        .map_err(|e| NudgeError::NotAllowed(super::js_text(&e)))?;
    JsFuture::from(promise)
        .await
        .map(|_| ())
        .map_err(|e| NudgeError::NotAllowed(super::js_text(&e)))
}

/// Turns the daily wake-up off (the schedule stays, harmless, until the
/// next write replaces it).
pub async fn disable() {
    let Ok(reg) = registration().await else {
        return;
    };
    if let Ok(m) = manager(&reg) {
        if let Ok(p) = m.unregister(TAG) {
            let _ = JsFuture::from(p).await;
        }
    }
}

/// Keeps `schedule` (JSON, see `model`) where the service worker reads it.
/// Without a service worker (a browser without one, or before it is
/// installed) there is nothing to wake, and nothing is written.
pub async fn write_schedule(schedule: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if !js_sys::Reflect::has(&window.navigator(), &JsValue::from_str("serviceWorker"))
        .unwrap_or(false)
    {
        return;
    }
    let Ok(reg) = registration().await else {
        return;
    };
    let scope = reg.scope();
    let Ok(caches) = window.caches() else {
        return;
    };
    let Ok(open) = JsFuture::from(caches.open(&format!("{CACHE}@{scope}"))).await else {
        return;
    };
    let cache: web_sys::Cache = open.unchecked_into();
    let init = web_sys::ResponseInit::new();
    let headers = web_sys::Headers::new().ok();
    if let Some(h) = &headers {
        let _ = h.set("content-type", "application/json");
        init.set_headers(h);
    }
    let Ok(response) = web_sys::Response::new_with_opt_str_and_init(Some(schedule), &init) else {
        return;
    };
    let url = format!("{scope}{ENTRY}");
    let _ = JsFuture::from(cache.put_with_str(&url, &response)).await;
}
