//! The calendar export (`tend-calendar.ics`, RFC 5545): check-in reminders,
//! rituals, birthdays and milestones as recurring all-day events, so they
//! show up in the person's own calendar app.
//!
//! Written here rather than with the `icalendar` crate, which DESIGN.md §6
//! prefers and the size budget (300 KB gzip) has room for, because its
//! writer (0.17.17, the current release) breaks two rules this export keeps:
//! - Its folding lets the last piece of a long line reach 76 octets: after
//!   the first fold it keeps going only while more than 75 octets remain,
//!   but a continuation holds 74 after its leading space. A `SUMMARY` of 150
//!   or 224 octets, e.g. "Check in with " and a 128-character name, comes
//!   out with a 76-octet line (`tests/ics.rs` pins both lengths). Its writer
//!   folds inside `Display` with no hook, so only re-folding its whole output
//!   could mend that.
//! - Its TEXT escaping leaves a lone carriage return and other control
//!   characters as they are, so a name pasted with a `\r` would break the
//!   CRLF line structure.
//!
//! So the few rules needed are kept here, each tested: CRLF line ends,
//! folding at 75 octets without splitting a UTF-8 character, TEXT escaping,
//! and `DATE` / `DATE-TIME` values.
//!
//! Choices worth knowing:
//! - UIDs come from record ids (`checkin-<person id>@tend.local`), so a
//!   second export updates the same events instead of adding copies.
//! - A check-in series starts on the next due day, or today when it is
//!   already due, and repeats at the cadence: weekly, every 2 weeks,
//!   monthly, every 3 months, or every N days.
//! - Monthly series that start on the 29th to 31st fall on the last day of
//!   shorter months (`BYMONTHDAY=28,29,30;BYSETPOS=-1`, or
//!   `BYMONTHDAY=-1` for the 31st): a plain `FREQ=MONTHLY` would skip those
//!   months (RFC 5545 §3.3.10 ignores invalid dates). Rituals follow the
//!   same rule in the app.
//! - A birthday with a known year starts on the day of birth; without one it
//!   starts in the current year. 29 February repeats on the last day of
//!   February (`BYMONTH=2;BYMONTHDAY=-1`), matching the app's rule that it
//!   is kept on 28 February in common years.
//! - A ritual's occurrence set aside ahead of time (`Ritual::skip`) is left
//!   out with `EXDATE`.
//!
//! # Alarms
//!
//! Every series carries `VALARM`s (`ACTION:DISPLAY`, a `DESCRIPTION`, and
//! a `TRIGGER` relative to the all-day event's start, so it rings at the
//! local hour the person chose, `Prefs::alarm_hour`): a check-in, a ritual
//! and a date on the day; a birthday the day before and on the day.
//! `TRIGGER:PT9H` is 9:00 on the day, `-PT15H` is 9:00 the day before.
//! Apple Calendar, Outlook and Thunderbird keep them; Google Calendar drops
//! alarms from imported files.
//!
//! # Seasons
//!
//! No alarm rings on a day inside a season. What a calendar user would
//! expect of a series that crosses one:
//! - **Check-ins** pause, as they do in the app: the series starts on the
//!   next due day as the app counts it (after a season running now), and
//!   occurrences inside a later season are left out (`EXDATE`), so no
//!   "Check in with Ada" sits in the middle of a trip.
//! - **Rituals, birthdays and dates** still happen, so they stay in the
//!   calendar, but quietly: each occurrence with an alarm that would ring
//!   on a paused day is written again (an override with `RECURRENCE-ID`)
//!   with only the alarms that ring outside the season (a birthday the day
//!   after a season keeps its alarm on the day and loses the one the day
//!   before).
//!
//! The export looks [`HORIZON_DAYS`] ahead: a season running until ended is
//! written as lasting that long (export again when it ends to bring the
//! alarms back, as for any change), and the part of a season further ahead
//! is not looked at. Past days need nothing: their alarms cannot ring.

use crate::content::nudge as words;
use crate::model::cadence::{status_with, window, CheckIn};
use crate::model::challenge::ritual::{next_occurrence, Repeat, Ritual};
use crate::model::interaction::{last_contact_in, latest_by_person, Interaction};
use crate::model::milestone::Milestone;
use crate::model::order::set_of;
use crate::model::people::{Birthday, Cadence, Person};
use crate::model::season::{Pauses, Season};
use crate::model::Data;
use chrono::{DateTime, Datelike, Days, Months, NaiveDate, Timelike, Utc};
use std::collections::BTreeSet;

/// The longest line allowed, in octets, not counting the CRLF.
pub const MAX_LINE: usize = 75;

/// How far ahead the export looks for seasons (see the module note).
pub const HORIZON_DAYS: u64 = 366;

/// The alarm hour before the person chooses one (`Prefs::alarm_hour`).
pub const DEFAULT_ALARM_HOUR: u8 = 9;

const WEEKDAY_CODES: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

/// What the export is made of, apart from the records themselves.
#[derive(Clone, Copy, Debug)]
pub struct Options<'a> {
    /// The local hour (0–23) the alarms ring at; larger values are read
    /// as 23.
    pub alarm_hour: u8,
    /// Seasons: no alarm rings inside one (see the module note).
    pub seasons: &'a [Season],
}

/// The whole calendar of `data` (the alarm hour from its `Prefs`, its
/// seasons) as RFC 5545 text. `today` is the person's local day; `now_utc`
/// the export time, written as each event's `DTSTAMP`.
pub fn export(data: &Data, today: NaiveDate, now_utc: DateTime<Utc>) -> String {
    let options = Options {
        alarm_hour: crate::model::prefs::current(&data.prefs).alarm_hour,
        seasons: &data.seasons,
    };
    calendar_with(
        &data.people,
        &data.interactions,
        &data.rituals,
        &data.milestones,
        &options,
        today,
        now_utc,
    )
}

/// The calendar with alarms at [`DEFAULT_ALARM_HOUR`] and no seasons; see
/// [`export`], which the app should call so the person's hour and seasons
/// count.
pub fn calendar(
    people: &[Person],
    interactions: &[Interaction],
    rituals: &[Ritual],
    milestones: &[Milestone],
    today: NaiveDate,
    now_utc: DateTime<Utc>,
) -> String {
    let options = Options {
        alarm_hour: DEFAULT_ALARM_HOUR,
        seasons: &[],
    };
    calendar_with(
        people,
        interactions,
        rituals,
        milestones,
        &options,
        today,
        now_utc,
    )
}

/// The whole calendar as RFC 5545 text, with `options`.
///
/// Archived and deleted people, and deleted rituals and milestones, are
/// left out.
pub fn calendar_with(
    people: &[Person],
    interactions: &[Interaction],
    rituals: &[Ritual],
    milestones: &[Milestone],
    options: &Options,
    today: NaiveDate,
    now_utc: DateTime<Utc>,
) -> String {
    let mut w = Writer {
        out: String::new(),
        stamp: utc_stamp(now_utc),
        hour: u32::from(options.alarm_hour.min(23)),
        quiet: quiet_spans(options.seasons, today),
    };
    w.line("BEGIN:VCALENDAR");
    w.line("VERSION:2.0");
    w.line("PRODID:-//Tend//Tend calendar export//EN");
    w.line("CALSCALE:GREGORIAN");
    w.line("METHOD:PUBLISH");
    w.line("X-WR-CALNAME:Tend");

    let active = || people.iter().filter(|p| p.is_active());
    let latest = latest_by_person(interactions);
    // The app's own rule for the next due day, seasons included.
    let pauses = Pauses::new(options.seasons, today);
    for p in active() {
        let Some(cadence) = p.cadence else { continue };
        let last = last_contact_in(p, &latest);
        let start = match status_with(p, last, today, None, &pauses) {
            CheckIn::Ok { next_due } => next_due,
            _ => today,
        };
        let mut rule = String::from(match cadence {
            Cadence::Weekly => "FREQ=WEEKLY",
            Cadence::Fortnightly => "FREQ=WEEKLY;INTERVAL=2",
            Cadence::Monthly => "FREQ=MONTHLY",
            Cadence::Quarterly => "FREQ=MONTHLY;INTERVAL=3",
            Cadence::EveryNDays(_) => "FREQ=DAILY;INTERVAL=",
        });
        let series = match cadence {
            Cadence::EveryNDays(n) => {
                push_num(&mut rule, n.get().into(), 1);
                Series::Days(start, u64::from(n.get()))
            }
            Cadence::Weekly | Cadence::Fortnightly => {
                Series::Days(start, u64::from(window(cadence).due_after))
            }
            Cadence::Monthly | Cadence::Quarterly => {
                if start.day() > 28 {
                    month_end_rule(&mut rule, start.day());
                }
                let step = if cadence == Cadence::Monthly { 1 } else { 3 };
                Series::Months(start, step, start.day())
            }
        };
        let summary = String::from("Check in with ") + &p.name;
        let about = cadence.label() + ". A gentle reminder from Tend.";
        let alarm = String::from(words::ALARM_CHECK_IN) + &p.name;
        let skipped: Vec<NaiveDate> = w.in_quiet(&series, 0).into_iter().collect();
        w.event(&Event {
            uid: uid("checkin-", &p.stamp.id),
            start,
            rule: &rule,
            summary: &summary,
            description: &about,
            alarms: &[(0, &alarm)],
            skipped: &skipped,
            quiet: false,
            series: &series,
        });
    }

    for r in rituals.iter().filter(|r| !r.stamp.deleted) {
        let Some(start) = r.since.pred_opt().and_then(|d| next_occurrence(r, d)) else {
            continue;
        };
        let mut rule = String::new();
        let series = match r.repeat {
            Repeat::Weekly(day) => {
                rule.push_str("FREQ=WEEKLY;BYDAY=");
                rule.push_str(WEEKDAY_CODES[day.num_days_from_monday() as usize]);
                Series::Days(start, 7)
            }
            Repeat::Monthly(day) => {
                rule.push_str("FREQ=MONTHLY");
                if day > 28 {
                    month_end_rule(&mut rule, u32::from(day));
                } else {
                    rule.push_str(";BYMONTHDAY=");
                    push_num(&mut rule, day.into(), 1);
                }
                Series::Months(start, 1, u32::from(day))
            }
        };
        let with = r
            .person
            .as_deref()
            .and_then(|id| people.iter().find(|p| p.stamp.id == id && p.is_active()))
            .map(|p| String::from("With ") + &p.name)
            .unwrap_or_default();
        // The occurrence set aside ahead of time, when it is one.
        let skipped: Vec<NaiveDate> = r
            .skip
            .filter(|d| *d >= start && r.repeat.falls_on(*d))
            .into_iter()
            .collect();
        w.event(&Event {
            uid: uid("ritual-", &r.stamp.id),
            start,
            rule: &rule,
            summary: &r.name,
            description: &with,
            alarms: &[(0, &r.name)],
            skipped: &skipped,
            quiet: true,
            series: &series,
        });
    }

    for p in active() {
        let Some(b) = p.birthday else { continue };
        let Some((start, rule)) = yearly(b, today) else {
            continue;
        };
        let summary = String::from("Birthday: ") + &p.name;
        let before = String::from(words::ALARM_BIRTHDAY_TOMORROW) + &p.name;
        let on = String::from(words::ALARM_BIRTHDAY_TODAY) + &p.name;
        w.event(&Event {
            uid: uid("birthday-", &p.stamp.id),
            start,
            rule,
            summary: &summary,
            description: "",
            alarms: &[(-1, &before), (0, &on)],
            skipped: &[],
            quiet: true,
            series: &Series::Yearly(start, b),
        });
    }

    for m in milestones.iter().filter(|m| !m.stamp.deleted) {
        let Some(p) = active().find(|p| p.stamp.id == m.person) else {
            continue;
        };
        let Some((start, rule)) = yearly(m.date, today) else {
            continue;
        };
        let summary = String::from(m.title()) + ": " + &p.name;
        let alarm = String::from(words::ALARM_DATE) + &summary;
        w.event(&Event {
            uid: uid("milestone-", &m.stamp.id),
            start,
            rule,
            summary: &summary,
            description: "",
            alarms: &[(0, &alarm)],
            skipped: &[],
            quiet: true,
            series: &Series::Yearly(start, m.date),
        });
    }

    w.line("END:VCALENDAR");
    w.out
}

fn uid(prefix: &str, id: &str) -> String {
    String::from(prefix) + id + "@tend.local"
}

/// The days no alarm may ring on, from today to the horizon: every live
/// season's days, one running until ended taken to last to the horizon.
fn quiet_spans(seasons: &[Season], today: NaiveDate) -> Vec<(NaiveDate, NaiveDate)> {
    let horizon = today
        .checked_add_days(Days::new(HORIZON_DAYS))
        .unwrap_or(NaiveDate::MAX);
    let open_ended: Vec<Season> = seasons
        .iter()
        .filter(|s| !s.stamp.deleted)
        .map(|s| {
            let mut s = s.clone();
            s.end = Some(s.end.unwrap_or(horizon));
            s
        })
        .collect();
    Pauses::new(&open_ended, today)
        .spans()
        .iter()
        .filter_map(|(a, b)| {
            let (a, b) = ((*a).max(today), (*b).min(horizon));
            (a <= b).then_some((a, b))
        })
        .collect()
}

/// A series' occurrences, as its `RRULE` gives them (the two are written
/// side by side and checked against a real parser in the tests).
#[derive(Clone, Copy, Debug)]
enum Series {
    /// From the start, every so many days.
    Days(NaiveDate, u64),
    /// From the start, every so many months, on a day of the month (the
    /// last day of shorter months).
    Months(NaiveDate, u32, u32),
    /// Every year from the start, on a month and day (29 February on the
    /// last day of February).
    Yearly(NaiveDate, Birthday),
}

impl Series {
    /// Every occurrence from `from` to `to`, both included.
    fn between(self, from: NaiveDate, to: NaiveDate) -> Vec<NaiveDate> {
        let mut out = Vec::new();
        match self {
            Series::Days(start, step) => {
                let step = step.max(1);
                let ahead = u64::try_from((from - start).num_days()).unwrap_or(0);
                let mut k = ahead.div_ceil(step);
                while let Some(d) = start.checked_add_days(Days::new(k * step)) {
                    if d > to {
                        break;
                    }
                    out.push(d);
                    k += 1;
                }
            }
            Series::Months(start, step, day) => {
                let Some(first) = start.with_day(1) else {
                    return out;
                };
                let mut k = 0;
                while let Some(month) = first.checked_add_months(Months::new(k * step.max(1))) {
                    let d = in_month(month, day);
                    if d > to {
                        break;
                    }
                    if d >= from && d >= start {
                        out.push(d);
                    }
                    k += 1;
                }
            }
            Series::Yearly(start, date) => {
                for year in start.year().max(from.year())..=to.year() {
                    if let Some(d) = date.in_year(year).filter(|d| *d >= start) {
                        if d >= from && d <= to {
                            out.push(d);
                        }
                    }
                }
            }
        }
        out
    }
}

/// Day `day` of the month that starts on `first`, or its last day.
fn in_month(first: NaiveDate, day: u32) -> NaiveDate {
    let last = first
        .checked_add_months(Months::new(1))
        .and_then(|d| d.pred_opt())
        .unwrap_or(NaiveDate::MAX);
    first.with_day(day).filter(|d| *d <= last).unwrap_or(last)
}

/// The first day and rule of a yearly date: from its year when known, else
/// from this year.
fn yearly(date: Birthday, today: NaiveDate) -> Option<(NaiveDate, &'static str)> {
    let start = date.in_year(date.year().unwrap_or(today.year()))?;
    let rule = if date.month() == 2 && date.day() == 29 {
        "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1"
    } else {
        "FREQ=YEARLY"
    };
    Some((start, rule))
}

/// Appends the rule part that keeps a monthly day of 29 to 31 in every
/// month, on the last day of the shorter ones.
fn month_end_rule(rule: &mut String, day: u32) {
    rule.push_str(match day {
        29 => ";BYMONTHDAY=28,29;BYSETPOS=-1",
        30 => ";BYMONTHDAY=28,29,30;BYSETPOS=-1",
        _ => ";BYMONTHDAY=-1",
    });
}

/// One series to write.
struct Event<'a> {
    uid: String,
    start: NaiveDate,
    rule: &'a str,
    summary: &'a str,
    description: &'a str,
    /// Each alarm: days from the occurrence (0 on the day, -1 the day
    /// before) and what it says.
    alarms: &'a [(i64, &'a str)],
    /// Occurrences left out (`EXDATE`).
    skipped: &'a [NaiveDate],
    /// Whether occurrences with an alarm in a season stay, quietly (an
    /// override), rather than being left out by the caller.
    quiet: bool,
    series: &'a Series,
}

struct Writer {
    out: String,
    stamp: String,
    /// The alarm hour, 0 to 23.
    hour: u32,
    /// The days no alarm rings on (see [`quiet_spans`]).
    quiet: Vec<(NaiveDate, NaiveDate)>,
}

impl Writer {
    /// Appends one content line, folded, with its CRLF.
    fn line(&mut self, line: &str) {
        fold_into(line, &mut self.out);
    }

    /// Whether `day` is inside a season.
    fn is_quiet(&self, day: NaiveDate) -> bool {
        self.quiet.iter().any(|(a, b)| *a <= day && day <= *b)
    }

    /// The occurrences of `series` whose alarm `offset` days away rings on
    /// a quiet day, in order, once each.
    fn in_quiet(&self, series: &Series, offset: i64) -> BTreeSet<NaiveDate> {
        let shift = |d: NaiveDate, by: i64| {
            d.checked_sub_signed(chrono::Duration::days(by))
                .unwrap_or(d)
        };
        let days = self
            .quiet
            .iter()
            .flat_map(|(a, b)| series.between(shift(*a, offset), shift(*b, offset)));
        set_of(days)
    }

    fn event(&mut self, e: &Event) {
        // In order, once each (sets: no sort compiled, see model::order).
        let skipped = set_of(e.skipped.iter().copied());
        // Occurrences with at least one alarm ringing in a season.
        let mut hushed = BTreeSet::new();
        if e.quiet {
            for (offset, _) in e.alarms {
                hushed.extend(self.in_quiet(e.series, *offset));
            }
            hushed.retain(|d| !skipped.contains(d));
        }

        self.open(e, None);
        self.line(&(String::from("RRULE:") + e.rule));
        if !skipped.is_empty() {
            let mut line = String::from("EXDATE;VALUE=DATE:");
            for (i, d) in skipped.iter().enumerate() {
                if i > 0 {
                    line.push(',');
                }
                push_date(&mut line, *d);
            }
            self.line(&line);
        }
        self.close(e, e.alarms);
        for day in hushed {
            // Only the alarms that ring outside the season.
            let kept: Vec<(i64, &str)> = e
                .alarms
                .iter()
                .filter(|(offset, _)| {
                    let rings = day
                        .checked_add_signed(chrono::Duration::days(*offset))
                        .unwrap_or(day);
                    !self.is_quiet(rings)
                })
                .copied()
                .collect();
            self.open(e, Some(day));
            self.close(e, &kept);
        }
    }

    /// The lines of an event up to its rule: for an override, its
    /// `RECURRENCE-ID` and its own day.
    fn open(&mut self, e: &Event, instead_of: Option<NaiveDate>) {
        self.line("BEGIN:VEVENT");
        self.line(&(String::from("UID:") + &escape_text(&e.uid)));
        let stamp = String::from("DTSTAMP:") + &self.stamp;
        self.line(&stamp);
        if let Some(day) = instead_of {
            self.line(&date_line("RECURRENCE-ID;VALUE=DATE:", day));
        }
        let start = instead_of.unwrap_or(e.start);
        self.line(&date_line("DTSTART;VALUE=DATE:", start));
        // An explicit one-day end: some calendar apps ignore the RFC default.
        self.line(&date_line(
            "DTEND;VALUE=DATE:",
            start.succ_opt().unwrap_or(start),
        ));
    }

    /// The rest of an event, with `alarms`.
    fn close(&mut self, e: &Event, alarms: &[(i64, &str)]) {
        self.line(&(String::from("SUMMARY:") + &escape_text(e.summary)));
        if !e.description.is_empty() {
            self.line(&(String::from("DESCRIPTION:") + &escape_text(e.description)));
        }
        // Reminders, not appointments: they never mark the person busy.
        self.line("TRANSP:TRANSPARENT");
        for (offset, text) in alarms {
            self.line("BEGIN:VALARM");
            self.line("ACTION:DISPLAY");
            self.line(&(String::from("DESCRIPTION:") + &escape_text(text)));
            self.line(&(String::from("TRIGGER:") + &trigger(*offset, self.hour)));
            self.line("END:VALARM");
        }
        self.line("END:VEVENT");
    }
}

/// A trigger relative to the start (midnight) of an all-day occurrence:
/// `hour` o'clock, `days` days from it (0 or -1).
pub fn trigger(days: i64, hour: u32) -> String {
    let hours = days * 24 + i64::from(hour);
    match hours {
        0 => "PT0S".to_string(),
        h if h < 0 => format!("-PT{}H", -h),
        h => format!("PT{h}H"),
    }
}

fn date_line(prefix: &str, day: NaiveDate) -> String {
    let mut s = String::from(prefix);
    push_date(&mut s, day);
    s
}

/// Appends `n` in decimal, zero-padded to `width` digits.
fn push_num(out: &mut String, n: u32, width: usize) {
    let mut digits = [0u8; 10];
    let mut len = 0;
    let mut n = n;
    while n > 0 || len < width.max(1) {
        digits[len] = b'0' + (n % 10) as u8;
        n /= 10;
        len += 1;
    }
    for &d in digits[..len].iter().rev() {
        out.push(char::from(d));
    }
}

/// `YYYYMMDD`, the iCalendar `DATE` form. Years outside 0–9999 cannot be
/// written in it and are clamped.
fn push_date(out: &mut String, day: NaiveDate) {
    push_num(out, day.year().clamp(0, 9999) as u32, 4);
    push_num(out, day.month(), 2);
    push_num(out, day.day(), 2);
}

/// `YYYYMMDDTHHMMSSZ`, the UTC `DATE-TIME` form used by `DTSTAMP`.
pub fn utc_stamp(t: DateTime<Utc>) -> String {
    let mut s = String::with_capacity(16);
    push_date(&mut s, t.date_naive());
    s.push('T');
    push_num(&mut s, t.hour(), 2);
    push_num(&mut s, t.minute(), 2);
    push_num(&mut s, t.second(), 2);
    s.push('Z');
    s
}

/// A TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma are
/// escaped, any line break becomes `\n`, and other control characters,
/// which the format does not allow, are dropped.
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' | ';' | ',' => {
                out.push('\\');
                out.push(c);
            }
            '\r' => {
                chars.next_if_eq(&'\n');
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            '\t' => out.push('\t'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// One content line folded as RFC 5545 §3.1 asks: at most 75 octets per
/// physical line (a continuation's leading space included), never inside a
/// UTF-8 character, each line ended by CRLF.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 64 * 3 + 2);
    fold_into(line, &mut out);
    out
}

fn fold_into(line: &str, out: &mut String) {
    let mut rest = line;
    let mut limit = MAX_LINE;
    loop {
        if rest.len() <= limit {
            out.push_str(rest);
            out.push_str("\r\n");
            return;
        }
        let mut cut = limit;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        out.push_str(&rest[..cut]);
        out.push_str("\r\n ");
        rest = &rest[cut..];
        limit = MAX_LINE - 1;
    }
}
