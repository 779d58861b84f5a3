//! The screens and their URL hashes (`#/journal`), and the views of a
//! screen that has several (`#/journal/entries`). Hash routing means every
//! screen and view reloads on any static host, under any sub-path, offline,
//! and the browser's back button steps through them.

use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    Today,
    Checkup,
    People,
    Challenges,
    Journal,
    Settings,
    About,
    Help,
    /// The first run: what Tend is, then a few steps that can be skipped.
    Welcome,
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

    /// Whether the screen shows and edits the person's records, and so
    /// waits while the stored data is refused (Today says so itself;
    /// Settings stays, with its import and erase, and exports that refuse).
    pub fn shows_data(self) -> bool {
        matches!(
            self,
            Route::Checkup | Route::People | Route::Challenges | Route::Journal
        )
    }

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
            "help" => Route::Help,
            "welcome" => Route::Welcome,
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
            Route::Help => "#/help",
            Route::Welcome => "#/welcome",
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
            Route::Help => "Help",
            Route::Welcome => "Welcome",
        }
    }
}

/// What may stay as it is in a part of the hash: letters, digits and `-_.~`.
const PART: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

/// The part of the hash after the screen's own word, decoded: `abc` in
/// `#/people/abc`, `None` for `#/people`. A query (`?…`) is not part of it.
pub fn sub(hash: &str) -> Option<String> {
    let path = hash.trim_start_matches('#').trim_start_matches('/');
    let path = path.split('?').next().unwrap_or("");
    let (_, rest) = path.split_once('/')?;
    let rest = rest.trim_end_matches('/');
    (!rest.is_empty()).then(|| percent_decode_str(rest).decode_utf8_lossy().into_owned())
}

/// The hash of a screen's part: `#/people/<id>` for a person, whatever the
/// id holds (ids from an imported backup may hold any character).
pub fn sub_hash(route: Route, part: &str) -> String {
    format!("{}/{}", route.hash(), utf8_percent_encode(part, PART))
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
