//! The main navigation: six screens, the current one marked for assistive
//! technology (`aria-current`) and visibly.

use super::dom::{el, tx, N};
use crate::route::Route;

/// The navigation with `current` marked.
pub fn nav(current: Route) -> N {
    let items = Route::NAV
        .into_iter()
        .map(|r| {
            let link = tx("a", r.label()).at("href", r.hash());
            el(
                "li",
                vec![if r == current {
                    link.at("aria-current", "page")
                } else {
                    link
                }],
            )
        })
        .collect();
    el("nav", vec![el("ul", items)])
        .at("class", "nav")
        .at("aria-label", "Main")
}
