//! The journal as one Markdown file, to keep or read anywhere.
//!
//! Shape: a title, then one `## Saturday, 7 March 2026` heading per day,
//! oldest day first so the file reads like a diary; within a day, entries in
//! the order they were written, apart by a thematic break. Each entry is its
//! text, then a short list of mood, tags and people when it has them. A
//! weekly review carries a `### Weekly review` heading, and the prompt an
//! entry answered is quoted above it.
//!
//! User text stays text: a line that Markdown would turn into a heading,
//! list, quote, rule, code block, table or link definition gets one
//! backslash before the character that would do it, and '<' is escaped so
//! nothing becomes HTML. Line breaks inside a paragraph are kept as hard
//! breaks (two trailing spaces, invisible where they are not understood).
//!
//! After the entries, a `# How to reach them` section lists the live people
//! who have phone numbers, email addresses or a preferred way of being in
//! touch, by name, so the file keeps those too; it is left out when no one
//! has any.
//!
//! Day and month names come from our own tables rather than chrono's
//! formatting, which the size-bound browser build leaves out.

use crate::model::{JournalEntry, Person};
use chrono::{Datelike, NaiveDate};

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A day written out in English, as "Saturday, 7 March 2026".
pub fn long_day(day: NaiveDate) -> String {
    let mut s = String::with_capacity(32);
    s.push_str(crate::model::day::WEEKDAYS[day.weekday().num_days_from_monday() as usize]);
    s.push_str(", ");
    s.push_str(&day.day().to_string());
    s.push(' ');
    s.push_str(MONTHS[day.month0() as usize]);
    s.push(' ');
    s.push_str(&day.year().to_string());
    s
}

/// The whole journal as Markdown. Deleted entries are left out, and so are
/// people who were deleted or are unknown.
pub fn journal_markdown(entries: &[JournalEntry], people: &[Person]) -> String {
    let mut list: Vec<&JournalEntry> = entries.iter().filter(|e| !e.stamp.deleted).collect();
    crate::model::order::sort_by(&mut list, |e| {
        crate::model::order::oldest_first(e.day, e.stamp.created_at)
    });
    let mut out =
        String::with_capacity(64 + entries.iter().map(|e| e.text.len() + 96).sum::<usize>());
    out.push_str("# Journal\n\n");
    match list.len() {
        0 => out.push_str("Exported from Tend. No entries yet.\n"),
        1 => out.push_str("Exported from Tend: 1 entry.\n"),
        n => {
            out.push_str("Exported from Tend: ");
            out.push_str(&n.to_string());
            out.push_str(" entries, oldest day first.\n");
        }
    }
    let mut current: Option<NaiveDate> = None;
    for e in list {
        if current == Some(e.day) {
            out.push_str("\n---\n");
        } else {
            out.push_str("\n## ");
            out.push_str(&long_day(e.day));
            out.push('\n');
            current = Some(e.day);
        }
        write_entry(&mut out, e, people);
    }
    write_contacts(&mut out, people);
    out
}

/// Text from a field that should hold one line, as one line, whatever
/// storage held: a line break there must not start Markdown structure.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The `# How to reach them` section; see the module note.
fn write_contacts(out: &mut String, people: &[Person]) {
    let mut list: Vec<&Person> = people
        .iter()
        .filter(|p| {
            !p.stamp.deleted
                && (!p.phones.is_empty() || !p.emails.is_empty() || p.prefers.is_some())
        })
        .collect();
    if list.is_empty() {
        return;
    }
    crate::model::order::sort_by(&mut list, |p| {
        crate::model::order::text(crate::model::journal::fold::fold_str(&p.name))
    });
    out.push_str("\n# How to reach them\n");
    for p in list {
        out.push_str("\n## ");
        push_inline(out, &one_line(&p.name));
        out.push_str("\n\n");
        if let Some(c) = p.prefers {
            out.push_str("- Prefers: ");
            out.push_str(c.label());
            out.push('\n');
        }
        for (what, values) in [("Phone", &p.phones), ("Email", &p.emails)] {
            for v in values {
                out.push_str("- ");
                out.push_str(what);
                out.push_str(": ");
                push_inline(out, &one_line(v));
                out.push('\n');
            }
        }
    }
}

fn write_entry(out: &mut String, e: &JournalEntry, people: &[Person]) {
    if e.is_review() {
        out.push_str("\n### Weekly review\n");
    }
    if let Some(prompt) = &e.prompt {
        out.push('\n');
        for line in prompt.lines().map(str::trim).filter(|l| !l.is_empty()) {
            out.push_str("> ");
            push_line(out, line);
            out.push('\n');
        }
    }
    push_paragraphs(out, &e.text);

    let mut meta = String::new();
    if let Some(m) = e.mood {
        meta.push_str("- Mood: ");
        meta.push_str(&m.to_string());
        meta.push_str(" of 5\n");
    }
    if !e.tags.is_empty() {
        meta.push_str("- Tags: ");
        for (i, tag) in e.tags.iter().enumerate() {
            if i > 0 {
                meta.push_str(", ");
            }
            meta.push('#');
            push_inline(&mut meta, tag);
        }
        meta.push('\n');
    }
    let names: Vec<&str> = e
        .people
        .iter()
        .filter_map(|id| {
            people
                .iter()
                .find(|p| !p.stamp.deleted && p.stamp.id == *id)
                .map(|p| p.name.trim())
        })
        .collect();
    if !names.is_empty() {
        meta.push_str("- People: ");
        for (i, name) in names.into_iter().enumerate() {
            if i > 0 {
                meta.push_str(", ");
            }
            push_inline(&mut meta, name);
        }
        meta.push('\n');
    }
    if !meta.is_empty() {
        out.push('\n');
        out.push_str(&meta);
    }
}

/// Blank lines in `text` separate paragraphs; runs of them count as one.
fn push_paragraphs(out: &mut String, text: &str) {
    let mut started = false;
    let mut in_paragraph = false;
    for line in text.lines().map(|l| l.trim()) {
        if line.is_empty() {
            in_paragraph = false;
            continue;
        }
        // Each line is ended when the next one shows how: a hard break
        // inside a paragraph, a blank line between paragraphs.
        out.push_str(match (in_paragraph, started) {
            (true, _) => "  \n",
            (false, true) => "\n\n",
            (false, false) => "\n",
        });
        push_line(out, line);
        in_paragraph = true;
        started = true;
    }
    if started {
        out.push('\n');
    }
}

/// One trimmed, non-empty line of user text, escaped where Markdown would
/// read its start as structure.
fn push_line(out: &mut String, line: &str) {
    let b = line.as_bytes();
    let Some(&first) = b.first() else { return };
    let second = b.get(1).copied();
    let space_or_end = |c: Option<u8>| c.is_none_or(|c| c == b' ' || c == b'\t');
    let only = |set: &[u8]| b.iter().all(|c| set.contains(c));
    let hashes = b.iter().take_while(|&&c| c == b'#').count();
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();

    let table_rule = b.contains(&b'|') && b.contains(&b'-') && only(b"|-: \t");
    let escape_first = table_rule
        || match first {
            b'#' => hashes <= 6 && space_or_end(b.get(hashes).copied()),
            b'>' => true,
            b'-' | b'+' | b'*' => space_or_end(second) || only(&[first, b' ', b'\t']),
            b'=' => only(b"="),
            b'_' => only(b"_ \t"),
            b'`' | b'~' => b.starts_with(&[first; 3]),
            b'[' => line.contains("]:"),
            _ => false,
        };
    // "1. " or "1) " would start an ordered list: escape the dot instead.
    let list_number = (1..=9).contains(&digits)
        && matches!(b.get(digits), Some(b'.' | b')'))
        && space_or_end(b.get(digits + 1).copied());

    let mut rest = line;
    if escape_first {
        out.push('\\');
    } else if list_number {
        out.push_str(&line[..digits]);
        out.push('\\');
        rest = &line[digits..];
    }
    for c in rest.chars() {
        if c == '<' {
            out.push('\\');
        }
        out.push(c);
    }
}

/// A name or tag inside our own list lines: every character that could
/// start emphasis, a link, code or HTML is escaped.
fn push_inline(out: &mut String, text: &str) {
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '#' | '|'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
}
