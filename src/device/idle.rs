//! Work that can wait: run when the browser is next idle.

use leptos::prelude::{set_timeout, window};
use wasm_bindgen::JsCast;

/// Runs `f` when the browser is next idle (within a few seconds at most);
/// WebKit has no `requestIdleCallback`: there, a second later.
pub fn when_idle(f: impl FnOnce() + 'static) {
    let window = window();
    let idle = js_sys::Reflect::get(&window, &"requestIdleCallback".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    match idle {
        Some(request) => {
            let callback = wasm_bindgen::closure::Closure::once_into_js(f);
            let options = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&options, &"timeout".into(), &3000.into());
            let _ = request.call2(&window, &callback, &options);
        }
        None => set_timeout(f, std::time::Duration::from_secs(1)),
    }
}
