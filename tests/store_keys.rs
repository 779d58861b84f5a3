//! The storage keys for check-ups (one key) and interactions (one key per
//! month): classified, encoded, loaded back, and set aside when damaged.

mod common;

use common::{interaction, sample, sample_full, stored_with_meta, THIS_MONTH};
use tend::formats::backup;
use tend::model::people::Channel;
use tend::model::Data;
use tend::model::Interaction;
use tend::store::layout::{
    self, classify, encode, encode_key, is_data_key, Collection, KeyKind, Month, Stored,
};
use tend::store::load::load;

/// Records sorted by id, so data read back key by key compares equal.
fn sorted(mut d: Data) -> Data {
    d.people.sort_by(|a, b| a.stamp.id.cmp(&b.stamp.id));
    d.journal.sort_by(|a, b| a.stamp.id.cmp(&b.stamp.id));
    d.checkups.sort_by(|a, b| a.stamp.id.cmp(&b.stamp.id));
    d.interactions.sort_by(|a, b| a.stamp.id.cmp(&b.stamp.id));
    d
}

#[test]
fn the_new_keys_are_classified_as_data() {
    assert_eq!(
        classify("tend:checkups"),
        KeyKind::Data(Collection::Checkups, None)
    );
    assert_eq!(
        classify("tend:interactions:2026-11"),
        KeyKind::Data(Collection::Interactions, Month::parse("2026-11"))
    );
    assert_eq!(classify("tend:interactions:2026-13"), KeyKind::Foreign);
    assert_eq!(classify("tend:checkups:2026-11"), KeyKind::Foreign);
    assert_eq!(classify("tend:interactions:2026-1"), KeyKind::Foreign);
    assert_eq!(classify("tend:interactions:"), KeyKind::Foreign);
    assert!(is_data_key("tend:checkups"));
    assert!(is_data_key("tend:interactions:2026-11"));
    assert!(!is_data_key("tend:interactions:nope"));
}

#[test]
fn checkups_share_one_key_and_interactions_are_sharded_by_month() {
    let keys = encode(&sample_full());
    let names: Vec<&str> = keys.keys().map(String::as_str).collect();
    assert_eq!(
        names,
        [
            "tend:checkups",
            "tend:interactions:2026-10",
            "tend:interactions:2026-11",
            "tend:journal:2026-10",
            "tend:journal:2026-11",
            "tend:people",
        ]
    );
    assert!(keys["tend:interactions:2026-10"].contains(r#""id":"i1""#));
    assert!(!keys["tend:interactions:2026-10"].contains(r#""id":"i2""#));
    assert!(keys["tend:checkups"].contains(r#""k":"lon""#));
}

#[test]
fn empty_checkups_and_interactions_write_no_key() {
    let names: Vec<String> = encode(&sample()).into_keys().collect();
    assert!(names
        .iter()
        .all(|k| !k.starts_with("tend:checkups") && !k.starts_with("tend:interactions")));
}

#[test]
fn the_new_keys_round_trip_through_encode_and_load() {
    let data = sample_full();
    let loaded = load(&stored_with_meta(encode(&data)), THIS_MONTH).unwrap();
    assert!(loaded.quarantined.is_empty(), "{:?}", loaded.quarantined);
    assert!(loaded.sets.is_empty() && loaded.removes.is_empty());
    assert_eq!(sorted(loaded.data), sorted(data.clone()));
}

#[test]
fn logging_one_interaction_rewrites_only_its_month() {
    let before = encode(&sample_full());
    let mut data = sample_full();
    let logged = interaction("i4", "p2", Channel::Video, "2026-10-05");
    // The change names the one key it touched...
    assert_eq!(logged.key(), "tend:interactions:2026-10");
    data.interactions.push(logged);
    let after = encode(&data);
    // ... which alone differs, and encoding just that key gives what a
    // whole encode would store there.
    let changed: Vec<&String> = after
        .keys()
        .filter(|k| before.get(*k) != after.get(*k))
        .collect();
    assert_eq!(changed, ["tend:interactions:2026-10"]);
    assert_eq!(before.len(), after.len());
    assert_eq!(
        encode_key::<Interaction>(&data.interactions, Month::parse("2026-10")).as_deref(),
        after.get("tend:interactions:2026-10").map(String::as_str)
    );
}

#[test]
fn a_damaged_new_key_is_quarantined_and_the_rest_loads() {
    let mut stored = stored_with_meta(encode(&sample_full()));
    stored.insert(
        "tend:interactions:2026-11".into(),
        r#"[{"id":"i2","c":1,"u":1,"p":"p2","k":"pigeon","d":"2026-11-21"}]"#.into(),
    );
    stored.insert("tend:checkups".into(), "[{".into());
    let loaded = load(&stored, THIS_MONTH).unwrap();
    let keys: Vec<&str> = loaded.quarantined.iter().map(|q| q.key.as_str()).collect();
    assert_eq!(keys, ["tend:checkups", "tend:interactions:2026-11"]);
    assert!(
        loaded.quarantined[1]
            .reason
            .contains(r#"unknown value "pigeon""#),
        "{}",
        loaded.quarantined[1].reason
    );
    assert!(loaded.data.checkups.is_empty());
    assert_eq!(loaded.data.interactions.len(), 1, "October still loads");
    assert_eq!(loaded.data.people.len(), 3);
}

#[test]
fn a_backup_carries_the_new_collections() {
    let data = sample_full();
    let text = backup::export(&data, common::at(1_800_000_000_000));
    let back = backup::parse(&text).unwrap();
    assert_eq!(back, data);
}

#[test]
fn own_prompts_live_under_one_key_and_load_back() {
    use tend::model::{CustomPrompt, Stamp};
    let mut data = sample();
    for (id, text) in [
        ("q1", "Who made me laugh?"),
        ("q2", "What am I looking forward to?"),
    ] {
        data.prompts.push(CustomPrompt {
            stamp: Stamp::new(id.into(), common::at(1_700_000_000_000)),
            text: text.into(),
        });
    }
    let keys = encode(&data);
    assert_eq!(
        classify("tend:prompts"),
        KeyKind::Data(Collection::Prompts, None)
    );
    assert!(keys["tend:prompts"].contains("Who made me laugh?"));
    let loaded = load(&stored_with_meta(keys), THIS_MONTH).unwrap();
    assert_eq!(sorted(loaded.data.clone()).prompts, data.prompts);
    // They travel in a backup too.
    let text = backup::export(&data, common::at(0));
    assert_eq!(backup::parse(&text).unwrap().prompts, data.prompts);
}

#[test]
fn the_draft_is_kept_aside_not_loaded_as_records() {
    assert_eq!(classify(layout::DRAFT), KeyKind::Aside);
    assert!(!is_data_key(layout::DRAFT));
    let mut stored = stored_with_meta(encode(&sample()));
    stored.insert(layout::DRAFT.into(), "half a thought".into());
    let loaded = load(&stored, THIS_MONTH).unwrap();
    assert!(loaded.quarantined.is_empty());
    assert_eq!(sorted(loaded.data), sorted(sample()));
}

#[test]
fn snoozed_check_ins_live_under_one_key_load_back_and_merge_by_person() {
    use tend::model::cadence::Snooze;
    use tend::model::Stamp;
    let snooze = |until: &str, updated: i64| Snooze {
        stamp: Stamp::new("p1".into(), common::at(updated)),
        person: "p1".into(),
        until: common::day(until),
    };
    let mut data = sample();
    data.snoozes.push(snooze("2026-11-29", 1_700_000_000_000));
    let keys = encode(&data);
    assert_eq!(
        classify("tend:snoozes"),
        KeyKind::Data(Collection::Snoozes, None)
    );
    assert!(keys["tend:snoozes"].contains("2026-11-29"));
    let loaded = load(&stored_with_meta(keys), THIS_MONTH).unwrap();
    assert_eq!(loaded.data.snoozes, data.snoozes);
    // A later snooze of the same person (here, from another tab) wins.
    let mut other = sample();
    other.snoozes.push(snooze("2026-12-06", 1_700_000_100_000));
    let merged = data.merge(&other);
    assert_eq!(merged.snoozes.len(), 1);
    assert_eq!(merged.snoozes[0].until, common::day("2026-12-06"));
    let text = backup::export(&merged, common::at(0));
    assert_eq!(backup::parse(&text).unwrap().snoozes, merged.snoozes);
}

#[test]
fn challenges_rituals_plans_milestones_and_gifts_each_have_a_key_and_survive_a_round_trip() {
    use tend::model::challenge::reconnect::{Reason, ReconnectPlan};
    use tend::model::challenge::ritual::{Repeat, Ritual};
    use tend::model::challenge::{Challenge, MarkState};
    use tend::model::milestone::{GiftIdeas, Milestone, MilestoneKind};
    use tend::model::Stamp;
    let stamp = |id: &str| Stamp::new(id.into(), common::at(1_700_000_000_000));
    let mut data = sample();
    let mut c = Challenge::starter(stamp("c1"), common::day("2026-11-20"));
    c.mark(0, MarkState::Done, "said hello", common::day("2026-11-21"))
        .unwrap();
    data.challenges.push(c);
    data.rituals.push(
        Ritual::new(
            stamp("r1"),
            "Sunday call",
            Repeat::Weekly(chrono::Weekday::Sun),
            Some("p1".into()),
            common::day("2026-11-01"),
        )
        .unwrap(),
    );
    data.reconnects.push(ReconnectPlan::new(
        stamp("k1"),
        "p1".into(),
        Reason::MovedAway,
    ));
    data.milestones.push(
        Milestone::new(
            stamp("m1"),
            "p1".into(),
            MilestoneKind::NewJob,
            "",
            "2026-12-01".parse().unwrap(),
        )
        .unwrap(),
    );
    let mut gifts = GiftIdeas {
        stamp: stamp("p1"),
        person: "p1".into(),
        ideas: vec![],
    };
    gifts.add("A good notebook").unwrap();
    data.gifts.push(gifts);

    let keys = encode(&data);
    for (key, kind) in [
        (
            "tend:challenges",
            KeyKind::Data(Collection::Challenges, None),
        ),
        ("tend:rituals", KeyKind::Data(Collection::Rituals, None)),
        (
            "tend:reconnects",
            KeyKind::Data(Collection::Reconnects, None),
        ),
        (
            "tend:milestones",
            KeyKind::Data(Collection::Milestones, None),
        ),
        ("tend:gifts", KeyKind::Data(Collection::Gifts, None)),
    ] {
        assert_eq!(classify(key), kind);
        assert!(is_data_key(key));
        assert!(keys.contains_key(key), "{key} written");
    }
    assert!(keys["tend:challenges"].contains("said hello"));
    let loaded = load(&stored_with_meta(keys), THIS_MONTH).unwrap();
    assert!(loaded.quarantined.is_empty());
    assert_eq!(loaded.data.challenges, data.challenges);
    assert_eq!(loaded.data.rituals, data.rituals);
    assert_eq!(loaded.data.reconnects, data.reconnects);
    assert_eq!(loaded.data.milestones, data.milestones);
    assert_eq!(loaded.data.gifts, data.gifts);
    let text = backup::export(&data, common::at(0));
    let back = backup::parse(&text).unwrap();
    assert_eq!(back.challenges, data.challenges);
    assert_eq!(back.gifts, data.gifts);
    assert_eq!(back.live_count(), data.live_count());
    // Nothing of these is written while they are empty.
    assert!(!encode(&sample()).contains_key("tend:challenges"));
}

#[test]
fn seasons_reach_outs_and_settings_each_have_a_key_and_survive_a_round_trip() {
    use tend::model::prefs::Prefs;
    use tend::model::reach::{Reach, ReachAnswer};
    use tend::model::season::{Season, SeasonReason};
    use tend::model::Stamp;
    let stamp = |id: &str| Stamp::new(id.into(), common::at(1_700_000_000_000));
    let mut data = sample();
    data.seasons.push(Season {
        stamp: stamp("s1"),
        start: common::day("2026-10-01"),
        end: Some(common::day("2026-10-20")),
        reason: Some(SeasonReason::Grief),
        welcomed: false,
    });
    data.reaches.push(Reach {
        stamp: stamp("q1"),
        person: "p1".into(),
        channel: Channel::Message,
        answer: Some(ReachAnswer::NotYet),
        day: Some(common::day("2026-10-02")),
        asked: true,
    });
    let mut prefs = Prefs::new(stamp(Prefs::ID));
    prefs.alarm_hour = 18;
    prefs.first_run_done = true;
    data.prefs.push(prefs);

    let keys = encode(&data);
    for (key, kind) in [
        ("tend:seasons", KeyKind::Data(Collection::Seasons, None)),
        ("tend:reaches", KeyKind::Data(Collection::Reaches, None)),
        ("tend:prefs", KeyKind::Data(Collection::Prefs, None)),
    ] {
        assert_eq!(classify(key), kind);
        assert!(keys.contains_key(key), "{key} written");
    }
    // Defaults are left out of the stored form; choices are kept.
    assert!(keys["tend:prefs"].contains("\"ah\":18"));
    assert!(!keys["tend:prefs"].contains("\"bk\""));
    let loaded = load(&stored_with_meta(keys), THIS_MONTH).unwrap();
    assert!(loaded.quarantined.is_empty());
    assert_eq!(loaded.data.seasons, data.seasons);
    assert_eq!(loaded.data.reaches, data.reaches);
    assert_eq!(loaded.data.prefs, data.prefs);
    let back = backup::parse(&backup::export(&data, common::at(0))).unwrap();
    assert_eq!(back.seasons, data.seasons);
    assert_eq!(back.reaches, data.reaches);
    assert_eq!(back.prefs, data.prefs);
    assert!(data.seasons[0].covers(common::day("2026-10-20")));
    assert!(!data.seasons[0].covers(common::day("2026-10-21")));
    assert!(!encode(&sample()).contains_key("tend:seasons"));
}
