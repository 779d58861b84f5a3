//! The shell: header and navigation, the notice area, and the current screen.

use super::components::{dom::Nodes, nav::nav, notices::Notices};
use super::pages;
use crate::route::Route;
use crate::state::AppState;
use leptos::prelude::*;

fn current_route() -> Route {
    Route::from_hash(&location().hash().unwrap_or_default())
}

#[component]
pub fn App() -> impl IntoView {
    AppState::init();
    let route = RwSignal::new(current_route());
    let _ = window_event_listener_untyped("hashchange", move |_| route.set(current_route()));

    // On navigation: name the page, and move focus to the new screen's main
    // region so keyboard and screen-reader users start at its top.
    Effect::new(move |prev: Option<Route>| {
        let r = route.get();
        document().set_title(&format!("{} · Tend", r.label()));
        if prev.is_some() {
            if let Some(main) = document().get_element_by_id("main") {
                use wasm_bindgen::JsCast;
                let _ = main.unchecked_into::<web_sys::HtmlElement>().focus();
            }
            window().scroll_to_with_x_and_y(0.0, 0.0);
        }
        r
    });

    view! {
        <a class="skip-link" href="#main" on:click=move |ev| {
            ev.prevent_default();
            if let Some(main) = document().get_element_by_id("main") {
                use wasm_bindgen::JsCast;
                let _ = main.unchecked_into::<web_sys::HtmlElement>().focus();
            }
        }>"Skip to content"</a>
        <header class="top">
            <a class="brand" href="#/">
                <span class="brand-mark" aria-hidden="true"></span>
                "Tend"
            </a>
            <Nodes class="contents" content=move |()| nav(route.get()) />
        </header>
        <Notices />
        <main id="main" tabindex="-1">
            {move || match route.get() {
                Route::Today => pages::today::Today().into_any(),
                Route::Checkup => pages::checkup::Checkup().into_any(),
                Route::People => pages::people::People().into_any(),
                Route::Challenges => pages::challenges::Challenges().into_any(),
                Route::Journal => pages::journal::Journal().into_any(),
                Route::Settings => pages::settings::Settings().into_any(),
                Route::About => pages::about::About().into_any(),
            }}
        </main>
        <footer class="foot">
            <p>
                "Private by design: everything stays in this browser on this device. "
                <a href="#/about">"About Tend and its sources"</a>
            </p>
        </footer>
    }
}
