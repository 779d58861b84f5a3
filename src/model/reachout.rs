//! The reach-out kit: everything Tend offers to help the person actually
//! write to (or call) someone, as pure functions the screens call. It is
//! offered on every due or drifting check-in (Today), on each person
//! (People) and on each reconnect plan.
//!
//! - [`occasion`]: why Tend is suggesting it, which picks the words. In
//!   order: a birthday today; a birthday within [`BIRTHDAY_SOON_DAYS`]; a
//!   reconnect plan that is not done (its reason); drifting; due (or never
//!   contacted); otherwise just hello.
//! - [`openers`]: two or three openers from `content::openers` that fit the
//!   occasion, the relationship (its [`tone`]) and the channel (its
//!   [`form`]), with the name filled in ([`name_for`]).
//! - [`links`]: the `sms:`, `tel:` and `mailto:` links for the person's own
//!   numbers and addresses, carrying the message, the chosen channel's
//!   kind first.
//! - [`glance`]: the context in one glance: the last contact (its day,
//!   channel and note), the latest journal entry about them, their next
//!   date, and gift ideas.
//!
//! Sending itself (the share sheet, a link, Copy) belongs to the screen;
//! it then keeps a `reach::Reach` so Tend can ask "Did you reach …?" once.

use super::cadence::CheckIn;
use super::challenge::reconnect::{Reason, ReconnectPlan};
use super::contact::{self, ContactLink, LinkKind};
use super::interaction::Interaction;
use super::journal::JournalEntry;
use super::milestone::{gift_ideas, upcoming, GiftIdeas, Milestone, Upcoming};
use super::people::{Channel, Person, Relationship};
use crate::content::openers::{self as text, Form, OpenerSet, Tone};
use chrono::NaiveDate;

/// A birthday this many days ahead or fewer is "soon" (today is "today").
pub const BIRTHDAY_SOON_DAYS: i64 = 7;

/// The most openers offered at once.
pub const MAX_OPENERS: usize = 3;

/// Why the kit suggests reaching out, which picks the words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Occasion {
    /// Their birthday is today.
    Birthday,
    /// Their birthday is on `on`, within [`BIRTHDAY_SOON_DAYS`].
    BirthdaySoon {
        on: NaiveDate,
    },
    /// A reconnect plan for them is under way, for this reason.
    Reconnect(Reason),
    Drifting,
    Due,
    /// Nothing in particular.
    Hello,
}

impl Occasion {
    /// The words for this occasion. A reconnect plan for "something else"
    /// uses the words for losing touch, the most general of them.
    pub fn text(self) -> &'static OpenerSet {
        match self {
            Occasion::Birthday => &text::BIRTHDAY,
            Occasion::BirthdaySoon { .. } => &text::BIRTHDAY_SOON,
            Occasion::Reconnect(Reason::Busy) => &text::BUSY,
            Occasion::Reconnect(Reason::MovedAway) => &text::MOVED,
            Occasion::Reconnect(Reason::Conflict) => &text::CONFLICT,
            Occasion::Reconnect(Reason::LackOfCommunication | Reason::Other) => &text::LOST_TOUCH,
            Occasion::Drifting => &text::DRIFTING,
            Occasion::Due => &text::DUE,
            Occasion::Hello => &text::HELLO,
        }
    }
}

/// The first live reconnect plan for `person_id` that is not done yet.
pub fn live_plan<'a>(plans: &'a [ReconnectPlan], person_id: &str) -> Option<&'a ReconnectPlan> {
    plans
        .iter()
        .find(|p| !p.stamp.deleted && p.person == person_id && !p.is_done())
}

/// Why to reach out to `person` on `today`: see the module note. `status`
/// is their check-in status (`cadence::status_with`), `plan` their live
/// reconnect plan (see [`live_plan`]; the reconnect screen passes its own).
pub fn occasion(
    person: &Person,
    status: CheckIn,
    today: NaiveDate,
    plan: Option<&ReconnectPlan>,
) -> Occasion {
    if let Some(on) = person.birthday.and_then(|b| b.next_on_or_after(today)) {
        match (on - today).num_days() {
            0 => return Occasion::Birthday,
            d if d <= BIRTHDAY_SOON_DAYS => return Occasion::BirthdaySoon { on },
            _ => {}
        }
    }
    if let Some(plan) = plan.filter(|p| !p.stamp.deleted) {
        return Occasion::Reconnect(plan.reason);
    }
    match status {
        CheckIn::Drifting { .. } => Occasion::Drifting,
        CheckIn::Due { .. } | CheckIn::NeverContacted => Occasion::Due,
        _ => Occasion::Hello,
    }
}

/// How familiar the words sound for a relationship. Not set counts as a
/// friend: warm, but not as close as family.
pub fn tone(relationship: Option<Relationship>) -> Tone {
    match relationship {
        Some(Relationship::Family | Relationship::Partner) => Tone::Close,
        Some(Relationship::Colleague | Relationship::Neighbour | Relationship::Community) => {
            Tone::Acquainted
        }
        Some(Relationship::Professional) => Tone::Professional,
        Some(Relationship::Friend | Relationship::Other) | None => Tone::Friendly,
    }
}

/// How the words are used on a channel: said on a call or video call,
/// an invitation for meeting in person, written otherwise.
pub fn form(channel: Channel) -> Form {
    match channel {
        Channel::Call | Channel::Video => Form::Say,
        Channel::InPerson => Form::Meet,
        Channel::Message | Channel::LetterOrGift => Form::Write,
    }
}

/// The channel the kit starts with: the one the person prefers for them,
/// else the first of the ways they like to connect, else a message.
pub fn channel_for(person: &Person) -> Channel {
    person
        .prefers
        .or_else(|| person.ways.iter().next().copied())
        .unwrap_or(Channel::Message)
}

/// The name the openers use: the first word of the name, unless it is a
/// title ("Dr.", "Mrs") or the tie is professional, where the whole name
/// reads better ("Hello Dr Patel").
pub fn name_for(person: &Person) -> String {
    let whole = person.name.split_whitespace().collect::<Vec<_>>().join(" ");
    if tone(person.relationship) == Tone::Professional {
        return whole;
    }
    let mut words = whole.split(' ');
    let first = words.next().unwrap_or_default();
    const TITLES: [&str; 8] = ["dr", "mr", "mrs", "ms", "mx", "prof", "sir", "dame"];
    let bare = first.trim_end_matches('.');
    if TITLES.iter().any(|t| bare.eq_ignore_ascii_case(t)) && words.next().is_some() {
        whole
    } else {
        first.to_string()
    }
}

/// Two or three openers for `occasion` that fit `person`'s relationship and
/// `channel`, most fitting first, with their name filled in.
pub fn openers(occasion: Occasion, person: &Person, channel: Channel) -> Vec<String> {
    let (tone, form) = (tone(person.relationship), form(channel));
    let name = name_for(person);
    occasion
        .text()
        .lines
        .iter()
        .filter(|o| o.tones.contains(&tone) && o.forms.contains(&form))
        .take(MAX_OPENERS)
        .map(|o| o.text.replace(text::NAME, &name))
        .collect()
}

/// Everything the kit shows for one person at once.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Kit {
    pub occasion: Occasion,
    /// Why, in a few words ("Time for a check-in").
    pub title: &'static str,
    /// The subject of an email.
    pub subject: &'static str,
    /// The channel it starts on (the person may change it).
    pub channel: Channel,
    /// Two or three openers to start from; the person edits before sending.
    pub openers: Vec<String>,
}

/// The kit for `person` on `today`: [`occasion`], then [`openers`] for
/// `channel` (or [`channel_for`] when `None`).
pub fn kit(
    person: &Person,
    status: CheckIn,
    today: NaiveDate,
    plan: Option<&ReconnectPlan>,
    channel: Option<Channel>,
) -> Kit {
    let occasion = occasion(person, status, today, plan);
    let channel = channel.unwrap_or_else(|| channel_for(person));
    let set = occasion.text();
    Kit {
        occasion,
        title: set.title,
        subject: set.subject,
        channel,
        openers: openers(occasion, person, channel),
    }
}

/// The contact links for `person`'s own numbers and addresses with
/// `message` (see `contact::links`), the kind that suits `channel` first:
/// a call for a call or video call, an email for a letter, a text
/// otherwise; each kind keeps the person's order of numbers.
pub fn links(person: &Person, channel: Channel, subject: &str, message: &str) -> Vec<ContactLink> {
    let mut out = contact::links(&person.phones, &person.emails, subject, message);
    let first = match channel {
        Channel::Call | Channel::Video => LinkKind::Call,
        Channel::LetterOrGift => LinkKind::Email,
        Channel::Message | Channel::InPerson => LinkKind::Text,
    };
    super::order::sort_by(&mut out, |l| {
        let rank = match l.kind {
            k if k == first => 0,
            LinkKind::Text => 1,
            LinkKind::Call => 2,
            LinkKind::Email => 3,
        };
        super::order::Key(rank, 0, String::new())
    });
    out
}

/// The last contact, as the kit shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LastContact<'a> {
    pub day: NaiveDate,
    /// How, when it was logged; `None` for a day entered by hand.
    pub channel: Option<Channel>,
    /// The logged contact's note ("" when none).
    pub note: &'a str,
}

/// The context in one glance.
#[derive(Clone, Debug, PartialEq)]
pub struct Glance<'a> {
    pub last_contact: Option<LastContact<'a>>,
    /// The latest journal entry about them (newest day; same day, newest
    /// written).
    pub entry: Option<&'a JournalEntry>,
    /// Their next birthday or date to remember, within a year.
    pub next_date: Option<Upcoming<'a>>,
    pub gifts: &'a [String],
}

/// The context in one glance for `person` on `today`.
///
/// The last contact is the latest live logged interaction, unless the day
/// entered by hand on the person is later (then it has no channel or
/// note). The journal entry is the latest live one linked to them (an
/// `@Name` mention links them when the entry is saved).
pub fn glance<'a>(
    person: &'a Person,
    interactions: &'a [Interaction],
    journal: &'a [JournalEntry],
    milestones: &'a [Milestone],
    gifts: &'a [GiftIdeas],
    today: NaiveDate,
) -> Glance<'a> {
    let id = person.stamp.id.as_str();
    let logged = interactions
        .iter()
        .filter(|i| !i.stamp.deleted && i.person == id)
        .max_by_key(|i| (i.day, i.stamp.created_at));
    let last_contact = match (logged, person.last_contact) {
        (Some(i), by_hand) if by_hand.is_none_or(|d| d <= i.day) => Some(LastContact {
            day: i.day,
            channel: Some(i.kind),
            note: &i.note,
        }),
        (_, Some(day)) => Some(LastContact {
            day,
            channel: None,
            note: "",
        }),
        _ => None,
    };
    let entry = journal
        .iter()
        .filter(|e| !e.stamp.deleted && e.people.iter().any(|p| p == id))
        .max_by_key(|e| (e.day, e.stamp.created_at));
    let next_date = upcoming(std::slice::from_ref(person), milestones, today, 366)
        .into_iter()
        .next();
    Glance {
        last_contact,
        entry,
        next_date,
        gifts: gift_ideas(gifts, id),
    }
}
