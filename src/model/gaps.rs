//! Gap analysis of the relationship map: a handful of plain rules, each
//! looking at the active people (not deleted, not archived) and noticing one
//! thing that may be missing. Each rule is its own small function so it can
//! be read, tested and reworded on its own; the text comes from
//! `content::gaps`.
//!
//! The rules describe the map, not the person: someone who has not yet
//! marked the support a friend offers will see "someone to lean on", and the
//! suggested action is to look again, not to feel bad.

use super::people::{Circle, Energy, Person, Relationship, Support};
use crate::content::gaps::{self as text, GapText};

/// Which rule noticed the gap.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum GapKind {
    /// There is no one on the map yet; the only gap then.
    StartYourMap,
    /// Nobody offers emotional support or practical help.
    NoOneToCallOn,
    /// Nobody is in the inner circle.
    InnerCircleEmpty,
    /// Someone in the inner circle leaves the person drained.
    DrainingInnerTie,
    /// Two or more people in the inner circle, all the same relationship.
    InnerCircleOneType,
    /// Fewer than two people leave the person energized.
    FewEnergizers,
    /// Nobody from a group or community.
    NoGroup,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Gap {
    pub kind: GapKind,
    pub title: &'static str,
    pub explanation: &'static str,
    pub suggested_action: &'static str,
    /// The articles the observation and the step draw on.
    pub sources: &'static [crate::content::sources::Article],
    /// Ids of the people the gap is about, when it is about someone in
    /// particular (a draining inner tie); otherwise empty.
    pub people: Vec<String>,
}

impl Gap {
    fn new(kind: GapKind, t: GapText) -> Self {
        Gap {
            kind,
            title: t.title,
            explanation: t.explanation,
            suggested_action: t.action,
            sources: t.sources,
            people: Vec::new(),
        }
    }
}

/// Fewer people than this marked "energized" is a gap.
pub const ENOUGH_ENERGIZERS: usize = 2;

type Rule = fn(&[&Person]) -> Option<Gap>;

/// The rules in the order their gaps are shown: having someone to lean on
/// first, breadth of belonging last.
const RULES: &[Rule] = &[
    no_one_to_call_on,
    inner_circle_empty,
    draining_inner_tie,
    inner_circle_one_type,
    few_energizers,
    no_group,
];

/// The gaps on the map of `people`. Deleted and archived people are left
/// out; with no one left, the single gap is "start your map".
pub fn find_gaps(people: &[Person]) -> Vec<Gap> {
    let active: Vec<&Person> = people.iter().filter(|p| p.is_active()).collect();
    if active.is_empty() {
        return vec![Gap::new(GapKind::StartYourMap, text::START_YOUR_MAP)];
    }
    RULES.iter().filter_map(|rule| rule(&active)).collect()
}

fn inner<'a>(people: &'a [&'a Person]) -> impl Iterator<Item = &'a Person> + 'a {
    people.iter().copied().filter(|p| p.circle == Circle::Inner)
}

/// Emotional support and practical help are the two kinds that make
/// someone a person to call on in a hard moment.
fn no_one_to_call_on(people: &[&Person]) -> Option<Gap> {
    let someone = people.iter().any(|p| {
        p.support.contains(&Support::Emotional) || p.support.contains(&Support::Practical)
    });
    (!someone).then(|| Gap::new(GapKind::NoOneToCallOn, text::NO_ONE_TO_CALL_ON))
}

fn inner_circle_empty(people: &[&Person]) -> Option<Gap> {
    let empty = inner(people).next().is_none();
    empty.then(|| Gap::new(GapKind::InnerCircleEmpty, text::INNER_CIRCLE_EMPTY))
}

fn draining_inner_tie(people: &[&Person]) -> Option<Gap> {
    let draining: Vec<String> = inner(people)
        .filter(|p| p.energy == Energy::Drained)
        .map(|p| p.stamp.id.clone())
        .collect();
    (!draining.is_empty()).then(|| Gap {
        people: draining,
        ..Gap::new(GapKind::DrainingInnerTie, text::DRAINING_INNER_TIE)
    })
}

/// Only with two or more inner people, and only when every one of them has
/// a relationship set: an unset one might be of another kind.
fn inner_circle_one_type(people: &[&Person]) -> Option<Gap> {
    let kinds: Vec<Option<Relationship>> = inner(people).map(|p| p.relationship).collect();
    let first = *kinds.first()?;
    let one_type = kinds.len() >= 2 && first.is_some() && kinds.iter().all(|k| *k == first);
    one_type.then(|| Gap::new(GapKind::InnerCircleOneType, text::INNER_CIRCLE_ONE_TYPE))
}

fn few_energizers(people: &[&Person]) -> Option<Gap> {
    let energizers = people
        .iter()
        .filter(|p| p.energy == Energy::Energized)
        .count();
    (energizers < ENOUGH_ENERGIZERS).then(|| Gap::new(GapKind::FewEnergizers, text::FEW_ENERGIZERS))
}

fn no_group(people: &[&Person]) -> Option<Gap> {
    let any = people
        .iter()
        .any(|p| p.relationship == Some(Relationship::Community));
    (!any).then(|| Gap::new(GapKind::NoGroup, text::NO_GROUP))
}
