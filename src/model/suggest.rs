//! The one suggested small action on the Today screen, chosen by a few
//! readable rules. The rules are tried in this order and the first that
//! applies wins:
//!
//! 1. **No one on the map.** With no live (not deleted) people, start the
//!    map.
//! 2. **A hard time lately.** The latest loneliness check-up is in its
//!    higher band, or the latest social network check-up (LSNS-6) is in its
//!    "at risk of isolation" band: a gentle, small hello to one kind person.
//! 3. **A gap on the map.** The first gap `gaps::find_gaps` notices, with
//!    the gap's own title and suggested action.
//! 4. **A habit to practise.** The latest connection skills check-up's
//!    lowest-rated habit (its first focus area), with its first small action.
//! 5. **No challenge going.** No live challenge is still running: try the
//!    5-for-5 Connection Challenge.
//! 6. **Otherwise**, a line of gratitude in the journal.
//!
//! Deleted records never count. Rules 2 and 4 look only at the latest
//! check-up of each kind, and only when it was taken in the last
//! `FRESH_DAYS` days: an older result may no longer fit.
//!
//! Each suggestion carries a `why` naming the rule, shown to the person.
//! The words are in `content::suggest`.

use super::assessment::checkup::latest;
use super::assessment::{CheckupKind, CheckupResult, LonelinessBand, NetworkBand};
use super::challenge::{running, Challenge};
use super::gaps::{find_gaps, GapKind};
use super::{CheckupRecord, Data, Person};
use crate::content::gaps::START_YOUR_MAP;
use crate::content::suggest::{self as text, SuggestText};
use crate::route::Route;
use chrono::NaiveDate;

/// One small action to suggest.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Suggestion {
    pub title: &'static str,
    pub text: &'static str,
    /// An in-app hash route, such as `#/people`.
    pub href: &'static str,
    /// One short sentence naming the rule that chose it.
    pub why: &'static str,
}

/// A check-up counts for rules 2 and 4 for this many days after it was
/// taken (the day itself is day 0).
pub const FRESH_DAYS: i64 = 90;

/// What the rules look at: the map, the check-ups and the challenges.
#[derive(Clone, Copy, Debug)]
pub struct Facts<'a> {
    pub people: &'a [Person],
    pub checkups: &'a [CheckupRecord],
    pub challenges: &'a [Challenge],
}

impl<'a> From<&'a Data> for Facts<'a> {
    fn from(d: &'a Data) -> Self {
        Facts {
            people: &d.people,
            checkups: &d.checkups,
            challenges: &d.challenges,
        }
    }
}

type Rule = fn(Facts, NaiveDate) -> Option<Suggestion>;

/// Rules 1 to 5, in order; rule 6 is the fallback in `suggest`.
const RULES: &[Rule] = &[no_one_yet, hard_time, map_gap, weakest_skill, no_challenge];

/// The suggestion for `today`: the first rule that applies.
pub fn suggest<'a>(facts: impl Into<Facts<'a>>, today: NaiveDate) -> Suggestion {
    let data = facts.into();
    RULES
        .iter()
        .find_map(|rule| rule(data, today))
        .unwrap_or_else(|| from_text(text::GRATITUDE, Route::Journal))
}

fn from_text(t: SuggestText, route: Route) -> Suggestion {
    Suggestion {
        title: t.title,
        text: t.text,
        href: route.hash(),
        why: t.why,
    }
}

fn start_map() -> Suggestion {
    Suggestion {
        title: START_YOUR_MAP.title,
        text: START_YOUR_MAP.action,
        href: Route::People.hash(),
        why: text::START_MAP_WHY,
    }
}

/// The scored latest live check-up of `kind`, if it is fresh on `today`.
/// A damaged record (one that cannot be scored) counts as none.
fn fresh_result(data: Facts, kind: CheckupKind, today: NaiveDate) -> Option<CheckupResult> {
    let record = latest(data.checkups, kind)?;
    let age = today.signed_duration_since(record.day).num_days();
    if age > FRESH_DAYS {
        return None;
    }
    record.score().ok()
}

/// Rule 1.
fn no_one_yet(data: Facts, _today: NaiveDate) -> Option<Suggestion> {
    data.people.iter().all(|p| p.stamp.deleted).then(start_map)
}

/// Rule 2.
fn hard_time(data: Facts, today: NaiveDate) -> Option<Suggestion> {
    let lonely = matches!(
        fresh_result(data, CheckupKind::Loneliness, today),
        Some(CheckupResult::Loneliness(r)) if r.band == LonelinessBand::Higher
    );
    let isolated = matches!(
        fresh_result(data, CheckupKind::Network, today),
        Some(CheckupResult::Network(r)) if r.band == NetworkBand::AtRisk
    );
    let why = if lonely {
        text::LONELY_WHY
    } else if isolated {
        text::NETWORK_WHY
    } else {
        return None;
    };
    Some(Suggestion {
        title: text::REACH_OUT_TITLE,
        text: text::REACH_OUT_TEXT,
        href: Route::People.hash(),
        why,
    })
}

/// Rule 3. Every gap is looked at and acted on from the People screen,
/// where the map and its gaps are shown.
fn map_gap(data: Facts, _today: NaiveDate) -> Option<Suggestion> {
    let gap = find_gaps(data.people).into_iter().next()?;
    let why = match gap.kind {
        // Only reached when everyone left is archived.
        GapKind::StartYourMap => return Some(start_map()),
        GapKind::NoOneToCallOn => text::NO_ONE_TO_CALL_ON_WHY,
        GapKind::InnerCircleEmpty => text::INNER_CIRCLE_EMPTY_WHY,
        GapKind::DrainingInnerTie => text::DRAINING_INNER_TIE_WHY,
        GapKind::InnerCircleOneType => text::INNER_CIRCLE_ONE_TYPE_WHY,
        GapKind::FewEnergizers => text::FEW_ENERGIZERS_WHY,
        GapKind::NoGroup => text::NO_GROUP_WHY,
    };
    Some(Suggestion {
        title: gap.title,
        text: gap.suggested_action,
        href: Route::People.hash(),
        why,
    })
}

/// Rule 4.
fn weakest_skill(data: Facts, today: NaiveDate) -> Option<Suggestion> {
    let Some(CheckupResult::Skills(result)) = fresh_result(data, CheckupKind::Skills, today) else {
        return None;
    };
    let skill = result.focus[0];
    Some(Suggestion {
        title: skill.label(),
        text: skill.actions().first()?,
        href: Route::People.hash(),
        why: text::SKILL_WHY,
    })
}

/// Rule 5. A challenge still running (not deleted, not finished, including
/// one set to start later) means there is one going.
fn no_challenge(data: Facts, today: NaiveDate) -> Option<Suggestion> {
    let going = running(data.challenges, today).next().is_some();
    (!going).then(|| from_text(text::CHALLENGE, Route::Challenges))
}
