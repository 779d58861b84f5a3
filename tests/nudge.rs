//! The daily nudge's schedule and the badge: counts per day, no names
//! under the lock, nothing during a season or with the nudge off, the
//! notification's words, and at most one notification a day.
//!
//! Native only: `proptest` is a native dev-dependency.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use chrono::{Days, NaiveDate};
use common::{at, day, interaction, person};
use proptest::prelude::*;
use tend::model::cadence::Snooze;
use tend::model::nudge::{
    badge, notification_text, schedule, to_show, Schedule, ScheduleDay, DAYS, VERSION,
};
use tend::model::people::{Cadence, Channel};
use tend::model::prefs::Prefs;
use tend::model::season::Season;
use tend::model::{Data, Stamp};

fn stamp(id: &str) -> Stamp {
    Stamp::new(id.into(), at(1_700_000_000_000))
}

const TODAY: &str = "2026-03-10";

/// Ada (weekly, due today), Bea (weekly, due in three days), Cy (never
/// contacted, with a rhythm: due), Di (no rhythm), Ed (drifting, archived),
/// Fay (due, snoozed for two days); the daily nudge on.
fn data() -> Data {
    let mut d = Data::default();
    for (id, name, cadence) in [
        ("p1", "Ada Lovelace", Some(Cadence::Weekly)),
        ("p2", "Bea", Some(Cadence::Weekly)),
        ("p3", "Cy", Some(Cadence::Monthly)),
        ("p4", "Di", None),
        ("p5", "Ed", Some(Cadence::Weekly)),
        ("p6", "Fay", Some(Cadence::Weekly)),
    ] {
        let mut p = person(id, name, 1);
        p.cadence = cadence;
        d.people.push(p);
    }
    d.people[4].archived = true;
    d.interactions = vec![
        interaction("i1", "p1", Channel::Call, "2026-03-03"),
        interaction("i2", "p2", Channel::Call, "2026-03-06"),
        interaction("i5", "p5", Channel::Call, "2026-01-01"),
        interaction("i6", "p6", Channel::Call, "2026-03-02"),
    ];
    d.snoozes = vec![Snooze {
        stamp: stamp("p6"),
        person: "p6".into(),
        until: day("2026-03-12"),
    }];
    let mut prefs = Prefs::new(stamp(Prefs::ID));
    prefs.nudge = true;
    d.prefs = vec![prefs];
    d
}

fn plus(d: NaiveDate, n: u64) -> NaiveDate {
    d.checked_add_days(Days::new(n)).unwrap()
}

#[test]
fn the_badge_counts_people_due_today_but_not_snoozed_archived_or_without_a_rhythm() {
    assert_eq!(badge(&data(), day(TODAY)), 2, "Ada and Cy");
    assert_eq!(badge(&Data::default(), day(TODAY)), 0);
}

#[test]
fn the_schedule_counts_ahead_and_names_who_is_waiting_longest() {
    let s = schedule(&data(), day(TODAY), false);
    assert_eq!(s.version, VERSION);
    assert_eq!(s.days.len(), DAYS);
    assert_eq!(s.days[0].day, day(TODAY));
    let counts: Vec<u32> = s.days.iter().take(4).map(|d| d.due).collect();
    assert_eq!(counts, [2, 2, 3, 4], "Fay from the 12th, Bea from the 13th");
    assert_eq!(
        s.days[0].text.as_deref(),
        Some("Ada Lovelace and Cy would be glad to hear from you today.")
    );
    assert_eq!(
        s.days[3].text.as_deref(),
        Some("Fay, Ada Lovelace and 2 others would be glad to hear from you today."),
        "Fay, drifting by then, first"
    );
    // Only days, counts and words: no ids, notes or contact dates.
    let json = serde_json::to_string(&s).unwrap();
    assert!(json.starts_with("{\"v\":1,\"days\":[{\"d\":\"2026-03-10\",\"n\":2,\"t\":"));
    for private in ["p1", "2026-03-03", "Call"] {
        assert!(!json.contains(private), "{private} in {json}");
    }
    assert_eq!(serde_json::from_str::<Schedule>(&json).unwrap(), s);
}

#[test]
fn with_the_lock_on_the_schedule_holds_no_names() {
    let s = schedule(&data(), day(TODAY), true);
    assert_eq!(
        s.days[0].text.as_deref(),
        Some("2 people would be glad to hear from you today.")
    );
    let json = serde_json::to_string(&s).unwrap();
    for name in ["Ada", "Bea", "Cy", "Fay"] {
        assert!(!json.contains(name), "{name} in {json}");
    }
}

#[test]
fn no_notification_with_the_nudge_off_or_nobody_due_and_none_in_a_season() {
    let mut d = data();
    d.prefs.clear();
    let s = schedule(&d, day(TODAY), false);
    assert!(s.days.iter().all(|x| x.text.is_none()), "off by default");
    assert_eq!(s.days[0].due, 2, "the badge does not need the nudge");

    let mut d = data();
    d.seasons.push(Season {
        stamp: stamp("s1"),
        start: day("2026-03-11"),
        end: Some(day("2026-03-20")),
        reason: None,
        welcomed: false,
    });
    let s = schedule(&d, day(TODAY), false);
    for x in &s.days {
        let paused = (day("2026-03-11")..=day("2026-03-20")).contains(&x.day);
        assert_eq!(x.due == 0 && x.text.is_none(), paused, "{}", x.day);
    }
    // Back on the 21st: only who was already waiting (Ada, Cy, Fay), not
    // Bea, whose clock stopped three days short.
    assert_eq!(s.on(day("2026-03-21")).unwrap().due, 3);

    let mut open = data();
    open.seasons.push(Season {
        stamp: stamp("s2"),
        start: day("2026-03-01"),
        end: None,
        reason: None,
        welcomed: false,
    });
    let s = schedule(&open, day(TODAY), false);
    assert!(s.days.iter().all(|x| x.due == 0 && x.text.is_none()));
    assert_eq!(badge(&open, day(TODAY)), 0);
}

#[test]
fn the_words_count_or_name_and_never_say_nobody() {
    let names = |n: &[&str]| n.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert_eq!(notification_text(0, &names(&["Ada"])), None);
    assert_eq!(
        notification_text(1, &[]).as_deref(),
        Some("Someone would be glad to hear from you today.")
    );
    assert_eq!(
        notification_text(5, &[]).as_deref(),
        Some("5 people would be glad to hear from you today.")
    );
    assert_eq!(
        notification_text(1, &names(&["Ada"])).as_deref(),
        Some("Ada would be glad to hear from you today.")
    );
    assert_eq!(
        notification_text(2, &names(&["Ada", "Bea"])).as_deref(),
        Some("Ada and Bea would be glad to hear from you today.")
    );
    assert_eq!(
        notification_text(3, &names(&["Ada", "Bea"])).as_deref(),
        Some("Ada, Bea and 1 other would be glad to hear from you today.")
    );
}

#[test]
fn at_most_one_notification_a_day() {
    let s = schedule(&data(), day(TODAY), false);
    let today = day(TODAY);
    let first = to_show(&s, today, today.pred_opt());
    assert!(first.is_some());
    assert_eq!(to_show(&s, today, Some(today)), None, "already shown today");
    assert!(
        to_show(&s, plus(today, 1), Some(today)).is_some(),
        "tomorrow again"
    );
    assert_eq!(
        to_show(&s, today, Some(plus(today, 1))),
        None,
        "a clock set back"
    );
    assert!(to_show(&s, today, None).is_some());
}

#[test]
fn past_its_last_day_the_schedule_keeps_its_last_count_and_before_its_first_says_nothing() {
    let s = schedule(&data(), day(TODAY), false);
    let last = s.days.last().unwrap().clone();
    let far = plus(day(TODAY), 100);
    assert_eq!(s.on(far), Some(&last));
    assert_eq!(s.badge_on(far), last.due);
    assert_eq!(s.on(day("2026-03-09")), None);
    assert_eq!(s.badge_on(day("2026-03-09")), 0);
    let empty = Schedule {
        version: VERSION,
        days: Vec::<ScheduleDay>::new(),
    };
    assert_eq!(to_show(&empty, far, None), None);
}

#[test]
fn past_its_last_day_no_notification_is_shown_though_the_badge_keeps_its_count() {
    // Someone who has not opened Tend for the schedule's whole span is not
    // chased with a notification a day; the badge still says who is due.
    let s = schedule(&data(), day(TODAY), true);
    let last = s.days.last().unwrap().clone();
    assert!(last.text.is_some(), "the last day has a notification");
    assert_eq!(to_show(&s, last.day, None), last.text.as_deref());
    let after = plus(last.day, 1);
    assert_eq!(to_show(&s, after, None), None);
    assert_eq!(s.badge_on(after), last.due);
}

proptest! {
    #[test]
    fn however_often_asked_one_day_shows_at_most_one(asks in prop::collection::vec(0u64..40, 1..60)) {
        let s = schedule(&data(), day(TODAY), true);
        let mut last: Option<NaiveDate> = None;
        let mut shown: Vec<NaiveDate> = Vec::new();
        let mut asks = asks;
        asks.sort();
        for a in asks {
            let today = plus(day(TODAY), a);
            if to_show(&s, today, last).is_some() {
                shown.push(today);
                last = Some(today);
            }
        }
        let mut unique = shown.clone();
        unique.dedup();
        prop_assert_eq!(unique, shown);
    }

    #[test]
    fn the_badge_is_the_first_day_of_the_schedule(offset in 0u64..60) {
        let today = plus(day("2026-02-20"), offset);
        let d = data();
        prop_assert_eq!(badge(&d, today), schedule(&d, today, false).days[0].due);
    }
}

#[test]
fn the_alarm_hour_is_chosen_from_0_to_23_and_defaults_to_9() {
    use tend::model::prefs::{current, PrefsError};
    let mut p = current(&[]);
    assert_eq!(p.alarm_hour, 9);
    assert!(!p.nudge);
    assert_eq!(p.set_alarm_hour(24), Err(PrefsError::NoSuchHour));
    p.set_alarm_hour(0).unwrap();
    assert_eq!(p.alarm_hour, 0);
    let mut gone = p.clone();
    gone.stamp.deleted = true;
    assert_eq!(
        current(&[gone]).alarm_hour,
        9,
        "a deleted record is no choice"
    );
    assert_eq!(current(&[p]).alarm_hour, 0);
}
