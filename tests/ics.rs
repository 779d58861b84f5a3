//! The calendar export: RFC 5545 structure, stable UIDs, recurrence rules
//! per cadence, ritual and birthday, CRLF line ends, folding at 75 octets
//! and TEXT escaping. The output is unfolded and parsed line by line here;
//! the e2e step parses it with a real iCalendar library as well.
//!
//! Native only: `proptest` is a native dev-dependency.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use chrono::{NaiveDate, TimeZone, Utc};
use common::{at, day, interaction, person};
use proptest::prelude::*;
use std::num::NonZeroU16;
use tend::formats::ics::{calendar, escape_text, fold, utc_stamp, MAX_LINE};
use tend::model::challenge::ritual::{Repeat, Ritual};
use tend::model::milestone::{Milestone, MilestoneKind};
use tend::model::people::{Birthday, Cadence, Channel};
use tend::model::{Person, Stamp};

/// One property of a parsed event: name, parameters, raw value.
#[derive(Debug, Clone)]
struct Prop {
    name: String,
    params: Vec<String>,
    value: String,
}

/// One parsed event: its own properties and its alarms' properties.
#[derive(Debug, Clone)]
struct Event {
    props: Vec<Prop>,
    alarms: Vec<Vec<Prop>>,
}

/// Unfolds `text` (checking every physical line on the way) and parses it
/// into the calendar's own properties and its events.
fn parse(text: &str) -> (Vec<Prop>, Vec<Vec<Prop>>) {
    let (cal, events) = parse_events(text);
    (cal, events.into_iter().map(|e| e.props).collect())
}

/// [`parse`], with each event's alarms.
fn parse_events(text: &str) -> (Vec<Prop>, Vec<Event>) {
    assert!(text.ends_with("\r\n"), "the last line ends with CRLF");
    let mut logical: Vec<String> = Vec::new();
    for physical in text[..text.len() - 2].split("\r\n") {
        assert!(
            !physical.contains('\n') && !physical.contains('\r'),
            "bare line break in {physical:?}"
        );
        assert!(
            physical.len() <= MAX_LINE,
            "line longer than 75 octets: {physical:?}"
        );
        match physical.strip_prefix(' ') {
            Some(cont) => logical
                .last_mut()
                .expect("a continuation follows a line")
                .push_str(cont),
            None => logical.push(physical.to_string()),
        }
    }
    let mut cal = Vec::new();
    let mut events: Vec<Event> = Vec::new();
    let (mut in_event, mut in_alarm) = (false, false);
    assert_eq!(logical.first().map(String::as_str), Some("BEGIN:VCALENDAR"));
    assert_eq!(logical.last().map(String::as_str), Some("END:VCALENDAR"));
    for line in &logical[1..logical.len() - 1] {
        let (head, value) = line.split_once(':').expect("every line has a colon");
        let mut parts = head.split(';');
        let name = parts.next().unwrap().to_string();
        assert!(
            name.bytes().all(|b| b.is_ascii_uppercase() || b == b'-'),
            "name {name}"
        );
        let prop = Prop {
            name: name.clone(),
            params: parts.map(String::from).collect(),
            value: value.to_string(),
        };
        match (name.as_str(), value) {
            ("BEGIN", "VEVENT") => {
                assert!(!in_event, "events do not nest");
                in_event = true;
                events.push(Event {
                    props: Vec::new(),
                    alarms: Vec::new(),
                });
            }
            ("END", "VEVENT") => {
                assert!(in_event && !in_alarm);
                in_event = false;
            }
            ("BEGIN", "VALARM") => {
                assert!(in_event && !in_alarm, "an alarm belongs to an event");
                in_alarm = true;
                events.last_mut().unwrap().alarms.push(Vec::new());
            }
            ("END", "VALARM") => {
                assert!(in_alarm);
                in_alarm = false;
            }
            _ if in_alarm => events
                .last_mut()
                .unwrap()
                .alarms
                .last_mut()
                .unwrap()
                .push(prop),
            _ if in_event => events.last_mut().unwrap().props.push(prop),
            _ => cal.push(prop),
        }
    }
    assert!(!in_event, "every event is closed");
    (cal, events)
}

fn get<'a>(event: &'a [Prop], name: &str) -> &'a str {
    let found: Vec<&Prop> = event.iter().filter(|p| p.name == name).collect();
    assert_eq!(found.len(), 1, "exactly one {name} in {event:?}");
    &found[0].value
}

fn unescape(v: &str) -> String {
    let mut out = String::new();
    let mut chars = v.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') | Some('N') => out.push('\n'),
                Some(o) => out.push(o),
                None => panic!("dangling backslash"),
            }
        } else {
            assert!(c != ';' && c != ',', "unescaped {c} in {v}");
            out.push(c);
        }
    }
    out
}

fn by_uid<'a>(events: &'a [Vec<Prop>], uid: &str) -> &'a [Prop] {
    events
        .iter()
        .find(|e| get(e, "UID") == uid)
        .unwrap_or_else(|| panic!("no event {uid}"))
}

fn stamp(id: &str) -> Stamp {
    Stamp::new(id.into(), at(1_700_000_000_000))
}

fn ritual(id: &str, name: &str, repeat: Repeat, since: &str) -> Ritual {
    Ritual::new(stamp(id), name, repeat, None, day(since)).unwrap()
}

fn birthday(m: u8, d: u8, y: Option<i32>) -> Birthday {
    Birthday::new(m, d, y).unwrap()
}

struct Fixture {
    people: Vec<Person>,
    interactions: Vec<tend::model::Interaction>,
    rituals: Vec<Ritual>,
    milestones: Vec<Milestone>,
}

fn fixture() -> Fixture {
    let mut ada = person("p1", "Ada", 1);
    ada.cadence = Some(Cadence::Weekly);
    ada.birthday = Some(birthday(3, 14, Some(1990)));
    let mut bo = person("p2", "Bo, the \"neighbour\"; from 4\\B", 1);
    bo.cadence = Some(Cadence::Fortnightly);
    bo.birthday = Some(birthday(2, 29, None));
    let mut cy = person("p3", "Cy", 1);
    cy.cadence = Some(Cadence::Monthly);
    let mut di = person("p4", "Di", 1);
    di.cadence = Some(Cadence::Quarterly);
    di.birthday = Some(birthday(7, 1, None));
    let mut ed = person("p5", "Ed", 1);
    ed.cadence = Some(Cadence::EveryNDays(NonZeroU16::new(10).unwrap()));
    let mut gone = person("p6", "Archived", 1);
    gone.cadence = Some(Cadence::Weekly);
    gone.birthday = Some(birthday(1, 1, None));
    gone.archived = true;
    let mut fay = person("p7", "Fay", 1);
    fay.birthday = Some(birthday(2, 29, Some(2000)));
    let mut rituals = vec![
        ritual(
            "r1",
            "Sunday call",
            Repeat::Weekly(chrono::Weekday::Sun),
            "2026-03-02",
        ),
        ritual("r2", "Shared meal", Repeat::Monthly(1), "2026-03-02"),
        ritual("r3", "Month-end letter", Repeat::Monthly(31), "2026-03-02"),
        ritual("r4", "Book club", Repeat::Monthly(30), "2026-03-02"),
    ];
    rituals[1].person = Some("p1".into());
    let mut deleted = ritual("r5", "Gone", Repeat::Monthly(3), "2026-03-02");
    deleted.stamp.deleted = true;
    rituals.push(deleted);
    let milestones = vec![
        Milestone::new(
            stamp("m1"),
            "p1".into(),
            MilestoneKind::Anniversary,
            "Wedding",
            birthday(6, 20, Some(2015)),
        )
        .unwrap(),
        Milestone::new(
            stamp("m2"),
            "p3".into(),
            MilestoneKind::NewJob,
            "",
            birthday(9, 1, None),
        )
        .unwrap(),
        Milestone::new(
            stamp("m3"),
            "p6".into(),
            MilestoneKind::Graduation,
            "",
            birthday(9, 1, None),
        )
        .unwrap(),
    ];
    let interactions = vec![
        interaction("i1", "p1", Channel::Call, "2026-03-01"), // weekly: next due 03-08
        interaction("i2", "p2", Channel::Call, "2026-01-01"), // long overdue: today
        interaction("i3", "p3", Channel::Call, "2026-01-01"), // due 01-31 -> today
        interaction("i4", "p4", Channel::Call, "2026-03-01"), // due 05-31
    ];
    Fixture {
        people: vec![ada, bo, cy, di, ed, gone, fay],
        interactions,
        rituals,
        milestones,
    }
}

fn export(f: &Fixture, today: &str) -> String {
    calendar(
        &f.people,
        &f.interactions,
        &f.rituals,
        &f.milestones,
        day(today),
        Utc.with_ymd_and_hms(2026, 3, 5, 9, 7, 3).unwrap(),
    )
}

#[test]
fn the_calendar_has_the_required_header_and_crlf_line_ends() {
    let text = export(&fixture(), "2026-03-05");
    assert!(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"));
    assert_eq!(text.matches('\n').count(), text.matches("\r\n").count());
    let (cal, events) = parse(&text);
    let names: Vec<&str> = cal.iter().map(|p| p.name.as_str()).collect();
    assert!(names.contains(&"CALSCALE"));
    assert_eq!(get(&cal, "CALSCALE"), "GREGORIAN");
    // 5 check-ins + 4 live rituals + 4 birthdays (Ada, Bo, Di, Fay) + 2 milestones.
    assert_eq!(events.len(), 15);
    for e in &events {
        assert_eq!(get(e, "DTSTAMP"), "20260305T090703Z");
        let start = e.iter().find(|p| p.name == "DTSTART").unwrap();
        assert_eq!(start.params, ["VALUE=DATE"]);
        assert_eq!(start.value.len(), 8);
        assert!(get(e, "UID").ends_with("@tend.local"));
        assert!(get(e, "RRULE").starts_with("FREQ="));
    }
}

#[test]
fn uids_are_stable_across_exports() {
    let f = fixture();
    let uids = |text: &str| -> Vec<String> {
        parse(text)
            .1
            .iter()
            .map(|e| get(e, "UID").to_string())
            .collect()
    };
    let first = uids(&export(&f, "2026-03-05"));
    let later = calendar(
        &f.people,
        &f.interactions,
        &f.rituals,
        &f.milestones,
        day("2026-09-30"),
        Utc.with_ymd_and_hms(2026, 9, 30, 23, 0, 0).unwrap(),
    );
    assert_eq!(first, uids(&later));
    assert!(first.contains(&"checkin-p1@tend.local".to_string()));
    assert!(first.contains(&"ritual-r1@tend.local".to_string()));
    assert!(first.contains(&"birthday-p2@tend.local".to_string()));
    assert!(first.contains(&"milestone-m1@tend.local".to_string()));
    // Archived people and deleted records are left out, and so are the
    // milestones of archived people.
    assert!(!first
        .iter()
        .any(|u| u.contains("p6") || u.contains("r5") || u.contains("m3")));
}

#[test]
fn check_ins_repeat_at_their_cadence_from_the_next_due_day() {
    let (_, events) = parse(&export(&fixture(), "2026-03-05"));
    let e = |id: &str| by_uid(&events, &format!("checkin-{id}@tend.local")).to_vec();
    assert_eq!(get(&e("p1"), "RRULE"), "FREQ=WEEKLY");
    assert_eq!(get(&e("p1"), "DTSTART"), "20260308");
    assert_eq!(get(&e("p1"), "DTEND"), "20260309");
    assert_eq!(get(&e("p2"), "RRULE"), "FREQ=WEEKLY;INTERVAL=2");
    assert_eq!(
        get(&e("p2"), "DTSTART"),
        "20260305",
        "overdue: starts today"
    );
    assert_eq!(get(&e("p3"), "RRULE"), "FREQ=MONTHLY");
    assert_eq!(
        get(&e("p4"), "RRULE"),
        "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1"
    );
    assert_eq!(get(&e("p4"), "DTSTART"), "20260531");
    assert_eq!(get(&e("p5"), "RRULE"), "FREQ=DAILY;INTERVAL=10");
    assert_eq!(
        get(&e("p5"), "DTSTART"),
        "20260305",
        "never contacted: starts today"
    );
    assert_eq!(unescape(get(&e("p1"), "SUMMARY")), "Check in with Ada");
    assert_eq!(get(&e("p1"), "TRANSP"), "TRANSPARENT");
}

#[test]
fn a_monthly_check_in_from_the_30th_keeps_every_month() {
    let mut p = person("p1", "Ada", 1);
    p.cadence = Some(Cadence::Monthly);
    p.last_contact = Some(day("2026-03-31")); // due 04-30
    let text = calendar(&[p], &[], &[], &[], day("2026-04-01"), at(0));
    let (_, events) = parse(&text);
    assert_eq!(get(&events[0], "DTSTART"), "20260430");
    assert_eq!(
        get(&events[0], "RRULE"),
        "FREQ=MONTHLY;BYMONTHDAY=28,29,30;BYSETPOS=-1"
    );
}

#[test]
fn rituals_repeat_on_their_weekday_or_day_of_month() {
    let (_, events) = parse(&export(&fixture(), "2026-03-05"));
    let sunday = by_uid(&events, "ritual-r1@tend.local");
    assert_eq!(get(sunday, "RRULE"), "FREQ=WEEKLY;BYDAY=SU");
    assert_eq!(
        get(sunday, "DTSTART"),
        "20260308",
        "the first Sunday from 2 March"
    );
    let meal = by_uid(&events, "ritual-r2@tend.local");
    assert_eq!(get(meal, "RRULE"), "FREQ=MONTHLY;BYMONTHDAY=1");
    assert_eq!(get(meal, "DTSTART"), "20260401");
    assert_eq!(unescape(get(meal, "DESCRIPTION")), "With Ada");
    let end = by_uid(&events, "ritual-r3@tend.local");
    assert_eq!(get(end, "RRULE"), "FREQ=MONTHLY;BYMONTHDAY=-1");
    assert_eq!(get(end, "DTSTART"), "20260331");
    let club = by_uid(&events, "ritual-r4@tend.local");
    assert_eq!(
        get(club, "RRULE"),
        "FREQ=MONTHLY;BYMONTHDAY=28,29,30;BYSETPOS=-1"
    );
    assert_eq!(get(club, "DTSTART"), "20260330");
}

#[test]
fn birthdays_repeat_yearly_with_or_without_a_year() {
    let (_, events) = parse(&export(&fixture(), "2026-03-05"));
    let ada = by_uid(&events, "birthday-p1@tend.local");
    assert_eq!(get(ada, "DTSTART"), "19900314");
    assert_eq!(get(ada, "RRULE"), "FREQ=YEARLY");
    assert_eq!(unescape(get(ada, "SUMMARY")), "Birthday: Ada");
    // No year: starts in the current year, even when already past.
    let di = by_uid(&events, "birthday-p4@tend.local");
    assert_eq!(get(di, "DTSTART"), "20260701");
    // 29 February, no year, in a common year: the last day of February.
    let bo = by_uid(&events, "birthday-p2@tend.local");
    assert_eq!(get(bo, "DTSTART"), "20260228");
    assert_eq!(get(bo, "RRULE"), "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1");
    let fay = by_uid(&events, "birthday-p7@tend.local");
    assert_eq!(get(fay, "DTSTART"), "20000229");
    assert_eq!(get(fay, "RRULE"), "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1");
    // Milestones: yearly, titled by label or kind.
    let wedding = by_uid(&events, "milestone-m1@tend.local");
    assert_eq!(get(wedding, "DTSTART"), "20150620");
    assert_eq!(unescape(get(wedding, "SUMMARY")), "Wedding: Ada");
    let job = by_uid(&events, "milestone-m2@tend.local");
    assert_eq!(get(job, "DTSTART"), "20260901");
    assert_eq!(unescape(get(job, "SUMMARY")), "New job: Cy");
}

#[test]
fn names_are_escaped_and_read_back_exactly() {
    let (_, events) = parse(&export(&fixture(), "2026-03-05"));
    let bo = by_uid(&events, "checkin-p2@tend.local");
    assert_eq!(
        get(bo, "SUMMARY"),
        "Check in with Bo\\, the \"neighbour\"\\; from 4\\\\B"
    );
    assert_eq!(
        unescape(get(bo, "SUMMARY")),
        "Check in with Bo, the \"neighbour\"; from 4\\B"
    );
}

#[test]
fn escaping_turns_every_line_break_into_backslash_n() {
    assert_eq!(escape_text("a\r\nb\nc\rd"), "a\\nb\\nc\\nd");
    assert_eq!(escape_text("x\u{7}y\tz"), "xy\tz");
    assert_eq!(escape_text("a,b;c\\d"), "a\\,b\\;c\\\\d");
}

#[test]
fn long_names_fold_without_splitting_characters() {
    let mut p = person("p1", &"Ōkawa-Lindqvist 🌿 Éléonore ".repeat(8), 1);
    p.cadence = Some(Cadence::Weekly);
    let text = calendar(
        std::slice::from_ref(&p),
        &[],
        &[],
        &[],
        day("2026-03-05"),
        at(0),
    );
    let (_, events) = parse(&text);
    assert!(text.contains("\r\n "), "the summary was folded");
    assert_eq!(
        unescape(get(&events[0], "SUMMARY")),
        String::from("Check in with ") + &p.name
    );
}

/// A calendar with one weekly check-in for a person called `name`.
fn check_in_for(name: &str) -> String {
    let mut p = person("p1", name, 1);
    p.cadence = Some(Cadence::Weekly);
    calendar(&[p], &[], &[], &[], day("2026-03-05"), at(0))
}

#[test]
fn no_line_passes_75_octets_when_the_last_piece_is_exactly_75() {
    // "SUMMARY:Check in with " is 22 octets. At 150 and 224 octets the last
    // piece after folding is 75 octets, one more than a continuation line
    // holds after its leading space (the `icalendar` crate's writer emits a
    // 76-octet line here, see the module doc of `tend::formats::ics`).
    for total in [149, 150, 151, 223, 224, 225, 298] {
        let name = "x".repeat(total - 22);
        let text = check_in_for(&name);
        let (_, events) = parse(&text);
        assert_eq!(
            unescape(get(&events[0], "SUMMARY")),
            String::from("Check in with ") + &name
        );
    }
}

#[test]
fn line_breaks_and_control_characters_in_names_never_break_the_lines() {
    let text = check_in_for("a\r\nb\nc\rd\u{7}e\tf");
    let (_, events) = parse(&text);
    assert_eq!(
        get(&events[0], "SUMMARY"),
        "Check in with a\\nb\\nc\\nde\tf"
    );
}

#[test]
fn dtstamp_is_utc_in_basic_format() {
    assert_eq!(
        utc_stamp(Utc.with_ymd_and_hms(2026, 1, 2, 3, 4, 5).unwrap()),
        "20260102T030405Z"
    );
    assert_eq!(utc_stamp(at(0)), "19700101T000000Z");
}

#[test]
fn an_empty_calendar_is_still_valid() {
    let text = calendar(&[], &[], &[], &[], day("2026-03-05"), at(0));
    let (cal, events) = parse(&text);
    assert!(events.is_empty());
    assert_eq!(get(&cal, "VERSION"), "2.0");
    assert!(!get(&cal, "PRODID").is_empty());
}

fn unfold(folded: &str) -> String {
    folded
        .strip_suffix("\r\n")
        .expect("ends with CRLF")
        .split("\r\n")
        .enumerate()
        .map(|(i, l)| {
            if i == 0 {
                l
            } else {
                l.strip_prefix(' ')
                    .expect("continuation starts with a space")
            }
        })
        .collect()
}

proptest! {
    #[test]
    fn folded_lines_never_exceed_75_octets_and_unfold_to_the_original(line in "[a-zA-Z0-9 :;,é€🌿\u{300}日本]{0,400}") {
        let folded = fold(&line);
        for physical in folded.strip_suffix("\r\n").unwrap().split("\r\n") {
            prop_assert!(physical.len() <= MAX_LINE);
        }
        prop_assert_eq!(unfold(&folded), line);
    }

    #[test]
    fn every_exported_line_fits_in_75_octets_for_any_name(name in "[a-zA-Z0-9 :;,é€🌿\u{300}日本]{1,400}") {
        let text = check_in_for(&name);
        let (_, events) = parse(&text);
        prop_assert_eq!(unescape(get(&events[0], "SUMMARY")), String::from("Check in with ") + &name);
    }

    #[test]
    fn escaped_text_reads_back_and_has_no_raw_separators(text in "[a-z,;\\\\\n\r :é]{0,60}") {
        let escaped = escape_text(&text);
        prop_assert!(!escaped.contains('\n') && !escaped.contains('\r'));
        let normalized = text.replace("\r\n", "\n").replace('\r', "\n");
        prop_assert_eq!(unescape(&escaped), normalized);
    }

    #[test]
    fn birthdays_start_on_a_real_day_for_any_date(m in 1u8..=12, d in 1u8..=31, year in proptest::option::of(1900i32..2100), today in 0u64..40_000) {
        let Ok(b) = Birthday::new(m, d, year) else { return Ok(()) };
        let mut p = person("p1", "Ada", 1);
        p.birthday = Some(b);
        let today = NaiveDate::from_ymd_opt(1950, 1, 1).unwrap() + chrono::Days::new(today);
        let (_, events) = parse(&calendar(&[p], &[], &[], &[], today, at(0)));
        let start = get(&events[0], "DTSTART");
        let parsed = NaiveDate::parse_from_str(start, "%Y%m%d").expect("a real date");
        prop_assert_eq!(parsed.format("%m").to_string().parse::<u8>().unwrap(), m);
    }
}

// ---- alarms and seasons ----------------------------------------------------

use tend::formats::ics::{calendar_with, trigger, Options, HORIZON_DAYS};
use tend::model::season::Season;

fn alarm_triggers(e: &Event) -> Vec<String> {
    e.alarms
        .iter()
        .map(|a| get(a, "TRIGGER").to_string())
        .collect()
}

fn uid_of(e: &Event) -> &str {
    get(&e.props, "UID")
}

/// The master (not an override) of each series, by UID.
fn masters(events: &[Event]) -> Vec<&Event> {
    events
        .iter()
        .filter(|e| !e.props.iter().any(|p| p.name == "RECURRENCE-ID"))
        .collect()
}

#[test]
fn every_series_has_display_alarms_at_nine_by_default() {
    let (_, events) = parse_events(&export(&fixture(), "2026-03-05"));
    let masters = masters(&events);
    assert_eq!(masters.len(), events.len(), "no season, no override");
    for e in &masters {
        let uid = uid_of(e);
        let want: &[&str] = if uid.starts_with("birthday-") {
            &["-PT15H", "PT9H"]
        } else {
            &["PT9H"]
        };
        assert_eq!(alarm_triggers(e), want, "{uid}");
        for a in &e.alarms {
            assert_eq!(get(a, "ACTION"), "DISPLAY");
            assert!(!get(a, "DESCRIPTION").is_empty());
        }
    }
    let ada = events
        .iter()
        .find(|e| uid_of(e) == "birthday-p1@tend.local")
        .unwrap();
    let said: Vec<String> = ada
        .alarms
        .iter()
        .map(|a| unescape(get(a, "DESCRIPTION")))
        .collect();
    assert_eq!(
        said,
        [
            "Tomorrow is the birthday of Ada",
            "Today is the birthday of Ada"
        ]
    );
}

#[test]
fn triggers_follow_the_hour_including_midnight_and_late_evening() {
    assert_eq!(trigger(0, 9), "PT9H");
    assert_eq!(trigger(-1, 9), "-PT15H");
    assert_eq!(trigger(0, 0), "PT0S");
    assert_eq!(trigger(-1, 0), "-PT24H");
    assert_eq!(trigger(0, 23), "PT23H");
    assert_eq!(trigger(-1, 23), "-PT1H");
}

/// The sample the season tests and the real-parser check share: today is
/// Thursday 5 March 2026, alarms at 18:00, and a season from Friday 20
/// March to Sunday 5 April.
struct SeasonSample {
    people: Vec<Person>,
    interactions: Vec<tend::model::Interaction>,
    rituals: Vec<Ritual>,
    milestones: Vec<Milestone>,
    seasons: Vec<Season>,
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

fn season_sample() -> SeasonSample {
    let mut ada = person("p1", "Ada", 1);
    ada.cadence = Some(Cadence::Weekly);
    ada.birthday = Some(birthday(3, 14, Some(1990)));
    let mut grace = person("p2", "Grace", 1);
    grace.birthday = Some(birthday(3, 21, None)); // inside the season
    let mut bea = person("p3", "Bea", 1);
    bea.birthday = Some(birthday(4, 6, None)); // the day after it
    let mut sunday = ritual(
        "r1",
        "Sunday call",
        Repeat::Weekly(chrono::Weekday::Sun),
        "2026-03-01",
    );
    sunday.skip = Some(day("2026-03-15"));
    let anniversary = Milestone::new(
        stamp("m1"),
        "p1".into(),
        MilestoneKind::Anniversary,
        "",
        birthday(4, 1, Some(2015)),
    )
    .unwrap();
    SeasonSample {
        people: vec![ada, grace, bea],
        interactions: vec![interaction("i1", "p1", Channel::Call, "2026-03-01")],
        rituals: vec![sunday],
        milestones: vec![anniversary],
        seasons: vec![season("s1", "2026-03-20", Some("2026-04-05"))],
    }
}

fn season_export(s: &SeasonSample) -> String {
    calendar_with(
        &s.people,
        &s.interactions,
        &s.rituals,
        &s.milestones,
        &Options {
            alarm_hour: 18,
            seasons: &s.seasons,
        },
        day("2026-03-05"),
        Utc.with_ymd_and_hms(2026, 3, 5, 9, 7, 3).unwrap(),
    )
}

#[test]
fn check_ins_leave_out_the_days_of_a_season_and_skipped_rituals_are_left_out() {
    let (_, events) = parse_events(&season_export(&season_sample()));
    let check_in = events
        .iter()
        .find(|e| uid_of(e) == "checkin-p1@tend.local")
        .unwrap();
    assert_eq!(get(&check_in.props, "DTSTART"), "20260308");
    assert_eq!(
        get(&check_in.props, "EXDATE"),
        "20260322,20260329,20260405",
        "the three Sundays inside the season"
    );
    assert_eq!(alarm_triggers(check_in), ["PT18H"]);
    let ritual = masters(&events)
        .into_iter()
        .find(|e| uid_of(e) == "ritual-r1@tend.local")
        .unwrap();
    assert_eq!(get(&ritual.props, "EXDATE"), "20260315", "set aside ahead");
}

#[test]
fn rituals_birthdays_and_dates_in_a_season_stay_but_lose_the_alarms_that_ring_in_it() {
    let (_, events) = parse_events(&season_export(&season_sample()));
    let overrides: Vec<(String, String, Vec<String>)> = events
        .iter()
        .filter_map(|e| {
            let rid = e.props.iter().find(|p| p.name == "RECURRENCE-ID")?;
            assert_eq!(rid.params, ["VALUE=DATE"]);
            assert_eq!(get(&e.props, "DTSTART"), rid.value, "it stays on its day");
            Some((uid_of(e).to_string(), rid.value.clone(), alarm_triggers(e)))
        })
        .collect();
    let none: Vec<String> = Vec::new();
    assert_eq!(
        overrides,
        [
            (
                "ritual-r1@tend.local".into(),
                "20260322".into(),
                none.clone()
            ),
            (
                "ritual-r1@tend.local".into(),
                "20260329".into(),
                none.clone()
            ),
            (
                "ritual-r1@tend.local".into(),
                "20260405".into(),
                none.clone()
            ),
            (
                "birthday-p2@tend.local".into(),
                "20260321".into(),
                none.clone()
            ),
            // The day before falls in the season; the day itself does not.
            (
                "birthday-p3@tend.local".into(),
                "20260406".into(),
                vec!["PT18H".into()]
            ),
            ("milestone-m1@tend.local".into(), "20260401".into(), none),
        ]
    );
    // Each override follows its own series' master.
    for e in masters(&events) {
        assert!(!e.alarms.is_empty(), "{}", uid_of(e));
    }
}

#[test]
fn a_season_running_until_ended_quiets_the_year_ahead() {
    let mut s = season_sample();
    s.seasons = vec![season("s2", "2026-03-01", None)];
    let (_, events) = parse_events(&season_export(&s));
    let check_in = events
        .iter()
        .find(|e| uid_of(e) == "checkin-p1@tend.local")
        .unwrap();
    // Paused since the last contact: due a week of counted days after it
    // as if it ended today, and every week after left out up to the
    // horizon.
    assert_eq!(get(&check_in.props, "DTSTART"), "20260312");
    let left_out = get(&check_in.props, "EXDATE").split(',').count();
    let weeks = HORIZON_DAYS as usize / 7;
    assert!(
        (weeks - 1..=weeks + 1).contains(&left_out),
        "{left_out} of about {weeks}"
    );
    // Ada's birthday next week: kept, silent.
    assert!(events.iter().any(|e| uid_of(e) == "birthday-p1@tend.local"
        && e.props
            .iter()
            .any(|p| p.name == "RECURRENCE-ID" && p.value == "20260314")
        && e.alarms.is_empty()));
}

#[test]
fn a_season_that_is_over_changes_nothing() {
    let mut s = season_sample();
    s.seasons = vec![season("s3", "2026-01-01", Some("2026-02-01"))];
    let quiet = season_export(&s);
    s.seasons.clear();
    assert_eq!(quiet, season_export(&s));
}

/// The Python interpreter to check with: `TEND_PYTHON`, else the `.venv`
/// that scripts/setup.sh makes, else `python3`.
fn python() -> String {
    if let Ok(p) = std::env::var("TEND_PYTHON") {
        return p;
    }
    let venv = std::path::Path::new(".venv/bin/python3");
    if venv.exists() {
        return venv.display().to_string();
    }
    "python3".into()
}

#[test]
fn the_real_parsers_read_the_alarms_back() {
    use std::process::Command;
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"));
    std::fs::create_dir_all(dir).unwrap();
    let file = dir.join("tend-season-sample.ics");
    std::fs::write(&file, season_export(&season_sample())).unwrap();
    let run = Command::new(python())
        .args(["scripts/ics_check.py"])
        .arg(&file)
        .args(["2026-03-05", "2026-04-30"])
        .output();
    let out = match run {
        Err(e) => {
            eprintln!("notice: no Python ({e}), so the icalendar check is skipped");
            return;
        }
        Ok(out) if out.status.code() == Some(3) => {
            eprintln!(
                "notice: the Python modules icalendar and recurring-ical-events are missing \
                 ({}), so their check is skipped; scripts/setup.sh installs them",
                String::from_utf8_lossy(&out.stderr).trim()
            );
            return;
        }
        Ok(out) => out,
    };
    assert!(
        out.status.success(),
        "the real parsers refused the export: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let found: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let rows: Vec<(String, String, Vec<String>)> = found
        .as_array()
        .unwrap()
        .iter()
        .map(|o| {
            let summary = o["summary"].as_str().unwrap().to_string();
            let on = o["day"].as_str().unwrap().to_string();
            let at = o["alarms"]
                .as_array()
                .unwrap()
                .iter()
                .map(|a| a["at"].as_str().unwrap().to_string())
                .collect();
            (summary, on, at)
        })
        .collect();
    let row = |summary: &str, on: &str, at: &[&str]| {
        (
            summary.to_string(),
            on.to_string(),
            at.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
        )
    };
    // No alarm rings on a day of the season (20 March to 5 April).
    for (summary, on, at) in &rows {
        for t in at {
            let d = &t[..10];
            assert!(
                !("2026-03-20"..="2026-04-05").contains(&d),
                "{summary} on {on} rings on {t}"
            );
        }
    }
    let check_ins: Vec<&str> = rows
        .iter()
        .filter(|r| r.0 == "Check in with Ada")
        .map(|r| r.1.as_str())
        .collect();
    assert_eq!(
        check_ins,
        [
            "2026-03-08",
            "2026-03-15",
            "2026-04-12",
            "2026-04-19",
            "2026-04-26"
        ]
    );
    let sundays: Vec<&(String, String, Vec<String>)> =
        rows.iter().filter(|r| r.0 == "Sunday call").collect();
    assert_eq!(
        sundays.iter().map(|r| r.1.as_str()).collect::<Vec<_>>(),
        [
            "2026-03-08",
            "2026-03-22",
            "2026-03-29",
            "2026-04-05",
            "2026-04-12",
            "2026-04-19",
            "2026-04-26"
        ],
        "15 March set aside; the season's Sundays stay"
    );
    assert_eq!(
        *sundays[0],
        row("Sunday call", "2026-03-08", &["2026-03-08T18:00"])
    );
    assert_eq!(*sundays[1], row("Sunday call", "2026-03-22", &[]));
    for expected in [
        row(
            "Birthday: Ada",
            "2026-03-14",
            &["2026-03-13T18:00", "2026-03-14T18:00"],
        ),
        row("Birthday: Grace", "2026-03-21", &[]),
        row("Birthday: Bea", "2026-04-06", &["2026-04-06T18:00"]),
        row("Anniversary: Ada", "2026-04-01", &[]),
    ] {
        assert!(rows.contains(&expected), "{expected:?} in {rows:?}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// For any hour, season and dates: every master carries its alarms at
    /// that hour; overrides and left-out days fall only where a season
    /// would hear an alarm; every kept alarm rings outside it; and every
    /// line still fits.
    #[test]
    fn alarms_follow_the_hour_and_stay_out_of_any_season(
        hour in 0u8..24,
        start in 0u64..400,
        len in proptest::option::of(0u64..60),
        monthly in any::<bool>(),
        ritual_day in 1u8..=31,
        bm in 1u8..=12, bd in 1u8..=28,
        name in "[a-zA-Zé日本🌿][a-zA-Z é日本🌿]{0,89}",
    ) {
        let today = day("2026-03-05");
        let mut p = person("p1", &name, 1);
        p.cadence = Some(if monthly { Cadence::Monthly } else { Cadence::Weekly });
        p.birthday = Some(birthday(bm, bd, None));
        let r = ritual("r1", &name, Repeat::Monthly(ritual_day), "2026-03-01");
        let first = today + chrono::Days::new(start);
        let last = len.map(|l| first + chrono::Days::new(l));
        let seasons = [Season {
            stamp: stamp("s1"),
            start: first,
            end: last,
            reason: None,
            welcomed: false,
        }];
        let horizon = today + chrono::Days::new(HORIZON_DAYS);
        let quiet_end = last.unwrap_or(horizon).min(horizon);
        let in_season = |d: NaiveDate| d >= first && d <= quiet_end;
        let text = calendar_with(
            &[p],
            &[],
            &[r],
            &[],
            &Options { alarm_hour: hour, seasons: &seasons },
            today,
            at(0),
        );
        let (_, events) = parse_events(&text);
        let on_day = trigger(0, u32::from(hour));
        let before = trigger(-1, u32::from(hour));
        let date = |v: &str| NaiveDate::parse_from_str(v, "%Y%m%d").unwrap();
        for e in &events {
            let uid = uid_of(e).to_string();
            let overriding = e.props.iter().find(|p| p.name == "RECURRENCE-ID");
            match overriding {
                None => {
                    let want = if uid.starts_with("birthday-") {
                        vec![before.clone(), on_day.clone()]
                    } else {
                        vec![on_day.clone()]
                    };
                    prop_assert_eq!(alarm_triggers(e), want);
                    if let Some(ex) = e.props.iter().find(|p| p.name == "EXDATE") {
                        prop_assert!(uid.starts_with("checkin-"), "{}", uid);
                        for d in ex.value.split(',') {
                            prop_assert!(in_season(date(d)), "{} left out of {}", d, uid);
                        }
                    }
                }
                Some(rid) => {
                    let d = date(&rid.value);
                    prop_assert!(!uid.starts_with("checkin-"));
                    let heard = in_season(d) || (uid.starts_with("birthday-") && in_season(d - chrono::Days::new(1)));
                    prop_assert!(heard, "{} overridden on {} for no reason", uid, d);
                    for t in alarm_triggers(e) {
                        let rings = if t == before { d - chrono::Days::new(1) } else { d };
                        prop_assert!(!in_season(rings), "{} rings on {} in a season", uid, rings);
                    }
                }
            }
        }
    }
}
