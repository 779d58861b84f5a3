//! The calendar view: how much was written on each day of a month and how
//! it felt, and the "on this day" look-back.

use super::JournalEntry;
use chrono::{Datelike, Months, NaiveDate};

/// One day of the heat-map.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DayCell {
    pub day: NaiveDate,
    /// Live entries on that day, reviews included.
    pub entries: u32,
    /// Mean mood of the entries that have one; `None` when none has.
    pub mood: Option<f32>,
}

/// One cell per day of `month` (1–12) of `year`, first day first. Empty for
/// a month that does not exist.
pub fn month_heat(entries: &[JournalEntry], year: i32, month: u32) -> Vec<DayCell> {
    let Some(first) = NaiveDate::from_ymd_opt(year, month, 1) else {
        return Vec::new();
    };
    let mut cells: Vec<DayCell> = first
        .iter_days()
        .take_while(|d| d.month() == month)
        .map(|day| DayCell {
            day,
            entries: 0,
            mood: None,
        })
        .collect();
    let mut moods = [(0u32, 0u32); 31];
    for e in entries {
        if e.stamp.deleted || e.day.year() != year || e.day.month() != month {
            continue;
        }
        let i = e.day.day0() as usize;
        if let Some(cell) = cells.get_mut(i) {
            cell.entries += 1;
        }
        if let Some(m) = e.mood {
            moods[i].0 += u32::from(m);
            moods[i].1 += 1;
        }
    }
    for (cell, &(sum, n)) in cells.iter_mut().zip(moods.iter()) {
        cell.mood = mean(sum, n);
    }
    cells
}

pub(super) fn mean(sum: u32, n: u32) -> Option<f32> {
    (n > 0).then(|| sum as f32 / n as f32)
}

/// Entries written on today's month and day in earlier years, newest year
/// first. On 28 February of a year without a 29th, entries of 29 February
/// are included too, so they still come back once a year.
pub fn on_this_day(entries: &[JournalEntry], today: NaiveDate) -> Vec<&JournalEntry> {
    let leap_day_too = today.month() == 2
        && today.day() == 28
        && NaiveDate::from_ymd_opt(today.year(), 2, 29).is_none();
    let mut found: Vec<&JournalEntry> = entries
        .iter()
        .filter(|e| {
            !e.stamp.deleted
                && e.day.year() < today.year()
                && e.day.month() == today.month()
                && (e.day.day() == today.day() || (leap_day_too && e.day.day() == 29))
        })
        .collect();
    newest_first(&mut found);
    found
}

/// Entries of the same day one month ago, newest written first. At the end
/// of a month that is the last day of the shorter month before: on 31 March
/// it is 28 (or 29) February.
pub fn month_ago(entries: &[JournalEntry], today: NaiveDate) -> Vec<&JournalEntry> {
    let Some(then) = today.checked_sub_months(Months::new(1)) else {
        return Vec::new();
    };
    let mut found: Vec<&JournalEntry> = entries
        .iter()
        .filter(|e| !e.stamp.deleted && e.day == then)
        .collect();
    newest_first(&mut found);
    found
}

fn newest_first(list: &mut Vec<&JournalEntry>) {
    crate::model::order::sort_by(list, |e| {
        crate::model::order::newest_first(e.day, e.stamp.created_at)
    });
}
