//! The weekly review ("evaluate and adjust") and the weekly series the mood
//! and connection chart draws. Weeks run Monday to Sunday, as ISO weeks do.

use super::calendar::mean;
use super::{EntryKind, JournalEntry};
use crate::content::prompts::REVIEW;
use crate::model::season::Pauses;
use crate::model::Interaction;
use chrono::{Datelike, Days, NaiveDate};

/// The Monday of the week `day` is in.
pub fn week_start(day: NaiveDate) -> NaiveDate {
    let back = u64::from(day.weekday().num_days_from_monday());
    day.checked_sub_days(Days::new(back)).unwrap_or(day)
}

/// The day of the latest live review entry.
pub fn last_review_day(entries: &[JournalEntry]) -> Option<NaiveDate> {
    entries
        .iter()
        .filter(|e| !e.stamp.deleted && e.kind == EntryKind::Review)
        .map(|e| e.day)
        .max()
}

/// The latest live review dated on or before `day` (on the same day, the
/// one written last): where Today finds this week's plan.
pub fn latest_review(entries: &[JournalEntry], day: NaiveDate) -> Option<&JournalEntry> {
    entries
        .iter()
        .filter(|e| !e.stamp.deleted && e.kind == EntryKind::Review && e.day <= day)
        .max_by_key(|e| (e.day, e.stamp.created_at))
}

/// Whether Today should offer the weekly review.
///
/// The rule: never twice in one week, so not when a review is dated this
/// week (Monday to Sunday) or later. Otherwise it is offered from Friday to
/// Sunday, when the week is there to look back on; and on any day when the
/// previous week had no review either (or there has never been one), so a
/// missed week is caught up on Monday rather than skipped for good.
pub fn review_due(today: NaiveDate, last_review: Option<NaiveDate>) -> bool {
    review_due_in(today, last_review, &Pauses::none())
}

/// [`review_due`] with seasons: never offered on a paused day, and a week
/// with any paused day is not a missed week, so coming back on a Monday
/// does not start with a catch-up.
pub fn review_due_in(today: NaiveDate, last_review: Option<NaiveDate>, pauses: &Pauses) -> bool {
    if pauses.covers(today) {
        return false;
    }
    let this_week = week_start(today);
    if last_review.is_some_and(|d| d >= this_week) {
        return false;
    }
    let weekend = today.weekday().num_days_from_monday() >= 4;
    let last_week = this_week
        .checked_sub_days(Days::new(7))
        .unwrap_or(this_week);
    let last_sunday = this_week.pred_opt().unwrap_or(this_week);
    let missed_last_week =
        last_review.is_none_or(|d| d < last_week) && pauses.count(last_week, last_sunday) == 0;
    weekend || missed_last_week
}

/// The text of a review entry from the answers to `content::prompts::REVIEW`,
/// in order: each answered question on its own line with the answer below,
/// answers apart by a blank line. Unanswered questions are left out. Empty
/// when nothing was answered.
pub fn review_text(answers: &[&str]) -> String {
    let mut text = String::new();
    for (question, answer) in REVIEW.iter().zip(answers) {
        let answer = answer.trim();
        if answer.is_empty() {
            continue;
        }
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        text.push_str(question);
        text.push('\n');
        text.push_str(answer);
    }
    text
}

/// The plan for next week in a review written by `review_text`: the answer
/// to the last question, for Today to show. `None` when it was left out.
pub fn review_plan(text: &str) -> Option<&str> {
    let question = REVIEW[REVIEW.len() - 1];
    let at = text.find(question)?;
    let plan = text[at + question.len()..].trim();
    (!plan.is_empty()).then_some(plan)
}

/// One week of the mood and connection chart.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct WeekPoint {
    /// The Monday the week starts on.
    pub week: NaiveDate,
    /// Live journal entries that week.
    pub entries: u32,
    /// Mean mood of that week's entries with a mood; `None` without any.
    pub mood: Option<f32>,
    /// Live interactions logged that week.
    pub interactions: u32,
}

/// The last `weeks` weeks up to and including the one with `today`, oldest
/// first.
pub fn weekly_series(
    entries: &[JournalEntry],
    interactions: &[Interaction],
    today: NaiveDate,
    weeks: usize,
) -> Vec<WeekPoint> {
    let last = week_start(today);
    let Some(first) = last.checked_sub_days(Days::new(
        7u64.saturating_mul(weeks.saturating_sub(1) as u64),
    )) else {
        return Vec::new();
    };
    // Day numbers, not durations: this runs over every entry and contact.
    let first_n = first.num_days_from_ce();
    let slot = |day: NaiveDate| -> Option<usize> {
        let i = usize::try_from(day.num_days_from_ce() - first_n).ok()? / 7;
        (i < weeks).then_some(i)
    };
    let mut points: Vec<WeekPoint> = Vec::with_capacity(weeks);
    let mut moods: Vec<(u32, u32)> = vec![(0, 0); weeks];
    let mut monday = first;
    for _ in 0..weeks {
        points.push(WeekPoint {
            week: monday,
            entries: 0,
            mood: None,
            interactions: 0,
        });
        monday = monday.checked_add_days(Days::new(7)).unwrap_or(monday);
    }
    for e in entries.iter().filter(|e| !e.stamp.deleted) {
        if let Some(i) = slot(e.day) {
            points[i].entries += 1;
            if let Some(m) = e.mood {
                moods[i].0 += u32::from(m);
                moods[i].1 += 1;
            }
        }
    }
    for it in interactions.iter().filter(|i| !i.stamp.deleted) {
        if let Some(i) = slot(it.day) {
            points[i].interactions += 1;
        }
    }
    for (p, &(sum, n)) in points.iter_mut().zip(&moods) {
        p.mood = mean(sum, n);
    }
    points
}
