//! Help: a short guide to each screen, shown on the screen itself ("How
//! this works") and gathered on the Help screen, and the questions people
//! ask most, answered in our own words. Each piece names the articles it
//! draws on; a piece about how Tend itself works names none.

use super::sources::Article;

/// How one screen works, in a sentence and a few points.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Guide {
    /// Its place on the Help screen: `#/help/<slug>`; the same word as the
    /// screen's own hash.
    pub slug: &'static str,
    /// The screen's visible name.
    pub screen: &'static str,
    /// What the screen is for, in one sentence.
    pub summary: &'static str,
    /// How to use it, a few short points.
    pub points: &'static [&'static str],
    /// The articles its advice draws on (none: it is about Tend itself).
    pub sources: &'static [Article],
}

pub const TODAY: Guide = Guide {
    slug: "today",
    screen: "Today",
    summary: "Today gathers what is worth doing now, so you do not have to keep it in your head.",
    points: &[
        "Someone shows up as due when the check-in rhythm you gave them on People says it is \
         time, and as drifting when it is well past. Log the contact, or snooze them: none of \
         it is a duty.",
        "The small step for today is picked by a few plain rules (your map, your latest \
         check-up, whether a challenge is going), and the reason is written under it.",
        "Birthdays and other dates you keep for someone appear a few weeks ahead.",
        "One line for today goes straight into your journal.",
    ],
    sources: &[Article::FiveSteps, Article::Cdc, Article::Healing],
};

pub const CHECKUP: Guide = Guide {
    slug: "checkup",
    screen: "Check-up",
    summary: "Three short check-ups show where you stand right now: loneliness, your social \
         network, and everyday connection habits.",
    points: &[
        "Take one whenever you like; once a month is plenty to see things change. Today \
         suggests one when a month has gone by.",
        "A score is a snapshot of recent weeks, never a diagnosis. Each result says what the \
         check-up measures, what it cannot tell, and where it comes from.",
        "The habits check-up points to the two habits with the most room to grow, each with a \
         few small things to try.",
        "When your answers suggest things feel thin, the result says so gently and names where \
         support can be found.",
    ],
    sources: &[
        Article::Healing,
        Article::FiveSteps,
        Article::Personal,
        Article::Cdc,
    ],
};

pub const PEOPLE: Guide = Guide {
    slug: "people",
    screen: "People",
    summary: "The people you want to stay close to, found again in a long list, and a map of \
         where your support comes from.",
    points: &[
        "Add someone by name, or bring in your phone's contacts as a .vcf file (Settings).",
        "Open a person to fill in as much or as little as you like: their circle, how they \
         leave you feeling, the support they offer, a check-in rhythm, birthday, dates and \
         gift ideas. Editing and removing them happen there too.",
        "Log a contact from the list in two taps; their status line keeps count.",
        "The map puts your closest people in the middle. \"Worth a look\" points out what may \
         be missing, like someone to lean on or a group to belong to, each with one small \
         step.",
    ],
    sources: &[
        Article::Healing,
        Article::Cdc,
        Article::FiveSteps,
        Article::Rebuild,
    ],
};

pub const CHALLENGES: Guide = Guide {
    slug: "challenges",
    screen: "Challenges",
    summary: "Small actions, repeated: a challenge for a few days, rituals that come round \
         every week or month, and plans for reconnecting.",
    points: &[
        "The 5-for-5: choose five small acts of thanks, support or asking for help, and do one \
         a day for five days. The 7-day starter plan offers a gentle step a day; or write your \
         own.",
        "Mark each day done or skipped. A skipped day is fine: pick up again tomorrow.",
        "Rituals are standing dates, like a Sunday call or a monthly letter.",
        "Reconnect is for someone you have drifted from: say why, and Tend suggests a few \
         steps and ways to open the conversation.",
    ],
    sources: &[Article::FiveForFive, Article::Healing, Article::Rebuild],
};

pub const JOURNAL: Guide = Guide {
    slug: "journal",
    screen: "Journal",
    summary: "A place to notice how time with other people feels, a few lines at a time.",
    points: &[
        "Write from a prompt or from nothing; add a mood, tags and the people it is about.",
        "Find entries again by words, tag, person, mood or dates, or look at a month at a \
         glance.",
        "Once a week the review asks what nourished you, what drained you, and for one plan \
         for the week ahead, which Today then shows.",
        "Export the whole journal as one Markdown file whenever you like.",
    ],
    sources: &[Article::Healing, Article::Cdc],
};

pub const SETTINGS: Guide = Guide {
    slug: "settings",
    screen: "Settings",
    summary: "Your data and how it moves: backups, contacts in, your calendar out, a \
         passphrase lock.",
    points: &[
        "Everything is saved in this browser as you go. A backup file is the only copy \
         anywhere else, so export one now and then and keep it somewhere safe.",
        "Importing a backup merges it with what you have, or replaces it (your current data is \
         kept as an automatic backup first).",
        "A passphrase lock encrypts everything Tend stores. A forgotten passphrase cannot be \
         recovered, by anyone.",
        "The welcome steps can be shown again from here.",
    ],
    sources: &[],
};

/// Every screen's guide, in the navigation's order.
pub const GUIDES: [Guide; 6] = [TODAY, CHECKUP, PEOPLE, CHALLENGES, JOURNAL, SETTINGS];

/// The guide whose slug is `slug`.
pub fn guide(slug: &str) -> Option<&'static Guide> {
    GUIDES.iter().find(|g| g.slug == slug)
}

/// A question people ask, and our answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Faq {
    /// Its place on the Help screen: `#/help/<slug>`.
    pub slug: &'static str,
    pub question: &'static str,
    /// The answer, a paragraph each.
    pub answer: &'static [&'static str],
    /// The articles the answer draws on (none: it is about Tend itself).
    pub sources: &'static [Article],
}

pub const FAQ: [Faq; 6] = [
    Faq {
        slug: "shy",
        question: "What if I am shy, or anxious around people?",
        answer: &[
            "Start where it feels easy. A short message, a reply to an old thread, a few words \
             with a neighbour or someone at a shop counter: small, low-pressure moments count, \
             and each one makes the next a little easier.",
            "You do not need to be outgoing. Connection asks for honesty, not polish, and one \
             person at a time is a fine pace. Doing something side by side, like a class, a \
             walk or a garden, takes the weight off talking.",
            "If worry keeps you from people you would like to see, a doctor or counsellor can \
             help. Asking is a strength.",
        ],
        sources: &[Article::Healing, Article::FiveSteps],
    },
    Faq {
        slug: "online",
        question: "Do online friendships count?",
        answer: &[
            "Yes, when there is give and take: you listen to each other, support each other and \
             turn up for each other. Messages, calls and video are all ways of being in touch, \
             and Tend's log counts every one of them.",
            "Some things land better by voice or face to face, so where you can, mix them in: a \
             call now and then, a meeting when you are near. And watch for scrolling that \
             stands in for contact: reading someone's posts is not the same as talking with \
             them.",
        ],
        sources: &[Article::Healing, Article::Cdc, Article::Rebuild],
    },
    Faq {
        slug: "enough",
        question: "How much connection is enough?",
        answer: &[
            "There is no number. Some people are content with two close friends; others like a \
             wide circle. A few people you can be honest with and turn to matter more than many \
             you only see.",
            "How you feel is a better guide than how many people you see; the loneliness \
             check-up asks just that. Many people find that one standing date a week, a call or \
             a shared meal, makes a real difference. Try not to measure your circle against \
             anyone else's.",
        ],
        sources: &[Article::Healing, Article::Cdc],
    },
    Faq {
        slug: "no-one",
        question: "What if there is no one right now?",
        answer: &[
            "That happens to many people, after a move, a loss or a busy stretch, and it can \
             change. Groups built around something you enjoy are a gentle way in: a club, a \
             class, a choir, a team. Volunteering puts you side by side with others and helps \
             someone too.",
            "Old ties count as well: a friend you drifted from is often glad to hear from you. \
             Reconnect, on Challenges, suggests how to begin.",
        ],
        sources: &[Article::Healing, Article::Cdc, Article::Rebuild],
    },
    Faq {
        slug: "help",
        question: "When should I talk to someone about how I feel?",
        answer: &[
            "If you feel lonely most of the time, or low, anxious or hopeless for weeks; if a \
             loss or a big change (an illness, a separation, a death, a move) feels too heavy to \
             carry; or if you notice yourself pulling away from people you used to see: talk to \
             someone you trust, and think about seeing a doctor or counsellor. They can help you \
             find support that fits.",
            "If you are in crisis or thinking about harming yourself, get help now: in the US, \
             call or text 988; elsewhere, call your local emergency number or a crisis line.",
            "Tend is there to support you, not to diagnose: no score in it says what you are \
             going through.",
        ],
        sources: &[Article::Cdc, Article::Healing],
    },
    Faq {
        slug: "data",
        question: "What happens to my data?",
        answer: &[
            "It stays in this browser, on this device. Tend has no account and no server, and \
             it never sends anything anywhere: not to us, not to anyone.",
            "That also means no one can restore it for you. Export a backup from Settings now \
             and then, and keep the file somewhere safe. You can lock everything with a \
             passphrase, and erase it all from Settings whenever you like.",
        ],
        sources: &[],
    },
];

/// The question whose slug is `slug`.
pub fn faq(slug: &str) -> Option<&'static Faq> {
    FAQ.iter().find(|f| f.slug == slug)
}

/// Said under a piece that names no article: it is about Tend itself.
pub const TEND_ITSELF: &str = "About how Tend itself works.";
