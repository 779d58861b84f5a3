//! The URL hash as a signal, for a screen whose parts have hashes of their
//! own (`#/people/<id>`, `#/help/<slug>`, `#/welcome/<step>`): the shell
//! picks the screen by the hash's first word, and the screen follows the
//! rest while it is mounted.

use leptos::prelude::*;

fn read() -> String {
    location().hash().unwrap_or_default()
}

/// The current hash, kept up to date until the calling component unmounts.
pub fn use_hash() -> ReadSignal<String> {
    let (hash, set) = signal(read());
    let handle = window_event_listener_untyped("hashchange", move |_| set.set(read()));
    on_cleanup(move || handle.remove());
    hash
}

/// Goes to `hash`, as following a link would (Back returns).
pub fn go(hash: &str) {
    let _ = location().set_hash(hash);
}

/// Runs `f` once the screen just shown is laid out and the shell has done
/// its part of a navigation (focus on `main`, scrolled to the top, at the
/// next frame): for a screen that then moves focus to a part of itself.
pub fn after_navigation(f: impl FnOnce() + 'static) {
    request_animation_frame(move || request_animation_frame(f));
}
