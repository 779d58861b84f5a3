//! Hash routes: every screen has a stable, reloadable URL.

use tend::route::Route;

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
