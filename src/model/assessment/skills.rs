//! Connection skills: a self-rating, 1–5, of eight everyday habits. It is a
//! reflection rather than a validated scale, so its result is not a band but
//! two focus areas (the lowest ratings), each with a few small actions.

use super::{sum, AnswerOption, CheckupKind, Instrument, Question, ScoreError};
use crate::content::checkup as text;

pub const MIN_TOTAL: u8 = 8;
pub const MAX_TOTAL: u8 = 40;

/// One habit. The order of `Skill::ALL` is the question order and breaks
/// ties when choosing focus areas.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Skill {
    Honesty,
    Empathy,
    ClearNeeds,
    Boundaries,
    CheckingIn,
    Listening,
    Help,
    Gratitude,
}

impl Skill {
    pub const ALL: [Skill; 8] = [
        Skill::Honesty,
        Skill::Empathy,
        Skill::ClearNeeds,
        Skill::Boundaries,
        Skill::CheckingIn,
        Skill::Listening,
        Skill::Help,
        Skill::Gratitude,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Skill::Honesty => "Being honest and authentic",
            Skill::Empathy => "Empathy",
            Skill::ClearNeeds => "Saying clearly what you need",
            Skill::Boundaries => "Respecting boundaries",
            Skill::CheckingIn => "Checking in",
            Skill::Listening => "Full attention and listening",
            Skill::Help => "Giving and asking for help",
            Skill::Gratitude => "Gratitude",
        }
    }

    /// Two or three small, concrete things to try.
    pub fn actions(self) -> &'static [&'static str] {
        match self {
            Skill::Honesty => text::HONESTY_ACTIONS,
            Skill::Empathy => text::EMPATHY_ACTIONS,
            Skill::ClearNeeds => text::NEEDS_ACTIONS,
            Skill::Boundaries => text::BOUNDARIES_ACTIONS,
            Skill::CheckingIn => text::CHECKING_IN_ACTIONS,
            Skill::Listening => text::LISTENING_ACTIONS,
            Skill::Help => text::HELP_ACTIONS,
            Skill::Gratitude => text::GRATITUDE_ACTIONS,
        }
    }

    /// The question about this habit.
    pub fn question(self) -> &'static Question {
        // The variants are declared in question order, so the discriminant
        // is the question's index.
        &QUESTIONS[self as usize]
    }
}

/// In `Skill::ALL` order.
pub const QUESTIONS: &[Question] = &[
    Question {
        id: "ski-honesty",
        text: "I let people see what I really think and feel.",
        section: None,
    },
    Question {
        id: "ski-empathy",
        text: "I try to understand how things feel from the other person's side.",
        section: None,
    },
    Question {
        id: "ski-needs",
        text: "I tell people plainly what I need, rather than hoping they will guess.",
        section: None,
    },
    Question {
        id: "ski-boundaries",
        text: "I notice and respect other people's limits, and I say what mine are.",
        section: None,
    },
    Question {
        id: "ski-checking-in",
        text: "I get in touch with people just to see how they are.",
        section: None,
    },
    Question {
        id: "ski-listening",
        text: "When someone talks to me, I set other things aside and really listen.",
        section: None,
    },
    Question {
        id: "ski-help",
        text: "I offer help to others, and I ask for help when I need it.",
        section: None,
    },
    Question {
        id: "ski-gratitude",
        text: "I tell people when I appreciate them.",
        section: None,
    },
];

pub const OPTIONS: &[AnswerOption] = &[
    AnswerOption {
        value: 1,
        label: "Rarely",
    },
    AnswerOption {
        value: 2,
        label: "Now and then",
    },
    AnswerOption {
        value: 3,
        label: "Sometimes",
    },
    AnswerOption {
        value: 4,
        label: "Often",
    },
    AnswerOption {
        value: 5,
        label: "Almost always",
    },
];

pub const INSTRUMENT: Instrument = Instrument {
    kind: CheckupKind::Skills,
    questions: QUESTIONS,
    options: OPTIONS,
    title: text::SKILLS.title,
};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SkillsResult {
    /// Each habit with its rating, in `Skill::ALL` order.
    pub ratings: Vec<(Skill, u8)>,
    pub total: u8,
    /// The two lowest-rated habits, lowest first; equal ratings keep the
    /// `Skill::ALL` order, so the same answers always give the same focus.
    pub focus: [Skill; 2],
}

pub fn score(answers: &[Option<u8>]) -> Result<SkillsResult, ScoreError> {
    let values = INSTRUMENT.check(answers)?;
    let ratings: Vec<(Skill, u8)> = Skill::ALL
        .iter()
        .copied()
        .zip(values.iter().copied())
        .collect();
    let mut by_rating = ratings.clone();
    // A stable sort keeps the listed order among equal ratings.
    crate::model::order::sort_by(&mut by_rating, |(_, rating)| {
        crate::model::order::Key(i64::from(*rating), 0, String::new())
    });
    let lowest = |i: usize| by_rating.get(i).map_or(Skill::ALL[i], |(s, _)| *s);
    Ok(SkillsResult {
        total: sum(&values),
        focus: [lowest(0), lowest(1)],
        ratings,
    })
}
