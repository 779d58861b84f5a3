//! `#tags` and `@Name` mentions typed in an entry's text, so writing
//! "Tea with @Grace Hopper #family" tags the entry and links Grace without
//! a trip to the pickers.

use super::fold::fold;
use super::push_tag;
use crate::model::Person;

/// What `find_mentions` found, each list in order of first appearance and
/// without repeats.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Mentions {
    /// Normalized, as `normalize_tag` gives them.
    pub tags: Vec<String>,
    /// Person ids.
    pub people: Vec<String>,
}

/// Finds `#tags` and `@Name` mentions in `text`.
///
/// A mention starts at the beginning of the text or after a character that
/// is not a letter or digit, so "ada@example.com" and "C#" mention nothing.
///
/// A tag runs over letters, digits, '-' and '_' and needs at least one
/// letter ("#1" reads as a number, not a tag); trailing '-' and '_' are
/// dropped, as in "#self-care_.".
///
/// After '@' the longest name of a person who is not deleted matches, case
/// and accent aside, when the name is not followed straight on by another
/// letter or digit: with Ada and Ada Lovelace known, "@ada lovelace!" is Ada
/// Lovelace, "@Ada's" is Ada, and "@Adam" is no one. Names may contain
/// spaces, so only the whole name matches, not a first name alone.
pub fn find_mentions(text: &str, people: &[Person]) -> Mentions {
    let mut found = Mentions::default();
    let mut prev: Option<char> = None;
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        let after = &rest[c.len_utf8()..];
        let starts = prev.is_none_or(|p| !p.is_alphanumeric());
        let mut skip = 0;
        if starts && c == '#' {
            skip = take_tag(after, &mut found.tags);
        } else if starts && c == '@' {
            skip = take_person(after, people, &mut found.people);
        }
        let taken = &rest[..c.len_utf8() + skip];
        prev = taken.chars().next_back();
        rest = &rest[taken.len()..];
    }
    found
}

/// Reads the tag at the start of `s`; returns how many bytes it used.
fn take_tag(s: &str, tags: &mut Vec<String>) -> usize {
    let end = s
        .char_indices()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '-' || c == '_'))
        .map_or(s.len(), |(i, _)| i);
    let tag = s[..end].trim_end_matches(['-', '_']);
    if tag.chars().any(char::is_alphabetic) {
        push_tag(tags, tag);
    }
    tag.len()
}

/// Reads the longest known name at the start of `s`; returns how many
/// bytes it used.
fn take_person(s: &str, people: &[Person], ids: &mut Vec<String>) -> usize {
    let mut best: Option<(usize, &str)> = None;
    for p in people.iter().filter(|p| !p.stamp.deleted) {
        if let Some(len) = name_at_start(s, p.name.trim()) {
            if best.is_none_or(|(b, _)| len > b) {
                best = Some((len, &p.stamp.id));
            }
        }
    }
    let Some((len, id)) = best else { return 0 };
    if !ids.iter().any(|i| i == id) {
        ids.push(id.to_string());
    }
    len
}

/// The byte length of `name` at the start of `s`, compared folded, when it
/// ends at a word boundary.
fn name_at_start(s: &str, name: &str) -> Option<usize> {
    if name.is_empty() {
        return None;
    }
    let mut chars = s.char_indices();
    for n in name.chars() {
        let (_, c) = chars.next()?;
        if fold(c) != fold(n) {
            return None;
        }
    }
    match chars.next() {
        Some((i, c)) => (!c.is_alphanumeric()).then_some(i),
        None => Some(s.len()),
    }
}
