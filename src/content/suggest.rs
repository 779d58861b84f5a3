//! Words for the one suggested small action on the Today screen: a title, a
//! step small enough for a tired day, and a short "why" naming the rule that
//! chose it, so the suggestion never feels like it came from nowhere.
//!
//! Tone: an invitation, never an instruction or a verdict. A check-up result
//! is described as what the person answered, not as what they are.

/// The text of one suggestion.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SuggestText {
    pub title: &'static str,
    pub text: &'static str,
    pub why: &'static str,
}

/// Rule 1: nobody on the map yet. The title and step are the gap's own
/// (`content::gaps::START_YOUR_MAP`); only the reason is said here.
pub const START_MAP_WHY: &str = "Because your map is empty for now.";

/// Rule 2: a small, warm step towards one kind person.
pub const REACH_OUT_TITLE: &str = "A small hello";
pub const REACH_OUT_TEXT: &str = "Think of one person who is kind to you and send them a short \
     hello. A few words are enough, and they do not need to reply straight away.";
pub const LONELY_WHY: &str = "Because your latest loneliness check-up was in its higher range.";
pub const NETWORK_WHY: &str =
    "Because your latest social network check-up suggested your circle is small right now.";

/// Rule 3: the first gap on the map. The title and step are the gap's own
/// (`content::gaps`); these say why it came up.
pub const NO_ONE_TO_CALL_ON_WHY: &str =
    "Because no one on your map is marked as someone to lean on yet.";
pub const INNER_CIRCLE_EMPTY_WHY: &str = "Because your inner circle is empty for now.";
pub const DRAINING_INNER_TIE_WHY: &str =
    "Because someone in your inner circle is marked as leaving you drained.";
pub const INNER_CIRCLE_ONE_TYPE_WHY: &str =
    "Because everyone in your inner circle comes from one part of your life.";
pub const FEW_ENERGIZERS_WHY: &str =
    "Because fewer than two people on your map are marked as lifting you.";
pub const NO_GROUP_WHY: &str = "Because no one on your map is from a group or community yet.";

/// Rule 4: the habit rated lowest. The title is the habit's name and the
/// step its first action (`content::checkup`).
pub const SKILL_WHY: &str =
    "Because this was the habit you rated lowest in your latest connection skills check-up.";

/// Rule 5: no challenge going.
pub const CHALLENGE: SuggestText = SuggestText {
    title: "Try the 5-for-5 Connection Challenge",
    text: "Five days, one small act of connection a day. You choose the actions, and a skipped \
         day is fine.",
    why: "Because you have no challenge going right now.",
};

/// Rule 6: everything else looks settled.
pub const GRATITUDE: SuggestText = SuggestText {
    title: "A line of thanks",
    text: "Write one line in your journal about someone you are glad to have in your life, and \
         why.",
    why: "Because everything else looks settled for now.",
};
