//! Milestones: the dates that matter in someone's life (anniversaries,
//! graduations, a new job, anything the person names), remembered each
//! year, plus a short list of gift ideas per person.
//!
//! Dates reuse `people::Birthday`, which is Tend's "month and day, year if
//! known" type: it is already stored as `"2019-06-01"` or `"--06-01"`, and it
//! settles 29 February once for everything. **29 February falls on
//! 28 February in common years**: kept in February so it is never pushed
//! into another month, and the calendar export writes the same rule
//! (`BYMONTH=2;BYMONTHDAY=-1`).

use super::code::coded;
use super::journal::fold::fold_str;
use super::people::{clean_name, Birthday, Person};
use super::record::Stamp;
use crate::model::record::record;
use chrono::{Datelike, Days, NaiveDate};
use serde::{Deserialize, Serialize};
use thiserror::Error;

record! {
    #[derive(Clone, Debug, PartialEq)]
    pub struct Milestone {
        /// The id of the person it belongs to.
        #[serde(rename = "p")]
        pub person: String,
        #[serde(rename = "k")]
        pub kind: MilestoneKind,
        /// The person's own words: required for `Custom`, an optional detail
        /// ("wedding", "PhD") for the others.
        #[serde(rename = "l", default, skip_serializing_if = "String::is_empty")]
        pub label: String,
        #[serde(rename = "d")]
        pub date: Birthday,
    }
}

/// What a milestone marks. Birthdays are not here: they live on `Person`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "&'static str")]
pub enum MilestoneKind {
    Anniversary,
    Graduation,
    NewJob,
    Custom,
}

coded!(MilestoneKind {
    Anniversary = "ann",
    Graduation = "grad",
    NewJob = "job",
    Custom = "own",
});

impl MilestoneKind {
    pub fn label(self) -> &'static str {
        match self {
            MilestoneKind::Anniversary => "Anniversary",
            MilestoneKind::Graduation => "Graduation",
            MilestoneKind::NewJob => "New job",
            MilestoneKind::Custom => "Other date",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum MilestoneError {
    #[error("Give this date a name, such as \"first day at school\".")]
    NoLabel,
    #[error("Write a gift idea first.")]
    EmptyIdea,
    #[error("Keep a gift idea short: at most {max} characters.")]
    IdeaTooLong { max: usize },
}

impl Milestone {
    /// A milestone from a form. The label is tidied; a custom milestone
    /// needs one.
    pub fn new(
        stamp: Stamp,
        person: String,
        kind: MilestoneKind,
        label: &str,
        date: Birthday,
    ) -> Result<Milestone, MilestoneError> {
        let label = clean_name(label).unwrap_or_default();
        if kind == MilestoneKind::Custom && label.is_empty() {
            return Err(MilestoneError::NoLabel);
        }
        Ok(Milestone {
            stamp,
            person,
            kind,
            label,
            date,
        })
    }

    /// What to call it: the label when there is one, else the kind.
    pub fn title(&self) -> &str {
        if self.label.is_empty() {
            self.kind.label()
        } else {
            &self.label
        }
    }

    /// The next time it comes round on or after `today`. With a year, the
    /// first time is the date itself (a graduation next June is not
    /// "upcoming" this June).
    pub fn next_on_or_after(&self, today: NaiveDate) -> Option<NaiveDate> {
        next_yearly(self.date, today)
    }
}

fn next_yearly(date: Birthday, today: NaiveDate) -> Option<NaiveDate> {
    let first = date.year().and_then(|y| date.in_year(y));
    date.next_on_or_after(first.map_or(today, |f| f.max(today)))
}

/// Whole years from the date to `on`, when its year is known.
fn years_at(date: Birthday, on: NaiveDate) -> Option<u32> {
    date.year().and_then(|y| u32::try_from(on.year() - y).ok())
}

/// What is coming up for someone.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum What<'a> {
    /// A birthday; `turning` is the new age when the birth year is known.
    Birthday { turning: Option<u32> },
    /// A milestone; `years` since its first time, when the year is known
    /// (0 on the day itself).
    Milestone {
        milestone: &'a Milestone,
        years: Option<u32>,
    },
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Upcoming<'a> {
    pub day: NaiveDate,
    pub person: &'a Person,
    pub what: What<'a>,
}

/// Birthdays and milestones of active people from `today` to `today + days`
/// (both included), soonest first; on the same day birthdays come first,
/// then milestones, each in the order they were added.
pub fn upcoming<'a>(
    people: &'a [Person],
    milestones: &'a [Milestone],
    today: NaiveDate,
    days: u32,
) -> Vec<Upcoming<'a>> {
    let end = today
        .checked_add_days(Days::new(u64::from(days)))
        .unwrap_or(NaiveDate::MAX);
    let mut out = Vec::new();
    for person in people.iter().filter(|p| p.is_active()) {
        let Some(b) = person.birthday else { continue };
        if let Some(day) = b.next_on_or_after(today).filter(|d| *d <= end) {
            let what = What::Birthday {
                turning: years_at(b, day),
            };
            out.push(Upcoming { day, person, what });
        }
    }
    for m in milestones.iter().filter(|m| !m.stamp.deleted) {
        let Some(person) = people
            .iter()
            .find(|p| p.stamp.id == m.person && p.is_active())
        else {
            continue;
        };
        if let Some(day) = m.next_on_or_after(today).filter(|d| *d <= end) {
            let what = What::Milestone {
                milestone: m,
                years: years_at(m.date, day),
            };
            out.push(Upcoming { day, person, what });
        }
    }
    super::order::sort_by(&mut out, |u| {
        super::order::Key(super::order::day(u.day), 0, String::new())
    });
    out
}

record! {
    /// Gift ideas for one person: short notes to self, kept between occasions.
    ///
    /// Give it the person's id as its record id, so a person has one list and
    /// two tabs' edits merge by id.
    #[derive(Clone, Debug, PartialEq)]
    pub struct GiftIdeas {
        #[serde(rename = "p")]
        pub person: String,
        #[serde(rename = "g", default, skip_serializing_if = "Vec::is_empty")]
        pub ideas: Vec<String>,
    }
}

impl GiftIdeas {
    /// The longest idea kept, in characters: a reminder, not an essay.
    pub const MAX_LEN: usize = 120;

    /// Adds an idea, tidied. Returns false (and changes nothing) when the
    /// same idea, ignoring case, accents and spacing, is already listed.
    pub fn add(&mut self, idea: &str) -> Result<bool, MilestoneError> {
        let idea = clean_name(idea).ok_or(MilestoneError::EmptyIdea)?;
        if idea.chars().count() > Self::MAX_LEN {
            return Err(MilestoneError::IdeaTooLong { max: Self::MAX_LEN });
        }
        let key = fold_str(&idea);
        if self.ideas.iter().any(|i| fold_str(i) == key) {
            return Ok(false);
        }
        self.ideas.push(idea);
        Ok(true)
    }
}

/// A person's gift ideas (none when there is no list).
pub fn gift_ideas<'a>(gifts: &'a [GiftIdeas], person_id: &str) -> &'a [String] {
    gifts
        .iter()
        .find(|g| g.stamp.id == person_id && !g.stamp.deleted)
        .map_or(&[], |g| &g.ideas)
}
