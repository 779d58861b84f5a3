//! Challenges (marking, back-dating, the forgiving streak, completion),
//! rituals, reconnect plans, milestones and gift ideas, and the content
//! they are built from.
//!
//! Native only: `proptest` is a native dev-dependency.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use chrono::{Datelike, Days, NaiveDate, Weekday};
use common::{at, day, person};
use proptest::prelude::*;
use tend::content::{challenges as cc, reconnect as rc};
use tend::model::challenge::reconnect::{Reason, ReconnectPlan};
use tend::model::challenge::ritual::{
    next_occurrence, occurrences_between, Repeat, Ritual, RitualError,
};
use tend::model::challenge::{
    Challenge, ChallengeError, ChallengeKind, DayState, MarkError, MarkState, Progress, Streak,
};
use tend::model::milestone::{upcoming, GiftIdeas, Milestone, MilestoneError, MilestoneKind, What};
use tend::model::people::Birthday;
use tend::model::Stamp;

fn stamp(id: &str) -> Stamp {
    Stamp::new(id.into(), at(1_700_000_000_000))
}

fn plus(d: NaiveDate, n: u64) -> NaiveDate {
    d.checked_add_days(Days::new(n)).unwrap()
}

fn five(start: &str) -> Challenge {
    let picks = (0..5)
        .map(|i| (cc::FIVE_FOR_FIVE[i % 3].actions[i].to_string(), None))
        .collect();
    Challenge::five_for_five(stamp("c1"), day(start), picks).unwrap()
}

use MarkState::{Done, Skipped};

// ---- challenges --------------------------------------------------------------

#[test]
fn the_three_kinds_are_built_from_content_or_the_form() {
    let c = five("2026-03-02");
    assert_eq!(c.kind, ChallengeKind::FiveForFive);
    assert_eq!(c.days.len(), 5);
    assert_eq!(c.name, cc::FIVE_FOR_FIVE_NAME);
    let s = Challenge::starter(stamp("c2"), day("2026-03-02"));
    assert_eq!(s.kind, ChallengeKind::Starter7);
    let actions: Vec<&str> = s.days.iter().map(|d| d.action.as_str()).collect();
    assert_eq!(actions, cc::STARTER_7);
    let own = Challenge::custom(
        stamp("c3"),
        "  Kind  words ",
        day("2026-03-02"),
        vec!["Call Mum".into(), " Text Sam ".into()],
    )
    .unwrap();
    assert_eq!(
        (own.name.as_str(), own.days[1].action.as_str()),
        ("Kind words", "Text Sam")
    );
}

#[test]
fn bad_challenge_forms_get_a_sentence_to_act_on() {
    let four = vec![("a".to_string(), None); 4];
    assert_eq!(
        Challenge::five_for_five(stamp("c"), day("2026-03-02"), four),
        Err(ChallengeError::NotFive)
    );
    let start = day("2026-03-02");
    assert_eq!(
        Challenge::custom(stamp("c"), " ", start, vec!["a".into()]),
        Err(ChallengeError::NoName)
    );
    assert_eq!(
        Challenge::custom(stamp("c"), "x", start, vec![]),
        Err(ChallengeError::DayCount { max: 90 })
    );
    assert_eq!(
        Challenge::custom(stamp("c"), "x", start, vec!["a".into(); 91]),
        Err(ChallengeError::DayCount { max: 90 })
    );
    let err = Challenge::custom(stamp("c"), "x", start, vec!["a".into(), "  ".into()]).unwrap_err();
    assert_eq!(err, ChallengeError::EmptyAction { day: 2 });
    assert!(err.to_string().contains("Day 2"));
}

#[test]
fn a_challenge_is_stored_with_short_names() {
    let mut c = Challenge::custom(
        stamp("c1"),
        "Mine",
        day("2026-03-02"),
        vec!["Call Mum".into(), "Walk".into()],
    )
    .unwrap();
    c.stamp = Stamp::new("c1".into(), at(5));
    c.days[0].person = Some("p1".into());
    c.mark(0, Done, " lovely chat ", day("2026-03-03")).unwrap();
    let json = serde_json::to_string(&c).unwrap();
    assert_eq!(
        json,
        r#"{"id":"c1","c":5,"u":5,"k":"own","n":"Mine","s":"2026-03-02","d":[{"a":"Call Mum","p":"p1","m":{"s":"d","on":"2026-03-03","t":"lovely chat"}},{"a":"Walk"}]}"#
    );
    assert_eq!(serde_json::from_str::<Challenge>(&json).unwrap(), c);
    let five = serde_json::to_string(&five("2026-03-02")).unwrap();
    assert!(five.contains(r#""k":"5x5""#));
    let bad = json.replace(r#""k":"own""#, r#""k":"weird""#);
    assert!(serde_json::from_str::<Challenge>(&bad).is_err());
}

#[test]
fn todays_day_is_days_since_start_kept_within_the_challenge() {
    let c = five("2026-02-27");
    assert_eq!(c.today_index(day("2026-02-20")), 0, "before the start");
    assert_eq!(c.today_index(day("2026-02-27")), 0);
    assert_eq!(c.today_index(day("2026-03-01")), 2, "across a month end");
    assert_eq!(c.today_index(day("2026-03-03")), 4);
    assert_eq!(c.today_index(day("2027-01-01")), 4, "after the end");
    assert_eq!(c.date_of(2), day("2026-03-01"));
    let leap = five("2028-02-27");
    assert_eq!(leap.date_of(2), day("2028-02-29"));
    assert_eq!(leap.last_date(), day("2028-03-02"));
}

#[test]
fn today_and_yesterday_can_be_marked_and_nothing_else() {
    let mut c = five("2026-03-02");
    let today = day("2026-03-05"); // day index 3
    c.mark(3, Done, "", today).unwrap();
    c.mark(2, Skipped, "tired", today).unwrap();
    assert_eq!(
        c.days[2].mark.as_ref().unwrap().on,
        today,
        "back-dated, marked today"
    );
    let err = c.mark(1, Done, "", today).unwrap_err();
    assert_eq!(err, MarkError::TooLate { day: 2 });
    assert!(err.to_string().contains("takes nothing away"));
    let err = c.mark(4, Done, "", today).unwrap_err();
    assert_eq!(err, MarkError::NotYet { day: 5 });
    assert!(err.to_string().contains("on the day"));
    assert_eq!(
        c.mark(9, Done, "", today),
        Err(MarkError::NoSuchDay { day: 10, days: 5 })
    );
    // A change of mind within the window.
    c.mark(2, Done, "", today).unwrap();
    assert_eq!(c.day_state(2, today), DayState::Done);
    c.unmark(3, today).unwrap();
    assert_eq!(c.day_state(3, today), DayState::Pending);
    assert_eq!(c.unmark(0, today), Err(MarkError::TooLate { day: 1 }));
    c.ended = Some(today);
    assert_eq!(c.mark(3, Done, "", today), Err(MarkError::Ended));
}

#[test]
fn day_states_on_a_given_day() {
    let mut c = five("2026-03-02");
    c.mark(0, MarkState::Done, "", day("2026-03-02")).unwrap();
    let today = day("2026-03-05");
    let states: Vec<DayState> = (0..5).map(|i| c.day_state(i, today)).collect();
    use DayState::{Missed, Pending, Upcoming};
    assert_eq!(states, [DayState::Done, Missed, Pending, Pending, Upcoming]);
}

fn marked(start: &str, marks: &[(usize, MarkState)]) -> Challenge {
    let mut c = Challenge::custom(stamp("c"), "Ten", day(start), vec!["x".into(); 10]).unwrap();
    for &(i, state) in marks {
        c.mark(i, state, "", c.date_of(i)).unwrap();
    }
    c
}

#[test]
fn a_skipped_or_missed_day_pauses_the_streak_and_never_erases_it() {
    let start = "2026-03-01";
    // Done, done, skipped, done: three done days, one in a row, not paused.
    let c = marked(start, &[(0, Done), (1, Done), (2, Skipped), (3, Done)]);
    let on = |i: u64| plus(day(start), i);
    assert_eq!(
        c.streak(on(3)),
        Streak {
            count: 3,
            paused: false,
            in_a_row: 1
        }
    );
    // Done, done, then day 2 left open. On day 3 it is still pending
    // (yesterday can be back-dated), so nothing is paused yet.
    let c = marked(start, &[(0, Done), (1, Done)]);
    assert_eq!(
        c.streak(on(3)),
        Streak {
            count: 2,
            paused: false,
            in_a_row: 2
        }
    );
    // On day 4 day 2 is missed: paused, but the two done days remain.
    assert_eq!(
        c.streak(on(4)),
        Streak {
            count: 2,
            paused: true,
            in_a_row: 0
        }
    );
    // Doing day 4 carries the count on from where it paused.
    let mut c = c;
    c.mark(4, Done, "", on(4)).unwrap();
    assert_eq!(
        c.streak(on(4)),
        Streak {
            count: 3,
            paused: false,
            in_a_row: 1
        }
    );
    // Today's open day never pauses anything.
    assert_eq!(
        c.streak(on(5)),
        Streak {
            count: 3,
            paused: false,
            in_a_row: 1
        }
    );
    assert_eq!(marked(start, &[]).streak(on(0)), Streak::default());
}

#[test]
fn progress_counts_and_completion() {
    let start = "2026-03-01";
    let c = marked(start, &[(0, Done), (1, Skipped), (3, Done)]);
    assert_eq!(
        c.progress(plus(day(start), 4)),
        Progress {
            done: 2,
            skipped: 1,
            missed: 1,
            left: 6,
            paused: 0,
            total: 10
        }
    );
    assert!(!c.is_complete());
    let all: Vec<(usize, MarkState)> = (0..10)
        .map(|i| (i, if i % 3 == 0 { Skipped } else { Done }))
        .collect();
    let c = marked(start, &all);
    assert!(c.is_complete(), "done or skipped everywhere is complete");
    assert!(c.is_finished(day(start)));
    // A challenge with a missed day is never complete, but it is finished
    // (in the history) once its last day can no longer be marked.
    let c = marked(start, &[(0, Done)]);
    assert!(
        !c.is_finished(day("2026-03-11")),
        "the last day can be back-dated"
    );
    assert!(c.is_finished(day("2026-03-12")));
    assert!(!c.is_complete());
}

#[test]
fn marking_across_daylight_saving_and_month_ends_uses_calendar_days() {
    // Europe's clocks go forward on 29 March 2026: still one day each.
    let mut c = five("2026-03-28");
    c.mark(1, Done, "", day("2026-03-30")).unwrap();
    assert_eq!(
        c.mark(0, Done, "", day("2026-03-30")),
        Err(MarkError::TooLate { day: 1 })
    );
    // Leap day as a challenge day, back-dated on 1 March.
    let mut c = five("2028-02-28");
    c.mark(1, Done, "", day("2028-03-01")).unwrap();
    assert_eq!(c.date_of(1), day("2028-02-29"));
}

fn any_marks() -> impl Strategy<Value = Vec<Option<MarkState>>> {
    proptest::collection::vec(
        prop_oneof![Just(None), Just(Some(Done)), Just(Some(Skipped))],
        1..20,
    )
}

proptest! {
    #[test]
    fn the_streak_never_goes_down_as_days_pass(marks in any_marks(), a in 0u64..30, b in 0u64..30) {
        let start = day("2026-01-01");
        let mut c = Challenge::custom(stamp("c"), "x", start, vec!["x".into(); marks.len()]).unwrap();
        for (i, m) in marks.iter().enumerate() {
            if let Some(s) = m { c.mark(i, *s, "", c.date_of(i)).unwrap(); }
        }
        let (a, b) = (a.min(b), a.max(b));
        let (sa, sb) = (c.streak(plus(start, a)), c.streak(plus(start, b)));
        prop_assert!(sa.count <= sb.count);
        prop_assert!(sb.in_a_row <= sb.count);
        let done = marks.iter().filter(|m| **m == Some(Done)).count() as u32;
        prop_assert_eq!(sb.count, done, "every done day counts, whatever came between");
        let p = c.progress(plus(start, b));
        prop_assert_eq!(p.done + p.skipped + p.missed + p.left, p.total);
    }

    #[test]
    fn marking_a_day_skipped_never_lowers_the_streak(marks in any_marks(), pick in 0usize..20) {
        let start = day("2026-01-01");
        let mut c = Challenge::custom(stamp("c"), "x", start, vec!["x".into(); marks.len()]).unwrap();
        for (i, m) in marks.iter().enumerate() {
            if let Some(s) = m { c.mark(i, *s, "", c.date_of(i)).unwrap(); }
        }
        let i = pick % marks.len();
        let today = c.date_of(i);
        let before = c.streak(today).count;
        if c.days[i].mark.as_ref().map(|m| m.state) != Some(Done) {
            c.mark(i, Skipped, "", today).unwrap();
            prop_assert_eq!(c.streak(today).count, before);
        }
    }
}

// ---- rituals -----------------------------------------------------------------

fn ritual(repeat: Repeat, since: &str) -> Ritual {
    Ritual::new(
        stamp("r1"),
        " Sunday   call ",
        repeat,
        Some("p1".into()),
        day(since),
    )
    .unwrap()
}

#[test]
fn weekly_rituals_fall_on_their_weekday() {
    let r = ritual(Repeat::Weekly(Weekday::Sun), "2026-03-01");
    assert_eq!(r.name, "Sunday call");
    assert_eq!(
        next_occurrence(&r, day("2026-03-01")),
        Some(day("2026-03-08")),
        "strictly after"
    );
    assert_eq!(
        next_occurrence(&r, day("2026-02-01")),
        Some(day("2026-03-01")),
        "not before it was set up"
    );
    assert_eq!(
        occurrences_between(&r, day("2026-03-01"), day("2026-03-31")),
        [
            "2026-03-01",
            "2026-03-08",
            "2026-03-15",
            "2026-03-22",
            "2026-03-29"
        ]
        .map(day)
    );
}

#[test]
fn monthly_rituals_on_late_days_fall_on_the_last_day_of_short_months() {
    let r = ritual(Repeat::Monthly(31), "2026-01-01");
    assert_eq!(
        occurrences_between(&r, day("2026-01-01"), day("2026-05-31")),
        [
            "2026-01-31",
            "2026-02-28",
            "2026-03-31",
            "2026-04-30",
            "2026-05-31"
        ]
        .map(day)
    );
    let r = ritual(Repeat::Monthly(30), "2028-01-01");
    assert_eq!(
        occurrences_between(&r, day("2028-01-01"), day("2028-03-31")),
        ["2028-01-30", "2028-02-29", "2028-03-30"].map(day),
        "leap year"
    );
    let r = ritual(Repeat::Monthly(1), "2026-12-15");
    assert_eq!(
        next_occurrence(&r, day("2026-12-15")),
        Some(day("2027-01-01")),
        "across a year end"
    );
}

#[test]
fn ritual_occurrences_are_marked_by_date() {
    let mut r = ritual(Repeat::Weekly(Weekday::Sun), "2026-03-01");
    let today = day("2026-03-10");
    r.mark(day("2026-03-08"), Done, "long call", today).unwrap();
    r.mark(day("2026-03-01"), Skipped, "", today).unwrap();
    r.mark(day("2026-03-08"), Done, "lovely", today).unwrap();
    assert_eq!(
        r.marks.iter().map(|m| m.day).collect::<Vec<_>>(),
        [day("2026-03-01"), day("2026-03-08")]
    );
    assert_eq!(r.mark_on(day("2026-03-08")).unwrap().note, "lovely");
    assert_eq!(
        r.mark(day("2026-03-09"), Done, "", today),
        Err(RitualError::NotAnOccurrence)
    );
    assert_eq!(
        r.mark(day("2026-03-15"), Done, "", today),
        Err(RitualError::InTheFuture)
    );
    assert_eq!(
        r.mark(day("2026-02-22"), Done, "", today),
        Err(RitualError::NotAnOccurrence)
    );
    r.clear(day("2026-03-01"));
    assert_eq!(r.marks.len(), 1);
}

#[test]
fn rituals_store_compactly_and_refuse_bad_forms() {
    let mut r = ritual(Repeat::Weekly(Weekday::Sun), "2026-03-01");
    r.stamp = Stamp::new("r1".into(), at(5));
    r.mark(day("2026-03-01"), Done, "", day("2026-03-01"))
        .unwrap();
    let json = serde_json::to_string(&r).unwrap();
    assert_eq!(
        json,
        r#"{"id":"r1","c":5,"u":5,"n":"Sunday call","r":"w7","p":"p1","f":"2026-03-01","o":[{"d":"2026-03-01","s":"d"}]}"#
    );
    assert_eq!(serde_json::from_str::<Ritual>(&json).unwrap(), r);
    let m = serde_json::to_string(&Repeat::Monthly(31)).unwrap();
    assert_eq!(m, r#""m31""#);
    for bad in [
        r#""m32""#,
        r#""m0""#,
        r#""w8""#,
        r#""x1""#,
        r#""m""#,
        r#""w123""#,
    ] {
        assert!(serde_json::from_str::<Repeat>(bad).is_err(), "{bad}");
    }
    assert_eq!(
        Ritual::new(
            stamp("r"),
            "  ",
            Repeat::Monthly(1),
            None,
            day("2026-01-01")
        ),
        Err(RitualError::NoName)
    );
    assert_eq!(
        Ritual::new(stamp("r"), "x", Repeat::Monthly(0), None, day("2026-01-01")),
        Err(RitualError::NoSuchDayOfMonth)
    );
}

proptest! {
    #[test]
    fn ritual_occurrences_are_exactly_the_days_it_falls_on(
        monthly in any::<bool>(), n in 1u8..=31, w in 0u8..7, from in 0u64..3000, len in 0u64..120,
    ) {
        let repeat = if monthly { Repeat::Monthly(n) } else { Repeat::Weekly(Weekday::try_from(w).unwrap()) };
        let r = ritual(repeat, "2020-01-01");
        let from = plus(day("2020-01-01"), from);
        let to = plus(from, len);
        let got = occurrences_between(&r, from, to);
        let mut expected = Vec::new();
        let mut d = from;
        while d <= to {
            if repeat.falls_on(d) { expected.push(d); }
            d = d.succ_opt().unwrap();
        }
        prop_assert_eq!(&got, &expected);
        if monthly {
            // Exactly once in every whole month.
            let months: Vec<(i32, u32)> = got.iter().map(|d| (d.year(), d.month())).collect();
            let mut dedup = months.clone();
            dedup.dedup();
            prop_assert_eq!(months, dedup);
        }
    }
}

// ---- reconnect plans ------------------------------------------------------------

#[test]
fn a_plan_takes_its_steps_and_openers_from_its_reason() {
    for reason in Reason::ALL {
        let plan = ReconnectPlan::new(stamp("rp"), "p1".into(), reason);
        let steps: Vec<&str> = plan.steps.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(steps, reason.text().steps);
        assert!(plan.openers().len() >= 3);
        assert!(!plan.is_done());
    }
    assert_eq!(Reason::Conflict.label(), rc::CONFLICT.title);
    assert_ne!(Reason::Busy.text().steps, Reason::MovedAway.text().steps);
}

#[test]
fn plan_steps_are_tracked_to_done() {
    let mut plan = ReconnectPlan::new(stamp("rp"), "p1".into(), Reason::Busy);
    plan.add_step("  Book the  table ").unwrap();
    assert!(plan.add_step(" ").is_err());
    for i in 0..plan.steps.len() {
        assert!(plan.set_done(i, true));
    }
    assert!(!plan.set_done(99, true));
    assert!(plan.is_done());
    assert_eq!(plan.done_count(), plan.steps.len());
    plan.stamp = Stamp::new("rp".into(), at(5));
    plan.set_done(0, false);
    let json = serde_json::to_string(&plan).unwrap();
    assert!(json.starts_with(r#"{"id":"rp","c":5,"u":5,"p":"p1","r":"busy","s":[{"t":""#));
    assert!(json.contains(r#"{"t":"Book the table","ok":true}"#));
    assert_eq!(serde_json::from_str::<ReconnectPlan>(&json).unwrap(), plan);
}

// ---- milestones and birthdays -------------------------------------------------------

fn born(id: &str, name: &str, b: &str) -> tend::model::Person {
    let mut p = person(id, name, 1);
    p.birthday = Some(b.parse().unwrap());
    p
}

fn milestone(id: &str, person: &str, kind: MilestoneKind, label: &str, date: &str) -> Milestone {
    Milestone::new(stamp(id), person.into(), kind, label, date.parse().unwrap()).unwrap()
}

#[test]
fn a_29_february_birthday_is_kept_on_28_february_in_common_years() {
    let people = [born("p1", "Leap", "--02-29")];
    let soon = upcoming(&people, &[], day("2026-02-20"), 30);
    assert_eq!(soon.len(), 1);
    assert_eq!(soon[0].day, day("2026-02-28"));
    let soon = upcoming(&people, &[], day("2028-02-20"), 30);
    assert_eq!(soon[0].day, day("2028-02-29"));
    // On 1 March of a common year it has passed: next is 28 February.
    let later = upcoming(&people, &[], day("2026-03-01"), 365);
    assert_eq!(later[0].day, day("2027-02-28"));
}

#[test]
fn upcoming_lists_the_next_30_days_soonest_first() {
    let mut archived = born("p4", "Archived", "--01-05");
    archived.archived = true;
    let people = [
        born("p1", "Ada", "1990-01-10"),
        born("p2", "Bo", "--12-28"),
        born("p3", "Cy", "--02-15"),
        archived,
        person("p5", "No birthday", 1),
    ];
    let milestones = [
        milestone(
            "m1",
            "p3",
            MilestoneKind::Anniversary,
            "Wedding",
            "2016-01-02",
        ),
        milestone("m2", "p1", MilestoneKind::Graduation, "", "2027-01-03"),
        milestone("m3", "p4", MilestoneKind::NewJob, "", "--01-04"),
        milestone("m4", "p2", MilestoneKind::Custom, "First climb", "--12-20"),
    ];
    let today = day("2026-12-21");
    let soon = upcoming(&people, &milestones, today, 30);
    let got: Vec<(NaiveDate, &str)> = soon
        .iter()
        .map(|u| (u.day, u.person.name.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            (day("2026-12-28"), "Bo"),
            (day("2027-01-02"), "Cy"),
            (day("2027-01-03"), "Ada"),
            (day("2027-01-10"), "Ada"),
        ],
        "year end wraps; archived people and last year's 20 December are left out"
    );
    assert!(
        matches!(soon[1].what, What::Milestone { milestone, years: Some(11) } if milestone.title() == "Wedding")
    );
    assert!(
        matches!(soon[2].what, What::Milestone { years: Some(0), .. }),
        "a graduation's first time"
    );
    assert_eq!(soon[3].what, What::Birthday { turning: Some(37) });
    assert_eq!(soon[0].what, What::Birthday { turning: None });
    // The window includes today and the 30th day, not the 31st.
    assert_eq!(upcoming(&people, &[], day("2026-12-28"), 0).len(), 1);
    assert_eq!(upcoming(&people, &[], day("2026-11-28"), 30).len(), 1);
    assert_eq!(upcoming(&people, &[], day("2026-11-27"), 30).len(), 0);
    // A dated milestone is not shown before its first time: the graduation
    // on 3 January 2027 is not "upcoming" on 3 January 2026.
    let jan = upcoming(&people, &milestones[1..2], day("2026-01-01"), 30);
    assert!(!jan.is_empty(), "Ada's birthday is there");
    assert!(jan.iter().all(|u| matches!(u.what, What::Birthday { .. })));
    let next_jan = upcoming(&people, &milestones[1..2], day("2027-01-01"), 30);
    assert!(next_jan
        .iter()
        .any(|u| matches!(u.what, What::Milestone { .. })));
}

#[test]
fn milestones_need_a_label_only_when_custom_and_store_compactly() {
    let date: Birthday = "--06-01".parse().unwrap();
    assert_eq!(
        Milestone::new(stamp("m"), "p1".into(), MilestoneKind::Custom, "  ", date),
        Err(MilestoneError::NoLabel)
    );
    let mut m = milestone("m1", "p1", MilestoneKind::NewJob, "", "2026-06-01");
    assert_eq!(m.title(), "New job");
    m.stamp = Stamp::new("m1".into(), at(5));
    let json = serde_json::to_string(&m).unwrap();
    assert_eq!(
        json,
        r#"{"id":"m1","c":5,"u":5,"p":"p1","k":"job","d":"2026-06-01"}"#
    );
    assert_eq!(serde_json::from_str::<Milestone>(&json).unwrap(), m);
}

#[test]
fn gift_ideas_are_short_tidy_and_listed_once() {
    let mut g = GiftIdeas {
        stamp: stamp("p1"),
        person: "p1".into(),
        ideas: vec![],
    };
    assert_eq!(g.add("  Café   voucher "), Ok(true));
    assert_eq!(g.add("cafe VOUCHER"), Ok(false));
    assert_eq!(g.add("   "), Err(MilestoneError::EmptyIdea));
    assert_eq!(
        g.add(&"x".repeat(121)),
        Err(MilestoneError::IdeaTooLong { max: 120 })
    );
    assert_eq!(g.ideas, ["Café voucher"]);
    let json = serde_json::to_string(&g).unwrap();
    assert!(json.ends_with(r#""p":"p1","g":["Café voucher"]}"#));
}

// ---- content ---------------------------------------------------------------------

#[test]
fn five_for_five_offers_at_least_five_actions_per_category() {
    assert_eq!(cc::FIVE_FOR_FIVE.len(), 3);
    let mut all: Vec<&str> = Vec::new();
    for cat in cc::FIVE_FOR_FIVE {
        assert!(cat.actions.len() >= 5, "{}", cat.title);
        all.extend(cat.actions);
    }
    all.extend(cc::STARTER_7);
    for r in Reason::ALL {
        assert!(r.text().steps.len() >= 3 && r.text().openers.len() >= 3);
        all.extend(r.text().steps);
        all.extend(r.text().openers);
    }
    for (i, a) in all.iter().enumerate() {
        assert!(!a.trim().is_empty() && a.trim() == *a, "{a:?}");
        assert!(!all[..i].contains(a), "repeated: {a}");
    }
    assert_eq!(cc::REFLECTION, "How did connecting make you feel?");
}
