//! Journal prompts: gentle questions to start writing from, and the
//! questions of the weekly review.
//!
//! Tone: warm and curious. A prompt invites a memory or a small plan; it
//! never asks the person to rate or label themselves, and any answer,
//! including "no one this week", is a fine answer.

use super::sources::Article;
use chrono::{Datelike, NaiveDate};

/// Journaling about gratitude and the people you appreciate, and the
/// weekly look back ("evaluate and adjust").
pub const SOURCES: &[Article] = &[Article::Healing, Article::Cdc];

/// Noticing the people who make life better.
pub const GRATITUDE: &[&str] = &[
    "Who made today a little easier, and how did they do it?",
    "What kind word came your way lately, and who said it?",
    "Name one person you are glad to have in your life, and one reason why.",
    "What small moment with someone made you smile this week?",
    "Who taught you something you still use? What was it?",
    "Think of a time someone showed up for you. What did it mean to you?",
    "What does a friend do that you have never thanked them for?",
    "Which shared joke, place or habit with someone are you thankful for?",
    "If you sent one thank-you message today, who would get it?",
    "What did someone notice about you that you were glad they saw?",
];

/// Looking back at how time with others felt.
pub const REFLECTION: &[&str] = &[
    "Who left you feeling energized this week?",
    "What felt best about the time you spent with others lately?",
    "What drained you this week, and what might help next time?",
    "When did you feel most like yourself around other people?",
    "Was there a moment you wanted company but did not reach out? What held you back?",
    "Which conversation is still on your mind, and why?",
    "Which kind of connection would you like more of in your life?",
    "How did you look after yourself this week, alone or with others?",
    "Did you say yes when you meant no, or no when you meant yes? What would you say now?",
    "What surprised you about someone recently?",
];

/// Small steps toward someone.
pub const CONNECTION: &[&str] = &[
    "Who have you been meaning to check in on? What could you send them today?",
    "Is there someone you could lend a hand this week? What would help them most?",
    "What could you ask for help with, and who might be glad to help?",
    "Who would you like to know a little better? What could be a first small step?",
    "Think of someone you have drifted from. What did you enjoy doing together?",
    "What simple plan could you suggest to a friend this week?",
    "How could you listen a little more closely in your next conversation?",
    "Which neighbour, group or club could you say hello to this week?",
    "What is something honest you would like to share with someone close?",
    "Who could you invite along to something you already do, like a walk, a meal or a game?",
];

/// The weekly review, in the order it is asked. The last question is the
/// plan that Today shows during the next week (see
/// `model::journal::review::review_plan`).
pub const REVIEW: [&str; 4] = [
    "Which connections felt nourishing this week?",
    "Which ones left you drained, and is there anything you would change?",
    "What would you like more of next week?",
    "One plan for next week: who, what and when?",
];

/// The three sets of prompts to choose from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PromptKind {
    Gratitude,
    Reflection,
    Connection,
}

impl PromptKind {
    pub const ALL: [PromptKind; 3] = [
        PromptKind::Gratitude,
        PromptKind::Reflection,
        PromptKind::Connection,
    ];

    pub fn label(self) -> &'static str {
        match self {
            PromptKind::Gratitude => "Gratitude",
            PromptKind::Reflection => "Reflection",
            PromptKind::Connection => "Connection",
        }
    }

    pub fn prompts(self) -> &'static [&'static str] {
        match self {
            PromptKind::Gratitude => GRATITUDE,
            PromptKind::Reflection => REFLECTION,
            PromptKind::Connection => CONNECTION,
        }
    }
}

/// The prompt for `day`: the same all day on every device, different from
/// yesterday's. Days take turns among the three kinds, and each kind walks
/// through its own list, so every prompt comes round in a month.
pub fn prompt_of_the_day(day: NaiveDate) -> &'static str {
    let n = day.num_days_from_ce().unsigned_abs() as usize;
    let list = PromptKind::ALL[n % 3].prompts();
    list[(n / 3) % list.len()]
}
