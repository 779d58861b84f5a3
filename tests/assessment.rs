//! The check-up instruments: scoring, bands and their boundaries, refusing
//! incomplete answers, skills focus areas, the stored record and when the
//! next check-up is due.
//!
//! Native only: `proptest` is a native dev-dependency.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{at, checkup, day};
use proptest::prelude::*;
use tend::content::checkup as text;
use tend::model::assessment::checkup::{history, last_day, latest, talk_to_someone};
use tend::model::assessment::{
    checkup_due, loneliness, network, score, skills, CheckupKind, CheckupRecord, CheckupResult,
    LonelinessBand, NetworkBand, ScoreError, Skill,
};
use tend::model::Stamp;

fn all(values: &[u8]) -> Vec<Option<u8>> {
    values.iter().copied().map(Some).collect()
}

// --- Loneliness ------------------------------------------------------------

#[test]
fn loneliness_5_is_lower_and_6_is_higher() {
    let five = loneliness::score(&all(&[1, 2, 2])).unwrap();
    assert_eq!(five.total, 5);
    assert_eq!(five.band, LonelinessBand::Lower);
    assert!(!five.talk_to_someone());

    let six = loneliness::score(&all(&[2, 2, 2])).unwrap();
    assert_eq!(six.total, 6);
    assert_eq!(six.band, LonelinessBand::Higher);
    assert!(six.talk_to_someone());
}

#[test]
fn loneliness_totals_run_from_3_to_9() {
    assert_eq!(loneliness::score(&all(&[1, 1, 1])).unwrap().total, 3);
    assert_eq!(loneliness::score(&all(&[3, 3, 3])).unwrap().total, 9);
    assert_eq!(loneliness::INSTRUMENT.min_total(), loneliness::MIN_TOTAL);
    assert_eq!(loneliness::INSTRUMENT.max_total(), loneliness::MAX_TOTAL);
}

#[test]
fn loneliness_answers_are_labelled_hardly_ever_to_often() {
    let labels: Vec<(u8, &str)> = loneliness::OPTIONS
        .iter()
        .map(|o| (o.value, o.label))
        .collect();
    assert_eq!(
        labels,
        [(1, "Hardly ever"), (2, "Some of the time"), (3, "Often")]
    );
    assert_eq!(loneliness::QUESTIONS.len(), 3);
}

// --- LSNS-6 ------------------------------------------------------------------

#[test]
fn network_11_is_at_risk_and_12_is_not() {
    let eleven = network::score(&all(&[2, 2, 2, 2, 2, 1])).unwrap();
    assert_eq!(eleven.total, 11);
    assert_eq!(eleven.band, NetworkBand::AtRisk);
    assert!(eleven.talk_to_someone());

    let twelve = network::score(&all(&[2, 2, 2, 2, 2, 2])).unwrap();
    assert_eq!(twelve.total, 12);
    assert_eq!(twelve.band, NetworkBand::NotAtRisk);
    assert!(!twelve.talk_to_someone());
}

#[test]
fn a_subscale_of_5_has_few_ties_and_6_does_not() {
    // Family 5, friends 6.
    let r = network::score(&all(&[2, 2, 1, 2, 2, 2])).unwrap();
    assert_eq!(r.family.score, 5);
    assert!(r.family.few_ties);
    assert_eq!(r.friends.score, 6);
    assert!(!r.friends.few_ties);
    // And the other way round, so each side is read from its own questions.
    let r = network::score(&all(&[2, 2, 2, 1, 2, 2])).unwrap();
    assert!(!r.family.few_ties);
    assert!(r.friends.few_ties);
    assert_eq!(r.meaning().len(), 2, "band, then the friends note");
    assert!(r.meaning().contains(&text::FRIENDS_FEW_TIES));
}

#[test]
fn network_totals_and_subscales_cover_their_ranges() {
    let none = network::score(&all(&[0; 6])).unwrap();
    assert_eq!(
        (none.total, none.family.score, none.friends.score),
        (0, 0, 0)
    );
    let most = network::score(&all(&[5; 6])).unwrap();
    assert_eq!(
        (most.total, most.family.score, most.friends.score),
        (30, 15, 15)
    );
    let labels: Vec<&str> = network::OPTIONS.iter().map(|o| o.label).collect();
    assert_eq!(
        labels,
        [
            "None",
            "One",
            "Two",
            "Three or four",
            "Five to eight",
            "Nine or more"
        ]
    );
    assert!(network::QUESTIONS[..3]
        .iter()
        .all(|q| q.text.contains("relatives")));
    assert!(network::QUESTIONS[3..]
        .iter()
        .all(|q| q.text.contains("friends")));
}

// --- Unanswered is never zero ----------------------------------------------

#[test]
fn an_unanswered_question_is_reported_not_scored_as_zero() {
    let err = network::score(&[Some(5), None, Some(5), Some(5), Some(5), None]).unwrap_err();
    assert_eq!(
        err,
        ScoreError::Incomplete {
            missing: vec!["net-family-private", "net-friends-help"]
        }
    );
    assert!(err.to_string().contains("2 still open"), "{err}");
}

#[test]
fn fewer_answers_than_questions_count_as_unanswered() {
    let err = loneliness::score(&all(&[3])).unwrap_err();
    assert_eq!(
        err,
        ScoreError::Incomplete {
            missing: vec!["lon-left-out", "lon-isolated"]
        }
    );
    let err = skills::score(&[]).unwrap_err();
    assert!(matches!(err, ScoreError::Incomplete { missing } if missing.len() == 8));
}

#[test]
fn a_value_that_is_no_option_is_refused() {
    // 0 is not a loneliness answer: it must not slip in as "unanswered = 0".
    let err = loneliness::score(&all(&[0, 2, 2])).unwrap_err();
    assert_eq!(
        err,
        ScoreError::NotAnOption {
            question: "lon-companionship",
            value: 0
        }
    );
    assert!(network::score(&all(&[6, 0, 0, 0, 0, 0])).is_err());
    assert!(skills::score(&all(&[0, 1, 1, 1, 1, 1, 1, 1])).is_err());
}

#[test]
fn too_many_answers_are_refused() {
    let err = loneliness::score(&all(&[1, 1, 1, 1])).unwrap_err();
    assert_eq!(
        err,
        ScoreError::TooManyAnswers {
            expected: 3,
            found: 4
        }
    );
}

// --- Connection skills -------------------------------------------------------

fn focus(ratings: [u8; 8]) -> [Skill; 2] {
    skills::score(&all(&ratings)).unwrap().focus
}

#[test]
fn skills_focus_is_the_two_lowest_lowest_first() {
    assert_eq!(
        focus([5, 2, 5, 5, 1, 5, 5, 5]),
        [Skill::CheckingIn, Skill::Empathy]
    );
    assert_eq!(
        focus([4, 4, 4, 4, 4, 4, 3, 2]),
        [Skill::Gratitude, Skill::Help]
    );
}

#[test]
fn skills_ties_follow_the_listed_order() {
    assert_eq!(focus([3; 8]), [Skill::Honesty, Skill::Empathy]);
    assert_eq!(
        focus([5, 5, 2, 5, 2, 5, 2, 5]),
        [Skill::ClearNeeds, Skill::CheckingIn]
    );
    // One clear lowest, then a tie for second: the earlier one wins.
    assert_eq!(
        focus([4, 4, 4, 3, 4, 3, 1, 4]),
        [Skill::Help, Skill::Boundaries]
    );
}

#[test]
fn skills_result_keeps_every_rating_and_the_total() {
    let r = skills::score(&all(&[1, 2, 3, 4, 5, 1, 2, 3])).unwrap();
    assert_eq!(r.total, 21);
    assert_eq!(r.ratings.len(), 8);
    assert_eq!(r.ratings[4], (Skill::CheckingIn, 5));
    assert!(!CheckupResult::Skills(r).talk_to_someone());
}

#[test]
fn every_skill_has_a_label_its_question_and_two_or_three_actions() {
    assert_eq!(skills::QUESTIONS.len(), Skill::ALL.len());
    for (i, s) in Skill::ALL.iter().enumerate() {
        assert!(!s.label().is_empty());
        assert_eq!(s.question().id, skills::QUESTIONS[i].id);
        let n = s.actions().len();
        assert!((2..=3).contains(&n), "{s:?} has {n} actions");
    }
}

// --- Instruments as data -----------------------------------------------------

#[test]
fn every_instrument_has_unique_ids_options_and_a_cited_source() {
    let mut ids = std::collections::BTreeSet::new();
    for kind in CheckupKind::ALL {
        let inst = kind.instrument();
        assert_eq!(inst.kind, kind);
        assert!(!kind.label().is_empty());
        for q in inst.questions {
            assert!(ids.insert(q.id), "duplicate question id {}", q.id);
        }
        let values: Vec<u8> = inst.options.iter().map(|o| o.value).collect();
        assert!(
            values.windows(2).all(|w| w[0] < w[1]),
            "options lowest first"
        );
        let framing = text::framing(inst.kind);
        assert_eq!(framing.title, inst.title);
        assert!(!framing.what_it_is.is_empty() && !framing.what_it_is_not.is_empty());
        assert!(!framing.source.citation.is_empty());
        assert_eq!(inst.option_label(values[0]), Some(inst.options[0].label));
    }
    let lon = text::framing(CheckupKind::Loneliness).source.citation;
    assert!(lon.contains("2004") && lon.contains("Hughes"));
    let net = text::framing(CheckupKind::Network).source.citation;
    assert!(net.contains("2006") && net.contains("Lubben"));
}

#[test]
fn interpretation_is_never_a_diagnosis_and_the_crisis_text_names_988() {
    assert!(text::NOT_A_DIAGNOSIS.contains("not a medical test"));
    assert!(text::LONELINESS.what_it_is_not.contains("not a diagnosis"));
    assert!(text::NETWORK.what_it_is_not.contains("not a diagnosis"));
    assert!(text::TALK_CRISIS.contains("988"));
    assert!(text::TALK_BODY.contains("doctor or counsellor"));
}

#[test]
fn score_dispatches_by_kind() {
    let r = score(CheckupKind::Loneliness, &all(&[3, 3, 3])).unwrap();
    assert_eq!(r.kind(), CheckupKind::Loneliness);
    assert_eq!(r.total(), 9);
    assert!(r.talk_to_someone());
    assert_eq!(r.meaning(), [text::LONELINESS_HIGHER]);
    let r = score(CheckupKind::Network, &all(&[5; 6])).unwrap();
    assert_eq!(r.meaning(), [text::NETWORK_NOT_AT_RISK]);
}

// --- Properties --------------------------------------------------------------

/// Valid answers to every question of `kind`.
fn answers(kind: CheckupKind) -> impl Strategy<Value = Vec<u8>> {
    let inst = kind.instrument();
    let values: Vec<u8> = inst.options.iter().map(|o| o.value).collect();
    proptest::collection::vec(proptest::sample::select(values), inst.questions.len())
}

/// Valid answers, a question index, and another valid value to raise it to.
fn raise(kind: CheckupKind) -> impl Strategy<Value = (Vec<u8>, usize, u8)> {
    let inst = kind.instrument();
    let values: Vec<u8> = inst.options.iter().map(|o| o.value).collect();
    (
        answers(kind),
        0..inst.questions.len(),
        proptest::sample::select(values),
    )
}

fn total(kind: CheckupKind, values: &[u8]) -> u8 {
    score(kind, &all(values)).unwrap().total()
}

proptest! {
    #[test]
    fn loneliness_total_is_in_range_and_matches_the_band(v in answers(CheckupKind::Loneliness)) {
        let r = loneliness::score(&all(&v)).unwrap();
        prop_assert!((3..=9).contains(&r.total));
        prop_assert_eq!(r.band == LonelinessBand::Higher, r.total >= 6);
    }

    #[test]
    fn network_total_and_subscales_are_in_range(v in answers(CheckupKind::Network)) {
        let r = network::score(&all(&v)).unwrap();
        prop_assert!(r.total <= 30);
        prop_assert!(r.family.score <= 15 && r.friends.score <= 15);
        prop_assert_eq!(r.family.score + r.friends.score, r.total);
        prop_assert_eq!(r.band == NetworkBand::AtRisk, r.total < 12);
        prop_assert_eq!(r.family.few_ties, r.family.score < 6);
        prop_assert_eq!(r.friends.few_ties, r.friends.score < 6);
    }

    #[test]
    fn skills_total_is_in_range_and_focus_is_two_of_the_lowest(v in answers(CheckupKind::Skills)) {
        let r = skills::score(&all(&v)).unwrap();
        prop_assert!((8..=40).contains(&r.total));
        prop_assert_ne!(r.focus[0], r.focus[1]);
        let rating = |s: Skill| r.ratings.iter().find(|(k, _)| *k == s).map(|(_, v)| *v).unwrap();
        let (a, b) = (rating(r.focus[0]), rating(r.focus[1]));
        prop_assert!(a <= b);
        let others_min = r.ratings.iter().filter(|(k, _)| !r.focus.contains(k)).map(|(_, v)| *v).min().unwrap();
        prop_assert!(b <= others_min, "no unchosen habit is rated lower than a focus area");
    }

    #[test]
    fn totals_never_fall_when_one_answer_rises(
        (kind, (v, i, to)) in proptest::sample::select(CheckupKind::ALL.to_vec())
            .prop_flat_map(|k| (Just(k), raise(k))),
    ) {
        let mut higher = v.clone();
        higher[i] = higher[i].max(to);
        prop_assert!(total(kind, &higher) >= total(kind, &v));
        let (lo, hi) = (
            score(kind, &all(&v)).unwrap(),
            score(kind, &all(&higher)).unwrap(),
        );
        // Bands only move towards "more": higher loneliness, never back to at risk.
        if let (CheckupResult::Loneliness(a), CheckupResult::Loneliness(b)) = (&lo, &hi) {
            prop_assert!(b.band >= a.band);
        }
        if let (CheckupResult::Network(a), CheckupResult::Network(b)) = (&lo, &hi) {
            prop_assert!(b.band >= a.band);
            prop_assert!(b.family.score >= a.family.score && b.friends.score >= a.friends.score);
        }
    }

    #[test]
    fn any_unanswered_question_makes_the_result_incomplete(
        kind in proptest::sample::select(CheckupKind::ALL.to_vec()),
        mask in proptest::collection::vec(any::<bool>(), 8),
        value_index in 0usize..6,
    ) {
        let inst = kind.instrument();
        let value = inst.options[value_index % inst.options.len()].value;
        let given: Vec<Option<u8>> = (0..inst.questions.len())
            .map(|i| mask[i].then_some(value))
            .collect();
        let expected: Vec<&str> = inst
            .questions
            .iter()
            .zip(&given)
            .filter(|(_, a)| a.is_none())
            .map(|(q, _)| q.id)
            .collect();
        match score(kind, &given) {
            Ok(r) => prop_assert!(expected.is_empty(), "scored {} with gaps", r.total()),
            Err(e) => prop_assert_eq!(e, ScoreError::Incomplete { missing: expected }),
        }
    }
}

// --- The stored record -------------------------------------------------------

#[test]
fn a_checkup_record_is_stored_with_short_names() {
    let rec = CheckupRecord {
        stamp: Stamp::new("c1".into(), at(1_000)),
        day: day("2026-03-01"),
        kind: CheckupKind::Loneliness,
        answers: vec![Some(1), Some(3), None],
    };
    let json = serde_json::to_string(&rec).unwrap();
    assert_eq!(
        json,
        r#"{"id":"c1","c":1000,"u":1000,"d":"2026-03-01","k":"lon","a":[1,3,null]}"#
    );
    let back: CheckupRecord = serde_json::from_str(&json).unwrap();
    assert_eq!(back, rec);
    assert!(
        back.score().is_err(),
        "a partly answered record does not score"
    );
}

#[test]
fn only_a_complete_checkup_becomes_a_record() {
    let stamp = Stamp::new("c1".into(), at(0));
    let err = CheckupRecord::completed(
        stamp.clone(),
        day("2026-03-01"),
        CheckupKind::Network,
        vec![Some(1); 5],
    )
    .unwrap_err();
    assert!(matches!(err, ScoreError::Incomplete { .. }));
    let (rec, result) = CheckupRecord::completed(
        stamp,
        day("2026-03-01"),
        CheckupKind::Network,
        all(&[1, 1, 1, 1, 1, 1]),
    )
    .unwrap();
    assert_eq!(rec.kind, CheckupKind::Network);
    assert_eq!(result.total(), 6);
    assert_eq!(rec.score().unwrap(), result);
}

#[test]
fn a_checkup_is_due_30_days_after_the_last_and_when_there_is_none() {
    let last = day("2026-01-01");
    assert!(checkup_due(None, last));
    assert!(!checkup_due(Some(last), last));
    assert!(!checkup_due(Some(last), day("2026-01-30")), "29 days");
    assert!(checkup_due(Some(last), day("2026-01-31")), "30 days");
    assert!(checkup_due(Some(last), day("2027-01-01")));
    assert!(
        !checkup_due(Some(day("2026-02-01")), last),
        "a last day in the future is not due"
    );
}

#[test]
fn latest_history_and_talk_to_someone_read_the_stored_records() {
    let mut gone = checkup("c0", "2026-12-01", CheckupKind::Loneliness, &[3, 3, 3]);
    gone.stamp.deleted = true;
    let records = vec![
        checkup("c1", "2026-02-01", CheckupKind::Loneliness, &[1, 1, 1]),
        checkup("c2", "2026-01-01", CheckupKind::Loneliness, &[3, 3, 3]),
        checkup(
            "c3",
            "2026-02-01",
            CheckupKind::Network,
            &[5, 5, 5, 5, 5, 5],
        ),
        gone,
    ];
    assert_eq!(last_day(&records), Some(day("2026-02-01")));
    assert_eq!(
        latest(&records, CheckupKind::Loneliness).map(|c| c.stamp.id.as_str()),
        Some("c1")
    );
    let totals: Vec<u8> = history(&records, CheckupKind::Loneliness)
        .iter()
        .map(|(_, r)| r.total())
        .collect();
    assert_eq!(totals, [9, 3], "oldest first, the deleted one left out");
    assert!(
        !talk_to_someone(&records),
        "the latest loneliness is lower and the network is not at risk"
    );

    let mut worse = records.clone();
    worse.push(checkup(
        "c4",
        "2026-03-01",
        CheckupKind::Network,
        &[1, 1, 1, 1, 1, 1],
    ));
    assert!(talk_to_someone(&worse), "a network at risk is enough");
    assert!(!talk_to_someone(&[]));
}

#[test]
fn a_damaged_stored_record_is_skipped_in_history() {
    let mut bad = checkup("c1", "2026-01-01", CheckupKind::Loneliness, &[1, 1]);
    bad.answers.push(Some(42));
    let records = vec![
        bad,
        checkup("c2", "2026-02-01", CheckupKind::Loneliness, &[2, 2, 2]),
    ];
    assert_eq!(history(&records, CheckupKind::Loneliness).len(), 1);
}
