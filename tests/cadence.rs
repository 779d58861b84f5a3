//! Check-ins: the due and drifting windows per cadence, snoozes, the Due and
//! Drifting lists, and calendar edge cases (month ends, leap years, long
//! gaps, daylight-saving changes).
//!
//! Native only: `proptest` is a native dev-dependency.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use chrono::{Days, NaiveDate};
use common::{at, day, interaction, person};
use proptest::prelude::*;
use std::num::NonZeroU16;
use tend::model::cadence::{
    closest_first, due_list, snoozed_until, status, window, CheckIn, Snooze, Window,
};
use tend::model::interaction::latest_by_person;
use tend::model::people::{Cadence, Channel, Circle};
use tend::model::{Person, Stamp};

fn with_cadence(id: &str, name: &str, cadence: Cadence) -> Person {
    let mut p = person(id, name, 1);
    p.cadence = Some(cadence);
    p
}

fn every(n: u16) -> Cadence {
    Cadence::EveryNDays(NonZeroU16::new(n).unwrap())
}

fn snooze(person: &str, until: &str) -> Snooze {
    Snooze {
        stamp: Stamp::new(person.into(), at(1)),
        person: person.into(),
        until: day(until),
    }
}

fn plus(d: NaiveDate, n: u64) -> NaiveDate {
    d.checked_add_days(Days::new(n)).unwrap()
}

#[test]
fn windows_are_one_interval_then_half_an_interval_of_grace() {
    let w = |c| window(c);
    assert_eq!(
        w(Cadence::Weekly),
        Window {
            due_after: 7,
            drifting_after: 11
        }
    );
    assert_eq!(w(Cadence::Fortnightly).drifting_after, 21);
    assert_eq!(w(Cadence::Monthly).drifting_after, 45);
    assert_eq!(w(Cadence::Quarterly).drifting_after, 137);
    // Every day: due the next day, drifting the day after.
    assert_eq!(
        w(every(1)),
        Window {
            due_after: 1,
            drifting_after: 2
        }
    );
}

#[test]
fn a_weekly_friend_is_on_track_then_due_then_drifting() {
    let ada = with_cadence("p1", "Ada", Cadence::Weekly);
    let last = day("2026-03-02");
    let s = |today: &str| status(&ada, Some(last), day(today), None);
    assert_eq!(
        s("2026-03-02"),
        CheckIn::Ok {
            next_due: day("2026-03-09")
        }
    );
    assert_eq!(
        s("2026-03-08"),
        CheckIn::Ok {
            next_due: day("2026-03-09")
        }
    );
    assert_eq!(
        s("2026-03-09"),
        CheckIn::Due {
            due_on: day("2026-03-09"),
            since_days: 0
        }
    );
    assert_eq!(
        s("2026-03-12"),
        CheckIn::Due {
            due_on: day("2026-03-09"),
            since_days: 3
        }
    );
    assert_eq!(
        s("2026-03-13"),
        CheckIn::Drifting {
            due_on: day("2026-03-09"),
            overdue_days: 4
        }
    );
    assert_eq!(s("2026-03-13").word(), "Drifting");
}

#[test]
fn no_cadence_and_never_contacted_are_told_apart() {
    let p = person("p1", "Ada", 1);
    assert_eq!(
        status(&p, Some(day("2020-01-01")), day("2026-01-01"), None),
        CheckIn::NoCadence
    );
    let q = with_cadence("p2", "Bo", Cadence::Monthly);
    assert_eq!(
        status(&q, None, day("2026-01-01"), None),
        CheckIn::NeverContacted
    );
}

#[test]
fn month_ends_and_leap_years_count_real_days() {
    let m = with_cadence("p1", "Ada", Cadence::Monthly);
    // 31 January + 30 days: 2 March in a common year, 1 March in a leap year.
    assert_eq!(
        status(&m, Some(day("2026-01-31")), day("2026-02-15"), None),
        CheckIn::Ok {
            next_due: day("2026-03-02")
        }
    );
    assert_eq!(
        status(&m, Some(day("2028-01-31")), day("2028-02-15"), None),
        CheckIn::Ok {
            next_due: day("2028-03-01")
        }
    );
    let w = with_cadence("p2", "Bo", Cadence::Weekly);
    assert_eq!(
        status(&w, Some(day("2028-02-29")), day("2028-03-01"), None),
        CheckIn::Ok {
            next_due: day("2028-03-07")
        }
    );
    // Across a year end.
    assert_eq!(
        status(&w, Some(day("2026-12-28")), day("2027-01-04"), None),
        CheckIn::Due {
            due_on: day("2027-01-04"),
            since_days: 0
        }
    );
}

#[test]
fn daylight_saving_changes_cannot_shift_a_day() {
    // Days are local calendar days with no time of day or zone, so the
    // nights the clocks change (Europe 29 March 2026, US 8 March 2026, and
    // back on 25 October / 1 November) still count as exactly one day each.
    let w = with_cadence("p1", "Ada", Cadence::Weekly);
    for (last, due) in [
        ("2026-03-25", "2026-04-01"),
        ("2026-03-05", "2026-03-12"),
        ("2026-10-22", "2026-10-29"),
        ("2026-10-29", "2026-11-05"),
    ] {
        assert_eq!(
            status(&w, Some(day(last)), day(due), None),
            CheckIn::Due {
                due_on: day(due),
                since_days: 0
            },
            "last contact {last}"
        );
    }
}

#[test]
fn a_gap_of_decades_is_simply_very_overdue() {
    let q = with_cadence("p1", "Ada", Cadence::Quarterly);
    let s = status(&q, Some(day("1990-01-01")), day("2026-01-01"), None);
    let CheckIn::Drifting {
        due_on,
        overdue_days,
    } = s
    else {
        panic!("expected drifting, got {s:?}");
    };
    assert_eq!(due_on, day("1990-04-02"));
    assert_eq!(overdue_days as i64, (day("2026-01-01") - due_on).num_days());
    // An interval near the top of the range does not overflow either.
    let far = with_cadence("p2", "Bo", every(u16::MAX));
    assert!(matches!(
        status(&far, Some(day("2026-01-01")), day("2026-01-02"), None),
        CheckIn::Ok { .. }
    ));
}

#[test]
fn a_last_contact_in_the_future_never_makes_anyone_late() {
    let w = with_cadence("p1", "Ada", Cadence::Weekly);
    assert_eq!(
        status(&w, Some(day("2026-05-10")), day("2026-05-01"), None),
        CheckIn::Ok {
            next_due: day("2026-05-17")
        }
    );
}

#[test]
fn a_snooze_hides_a_due_person_until_its_day() {
    let w = with_cadence("p1", "Ada", Cadence::Weekly);
    let last = Some(day("2026-03-03"));
    let until = Some(day("2026-03-12"));
    assert_eq!(
        status(&w, last, day("2026-03-10"), until),
        CheckIn::Snoozed {
            until: day("2026-03-12")
        }
    );
    assert_eq!(
        status(&w, last, day("2026-03-12"), until),
        CheckIn::Due {
            due_on: day("2026-03-10"),
            since_days: 2
        },
        "on the snooze's day the reminder is back"
    );
    // A snooze does not hide someone who is on track anyway.
    assert_eq!(
        status(&w, Some(day("2026-03-09")), day("2026-03-10"), until),
        CheckIn::Ok {
            next_due: day("2026-03-16")
        }
    );
    // A never-contacted person can be snoozed too.
    assert_eq!(
        status(&w, None, day("2026-03-10"), until),
        CheckIn::Snoozed {
            until: day("2026-03-12")
        }
    );
}

#[test]
fn the_latest_live_snooze_counts() {
    let mut old = snooze("p1", "2026-03-20");
    old.stamp.id = "s-old".into();
    let mut gone = snooze("p1", "2026-04-30");
    gone.stamp.deleted = true;
    gone.stamp.id = "s-gone".into();
    let list = [
        snooze("p1", "2026-03-15"),
        old,
        gone,
        snooze("p2", "2026-05-01"),
    ];
    assert_eq!(snoozed_until("p1", &list), Some(day("2026-03-20")));
    assert_eq!(snoozed_until("p3", &list), None);
}

#[test]
fn snoozes_store_compactly() {
    let s = snooze("p1", "2026-03-15");
    let json = serde_json::to_string(&s).unwrap();
    assert_eq!(json, r#"{"id":"p1","c":1,"u":1,"p":"p1","d":"2026-03-15"}"#);
    assert_eq!(serde_json::from_str::<Snooze>(&json).unwrap(), s);
}

#[test]
fn due_and_drifting_lists_are_most_overdue_first() {
    let today = day("2026-06-30");
    let mut archived = with_cadence("p6", "Archived", Cadence::Weekly);
    archived.archived = true;
    let mut deleted = with_cadence("p7", "Deleted", Cadence::Weekly);
    deleted.stamp.deleted = true;
    let mut by_hand = with_cadence("p8", "By hand", Cadence::Weekly);
    by_hand.last_contact = Some(day("2026-06-22")); // due 06-29, 1 day
    let people = vec![
        with_cadence("p1", "Ada", Cadence::Weekly), // due 06-28 -> 2 days
        with_cadence("p2", "Bo", Cadence::Weekly),  // due 06-15 -> drifting 15
        with_cadence("p3", "Cy", Cadence::Monthly), // due 05-21 -> drifting 40
        with_cadence("p4", "Di", Cadence::Monthly), // never contacted
        with_cadence("p5", "Ed", Cadence::Fortnightly), // due 06-27 -> 3 days
        archived,
        deleted,
        by_hand,
        person("p9", "No cadence", 1),
        with_cadence("p10", "Fay", Cadence::Weekly), // snoozed
        with_cadence("p11", "Gus", Cadence::Weekly), // on track
    ];
    let interactions = vec![
        interaction("i1", "p1", Channel::Call, "2026-06-21"),
        interaction("i2", "p2", Channel::Call, "2026-06-08"),
        interaction("i3", "p3", Channel::Call, "2026-04-21"),
        interaction("i4", "p5", Channel::Call, "2026-06-13"),
        interaction("i5", "p6", Channel::Call, "2026-01-01"),
        interaction("i6", "p7", Channel::Call, "2026-01-01"),
        interaction("i7", "p10", Channel::Call, "2026-01-01"),
        interaction("i8", "p11", Channel::Call, "2026-06-29"),
        // An older interaction does not override the later day entered by hand.
        interaction("i9", "p8", Channel::Call, "2026-06-01"),
    ];
    let snoozes = [snooze("p10", "2026-07-03")];
    let (due, drifting) = due_list(&people, &latest_by_person(&interactions), today, &snoozes);
    let names = |l: &[tend::model::cadence::DueItem]| -> Vec<String> {
        l.iter().map(|i| i.person.name.clone()).collect()
    };
    assert_eq!(names(&due), ["Ed", "Ada", "By hand", "Di"]);
    assert_eq!(names(&drifting), ["Cy", "Bo"]);
    assert_eq!(drifting[0].status.days_past_due(), 40);
    assert_eq!(due[3].status, CheckIn::NeverContacted);
}

#[test]
fn the_closest_come_first_then_drifting_before_due_then_the_most_overdue() {
    let today = day("2026-06-30");
    let mut people = vec![
        with_cadence("p1", "Ada", Cadence::Weekly), // due 2 days
        with_cadence("p2", "Bo", Cadence::Weekly),  // drifting 15
        with_cadence("p3", "Cy", Cadence::Monthly), // drifting 40
        with_cadence("p4", "Di", Cadence::Monthly), // never contacted
        with_cadence("p5", "Ed", Cadence::Fortnightly), // due 3 days
        with_cadence("p6", "Flo", Cadence::Weekly), // due 2 days
    ];
    people[0].circle = Circle::Inner;
    people[3].circle = Circle::Inner;
    people[1].circle = Circle::Outer;
    people[5].circle = Circle::Outer;
    let interactions = vec![
        interaction("i1", "p1", Channel::Call, "2026-06-21"),
        interaction("i2", "p2", Channel::Call, "2026-06-08"),
        interaction("i3", "p3", Channel::Call, "2026-04-21"),
        interaction("i5", "p5", Channel::Call, "2026-06-13"),
        interaction("i6", "p6", Channel::Call, "2026-06-21"),
    ];
    let (due, drifting) = due_list(&people, &latest_by_person(&interactions), today, &[]);
    let all = closest_first(&due, &drifting);
    let names: Vec<&str> = all.iter().map(|i| i.person.name.as_str()).collect();
    // Inner: Ada (due) before Di (never contacted); middle: Cy drifting,
    // then Ed due; outer: Bo drifting, then Flo due.
    assert_eq!(names, ["Ada", "Di", "Cy", "Ed", "Bo", "Flo"]);
    assert_eq!(all.len(), due.len() + drifting.len());
}

#[test]
fn logging_an_interaction_resets_the_clock() {
    let people = vec![with_cadence("p1", "Ada", Cadence::Weekly)];
    let mut log = vec![interaction("i1", "p1", Channel::Call, "2026-01-01")];
    let today = day("2026-02-01");
    let (_, drifting) = due_list(&people, &latest_by_person(&log), today, &[]);
    assert_eq!(drifting.len(), 1);
    log.push(interaction("i2", "p1", Channel::Message, "2026-02-01"));
    let (due, drifting) = due_list(&people, &latest_by_person(&log), today, &[]);
    assert!(due.is_empty() && drifting.is_empty());
}

fn rank(s: CheckIn) -> u8 {
    match s {
        CheckIn::Ok { .. } => 0,
        CheckIn::Due { .. } => 1,
        CheckIn::Drifting { .. } => 2,
        other => panic!("unexpected {other:?}"),
    }
}

fn any_cadence() -> impl Strategy<Value = Cadence> {
    prop_oneof![
        Just(Cadence::Weekly),
        Just(Cadence::Fortnightly),
        Just(Cadence::Monthly),
        Just(Cadence::Quarterly),
        (1u16..=400).prop_map(every),
    ]
}

proptest! {
    #[test]
    fn status_is_monotone_in_days_since_contact(
        cadence in any_cadence(),
        start in 0u64..20_000,
        a in 0u64..2_000,
        b in 0u64..2_000,
    ) {
        let (a, b) = (a.min(b), a.max(b));
        let p = with_cadence("p1", "Ada", cadence);
        let last = plus(day("1990-01-01"), start);
        let sa = status(&p, Some(last), plus(last, a), None);
        let sb = status(&p, Some(last), plus(last, b), None);
        prop_assert!(rank(sa) <= rank(sb));
        prop_assert!(sa.days_past_due() <= sb.days_past_due());
    }

    #[test]
    fn the_windows_switch_exactly_at_their_edges(cadence in any_cadence(), start in 0u64..20_000) {
        let p = with_cadence("p1", "Ada", cadence);
        let w = window(cadence);
        let last = plus(day("1990-01-01"), start);
        let at = |d: u32| status(&p, Some(last), plus(last, u64::from(d)), None);
        prop_assert_eq!(rank(at(w.due_after - 1)), 0);
        prop_assert_eq!(rank(at(w.due_after)), 1);
        prop_assert_eq!(rank(at(w.drifting_after - 1)), 1);
        prop_assert_eq!(rank(at(w.drifting_after)), 2);
        prop_assert_eq!(at(w.due_after), CheckIn::Due { due_on: plus(last, u64::from(w.due_after)), since_days: 0 });
        // The ideal window is at least one day and about half an interval.
        prop_assert!(w.drifting_after > w.due_after);
        prop_assert!(2 * (w.drifting_after - w.due_after) >= w.due_after);
    }
}
