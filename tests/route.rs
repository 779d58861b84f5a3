//! Hash routes: every screen has a stable, reloadable URL.

use tend::route::{sub, sub_hash, JournalView, Route};

#[test]
fn each_screen_round_trips_through_its_hash() {
    for r in Route::NAV
        .into_iter()
        .chain([Route::About, Route::Help, Route::Welcome])
    {
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
fn a_screen_part_follows_its_word_and_round_trips_any_id() {
    assert_eq!(sub("#/people"), None);
    assert_eq!(sub("#/people/"), None);
    assert_eq!(sub("#/"), None);
    assert_eq!(sub("#/people/ab12"), Some("ab12".to_string()));
    assert_eq!(sub("#/help/people?x=1"), Some("people".to_string()));
    assert_eq!(Route::from_hash("#/people/ab12"), Route::People);
    // Ids from an imported backup may hold anything, slashes and hashes too.
    for id in ["ab12", "a/b", "x#y?z", "100% sure", "Zoë ✿", "..", "%41"] {
        let hash = sub_hash(Route::People, id);
        assert_eq!(Route::from_hash(&hash), Route::People, "{hash}");
        assert_eq!(sub(&hash).as_deref(), Some(id), "{hash}");
        assert!(!hash["#/".len()..].contains(['#', '?', ' ']), "{hash}");
    }
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
