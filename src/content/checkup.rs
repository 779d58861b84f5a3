//! Words around the check-up: what each instrument is and is not, what a
//! score means in plain language, where the instrument comes from, the
//! small actions offered for each connection skill, and the gentle "talk to
//! someone" section.
//!
//! Tone: warm and calm. A score describes how things are right now, never
//! who someone is, and nothing here is a diagnosis.

use super::sources::Article;
use crate::model::assessment::CheckupKind;

/// The habits of the connection skills check-up and their small actions.
pub const SKILLS_SOURCES: &[Article] = &[Article::FiveSteps, Article::Personal];

/// When and where to seek help.
pub const TALK_SOURCES: &[Article] = &[Article::Cdc, Article::Healing];

/// A published source, shown under the result so anyone can look it up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Source {
    /// A short name for the instrument, e.g. in a chart legend.
    pub short: &'static str,
    /// The full reference.
    pub citation: &'static str,
}

/// The framing shown around one instrument.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InstrumentText {
    pub title: &'static str,
    /// Shown before the questions.
    pub intro: &'static str,
    /// What the instrument measures and how its numbers run.
    pub what_it_is: &'static str,
    /// Its limits: what it cannot tell anyone.
    pub what_it_is_not: &'static str,
    pub source: Source,
}

/// The framing of `kind`'s instrument, shown on the check-up screen.
pub fn framing(kind: CheckupKind) -> &'static InstrumentText {
    match kind {
        CheckupKind::Loneliness => &LONELINESS,
        CheckupKind::Network => &NETWORK,
        CheckupKind::Skills => &SKILLS,
    }
}

/// Said once on the check-up screen, above every result.
pub const NOT_A_DIAGNOSIS: &str = "These check-ups are a private moment of reflection, not a \
     medical test. Your answers stay on this device. A score is a snapshot of recent weeks; it \
     can change, and it says nothing about your worth.";

// --- Loneliness -----------------------------------------------------------

pub const LONELINESS: InstrumentText = InstrumentText {
    title: "Loneliness",
    intro: "Three short questions about recent weeks. There are no right answers; go with your \
         first sense of it.",
    what_it_is: "A brief scale used in large research studies. It asks how often you feel short \
         of company, left out, or cut off from others. Each answer counts 1 to 3, so totals run \
         from 3 to 9. Researchers often read 6 or more as a sign that loneliness is present.",
    what_it_is_not: "It is not a diagnosis, and it cannot say why you feel the way you do. \
         Loneliness is about how connected you feel, not how many people are around you, so \
         anyone can score high or low whatever their circumstances.",
    source: Source {
        short: "Three-item loneliness scale",
        citation: "Hughes, M. E., Waite, L. J., Hawkley, L. C., & Cacioppo, J. T. (2004). A short \
             scale for measuring loneliness in large surveys: Results from two population-based \
             studies. Research on Aging, 26(6), 655–672.",
    },
};

/// Total 3–5.
pub const LONELINESS_LOWER: &str = "Your answers suggest loneliness is not weighing on you much \
     at the moment. That is worth noticing, and worth looking after: keep making time for the \
     people who matter to you.";

/// Total 6–9.
pub const LONELINESS_HIGHER: &str = "Your answers suggest you have often felt lonely lately. You \
     are far from alone in that; it is one of the most common human experiences, and it can \
     ease. Small, regular moments of contact tend to help, and so does talking it over with \
     someone you trust.";

// --- Social network (LSNS-6) ----------------------------------------------

pub const NETWORK: InstrumentText = InstrumentText {
    title: "Your social network",
    intro: "Six questions: three about relatives and three about friends. Count anyone who \
         comes to mind, including people you are in touch with by phone, message or video.",
    what_it_is: "A short, widely used scale about the size of your circle of contact and \
         support. Each answer counts 0 to 5, so the total runs from 0 to 30, and family and \
         friends each run from 0 to 15. A total below 12 is the usual marker of risk of social \
         isolation; a family or friends score below 6 suggests few ties on that side.",
    what_it_is_not: "It counts ties, not how good they feel, and it is not a diagnosis. Some \
         people are content with a small circle; others feel lonely in a large one. Read it \
         next to the loneliness check-up and your own sense of things.",
    source: Source {
        short: "Lubben Social Network Scale (LSNS-6)",
        citation: "Lubben, J., Blozik, E., Gillmann, G., Iliffe, S., von Renteln Kruse, W., \
             Beck, J. C., & Stuck, A. E. (2006). Performance of an abbreviated version of the \
             Lubben Social Network Scale among three European community-dwelling older adult \
             populations. The Gerontologist, 46(4), 503–513.",
    },
};

/// Total 12–30.
pub const NETWORK_NOT_AT_RISK: &str = "Your answers describe people you hear from, can confide \
     in and could turn to. That web of ties is a real strength; tending it now keeps it there \
     for later.";

/// Total 0–11.
pub const NETWORK_AT_RISK: &str = "Your answers suggest your circle of regular contact and \
     support is small right now, which research links with a higher chance of becoming \
     isolated. That describes a situation, not a person, and a circle can grow one person at a \
     time.";

/// Family subscale 0–5.
pub const FAMILY_FEW_TIES: &str = "Few relatives came to mind as people you are in touch with \
     or could lean on. If there is one you would like to be closer to, a short message is an \
     easy first step.";

/// Friends subscale 0–5.
pub const FRIENDS_FEW_TIES: &str = "Few friends came to mind as people you are in touch with or \
     could lean on. Groups built around something you enjoy are a gentle way to meet people, \
     and old friends are often glad to hear from you.";

// --- Connection skills ----------------------------------------------------

pub const SKILLS: InstrumentText = InstrumentText {
    title: "Connection skills",
    intro: "Eight everyday habits that help relationships grow. Rate how often each is true of \
         you, from 1 (rarely) to 5 (almost always).",
    what_it_is: "A reflection, not a test: it points to the two habits with the most room to \
         grow, so you can pick one small thing to practise.",
    what_it_is_not: "It is not a validated scale and there is no pass mark. Low ratings are not \
         failings; they simply show where a little practice may go furthest.",
    source: Source {
        short: "Tend's connection habits",
        citation: "Tend's own list of habits, drawn from public guidance on building social \
             connection (see About).",
    },
};

pub const HONESTY_ACTIONS: &[&str] = &[
    "When someone asks how you are, give a real answer instead of \"fine\".",
    "Share one small, true thing about your week with someone you trust.",
    "Say what you actually prefer the next time a plan is being made.",
];

pub const EMPATHY_ACTIONS: &[&str] = &[
    "When someone shares a worry, ask how it feels for them before offering ideas.",
    "Put what you heard into words (\"that sounds exhausting\") before you reply.",
    "Picture someone's week from their side, then send a message that fits it.",
];

pub const NEEDS_ACTIONS: &[&str] = &[
    "Choose one small thing you would like from someone and ask for it in one plain sentence.",
    "Try \"I would like…\" in place of a hint.",
    "Tell someone close the best way to support you when you are low.",
];

pub const BOUNDARIES_ACTIONS: &[&str] = &[
    "Before you suggest a plan, ask what would work for the other person.",
    "Practise a kind \"not this week\" for one thing you have no room for.",
    "When someone says no to you, thank them for being clear.",
];

pub const CHECKING_IN_ACTIONS: &[&str] = &[
    "Send a two-line \"thinking of you\" message to someone you have not heard from lately.",
    "Ask about something they told you last time you spoke.",
    "Pick a regular day for one short check-in each week.",
];

pub const LISTENING_ACTIONS: &[&str] = &[
    "In your next conversation, put your phone out of sight.",
    "Ask one more question before telling your own story.",
    "At the end of a chat, sum up what you heard and ask if you got it right.",
];

pub const HELP_ACTIONS: &[&str] = &[
    "Offer one concrete kind of help this week: a lift, a meal, an hour of your time.",
    "Ask someone for a small favour; being asked often brings people closer.",
    "The next time someone offers you a hand, say yes.",
];

pub const GRATITUDE_ACTIONS: &[&str] = &[
    "Send someone a short note about something they did that mattered to you.",
    "Thank someone for something specific, not just in general.",
    "Before sleep, name one person you are glad to have in your life.",
];

// --- Talk to someone --------------------------------------------------------

/// Shown, gently and without alarm, when loneliness is higher or the
/// network is at risk of isolation.
pub const TALK_TITLE: &str = "You don't have to carry this alone";

pub const TALK_BODY: &str = "Your check-up suggests things may feel lonely or thin around you \
     right now. Talking about it often makes it lighter. You could reach out to someone you \
     trust, such as a friend, a relative or a neighbour, or speak with a doctor or counsellor, \
     who can help you find support that suits you.";

pub const TALK_CRISIS: &str = "If you are in crisis or thinking about harming yourself, please \
     reach out for help now. In the US, call or text 988 to reach the Suicide & Crisis \
     Lifeline. Elsewhere, contact your local emergency number or a local crisis line.";

// --- Due ------------------------------------------------------------------

/// On Today, when a new check-up is due.
pub const DUE: &str = "It has been a month or more since your last check-up. A few quiet \
     minutes with it can show how things are changing.";

/// On Today, before any check-up has been taken.
pub const FIRST: &str = "A short check-up can give you a starting point to look back on. It \
     takes about five minutes and stays on this device.";
