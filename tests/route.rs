//! Hash routes: every screen has a stable, reloadable URL.

use tend::route::{JournalView, Route};

#[test]
fn each_screen_round_trips_through_its_hash() {
    for r in Route::NAV.into_iter().chain([Route::About]) {
        assert_eq!(Route::from_hash(r.hash()), r, "{r:?}");
    }
}

#[test]
fn navigation_has_the_six_agreed_names_in_order() {
    let names: Vec<&str> = Route::NAV.iter().map(|r| r.label()).collect();
    assert_eq!(
        names,
        [
            "Today",
            "Check-up",
            "People",
            "Challenges",
            "Journal",
            "Settings"
        ]
    );
}

#[test]
fn unknown_or_empty_hashes_show_today() {
    for h in ["", "#", "#/", "#/nope", "#main"] {
        assert_eq!(Route::from_hash(h), Route::Today, "{h}");
    }
    assert_eq!(Route::from_hash("#/Journal?x=1"), Route::Journal);
}

#[test]
fn each_journal_view_round_trips_through_its_hash_and_is_the_journal() {
    for v in JournalView::ALL {
        assert_eq!(JournalView::from_hash(v.hash()), v, "{v:?}");
        assert_eq!(Route::from_hash(v.hash()), Route::Journal, "{v:?}");
    }
    let names: Vec<&str> = JournalView::ALL.iter().map(|v| v.label()).collect();
    assert_eq!(names, ["Write", "Entries", "Month", "Review"]);
}

#[test]
fn the_journal_alone_or_an_unknown_view_opens_write() {
    for h in [
        "#/journal",
        "#/journal/",
        "#journal",
        "#/journal/nope",
        "#/journal?x=1",
    ] {
        assert_eq!(JournalView::from_hash(h), JournalView::Write, "{h}");
    }
    assert_eq!(
        JournalView::from_hash("#/Journal/Review?x=1"),
        JournalView::Review
    );
    assert_eq!(JournalView::from_hash("/journal/month"), JournalView::Month);
}
