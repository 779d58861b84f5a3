//! The Markdown export: one heading per day, oldest first, entries with
//! their mood, tags and people, and user text that stays text.
//!
//! Native only: `proptest` is a native dev-dependency.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{at, entry, person};
use proptest::prelude::*;
use tend::formats::markdown::{journal_markdown, long_day};
use tend::model::journal::EntryKind;
use tend::model::{JournalEntry, Person};

/// The lines after the day heading of a journal with one plain entry,
/// grouped into paragraphs.
fn paragraphs(text: &str) -> Vec<Vec<String>> {
    let md = journal_markdown(&[entry("j1", "2026-03-07", text)], &[]);
    let (_, body) = md
        .split_once("## Saturday, 7 March 2026\n")
        .expect("a day heading");
    let mut out: Vec<Vec<String>> = Vec::new();
    let mut open = false;
    for line in body.lines() {
        if line.is_empty() {
            open = false;
        } else if open {
            out.last_mut().unwrap().push(line.to_string());
        } else {
            out.push(vec![line.to_string()]);
            open = true;
        }
    }
    out
}

fn body_lines(text: &str) -> Vec<String> {
    paragraphs(text)
        .concat()
        .into_iter()
        .map(|l| l.trim_end().to_string())
        .collect()
}

#[test]
fn a_journal_reads_as_one_heading_per_day_oldest_first() {
    let mut review = entry("j3", "2026-11-21", "Tea with Grace");
    review.kind = EntryKind::Review;
    review.prompt = Some("Who energized you this week?".into());
    let mut later = entry("j4", "2026-11-21", "Second thought");
    later.stamp.created_at = at(1_700_000_900_000);
    let mut first = entry("j1", "2026-10-31", "Halloween walk");
    first.mood = Some(4);
    first.tags = vec!["family".into()];
    first.people = vec!["p1".into(), "p2".into()];
    let mut gone = entry("j5", "2026-11-01", "Deleted thought");
    gone.stamp.deleted = true;
    // Stored out of order, as entries are after an edit moves their day.
    let journal = vec![
        later,
        review,
        entry("j2", "2026-11-01", "Called \"Ada\"\nand laughed"),
        gone,
        first,
    ];
    let people = vec![person("p1", "Ada", 1), person("p2", "Grace ✨", 1)];
    assert_eq!(
        journal_markdown(&journal, &people),
        "# Journal\n\
         \n\
         Exported from Tend: 4 entries, oldest day first.\n\
         \n\
         ## Saturday, 31 October 2026\n\
         \n\
         Halloween walk\n\
         \n\
         - Mood: 4 of 5\n\
         - Tags: #family\n\
         - People: Ada, Grace ✨\n\
         \n\
         ## Sunday, 1 November 2026\n\
         \n\
         Called \"Ada\"  \n\
         and laughed\n\
         \n\
         ## Saturday, 21 November 2026\n\
         \n\
         ### Weekly review\n\
         \n\
         > Who energized you this week?\n\
         \n\
         Tea with Grace\n\
         \n\
         ---\n\
         \n\
         Second thought\n"
    );
}

#[test]
fn an_empty_journal_says_so() {
    assert_eq!(
        journal_markdown(&[], &[]),
        "# Journal\n\nExported from Tend. No entries yet.\n"
    );
    let mut gone = entry("j1", "2026-03-07", "Deleted");
    gone.stamp.deleted = true;
    assert!(!journal_markdown(&[gone], &[]).contains("Deleted"));
}

#[test]
fn days_are_written_out_in_english() {
    let cases = [
        ("2026-03-07", "Saturday, 7 March 2026"),
        ("2028-02-29", "Tuesday, 29 February 2028"),
        ("2000-01-01", "Saturday, 1 January 2000"),
        ("1999-12-31", "Friday, 31 December 1999"),
        ("2026-06-15", "Monday, 15 June 2026"),
        ("2026-09-09", "Wednesday, 9 September 2026"),
        ("2026-08-20", "Thursday, 20 August 2026"),
        ("2026-05-03", "Sunday, 3 May 2026"),
    ];
    for (d, text) in cases {
        assert_eq!(long_day(common::day(d)), text);
    }
}

#[test]
fn paragraphs_and_line_breaks_of_the_text_are_kept() {
    assert_eq!(
        paragraphs("  First line  \nsecond line\n\n\n\n   Next paragraph\n"),
        [
            vec!["First line  ".to_string(), "second line".to_string()],
            vec!["Next paragraph".to_string()],
        ]
    );
}

#[test]
fn lines_that_markdown_would_turn_into_structure_are_escaped() {
    let cases = [
        ("# Not a heading", r"\# Not a heading"),
        ("### Nor this", r"\### Nor this"),
        ("#hashtag at the start", "#hashtag at the start"),
        ("####### seven is text", "####### seven is text"),
        ("> not a quote", r"\> not a quote"),
        ("- not a list", r"\- not a list"),
        ("* not a list", r"\* not a list"),
        ("+ not a list", r"\+ not a list"),
        ("-5 degrees out", "-5 degrees out"),
        ("1. not a list", r"1\. not a list"),
        ("12) nor this", r"12\) nor this"),
        ("2024. What a year", r"2024\. What a year"),
        ("1.5 cups of tea", "1.5 cups of tea"),
        ("---", r"\---"),
        ("--", r"\--"),
        ("- - -", r"\- - -"),
        ("***", r"\***"),
        ("___", r"\___"),
        ("===", r"\==="),
        ("```rust", r"\```rust"),
        ("~~~", r"\~~~"),
        ("    four spaces", "four spaces"),
        ("[1]: https://example.com", r"\[1]: https://example.com"),
        ("|---|---|", r"\|---|---|"),
        ("--- | ---", r"\--- | ---"),
        (":-- | --:", r"\:-- | --:"),
        (
            "a <script>alert(1)</script>",
            r"a \<script>alert(1)\</script>",
        ),
        ("Plain *emphasis* stays", "Plain *emphasis* stays"),
    ];
    for (line, expected) in cases {
        // After another line too, where "---" and "===" would underline it.
        let lines = body_lines(&format!("Before\n{line}"));
        assert_eq!(lines, ["Before", expected], "{line:?}");
    }
}

#[test]
fn prompts_are_quoted_and_reviews_marked() {
    let mut e = entry("j1", "2026-03-07", "Answer");
    e.prompt = Some("# Who?\n> me".into());
    e.kind = EntryKind::Review;
    let md = journal_markdown(&[e], &[]);
    assert!(
        md.contains("### Weekly review\n\n> \\# Who?\n> \\> me\n\nAnswer\n"),
        "{md}"
    );
    assert!(!journal_markdown(&[entry("j2", "2026-03-07", "Plain")], &[]).contains("review"));
}

#[test]
fn people_are_named_and_unknown_or_deleted_ones_left_out() {
    let mut gone = person("p2", "Gone", 1);
    gone.stamp.deleted = true;
    let people: Vec<Person> = vec![person("p1", "Bea *star* <3", 1), gone];
    let mut e: JournalEntry = entry("j1", "2026-03-07", "Hi");
    e.people = vec!["p2".into(), "p1".into(), "p9".into()];
    e.tags = vec!["tea_time".into()];
    let md = journal_markdown(&[e.clone()], &people);
    assert!(md.contains("- People: Bea \\*star\\* \\<3\n"), "{md}");
    assert!(md.contains("- Tags: #tea\\_time\n"), "{md}");
    assert!(!md.contains("Gone") && !md.contains("p9"));
    e.people = vec!["p2".into()];
    assert!(!journal_markdown(&[e], &people).contains("People"));
}

/// Would CommonMark (or GFM) read this line's start as structure?
fn starts_block(line: &str) -> bool {
    let b = line.as_bytes();
    let hashes = b.iter().take_while(|&&c| c == b'#').count();
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    let gap = |i: usize| b.get(i).is_none_or(|&c| c == b' ' || c == b'\t');
    let only = |set: &str| !b.is_empty() && line.chars().all(|c| set.contains(c));
    line.starts_with("    ")
        || line.starts_with('\t')
        || ((1..=6).contains(&hashes) && gap(hashes))
        || line.starts_with('>')
        || (matches!(b.first(), Some(b'-' | b'+' | b'*')) && gap(1))
        || ((1..=9).contains(&digits)
            && matches!(b.get(digits), Some(b'.' | b')'))
            && gap(digits + 1))
        || line.starts_with("```")
        || line.starts_with("~~~")
        || only("- ")
        || only("* ")
        || only("_ ")
        || only("=")
        || line.starts_with('<')
        || (line.starts_with('[') && line.contains("]:"))
        || (only("|-: ") && line.contains('|') && line.contains('-'))
}

/// The text a reader sees: backslash escapes and hard-break spaces gone.
fn unescape(line: &str) -> String {
    let mut out = String::new();
    let mut chars = line.trim_end().chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' && chars.peek().is_some_and(|n| n.is_ascii_punctuation()) {
            continue;
        }
        out.push(c);
    }
    out
}

fn token() -> impl Strategy<Value = &'static str> {
    proptest::sample::select(vec![
        "#", "# ", "##", ">", "-", "- ", "*", "+ ", "1.", "1. ", "2)", "=", "===", "---", "```",
        "~~~", "<", "<b>", "|", "|-", ":", "[a]: ", "    ", "\t", "word", " ", "é", "_", "\n",
        "\n\n", "\n \n",
    ])
}

proptest! {
    #[test]
    fn user_text_never_becomes_structure_and_reads_back_the_same(
        tokens in proptest::collection::vec(token(), 1..30),
    ) {
        let text: String = tokens.concat();
        let expected: Vec<Vec<String>> = text
            .split('\n')
            .map(str::trim)
            .collect::<Vec<_>>()
            .split(|l| l.is_empty())
            .filter(|p| !p.is_empty())
            .map(|p| p.iter().map(|l| l.to_string()).collect())
            .collect();
        let got = paragraphs(&text);
        for line in got.iter().flatten() {
            prop_assert!(!starts_block(line), "{:?} from {:?}", line, text);
            prop_assert!(!line.replace("\\<", "").contains('<'), "{:?}", line);
        }
        let read: Vec<Vec<String>> = got
            .iter()
            .map(|p| p.iter().map(|l| unescape(l)).collect())
            .collect();
        prop_assert_eq!(read, expected);
    }
}

#[test]
fn how_to_reach_people_follows_the_entries_by_name() {
    let mut zoe = person("p2", "Zoë *Z*", 1);
    zoe.phones = vec!["+44 20 7946 0958".into()];
    zoe.emails = vec!["zoe_b@example.com".into()];
    zoe.prefers = Some(tend::model::people::Channel::Call);
    let mut ada = person("p1", "Ada", 1);
    ada.prefers = Some(tend::model::people::Channel::Message);
    let mut gone = person("p3", "Gone", 1);
    gone.phones = vec!["+1 555 0100".into()];
    gone.stamp.deleted = true;
    let plain = person("p4", "Plain", 1);
    let md = journal_markdown(&[entry("j1", "2026-03-07", "Hi")], &[zoe, gone, plain, ada]);
    let (_, section) = md
        .split_once("\n# How to reach them\n")
        .expect("the section");
    assert_eq!(
        section,
        "\n## Ada\n\n- Prefers: Message\n\n## Zoë \\*Z\\*\n\n- Prefers: Call\n- Phone: +44 20 7946 0958\n- Email: zoe\\_b@example.com\n"
    );
    assert!(!journal_markdown(&[], &[person("p4", "Plain", 1)]).contains("How to reach"));
}
