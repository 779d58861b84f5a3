//! The main navigation: six screens, each an icon above (on phones) or
//! beside its name, the current one marked for assistive technology
//! (`aria-current`) and visibly.

use super::icon::{Glyph, Icon};
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
                        <Icon glyph=Glyph::of(r)/>
                        <span>{r.label()}</span>
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

/// The way to Help, at the top of every screen.
#[component]
pub fn HelpLink(
    /// The screen shown now.
    current: RwSignal<Route>,
) -> impl IntoView {
    view! {
        <a
            class="help-link"
            href=Route::Help.hash()
            aria-current=move || (current.get() == Route::Help).then_some("page")
        >
            <Icon glyph=Glyph::Help/>
            <span>"Help"</span>
        </a>
    }
}
