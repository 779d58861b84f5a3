//! The public articles Tend's guidance draws on, named once here: About
//! lists them all, and each piece of guidance (a screen's guide, an answer
//! in the FAQ, a gap on the map, a reconnect plan, a challenge) names the
//! ones it took its ideas from. Every sentence Tend shows is its own.

/// One source article (the files in `../shared/seeds/`, and the initiative
/// behind the 5-for-5 challenge).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Article {
    /// "5 Steps to Building Strong Social Connections" (a therapist's blog).
    FiveSteps,
    /// "Improving Social Connectedness" (US CDC).
    Cdc,
    /// "How to Rebuild a Social Connection".
    Rebuild,
    /// "Social Connection & Healing".
    Healing,
    /// "How Can People Build Personal Connections with Each Other?".
    Personal,
    /// The 5-for-5 Connection Challenge (US Surgeon General, HHS).
    FiveForFive,
}

impl Article {
    /// Every article, in the order About lists them.
    pub const ALL: [Article; 6] = [
        Article::FiveSteps,
        Article::Cdc,
        Article::Rebuild,
        Article::Healing,
        Article::Personal,
        Article::FiveForFive,
    ];

    /// A short name, for the "Drawn from" line under a piece of guidance.
    pub fn short(self) -> &'static str {
        match self {
            Article::FiveSteps => "5 Steps to Building Strong Social Connections",
            Article::Cdc => "CDC: Improving Social Connectedness",
            Article::Rebuild => "How to Rebuild a Social Connection",
            Article::Healing => "Social Connection & Healing",
            Article::Personal => "How Can People Build Personal Connections",
            Article::FiveForFive => "The 5-for-5 Connection Challenge",
        }
    }

    /// The full reference, as About lists it.
    pub fn citation(self) -> &'static str {
        match self {
            Article::FiveSteps => {
                "Misske Tjandra, “5 Steps to Building Strong Social Connections” (therapist's blog)."
            }
            Article::Cdc => {
                "US Centers for Disease Control and Prevention, “Improving Social Connectedness”."
            }
            Article::Rebuild => "“How to Rebuild a Social Connection”.",
            Article::Healing => {
                "“Social Connection & Healing: Practical Pathways to Deep Wellness”."
            }
            Article::Personal => "“How Can People Build Personal Connections with Each Other?”.",
            Article::FiveForFive => {
                "US Department of Health and Human Services, Office of the Surgeon General: \
                 the 5-for-5 Connection Challenge."
            }
        }
    }

    /// What Tend takes from it, in a phrase.
    pub fn takes(self) -> &'static str {
        match self {
            Article::FiveSteps => {
                "five habits: honesty, empathy, saying what you need, respecting boundaries and \
                 checking in (the connection skills check-up and its small actions, check-in \
                 rhythms)"
            }
            Article::Cdc => {
                "kinds of connection, give and take, barriers, when to seek help, ideas for \
                 meeting people (the gaps on your map, the talk-to-someone note, the FAQ)"
            }
            Article::Rebuild => {
                "why connections fade and how to reconnect, strengthen and keep them (reconnect \
                 plans, dates and gift ideas)"
            }
            Article::Healing => {
                "looking at who supports and who drains you, rituals, journaling, the weekly \
                 review, the 7-day starter plan and most of the FAQ"
            }
            Article::Personal => {
                "honesty, boundaries, paying attention, understanding and empathy (the \
                 connection skills check-up)"
            }
            Article::FiveForFive => {
                "five days, one small act a day of gratitude, support or asking for help (the \
                 5-for-5 challenge)"
            }
        }
    }
}

/// The "Drawn from" line for a list of articles: their short names, joined.
pub fn drawn_from(articles: &[Article]) -> String {
    let names: Vec<&str> = articles.iter().map(|a| a.short()).collect();
    format!("Drawn from: {}.", names.join("; "))
}
