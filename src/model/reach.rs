//! Reach-outs: a message the person sent from Tend's reach-out kit
//! ("Send…", a `sms:`/`mailto:`/`tel:` link or Copy). When they come back,
//! Tend asks once "Did you reach Ada?"; Yes logs the contact with that
//! channel, Not yet keeps the check-in due. An answered reach-out is never
//! asked about again.
//!
//! # When to ask
//!
//! "Coming back" is one of two moments ([`Back`]): the next start of Tend,
//! or the tab becoming visible again after at least [`AWAY_SECONDS`] away
//! (a glance at another tab is not a return). At such a moment
//! [`to_ask`] gives one question per person, for the reach-outs that
//!
//! - were sent before the person left (at a start: any time before it),
//! - within the last [`MAX_AGE_DAYS`] days (after that the question would
//!   only puzzle),
//! - have no answer and have not been asked about yet.
//!
//! Showing the question marks every reach-out in it asked
//! ([`Reach::mark_asked`]), answered or not: **asked once per send**, and
//! never again after an answer. Two sends to the same person before coming
//! back make one question, with the channel of the latest.
//!
//! # The answer
//!
//! [`Reach::answer`] keeps it; for Yes, [`logged_contact`] is the
//! interaction to log: that channel, on the day the message was sent (or
//! today, if that day is unknown or later), which restarts the check-in
//! clock like any logged contact. Not yet logs nothing, so the check-in
//! stays due.

use super::code::coded;
use super::interaction::Interaction;
use super::people::Channel;
use super::record::Stamp;
use crate::model::record::record;
use chrono::{DateTime, Duration, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

record! {
    #[derive(Clone, Debug, PartialEq)]
    pub struct Reach {
        /// The `id` of the person written to.
        #[serde(rename = "p")]
        pub person: String,
        /// How: the channel a Yes logs.
        #[serde(rename = "k")]
        pub channel: Channel,
        /// The answer to "Did you reach them?", once given.
        #[serde(rename = "a", default, skip_serializing_if = "Option::is_none")]
        pub answer: Option<ReachAnswer>,
        /// The local day it was sent (its `created_at` is UTC).
        #[serde(
            rename = "d",
            default,
            skip_serializing_if = "Option::is_none",
            with = "super::day::iso_opt"
        )]
        pub day: Option<NaiveDate>,
        /// "Did you reach them?" was shown: it is not shown again.
        #[serde(rename = "q", default, skip_serializing_if = "std::ops::Not::not")]
        pub asked: bool,
    }
}

/// The answer to "Did you reach them?".
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "&'static str")]
pub enum ReachAnswer {
    Yes,
    NotYet,
}

coded!(ReachAnswer {
    Yes = "yes",
    NotYet = "not",
});

/// Away for less than this is not coming back (seconds).
pub const AWAY_SECONDS: i64 = 60;
/// Reach-outs older than this are not asked about (days).
pub const MAX_AGE_DAYS: i64 = 7;

/// A moment the person comes back to Tend.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Back {
    /// Tend has just started (a new page load).
    Start,
    /// The tab became visible again; it was hidden at `hidden_at`.
    Visible { hidden_at: DateTime<Utc> },
}

/// One "Did you reach …?" question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Question {
    /// The person's id.
    pub person: String,
    /// The channel of the latest send, which a Yes logs.
    pub channel: Channel,
    /// Every reach-out the question settles, oldest first.
    pub reaches: Vec<String>,
}

impl Reach {
    /// A reach-out sent now (`stamp`) on the local day `day`.
    pub fn new(stamp: Stamp, person: String, channel: Channel, day: NaiveDate) -> Reach {
        Reach {
            stamp,
            person,
            channel,
            answer: None,
            day: Some(day),
            asked: false,
        }
    }

    /// The question about it has been shown.
    pub fn mark_asked(&mut self) {
        self.asked = true;
    }

    /// Keeps the answer (and that it was asked). Returns false, changing
    /// nothing, when it was answered already: an answer is given once.
    pub fn answer(&mut self, answer: ReachAnswer) -> bool {
        if self.answer.is_some() {
            return false;
        }
        self.answer = Some(answer);
        self.asked = true;
        true
    }

    /// Still waiting for its question: live, unanswered, never asked.
    pub fn is_waiting(&self) -> bool {
        !self.stamp.deleted && self.answer.is_none() && !self.asked
    }
}

/// The questions to ask at the moment `back`, at `now`; see the module
/// note. Ordered by the latest send, oldest first.
pub fn to_ask(reaches: &[Reach], back: Back, now: DateTime<Utc>) -> Vec<Question> {
    let left = match back {
        Back::Start => now,
        Back::Visible { hidden_at } => {
            if now - hidden_at < Duration::seconds(AWAY_SECONDS) {
                return Vec::new();
            }
            hidden_at
        }
    };
    let oldest = now - Duration::days(MAX_AGE_DAYS);
    let mut sends: Vec<&Reach> = reaches
        .iter()
        .filter(|r| r.is_waiting())
        .filter(|r| r.stamp.created_at <= left && r.stamp.created_at >= oldest)
        .collect();
    super::order::sort_by(&mut sends, |r| {
        super::order::Key(
            super::order::instant(r.stamp.created_at),
            0,
            r.stamp.id.clone(),
        )
    });
    let mut out: Vec<Question> = Vec::new();
    for r in sends {
        match out.iter().position(|q| q.person == r.person) {
            Some(i) => {
                // A later send to the same person: one question, its channel.
                let mut q = out.remove(i);
                q.channel = r.channel;
                q.reaches.push(r.stamp.id.clone());
                out.push(q);
            }
            None => out.push(Question {
                person: r.person.clone(),
                channel: r.channel,
                reaches: vec![r.stamp.id.clone()],
            }),
        }
    }
    out
}

/// The contact a Yes logs for `reach`: its channel, on the day it was sent
/// (never after `today`), with no note.
pub fn logged_contact(reach: &Reach, stamp: Stamp, today: NaiveDate) -> Interaction {
    Interaction {
        stamp,
        person: reach.person.clone(),
        kind: reach.channel,
        day: reach.day.map_or(today, |d| d.min(today)),
        note: String::new(),
    }
}

/// Answers `question` in `reaches`: each reach-out it settles that has no
/// answer yet gets `answer` (the caller stamps the changed ones: their ids
/// are `question.reaches`). For Yes, returns the contact to log, from the
/// latest of them ([`logged_contact`], given the new interaction's
/// `stamp`); for Not yet, or when all were answered already (in another
/// tab, say), `None`.
pub fn answer_question(
    reaches: &mut [Reach],
    question: &Question,
    answer: ReachAnswer,
    stamp: Stamp,
    today: NaiveDate,
) -> Option<Interaction> {
    let mut latest: Option<&Reach> = None;
    for r in reaches
        .iter_mut()
        .filter(|r| !r.stamp.deleted && question.reaches.contains(&r.stamp.id))
    {
        if r.answer(answer) && latest.is_none_or(|l| r.stamp.created_at >= l.stamp.created_at) {
            latest = Some(r);
        }
    }
    match (answer, latest) {
        (ReachAnswer::Yes, Some(r)) => Some(logged_contact(r, stamp, today)),
        _ => None,
    }
}
