//! The shell: header and navigation, the notice area, and the current screen.

use super::components::dom::{el, live, tx};
use super::components::{nav::nav, notices::notices};
use super::pages;
use crate::route::Route;
use crate::state::AppState;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

fn current_route() -> Route {
    Route::from_hash(&location().hash().unwrap_or_default())
}

fn focus_main() {
    if let Some(main) = document().get_element_by_id("main") {
        let _ = main.unchecked_into::<web_sys::HtmlElement>().focus();
    }
}

/// Starts the app: the reactive system, the state, and the whole page built
/// into `<body>`. Both live as long as the page.
pub fn start() {
    // Leptos sets up the executor and the root owner; the shell adds itself
    // to `<body>` and the mounted view is empty.
    leptos::mount::mount_to_body(shell);
}

fn shell() {
    let state = AppState::init();
    let route = RwSignal::new(current_route());
    let _ = window_event_listener_untyped("hashchange", move |_| route.set(current_route()));

    // On navigation: name the page, and move focus to the new screen's main
    // region so keyboard and screen-reader users start at its top.
    Effect::new(move |prev: Option<Route>| {
        let r = route.get();
        document().set_title(&format!("{} · Tend", r.label()));
        if prev.is_some() {
            focus_main();
            window().scroll_to_with_x_and_y(0.0, 0.0);
        }
        r
    });

    let page = move || match route.get() {
        Route::Today => pages::today::today(state),
        Route::Checkup => pages::checkup::checkup(state),
        Route::People => pages::people::people(state),
        Route::Challenges => pages::challenges::challenges(state),
        Route::Journal => pages::journal::journal(state),
        Route::Settings => pages::settings::settings(state),
        Route::About => pages::about::about(),
    };
    let shell = [
        live(|| {
            // Skips the navigation without changing the URL's hash (the route).
            tx("a", "Skip to content")
                .at("class", "skip-link")
                .at("href", "#main")
                .on("click", |ev| {
                    ev.prevent_default();
                    focus_main();
                })
        })
        .at("class", "contents"),
        el(
            "header",
            vec![
                el(
                    "a",
                    vec![
                        el("span", vec![])
                            .at("class", "brand-mark")
                            .at("aria-hidden", "true"),
                        super::components::dom::txt("Tend"),
                    ],
                )
                .at("class", "brand")
                .at("href", "#/"),
                live(move || nav(route.get())).at("class", "contents"),
            ],
        )
        .at("class", "top"),
        notices(state),
        el("main", vec![live(page)])
            .at("id", "main")
            .at("tabindex", "-1"),
        el(
            "footer",
            vec![el(
                "p",
                vec![
                    super::components::dom::txt(
                        "Private by design: everything stays in this browser on this device. ",
                    ),
                    tx("a", "About Tend and its sources").at("href", "#/about"),
                ],
            )],
        )
        .at("class", "foot"),
    ];
    let body = document().body().expect("a <body>");
    for n in shell {
        n.append_to(&body);
    }
}
