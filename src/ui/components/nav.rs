//! The main navigation: six screens, the current one marked for assistive
//! technology (`aria-current`) and visibly.

use crate::route::Route;
use leptos::prelude::*;

#[component]
pub fn Nav(
    /// The screen shown now.
    current: RwSignal<Route>,
) -> impl IntoView {
    let items = Route::NAV
        .into_iter()
        .map(|r| {
            view! {
                <li>
                    <a href=r.hash() aria-current=move || (current.get() == r).then_some("page")>
                        {r.label()}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="nav" aria-label="Main">
            <ul>{items}</ul>
        </nav>
    }
}
