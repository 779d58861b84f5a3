//! Help, the first run and the sources behind Tend's guidance: every screen
//! has a guide its help link can reach, the FAQ answers the questions the
//! issue asked for, and every article is both listed and drawn on.

use std::collections::BTreeSet;
use tend::content::help::{self, FAQ, GUIDES};
use tend::content::sources::{drawn_from, Article};
use tend::content::{challenges, checkup, gaps, prompts, reconnect, welcome};
use tend::route::{sub, sub_hash, Route};

#[test]
fn every_screen_in_the_navigation_has_a_guide_reached_by_its_hash() {
    for r in Route::NAV {
        let slug = r.hash().trim_start_matches("#/");
        let slug = if slug.is_empty() { "today" } else { slug };
        let g = help::guide(slug).unwrap_or_else(|| panic!("no guide for {r:?}"));
        assert_eq!(g.screen, r.label());
        let hash = sub_hash(Route::Help, g.slug);
        assert_eq!(Route::from_hash(&hash), Route::Help);
        assert_eq!(sub(&hash).as_deref(), Some(g.slug));
    }
    assert_eq!(GUIDES.len(), Route::NAV.len());
}

#[test]
fn guides_are_short() {
    for g in GUIDES {
        assert!((2..=5).contains(&g.points.len()), "{}", g.slug);
        assert!(g.summary.len() < 160, "{}", g.slug);
        for p in g.points {
            assert!(p.len() < 320, "{}: {p}", g.slug);
        }
    }
}

#[test]
fn the_faq_answers_the_questions_asked_for() {
    for slug in ["shy", "online", "enough", "help", "data"] {
        let f = help::faq(slug).unwrap_or_else(|| panic!("no answer about {slug}"));
        assert!(!f.answer.is_empty());
    }
    // The answer about seeking help names a crisis line; the one about
    // data draws on no article, since it is about Tend itself.
    assert!(help::faq("help").is_some_and(|f| f.answer.iter().any(|p| p.contains("988"))));
    assert!(help::faq("data").is_some_and(|f| f.sources.is_empty()));
}

#[test]
fn slugs_are_unique_across_guides_and_questions() {
    let mut seen = BTreeSet::new();
    for slug in GUIDES
        .iter()
        .map(|g| g.slug)
        .chain(FAQ.iter().map(|f| f.slug))
    {
        assert!(seen.insert(slug), "{slug} twice");
        assert!(
            slug.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
            "{slug}"
        );
    }
}

/// Every list of sources any guidance carries.
fn all_source_lists() -> Vec<&'static [Article]> {
    let mut lists: Vec<&'static [Article]> = vec![
        challenges::FIVE_FOR_FIVE_SOURCES,
        challenges::STARTER_SOURCES,
        challenges::RITUAL_SOURCES,
        checkup::SKILLS_SOURCES,
        checkup::TALK_SOURCES,
        reconnect::SOURCES,
        prompts::SOURCES,
    ];
    lists.extend(GUIDES.iter().map(|g| g.sources));
    lists.extend(FAQ.iter().map(|f| f.sources));
    lists.extend(welcome::STEPS.iter().map(|s| s.sources));
    lists.extend(
        [
            gaps::START_YOUR_MAP,
            gaps::NO_ONE_TO_CALL_ON,
            gaps::INNER_CIRCLE_EMPTY,
            gaps::DRAINING_INNER_TIE,
            gaps::INNER_CIRCLE_ONE_TYPE,
            gaps::FEW_ENERGIZERS,
            gaps::NO_GROUP,
        ]
        .iter()
        .map(|g| g.sources),
    );
    lists
}

#[test]
fn every_article_is_drawn_on_and_no_list_names_one_twice() {
    let mut used = BTreeSet::new();
    for list in all_source_lists() {
        let unique: BTreeSet<_> = list.iter().collect();
        assert_eq!(unique.len(), list.len(), "{list:?}");
        used.extend(list.iter().copied());
    }
    assert_eq!(used, Article::ALL.into_iter().collect());
}

#[test]
fn advice_names_its_sources_and_only_tend_itself_names_none() {
    // Settings and the data question are about Tend; everything else is advice.
    for g in GUIDES.iter().filter(|g| g.slug != "settings") {
        assert!(!g.sources.is_empty(), "{}", g.slug);
    }
    for f in FAQ.iter().filter(|f| f.slug != "data") {
        assert!(!f.sources.is_empty(), "{}", f.slug);
    }
}

#[test]
fn drawn_from_names_each_article_once_in_order() {
    assert_eq!(
        drawn_from(&[Article::Cdc, Article::Rebuild]),
        "Drawn from: CDC: Improving Social Connectedness; How to Rebuild a Social Connection."
    );
    let names: BTreeSet<_> = Article::ALL.iter().map(|a| a.short()).collect();
    assert_eq!(names.len(), Article::ALL.len());
}

#[test]
fn the_first_run_says_what_tend_is_and_its_promise_in_two_sentences() {
    for s in [welcome::WHAT, welcome::PRIVACY] {
        assert_eq!(s.matches(". ").count() + 1, 1, "one sentence: {s}");
        assert!(s.ends_with('.'));
    }
    assert!(welcome::PRIVACY.contains("no account"));
    let slugs: Vec<_> = welcome::STEPS.iter().map(|s| s.slug).collect();
    assert_eq!(slugs, ["checkup", "people", "rhythm"]);
    assert_eq!(welcome::next("checkup").map(|s| s.slug), Some("people"));
    assert_eq!(welcome::next("rhythm"), None);
    assert_eq!(welcome::next("nope"), None);
}

mod first_run {
    use chrono::{TimeZone, Utc};
    use tend::model::prefs::{first_run_due, first_run_finished, live, Prefs};
    use tend::model::Stamp;

    fn stamp() -> Stamp {
        Stamp::new(
            Prefs::ID.to_string(),
            Utc.timestamp_opt(1_700_000_000, 0).unwrap(),
        )
    }

    #[test]
    fn shows_on_an_empty_tend_until_finished_or_skipped() {
        assert!(first_run_due(&[], true));
        let done = first_run_finished(&[], stamp());
        assert!(done.first_run_done);
        assert!(!first_run_due(&[done], true));
    }

    #[test]
    fn never_greets_someone_who_already_keeps_something() {
        assert!(!first_run_due(&[], false));
    }

    #[test]
    fn finishing_keeps_the_other_choices_and_ignores_a_removed_record() {
        let mut p = Prefs::new(stamp());
        p.alarm_hour = 7;
        p.nudge = true;
        let done = first_run_finished(std::slice::from_ref(&p), stamp());
        assert_eq!(
            (done.alarm_hour, done.nudge, done.first_run_done),
            (7, true, true)
        );
        let mut gone = done.clone();
        gone.stamp.deleted = true;
        assert_eq!(live(std::slice::from_ref(&gone)), None);
        assert!(first_run_due(&[gone], true));
    }
}

/// What index.html shows someone new while the app downloads is the first
/// run's opening page as the app draws it: its heading, what Tend is and
/// the privacy promise, word for word (the page cannot read them from the
/// code it is waiting for, so it holds a copy, checked here).
#[test]
fn the_page_shows_someone_new_the_first_runs_opening_words_while_it_loads() {
    let page = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/index.html"))
        .expect("index.html is readable");
    let start = page
        .find(r#"id="booting-welcome""#)
        .expect("index.html has the first run's opening words");
    let preview = &page[start..start + page[start..].find("</div>").expect("closed")];
    let html = |s: &str| {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    for expected in [
        format!("<h1>{}</h1>", html(welcome::TITLE)),
        format!(r#"<p class="lead">{}</p>"#, html(welcome::WHAT)),
        format!(r#"<p class="promise">{}</p>"#, html(welcome::PRIVACY)),
    ] {
        assert!(
            preview.contains(&expected),
            "index.html's first-run preview should read {expected}"
        );
    }
}
