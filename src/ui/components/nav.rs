//! The main navigation: six screens, the current one marked for assistive
//! technology (`aria-current`) and visibly.

use crate::route::Route;
use leptos::prelude::*;

#[component]
pub fn Nav(
    /// The screen being shown.
    route: RwSignal<Route>,
) -> impl IntoView {
    view! {
        <nav class="nav" aria-label="Main">
            <ul>
                {Route::NAV
                    .into_iter()
                    .map(|r| {
                        view! {
                            <li>
                                <a
                                    href=r.hash()
                                    aria-current=move || (route.get() == r).then_some("page")
                                >
                                    {r.label()}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}
