//! The three-item loneliness scale (Hughes, Waite, Hawkley & Cacioppo,
//! 2004). Each answer is 1 (hardly ever) to 3 (often); the total runs 3–9,
//! and 6 or more is commonly read as lonely.

use super::{sum, AnswerOption, CheckupKind, Instrument, Question, ScoreError};
use crate::content::checkup as text;

pub const MIN_TOTAL: u8 = 3;
pub const MAX_TOTAL: u8 = 9;
/// Totals from this value up fall in the higher band.
pub const LONELY_FROM: u8 = 6;

pub const QUESTIONS: &[Question] = &[
    Question {
        id: "lon-companionship",
        text: "How often do you feel that you lack companionship?",
        section: None,
    },
    Question {
        id: "lon-left-out",
        text: "How often do you feel left out?",
        section: None,
    },
    Question {
        id: "lon-isolated",
        text: "How often do you feel isolated from others?",
        section: None,
    },
];

pub const OPTIONS: &[AnswerOption] = &[
    AnswerOption {
        value: 1,
        label: "Hardly ever",
    },
    AnswerOption {
        value: 2,
        label: "Some of the time",
    },
    AnswerOption {
        value: 3,
        label: "Often",
    },
];

pub const INSTRUMENT: Instrument = Instrument {
    kind: CheckupKind::Loneliness,
    questions: QUESTIONS,
    options: OPTIONS,
    title: text::LONELINESS.title,
};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum LonelinessBand {
    /// Total 3–5.
    Lower,
    /// Total 6–9.
    Higher,
}

impl LonelinessBand {
    pub fn of(total: u8) -> Self {
        if total >= LONELY_FROM {
            LonelinessBand::Higher
        } else {
            LonelinessBand::Lower
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            LonelinessBand::Lower => "Lower loneliness",
            LonelinessBand::Higher => "Higher loneliness",
        }
    }

    /// What this band means, in plain words.
    pub fn meaning(self) -> &'static str {
        match self {
            LonelinessBand::Lower => text::LONELINESS_LOWER,
            LonelinessBand::Higher => text::LONELINESS_HIGHER,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LonelinessResult {
    pub total: u8,
    pub band: LonelinessBand,
}

impl LonelinessResult {
    pub fn talk_to_someone(&self) -> bool {
        self.band == LonelinessBand::Higher
    }
}

pub fn score(answers: &[Option<u8>]) -> Result<LonelinessResult, ScoreError> {
    let total = sum(&INSTRUMENT.check(answers)?);
    Ok(LonelinessResult {
        total,
        band: LonelinessBand::of(total),
    })
}
