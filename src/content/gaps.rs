//! Words for the relationship map's gap analysis: for each gap, a short
//! title, what was noticed (framed as an observation, never a judgement), and
//! one small step to try, and the articles the idea comes from.

use super::sources::Article;

/// The text for one gap.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GapText {
    pub title: &'static str,
    pub explanation: &'static str,
    pub action: &'static str,
    /// The articles the observation and the step draw on.
    pub sources: &'static [Article],
}

pub const START_YOUR_MAP: GapText = GapText {
    title: "Start your map",
    explanation: "Your map is empty for now. Adding even a few people, close or not, helps you \
         see where your support comes from.",
    action: "Add one person you spoke to this week, and one you miss.",
    sources: &[Article::Healing],
};

pub const NO_ONE_TO_CALL_ON: GapText = GapText {
    title: "Someone to lean on",
    explanation: "No one on your map is marked as offering emotional support or practical \
         help. Everyone needs someone to turn to, and it is often closer than it seems.",
    action: "Think of one person you could call on in a pinch, and mark the support they \
         offer. If no one comes to mind, consider who you might get to know a little better.",
    sources: &[Article::Cdc, Article::Healing],
};

pub const INNER_CIRCLE_EMPTY: GapText = GapText {
    title: "Your inner circle",
    explanation: "No one is in your inner circle yet. It is for the few people you feel \
         closest to, and one or two is plenty.",
    action: "Ask yourself who you would want to tell first about good news, and move them into \
         your inner circle.",
    sources: &[Article::Healing],
};

pub const DRAINING_INNER_TIE: GapText = GapText {
    title: "A close tie that tires you",
    explanation: "Someone in your inner circle often leaves you drained. Close relationships go \
         through hard patches, and noticing it is a useful first step.",
    action: "Consider what usually happens when you feel this way, and whether a kind, honest \
         word or a clearer boundary could help.",
    sources: &[Article::Healing, Article::FiveSteps, Article::Personal],
};

pub const INNER_CIRCLE_ONE_TYPE: GapText = GapText {
    title: "Variety among close ties",
    explanation: "Everyone in your inner circle comes from one part of your life. Ties from \
         different places can support you in different ways.",
    action: "Think of someone from another part of your life, a friend, neighbour or group, \
         whom you would like to know better, and suggest a small plan together.",
    sources: &[Article::Cdc],
};

pub const FEW_ENERGIZERS: GapText = GapText {
    title: "People who lift you",
    explanation: "Fewer than two people on your map are marked as leaving you energized. Time \
         with people who lift your mood is worth protecting.",
    action: "Notice who you feel lighter after seeing, mark them, and plan a little more time \
         with one of them.",
    sources: &[Article::Healing],
};

pub const NO_GROUP: GapText = GapText {
    title: "A sense of belonging",
    explanation: "No one on your map is from a group or community. Belonging to something \
         shared, like a club, class, team, faith group or volunteering, adds a different kind \
         of connection.",
    action: "Look for one group built around something you enjoy and go along once, just to \
         see.",
    sources: &[Article::Cdc, Article::Rebuild],
};
