//! The weekly review ("evaluate and adjust") and the series the mood and
//! connection chart draws. Weeks run Monday to Sunday, as ISO weeks do.

use super::calendar::mean;
use super::{EntryKind, JournalEntry};
use crate::content::prompts::REVIEW;
use crate::model::season::Pauses;
use crate::model::timeline::{slot_of, slots, Span, Unit};
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

/// One point of the mood and connection chart: a week, month or quarter.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MoodPoint {
    /// The first and last day it stands for (the first and last point may
    /// reach beyond the span asked for; only the span's days are counted).
    pub start: NaiveDate,
    pub end: NaiveDate,
    /// Live journal entries on its days.
    pub entries: u32,
    /// Of those, the ones with a mood.
    pub moods: u32,
    /// Mean mood of the entries with one; `None` without any.
    pub mood: Option<f32>,
    /// Live interactions logged on its days.
    pub interactions: u32,
}

/// Mood beside contacts over `span`, one point per `unit` (see
/// `timeline::Unit::for_span`), oldest first. One pass over the entries and
/// the contacts: ten years are some 25,000 records.
pub fn mood_series(
    entries: &[JournalEntry],
    interactions: &[Interaction],
    span: Span,
    unit: Unit,
) -> Vec<MoodPoint> {
    let mut points: Vec<MoodPoint> = slots(span, unit)
        .into_iter()
        .map(|(start, end)| MoodPoint {
            start,
            end,
            entries: 0,
            moods: 0,
            mood: None,
            interactions: 0,
        })
        .collect();
    let mut sums = vec![0u32; points.len()];
    for e in entries.iter().filter(|e| !e.stamp.deleted) {
        if let Some(p) =
            slot_of(span, unit, e.day).and_then(|i| points.get_mut(i).zip(sums.get_mut(i)))
        {
            p.0.entries += 1;
            if let Some(m) = e.mood {
                *p.1 += u32::from(m);
                p.0.moods += 1;
            }
        }
    }
    for it in interactions.iter().filter(|i| !i.stamp.deleted) {
        if let Some(p) = slot_of(span, unit, it.day).and_then(|i| points.get_mut(i)) {
            p.interactions += 1;
        }
    }
    for (p, &sum) in points.iter_mut().zip(&sums) {
        p.mood = mean(sum, p.moods);
    }
    points
}
