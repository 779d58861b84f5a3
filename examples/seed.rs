//! A real life's worth of Tend data, in the app's own stored form: 500
//! people (a phone's address book) and `--years` of daily use up to
//! `--today`: one ~600-character journal entry a day (a weekly review on
//! Sundays), about 5.5 logged contacts a day, a check-up a month, and the
//! challenges, rituals, dates and gift ideas a regular user keeps.
//!
//! `cargo run --release --example seed -- --years 10 --today 2026-12-01 [--plain]`
//!
//! Prints one JSON object, localStorage key → stored text, exactly what the
//! app writes (`store::layout::encode_stored` plus `tend:meta`), so the benchmark
//! loads it straight into the browser. Deterministic: the same arguments
//! give the same bytes.

use chrono::{DateTime, Datelike, Days, NaiveDate, Utc, Weekday};
use std::collections::BTreeMap;
use tend::model::assessment::{CheckupKind, CheckupRecord};
use tend::model::challenge::ritual::{Repeat, Ritual};
use tend::model::challenge::{Challenge, MarkState};
use tend::model::journal::{EntryKind, JournalEntry};
use tend::model::milestone::{GiftIdeas, Milestone, MilestoneKind};
use tend::model::people::{Birthday, Cadence, Channel, Circle, Energy, Relationship, Support};
use tend::model::{Data, Interaction, Person, Stamp};
use tend::store::{layout, SCHEMA_VERSION};

pub const PEOPLE: usize = 500;

#[path = "common/rng.rs"]
mod rng;
use rng::Rng;

const FIRST: &[&str] = &[
    "Ada", "Bea", "Chidi", "Dara", "Elif", "Farah", "Gus", "Hana", "Ines", "Jonas", "Kofi", "Lena",
    "Mateo", "Nadia", "Oskar", "Priya", "Quinn", "Rosa", "Sami", "Tomasz", "Uma", "Viktor", "Wen",
    "Ximena", "Yusuf", "Zoë", "Ingrid", "Léa", "Björn", "Aiko",
];
const LAST: &[&str] = &[
    "Lovelace",
    "Okafor",
    "Nakamura",
    "García",
    "Novak",
    "Haddad",
    "Schmidt",
    "Silva",
    "Kowalski",
    "Andersen",
    "Moreau",
    "Rossi",
    "Ivanova",
    "Müller",
    "O'Brien",
    "Sæther",
    "Wiśniewski",
];
const WORDS: &[&str] = &[
    "walked",
    "called",
    "coffee",
    "with",
    "the",
    "and",
    "we",
    "talked",
    "about",
    "work",
    "family",
    "a",
    "long",
    "dinner",
    "laughed",
    "tired",
    "grateful",
    "for",
    "message",
    "park",
    "rain",
    "weekend",
    "plans",
    "neighbour",
    "garden",
    "letter",
    "music",
    "quiet",
    "evening",
    "café",
    "friend",
    "sister",
    "brother",
    "mum",
    "dad",
    "cooked",
    "together",
    "felt",
    "lighter",
    "after",
    "river",
    "kitchen",
    "kind",
    "word",
    "visit",
    "photo",
    "old",
    "street",
    "tea",
    "club",
];

fn stamp(rng: &mut Rng, at: DateTime<Utc>) -> Stamp {
    Stamp::new(rng.id(), at)
}

/// Noon UTC of `day`, plus `minutes`.
fn time_of(day: NaiveDate, minutes: i64) -> DateTime<Utc> {
    day.and_hms_opt(12, 0, 0).expect("noon exists").and_utc() + chrono::Duration::minutes(minutes)
}

fn people(rng: &mut Rng, first_day: NaiveDate) -> Vec<Person> {
    (0..PEOPLE)
        .map(|i| {
            let added = first_day + Days::new((i / 10) as u64);
            let name = format!(
                "{} {}",
                FIRST[i % FIRST.len()],
                LAST[(i / FIRST.len() + i) % LAST.len()]
            );
            let mut p = Person::new(stamp(rng, time_of(added, i as i64)), name);
            p.circle = match i {
                0..=7 => Circle::Inner,
                8..=67 => Circle::Middle,
                _ => Circle::Outer,
            };
            p.energy = *rng.pick(&Energy::ALL);
            p.relationship = (rng.below(5) > 0).then(|| *rng.pick(&Relationship::ALL));
            if rng.below(3) == 0 {
                p.support.insert(*rng.pick(&Support::ALL));
            }
            if rng.below(2) == 0 {
                p.ways.insert(*rng.pick(&Channel::ALL));
            }
            // The closer someone is, the likelier a rhythm.
            p.cadence = match p.circle {
                Circle::Inner => Some(Cadence::Weekly),
                Circle::Middle => Some(*rng.pick(&[Cadence::Fortnightly, Cadence::Monthly])),
                Circle::Outer => (rng.below(5) == 0).then_some(Cadence::Quarterly),
            };
            if rng.below(5) < 3 {
                let month = 1 + rng.below(12) as u8;
                let day = 1 + rng.below(28) as u8;
                let year = (rng.below(2) == 0).then(|| 1950 + rng.below(55) as i32);
                p.birthday = Birthday::new(month, day, year).ok();
            }
            if rng.below(4) == 0 {
                p.notes = format!(
                    "Met through {}. Likes {}.",
                    rng.pick(WORDS),
                    rng.pick(WORDS)
                );
            }
            p.archived = i % 97 == 96;
            p
        })
        .collect()
}

fn text_of(rng: &mut Rng, chars: usize) -> String {
    let mut t = String::with_capacity(chars + 16);
    while t.len() < chars {
        if !t.is_empty() {
            t.push(if rng.below(15) == 0 { '\n' } else { ' ' });
        }
        t.push_str(rng.pick::<&str>(WORDS));
    }
    t
}

fn main() {
    let mut years = 10u32;
    let mut today = Utc::now().date_naive();
    let mut plain = false;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--years" => years = args.next().and_then(|v| v.parse().ok()).expect("--years N"),
            "--today" => {
                today = args
                    .next()
                    .and_then(|v| NaiveDate::parse_from_str(&v, "%Y-%m-%d").ok())
                    .expect("--today YYYY-MM-DD")
            }
            // Every key as plain JSON, as schema 2 stored it: for comparison.
            "--plain" => plain = true,
            other => panic!("unknown argument {other}"),
        }
    }
    let first_day = today
        .with_year(today.year() - years as i32)
        .unwrap_or(today - Days::new(365 * u64::from(years)))
        + Days::new(1);
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15 ^ u64::from(years));
    let mut data = Data {
        people: people(&mut rng, first_day),
        ..Data::default()
    };
    let ids: Vec<String> = data.people.iter().map(|p| p.stamp.id.clone()).collect();
    // Contacts go mostly to the people with a rhythm.
    let close: Vec<usize> = (0..PEOPLE)
        .filter(|&i| data.people[i].cadence.is_some())
        .collect();

    let mut day = first_day;
    let mut n = 0u64;
    while day <= today {
        n += 1;
        let sunday = day.weekday() == Weekday::Sun;
        let mut e = JournalEntry::new(
            stamp(&mut rng, time_of(day, 600)),
            day,
            text_of(&mut rng, 540),
        );
        if sunday {
            e.kind = EntryKind::Review;
        } else {
            e.mood = (rng.below(5) > 0).then(|| 1 + rng.below(5) as u8);
            e.tags = (0..rng.below(3))
                .map(|_| {
                    rng.pick(&["family", "work", "walk", "friends", "call"])
                        .to_string()
                })
                .collect();
            e.people = (0..rng.below(3))
                .map(|_| ids[*rng.pick(&close)].clone())
                .collect();
            e.people.dedup();
        }
        data.journal.push(e);
        // 5.5 a day on average: 5 or 6.
        for k in 0..(5 + (n % 2)) {
            let who = if rng.below(4) == 0 {
                rng.below(PEOPLE)
            } else {
                *rng.pick(&close)
            };
            let note = if rng.below(10) == 0 {
                text_of(&mut rng, 12)
            } else {
                String::new()
            };
            data.interactions.push(Interaction {
                stamp: stamp(&mut rng, time_of(day, k as i64)),
                person: ids[who].clone(),
                kind: *rng.pick(&Channel::ALL),
                day,
                note,
            });
        }
        if day.day() == 1 {
            let kind = CheckupKind::ALL[(day.month0() % 3) as usize];
            let inst = kind.instrument();
            let answers = inst
                .questions
                .iter()
                .map(|_| Some(rng.pick(inst.options).value))
                .collect();
            if let Ok((record, _)) =
                CheckupRecord::completed(stamp(&mut rng, time_of(day, 700)), day, kind, answers)
            {
                data.checkups.push(record);
            }
        }
        // A challenge every quarter, each day done or skipped.
        if day.day() == 15 && day.month0().is_multiple_of(3) && day + Days::new(7) <= today {
            let mut c = Challenge::starter(stamp(&mut rng, time_of(day, 800)), day);
            for i in 0..c.days.len() {
                let on = c.date_of(i);
                let state = if rng.below(4) == 0 {
                    MarkState::Skipped
                } else {
                    MarkState::Done
                };
                let _ = c.mark(i, state, "", on);
            }
            data.challenges.push(c);
        }
        day = day + Days::new(1);
    }

    for (i, name) in [
        "Sunday call with Mum",
        "Board games night",
        "Letter to Gran",
    ]
    .iter()
    .enumerate()
    {
        let repeat = if i == 2 {
            Repeat::Monthly(1)
        } else {
            Repeat::Weekly(Weekday::Sun)
        };
        let person = Some(ids[i].clone());
        if let Ok(r) = Ritual::new(
            stamp(&mut rng, time_of(first_day, 900)),
            name,
            repeat,
            person,
            first_day,
        ) {
            data.rituals.push(r);
        }
    }
    for i in 0..40 {
        let date = Birthday::new(
            1 + (i % 12) as u8,
            1 + (i % 28) as u8,
            Some(2010 + (i % 12) as i32),
        );
        if let Ok(date) = date {
            if let Ok(m) = Milestone::new(
                stamp(&mut rng, time_of(first_day, 1000)),
                ids[i * 3].clone(),
                MilestoneKind::ALL[i % MilestoneKind::ALL.len()],
                "A big day",
                date,
            ) {
                data.milestones.push(m);
            }
        }
    }
    for id in ids.iter().take(30) {
        let mut g = GiftIdeas {
            stamp: Stamp::new(id.clone(), time_of(first_day, 1100)),
            person: id.clone(),
            ideas: vec![],
        };
        let _ = g.add("A good notebook");
        let _ = g.add("Tickets to the jazz club");
        data.gifts.push(g);
    }

    // Months before `--today`'s are packed, as the app stores them.
    let mut out: BTreeMap<String, String> = if plain {
        layout::encode(&data)
    } else {
        layout::encode_stored(&data, layout::Month::of(today))
    };
    out.insert(
        layout::META.to_string(),
        format!("{{\"schema_version\":{SCHEMA_VERSION},\"epoch\":0}}"),
    );
    println!(
        "{}",
        serde_json::to_string(&out).expect("strings always serialize")
    );
}
