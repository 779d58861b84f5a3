//! People the person keeps in touch with, and what they mean to them: how
//! close, how they feel after time together, what support flows between them.
//!
//! Every field added after the first release is `#[serde(default)]` and left
//! out of the stored form while it holds its default, so people saved by an
//! older build still load and the stored form stays small (localStorage holds
//! about 5 MB for everything).

use super::code::coded;
use super::record::Stamp;
use crate::model::record::record;
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::fmt;
use std::num::NonZeroU16;
use thiserror::Error;

record! {
    #[derive(Clone, Debug, PartialEq)]
    pub struct Person {
        #[serde(rename = "n")]
        pub name: String,
        #[serde(rename = "no", default, skip_serializing_if = "String::is_empty")]
        pub notes: String,
        /// How they are related; `None` until the person says.
        #[serde(rename = "r", default, skip_serializing_if = "Option::is_none")]
        pub relationship: Option<Relationship>,
        #[serde(rename = "ci", default, skip_serializing_if = "is_default")]
        pub circle: Circle,
        #[serde(rename = "e", default, skip_serializing_if = "is_default")]
        pub energy: Energy,
        /// The kinds of support this person offers. A set, so ticking a box twice
        /// cannot store it twice, and its order is always `Support::ALL` order.
        #[serde(rename = "s", default, skip_serializing_if = "BTreeSet::is_empty")]
        pub support: BTreeSet<Support>,
        #[serde(rename = "b", default, skip_serializing_if = "Option::is_none")]
        pub birthday: Option<Birthday>,
        /// Ways this person likes to be in touch.
        #[serde(rename = "w", default, skip_serializing_if = "BTreeSet::is_empty")]
        pub ways: BTreeSet<Channel>,
        /// How often the person would like to be in touch; `None` means no reminder.
        #[serde(rename = "k", default, skip_serializing_if = "Option::is_none")]
        pub cadence: Option<Cadence>,
        /// Last contact as entered by hand. Logged interactions also count: see
        /// `interaction::last_contact` for the effective day.
        #[serde(
            rename = "l",
            default,
            skip_serializing_if = "Option::is_none",
            with = "super::day::iso_opt"
        )]
        pub last_contact: Option<NaiveDate>,
        /// Kept but set aside: off the map, out of reminders and gap analysis.
        #[serde(rename = "a", default, skip_serializing_if = "is_default")]
        pub archived: bool,
        /// Their phone numbers, as `model::contact::clean_phone` keeps them,
        /// the first one first offered.
        #[serde(rename = "ph", default, skip_serializing_if = "Vec::is_empty")]
        pub phones: Vec<String>,
        /// Their email addresses, as `model::contact::clean_email` keeps them.
        #[serde(rename = "em", default, skip_serializing_if = "Vec::is_empty")]
        pub emails: Vec<String>,
        /// The way to reach them the person prefers, if they said: the
        /// reach-out kit starts with it.
        #[serde(rename = "pc", default, skip_serializing_if = "Option::is_none")]
        pub prefers: Option<Channel>,
    }
}

fn is_default<T: Default + PartialEq>(v: &T) -> bool {
    *v == T::default()
}

impl Person {
    /// A new person with only a name; everything else starts at its default
    /// (middle circle, neutral energy, nothing else known yet).
    pub fn new(stamp: Stamp, name: String) -> Self {
        Person {
            stamp,
            name,
            notes: String::new(),
            relationship: None,
            circle: Circle::default(),
            energy: Energy::default(),
            support: BTreeSet::new(),
            birthday: None,
            ways: BTreeSet::new(),
            cadence: None,
            last_contact: None,
            archived: false,
            phones: Vec::new(),
            emails: Vec::new(),
            prefers: None,
        }
    }

    /// Neither deleted nor archived: the people the map, reminders and gap
    /// analysis are about.
    pub fn is_active(&self) -> bool {
        !self.stamp.deleted && !self.archived
    }

    /// Moves the `Phone:` and `Email:` lines the contacts import used to
    /// write into the notes (see `contact::from_notes`) into the person's
    /// own fields, after any already there. Returns whether anything moved;
    /// the stamp is left as it was, so the same record read from an old
    /// backup and from migrated storage is the same record.
    pub fn take_contacts_from_notes(&mut self) -> bool {
        let Some(found) = super::contact::from_notes(&self.notes) else {
            return false;
        };
        self.notes = found.notes;
        for p in found.phones {
            super::contact::push_phone(&mut self.phones, p);
        }
        for e in found.emails {
            super::contact::push_email(&mut self.emails, e);
        }
        true
    }
}

/// The live people whose name matches what was typed, for a type-ahead
/// picker: every word typed must start a word of the name (ignoring case
/// and accents), so "ad lo" finds "Ada Lovelace". Names starting with the
/// first word come first, then by name; `skip` (people already chosen) and
/// archived people are left out; at most `limit`.
pub fn matching<'a>(
    people: &'a [Person],
    typed: &str,
    skip: &[String],
    limit: usize,
) -> Vec<&'a Person> {
    use super::journal::fold::fold_str;
    let words: Vec<String> = typed.split_whitespace().map(fold_str).collect();
    if words.is_empty() {
        return Vec::new();
    }
    let mut found: Vec<(bool, String, &Person)> = people
        .iter()
        .filter(|p| p.is_active() && !skip.contains(&p.stamp.id))
        .filter_map(|p| {
            let name = fold_str(&p.name);
            super::roster::name_matches(&name, &words)
                .then(|| (!name.starts_with(words[0].as_str()), name.clone(), p))
        })
        .collect();
    super::order::sort_by(&mut found, |(later, name, _)| {
        super::order::Key(i64::from(*later), 0, name.clone())
    });
    found.into_iter().take(limit).map(|(_, _, p)| p).collect()
}

/// A name as typed, tidied: surrounding and repeated inner whitespace removed.
/// Returns `None` for a blank name, which the form reports to the person.
pub fn clean_name(raw: &str) -> Option<String> {
    let name = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    (!name.is_empty()).then_some(name)
}

/// How someone is related to the person.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "&'static str")]
pub enum Relationship {
    Family,
    Partner,
    Friend,
    Colleague,
    Neighbour,
    /// Someone known through a group, club, class, faith or other community.
    Community,
    /// A doctor, counsellor, coach or other paid helper.
    Professional,
    Other,
}

coded!(Relationship {
    Family = "fam",
    Partner = "ptr",
    Friend = "fri",
    Colleague = "col",
    Neighbour = "nbr",
    Community = "grp",
    Professional = "pro",
    Other = "oth",
});

impl Relationship {
    pub fn label(self) -> &'static str {
        match self {
            Relationship::Family => "Family",
            Relationship::Partner => "Partner",
            Relationship::Friend => "Friend",
            Relationship::Colleague => "Colleague",
            Relationship::Neighbour => "Neighbour",
            Relationship::Community => "Group or community",
            Relationship::Professional => "Professional",
            Relationship::Other => "Other",
        }
    }
}

/// Closeness: which ring of the relationship map someone sits in.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(try_from = "String", into = "&'static str")]
pub enum Circle {
    Inner,
    /// The default: a new person is neither assumed close nor distant.
    #[default]
    Middle,
    Outer,
}

// Innermost first: the order of `Circle::ALL` is also the ring index of the map.
coded!(Circle {
    Inner = "in",
    Middle = "mid",
    Outer = "out",
});

impl Circle {
    pub fn label(self) -> &'static str {
        match self {
            Circle::Inner => "Inner circle",
            Circle::Middle => "Middle circle",
            Circle::Outer => "Outer circle",
        }
    }

    /// 0 for the inner ring, 1 middle, 2 outer.
    pub fn index(self) -> usize {
        match self {
            Circle::Inner => 0,
            Circle::Middle => 1,
            Circle::Outer => 2,
        }
    }
}

/// How the person usually feels after time with someone.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(try_from = "String", into = "&'static str")]
pub enum Energy {
    Energized,
    #[default]
    Neutral,
    Drained,
}

coded!(Energy {
    Energized = "up",
    Neutral = "even",
    Drained = "down",
});

impl Energy {
    pub fn label(self) -> &'static str {
        match self {
            Energy::Energized => "Energized",
            Energy::Neutral => "Neutral",
            Energy::Drained => "Drained",
        }
    }
}

/// A kind of support someone offers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "&'static str")]
pub enum Support {
    Emotional,
    Practical,
    Companionship,
    Advice,
    Fun,
}

coded!(Support {
    Emotional = "emo",
    Practical = "prac",
    Companionship = "comp",
    Advice = "adv",
    Fun = "fun",
});

impl Support {
    pub fn label(self) -> &'static str {
        match self {
            Support::Emotional => "Emotional support",
            Support::Practical => "Practical help",
            Support::Companionship => "Companionship",
            Support::Advice => "Advice",
            Support::Fun => "Fun",
        }
    }
}

/// A way of being in touch: both a person's preferred ways and the kind of a
/// logged interaction.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "&'static str")]
pub enum Channel {
    Call,
    Message,
    Video,
    InPerson,
    LetterOrGift,
}

coded!(Channel {
    Call = "call",
    Message = "msg",
    Video = "video",
    InPerson = "met",
    LetterOrGift = "gift",
});

impl Channel {
    pub fn label(self) -> &'static str {
        match self {
            Channel::Call => "Call",
            Channel::Message => "Message",
            Channel::Video => "Video call",
            Channel::InPerson => "In person",
            Channel::LetterOrGift => "Letter or gift",
        }
    }
}

/// How often the person would like to be in touch with someone.
///
/// Stored as `"w"`, `"f"`, `"m"`, `"q"` or `{"n": days}`. The custom number of
/// days is never zero, so a stored 0 is caught when loading.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Cadence {
    #[serde(rename = "w")]
    Weekly,
    #[serde(rename = "f")]
    Fortnightly,
    #[serde(rename = "m")]
    Monthly,
    #[serde(rename = "q")]
    Quarterly,
    #[serde(rename = "n")]
    EveryNDays(NonZeroU16),
}

impl Cadence {
    /// The fixed choices for a form; a custom number of days is
    /// `Cadence::EveryNDays`.
    pub const PRESETS: [Cadence; 4] = [
        Cadence::Weekly,
        Cadence::Fortnightly,
        Cadence::Monthly,
        Cadence::Quarterly,
    ];

    /// The interval in days. A month counts as 30 days and a quarter as 91,
    /// which is close enough for a gentle reminder.
    pub fn days(self) -> u32 {
        match self {
            Cadence::Weekly => 7,
            Cadence::Fortnightly => 14,
            Cadence::Monthly => 30,
            Cadence::Quarterly => 91,
            Cadence::EveryNDays(n) => u32::from(n.get()),
        }
    }

    pub fn label(self) -> String {
        match self {
            Cadence::Weekly => "Every week".to_string(),
            Cadence::Fortnightly => "Every two weeks".to_string(),
            Cadence::Monthly => "Every month".to_string(),
            Cadence::Quarterly => "Every three months".to_string(),
            Cadence::EveryNDays(n) if n.get() == 1 => "Every day".to_string(),
            Cadence::EveryNDays(n) => format!("Every {n} days"),
        }
    }
}

/// A birthday: month and day, with the year only if the person knows it.
/// February 29 is allowed (with no year, or a leap year).
///
/// Stored as text in the ISO 8601 / vCard style: `"1990-03-14"`, or
/// `"--03-14"` without a year. Reading checks the date is real.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Birthday {
    month: u8,
    day: u8,
    year: Option<i32>,
}

#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum BirthdayError {
    #[error("Months run from 1 to 12, so there is no month {0}.")]
    NoSuchMonth(u8),
    #[error("There is no day {day} in month {month}.")]
    NoSuchDay { month: u8, day: u8 },
    #[error("{year} was not a leap year, so it had no 29 February.")]
    NotALeapYear { year: i32 },
    #[error("\"{0}\" is not a birthday; expected YYYY-MM-DD or --MM-DD.")]
    Unreadable(String),
}

impl Birthday {
    pub fn new(month: u8, day: u8, year: Option<i32>) -> Result<Self, BirthdayError> {
        if !(1..=12).contains(&month) {
            return Err(BirthdayError::NoSuchMonth(month));
        }
        // 2000 is a leap year, so this accepts 29 February when no year is given.
        if NaiveDate::from_ymd_opt(2000, u32::from(month), u32::from(day)).is_none() {
            return Err(BirthdayError::NoSuchDay { month, day });
        }
        if let Some(y) = year {
            if NaiveDate::from_ymd_opt(y, u32::from(month), u32::from(day)).is_none() {
                return Err(if month == 2 && day == 29 {
                    BirthdayError::NotALeapYear { year: y }
                } else {
                    BirthdayError::NoSuchDay { month, day }
                });
            }
        }
        Ok(Birthday { month, day, year })
    }

    /// Reads a birthday from a form's three fields: month and day (both, or
    /// neither for no birthday) and an optional year. Errors are sentences
    /// for the person.
    pub fn from_form(month: &str, day: &str, year: &str) -> Result<Option<Birthday>, String> {
        let (month, day, year) = (month.trim(), day.trim(), year.trim());
        if month.is_empty() && day.is_empty() && year.is_empty() {
            return Ok(None);
        }
        if month.is_empty() || day.is_empty() {
            return Err("Please give both the month and the day.".into());
        }
        let not_a_number = || "The month, day and year must be numbers.".to_string();
        let m: u8 = month.parse().map_err(|_| not_a_number())?;
        let d: u8 = day.parse().map_err(|_| not_a_number())?;
        let y = if year.is_empty() {
            None
        } else {
            Some(year.parse::<i32>().map_err(|_| not_a_number())?)
        };
        Birthday::new(m, d, y).map(Some).map_err(|e| e.to_string())
    }

    pub fn month(self) -> u8 {
        self.month
    }

    pub fn day(self) -> u8 {
        self.day
    }

    pub fn year(self) -> Option<i32> {
        self.year
    }

    /// The day it is celebrated in `year`. In a common year, a 29 February
    /// birthday is kept on 28 February, so it is never skipped.
    pub fn in_year(self, year: i32) -> Option<NaiveDate> {
        let (m, d) = (u32::from(self.month), u32::from(self.day));
        NaiveDate::from_ymd_opt(year, m, d)
            .or_else(|| NaiveDate::from_ymd_opt(year, m, d.saturating_sub(1)))
    }

    /// The next celebration on or after `today`.
    pub fn next_on_or_after(self, today: NaiveDate) -> Option<NaiveDate> {
        match self.in_year(today.year()) {
            Some(d) if d >= today => Some(d),
            _ => self.in_year(today.year() + 1),
        }
    }
}

impl fmt::Display for Birthday {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.year {
            Some(y) => write!(f, "{y:04}-{:02}-{:02}", self.month, self.day),
            None => write!(f, "--{:02}-{:02}", self.month, self.day),
        }
    }
}

impl From<Birthday> for String {
    fn from(b: Birthday) -> String {
        b.to_string()
    }
}

impl TryFrom<String> for Birthday {
    type Error = BirthdayError;

    fn try_from(s: String) -> Result<Self, Self::Error> {
        s.parse()
    }
}

impl std::str::FromStr for Birthday {
    type Err = BirthdayError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let unreadable = || BirthdayError::Unreadable(s.to_string());
        let (year, rest) = match s.strip_prefix("--") {
            Some(rest) => (None, rest),
            None => {
                let (y, rest) = s.split_once('-').ok_or_else(unreadable)?;
                if y.len() != 4 || !y.bytes().all(|c| c.is_ascii_digit()) {
                    return Err(unreadable());
                }
                (Some(y.parse::<i32>().map_err(|_| unreadable())?), rest)
            }
        };
        let (m, d) = rest.split_once('-').ok_or_else(unreadable)?;
        let two_digits = |t: &str| -> Result<u8, BirthdayError> {
            if t.len() == 2 && t.bytes().all(|c| c.is_ascii_digit()) {
                t.parse().map_err(|_| unreadable())
            } else {
                Err(unreadable())
            }
        };
        Birthday::new(two_digits(m)?, two_digits(d)?, year)
    }
}
