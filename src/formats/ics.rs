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

use crate::model::cadence::window;
use crate::model::challenge::ritual::{next_occurrence, Repeat, Ritual};
use crate::model::interaction::{last_contact_in, latest_by_person, Interaction};
use crate::model::milestone::Milestone;
use crate::model::people::{Birthday, Cadence, Person};
use chrono::{DateTime, Datelike, Days, NaiveDate, Timelike, Utc};

/// The longest line allowed, in octets, not counting the CRLF.
pub const MAX_LINE: usize = 75;

const WEEKDAY_CODES: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

/// The whole calendar as RFC 5545 text.
///
/// `today` is the person's local day (where check-in series start);
/// `now_utc` is the export time, written as each event's `DTSTAMP`.
/// Archived and deleted people, and deleted rituals and milestones, are
/// left out.
pub fn calendar(
    people: &[Person],
    interactions: &[Interaction],
    rituals: &[Ritual],
    milestones: &[Milestone],
    today: NaiveDate,
    now_utc: DateTime<Utc>,
) -> String {
    let mut w = Writer {
        out: String::new(),
        stamp: utc_stamp(now_utc),
    };
    w.line("BEGIN:VCALENDAR");
    w.line("VERSION:2.0");
    w.line("PRODID:-//Tend//Tend calendar export//EN");
    w.line("CALSCALE:GREGORIAN");
    w.line("METHOD:PUBLISH");
    w.line("X-WR-CALNAME:Tend");

    let active = || people.iter().filter(|p| p.is_active());
    let latest = latest_by_person(interactions);
    for p in active() {
        let Some(cadence) = p.cadence else { continue };
        let start = match last_contact_in(p, &latest) {
            Some(last) => plus(last, window(cadence).due_after).max(today),
            None => today,
        };
        let mut rule = String::from(match cadence {
            Cadence::Weekly => "FREQ=WEEKLY",
            Cadence::Fortnightly => "FREQ=WEEKLY;INTERVAL=2",
            Cadence::Monthly => "FREQ=MONTHLY",
            Cadence::Quarterly => "FREQ=MONTHLY;INTERVAL=3",
            Cadence::EveryNDays(_) => "FREQ=DAILY;INTERVAL=",
        });
        match cadence {
            Cadence::EveryNDays(n) => push_num(&mut rule, n.get().into(), 1),
            Cadence::Monthly | Cadence::Quarterly if start.day() > 28 => {
                month_end_rule(&mut rule, start.day())
            }
            _ => {}
        }
        let summary = String::from("Check in with ") + &p.name;
        let about = cadence.label() + ". A gentle reminder from Tend.";
        w.event("checkin-", &p.stamp.id, start, &rule, &summary, &about);
    }

    for r in rituals.iter().filter(|r| !r.stamp.deleted) {
        let Some(start) = r.since.pred_opt().and_then(|d| next_occurrence(r, d)) else {
            continue;
        };
        let mut rule = String::new();
        match r.repeat {
            Repeat::Weekly(day) => {
                rule.push_str("FREQ=WEEKLY;BYDAY=");
                rule.push_str(WEEKDAY_CODES[day.num_days_from_monday() as usize]);
            }
            Repeat::Monthly(day) => {
                rule.push_str("FREQ=MONTHLY");
                if day > 28 {
                    month_end_rule(&mut rule, u32::from(day));
                } else {
                    rule.push_str(";BYMONTHDAY=");
                    push_num(&mut rule, day.into(), 1);
                }
            }
        }
        let with = r
            .person
            .as_deref()
            .and_then(|id| people.iter().find(|p| p.stamp.id == id && p.is_active()))
            .map(|p| String::from("With ") + &p.name)
            .unwrap_or_default();
        w.event("ritual-", &r.stamp.id, start, &rule, &r.name, &with);
    }

    for p in active() {
        let Some(b) = p.birthday else { continue };
        let Some((start, rule)) = yearly(b, today) else {
            continue;
        };
        let summary = String::from("Birthday: ") + &p.name;
        w.event("birthday-", &p.stamp.id, start, rule, &summary, "");
    }

    for m in milestones.iter().filter(|m| !m.stamp.deleted) {
        let Some(p) = active().find(|p| p.stamp.id == m.person) else {
            continue;
        };
        let Some((start, rule)) = yearly(m.date, today) else {
            continue;
        };
        let summary = String::from(m.title()) + ": " + &p.name;
        w.event("milestone-", &m.stamp.id, start, rule, &summary, "");
    }

    w.line("END:VCALENDAR");
    w.out
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

fn plus(day: NaiveDate, n: u32) -> NaiveDate {
    day.checked_add_days(Days::new(u64::from(n)))
        .unwrap_or(NaiveDate::MAX)
}

struct Writer {
    out: String,
    stamp: String,
}

impl Writer {
    /// Appends one content line, folded, with its CRLF.
    fn line(&mut self, line: &str) {
        fold_into(line, &mut self.out);
    }

    fn event(
        &mut self,
        uid_prefix: &str,
        id: &str,
        start: NaiveDate,
        rule: &str,
        summary: &str,
        description: &str,
    ) {
        self.line("BEGIN:VEVENT");
        let uid = String::from(uid_prefix) + id + "@tend.local";
        self.line(&(String::from("UID:") + &escape_text(&uid)));
        let stamp = String::from("DTSTAMP:") + &self.stamp;
        self.line(&stamp);
        self.line(&date_line("DTSTART;VALUE=DATE:", start));
        // An explicit one-day end: some calendar apps ignore the RFC default.
        self.line(&date_line(
            "DTEND;VALUE=DATE:",
            start.succ_opt().unwrap_or(start),
        ));
        self.line(&(String::from("RRULE:") + rule));
        self.line(&(String::from("SUMMARY:") + &escape_text(summary)));
        if !description.is_empty() {
            self.line(&(String::from("DESCRIPTION:") + &escape_text(description)));
        }
        // Reminders, not appointments: they never mark the person busy.
        self.line("TRANSP:TRANSPARENT");
        self.line("END:VEVENT");
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
