//! The check-up: three short instruments, each plain data (questions with
//! ids, answer options with labels and values) plus a scoring function.
//!
//! Answers arrive as `Option<u8>` per question, in question order: `None`
//! means not answered. Scoring refuses anything incomplete rather than
//! counting a missing answer as zero, because a silent zero would make a
//! result look lonelier or more isolated than the person said.
//!
//! - `loneliness`: the three-item loneliness scale (Hughes et al., 2004).
//! - `network`: the six-item Lubben Social Network Scale (Lubben et al., 2006).
//! - `skills`: Tend's own reflection on eight connection habits.
//! - `checkup`: the stored record of a completed check-up, and when the next
//!   one is due.

pub mod checkup;
pub mod loneliness;
pub mod network;
pub mod skills;

use crate::model::code::coded;
use serde::{Deserialize, Serialize};
use thiserror::Error;

pub use checkup::{checkup_due, CheckupRecord};
pub use loneliness::{LonelinessBand, LonelinessResult};
pub use network::{NetworkBand, NetworkResult, Subscale};
pub use skills::{Skill, SkillsResult};

/// One question of an instrument.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Question {
    /// Stable identifier: used to point at unanswered questions and as an
    /// element id in the form. Never changes once released.
    pub id: &'static str,
    pub text: &'static str,
    /// A heading the question is grouped under (LSNS-6: family, friends).
    pub section: Option<&'static str>,
}

/// One answer choice; every question of an instrument shares the same set.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AnswerOption {
    pub value: u8,
    pub label: &'static str,
}

/// An instrument as data, enough for the UI to draw the whole form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Instrument {
    pub kind: CheckupKind,
    pub questions: &'static [Question],
    /// In the order to show them, lowest value first.
    pub options: &'static [AnswerOption],
    /// Its name. The rest of its framing (introduction, what it is and is
    /// not, its source) is `content::checkup::framing`'s: only the check-up
    /// screen shows it, so its text is not in the code Today needs.
    pub title: &'static str,
}

/// Which instrument a check-up used.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "&'static str")]
pub enum CheckupKind {
    Loneliness,
    Network,
    Skills,
}

coded!(CheckupKind {
    Loneliness = "lon",
    Network = "net",
    Skills = "ski",
});

impl CheckupKind {
    pub fn label(self) -> &'static str {
        self.instrument().title
    }

    pub fn instrument(self) -> &'static Instrument {
        match self {
            CheckupKind::Loneliness => &loneliness::INSTRUMENT,
            CheckupKind::Network => &network::INSTRUMENT,
            CheckupKind::Skills => &skills::INSTRUMENT,
        }
    }
}

/// Why a set of answers cannot be scored. The messages are for the person.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum ScoreError {
    /// Some questions have no answer; `missing` holds their ids in order.
    #[error("Please answer every question to see your result ({} still open).", missing.len())]
    Incomplete { missing: Vec<&'static str> },
    /// An answer value that none of the choices has (only possible from
    /// damaged stored data or a programming slip).
    #[error("The answer {value} to question \"{question}\" is not one of its choices.")]
    NotAnOption { question: &'static str, value: u8 },
    #[error("This check-up has {expected} questions, but {found} answers were given.")]
    TooManyAnswers { expected: usize, found: usize },
}

impl Instrument {
    /// Checks `answers` against the questions and options and returns the
    /// values in question order. Fewer answers than questions count as
    /// unanswered, never as zero.
    pub fn check(&self, answers: &[Option<u8>]) -> Result<Vec<u8>, ScoreError> {
        if answers.len() > self.questions.len() {
            return Err(ScoreError::TooManyAnswers {
                expected: self.questions.len(),
                found: answers.len(),
            });
        }
        let mut values = Vec::with_capacity(self.questions.len());
        let mut missing = Vec::new();
        for (i, q) in self.questions.iter().enumerate() {
            match answers.get(i).copied().flatten() {
                Some(v) if self.options.iter().any(|o| o.value == v) => values.push(v),
                Some(v) => {
                    return Err(ScoreError::NotAnOption {
                        question: q.id,
                        value: v,
                    })
                }
                None => missing.push(q.id),
            }
        }
        if missing.is_empty() {
            Ok(values)
        } else {
            Err(ScoreError::Incomplete { missing })
        }
    }

    /// The lowest possible total: every question at its lowest option.
    pub fn min_total(&self) -> u8 {
        let low = self.options.iter().map(|o| o.value).min().unwrap_or(0);
        low.saturating_mul(u8::try_from(self.questions.len()).unwrap_or(u8::MAX))
    }

    /// The highest possible total: every question at its highest option.
    pub fn max_total(&self) -> u8 {
        let high = self.options.iter().map(|o| o.value).max().unwrap_or(0);
        high.saturating_mul(u8::try_from(self.questions.len()).unwrap_or(u8::MAX))
    }

    /// The label of the option with `value`, for showing past answers.
    pub fn option_label(&self, value: u8) -> Option<&'static str> {
        self.options
            .iter()
            .find(|o| o.value == value)
            .map(|o| o.label)
    }
}

/// The scored outcome of any one instrument.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CheckupResult {
    Loneliness(LonelinessResult),
    Network(NetworkResult),
    Skills(SkillsResult),
}

impl CheckupResult {
    pub fn kind(&self) -> CheckupKind {
        match self {
            CheckupResult::Loneliness(_) => CheckupKind::Loneliness,
            CheckupResult::Network(_) => CheckupKind::Network,
            CheckupResult::Skills(_) => CheckupKind::Skills,
        }
    }

    pub fn total(&self) -> u8 {
        match self {
            CheckupResult::Loneliness(r) => r.total,
            CheckupResult::Network(r) => r.total,
            CheckupResult::Skills(r) => r.total,
        }
    }

    /// Whether the gentle "talk to someone" section should show: loneliness
    /// in the higher band, or a network at risk of isolation.
    pub fn talk_to_someone(&self) -> bool {
        match self {
            CheckupResult::Loneliness(r) => r.talk_to_someone(),
            CheckupResult::Network(r) => r.talk_to_someone(),
            CheckupResult::Skills(_) => false,
        }
    }

    /// Plain-language meaning of the result, one paragraph each.
    pub fn meaning(&self) -> Vec<&'static str> {
        match self {
            CheckupResult::Loneliness(r) => vec![r.band.meaning()],
            CheckupResult::Network(r) => r.meaning(),
            CheckupResult::Skills(_) => Vec::new(),
        }
    }
}

/// Scores `answers` with the instrument of `kind`.
pub fn score(kind: CheckupKind, answers: &[Option<u8>]) -> Result<CheckupResult, ScoreError> {
    Ok(match kind {
        CheckupKind::Loneliness => CheckupResult::Loneliness(loneliness::score(answers)?),
        CheckupKind::Network => CheckupResult::Network(network::score(answers)?),
        CheckupKind::Skills => CheckupResult::Skills(skills::score(answers)?),
    })
}

/// Sums checked values. Every instrument's maximum (at most 40) fits in a u8.
fn sum(values: &[u8]) -> u8 {
    values.iter().fold(0u8, |acc, v| acc.saturating_add(*v))
}
