//! Words for the reconnect planner: for each reason a connection faded, a
//! short plan of steps and a few ways to open the first conversation.
//!
//! Tone: no blame on either side. Drifting apart is common and usually
//! nobody's fault; the steps start small and leave the other person room to
//! answer in their own time.

use super::sources::Article;

/// The articles every reconnect plan draws on.
pub const SOURCES: &[Article] = &[Article::Rebuild];

/// Why the person lost touch with someone; the model's `Reason` picks one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReconnectText {
    pub title: &'static str,
    pub steps: &'static [&'static str],
    pub openers: &'static [&'static str],
}

pub const BUSY: ReconnectText = ReconnectText {
    title: "Busy schedules",
    steps: &[
        "Send a short message that needs no long reply, just to say you thought of them.",
        "Suggest something small that fits into a busy week, like a 15-minute call or a walk.",
        "Put a date in both your calendars rather than waiting for a free moment.",
        "Afterwards, agree on a simple rhythm, such as a call on the first Sunday of the month.",
    ],
    openers: &[
        "I know life is full right now. I just wanted to say I miss our chats.",
        "Saw something today that made me think of you. How are things?",
        "Could we grab 15 minutes this week? I'd love to hear what you're up to.",
    ],
};

pub const MOVED: ReconnectText = ReconnectText {
    title: "Moved away",
    steps: &[
        "Send a message or photo that links to a memory you share.",
        "Offer a video or phone call at a time that works across your time zones.",
        "Find something you can do together from afar: the same book, a show, an online game.",
        "If a visit is possible, float a rough time of year so you both have something to look forward to.",
    ],
    openers: &[
        "I walked past our old spot today and thought of you. How is life there?",
        "It has been too long! Fancy a video call one evening this week?",
        "I'm reading something I think you'd like. Want to read it together and compare notes?",
    ],
};

pub const QUIET: ReconnectText = ReconnectText {
    title: "Lack of communication",
    steps: &[
        "Reach out first, without waiting to find out who went quiet.",
        "Keep the first message light and easy to answer.",
        "Ask a question about their life and listen to the answer.",
        "Follow up within a week or two, so the thread does not go quiet again.",
        "Notice which way of keeping in touch suits them best, and use it.",
    ],
    openers: &[
        "Hey, it's been a while and I've missed you. How have you been?",
        "I was thinking about the time we ... and it made me smile. What's new with you?",
        "No need for a long reply. I just wanted to say hello.",
    ],
};

pub const CONFLICT: ReconnectText = ReconnectText {
    title: "A conflict",
    steps: &[
        "Take some time first to think about what happened and what you would like now.",
        "Reach out calmly, and own your part without going over every detail.",
        "Listen to their side, even where you see things differently.",
        "Agree on a small, low-pressure next step together, like a coffee.",
        "Give it time: trust usually comes back in small steps, not all at once.",
    ],
    openers: &[
        "I've been thinking about what happened between us, and I miss our friendship.",
        "I'm sorry for my part in how things went. Would you be open to talking?",
        "I'd like to hear how you saw things, when you feel ready.",
    ],
};

pub const OTHER: ReconnectText = ReconnectText {
    title: "Something else",
    steps: &[
        "Think about what you valued in this connection, and what you would like it to be now.",
        "Send a friendly message with no pressure to reply straight away.",
        "Suggest one simple thing to do together.",
        "Check in again after a little while, whatever the first answer was.",
    ],
    openers: &[
        "You've been on my mind lately. How are you doing?",
        "I'd love to catch up sometime soon, whenever suits you.",
        "I came across something that reminded me of you and wanted to say hi.",
    ],
};
