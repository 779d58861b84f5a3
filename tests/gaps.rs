//! The relationship map: each gap rule fires and stays quiet when it should,
//! and the map layout is even and deterministic.

mod common;

use common::mapped;
use std::f64::consts::{FRAC_PI_2, TAU};
use tend::content::gaps as text;
use tend::model::gaps::{find_gaps, GapKind};
use tend::model::map::{layout, RING_STAGGER};
use tend::model::people::{Circle, Energy, Relationship, Support};
use tend::model::Person;

use Circle::{Inner, Middle, Outer};
use Energy::{Drained, Energized, Neutral};
use Relationship::{Community, Family, Friend};
use Support::{Emotional, Fun, Practical};

/// A map with none of the gaps: someone to lean on, a varied inner circle
/// with no draining tie, two energizers, and a group.
fn healthy() -> Vec<Person> {
    vec![
        mapped("p1", "Ada", Inner, Some(Family), Energized, &[Emotional]),
        mapped("p2", "Bea", Inner, Some(Friend), Energized, &[Fun]),
        mapped("p3", "Cy", Outer, Some(Community), Neutral, &[]),
    ]
}

fn kinds(people: &[Person]) -> Vec<GapKind> {
    find_gaps(people).into_iter().map(|g| g.kind).collect()
}

fn fires(people: &[Person], kind: GapKind) -> bool {
    kinds(people).contains(&kind)
}

#[test]
fn a_healthy_map_has_no_gaps() {
    assert_eq!(kinds(&healthy()), []);
}

#[test]
fn with_no_one_the_only_gap_is_start_your_map() {
    let gaps = find_gaps(&[]);
    assert_eq!(gaps.len(), 1);
    assert_eq!(gaps[0].kind, GapKind::StartYourMap);
    assert_eq!(gaps[0].explanation, text::START_YOUR_MAP.explanation);
    assert_eq!(gaps[0].suggested_action, text::START_YOUR_MAP.action);
}

#[test]
fn archived_and_deleted_people_do_not_count() {
    let mut people = healthy();
    people[2].archived = true;
    assert!(fires(&people, GapKind::NoGroup));
    for p in &mut people {
        p.stamp.deleted = true;
    }
    people[2].stamp.deleted = false;
    assert_eq!(kinds(&people), [GapKind::StartYourMap]);
}

#[test]
fn no_one_to_call_on_fires_without_emotional_or_practical_support() {
    let mut people = healthy();
    assert!(!fires(&people, GapKind::NoOneToCallOn));
    people[0].support.clear();
    assert!(
        fires(&people, GapKind::NoOneToCallOn),
        "fun alone is not it"
    );
    people[2].support.insert(Practical);
    assert!(
        !fires(&people, GapKind::NoOneToCallOn),
        "practical help counts"
    );
}

#[test]
fn inner_circle_empty_fires_only_when_no_one_is_inner() {
    let mut people = healthy();
    people[0].circle = Middle;
    assert!(!fires(&people, GapKind::InnerCircleEmpty));
    people[1].circle = Outer;
    assert!(fires(&people, GapKind::InnerCircleEmpty));
}

#[test]
fn a_draining_inner_tie_fires_and_names_the_person() {
    let mut people = healthy();
    people[1].energy = Drained;
    let gaps = find_gaps(&people);
    let gap = gaps
        .iter()
        .find(|g| g.kind == GapKind::DrainingInnerTie)
        .expect("fires");
    assert_eq!(gap.people, ["p2"]);
    assert_eq!(gap.title, text::DRAINING_INNER_TIE.title);
    // Someone draining further out is not this gap.
    people[1].circle = Outer;
    assert!(!fires(&people, GapKind::DrainingInnerTie));
}

#[test]
fn one_type_inner_circle_fires_only_for_two_or_more_of_one_known_type() {
    let mut people = healthy();
    assert!(
        !fires(&people, GapKind::InnerCircleOneType),
        "family and friend"
    );
    people[1].relationship = Some(Family);
    assert!(fires(&people, GapKind::InnerCircleOneType), "two family");
    people[1].relationship = None;
    assert!(
        !fires(&people, GapKind::InnerCircleOneType),
        "an unset relationship might be another kind"
    );
    people[1].relationship = Some(Family);
    people[1].circle = Middle;
    assert!(
        !fires(&people, GapKind::InnerCircleOneType),
        "one inner person is not a pattern"
    );
    people[0].relationship = None;
    people[1].circle = Inner;
    people[1].relationship = None;
    assert!(
        !fires(&people, GapKind::InnerCircleOneType),
        "all unset is not one type"
    );
}

#[test]
fn few_energizers_fires_below_two() {
    let mut people = healthy();
    assert!(!fires(&people, GapKind::FewEnergizers), "two is enough");
    people[1].energy = Neutral;
    assert!(fires(&people, GapKind::FewEnergizers), "one is few");
    people[0].energy = Neutral;
    assert!(fires(&people, GapKind::FewEnergizers), "none is few");
}

#[test]
fn no_group_fires_without_a_group_or_community_tie() {
    let mut people = healthy();
    assert!(!fires(&people, GapKind::NoGroup));
    people[2].relationship = Some(Friend);
    assert!(fires(&people, GapKind::NoGroup));
}

#[test]
fn a_lone_new_person_shows_every_applicable_gap_in_order() {
    let people = vec![mapped("p1", "Ada", Middle, None, Neutral, &[])];
    assert_eq!(
        kinds(&people),
        [
            GapKind::NoOneToCallOn,
            GapKind::InnerCircleEmpty,
            GapKind::FewEnergizers,
            GapKind::NoGroup,
        ]
    );
    for gap in find_gaps(&people) {
        assert!(!gap.title.is_empty() && !gap.explanation.is_empty());
        assert!(!gap.suggested_action.is_empty());
    }
}

// --- Map layout -------------------------------------------------------------

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

#[test]
fn the_map_places_people_on_their_ring_ordered_by_name() {
    let people = vec![
        mapped("p1", "zoe", Inner, None, Neutral, &[]),
        mapped("p2", "Ada", Inner, None, Neutral, &[]),
        mapped("p3", "bea", Inner, None, Neutral, &[]),
        mapped("p4", "Cy", Outer, None, Neutral, &[]),
    ];
    let placed = layout(&people);
    let names: Vec<(&str, usize)> = placed
        .iter()
        .map(|p| (p.person.name.as_str(), p.ring))
        .collect();
    assert_eq!(names, [("Ada", 0), ("bea", 0), ("zoe", 0), ("Cy", 2)]);
    // Evenly spread from the top.
    assert!(close(placed[0].angle, -FRAC_PI_2));
    assert!(close(placed[1].angle, -FRAC_PI_2 + TAU / 3.0));
    assert!(close(placed[2].angle, -FRAC_PI_2 + 2.0 * TAU / 3.0));
    // Each ring starts a little further round than the one inside it.
    assert!(close(placed[3].angle, -FRAC_PI_2 + 2.0 * RING_STAGGER));
    assert_eq!(placed[3].circle, Outer);
}

#[test]
fn the_map_is_the_same_whatever_order_people_were_added_in() {
    let mut people = healthy();
    people.push(mapped("p4", "Ada", Inner, None, Neutral, &[]));
    let forward: Vec<(String, usize, f64)> = layout(&people)
        .iter()
        .map(|p| (p.person.stamp.id.clone(), p.ring, p.angle))
        .collect();
    people.reverse();
    let backward: Vec<(String, usize, f64)> = layout(&people)
        .iter()
        .map(|p| (p.person.stamp.id.clone(), p.ring, p.angle))
        .collect();
    assert_eq!(forward, backward);
    let ids: Vec<&str> = forward.iter().map(|(id, _, _)| id.as_str()).collect();
    assert_eq!(ids, ["p1", "p4", "p2", "p3"], "same name: ordered by id");
}

#[test]
fn the_map_leaves_out_archived_and_deleted_people() {
    let mut people = healthy();
    people[0].archived = true;
    people[1].stamp.deleted = true;
    let placed = layout(&people);
    assert_eq!(placed.len(), 1);
    assert_eq!(placed[0].person.name, "Cy");
    assert!(layout(&[]).is_empty());
}

#[test]
fn map_points_match_cosine_and_sine() {
    use tend::model::map::point;
    for i in -400..=1200 {
        let a = f64::from(i) * 0.01;
        let (x, y) = point(a, 100.0);
        assert!((x - 100.0 * a.cos()).abs() < 1e-4, "cos {a}");
        assert!((y - 100.0 * a.sin()).abs() < 1e-4, "sin {a}");
    }
}

#[test]
fn map_names_order_as_the_people_list_ignoring_case_and_accents() {
    use tend::model::roster::{find, RosterFilter};
    let people = vec![
        mapped("p1", "bob", Inner, None, Neutral, &[]),
        mapped("p2", "Bea", Inner, None, Neutral, &[]),
        mapped("p3", "ALF", Inner, None, Neutral, &[]),
        mapped("p4", "zoe", Inner, None, Neutral, &[]),
        mapped("p5", "Émile", Inner, None, Neutral, &[]),
        mapped("p6", "Eve", Inner, None, Neutral, &[]),
    ];
    let names: Vec<&str> = layout(&people)
        .iter()
        .map(|p| p.person.name.as_str())
        .collect();
    // "Émile" among the E's, not after "zoe" as by code point.
    assert_eq!(names, ["ALF", "Bea", "bob", "Émile", "Eve", "zoe"]);
    let listed: Vec<&str> = find(&people, &RosterFilter::default())
        .iter()
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(names, listed, "the map goes round in the list's order");
}

#[test]
fn a_crowded_ring_becomes_unnamed_dots_spread_across_its_band() {
    use tend::model::map::NAMED;
    let mut people: Vec<_> = (0..300)
        .map(|i| {
            mapped(
                &format!("o{i:03}"),
                &format!("Outer {i:03}"),
                Outer,
                None,
                Neutral,
                &[],
            )
        })
        .collect();
    people.push(mapped("i1", "Ada", Inner, None, Neutral, &[]));
    let placed = layout(&people);
    assert_eq!(placed.len(), 301);
    // The inner ring is within its capacity: named, in the middle of its band.
    assert!(placed[0].named && close(placed[0].depth, 0.5));
    let outer: Vec<_> = placed.iter().filter(|p| p.ring == 2).collect();
    assert!(outer.len() > NAMED[2]);
    assert!(outer.iter().all(|p| !p.named));
    // Dots fill the band from edge to edge, each at its own depth.
    assert!(outer.iter().all(|p| p.depth > 0.0 && p.depth < 1.0));
    assert!(outer.first().unwrap().depth < 0.01 && outer.last().unwrap().depth > 0.99);
    // And no two share a place.
    for pair in outer.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        assert!(!close(a.depth, b.depth) || !close(a.angle, b.angle));
    }
}

#[test]
fn a_ring_at_its_capacity_still_shows_names() {
    use tend::model::map::NAMED;
    let people: Vec<_> = (0..NAMED[0])
        .map(|i| {
            mapped(
                &format!("p{i}"),
                &format!("P{i}"),
                Inner,
                None,
                Neutral,
                &[],
            )
        })
        .collect();
    assert!(layout(&people).iter().all(|p| p.named));
}
