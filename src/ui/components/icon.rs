//! Tend's own icons, drawn inline (no icon font, no request): one outline
//! style on a 24-pixel grid, coloured by the text around them. Always
//! beside words that say the same, so each is hidden from assistive
//! technology.

use crate::route::Route;
use leptos::prelude::*;

/// Which icon.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Glyph {
    Today,
    Checkup,
    People,
    Challenges,
    Journal,
    Settings,
    Help,
    File,
}

impl Glyph {
    /// The icon of a screen in the navigation.
    pub fn of(route: Route) -> Glyph {
        match route {
            Route::Checkup => Glyph::Checkup,
            Route::People => Glyph::People,
            Route::Challenges => Glyph::Challenges,
            Route::Journal => Glyph::Journal,
            Route::Settings => Glyph::Settings,
            Route::Help | Route::About => Glyph::Help,
            Route::Today | Route::Welcome => Glyph::Today,
        }
    }

    /// The strokes, as SVG path data.
    fn paths(self) -> &'static [&'static str] {
        match self {
            // A sun.
            Glyph::Today => &[
                "M8 12a4 4 0 1 0 8 0a4 4 0 1 0 -8 0",
                "M12 2.5v2.5M12 19v2.5M2.5 12H5M19 12h2.5M5.3 5.3l1.8 1.8M16.9 16.9l1.8 1.8M5.3 18.7l1.8-1.8M16.9 7.1l1.8-1.8",
            ],
            // A clipboard with a tick.
            Glyph::Checkup => &[
                "M7 4.5H6a1.5 1.5 0 0 0-1.5 1.5v13.5A1.5 1.5 0 0 0 6 21h12a1.5 1.5 0 0 0 1.5-1.5V6A1.5 1.5 0 0 0 18 4.5h-1",
                "M9 3h6v3H9z",
                "M8.5 13l2.5 2.5 4.5-5",
            ],
            // Two people.
            Glyph::People => &[
                "M5.8 8a3.2 3.2 0 1 0 6.4 0a3.2 3.2 0 1 0 -6.4 0",
                "M3 20c0-3.4 2.7-6 6-6s6 2.6 6 6",
                "M14.5 9a2.5 2.5 0 1 0 5 0a2.5 2.5 0 1 0 -5 0",
                "M16.5 14c2.6.2 4.5 2.4 4.5 5.2",
            ],
            // A flag.
            Glyph::Challenges => &["M5.5 21V3.5", "M5.5 4h12l-2.5 4.5L17.5 13h-12"],
            // An open book.
            Glyph::Journal => &[
                "M12 6.5C10.3 5 7.8 4.5 4 4.5v14c3.8 0 6.3.5 8 2 1.7-1.5 4.2-2 8-2v-14c-3.8 0-6.3.5-8 2z",
                "M12 6.5v14",
            ],
            // Two sliders.
            Glyph::Settings => &[
                "M4 7h9M17 7h3M4 17h3M11 17h9",
                "M13 7a2 2 0 1 0 4 0a2 2 0 1 0 -4 0",
                "M7 17a2 2 0 1 0 4 0a2 2 0 1 0 -4 0",
            ],
            // A question mark in a circle.
            Glyph::Help => &[
                "M3 12a9 9 0 1 0 18 0a9 9 0 1 0 -18 0",
                "M9.5 9.5a2.5 2.5 0 1 1 3.6 2.2c-.7.4-1.1 1-1.1 1.8v.5",
                "M12 17h.01",
            ],
            // A page with a folded corner.
            Glyph::File => &[
                "M14 3H7a1.5 1.5 0 0 0-1.5 1.5v15A1.5 1.5 0 0 0 7 21h10a1.5 1.5 0 0 0 1.5-1.5V7.5z",
                "M14 3v4.5h4.5",
            ],
        }
    }
}

/// An icon, sized by CSS and coloured by the text around it.
#[component]
pub fn Icon(
    /// Which icon.
    glyph: Glyph,
) -> impl IntoView {
    let paths = glyph
        .paths()
        .iter()
        .map(|d| view! { <path d=*d></path> })
        .collect_view();
    view! {
        <svg
            class="icon"
            viewBox="0 0 24 24"
            fill="none"
            stroke="currentColor"
            stroke-width="1.8"
            stroke-linecap="round"
            stroke-linejoin="round"
            aria-hidden="true"
            focusable="false"
        >
            {paths}
        </svg>
    }
}
