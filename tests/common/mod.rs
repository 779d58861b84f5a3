//! Builders shared by the native tests.
#![allow(dead_code)]

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use tend::model::assessment::CheckupKind;
use tend::model::people::{Birthday, Cadence, Channel, Circle, Energy, Relationship, Support};
use tend::model::{CheckupRecord, Data, Interaction, JournalEntry, Person, Stamp};

pub fn at(ms: i64) -> DateTime<Utc> {
    Utc.timestamp_millis_opt(ms)
        .single()
        .expect("valid timestamp")
}

pub fn person(id: &str, name: &str, updated_ms: i64) -> Person {
    let stamp = Stamp {
        id: id.into(),
        created_at: at(1_700_000_000_000),
        updated_at: at(updated_ms),
        deleted: false,
    };
    Person::new(stamp, name.into())
}

pub fn entry(id: &str, day: &str, text: &str) -> JournalEntry {
    JournalEntry::new(
        Stamp::new(id.into(), at(1_700_000_000_000)),
        NaiveDate::parse_from_str(day, "%Y-%m-%d").expect("valid day"),
        text.into(),
    )
}

pub fn sample() -> Data {
    Data {
        people: vec![
            person("p1", "Ada", 1_700_000_000_000),
            person("p2", "Grace ✨", 1_700_000_100_000),
        ],
        journal: vec![
            entry("j1", "2026-10-31", "Halloween walk"),
            entry("j2", "2026-11-01", "Called \"Ada\"\nand laughed"),
            entry("j3", "2026-11-21", "Tea with Grace"),
        ],
        ..Default::default()
    }
}

pub fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("valid day")
}

/// A person on the map: `circle`, `relationship`, `energy` and `support`
/// set, everything else at its default.
pub fn mapped(
    id: &str,
    name: &str,
    circle: Circle,
    relationship: Option<Relationship>,
    energy: Energy,
    support: &[Support],
) -> Person {
    let mut p = person(id, name, 1_700_000_000_000);
    p.circle = circle;
    p.relationship = relationship;
    p.energy = energy;
    p.support = support.iter().copied().collect();
    p
}

pub fn interaction(id: &str, person: &str, kind: Channel, on: &str) -> Interaction {
    Interaction {
        stamp: Stamp::new(id.into(), at(1_700_000_000_000)),
        person: person.into(),
        kind,
        day: day(on),
        note: String::new(),
    }
}

pub fn checkup(id: &str, on: &str, kind: CheckupKind, answers: &[u8]) -> CheckupRecord {
    CheckupRecord {
        stamp: Stamp::new(id.into(), at(1_700_000_000_000)),
        day: day(on),
        kind,
        answers: answers.iter().copied().map(Some).collect(),
    }
}

/// `sample()` plus check-ups and interactions in two months, and a person
/// with every new field filled in.
pub fn sample_full() -> Data {
    let mut data = sample();
    let mut bea = person("p3", "Bea", 1_700_000_200_000);
    bea.relationship = Some(Relationship::Community);
    bea.circle = Circle::Inner;
    bea.energy = Energy::Energized;
    bea.support = [Support::Emotional, Support::Fun].into_iter().collect();
    bea.birthday = Some(Birthday::new(2, 29, None).expect("valid birthday"));
    bea.ways = [Channel::Call, Channel::InPerson].into_iter().collect();
    bea.cadence = Some(Cadence::Fortnightly);
    bea.last_contact = Some(day("2026-11-02"));
    bea.archived = true;
    data.people.push(bea);
    data.checkups = vec![
        checkup("c1", "2026-10-01", CheckupKind::Loneliness, &[1, 2, 3]),
        checkup(
            "c2",
            "2026-11-01",
            CheckupKind::Network,
            &[0, 1, 2, 3, 4, 5],
        ),
    ];
    data.interactions = vec![
        interaction("i1", "p1", Channel::Call, "2026-10-31"),
        interaction("i2", "p2", Channel::InPerson, "2026-11-21"),
        interaction("i3", "p1", Channel::Message, "2026-11-22"),
    ];
    data
}

/// The month the samples are loaded in: their last records are of
/// November 2026, so October's keys are stored packed.
pub const THIS_MONTH: tend::store::layout::Month = tend::store::layout::Month {
    year: 2026,
    month: 11,
};

/// Storage as the app leaves it in [`THIS_MONTH`]: `data`'s keys (plain, as
/// `encode` gives them), each in its stored form, plus a current `tend:meta`.
pub fn stored_with_meta(
    mut map: std::collections::BTreeMap<String, String>,
) -> std::collections::BTreeMap<String, String> {
    for (key, text) in map.iter_mut() {
        if let Some(form) = tend::store::layout::reform(key, text, THIS_MONTH) {
            *text = form;
        }
    }
    let meta = tend::store::layout::Meta {
        schema: tend::store::SCHEMA_VERSION,
        epoch: 0,
        lock: None,
    };
    map.insert(
        tend::store::layout::META.into(),
        serde_json::to_string(&meta).expect("meta serializes"),
    );
    map
}
