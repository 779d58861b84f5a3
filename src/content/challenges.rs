//! Words for the challenges: the actions a person picks from for the
//! 5-for-5 Connection Challenge, the 7-day starter plan, and the closing
//! reflection.
//!
//! The 5-for-5 idea (five days in a row, one small act a day of gratitude,
//! support, or asking for help) comes from the US Surgeon General's
//! initiative; every sentence here is our own. Actions are small enough for
//! a tired day and never assume the person has many friends: "someone" can
//! be a neighbour, a colleague or a shop assistant.

use super::sources::Article;

/// The 5-for-5: the initiative's own idea, with the CDC's give and take.
pub const FIVE_FOR_FIVE_SOURCES: &[Article] = &[Article::FiveForFive, Article::Cdc];

/// The 7-day starter plan follows the article's quick 7-day plan.
pub const STARTER_SOURCES: &[Article] = &[Article::Healing];

/// Rituals: a standing weekly date.
pub const RITUAL_SOURCES: &[Article] = &[Article::Healing, Article::Rebuild];

/// One of the three kinds of 5-for-5 action.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Category {
    pub title: &'static str,
    pub actions: &'static [&'static str],
}

/// Saying thank you, out loud or in writing.
pub const GRATITUDE: Category = Category {
    title: "Gratitude",
    actions: &[
        "Send a short thank-you message to someone who helped you lately, however small the help.",
        "Tell a friend one thing they did that made a difference to you.",
        "Write a note to someone from your past who taught you something you still use.",
        "Thank someone whose work you usually take for granted, like a driver, cleaner or cashier.",
        "Share a happy memory with the person it involves and say why it stuck with you.",
        "Let a family member know one thing you admire about them.",
        "Reply to an old message with a warm word you never got round to saying.",
    ],
};

/// Offering a hand or an ear.
pub const SUPPORT: Category = Category {
    title: "Offering support",
    actions: &[
        "Ask someone how they are really doing, and give them time to answer.",
        "Offer to help with one practical thing: a lift, an errand, a meal.",
        "Check in on someone who is going through a hard patch, even with a one-line message.",
        "Listen to someone for ten minutes without giving advice unless they ask.",
        "Send encouragement to someone facing something big this week.",
        "Invite someone who might feel left out to join you for a cuppa, a stroll or a call.",
        "Share something useful with a person who could use it: a tip, a link, a contact.",
    ],
};

/// Letting someone in by asking.
pub const ASK_FOR_HELP: Category = Category {
    title: "Asking for help",
    actions: &[
        "Ask a friend for their advice on a small decision you are weighing.",
        "Ask someone to join you for something you would rather not do alone.",
        "Tell one person honestly how your week has been, the hard parts too.",
        "Ask a neighbour or colleague for a small favour, and thank them afterwards.",
        "Ask someone to recommend a book, recipe or place they love.",
        "Ask a person who knows a skill you want to learn to show you the first step.",
        "Let someone know you could use a chat this week, and suggest a time.",
    ],
};

/// The three categories, in the order the picker shows them.
pub const FIVE_FOR_FIVE: [Category; 3] = [GRATITUDE, SUPPORT, ASK_FOR_HELP];

/// How many actions, and days, the 5-for-5 challenge has.
pub const FIVE: usize = 5;

pub const FIVE_FOR_FIVE_NAME: &str = "5-for-5 Connection Challenge";

pub const FIVE_FOR_FIVE_INTRO: &str = "Pick five small actions and do one a day for five days in \
    a row. Each one thanks someone, offers support, or asks for a little help. Skipping a day is \
    fine: you can pick up again tomorrow.";

/// The question at the end of the 5-for-5, answered in the journal.
pub const REFLECTION: &str = "How did connecting make you feel?";

pub const STARTER_NAME: &str = "7-day starter plan";

pub const STARTER_INTRO: &str = "A gentle week of small steps toward other people. One step a \
    day, each a little different; none needs more than a few minutes to begin.";

/// The 7-day starter plan, one action per day.
pub const STARTER_7: [&str; 7] = [
    "Write down three people who are there for you, then send one of them a quick hello.",
    "Start a short, upbeat conversation: ask someone about something they enjoy.",
    "Suggest a walk, a phone call or coffee to someone, and pick a day for it.",
    "Look for one group, class or club that fits your interests, and sign up or go along once.",
    "Make a tiny connection: smile and chat for a minute with a neighbour, barista or colleague.",
    "Let someone know what you value about them, face to face or in a message.",
    "Look back on the week: what felt good? Plan one way to stay in touch next week.",
];

/// Shown when every day of a challenge is done or skipped.
pub const CELEBRATION: &str = "You finished it. Every small step counted, the skipped days too: \
    you kept coming back.";
