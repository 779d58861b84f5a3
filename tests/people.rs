//! People's new fields (stored compactly, old people still load), birthdays,
//! cadences, interactions and the effective last contact.

mod common;

use common::{at, day, interaction, person, sample_full};
use std::num::NonZeroU16;
use tend::model::interaction::{last_contact, latest_interaction};
use tend::model::people::{
    Birthday, BirthdayError, Cadence, Channel, Circle, Energy, Relationship, Support,
};
use tend::model::season::SeasonReason;
use tend::model::{Data, Interaction, Person, Stamp};

#[test]
fn an_old_form_person_loads_with_every_new_field_at_its_default() {
    let p: Person = serde_json::from_str(r#"{"id":"p1","c":1,"u":1,"n":"Ada"}"#).unwrap();
    assert_eq!(p.name, "Ada");
    assert_eq!(p, Person::new(Stamp::new("p1".into(), at(1)), "Ada".into()));
    assert_eq!(p.relationship, None);
    assert_eq!(p.circle, Circle::Middle);
    assert_eq!(p.energy, Energy::Neutral);
    assert!(p.support.is_empty() && p.ways.is_empty());
    assert_eq!((p.birthday, p.cadence, p.last_contact), (None, None, None));
    assert!(p.phones.is_empty() && p.emails.is_empty() && p.prefers.is_none());
    assert!(!p.archived);
    assert!(p.is_active());
}

#[test]
fn a_new_person_is_stored_as_compactly_as_before() {
    let p = Person::new(Stamp::new("p1".into(), at(5)), "Ada".into());
    assert_eq!(
        serde_json::to_string(&p).unwrap(),
        r#"{"id":"p1","c":5,"u":5,"n":"Ada"}"#
    );
}

#[test]
fn every_new_field_has_a_short_key_and_round_trips() {
    let mut p = person("p1", "Ada", 5);
    p.notes = "Sunday walks".into();
    p.relationship = Some(Relationship::Community);
    p.circle = Circle::Inner;
    p.energy = Energy::Energized;
    p.support = [Support::Fun, Support::Emotional, Support::Fun]
        .into_iter()
        .collect();
    p.birthday = Some(Birthday::new(2, 29, None).unwrap());
    p.ways = [Channel::InPerson, Channel::Call].into_iter().collect();
    p.cadence = Some(Cadence::EveryNDays(NonZeroU16::new(10).unwrap()));
    p.last_contact = Some(day("2026-11-02"));
    p.archived = true;
    p.phones = vec!["+44 20 7946 0958".into()];
    p.emails = vec!["ada@example.com".into(), "ada@work.example".into()];
    p.prefers = Some(Channel::Message);
    let json = serde_json::to_string(&p).unwrap();
    assert_eq!(
        json,
        r#"{"id":"p1","c":1700000000000,"u":5,"n":"Ada","no":"Sunday walks","r":"grp","ci":"in","e":"up","s":["emo","fun"],"b":"--02-29","w":["call","met"],"k":{"n":10},"l":"2026-11-02","a":true,"ph":["+44 20 7946 0958"],"em":["ada@example.com","ada@work.example"],"pc":"msg"}"#
    );
    let back: Person = serde_json::from_str(&json).unwrap();
    assert_eq!(back, p);
    assert!(!back.is_active(), "archived people are kept but inactive");
}

#[test]
fn every_enum_value_reads_back_and_has_a_distinct_label() {
    fn check<T>(all: &[T], label: impl Fn(&T) -> String)
    where
        T: serde::Serialize + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
    {
        let mut labels = std::collections::BTreeSet::new();
        for v in all {
            let json = serde_json::to_string(v).unwrap();
            assert!(json.len() <= 8, "{json} is short");
            assert_eq!(&serde_json::from_str::<T>(&json).unwrap(), v);
            assert!(labels.insert(label(v)), "labels are distinct");
        }
    }
    check(&Relationship::ALL, |v| v.label().to_string());
    check(&Circle::ALL, |v| v.label().to_string());
    check(&Energy::ALL, |v| v.label().to_string());
    check(&Support::ALL, |v| v.label().to_string());
    check(&Channel::ALL, |v| v.label().to_string());
    check(&Cadence::PRESETS, |v| v.label());
    // The UI lowercases these two inside a sentence ("… (video call)",
    // "… (a busy stretch)") with `to_ascii_lowercase`: Unicode-wide
    // lowercasing would put its tables (10 KB gzip) in the first load.
    for label in Channel::ALL
        .map(Channel::label)
        .into_iter()
        .chain(SeasonReason::ALL.map(SeasonReason::label))
    {
        assert!(label.is_ascii(), "{label} is ASCII");
    }
    assert_eq!(Relationship::ALL.len(), 8);
    assert_eq!(Relationship::Community.label(), "Group or community");
    assert_eq!(Channel::LetterOrGift.label(), "Letter or gift");
    let rings: Vec<usize> = Circle::ALL.iter().map(|c| c.index()).collect();
    assert_eq!(rings, [0, 1, 2]);
}

#[test]
fn an_unknown_enum_value_in_storage_is_an_error_naming_the_value() {
    let err = serde_json::from_str::<Person>(r#"{"id":"p1","c":1,"u":1,"n":"Ada","ci":"far"}"#)
        .unwrap_err();
    assert!(err.to_string().contains(r#"unknown value "far""#), "{err}");
    // Every coded value still reads back as itself.
    for c in Circle::ALL {
        let json = serde_json::to_string(&c).unwrap();
        assert_eq!(serde_json::from_str::<Circle>(&json).unwrap(), c);
    }
}

// --- Birthdays -------------------------------------------------------------

#[test]
fn february_29_is_allowed_without_a_year_or_in_a_leap_year() {
    assert!(Birthday::new(2, 29, None).is_ok());
    assert!(Birthday::new(2, 29, Some(2000)).is_ok());
    assert_eq!(
        Birthday::new(2, 29, Some(2023)),
        Err(BirthdayError::NotALeapYear { year: 2023 })
    );
}

#[test]
fn impossible_birthdays_are_refused() {
    for (m, d) in [(4, 31), (2, 30), (1, 0), (1, 32)] {
        assert_eq!(
            Birthday::new(m, d, None),
            Err(BirthdayError::NoSuchDay { month: m, day: d })
        );
    }
    for m in [0, 13] {
        let err = Birthday::new(m, 1, None).unwrap_err();
        assert_eq!(err, BirthdayError::NoSuchMonth(m));
        assert!(err.to_string().contains("from 1 to 12"), "{err}");
    }
}

#[test]
fn a_stored_day_that_is_not_a_real_date_is_an_error_naming_it() {
    let err =
        serde_json::from_str::<Person>(r#"{"id":"p1","c":1,"u":1,"n":"Ada","l":"2026-02-30"}"#)
            .unwrap_err();
    assert!(
        err.to_string().contains(r#""2026-02-30" is not a day"#),
        "{err}"
    );
    let ok =
        serde_json::from_str::<Person>(r#"{"id":"p1","c":1,"u":1,"n":"Ada","l":"2026-02-28"}"#)
            .unwrap();
    assert_eq!(ok.last_contact, Some(day("2026-02-28")));
}

#[test]
fn birthdays_read_and_write_iso_style_text() {
    let with_year = Birthday::new(3, 14, Some(1990)).unwrap();
    assert_eq!(with_year.to_string(), "1990-03-14");
    assert_eq!("1990-03-14".parse::<Birthday>(), Ok(with_year));
    let no_year = Birthday::new(12, 1, None).unwrap();
    assert_eq!(no_year.to_string(), "--12-01");
    assert_eq!("--12-01".parse::<Birthday>(), Ok(no_year));
    assert_eq!(
        (no_year.month(), no_year.day(), no_year.year()),
        (12, 1, None)
    );
    for bad in [
        "",
        "12-01",
        "--1-01",
        "90-03-14",
        "1990/03/14",
        "--02-30",
        "abcd-01-01",
    ] {
        assert!(bad.parse::<Birthday>().is_err(), "{bad:?} is refused");
    }
    let err = serde_json::from_str::<Person>(r#"{"id":"p1","c":1,"u":1,"n":"Ada","b":"--02-30"}"#)
        .unwrap_err();
    assert!(err.to_string().contains("no day 30 in month 2"), "{err}");
}

#[test]
fn a_february_29_birthday_is_kept_on_the_28th_in_common_years() {
    let leap = Birthday::new(2, 29, None).unwrap();
    assert_eq!(leap.in_year(2027), Some(day("2027-02-28")));
    assert_eq!(leap.in_year(2028), Some(day("2028-02-29")));
    assert_eq!(
        leap.next_on_or_after(day("2027-03-01")),
        Some(day("2028-02-29"))
    );
    let march = Birthday::new(3, 14, Some(1990)).unwrap();
    assert_eq!(
        march.next_on_or_after(day("2026-03-14")),
        Some(day("2026-03-14"))
    );
    assert_eq!(
        march.next_on_or_after(day("2026-03-15")),
        Some(day("2027-03-14"))
    );
}

// --- Cadence -----------------------------------------------------------------

#[test]
fn cadences_have_days_labels_and_a_compact_stored_form() {
    let days: Vec<u32> = Cadence::PRESETS.iter().map(|c| c.days()).collect();
    assert_eq!(days, [7, 14, 30, 91]);
    let ten = Cadence::EveryNDays(NonZeroU16::new(10).unwrap());
    assert_eq!(ten.days(), 10);
    assert_eq!(ten.label(), "Every 10 days");
    assert_eq!(serde_json::to_string(&Cadence::Weekly).unwrap(), r#""w""#);
    assert_eq!(serde_json::to_string(&ten).unwrap(), r#"{"n":10}"#);
    assert!(
        serde_json::from_str::<Cadence>(r#"{"n":0}"#).is_err(),
        "zero days is refused"
    );
}

// --- Interactions and last contact ------------------------------------------

#[test]
fn an_interaction_is_stored_with_short_names() {
    let mut i = interaction("i1", "p1", Channel::Video, "2026-05-06");
    assert_eq!(
        serde_json::to_string(&i).unwrap(),
        r#"{"id":"i1","c":1700000000000,"u":1700000000000,"p":"p1","k":"video","d":"2026-05-06"}"#
    );
    i.note = "Birthday call".into();
    let json = serde_json::to_string(&i).unwrap();
    assert!(json.ends_with(r#""t":"Birthday call"}"#), "{json}");
    assert_eq!(serde_json::from_str::<Interaction>(&json).unwrap(), i);
    assert_eq!(i.month(), "2026-05");
}

#[test]
fn last_contact_is_the_later_of_the_hand_entered_day_and_the_log() {
    let mut ada = person("p1", "Ada", 1);
    let mut gone = interaction("i9", "p1", Channel::Call, "2027-01-01");
    gone.stamp.deleted = true;
    let log = vec![
        interaction("i1", "p1", Channel::Call, "2026-03-01"),
        interaction("i2", "p1", Channel::Message, "2026-04-01"),
        interaction("i3", "p2", Channel::Call, "2026-09-01"),
        gone,
    ];
    assert_eq!(last_contact(&ada, &[]), None);
    assert_eq!(latest_interaction("p1", &log), Some(day("2026-04-01")));
    assert_eq!(
        last_contact(&ada, &log),
        Some(day("2026-04-01")),
        "deleted and other people's interactions do not count"
    );
    ada.last_contact = Some(day("2026-05-01"));
    assert_eq!(last_contact(&ada, &log), Some(day("2026-05-01")));
    ada.last_contact = Some(day("2026-01-01"));
    assert_eq!(last_contact(&ada, &log), Some(day("2026-04-01")));
    assert_eq!(last_contact(&ada, &[]), Some(day("2026-01-01")));
}

#[test]
fn interactions_with_someone_are_newest_first() {
    let data = sample_full();
    let days: Vec<String> = data
        .interactions_with("p1")
        .iter()
        .map(|i| i.day.to_string())
        .collect();
    assert_eq!(days, ["2026-11-22", "2026-10-31"]);
}

// --- Data ----------------------------------------------------------------------

#[test]
fn merge_and_live_count_include_checkups_and_interactions() {
    let full = sample_full();
    assert_eq!(full.live_count(), 3 + 3 + 2 + 3);
    let mut newer = full.clone();
    newer.interactions[0].note = "edited".into();
    newer.interactions[0].stamp.touch(at(1_800_000_000_000));
    newer.checkups[0].stamp.deleted = true;
    newer.checkups[0].stamp.touch(at(1_800_000_000_000));
    let merged = full.merge(&newer);
    assert_eq!(merged.interactions[0].note, "edited");
    assert!(merged.checkups[0].stamp.deleted);
    assert_eq!(merged.live_count(), full.live_count() - 1);
    let only_new = Data::default().merge(&full);
    assert_eq!(only_new, full);
}

#[test]
fn contact_details_merge_with_the_newer_copy_of_a_person() {
    let mut ours = Data {
        people: vec![person("p1", "Ada", 1_700_000_000_000)],
        ..Data::default()
    };
    let mut theirs = ours.clone();
    theirs.people[0].phones = vec!["+44 20 7946 0958".into()];
    theirs.people[0].prefers = Some(Channel::Call);
    theirs.people[0].stamp.touch(at(1_800_000_000_000));
    let merged = ours.merge(&theirs);
    assert_eq!(merged.people[0].phones, ["+44 20 7946 0958"]);
    assert_eq!(merged.people[0].prefers, Some(Channel::Call));
    // An older copy does not take them away again.
    ours.people[0].emails = vec!["old@example.com".into()];
    assert_eq!(merged.merge(&ours), merged);
}

#[test]
fn taking_contacts_from_notes_keeps_the_stamp_and_what_the_person_wrote() {
    let mut p = person("p1", "Ada", 5);
    p.phones = vec!["+44 20 7946 0958".into()];
    p.notes = "Phone: +442079460958\nEmail: ada@example.com\nMet at choir".into();
    assert!(p.take_contacts_from_notes());
    assert_eq!(p.phones, ["+44 20 7946 0958"], "the same number once");
    assert_eq!(p.emails, ["ada@example.com"]);
    assert_eq!(p.notes, "Met at choir");
    assert_eq!(p.stamp.updated_at, at(5));
    assert!(!p.take_contacts_from_notes(), "nothing left to move");
}

#[test]
fn a_data_value_without_the_new_collections_still_reads() {
    let d: Data = serde_json::from_str(r#"{"people":[],"journal":[]}"#).unwrap();
    assert_eq!(d, Data::default());
    assert_eq!(
        serde_json::to_string(&Data::default()).unwrap(),
        r#"{"people":[],"journal":[]}"#,
        "empty new collections are left out, so older builds read the backup"
    );
}

#[test]
fn the_picker_finds_people_by_the_start_of_any_word_ignoring_case_and_accents() {
    use tend::model::people::matching;
    let mut zoe = person("p4", "Zoë Ådahl", 1);
    zoe.archived = false;
    let mut gone = person("p5", "Ada Gone", 1);
    gone.stamp.deleted = true;
    let mut away = person("p6", "Ada Away", 1);
    away.archived = true;
    let people = vec![
        person("p1", "Ada Lovelace", 1),
        person("p2", "Grace Hopper", 1),
        person("p3", "Bea Adams", 1),
        zoe,
        gone,
        away,
    ];
    let names = |typed: &str, skip: &[String]| -> Vec<String> {
        matching(&people, typed, skip, 8)
            .iter()
            .map(|p| p.name.clone())
            .collect()
    };
    // Names starting with it first, then those with a later word starting with it.
    assert_eq!(names("ad", &[]), ["Ada Lovelace", "Bea Adams", "Zoë Ådahl"]);
    assert_eq!(names("ADA LO", &[]), ["Ada Lovelace"]);
    assert_eq!(names("zoe", &[]), ["Zoë Ådahl"]);
    // Inside a word is no match: "race" is not the start of "Grace".
    assert!(names("race", &[]).is_empty());
    assert!(names("   ", &[]).is_empty());
    // Already chosen people are not offered again.
    assert_eq!(names("ad", &["p1".to_string()]), ["Bea Adams", "Zoë Ådahl"]);
    // At most the limit.
    assert_eq!(matching(&people, "a", &[], 2).len(), 2);
}

#[test]
fn the_people_list_filters_by_name_circle_relationship_energy_and_archive_in_name_order() {
    use tend::model::people::{Circle, Energy, Relationship};
    use tend::model::roster::{find, Archived, RosterFilter};
    let mut ada = person("p1", "ada Lovelace", 1);
    ada.circle = Circle::Inner;
    ada.relationship = Some(Relationship::Family);
    ada.energy = Energy::Energized;
    let mut bea = person("p2", "Béa O'Brien", 1);
    bea.archived = true;
    let mut gone = person("p3", "Ada Gone", 1);
    gone.stamp.deleted = true;
    let cy = person("p4", "Cy Adams", 1);
    let people = vec![cy, bea, gone, ada];
    let names = |f: RosterFilter| -> Vec<String> {
        find(&people, &f).iter().map(|p| p.name.clone()).collect()
    };
    // Everyone not removed, in name order whatever the case or accents.
    assert_eq!(
        names(RosterFilter::default()),
        ["ada Lovelace", "Béa O'Brien", "Cy Adams"]
    );
    assert_eq!(
        names(RosterFilter {
            name: "AD".into(),
            ..Default::default()
        }),
        ["ada Lovelace", "Cy Adams"]
    );
    assert_eq!(
        names(RosterFilter {
            name: "bea obr".into(),
            ..Default::default()
        }),
        Vec::<String>::new()
    );
    assert_eq!(
        names(RosterFilter {
            name: "bea o b".into(),
            ..Default::default()
        }),
        ["Béa O'Brien"]
    );
    assert_eq!(
        names(RosterFilter {
            circle: Some(Circle::Inner),
            ..Default::default()
        }),
        ["ada Lovelace"]
    );
    assert_eq!(
        names(RosterFilter {
            relationship: Some(None),
            ..Default::default()
        }),
        ["Béa O'Brien", "Cy Adams"]
    );
    assert_eq!(
        names(RosterFilter {
            relationship: Some(Some(Relationship::Family)),
            ..Default::default()
        }),
        ["ada Lovelace"]
    );
    assert_eq!(
        names(RosterFilter {
            energy: Some(Energy::Energized),
            ..Default::default()
        }),
        ["ada Lovelace"]
    );
    assert_eq!(
        names(RosterFilter {
            archived: Archived::Only,
            ..Default::default()
        }),
        ["Béa O'Brien"]
    );
    assert_eq!(
        names(RosterFilter {
            archived: Archived::Hide,
            ..Default::default()
        }),
        ["ada Lovelace", "Cy Adams"]
    );
}
