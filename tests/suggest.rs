//! The Today screen's one suggested action: each rule fires in its turn,
//! deleted and stale records do not count, and every suggestion links to a
//! real screen.

mod common;

use chrono::{Days, NaiveDate};
use common::{at, checkup, day, mapped};
use tend::content::gaps as gap_text;
use tend::content::suggest as text;
use tend::model::assessment::skills::Skill;
use tend::model::assessment::CheckupKind::{self, Loneliness, Network, Skills};
use tend::model::challenge::{Challenge, MarkState};
use tend::model::gaps::find_gaps;
use tend::model::people::{Circle, Energy, Relationship, Support};
use tend::model::suggest::{suggest, Suggestion, FRESH_DAYS};
use tend::model::{Data, Person, Stamp};
use tend::route::Route;

use Circle::{Inner, Middle, Outer};
use Energy::{Drained, Energized, Neutral};
use Relationship::{Community, Family, Friend};
use Support::{Emotional, Fun};

fn today() -> NaiveDate {
    day("2026-11-20")
}

fn days_ago(n: u64) -> String {
    let d = today().checked_sub_days(Days::new(n)).expect("valid day");
    d.format("%Y-%m-%d").to_string()
}

/// A map with none of the gaps (as in tests/gaps.rs).
fn healthy() -> Vec<Person> {
    vec![
        mapped("p1", "Ada", Inner, Some(Family), Energized, &[Emotional]),
        mapped("p2", "Bea", Inner, Some(Friend), Energized, &[Fun]),
        mapped("p3", "Cy", Outer, Some(Community), Neutral, &[]),
    ]
}

fn healthy_data() -> Data {
    Data {
        people: healthy(),
        ..Default::default()
    }
}

/// Loneliness: 3 answers of 1–3; 6 or more is the higher band.
const LONELY_HIGH: &[u8] = &[2, 2, 2];
const LONELY_LOW: &[u8] = &[1, 2, 2];
/// Network: 6 answers of 0–5; below 12 is at risk of isolation.
const NETWORK_AT_RISK: &[u8] = &[1, 2, 2, 1, 2, 2];
const NETWORK_FINE: &[u8] = &[3, 3, 3, 3, 3, 3];
/// Skills: 8 answers of 1–5 in `Skill::ALL` order; checking in is lowest.
const SKILLS_CHECKING_IN_LOW: &[u8] = &[4, 4, 3, 4, 1, 4, 2, 5];

fn with_checkup(mut data: Data, kind: CheckupKind, ago: u64, answers: &[u8]) -> Data {
    let id = format!("c{}", data.checkups.len() + 1);
    data.checkups
        .push(checkup(&id, &days_ago(ago), kind, answers));
    data
}

fn challenge_from(start: NaiveDate) -> Challenge {
    Challenge::starter(Stamp::new("ch1".into(), at(1_700_000_000_000)), start)
}

fn running_challenge() -> Challenge {
    challenge_from(today())
}

#[test]
fn rule_1_with_no_one_on_the_map_start_it() {
    let s = suggest(&Data::default(), today());
    assert_eq!(s.why, text::START_MAP_WHY);
    assert_eq!(s.title, gap_text::START_YOUR_MAP.title);
    assert_eq!(s.text, gap_text::START_YOUR_MAP.action);
    assert_eq!(s.href, "#/people");
}

#[test]
fn rule_1_comes_before_a_high_loneliness_checkup() {
    let data = with_checkup(Data::default(), Loneliness, 1, LONELY_HIGH);
    assert_eq!(suggest(&data, today()).why, text::START_MAP_WHY);
}

#[test]
fn a_deleted_person_does_not_count() {
    let mut data = healthy_data();
    for p in &mut data.people {
        p.stamp.deleted = true;
    }
    assert_eq!(suggest(&data, today()).why, text::START_MAP_WHY);
    data.people[0].stamp.deleted = false;
    assert_ne!(suggest(&data, today()).why, text::START_MAP_WHY);
}

#[test]
fn with_everyone_archived_the_map_is_started_again() {
    let mut data = healthy_data();
    for p in &mut data.people {
        p.archived = true;
    }
    assert_eq!(suggest(&data, today()).why, text::START_MAP_WHY);
}

#[test]
fn rule_2_a_high_loneliness_checkup_suggests_a_small_hello() {
    let data = with_checkup(healthy_data(), Loneliness, 3, LONELY_HIGH);
    let s = suggest(&data, today());
    assert_eq!(s.title, text::REACH_OUT_TITLE);
    assert_eq!(s.text, text::REACH_OUT_TEXT);
    assert_eq!(s.why, text::LONELY_WHY);
    assert_eq!(s.href, "#/people");
}

#[test]
fn rule_2_a_network_at_risk_suggests_a_small_hello() {
    let data = with_checkup(healthy_data(), Network, 3, NETWORK_AT_RISK);
    let s = suggest(&data, today());
    assert_eq!(s.title, text::REACH_OUT_TITLE);
    assert_eq!(s.why, text::NETWORK_WHY);
}

#[test]
fn rule_2_comes_before_a_gap_and_a_skill() {
    let mut data = with_checkup(Data::default(), Loneliness, 3, LONELY_HIGH);
    data = with_checkup(data, Skills, 3, SKILLS_CHECKING_IN_LOW);
    data.people = vec![mapped("p1", "Ada", Middle, None, Neutral, &[])];
    assert_eq!(suggest(&data, today()).why, text::LONELY_WHY);
}

#[test]
fn rule_2_reads_only_the_latest_checkup() {
    let data = with_checkup(healthy_data(), Loneliness, 20, LONELY_HIGH);
    let data = with_checkup(data, Loneliness, 2, LONELY_LOW);
    let data = with_checkup(data, Network, 20, NETWORK_AT_RISK);
    let data = with_checkup(data, Network, 2, NETWORK_FINE);
    assert_ne!(suggest(&data, today()).title, text::REACH_OUT_TITLE);
}

#[test]
fn a_stale_high_loneliness_checkup_does_not_trigger_rule_2() {
    let stale = FRESH_DAYS as u64 + 1;
    let data = with_checkup(healthy_data(), Loneliness, stale, LONELY_HIGH);
    let data = with_checkup(data, Network, stale, NETWORK_AT_RISK);
    assert_ne!(suggest(&data, today()).title, text::REACH_OUT_TITLE);

    // The last fresh day still counts.
    let data = with_checkup(healthy_data(), Loneliness, FRESH_DAYS as u64, LONELY_HIGH);
    assert_eq!(suggest(&data, today()).why, text::LONELY_WHY);
}

#[test]
fn a_deleted_or_damaged_checkup_does_not_trigger_rule_2() {
    let mut data = with_checkup(healthy_data(), Loneliness, 1, LONELY_HIGH);
    data.checkups[0].stamp.deleted = true;
    assert_ne!(suggest(&data, today()).why, text::LONELY_WHY);

    let mut data = with_checkup(healthy_data(), Loneliness, 1, LONELY_HIGH);
    data.checkups[0].answers[1] = None;
    assert_ne!(suggest(&data, today()).why, text::LONELY_WHY);
}

#[test]
fn rule_3_the_first_gap_is_suggested_in_its_own_words() {
    let mut data = healthy_data();
    data.people[0].support.clear(); // no one to call on
    data.people[1].energy = Neutral; // few energizers, a later gap
    let first = find_gaps(&data.people).remove(0);
    let s = suggest(&data, today());
    assert_eq!(s.title, first.title);
    assert_eq!(s.text, first.suggested_action);
    assert_eq!(s.title, gap_text::NO_ONE_TO_CALL_ON.title);
    assert_eq!(s.why, text::NO_ONE_TO_CALL_ON_WHY);
    assert_eq!(s.href, "#/people");
}

#[test]
fn rule_3_comes_before_a_skill() {
    let mut data = with_checkup(healthy_data(), Skills, 3, SKILLS_CHECKING_IN_LOW);
    data.people[2].relationship = Some(Friend); // no group
    assert_eq!(suggest(&data, today()).why, text::NO_GROUP_WHY);
}

#[test]
fn rule_4_the_lowest_rated_habit_gets_its_first_small_action() {
    let data = with_checkup(healthy_data(), Skills, 3, SKILLS_CHECKING_IN_LOW);
    let s = suggest(&data, today());
    assert_eq!(s.title, Skill::CheckingIn.label());
    assert_eq!(s.text, Skill::CheckingIn.actions()[0]);
    assert_eq!(s.why, text::SKILL_WHY);
}

#[test]
fn rule_4_comes_before_the_challenge_and_ignores_a_stale_checkup() {
    let stale = FRESH_DAYS as u64 + 1;
    let data = with_checkup(healthy_data(), Skills, stale, SKILLS_CHECKING_IN_LOW);
    assert_eq!(suggest(&data, today()).why, text::CHALLENGE.why);
}

#[test]
fn rule_5_with_no_challenge_going_try_the_5_for_5() {
    let s = suggest(&healthy_data(), today());
    assert_eq!(s.title, text::CHALLENGE.title);
    assert_eq!(s.text, text::CHALLENGE.text);
    assert_eq!(s.why, text::CHALLENGE.why);
    assert_eq!(s.href, "#/challenges");
}

#[test]
fn a_finished_challenge_does_not_block_rule_5() {
    // Complete: every day marked on its own date, the last one today.
    let mut done = challenge_from(today().checked_sub_days(Days::new(6)).unwrap());
    for i in 0..done.days.len() {
        let on = done.date_of(i);
        done.mark(i, MarkState::Done, "", on).expect("markable");
    }
    assert!(done.is_complete());
    // Stopped early.
    let mut stopped = running_challenge();
    stopped.ended = Some(today());
    // Long over, with open days.
    let past = challenge_from(day("2026-01-01"));
    // Deleted while running.
    let mut deleted = running_challenge();
    deleted.stamp.deleted = true;

    for c in [done, stopped, past, deleted] {
        let data = Data {
            challenges: vec![c],
            ..healthy_data()
        };
        assert_eq!(suggest(&data, today()).why, text::CHALLENGE.why);
    }
}

#[test]
fn rule_6_otherwise_a_line_of_gratitude() {
    let later = running_challenge();
    let soon = challenge_from(today().checked_add_days(Days::new(3)).unwrap());
    for c in [later, soon] {
        let data = Data {
            challenges: vec![c],
            ..healthy_data()
        };
        let s = suggest(&data, today());
        assert_eq!(s.title, text::GRATITUDE.title);
        assert_eq!(s.text, text::GRATITUDE.text);
        assert_eq!(s.why, text::GRATITUDE.why);
        assert_eq!(s.href, "#/journal");
    }
}

/// One data set for each way a suggestion can be chosen, including every
/// gap rule and every habit.
fn every_case() -> Vec<Data> {
    let mut cases = vec![
        Data::default(),
        with_checkup(healthy_data(), Loneliness, 0, LONELY_HIGH),
        with_checkup(healthy_data(), Network, 0, NETWORK_AT_RISK),
        healthy_data(),
        Data {
            challenges: vec![running_challenge()],
            ..healthy_data()
        },
    ];
    // Each gap rule, fired on its own as far as the map allows.
    let gap_maps: Vec<Vec<Person>> = vec![
        vec![mapped("p1", "Ada", Middle, None, Neutral, &[])],
        vec![mapped(
            "p1",
            "Ada",
            Outer,
            Some(Community),
            Energized,
            &[Emotional],
        )],
        vec![
            mapped("p1", "Ada", Inner, Some(Family), Drained, &[Emotional]),
            mapped("p2", "Bea", Outer, Some(Community), Energized, &[]),
        ],
        vec![
            mapped("p1", "Ada", Inner, Some(Family), Energized, &[Emotional]),
            mapped("p2", "Bea", Inner, Some(Family), Energized, &[]),
            mapped("p3", "Cy", Outer, Some(Community), Neutral, &[]),
        ],
        vec![
            mapped("p1", "Ada", Inner, Some(Family), Energized, &[Emotional]),
            mapped("p2", "Bea", Outer, Some(Community), Neutral, &[]),
        ],
        vec![
            mapped("p1", "Ada", Inner, Some(Family), Energized, &[Emotional]),
            mapped("p2", "Bea", Inner, Some(Friend), Energized, &[]),
        ],
    ];
    for people in gap_maps {
        cases.push(Data {
            people,
            ..Default::default()
        });
    }
    // Each habit as the lowest rating.
    for i in 0..Skill::ALL.len() {
        let mut answers = [5u8; 8];
        answers[i] = 1;
        cases.push(with_checkup(healthy_data(), Skills, 0, &answers));
    }
    cases
}

#[test]
fn every_case_reaches_a_different_rule_or_step() {
    let picked: Vec<Suggestion> = every_case().iter().map(|d| suggest(d, today())).collect();
    let whys = [
        text::START_MAP_WHY,
        text::LONELY_WHY,
        text::NETWORK_WHY,
        text::NO_ONE_TO_CALL_ON_WHY,
        text::INNER_CIRCLE_EMPTY_WHY,
        text::DRAINING_INNER_TIE_WHY,
        text::INNER_CIRCLE_ONE_TYPE_WHY,
        text::FEW_ENERGIZERS_WHY,
        text::NO_GROUP_WHY,
        text::SKILL_WHY,
        text::CHALLENGE.why,
        text::GRATITUDE.why,
    ];
    for why in whys {
        assert!(
            picked.iter().any(|s| s.why == why),
            "no case reaches {why:?}"
        );
    }
    for skill in Skill::ALL {
        assert!(
            picked.iter().any(|s| s.title == skill.label()),
            "no case reaches {skill:?}"
        );
    }
}

#[test]
fn every_suggestion_links_to_one_of_the_apps_screens() {
    for data in every_case() {
        let s = suggest(&data, today());
        let route = Route::from_hash(s.href);
        assert_eq!(route.hash(), s.href, "{s:?}");
        assert_ne!(route, Route::Today, "{s:?} should lead somewhere else");
    }
}

#[test]
fn every_suggestion_is_short_plain_and_calm() {
    for data in every_case() {
        let s = suggest(&data, today());
        for words in [s.title, s.text, s.why] {
            assert!(!words.trim().is_empty(), "{s:?}");
            assert!(!words.contains('!'), "no exclamation marks: {words:?}");
        }
        assert!(s.why.starts_with("Because "), "{:?}", s.why);
        assert!(s.why.ends_with('.'), "{:?}", s.why);
        assert!(
            !s.why[..s.why.len() - 1].contains(". "),
            "one sentence: {:?}",
            s.why
        );
    }
}
