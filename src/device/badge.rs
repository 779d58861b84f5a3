//! The app badge: how many people are due today, on the installed app's
//! icon. `navigator.setAppBadge` is missing in most browsers and in a plain
//! tab; then this does nothing (Today already shows the list).

use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// `Navigator` with the Badging API, which web-sys does not bind.
    type BadgingNavigator;

    #[wasm_bindgen(method, catch, js_name = setAppBadge)]
    fn set_app_badge(this: &BadgingNavigator, count: f64) -> Result<js_sys::Promise, JsValue>;

    #[wasm_bindgen(method, catch, js_name = clearAppBadge)]
    fn clear_app_badge(this: &BadgingNavigator) -> Result<js_sys::Promise, JsValue>;
}

/// Shows `count` on the app's icon, or clears it at zero. A browser without
/// badges, or one that refuses (not installed), changes nothing.
pub fn show(count: u32) {
    if !super::support().badge {
        return;
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    let navigator: BadgingNavigator = JsValue::from(window.navigator()).unchecked_into();
    let promise = if count == 0 {
        navigator.clear_app_badge()
    } else {
        navigator.set_app_badge(f64::from(count))
    };
    // The promise rejects when the app is not installed: nothing to do.
    if let Ok(p) = promise {
        wasm_bindgen_futures::spawn_local(async move {
            let _ = wasm_bindgen_futures::JsFuture::from(p).await;
        });
    }
}
