//! The six-item Lubben Social Network Scale, LSNS-6 (Lubben et al., 2006):
//! three questions about relatives, then the same three about friends. Each
//! answer is 0–5, so the total runs 0–30 and each side 0–15. A total below 12
//! marks risk of social isolation; a side below 6 marks few ties there.

use super::{sum, AnswerOption, CheckupKind, Instrument, Question, ScoreError};
use crate::content::checkup as text;

pub const MAX_TOTAL: u8 = 30;
pub const SUBSCALE_MAX: u8 = 15;
/// Totals below this value mark risk of social isolation.
pub const AT_RISK_BELOW: u8 = 12;
/// A family or friends score below this value marks few ties on that side.
pub const FEW_TIES_BELOW: u8 = 6;

const FAMILY: Option<&str> =
    Some("Family: people you are related to by birth, marriage or adoption");
const FRIENDS: Option<&str> = Some("Friends, including those who live nearby");

/// Questions 0–2 are the family side, 3–5 the friends side.
pub const QUESTIONS: &[Question] = &[
    Question {
        id: "net-family-contact",
        text: "How many relatives do you see or hear from at least once a month?",
        section: FAMILY,
    },
    Question {
        id: "net-family-private",
        text: "How many relatives do you feel at ease with, so that you can talk about private \
             matters?",
        section: FAMILY,
    },
    Question {
        id: "net-family-help",
        text: "How many relatives do you feel close to, so that you could call on them for help?",
        section: FAMILY,
    },
    Question {
        id: "net-friends-contact",
        text: "How many of your friends do you see or hear from at least once a month?",
        section: FRIENDS,
    },
    Question {
        id: "net-friends-private",
        text: "How many friends do you feel at ease with, so that you can talk about private \
             matters?",
        section: FRIENDS,
    },
    Question {
        id: "net-friends-help",
        text: "How many friends do you feel close to, so that you could call on them for help?",
        section: FRIENDS,
    },
];

pub const OPTIONS: &[AnswerOption] = &[
    AnswerOption {
        value: 0,
        label: "None",
    },
    AnswerOption {
        value: 1,
        label: "One",
    },
    AnswerOption {
        value: 2,
        label: "Two",
    },
    AnswerOption {
        value: 3,
        label: "Three or four",
    },
    AnswerOption {
        value: 4,
        label: "Five to eight",
    },
    AnswerOption {
        value: 5,
        label: "Nine or more",
    },
];

pub const INSTRUMENT: Instrument = Instrument {
    kind: CheckupKind::Network,
    questions: QUESTIONS,
    options: OPTIONS,
    title: text::NETWORK.title,
};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum NetworkBand {
    /// Total 0–11.
    AtRisk,
    /// Total 12–30.
    NotAtRisk,
}

impl NetworkBand {
    pub fn of(total: u8) -> Self {
        if total < AT_RISK_BELOW {
            NetworkBand::AtRisk
        } else {
            NetworkBand::NotAtRisk
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            NetworkBand::AtRisk => "At risk of isolation",
            NetworkBand::NotAtRisk => "Not at risk of isolation",
        }
    }

    pub fn meaning(self) -> &'static str {
        match self {
            NetworkBand::AtRisk => text::NETWORK_AT_RISK,
            NetworkBand::NotAtRisk => text::NETWORK_NOT_AT_RISK,
        }
    }
}

/// One side of the network (family or friends), 0–15.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Subscale {
    pub score: u8,
    /// Below 6: few ties on this side.
    pub few_ties: bool,
}

impl Subscale {
    pub fn of(score: u8) -> Self {
        Subscale {
            score,
            few_ties: score < FEW_TIES_BELOW,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NetworkResult {
    pub total: u8,
    pub band: NetworkBand,
    pub family: Subscale,
    pub friends: Subscale,
}

impl NetworkResult {
    pub fn talk_to_someone(&self) -> bool {
        self.band == NetworkBand::AtRisk
    }

    /// The band's meaning, then a note for each side with few ties.
    pub fn meaning(&self) -> Vec<&'static str> {
        let mut out = vec![self.band.meaning()];
        if self.family.few_ties {
            out.push(text::FAMILY_FEW_TIES);
        }
        if self.friends.few_ties {
            out.push(text::FRIENDS_FEW_TIES);
        }
        out
    }
}

pub fn score(answers: &[Option<u8>]) -> Result<NetworkResult, ScoreError> {
    let values = INSTRUMENT.check(answers)?;
    let (family, friends) = values.split_at(values.len().min(3));
    let total = sum(&values);
    Ok(NetworkResult {
        total,
        band: NetworkBand::of(total),
        family: Subscale::of(sum(family)),
        friends: Subscale::of(sum(friends)),
    })
}
