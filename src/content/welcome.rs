//! The first run: what Tend is and the privacy promise, then a few steps,
//! each of which can be skipped.

use super::sources::Article;

/// The first run's opening heading.
pub const TITLE: &str = "Welcome to Tend";

/// What Tend is, in one sentence.
pub const WHAT: &str = "Tend helps you stay close to the people who matter, one small step at a \
     time: see where you stand, keep in touch with the people you care about, and notice how \
     connecting feels.";

/// The privacy promise, in one sentence.
pub const PRIVACY: &str = "Everything you enter stays in this browser on this device: there is \
     no account, no server, and nothing is ever sent anywhere.";

/// One optional step of the first run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Step {
    /// Its hash: `#/welcome/<slug>`.
    pub slug: &'static str,
    pub title: &'static str,
    /// Why it is worth a minute.
    pub intro: &'static str,
    /// The articles the idea draws on.
    pub sources: &'static [Article],
}

pub const CHECKUP: Step = Step {
    slug: "checkup",
    title: "A first check-up",
    intro: "Three quick questions about recent weeks give you a starting point to look back \
         on. There are no right answers, and the answers stay here.",
    sources: &[Article::Healing],
};

pub const PEOPLE: Step = Step {
    slug: "people",
    title: "Your first few people",
    intro: "Who would you like to stay close to? Type a few names, or bring in a contacts file \
         from your phone (.vcf). You can add the details later.",
    sources: &[Article::Healing, Article::Cdc],
};

pub const RHYTHM: Step = Step {
    slug: "rhythm",
    title: "A first rhythm or challenge",
    intro: "Small actions, repeated, make the difference. Choose how often to check in with \
         someone, and Today reminds you when it is time; or start a gentle 7-day plan.",
    sources: &[Article::FiveSteps, Article::Healing],
};

/// The steps, in order.
pub const STEPS: [Step; 3] = [CHECKUP, PEOPLE, RHYTHM];

/// Said on the last screen, before Today.
pub const DONE: &str = "That is all it takes to begin. Today shows who is due, one small step \
     and what is coming up; each screen has a \"How this works\" note, and Help answers common \
     questions.";

/// The step after `slug`, or `None` after the last one.
pub fn next(slug: &str) -> Option<&'static Step> {
    let i = STEPS.iter().position(|s| s.slug == slug)?;
    STEPS.get(i + 1)
}
