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
