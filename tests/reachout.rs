//! The reach-out kit: why it is offered (the occasion), the openers chosen
//! for every occasion, relationship and channel, the name they use, the
//! contact links in the channel's order, and the context in one glance;
//! and the "Did you reach …?" question: when it is asked, once per send,
//! and what a Yes logs.
//!
//! Native only: `proptest` is a native dev-dependency.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use chrono::Duration;
use common::{at, day, entry, interaction, person};
use proptest::prelude::*;
use tend::content::openers::{self, NAME, SOURCES};
use tend::model::cadence::CheckIn;
use tend::model::challenge::reconnect::{Reason, ReconnectPlan};
use tend::model::contact::LinkKind;
use tend::model::milestone::{GiftIdeas, Milestone, MilestoneKind, What};
use tend::model::people::{Birthday, Channel, Relationship};
use tend::model::reach::{
    answer_question, logged_contact, to_ask, Back, Reach, ReachAnswer, AWAY_SECONDS, MAX_AGE_DAYS,
};
use tend::model::reachout::{
    channel_for, form, glance, kit, links, live_plan, name_for, occasion, openers, tone, Occasion,
    MAX_OPENERS,
};
use tend::model::{Person, Stamp};

fn stamp(id: &str) -> Stamp {
    Stamp::new(id.into(), at(1_700_000_000_000))
}

const TODAY: &str = "2026-03-10";

fn due() -> CheckIn {
    CheckIn::Due {
        due_on: day("2026-03-08"),
        since_days: 2,
    }
}

fn drifting() -> CheckIn {
    CheckIn::Drifting {
        due_on: day("2026-02-01"),
        overdue_days: 37,
    }
}

fn ok() -> CheckIn {
    CheckIn::Ok {
        next_due: day("2026-03-20"),
    }
}

// ---- the occasion --------------------------------------------------------

#[test]
fn the_occasion_puts_a_birthday_first_then_a_plan_then_the_check_in() {
    let today = day(TODAY);
    let mut ada = person("p1", "Ada Lovelace", 1);
    let plan = ReconnectPlan::new(stamp("rc"), "p1".into(), Reason::Conflict);
    assert_eq!(occasion(&ada, ok(), today, None), Occasion::Hello);
    assert_eq!(occasion(&ada, due(), today, None), Occasion::Due);
    assert_eq!(
        occasion(&ada, CheckIn::NeverContacted, today, None),
        Occasion::Due
    );
    assert_eq!(occasion(&ada, drifting(), today, None), Occasion::Drifting);
    assert_eq!(
        occasion(&ada, drifting(), today, Some(&plan)),
        Occasion::Reconnect(Reason::Conflict)
    );
    ada.birthday = Some(Birthday::new(3, 17, None).unwrap());
    assert_eq!(
        occasion(&ada, drifting(), today, Some(&plan)),
        Occasion::BirthdaySoon {
            on: day("2026-03-17")
        },
        "seven days ahead is soon"
    );
    ada.birthday = Some(Birthday::new(3, 18, None).unwrap());
    assert_eq!(
        occasion(&ada, due(), today, None),
        Occasion::Due,
        "eight is not"
    );
    ada.birthday = Some(Birthday::new(3, 10, Some(1990)).unwrap());
    assert_eq!(occasion(&ada, ok(), today, None), Occasion::Birthday);
}

#[test]
fn a_live_plan_is_one_not_done_nor_deleted() {
    let mut done = ReconnectPlan::new(stamp("a"), "p1".into(), Reason::Busy);
    for i in 0..done.steps.len() {
        done.set_done(i, true);
    }
    let mut gone = ReconnectPlan::new(stamp("b"), "p1".into(), Reason::Busy);
    gone.stamp.deleted = true;
    let open = ReconnectPlan::new(stamp("c"), "p1".into(), Reason::MovedAway);
    let other = ReconnectPlan::new(stamp("d"), "p2".into(), Reason::Conflict);
    let plans = [done, gone, other, open];
    assert_eq!(live_plan(&plans, "p1").unwrap().stamp.id, "c");
    assert!(live_plan(&plans, "p9").is_none());
}

// ---- openers -------------------------------------------------------------

fn all_occasions() -> Vec<Occasion> {
    let mut out = vec![
        Occasion::Due,
        Occasion::Drifting,
        Occasion::Birthday,
        Occasion::BirthdaySoon {
            on: day("2026-03-12"),
        },
        Occasion::Hello,
    ];
    out.extend(
        [
            Reason::Busy,
            Reason::MovedAway,
            Reason::LackOfCommunication,
            Reason::Conflict,
            Reason::Other,
        ]
        .map(Occasion::Reconnect),
    );
    out
}

#[test]
fn every_occasion_relationship_and_channel_gets_two_or_three_fitting_openers_with_the_name() {
    let mut relationships: Vec<Option<Relationship>> =
        Relationship::ALL.iter().copied().map(Some).collect();
    relationships.push(None);
    for occ in all_occasions() {
        for rel in &relationships {
            let mut p = person("p1", "Ada Lovelace", 1);
            p.relationship = *rel;
            let name = name_for(&p);
            for channel in Channel::ALL {
                let got = openers(occ, &p, channel);
                let what = format!("{occ:?} / {rel:?} / {channel:?}");
                assert!((2..=MAX_OPENERS).contains(&got.len()), "{what}: {got:?}");
                let mut unique = got.clone();
                unique.sort();
                unique.dedup();
                assert_eq!(unique.len(), got.len(), "{what}: repeats");
                for line in &got {
                    assert!(line.contains(&name), "{what}: {line}");
                    assert!(!line.contains(NAME), "{what}: {line}");
                    // The line is one written for this tie and this use.
                    let source = occ
                        .text()
                        .lines
                        .iter()
                        .find(|o| o.text.replace(NAME, &name) == *line)
                        .expect("from the occasion's own set");
                    assert!(source.tones.contains(&tone(*rel)), "{what}: {line}");
                    assert!(source.forms.contains(&form(channel)), "{what}: {line}");
                }
            }
        }
    }
}

#[test]
fn the_words_differ_by_tie_by_channel_and_by_reason() {
    let mut mum = person("p1", "Mary Jones", 1);
    mum.relationship = Some(Relationship::Family);
    let mut colleague = mum.clone();
    colleague.relationship = Some(Relationship::Colleague);
    let mut doctor = person("p2", "Dr Asha Patel", 1);
    doctor.relationship = Some(Relationship::Professional);
    let written = openers(Occasion::Due, &mum, Channel::Message);
    assert_ne!(
        written,
        openers(Occasion::Due, &colleague, Channel::Message)
    );
    assert_ne!(written, openers(Occasion::Due, &mum, Channel::Call));
    assert_ne!(written, openers(Occasion::Drifting, &mum, Channel::Message));
    let meet = openers(Occasion::Hello, &mum, Channel::InPerson);
    assert!(
        meet.iter()
            .all(|l| l.contains("coffee") || l.contains("together") || l.contains("see you")),
        "{meet:?}"
    );
    let pro = openers(Occasion::Due, &doctor, Channel::Message);
    assert!(
        pro.iter().all(|l| l.starts_with("Hello Dr Asha Patel")),
        "{pro:?}"
    );
    let conflict = openers(
        Occasion::Reconnect(Reason::Conflict),
        &mum,
        Channel::Message,
    );
    assert!(
        conflict.iter().all(|l| !l.contains("your fault")),
        "no blame"
    );
}

#[test]
fn every_set_names_its_sources_and_has_a_subject() {
    for occ in all_occasions() {
        let set = occ.text();
        assert!(!set.sources.is_empty() && set.sources.iter().all(|s| SOURCES.contains(s)));
        assert!(!set.subject.is_empty() && !set.title.is_empty());
        for line in set.lines {
            assert!(line.text.contains(NAME), "{}", line.text);
            assert!(!line.tones.is_empty() && !line.forms.is_empty());
        }
    }
    // The files they name are the seed articles.
    let seeds = std::path::Path::new("/work/shared/seeds");
    if seeds.is_dir() {
        for s in SOURCES {
            assert!(seeds.join(s.file).is_file(), "{}", s.file);
        }
    } else {
        eprintln!(
            "notice: {} is absent, so the source files are not checked",
            seeds.display()
        );
    }
}

#[test]
fn the_name_is_the_first_word_unless_a_title_or_a_professional() {
    let named = |n: &str, r: Option<Relationship>| {
        let mut p = person("p", n, 1);
        p.relationship = r;
        name_for(&p)
    };
    assert_eq!(named("Ada Lovelace", None), "Ada");
    assert_eq!(
        named("  Grace   Hopper ", Some(Relationship::Friend)),
        "Grace"
    );
    assert_eq!(named("Dr. Chidi Abara", None), "Dr. Chidi Abara");
    assert_eq!(
        named("Mrs Patel", Some(Relationship::Neighbour)),
        "Mrs Patel"
    );
    assert_eq!(
        named("Sam Lee", Some(Relationship::Professional)),
        "Sam Lee"
    );
    assert_eq!(named("Cher", None), "Cher");
    assert_eq!(named("Dr", None), "Dr");
}

#[test]
fn the_kit_starts_on_the_preferred_channel_then_the_first_way() {
    let mut p = person("p", "Ada", 1);
    assert_eq!(channel_for(&p), Channel::Message);
    p.ways = [Channel::Video, Channel::InPerson].into_iter().collect();
    assert_eq!(channel_for(&p), Channel::Video);
    p.prefers = Some(Channel::LetterOrGift);
    assert_eq!(channel_for(&p), Channel::LetterOrGift);
    let k = kit(&p, drifting(), day(TODAY), None, None);
    assert_eq!(k.channel, Channel::LetterOrGift);
    assert_eq!(k.occasion, Occasion::Drifting);
    assert_eq!(k.title, openers::DRIFTING.title);
    assert_eq!(
        k.openers,
        openers(Occasion::Drifting, &p, Channel::LetterOrGift)
    );
    let k = kit(&p, due(), day(TODAY), None, Some(Channel::Call));
    assert!(k
        .openers
        .iter()
        .all(|l| !l.contains("No need for a long reply")));
}

#[test]
fn links_put_the_channels_kind_first() {
    let mut p = person("p", "Ada", 1);
    p.phones = vec!["+44 7700 900123".into()];
    p.emails = vec!["ada@example.com".into()];
    let kinds = |c: Channel| -> Vec<LinkKind> {
        links(&p, c, "Hello", "Hi Ada")
            .iter()
            .map(|l| l.kind)
            .collect()
    };
    use LinkKind::{Call, Email, Text};
    assert_eq!(kinds(Channel::Message), [Text, Call, Email]);
    assert_eq!(kinds(Channel::Call), [Call, Text, Email]);
    assert_eq!(kinds(Channel::Video), [Call, Text, Email]);
    assert_eq!(kinds(Channel::LetterOrGift), [Email, Text, Call]);
    assert_eq!(
        links(&p, Channel::Message, "Hello", "Hi Ada")[0].href,
        "sms:+447700900123?body=Hi%20Ada"
    );
    assert!(links(&person("q", "Q", 1), Channel::Call, "", "x").is_empty());
}

// ---- the context in one glance ------------------------------------------

#[test]
fn the_glance_shows_the_last_contact_the_latest_entry_the_next_date_and_gifts() {
    let today = day(TODAY);
    let mut ada = person("p1", "Ada", 1);
    ada.birthday = Some(Birthday::new(6, 1, None).unwrap());
    let mut call = interaction("i1", "p1", Channel::Call, "2026-03-01");
    call.note = "Talked about her new job".into();
    let log = vec![
        interaction("i0", "p1", Channel::Message, "2026-02-01"),
        call,
        interaction("i2", "p2", Channel::Video, "2026-03-09"),
    ];
    let mut older = entry("j1", "2026-02-01", "Walk with @Ada");
    older.people = vec!["p1".into()];
    let mut latest = entry("j2", "2026-03-02", "Dinner with Ada and Grace");
    latest.people = vec!["p2".into(), "p1".into()];
    let mut gone = entry("j3", "2026-03-05", "Deleted");
    gone.people = vec!["p1".into()];
    gone.stamp.deleted = true;
    let other = entry("j4", "2026-03-06", "About someone else");
    let journal = vec![older, latest, gone, other];
    let anniversary = Milestone::new(
        stamp("m1"),
        "p1".into(),
        MilestoneKind::NewJob,
        "",
        Birthday::new(4, 2, None).unwrap(),
    )
    .unwrap();
    let gifts = vec![GiftIdeas {
        stamp: stamp("p1"),
        person: "p1".into(),
        ideas: vec!["A good notebook".into()],
    }];
    let milestones = [anniversary];
    let g = glance(&ada, &log, &journal, &milestones, &gifts, today);
    let last = g.last_contact.unwrap();
    assert_eq!(
        (last.day, last.channel, last.note),
        (
            day("2026-03-01"),
            Some(Channel::Call),
            "Talked about her new job"
        )
    );
    assert_eq!(g.entry.unwrap().stamp.id, "j2");
    let next = g.next_date.unwrap();
    assert_eq!(next.day, day("2026-04-02"));
    assert!(matches!(next.what, What::Milestone { .. }));
    assert_eq!(g.gifts, ["A good notebook"]);

    // A later day entered by hand wins, with no channel or note.
    ada.last_contact = Some(day("2026-03-05"));
    let g = glance(&ada, &log, &journal, &[], &[], today);
    let last = g.last_contact.unwrap();
    assert_eq!(
        (last.day, last.channel, last.note),
        (day("2026-03-05"), None, "")
    );
    assert!(matches!(g.next_date.unwrap().what, What::Birthday { .. }));
    let nobody = person("p9", "Nobody", 1);
    let g = glance(&nobody, &log, &journal, &[], &[], today);
    assert!(g.last_contact.is_none() && g.entry.is_none() && g.next_date.is_none());
    assert!(g.gifts.is_empty());
}

// ---- "Did you reach …?" --------------------------------------------------

fn sent(id: &str, person: &str, channel: Channel, ms: i64, on: &str) -> Reach {
    Reach::new(
        Stamp::new(id.into(), at(ms)),
        person.into(),
        channel,
        day(on),
    )
}

const T0: i64 = 1_773_100_000_000; // 2026-03-09, about 23:46 UTC

#[test]
fn coming_back_after_a_minute_asks_about_what_was_sent_before_leaving() {
    let reaches = vec![sent("q1", "p1", Channel::Message, T0, "2026-03-09")];
    let hidden = at(T0 + 5_000);
    let back = Back::Visible { hidden_at: hidden };
    let soon = hidden + Duration::seconds(AWAY_SECONDS - 1);
    assert!(
        to_ask(&reaches, back, soon).is_empty(),
        "a glance away is not a return"
    );
    let later = hidden + Duration::seconds(AWAY_SECONDS);
    let asked = to_ask(&reaches, back, later);
    assert_eq!(asked.len(), 1);
    assert_eq!(
        (asked[0].person.as_str(), asked[0].channel),
        ("p1", Channel::Message)
    );
    // Sent after the tab was hidden (another device's tab, say): not this return.
    let after = Back::Visible {
        hidden_at: at(T0 - 1),
    };
    assert!(to_ask(&reaches, after, later).is_empty());
    // At the next start, anything from before it.
    assert_eq!(to_ask(&reaches, Back::Start, at(T0 + 1)).len(), 1);
}

#[test]
fn asked_once_per_send_and_never_after_an_answer() {
    let mut reaches = vec![sent("q1", "p1", Channel::Message, T0, "2026-03-09")];
    let now = at(T0 + 3_600_000);
    let q = to_ask(&reaches, Back::Start, now);
    assert_eq!(q.len(), 1);
    reaches[0].mark_asked();
    assert!(
        to_ask(&reaches, Back::Start, now).is_empty(),
        "shown once, unanswered: not again"
    );
    let mut answered = vec![sent("q2", "p1", Channel::Call, T0, "2026-03-09")];
    assert!(answered[0].answer(ReachAnswer::NotYet));
    assert!(
        !answered[0].answer(ReachAnswer::Yes),
        "an answer is given once"
    );
    assert_eq!(answered[0].answer, Some(ReachAnswer::NotYet));
    assert!(to_ask(&answered, Back::Start, now).is_empty());
    // A new send is a new question.
    answered.push(sent("q3", "p1", Channel::Call, T0 + 10, "2026-03-09"));
    assert_eq!(to_ask(&answered, Back::Start, now).len(), 1);
}

#[test]
fn two_sends_to_one_person_make_one_question_with_the_latest_channel_and_old_ones_are_let_go() {
    let reaches = vec![
        sent("q1", "p1", Channel::Message, T0, "2026-03-09"),
        sent("q2", "p2", Channel::Call, T0 + 1_000, "2026-03-09"),
        sent("q3", "p1", Channel::Call, T0 + 2_000, "2026-03-09"),
        sent(
            "old",
            "p3",
            Channel::Call,
            T0 - (MAX_AGE_DAYS * 86_400_000) - 1,
            "2026-03-01",
        ),
    ];
    let q = to_ask(&reaches, Back::Start, at(T0 + 60_000));
    let summary: Vec<(&str, Channel, Vec<&str>)> = q
        .iter()
        .map(|q| {
            (
                q.person.as_str(),
                q.channel,
                q.reaches.iter().map(String::as_str).collect(),
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            ("p2", Channel::Call, vec!["q2"]),
            ("p1", Channel::Call, vec!["q1", "q3"]),
        ]
    );
}

#[test]
fn yes_logs_the_contact_on_the_day_it_was_sent_and_not_yet_logs_nothing() {
    let today = day("2026-03-10");
    let mut reaches = vec![
        sent("q1", "p1", Channel::Message, T0, "2026-03-09"),
        sent("q3", "p1", Channel::Video, T0 + 2_000, "2026-03-09"),
    ];
    let q = to_ask(&reaches, Back::Start, at(T0 + 60_000)).remove(0);
    let logged = answer_question(&mut reaches, &q, ReachAnswer::Yes, stamp("i9"), today).unwrap();
    assert_eq!(
        (logged.person.as_str(), logged.kind, logged.day),
        ("p1", Channel::Video, day("2026-03-09"))
    );
    assert!(reaches
        .iter()
        .all(|r| r.answer == Some(ReachAnswer::Yes) && r.asked));
    assert_eq!(
        answer_question(&mut reaches, &q, ReachAnswer::Yes, stamp("i10"), today),
        None,
        "answered already (in another tab): nothing logged twice"
    );
    let mut later = vec![sent("q5", "p2", Channel::Call, T0, "2026-03-09")];
    let q = to_ask(&later, Back::Start, at(T0 + 60_000)).remove(0);
    assert_eq!(
        answer_question(&mut later, &q, ReachAnswer::NotYet, stamp("i11"), today),
        None
    );
    assert_eq!(later[0].answer, Some(ReachAnswer::NotYet));
    // A send day after today (a clock set wrong) logs today.
    let odd = sent("q6", "p1", Channel::Call, T0, "2026-04-01");
    assert_eq!(logged_contact(&odd, stamp("i12"), today).day, today);
}

#[test]
fn a_reach_is_stored_compactly_and_reads_back() {
    let mut r = sent("q1", "p1", Channel::Message, T0, "2026-03-09");
    let json = serde_json::to_string(&r).unwrap();
    assert!(
        json.contains("\"d\":\"2026-03-09\"") && !json.contains("\"q\""),
        "{json}"
    );
    r.mark_asked();
    let json = serde_json::to_string(&r).unwrap();
    assert!(json.contains("\"q\":true"));
    assert_eq!(serde_json::from_str::<Reach>(&json).unwrap(), r);
    // Written before the day and the flag existed.
    let old = r#"{"id":"q","c":1,"u":1,"p":"p1","k":"call"}"#;
    let r: Reach = serde_json::from_str(old).unwrap();
    assert!(r.day.is_none() && !r.asked && r.is_waiting());
}

proptest! {
    #[test]
    fn whatever_the_moment_nothing_answered_or_asked_is_asked_again(
        sends in prop::collection::vec((0i64..20_000_000, 0usize..3, any::<bool>(), 0usize..3), 0..12),
        hidden in 0i64..20_000_000,
        away in 0i64..10_000_000,
        start in any::<bool>(),
    ) {
        let reaches: Vec<Reach> = sends
            .iter()
            .enumerate()
            .map(|(i, (ms, who, asked, answer))| {
                let mut r = sent(&format!("q{i}"), &format!("p{who}"), Channel::Call, T0 + ms, "2026-03-09");
                r.asked = *asked;
                r.answer = [None, Some(ReachAnswer::Yes), Some(ReachAnswer::NotYet)][*answer];
                r
            })
            .collect();
        let now = at(T0 + hidden + away);
        let back = if start { Back::Start } else { Back::Visible { hidden_at: at(T0 + hidden) } };
        let q = to_ask(&reaches, back, now);
        let mut people: Vec<&str> = q.iter().map(|q| q.person.as_str()).collect();
        people.sort();
        people.dedup();
        prop_assert_eq!(people.len(), q.len(), "one question per person");
        for question in &q {
            for id in &question.reaches {
                let r = reaches.iter().find(|r| &r.stamp.id == id).unwrap();
                prop_assert!(r.answer.is_none() && !r.asked);
                prop_assert!(r.stamp.created_at <= now);
            }
        }
        if !start && away < AWAY_SECONDS * 1000 {
            prop_assert!(q.is_empty());
        }
    }
}

#[test]
fn names_in_openers_come_from_the_person_not_the_text() {
    let p: Person = person("p1", "Zoë", 1);
    let got = openers(Occasion::Hello, &p, Channel::Message);
    assert!(got.iter().all(|l| l.contains("Zoë")));
}
