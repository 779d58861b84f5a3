//! Days as text (the date input's and the stored form) and birthdays read
//! from the person form's fields.
//!
//! Native only: `proptest` is a native dev-dependency.
#![cfg(not(target_arch = "wasm32"))]

use chrono::NaiveDate;
use proptest::prelude::*;
use tend::model::day::parse;
use tend::model::people::Birthday;
use tend::model::{JournalEntry, Person};

#[test]
fn a_well_formed_day_reads_back() {
    assert_eq!(parse("2026-03-07"), NaiveDate::from_ymd_opt(2026, 3, 7));
    assert_eq!(parse("2024-02-29"), NaiveDate::from_ymd_opt(2024, 2, 29));
    assert_eq!(parse("0001-01-01"), NaiveDate::from_ymd_opt(1, 1, 1));
}

#[test]
fn anything_else_is_not_a_day() {
    for s in [
        "",
        "2026-3-07",
        "2026-03-7",
        "26-03-07",
        "2026/03/07",
        "2026-13-01",
        "2026-02-29",
        "2026-00-10",
        "2026-01-32",
        "2026-01-0a",
        "+026-01-01",
        " 2026-01-01",
        "2026-01-01 ",
        "２０２６-01-01",
    ] {
        assert_eq!(parse(s), None, "{s:?}");
    }
}

proptest! {
    #[test]
    fn every_day_round_trips_through_its_text(days in 0i64..3_000_000) {
        let d = NaiveDate::from_ymd_opt(1, 1, 1).unwrap() + chrono::Duration::days(days);
        prop_assume!(d.format("%Y").to_string().len() == 4);
        prop_assert_eq!(parse(&d.to_string()), Some(d));
    }

    #[test]
    fn parse_agrees_with_chrono(s in "[0-9]{4}-[0-9]{2}-[0-9]{2}") {
        prop_assert_eq!(parse(&s), NaiveDate::parse_from_str(&s, "%Y-%m-%d").ok());
    }
}

#[test]
fn stored_days_keep_their_form_and_bad_ones_are_refused() {
    let e: JournalEntry =
        serde_json::from_str(r#"{"id":"j1","c":1,"u":1,"d":"2026-03-07","t":"Hi"}"#).unwrap();
    assert_eq!(e.day, NaiveDate::from_ymd_opt(2026, 3, 7).unwrap());
    assert!(serde_json::to_string(&e)
        .unwrap()
        .contains(r#""d":"2026-03-07""#));
    let bad = serde_json::from_str::<JournalEntry>(
        r#"{"id":"j1","c":1,"u":1,"d":"2026-02-30","t":"Hi"}"#,
    );
    assert!(bad.is_err());
    let p: Person =
        serde_json::from_str(r#"{"id":"p1","c":1,"u":1,"n":"Ada","l":"2026-01-02"}"#).unwrap();
    assert_eq!(p.last_contact, NaiveDate::from_ymd_opt(2026, 1, 2));
    assert!(serde_json::to_string(&p)
        .unwrap()
        .contains(r#""l":"2026-01-02""#));
    assert!(
        serde_json::from_str::<Person>(r#"{"id":"p1","c":1,"u":1,"n":"Ada","l":"soon"}"#).is_err()
    );
}

#[test]
fn a_birthday_form_may_be_empty_or_leave_out_the_year() {
    assert_eq!(Birthday::from_form("", "", ""), Ok(None));
    assert_eq!(Birthday::from_form(" ", "", " "), Ok(None));
    assert_eq!(
        Birthday::from_form("3", "7", ""),
        Ok(Some(Birthday::new(3, 7, None).unwrap()))
    );
    assert_eq!(
        Birthday::from_form("02", "29", "2024"),
        Ok(Some(Birthday::new(2, 29, Some(2024)).unwrap()))
    );
}

#[test]
fn a_birthday_form_with_missing_or_impossible_parts_says_what_to_fix() {
    assert!(Birthday::from_form("3", "", "")
        .unwrap_err()
        .contains("both the month and the day"));
    assert!(Birthday::from_form("", "", "1990")
        .unwrap_err()
        .contains("both the month and the day"));
    assert!(Birthday::from_form("March", "7", "")
        .unwrap_err()
        .contains("numbers"));
    assert!(Birthday::from_form("3", "7", "soon")
        .unwrap_err()
        .contains("numbers"));
    assert!(Birthday::from_form("2", "30", "")
        .unwrap_err()
        .contains("no day 30"));
    assert!(Birthday::from_form("2", "29", "2023")
        .unwrap_err()
        .contains("not a leap year"));
}
