//! Finding someone in a long list of people (a phone's address book holds
//! hundreds): by part of their name, and by circle, relationship, how they
//! leave you feeling and whether they are archived. Results come in name
//! order, ignoring case and accents, so the list reads like an address book.

use super::journal::fold::fold_str;
use super::people::{Circle, Energy, Person, Relationship};

/// Which people the list shows. The default shows everyone not removed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RosterFilter {
    /// Words that must each start a word of the name ("ad lo").
    pub name: String,
    pub circle: Option<Circle>,
    /// `Some(None)` asks for people whose relationship is not set yet.
    pub relationship: Option<Option<Relationship>>,
    pub energy: Option<Energy>,
    pub archived: Archived,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Archived {
    /// Archived or not.
    #[default]
    Both,
    /// Only people who are not archived.
    Hide,
    /// Only archived people.
    Only,
}

/// Whether every word typed starts some word of the name (both folded
/// with `fold_str`): "ad lo" matches "ada lovelace", "race" does not
/// match "grace".
pub fn name_matches(folded_name: &str, words: &[String]) -> bool {
    let parts: Vec<&str> = folded_name
        .split(|c: char| c.is_whitespace() || c == '-' || c == '\'')
        .collect();
    words
        .iter()
        .all(|w| parts.iter().any(|part| part.starts_with(w.as_str())))
}

/// Where `person` goes in name order (the list of people, the map): by
/// `folded`, their name folded with `fold_str` (so case and accents do not
/// count: "Émile" comes before "Eve"), then by id ('\0' sorts before any
/// character of a name), so people of one name always come in one order.
pub fn name_order(folded: &str, person: &Person) -> super::order::Key {
    super::order::text(format!("{folded}\0{}", person.stamp.id))
}

/// The people `filter` lets through (never removed ones), in name order.
pub fn find<'a>(people: &'a [Person], filter: &RosterFilter) -> Vec<&'a Person> {
    let words: Vec<String> = filter.name.split_whitespace().map(fold_str).collect();
    let mut found: Vec<(String, &Person)> = people
        .iter()
        .filter(|p| !p.stamp.deleted)
        .filter(|p| filter.circle.is_none_or(|c| p.circle == c))
        .filter(|p| filter.relationship.is_none_or(|r| p.relationship == r))
        .filter(|p| filter.energy.is_none_or(|e| p.energy == e))
        .filter(|p| match filter.archived {
            Archived::Both => true,
            Archived::Hide => !p.archived,
            Archived::Only => p.archived,
        })
        .map(|p| (fold_str(&p.name), p))
        .filter(|(name, _)| name_matches(name, &words))
        .collect();
    super::order::sort_by(&mut found, |(name, p)| name_order(name, p));
    found.into_iter().map(|(_, p)| p).collect()
}
