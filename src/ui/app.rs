//! The shell: header and navigation, the notice area, and the current
//! screen, chosen by the URL hash.

use super::components::{
    nav::{HelpLink, Nav},
    notices::NoticeArea,
    reach_question::ReachQuestions,
    waiting::DataWaiting,
};
use super::lazy::{fetch_when_idle, LazyScreen, Part};
use super::pages::{today::Today, welcome};
use crate::route::Route;
use crate::state::{persist, use_app, AppState};
use leptos::html::Main;
use leptos::prelude::*;

fn current_route() -> Route {
    Route::from_hash(&location().hash().unwrap_or_default())
}

/// Moves focus to the screen, without scrolling (the page is scrolled to
/// its top anyway), so the browser need not lay the page out just for it.
fn focus_main(main: NodeRef<Main>) {
    if let Some(m) = main.get_untracked() {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = m.focus_with_options(&options);
    }
}

/// Starts the app. A panic is written to the browser console with its
/// message and place, so a problem can be reported and found, and brings up
/// the crash screen (assets/crash.js), which offers the stored data as a
/// download without needing this code.
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        report_crash();
    }));
    if persist::needs_migrating() {
        // Data saved by an earlier version: its migrations (a chunk of
        // their own) come first, so the app starts on the data as it is
        // now, never on an empty Tend. The page's "Opening…" stays meanwhile;
        // if they do not arrive, loading says so. (Leptos's executor starts
        // with the mount, so this task is wasm-bindgen's own.)
        wasm_bindgen_futures::spawn_local(async {
            persist::fetch_migrations().await;
            mount();
        });
    } else {
        mount();
    }
}

/// Replaces the page's booting content (index.html: the header, a quiet
/// "Opening…", and for someone new the first run's opening words) with the
/// app, once the page has drawn it: from the task after the next frame,
/// when the page is shown. So what someone new reads does not flash away
/// unseen on a quick start.
///
/// Starting is then two tasks, not one long one the page cannot answer
/// during: reading what is stored into the app's state, then drawing the
/// first screen. The booting content stays until the second, so a frame
/// drawn between them shows it, never an empty page.
fn mount() {
    if document().visibility_state() == web_sys::VisibilityState::Visible {
        request_animation_frame(move || {
            set_timeout(
                move || {
                    let root = begin();
                    set_timeout(move || draw(root), std::time::Duration::ZERO);
                },
                std::time::Duration::ZERO,
            )
        });
    } else {
        // A hidden page draws no frames: it starts at once.
        draw(begin());
    }
}

/// The first task: the app's state, read from storage, with what watches
/// it (reaching the person, seasons, the first run's check), under the
/// owner the app's views are then made in, so they find it as context.
fn begin() -> Owner {
    // Leptos starts its executor when it mounts; the state's effects and
    // tasks need it before that.
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let root = Owner::new();
    root.with(|| {
        let state = AppState::init();
        crate::state::reaching::watch(state);
        crate::state::seasons::provide_pauses(state);
        welcome::greet(state);
    });
    root
}

/// The second task: the shell and the first screen, in place of the
/// booting content.
fn draw(root: Owner) {
    if let Some(booting) = document().get_element_by_id("booting") {
        booting.remove();
    }
    root.with(|| leptos::mount::mount_to_body(App));
    // The state lives as long as the page, as the app mounted under it
    // does (`mount_to_body` keeps its own owner the same way).
    std::mem::forget(root);
}

/// Tells the page the app has stopped (see assets/crash.js).
pub fn report_crash() {
    if let Ok(event) = web_sys::Event::new("tend:crashed") {
        let _ = window().dispatch_event(&event);
    }
}

#[component]
pub fn App() -> impl IntoView {
    let state = use_app();
    let route = RwSignal::new(current_route());
    // Only a change of screen: a screen with hashes of its own
    // (`#/people/<id>`) follows the rest itself, and stays mounted.
    let _ = window_event_listener_untyped("hashchange", move |_| {
        let now = current_route();
        if route.get_untracked() != now {
            route.set(now);
        }
    });
    let main = NodeRef::<Main>::new();
    // Every other screen's code, once the first screen is drawn (effects
    // run after it): here when that is Today or the first run, which come
    // with the app; a split screen, and the unlock screen, ask once their
    // own code is in (`LazyScreen`).
    Effect::new(move |_| {
        if matches!(route.get_untracked(), Route::Today | Route::Welcome)
            && !state.locked.get_untracked()
        {
            fetch_when_idle();
        }
    });

    // On navigation: name the page, and move focus to the new screen's main
    // region so keyboard and screen-reader users start at its top.
    Effect::new(move |prev: Option<Route>| {
        let r = route.get();
        document().set_title(&format!("{} · Tend", r.label()));
        if prev.is_some() {
            // At the next frame, when the new screen is laid out for
            // drawing anyway, rather than forcing a layout of it now.
            request_animation_frame(move || {
                focus_main(main);
                window().scroll_to_with_x_and_y(0.0, 0.0);
            });
        }
        r
    });
    let skip = move |ev: leptos::ev::MouseEvent| {
        // Skips the navigation without changing the URL's hash (the route).
        ev.prevent_default();
        focus_main(main);
    };
    let screen = move || match route.get() {
        Route::Today => view! { <Today/> }.into_any(),
        // Part of the first download: someone new opens Tend on it.
        Route::Welcome => view! { <welcome::Welcome/> }.into_any(),
        // Refused data is not empty data: a screen of records waits (`Show`
        // memoizes, so a reload of the data in place never redraws it).
        data if data.shows_data() => view! {
            <Show
                when=move || !use_app().refused.get()
                fallback=move || view! { <h1>{data.label()}</h1> <DataWaiting/> }
            >
                <LazyScreen part=Part::Screen(data)/>
            </Show>
        }
        .into_any(),
        // Every other screen's code comes when it is needed (src/ui/lazy.rs).
        other => view! { <LazyScreen part=Part::Screen(other)/> }.into_any(),
    };
    view! {
        <a class="skip-link" href="#main" on:click=skip>"Skip to content"</a>
        <header class="top">
            <a class="brand" href="#/">
                <span class="brand-mark" aria-hidden="true"></span>
                "Tend"
            </a>
            <Show when=move || !use_app().locked.get()>
                <Nav current=route/>
                <HelpLink current=route/>
            </Show>
        </header>
        <NoticeArea/>
        <ReachQuestions/>
        <main id="main" tabindex="-1" node_ref=main>
            <Show when=move || use_app().locked.get() fallback=screen>
                <LazyScreen part=Part::Unlock/>
            </Show>
        </main>
        <footer class="foot">
            <p>
                "Private by design: everything stays in this browser on this device. "
                <a href="#/about">"About Tend and its sources"</a>
            </p>
        </footer>
    }
}
