//! The screens and their URL hashes (`#/journal`), and the views of a
//! screen that has several (`#/journal/entries`). Hash routing means every
//! screen and view reloads on any static host, under any sub-path, offline,
//! and the browser's back button steps through them.

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
        match parts(hash)
            .next()
            .unwrap_or("")
            .to_ascii_lowercase()
            .as_str()
        {
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

/// The path after `#/`, split at `/` (a query after `?` is ignored).
fn parts(hash: &str) -> impl Iterator<Item = &str> {
    let path = hash.trim_start_matches('#').trim_start_matches('/');
    path.split('?').next().unwrap_or("").split('/')
}

/// The Journal's views, each with its own hash. `#/journal` alone, or
/// anything unknown after it, opens Write.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JournalView {
    Write,
    Entries,
    Month,
    Review,
}

impl JournalView {
    /// In the order the Journal's own navigation lists them.
    pub const ALL: [JournalView; 4] = [
        JournalView::Write,
        JournalView::Entries,
        JournalView::Month,
        JournalView::Review,
    ];

    /// Reads `location.hash` (already known to be the Journal's).
    pub fn from_hash(hash: &str) -> JournalView {
        match parts(hash)
            .nth(1)
            .unwrap_or("")
            .to_ascii_lowercase()
            .as_str()
        {
            "entries" => JournalView::Entries,
            "month" => JournalView::Month,
            "review" => JournalView::Review,
            _ => JournalView::Write,
        }
    }

    pub fn hash(self) -> &'static str {
        match self {
            JournalView::Write => "#/journal/write",
            JournalView::Entries => "#/journal/entries",
            JournalView::Month => "#/journal/month",
            JournalView::Review => "#/journal/review",
        }
    }

    /// The visible name in the Journal's navigation and the page title.
    pub fn label(self) -> &'static str {
        match self {
            JournalView::Write => "Write",
            JournalView::Entries => "Entries",
            JournalView::Month => "Month",
            JournalView::Review => "Review",
        }
    }
}
