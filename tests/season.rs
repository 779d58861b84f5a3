//! Seasons: starting, ending and finding one; which days they pause; and
//! what a pause means for check-ins (the gap skips paused days), challenge
//! streaks (neither kept nor broken), rituals (paused, never missed; one
//! occurrence set aside ahead), the weekly review, and the welcome back.
//!
//! Native only: `proptest` is a native dev-dependency.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use chrono::{Days, NaiveDate, Weekday};
use common::{at, day, interaction, person};
use proptest::prelude::*;
use std::collections::HashMap;
use std::num::NonZeroU16;
use tend::model::cadence::{due_list_with, status, status_with, CheckIn};
use tend::model::challenge::ritual::{next_planned, OccurrenceState, Repeat, Ritual};
use tend::model::challenge::{Challenge, MarkState};
use tend::model::interaction::latest_by_person;
use tend::model::journal::review::{review_due, review_due_in};
use tend::model::people::{Cadence, Channel, Circle};
use tend::model::season::{
    active, begin, end_now, welcome_due, welcome_people, Ended, Pauses, Season, SeasonError,
    SeasonReason,
};
use tend::model::{Person, Stamp};

fn stamp(id: &str) -> Stamp {
    Stamp::new(id.into(), at(1_700_000_000_000))
}

fn season(id: &str, start: &str, end: Option<&str>) -> Season {
    Season {
        stamp: stamp(id),
        start: day(start),
        end: end.map(day),
        reason: None,
        welcomed: false,
    }
}

fn plus(d: NaiveDate, n: u64) -> NaiveDate {
    d.checked_add_days(Days::new(n)).unwrap()
}

fn weekly(id: &str) -> Person {
    let mut p = person(id, id, 1);
    p.cadence = Some(Cadence::Weekly);
    p
}

// ---- starting, ending, finding -------------------------------------------

#[test]
fn a_season_starts_up_to_a_month_back_and_never_overlaps_another() {
    let today = day("2026-03-10");
    let s = begin(
        &[],
        stamp("s1"),
        day("2026-03-02"),
        None,
        Some(SeasonReason::Illness),
        today,
    )
    .unwrap();
    assert_eq!(
        (s.start, s.end, s.reason),
        (day("2026-03-02"), None, Some(SeasonReason::Illness))
    );
    assert_eq!(
        begin(&[], stamp("s2"), day("2026-02-01"), None, None, today),
        Err(SeasonError::TooFarBack)
    );
    assert_eq!(
        begin(
            &[],
            stamp("s2"),
            today,
            Some(day("2026-03-09")),
            None,
            today
        ),
        Err(SeasonError::EndsBeforeStart)
    );
    let running = [s];
    assert_eq!(
        begin(&running, stamp("s3"), day("2026-05-01"), None, None, today),
        Err(SeasonError::Overlaps {
            start: day("2026-03-02")
        }),
        "one running until ended reaches every later day"
    );
    let planned = [season("s4", "2026-06-01", Some("2026-06-14"))];
    assert!(begin(
        &planned,
        stamp("s5"),
        today,
        Some(day("2026-05-31")),
        None,
        today
    )
    .is_ok());
    assert!(begin(
        &planned,
        stamp("s5"),
        today,
        Some(day("2026-06-01")),
        None,
        today
    )
    .is_err());
    assert!(begin(&planned, stamp("s5"), day("2026-06-15"), None, None, today).is_ok());
    assert!(SeasonError::TooFarBack.to_string().ends_with('.'));
}

#[test]
fn ending_now_makes_yesterday_the_last_paused_day_or_removes_a_season_not_begun() {
    let today = day("2026-03-10");
    let mut s = season("s1", "2026-03-01", None);
    assert_eq!(end_now(&mut s, today), Ended::Ended);
    assert_eq!(s.end, Some(day("2026-03-09")));
    assert!(!s.covers(today) && s.covers(day("2026-03-09")));
    assert_eq!(end_now(&mut s, today), Ended::AlreadyOver);
    let mut started_today = season("s2", "2026-03-10", Some("2026-03-20"));
    assert_eq!(end_now(&mut started_today, today), Ended::Removed);
    assert!(started_today.stamp.deleted && !started_today.covers(today));
    let mut planned = season("s3", "2026-04-01", None);
    assert_eq!(end_now(&mut planned, today), Ended::Removed);
}

#[test]
fn the_active_season_is_the_one_covering_today() {
    let list = [
        season("s1", "2026-01-01", Some("2026-01-31")),
        season("s2", "2026-03-01", None),
    ];
    assert_eq!(active(&list, day("2026-01-15")).unwrap().stamp.id, "s1");
    assert!(active(&list, day("2026-02-15")).is_none());
    assert_eq!(active(&list, day("2030-01-01")).unwrap().stamp.id, "s2");
    let mut gone = list.clone();
    gone[1].stamp.deleted = true;
    assert!(active(&gone, day("2030-01-01")).is_none());
}

#[test]
fn the_welcome_back_comes_once_after_a_season_is_over() {
    let mut list = vec![season("s1", "2026-03-01", Some("2026-03-09"))];
    assert!(
        welcome_due(&list, day("2026-03-09")).is_none(),
        "still running"
    );
    assert_eq!(
        welcome_due(&list, day("2026-03-10")).unwrap().stamp.id,
        "s1"
    );
    list[0].welcomed = true;
    assert!(welcome_due(&list, day("2026-03-10")).is_none());
}

#[test]
fn the_welcome_names_three_people_inner_circle_first_then_longest_since_contact() {
    let mut people = Vec::new();
    for (id, circle) in [
        ("outer", Circle::Outer),
        ("mid-recent", Circle::Middle),
        ("inner-recent", Circle::Inner),
        ("inner-long", Circle::Inner),
        ("mid-never", Circle::Middle),
        ("inner-archived", Circle::Inner),
    ] {
        let mut p = person(id, id, 1);
        p.circle = circle;
        people.push(p);
    }
    people[5].archived = true;
    let log = [
        interaction("i1", "mid-recent", Channel::Call, "2026-03-01"),
        interaction("i2", "inner-recent", Channel::Call, "2026-03-01"),
        interaction("i3", "inner-long", Channel::Call, "2025-12-01"),
        interaction("i4", "outer", Channel::Call, "2020-01-01"),
    ];
    let latest = latest_by_person(&log);
    let names: Vec<&str> = welcome_people(&people, &latest)
        .iter()
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(names, ["inner-long", "inner-recent", "mid-never"]);
}

// ---- which days are paused -----------------------------------------------

#[test]
fn pauses_merge_overlapping_seasons_and_take_an_open_one_to_end_today() {
    let list = [
        season("a", "2026-03-01", Some("2026-03-10")),
        season("b", "2026-03-05", Some("2026-03-12")),
        season("c", "2026-03-13", Some("2026-03-13")),
        season("d", "2026-04-01", None),
        season("e", "2026-06-01", None),
    ];
    let p = Pauses::new(&list, day("2026-04-05"));
    assert_eq!(
        p.spans(),
        [
            (day("2026-03-01"), day("2026-03-13")),
            (day("2026-04-01"), day("2026-04-05")),
        ],
        "back-to-back spans join; an open season not begun pauses nothing yet"
    );
    assert_eq!(p.count(day("2026-03-10"), day("2026-04-30")), 4 + 5);
    assert!(p.covers(day("2026-04-05")) && !p.covers(day("2026-04-06")));
    assert!(Pauses::none().is_empty());
}

proptest! {
    #[test]
    fn the_nth_counted_day_skips_exactly_the_paused_days(
        spans in prop::collection::vec((0u64..200, 0u64..30), 0..5),
        after in 0u64..150,
        n in 0u32..120,
    ) {
        let origin = day("2026-01-01");
        let seasons: Vec<Season> = spans
            .iter()
            .enumerate()
            .map(|(i, (s, len))| Season {
                stamp: stamp(&format!("s{i}")),
                start: plus(origin, *s),
                end: Some(plus(origin, s + len)),
                reason: None,
                welcomed: false,
            })
            .collect();
        let p = Pauses::new(&seasons, origin);
        let after = plus(origin, after);
        let got = p.nth_counted_day(after, n);
        // By walking day by day.
        let mut d = after;
        let mut counted = 0;
        while counted < n {
            d = d.succ_opt().unwrap();
            if !p.covers(d) {
                counted += 1;
            }
        }
        prop_assert_eq!(got, d);
        if n > 0 {
            prop_assert!(!p.covers(got));
            let days = u32::try_from((got - after).num_days()).unwrap();
            prop_assert_eq!(days - p.count(after.succ_opt().unwrap(), got), n);
        }
    }
}

// ---- check-ins -----------------------------------------------------------

#[test]
fn nothing_is_due_or_drifting_during_a_season() {
    let ada = weekly("ada");
    let last = Some(day("2026-01-01"));
    let today = day("2026-03-10");
    assert!(matches!(
        status(&ada, last, today, None),
        CheckIn::Drifting { .. }
    ));
    let list = [season("s1", "2026-03-01", None)];
    let p = Pauses::new(&list, today);
    assert_eq!(
        status_with(&ada, last, today, None, &p),
        CheckIn::Ok {
            next_due: day("2026-03-11")
        },
        "already late before the season: due again the day after it (as if it ended today)"
    );
    let people = vec![ada, weekly("bea")];
    let (due, drifting) = due_list_with(&people, &HashMap::new(), today, &[], &p);
    assert!(due.is_empty() && drifting.is_empty(), "never contacted too");
}

#[test]
fn coming_back_picks_up_where_the_clock_stopped() {
    // Monthly, last contact 1 March; a season 10 March to 9 April (31 days).
    let mut ada = person("ada", "Ada", 1);
    ada.cadence = Some(Cadence::Monthly);
    let last = Some(day("2026-03-01"));
    let list = [season("s1", "2026-03-10", Some("2026-04-09"))];
    let on = |d: &str| status_with(&ada, last, day(d), None, &Pauses::new(&list, day(d)));
    // Nine days counted before the season; the due day moves 31 days later.
    assert_eq!(
        on("2026-03-05"),
        CheckIn::Ok {
            next_due: day("2026-05-01")
        }
    );
    assert_eq!(
        on("2026-04-10"),
        CheckIn::Ok {
            next_due: day("2026-05-01")
        }
    );
    assert_eq!(
        on("2026-05-01"),
        CheckIn::Due {
            due_on: day("2026-05-01"),
            since_days: 0
        }
    );
    // Someone already due when it began is exactly as late afterwards.
    let early = Some(day("2026-01-25"));
    let before = status(&ada, early, day("2026-03-09"), None);
    let after = status_with(
        &ada,
        early,
        day("2026-04-10"),
        None,
        &Pauses::new(&list, day("2026-04-10")),
    );
    assert_eq!(before.days_past_due() + 1, after.days_past_due());
}

fn cadence_strategy() -> impl Strategy<Value = Cadence> {
    prop_oneof![
        Just(Cadence::Weekly),
        Just(Cadence::Fortnightly),
        Just(Cadence::Monthly),
        Just(Cadence::Quarterly),
        (1u16..400).prop_map(|n| Cadence::EveryNDays(NonZeroU16::new(n).unwrap())),
    ]
}

proptest! {
    #[test]
    fn without_seasons_the_rule_is_unchanged(
        c in cadence_strategy(), last in 0u64..800, today in 0u64..800, snooze in proptest::option::of(0u64..800),
    ) {
        let origin = day("2025-01-01");
        let mut p = person("p", "P", 1);
        p.cadence = Some(c);
        let (last, today) = (plus(origin, last), plus(origin, today));
        let snooze = snooze.map(|s| plus(origin, s));
        prop_assert_eq!(
            status(&p, Some(last), today, snooze),
            status_with(&p, Some(last), today, snooze, &Pauses::none())
        );
    }

    #[test]
    fn a_season_never_makes_anyone_later_and_pauses_everything_it_covers(
        c in cadence_strategy(), last in 0u64..400, today in 0u64..600,
        start in 0u64..600, len in proptest::option::of(0u64..120),
    ) {
        let origin = day("2025-01-01");
        let mut p = person("p", "P", 1);
        p.cadence = Some(c);
        let (last, today) = (Some(plus(origin, last)), plus(origin, today));
        let list = [Season {
            stamp: stamp("s"),
            start: plus(origin, start),
            end: len.map(|l| plus(origin, start + l)),
            reason: None,
            welcomed: false,
        }];
        let pauses = Pauses::new(&list, today);
        let with = status_with(&p, last, today, None, &pauses);
        let without = status(&p, last, today, None);
        prop_assert!(with.days_past_due() <= without.days_past_due());
        if pauses.covers(today) {
            let ok = matches!(with, CheckIn::Ok { next_due } if next_due > today);
            prop_assert!(ok, "paused today, so not due: {:?}", with);
        }
        if let CheckIn::Ok { next_due } = with {
            prop_assert!(next_due > today);
            prop_assert!(!pauses.covers(next_due));
        }
    }
}

// ---- challenges and rituals ----------------------------------------------

#[test]
fn challenge_days_in_a_season_are_neither_kept_nor_missed() {
    // Seven days from 1 March; day 1 done, days 2 to 5 in a season, day 6 done.
    let mut c = Challenge::starter(stamp("c1"), day("2026-03-01"));
    c.mark(0, MarkState::Done, "", day("2026-03-01")).unwrap();
    c.mark(5, MarkState::Done, "", day("2026-03-06")).unwrap();
    let today = day("2026-03-07");
    let list = [season("s1", "2026-03-02", Some("2026-03-05"))];
    let p = Pauses::new(&list, today);
    let plain = c.streak(today);
    assert!(
        plain.paused || plain.in_a_row == 1,
        "without the season days 2-5 break it"
    );
    let s = c.streak_in(today, &p);
    assert_eq!((s.count, s.in_a_row, s.paused), (2, 2, false));
    let progress = c.progress_in(today, &p);
    assert_eq!(
        (
            progress.done,
            progress.missed,
            progress.paused,
            progress.left
        ),
        (2, 0, 4, 1)
    );
    assert_eq!(c.progress(today).missed, 4);
    assert!((1..=4).all(|i| c.is_paused(i, &p)) && !c.is_paused(0, &p));
}

#[test]
fn a_ritual_sets_aside_one_occurrence_and_pauses_in_a_season() {
    let mut r = Ritual::new(
        stamp("r1"),
        "Sunday call",
        Repeat::Weekly(Weekday::Sun),
        None,
        day("2026-03-01"),
    )
    .unwrap();
    let today = day("2026-03-11"); // a Wednesday
    assert_eq!(r.skip_next(today), Ok(day("2026-03-15")));
    assert_eq!(next_planned(&r, today), Some(day("2026-03-22")));
    let list = [season("s1", "2026-03-20", Some("2026-03-29"))];
    let p = Pauses::new(&list, day("2026-04-01"));
    r.mark(day("2026-03-01"), MarkState::Done, "", today)
        .unwrap();
    let state = |d: &str| r.state_on(day(d), day("2026-04-01"), &p);
    assert_eq!(state("2026-03-01"), OccurrenceState::Done);
    assert_eq!(state("2026-03-08"), OccurrenceState::Missed);
    assert_eq!(state("2026-03-15"), OccurrenceState::SetAside);
    assert_eq!(state("2026-03-22"), OccurrenceState::Paused);
    assert_eq!(state("2026-03-29"), OccurrenceState::Paused);
    assert_eq!(state("2026-04-05"), OccurrenceState::Open);
    let mut r = r.clone();
    // Skipping again replaces the first skip, past marked occurrences.
    r.mark(day("2026-03-08"), MarkState::Skipped, "", today)
        .unwrap();
    assert_eq!(r.skip_next(day("2026-03-08")), Ok(day("2026-03-15")));
    r.unskip();
    assert_eq!(next_planned(&r, today), Some(day("2026-03-15")));
    // Stored under a short key, left out while empty.
    let json = serde_json::to_string(&r).unwrap();
    assert!(!json.contains("\"sk\""));
    r.skip = Some(day("2026-03-15"));
    let json = serde_json::to_string(&r).unwrap();
    assert!(json.contains("\"sk\":\"2026-03-15\""), "{json}");
    assert_eq!(serde_json::from_str::<Ritual>(&json).unwrap(), r);
}

#[test]
fn no_weekly_review_nudge_during_a_season_nor_a_catch_up_for_a_paused_week() {
    let monday = day("2026-03-16");
    let saturday = day("2026-03-14");
    let long_ago = Some(day("2026-01-01"));
    assert!(review_due(saturday, long_ago));
    let list = [season("s1", "2026-03-09", Some("2026-03-15"))];
    assert!(!review_due_in(
        saturday,
        long_ago,
        &Pauses::new(&list, saturday)
    ));
    assert!(
        review_due(monday, long_ago),
        "without a season: the catch-up"
    );
    assert!(
        !review_due_in(monday, long_ago, &Pauses::new(&list, monday)),
        "last week was paused, so nothing to catch up"
    );
    let friday = day("2026-03-20");
    assert!(review_due_in(friday, long_ago, &Pauses::new(&list, friday)));
}

#[test]
fn seasons_round_trip_with_short_names() {
    let s = Season {
        reason: Some(SeasonReason::Travel),
        ..season("s1", "2026-03-01", Some("2026-03-09"))
    };
    let json = serde_json::to_string(&s).unwrap();
    assert!(json.contains("\"s\":\"2026-03-01\"") && json.contains("\"r\":\"travel\""));
    assert_eq!(serde_json::from_str::<Season>(&json).unwrap(), s);
}
