//! Builders shared by the native tests.
#![allow(dead_code)]

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use tend::model::{Data, JournalEntry, Person, Stamp};

pub fn at(ms: i64) -> DateTime<Utc> {
    Utc.timestamp_millis_opt(ms).single().expect("valid timestamp")
}

pub fn person(id: &str, name: &str, updated_ms: i64) -> Person {
    Person {
        stamp: Stamp {
            id: id.into(),
            created_at: at(1_700_000_000_000),
            updated_at: at(updated_ms),
            deleted: false,
        },
        name: name.into(),
        notes: String::new(),
    }
}

pub fn entry(id: &str, day: &str, text: &str) -> JournalEntry {
    JournalEntry {
        stamp: Stamp::new(id.into(), at(1_700_000_000_000)),
        day: NaiveDate::parse_from_str(day, "%Y-%m-%d").expect("valid day"),
        text: text.into(),
    }
}

pub fn sample() -> Data {
    Data {
        people: vec![person("p1", "Ada", 1_700_000_000_000), person("p2", "Grace ✨", 1_700_000_100_000)],
        journal: vec![
            entry("j1", "2026-10-31", "Halloween walk"),
            entry("j2", "2026-11-01", "Called \"Ada\"\nand laughed"),
            entry("j3", "2026-11-21", "Tea with Grace"),
        ],
    }
}
