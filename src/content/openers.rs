//! Words for the reach-out kit: for each occasion to write or call (a
//! check-in that is due or drifting, a birthday soon or today, reconnecting
//! after a busy stretch, a move, losing touch or a conflict, or just
//! hello), a few openers to start from, each marked with the kinds of tie
//! ([`Tone`]) and ways of being in touch ([`Form`]) it fits. The model
//! (`model::reachout`) picks two or three that fit and fills in the name
//! where `{name}` stands; the person edits them before sending.
//!
//! Tone: warm, short and easy to answer. Nothing assumes who fell quiet or
//! who was wrong; after a conflict the openers own one's own part and ask
//! to listen, never argue the case. For a professional (a doctor, coach or
//! counsellor) they stay polite and practical.
//!
//! Every sentence is our own. Which source article each set draws on is
//! named in its `sources` (see [`SOURCES`] and `/work/shared/seeds`).

/// One of the articles Tend's guidance draws on (the seed files listed on
/// the About screen).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Source {
    pub title: &'static str,
    /// The seed file it was read from.
    pub file: &'static str,
}

pub const FIVE_STEPS: Source = Source {
    title: "5 Steps to Building Strong Social Connections",
    file: "000_b13416f6f249863a.txt",
};
pub const CDC: Source = Source {
    title: "Improving Social Connectedness (US CDC)",
    file: "001_90d74938f3b56c14.txt",
};
pub const REBUILD: Source = Source {
    title: "How to Rebuild a Social Connection",
    file: "002_383be68137c003ee.txt",
};
pub const HEALING: Source = Source {
    title: "Social Connection & Healing",
    file: "003_b876b960a6070fe4.txt",
};
pub const PERSONAL: Source = Source {
    title: "How Can People Build Personal Connections with Each Other?",
    file: "004_d5997de429fd01b2.txt",
};
/// All five, in the order of the seed files.
pub const SOURCES: [Source; 5] = [FIVE_STEPS, CDC, REBUILD, HEALING, PERSONAL];

/// The kind of tie an opener suits, which sets how familiar it sounds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    /// Family and partners.
    Close,
    /// Friends, and anyone whose relationship is not set.
    Friendly,
    /// Colleagues, neighbours and people from a group: warm but lighter.
    Acquainted,
    /// A doctor, counsellor or coach: polite and practical.
    Professional,
}

/// How the opener will be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    /// Written: a message, an email, a card.
    Write,
    /// Said: the first words of a call or video call.
    Say,
    /// A message asking to meet in person.
    Meet,
}

/// One opener and what it fits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Opener {
    /// With `{name}` where the name goes.
    pub text: &'static str,
    pub tones: &'static [Tone],
    pub forms: &'static [Form],
}

/// The openers for one occasion.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OpenerSet {
    /// Why the kit is offering to reach out, in a few words.
    pub title: &'static str,
    /// The subject of an email.
    pub subject: &'static str,
    /// The articles the set draws on.
    pub sources: &'static [Source],
    /// Most fitting first: the model takes the first that fit.
    pub lines: &'static [Opener],
}

/// The placeholder for the name in [`Opener::text`].
pub const NAME: &str = "{name}";

use Form::{Meet, Say, Write};
use Tone::{Acquainted, Close, Friendly, Professional};

const WARM: &[Tone] = &[Close, Friendly];
const KIND: &[Tone] = &[Close, Friendly, Acquainted];
const LIGHT: &[Tone] = &[Acquainted];
const PRO: &[Tone] = &[Professional];
const ANY_FORM: &[Form] = &[Write, Say, Meet];

const fn o(text: &'static str, tones: &'static [Tone], forms: &'static [Form]) -> Opener {
    Opener { text, tones, forms }
}

/// A check-in that is due: a simple hello that says "I thought of you".
/// Draws on the weekly check-in and "a text asking how their day is going"
/// (FIVE_STEPS), and the power of a simple check-in (CDC).
pub const DUE: OpenerSet = OpenerSet {
    title: "Time for a check-in",
    subject: "Thinking of you",
    sources: &[FIVE_STEPS, CDC],
    lines: &[
        o("Hi {name}! How's your week going? I was thinking of you.", WARM, &[Write]),
        o("Hi {name}, just checking in. How are things with you?", KIND, &[Write]),
        o("Hi {name}, I hope your week is going well. How are things?", LIGHT, &[Write]),
        o("Hi {name}, I miss you. Shall we find a time to catch up soon?", &[Close], &[Write]),
        o("Hi {name}, are you free for a coffee or a walk this week? It would be good to catch up.", KIND, &[Meet]),
        o("{name}, it's been a little while. Fancy meeting up soon? You pick the place.", WARM, &[Meet]),
        o("Hi {name}, would you like to grab a coffee one day this week?", LIGHT, &[Meet]),
        o("Hi {name}, it's me. Nothing urgent, I just wanted to hear how you are.", KIND, &[Say]),
        o("Hi {name}, is now a good time? I was thinking of you and wanted to catch up.", WARM, &[Say]),
        o("Hi {name}, have you got a minute? I wanted to see how things are going.", LIGHT, &[Say]),
        o("Hello {name}, I'd like to arrange our next appointment. When would suit you?", PRO, &[Write, Meet]),
        o("Hello {name}, I'd like to find a time for our next conversation.", PRO, ANY_FORM),
        o("Hello {name}, I hope you are well. I wanted to check in since we last spoke.", PRO, &[Write, Say]),
    ],
};

/// Drifting: it has been longer than usual. Draws on reaching out after a
/// lack of communication, where a simple call or message goes a long way,
/// and saying you want to catch up (REBUILD).
pub const DRIFTING: OpenerSet = OpenerSet {
    title: "It has been a while",
    subject: "It's been a while",
    sources: &[REBUILD],
    lines: &[
        o("Hi {name}, it's been too long! I've been thinking about you. How are you doing?", WARM, &[Write]),
        o("{name}, I realised we haven't talked in ages, and I miss it. What's new with you?", WARM, &[Write]),
        o("Hi {name}, it's been a while! How have you been?", LIGHT, &[Write]),
        o("No need for a long reply, {name}. I just wanted to say hello and see how you are.", KIND, &[Write]),
        o("Hi {name}, it's been a while. Could we meet for a coffee soon and catch up properly?", KIND, &[Meet]),
        o("{name}, I miss our time together. Shall we plan something for the next couple of weeks?", WARM, &[Meet]),
        o("Hi {name}, it's been ages. Would you be up for a coffee sometime soon?", LIGHT, &[Meet]),
        o("Hi {name}, it's been far too long, so I thought I'd just call. How are you?", KIND, &[Say]),
        o("{name}, I was thinking about you and realised how long it's been. Tell me everything!", WARM, &[Say]),
        o("Hi {name}, it's been a while. Have you got a few minutes to catch up?", LIGHT, &[Say]),
        o("Hello {name}, it has been some time since we last spoke. Could we arrange a time to catch up?", PRO, ANY_FORM),
        o("Hello {name}, I hope you are well. I'd like to pick up where we left off, when you have time.", PRO, ANY_FORM),
    ],
};

/// A birthday in the coming days. Draws on celebrating milestones such as
/// birthdays together, and thoughtful gifts (REBUILD).
pub const BIRTHDAY_SOON: OpenerSet = OpenerSet {
    title: "A birthday soon",
    subject: "Your birthday",
    sources: &[REBUILD],
    lines: &[
        o("Your birthday's nearly here, {name}! Any plans? I'd love to celebrate with you.", WARM, &[Write]),
        o("Hi {name}, I saw your birthday is coming up. I hope you have something nice planned.", KIND, &[Write]),
        o("Hi {name}, your birthday is coming up soon, I believe. I hope it's a good one!", LIGHT, &[Write]),
        o("Your birthday's coming up, {name}! Could I take you for a coffee or a slice of cake to celebrate?", KIND, &[Meet]),
        o("{name}, let's celebrate your birthday together. When are you free?", WARM, &[Meet]),
        o("Hi {name}, happy early birthday! Fancy a coffee to mark it?", &[Friendly, Acquainted], &[Meet]),
        o("Hi {name}! Your birthday's coming up and I wanted to ask how you're celebrating.", KIND, &[Say]),
        o("Hi {name}, I wanted to call before your birthday. What are you doing for it?", WARM, &[Say]),
        o("Hi {name}, I heard your birthday is coming up and wanted to wish you a good one.", LIGHT, &[Say]),
        o("Hello {name}, I understand your birthday is coming up. Wishing you a lovely day.", PRO, ANY_FORM),
        o("Hello {name}, best wishes for your birthday this week.", PRO, ANY_FORM),
    ],
};

/// A birthday today. Draws on celebrating birthdays together (REBUILD)
/// and telling people how much they mean to you (FIVE_STEPS).
pub const BIRTHDAY: OpenerSet = OpenerSet {
    title: "A birthday today",
    subject: "Happy birthday!",
    sources: &[REBUILD, FIVE_STEPS],
    lines: &[
        o("Happy birthday, {name}! I hope today is full of good things. Thinking of you.", WARM, &[Write]),
        o("Happy birthday, {name}! I'm so glad you're in my life.", &[Close], &[Write]),
        o("Happy birthday, {name}! Wishing you a lovely day and a great year ahead.", &[Friendly, Acquainted], &[Write]),
        o("Happy birthday, {name}! I hope you get some time to enjoy it.", LIGHT, &[Write]),
        o("Happy birthday, {name}! Can I buy you a coffee or a slice of cake this week to celebrate?", KIND, &[Meet]),
        o("Happy birthday, {name}! Let's celebrate together soon. When are you free?", WARM, &[Meet]),
        o("Happy birthday, {name}! If you're free this week, I'd love to treat you to a coffee.", LIGHT, &[Meet]),
        o("Happy birthday, {name}! I just wanted to call and say it properly.", KIND, &[Say]),
        o("Happy birthday, {name}! How are you spending the day?", KIND, &[Say]),
        o("Hello {name}, happy birthday! Wishing you a good day.", PRO, ANY_FORM),
        o("Hello {name}, best wishes on your birthday.", PRO, ANY_FORM),
    ],
};

/// Reconnecting after busy schedules. Draws on setting aside dedicated
/// time (REBUILD) and starting small: a text or a five-minute call
/// (HEALING).
pub const BUSY: OpenerSet = OpenerSet {
    title: "Reconnecting after a busy stretch",
    subject: "Catching up",
    sources: &[REBUILD, HEALING],
    lines: &[
        o("Hi {name}, life has been so full lately, but I've missed you. Could we find 15 minutes this week?", WARM, &[Write]),
        o("Hi {name}, I know things are busy for both of us. No pressure, I just wanted to say I've been thinking of you.", KIND, &[Write]),
        o("Hi {name}, it's been a hectic stretch, but I'd like to catch up. Is there a quiet moment that suits you?", LIGHT, &[Write]),
        o("Hi {name}, could we put a short coffee or walk in the diary? Even half an hour would be lovely.", KIND, &[Meet]),
        o("{name}, let's pick a date now rather than waiting for a free moment. How does next week look?", WARM, &[Meet]),
        o("Hi {name}, shall we fix a date for a quick coffee? Otherwise the weeks run away.", LIGHT, &[Meet]),
        o("Hi {name}, is now an OK time for a quick catch-up? I know it's a busy stretch.", KIND, &[Say]),
        o("Hi {name}, I've only got a few minutes, but I wanted to hear your voice and see how you are.", WARM, &[Say]),
        o("Hi {name}, I know things are busy. Have you got five minutes to catch up?", LIGHT, &[Say]),
        o("Hello {name}, it has been a busy stretch. Could we find a time that suits you to pick things up again?", PRO, ANY_FORM),
        o("Hello {name}, I'd like to set a date for our next meeting, even a short one.", PRO, ANY_FORM),
    ],
};

/// Reconnecting after one of you moved. Draws on moving as a reason ties
/// fade (REBUILD) and mixing video calls with meeting in person (HEALING).
pub const MOVED: OpenerSet = OpenerSet {
    title: "Reconnecting across a distance",
    subject: "Keeping in touch",
    sources: &[REBUILD, HEALING],
    lines: &[
        o("Hi {name}, I miss having you close by. How's life where you are?", WARM, &[Write]),
        o("Hi {name}, distance or not, I'd love to keep in touch. How are things with you?", KIND, &[Write]),
        o("Hi {name}, it's been a while since we were in the same place. How are things going?", LIGHT, &[Write]),
        o("Hi {name}, next time we're in the same town, let's meet up. Any idea when that might be?", KIND, &[Meet]),
        o("{name}, I'd love to plan a visit. When might suit you?", WARM, &[Meet]),
        o("Hi {name}, if we're ever in the same place again, let's have a coffee.", LIGHT, &[Meet]),
        o("Hi {name}, it's been too long since we talked. How is everything where you are?", KIND, &[Say]),
        o("{name}, the distance doesn't change how much I miss you. Tell me what life is like now.", WARM, &[Say]),
        o("Hi {name}, I wanted to catch up properly. Is now a good time?", LIGHT, &[Say]),
        o("Hello {name}, now that we are further apart, could we arrange a call at a time that suits you?", PRO, ANY_FORM),
        o("Hello {name}, I'd like to keep in touch despite the distance. What would work best for you?", PRO, ANY_FORM),
    ],
};

/// Reconnecting after losing touch. Draws on reaching out to old friends,
/// saying you are thinking of them (REBUILD), and the smallest step that
/// reopens a door (HEALING).
pub const LOST_TOUCH: OpenerSet = OpenerSet {
    title: "Reconnecting after losing touch",
    subject: "Hello again",
    sources: &[REBUILD, HEALING],
    lines: &[
        o("Hi {name}, it's been a while and I've missed you. How have you been?", WARM, &[Write]),
        o("Hi {name}, you came to mind today and made me smile. What's new with you?", KIND, &[Write]),
        o("Hi {name}, it's been a long time! I'd be glad to hear how you're doing.", LIGHT, &[Write]),
        o("Hi {name}, it's been ages. Would you like to meet for a coffee and catch up?", KIND, &[Meet]),
        o("{name}, I'd love to see you. Could we plan something small soon?", WARM, &[Meet]),
        o("Hi {name}, long time no see! Fancy a coffee one of these days?", LIGHT, &[Meet]),
        o("Hi {name}, it's been a long time, so I thought I'd call instead of waiting. How are you?", KIND, &[Say]),
        o("{name}, I've missed talking to you. What's been happening in your life?", WARM, &[Say]),
        o("Hi {name}, it's been a while! Have you got a few minutes to catch up?", LIGHT, &[Say]),
        o("Hello {name}, it has been some time since we were last in touch. I'd welcome the chance to reconnect.", PRO, ANY_FORM),
        o("Hello {name}, I hope you are well. Could we find a time to talk again?", PRO, ANY_FORM),
    ],
};

/// Reconnecting after a conflict. Draws on reflecting on what happened
/// before moving forward (REBUILD), honesty and respecting boundaries
/// (FIVE_STEPS), and empathy: seeing it from their side (PERSONAL).
pub const CONFLICT: OpenerSet = OpenerSet {
    title: "Reconnecting after a conflict",
    subject: "Talking things over",
    sources: &[REBUILD, FIVE_STEPS, PERSONAL],
    lines: &[
        o("Hi {name}, I've been thinking about what happened between us, and I miss you. Could we talk when you feel ready?", WARM, &[Write]),
        o("Hi {name}, I'm sorry for my part in how things went. I'd like to hear your side, whenever suits you.", KIND, &[Write]),
        o("Hi {name}, I've been thinking about our disagreement. I'd like to clear the air, if you're open to it.", LIGHT, &[Write]),
        o("Hi {name}, would you be open to meeting for a coffee and talking things through? No pressure.", KIND, &[Meet]),
        o("{name}, I'd like to put things right between us. Could we meet somewhere quiet, when you're ready?", WARM, &[Meet]),
        o("Hi {name}, could we meet briefly to talk things over? I'd like us to move on well.", LIGHT, &[Meet]),
        o("Hi {name}, thank you for picking up. I wanted to say I'm sorry for my part, and to listen.", KIND, &[Say]),
        o("{name}, I've missed you. Can we talk about what happened, and how you saw it?", WARM, &[Say]),
        o("Hi {name}, have you got a moment? I'd like to talk about what happened and hear your view.", LIGHT, &[Say]),
        o("Hello {name}, I've thought about our last conversation and would like to talk it through, if you are willing.", PRO, ANY_FORM),
        o("Hello {name}, I'd like to resolve what happened between us. Would you be open to a conversation?", PRO, ANY_FORM),
    ],
};

/// Just hello: nothing is due. Draws on telling people you are thinking
/// of them (FIVE_STEPS) and small everyday moments of connection
/// (HEALING).
pub const HELLO: OpenerSet = OpenerSet {
    title: "Just to say hello",
    subject: "Hello",
    sources: &[FIVE_STEPS, HEALING],
    lines: &[
        o(
            "Hi {name}, you crossed my mind and I wanted to say hello. How are you?",
            WARM,
            &[Write],
        ),
        o(
            "Hi {name}, just a note to say I'm glad you're in my life.",
            &[Close],
            &[Write],
        ),
        o(
            "Hi {name}, I hope you're having a good day. Anything new with you?",
            &[Friendly, Acquainted],
            &[Write],
        ),
        o(
            "Hi {name}, just saying hello. How are things going?",
            LIGHT,
            &[Write],
        ),
        o(
            "Hi {name}, fancy a coffee or a walk sometime soon?",
            KIND,
            &[Meet],
        ),
        o(
            "{name}, shall we do something together this week? I'd love to see you.",
            WARM,
            &[Meet],
        ),
        o(
            "Hi {name}, would you like to grab a coffee one day?",
            LIGHT,
            &[Meet],
        ),
        o(
            "Hi {name}, no reason really, I just wanted to say hello. How are you?",
            KIND,
            &[Say],
        ),
        o(
            "Hi {name}, it's me! Have you got a minute? I wanted to hear about your day.",
            WARM,
            &[Say],
        ),
        o(
            "Hi {name}, have you got a minute? I wanted to see how you are.",
            LIGHT,
            &[Say],
        ),
        o(
            "Hello {name}, I hope you are well. I wanted to get in touch.",
            PRO,
            ANY_FORM,
        ),
        o(
            "Hello {name}, I'd like to arrange a time to speak. When would suit you?",
            PRO,
            ANY_FORM,
        ),
    ],
};
