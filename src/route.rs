//! The screens and their URL hashes (`#/journal`). Hash routing means every
//! screen reloads on any static host, under any sub-path, offline.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    Today,
    Checkup,
    People,
    Challenges,
    Journal,
    Settings,
    About,
}

impl Route {
    /// The main navigation, in order.
    pub const NAV: [Route; 6] = [
        Route::Today,
        Route::Checkup,
        Route::People,
        Route::Challenges,
        Route::Journal,
        Route::Settings,
    ];

    /// Reads `location.hash`; anything unknown shows Today.
    pub fn from_hash(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let first = path.split(['/', '?']).next().unwrap_or("");
        match first.to_ascii_lowercase().as_str() {
            "checkup" | "check-up" => Route::Checkup,
            "people" => Route::People,
            "challenges" => Route::Challenges,
            "journal" => Route::Journal,
            "settings" => Route::Settings,
            "about" => Route::About,
            _ => Route::Today,
        }
    }

    pub fn hash(self) -> &'static str {
        match self {
            Route::Today => "#/",
            Route::Checkup => "#/checkup",
            Route::People => "#/people",
            Route::Challenges => "#/challenges",
            Route::Journal => "#/journal",
            Route::Settings => "#/settings",
            Route::About => "#/about",
        }
    }

    /// The visible name in the navigation and the page title.
    pub fn label(self) -> &'static str {
        match self {
            Route::Today => "Today",
            Route::Checkup => "Check-up",
            Route::People => "People",
            Route::Challenges => "Challenges",
            Route::Journal => "Journal",
            Route::Settings => "Settings",
            Route::About => "About",
        }
    }
}
