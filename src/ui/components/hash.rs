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
///
/// Not at all if what called it is gone by then: `f` reads its parts (a
/// `NodeRef`, signals), which go with it, and reading one that is gone
/// stops Tend. Two frames are enough for that: a person's view opened and
/// left at once with Back (person.spec.mjs met it).
pub fn after_navigation(f: impl FnOnce() + 'static) {
    let f = while_here(f);
    request_animation_frame(move || request_animation_frame(f));
}

/// `f`, made to do nothing once what called this is gone: for work a frame
/// or a timer later that reads or changes what belongs to the caller's
/// screen.
pub fn while_here(f: impl FnOnce() + 'static) -> impl FnOnce() + 'static {
    // Owned by the caller, so disposed with it: whether it still is tells
    // whether the caller is still there.
    let here = StoredValue::new(());
    move || {
        if !here.is_disposed() {
            f()
        }
    }
}
