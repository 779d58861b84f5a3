//! The journal's pure rules: the stored form of an entry, checking and
//! tidying what the form gives, #tags and @mentions, search and filters,
//! the calendar, the weekly review, the mood and connection series, month
//! sharding, and the prompts.
//!
//! Native only: `proptest` is a native dev-dependency.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use chrono::{Datelike, Days, NaiveDate};
use common::{at, day, entry, interaction, person};
use proptest::prelude::*;
use tend::content::prompts::{
    prompt_of_the_day, PromptKind, CONNECTION, GRATITUDE, REFLECTION, REVIEW,
};
use tend::model::journal::calendar::{month_ago, month_heat, on_this_day};
use tend::model::journal::fold::{fold, fold_str, lower};
use tend::model::journal::review::{
    last_review_day, latest_review, mood_series, review_due, review_plan, review_text, week_start,
};
use tend::model::journal::search::{split_marked, Filter, SearchIndex};
use tend::model::journal::{
    find_mentions, normalize_tag, normalize_tags, EntryError, EntryInput, EntryKind,
};
use tend::model::people::Channel;
use tend::model::timeline::{Range, Span, Unit};
use tend::model::{Data, JournalEntry, Stamp};
use tend::store::layout::{decode_into, encode};

fn input(on: &str, text: &str) -> EntryInput {
    EntryInput {
        day: day(on),
        text: text.into(),
        ..Default::default()
    }
}

fn stamp(id: &str) -> Stamp {
    Stamp::new(id.into(), at(1_700_000_000_000))
}

/// An entry with a mood, tags and people, written at `ms`.
fn rich(
    id: &str,
    on: &str,
    text: &str,
    mood: Option<u8>,
    tags: &[&str],
    people: &[&str],
) -> JournalEntry {
    let mut e = entry(id, on, text);
    e.mood = mood;
    e.tags = tags.iter().map(|t| t.to_string()).collect();
    e.people = people.iter().map(|p| p.to_string()).collect();
    e
}

fn ids(page: &tend::model::journal::search::Page) -> Vec<String> {
    page.hits.iter().map(|h| h.entry.stamp.id.clone()).collect()
}

fn find(entries: &[JournalEntry], filter: &Filter) -> Vec<String> {
    ids(&SearchIndex::new(entries).search(entries, filter, usize::MAX))
}

fn words(text: &str) -> Filter {
    Filter {
        text: text.into(),
        ..Default::default()
    }
}

// ---------------------------------------------------------------- stored form

#[test]
fn an_entry_saved_by_an_older_build_loads_and_is_stored_exactly_as_before() {
    let old = r#"{"id":"j1","c":1,"u":2,"d":"2026-03-07","t":"Hi"}"#;
    let e: JournalEntry = serde_json::from_str(old).unwrap();
    assert_eq!(e.mood, None);
    assert!(e.tags.is_empty() && e.people.is_empty());
    assert_eq!(e.kind, EntryKind::Entry);
    assert_eq!(e.prompt, None);
    assert_eq!(serde_json::to_string(&e).unwrap(), old);
}

#[test]
fn the_new_fields_are_stored_under_short_names_and_read_back() {
    let mut e = rich(
        "j1",
        "2026-03-07",
        "Tea",
        Some(4),
        &["family"],
        &["p1", "p2"],
    );
    e.kind = EntryKind::Review;
    e.prompt = Some("Who made today easier?".into());
    let json = serde_json::to_string(&e).unwrap();
    for part in [
        r#""m":4"#,
        r#""g":["family"]"#,
        r#""p":["p1","p2"]"#,
        r#""k":"r""#,
        r#""q":"Who made today easier?""#,
    ] {
        assert!(json.contains(part), "{part} missing from {json}");
    }
    let back: JournalEntry = serde_json::from_str(&json).unwrap();
    assert_eq!(back, e);
}

#[test]
fn a_stored_mood_outside_one_to_five_is_refused_on_load() {
    let with = |m: &str| {
        serde_json::from_str::<JournalEntry>(&format!(
            r#"{{"id":"j1","c":1,"u":1,"d":"2026-03-07","t":"Hi","m":{m}}}"#
        ))
    };
    assert!(with("0").is_err());
    assert!(with("6").is_err());
    assert!(with("300").is_err());
    assert_eq!(with("1").unwrap().mood, Some(1));
    assert_eq!(with("5").unwrap().mood, Some(5));
    assert_eq!(with("null").unwrap().mood, None);
}

#[test]
fn entries_are_sharded_by_the_month_of_their_day_with_every_field_kept() {
    let mut review = rich("j2", "2026-11-30", "Plan", Some(3), &["week"], &["p1"]);
    review.kind = EntryKind::Review;
    let data = Data {
        journal: vec![
            rich("j1", "2026-10-31", "Walk", Some(5), &["outside"], &[]),
            review,
            entry("j3", "2026-11-01", "Plain"),
        ],
        ..Default::default()
    };
    let keys = encode(&data);
    let oct = keys.get("tend:journal:2026-10").expect("October shard");
    let nov = keys.get("tend:journal:2026-11").expect("November shard");
    assert!(oct.contains(r#""id":"j1""#) && !oct.contains(r#""id":"j2""#));
    assert!(nov.contains(r#""id":"j2""#) && nov.contains(r#""id":"j3""#));
    // The plain entry carries none of the new keys.
    assert!(nov.contains(
        r#"{"id":"j3","c":1700000000000,"u":1700000000000,"d":"2026-11-01","t":"Plain"}"#
    ));

    let mut back = Data::default();
    for (key, raw) in &keys {
        decode_into(&mut back, key, raw).unwrap();
    }
    back.journal.sort_by(|a, b| a.stamp.id.cmp(&b.stamp.id));
    assert_eq!(back.journal, data.journal);
}

// ------------------------------------------------------------ creating, editing

#[test]
fn a_mood_outside_one_to_five_is_refused_with_a_message_that_says_what_to_do() {
    for bad in [0, 6, 255] {
        let mut i = input("2026-03-07", "Tea");
        i.mood = Some(bad);
        let err = JournalEntry::create(stamp("j1"), i).unwrap_err();
        assert_eq!(err, EntryError::MoodOutOfRange(bad));
        let msg = err.to_string();
        assert!(
            msg.contains("1") && msg.contains("5") && msg.contains(&bad.to_string()),
            "{msg}"
        );
    }
    for good in 1..=5 {
        let mut i = input("2026-03-07", "Tea");
        i.mood = Some(good);
        assert_eq!(
            JournalEntry::create(stamp("j1"), i).unwrap().mood,
            Some(good)
        );
    }
}

#[test]
fn an_entry_needs_words() {
    let err = JournalEntry::create(stamp("j1"), input("2026-03-07", " \n\t ")).unwrap_err();
    assert_eq!(err, EntryError::EmptyText);
    assert_eq!(err.to_string(), "Write a few words first.");
}

#[test]
fn create_tidies_what_the_form_gives() {
    let e = JournalEntry::create(
        stamp("j1"),
        EntryInput {
            day: day("2026-03-07"),
            text: "  Tea with Ada  \n".into(),
            mood: Some(4),
            tags: vec![
                "#Family".into(),
                "family".into(),
                "  ".into(),
                "Long walks".into(),
            ],
            people: vec!["p1".into(), " p1 ".into(), "".into(), "p2".into()],
            kind: EntryKind::Review,
            prompt: Some("   ".into()),
        },
    )
    .unwrap();
    assert_eq!(e.text, "Tea with Ada");
    assert_eq!(e.tags, ["family", "long-walks"]);
    assert_eq!(e.people, ["p1", "p2"]);
    assert_eq!(e.kind, EntryKind::Review);
    assert_eq!(e.prompt, None, "a blank prompt is no prompt");
    assert_eq!(e.stamp.id, "j1");
}

#[test]
fn an_edit_replaces_the_content_and_moves_updated_at_but_a_bad_one_changes_nothing() {
    let mut e = JournalEntry::create(stamp("j1"), input("2026-03-07", "Tea")).unwrap();
    let before = e.clone();

    let mut bad = e.input();
    bad.text = "Changed".into();
    bad.mood = Some(9);
    assert!(e.update(bad, at(1_800_000_000_000)).is_err());
    assert_eq!(e, before);

    let mut good = e.input();
    good.text = "Tea and cake".into();
    good.day = day("2026-04-01");
    good.mood = Some(2);
    e.update(good, at(1_800_000_000_000)).unwrap();
    assert_eq!(e.text, "Tea and cake");
    assert_eq!(e.month(), "2026-04");
    assert_eq!(e.mood, Some(2));
    assert_eq!(e.stamp.updated_at, at(1_800_000_000_000));
    assert_eq!(e.stamp.created_at, before.stamp.created_at);
}

#[test]
fn tags_are_trimmed_lowercase_without_hash_and_without_repeats() {
    assert_eq!(normalize_tag("  #Family "), Some("family".into()));
    assert_eq!(normalize_tag("##Work"), Some("work".into()));
    assert_eq!(normalize_tag("Self Care"), Some("self-care".into()));
    assert_eq!(normalize_tag("ÉTÉ"), Some("été".into()), "accents are kept");
    assert_eq!(normalize_tag("#"), None);
    assert_eq!(normalize_tag("   "), None);
    assert_eq!(
        normalize_tags(&["Walks", "#walks", "", "tea", "WALKS"]),
        ["walks", "tea"]
    );
}

// ------------------------------------------------------------------ mentions

#[test]
fn mentions_find_tags_and_the_longest_known_name() {
    let people = vec![
        person("p1", "Ada", 1),
        person("p2", "Ada Lovelace", 1),
        person("p3", "Zoë", 1),
    ];
    let m = find_mentions(
        "Lunch with @ada lovelace! Then @Ada's call and @ZOE. #Family #family #self-care_.",
        &people,
    );
    assert_eq!(m.people, ["p2", "p1", "p3"]);
    assert_eq!(m.tags, ["family", "self-care"]);
}

#[test]
fn mentions_need_a_word_boundary_on_both_sides() {
    let people = vec![person("p1", "Ada", 1), person("p2", "Grace ✨", 1)];
    let m = find_mentions(
        "@Adam wrote to ada@example.com about C# and #1 and page#top; @Grace ✨ came",
        &people,
    );
    assert_eq!(m.people, ["p2"]);
    assert!(m.tags.is_empty(), "{:?}", m.tags);
    let m = find_mentions("@Grace came", &people);
    assert!(m.people.is_empty(), "only the whole name matches");
}

#[test]
fn deleted_people_are_not_mentioned() {
    let mut gone = person("p1", "Ada", 1);
    gone.stamp.deleted = true;
    assert!(find_mentions("Met @Ada", &[gone]).people.is_empty());
}

#[test]
fn mentions_at_the_very_start_and_end_of_the_text_count() {
    let people = vec![person("p1", "Bea", 1)];
    let m = find_mentions("#tea with @Bea", &people);
    assert_eq!(m.tags, ["tea"]);
    assert_eq!(m.people, ["p1"]);
}

// ------------------------------------------------------------------- folding

#[test]
fn lowercase_agrees_with_the_standard_library_where_it_claims_to() {
    let ranges = [0x20..0x250u32, 0x391..0x3AA, 0x400..0x430];
    for u in ranges.into_iter().flatten() {
        let Some(c) = char::from_u32(u) else { continue };
        let mut std_lower = c.to_lowercase();
        let (Some(l), None) = (std_lower.next(), std_lower.next()) else {
            continue; // 'İ' lowers to two chars; we use a plain 'i'.
        };
        if u <= 0x17F || (0x391..0x3AA).contains(&u) || (0x400..0x430).contains(&u) {
            assert_eq!(lower(c), l, "lower({c:?}) U+{u:04X}");
        }
    }
    assert_eq!(lower('İ'), 'i');
}

#[test]
fn accents_and_case_fold_away_for_latin_letters() {
    // Every Latin-1 and Latin Extended-A letter whose Unicode decomposition
    // is a base letter plus an accent folds to that base letter...
    assert_eq!(
        fold_str(
            "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝ\
             ĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽž"
        ),
        "aaaaaaceeeeiiiinooooouuuuyaaaaaaceeeeiiiinooooouuuuyyaaaaaaccccccccddeeeeeeeeeegggggggghh\
         iiiiiiiiijjkkllllllnnnnnnoooooorrrrrrssssssssttttuuuuuuuuuuuuwwyyyzzzzzz"
    );
    // ...and so do the ones written with a stroke or other mark.
    assert_eq!(fold_str("ØøĐđĦħıĿŀŁłŦŧĸŉſ"), "ooddhhillllttkns");
    assert_eq!(fold_str("Straße ÆSIR Œuvre"), "straße æsir œuvre");
    assert_eq!(
        fold_str("ΣΟΦΙΑ ΟΔΟΣ οδος Москва Ёлка"),
        "σοφια οδοσ οδοσ москва ёлка"
    );
    // Upper and lower forms always fold alike.
    for u in 0..0x180u32 {
        let Some(c) = char::from_u32(u) else { continue };
        let mut l = c.to_lowercase();
        if let (Some(l), None) = (l.next(), l.next()) {
            assert_eq!(fold(c), fold(l), "U+{u:04X}");
        }
    }
}

// -------------------------------------------------------------------- search

fn corpus() -> Vec<JournalEntry> {
    let mut list = vec![
        rich(
            "a",
            "2026-03-01",
            "Café with Ada, then a long WALK",
            Some(4),
            &["family"],
            &["p1"],
        ),
        rich(
            "b",
            "2026-03-02",
            "Walked to the cafe alone",
            Some(2),
            &["solo"],
            &[],
        ),
        rich(
            "c",
            "2026-03-03",
            "Called Grace about the walk",
            None,
            &["family"],
            &["p2"],
        ),
        rich(
            "d",
            "2026-03-03",
            "Dinner with Ada and Grace",
            Some(5),
            &[],
            &["p1", "p2"],
        ),
        rich("e", "2026-04-10", "Quiet day", Some(3), &[], &[]),
    ];
    // Same day: d was written after c.
    list[3].stamp.created_at = at(1_700_000_500_000);
    list
}

#[test]
fn search_ignores_case_and_accents_and_needs_every_word() {
    let list = corpus();
    assert_eq!(find(&list, &words("CAFÉ")), ["b", "a"]);
    assert_eq!(find(&list, &words("walk")), ["c", "b", "a"]);
    assert_eq!(find(&list, &words("walk cafe")), ["b", "a"]);
    assert_eq!(find(&list, &words("  walk   ada ")), ["a"]);
    assert!(find(&list, &words("walk zebra")).is_empty());
}

#[test]
fn an_empty_filter_lists_every_live_entry_newest_first() {
    let mut list = corpus();
    list[4].stamp.deleted = true;
    assert_eq!(find(&list, &Filter::default()), ["d", "c", "b", "a"]);
}

#[test]
fn deleted_entries_are_never_found() {
    let mut list = corpus();
    list[0].stamp.deleted = true;
    assert_eq!(find(&list, &words("cafe")), ["b"]);
}

#[test]
fn marks_cover_each_match_in_the_original_text() {
    let list = corpus();
    let page = SearchIndex::new(&list).search(&list, &words("cafe walk"), 10);
    let a = page.hits.iter().find(|h| h.entry.stamp.id == "a").unwrap();
    let marked: Vec<&str> = a.marks.iter().map(|m| &a.entry.text[m.clone()]).collect();
    assert_eq!(marked, ["Café", "WALK"]);
    let b = page.hits.iter().find(|h| h.entry.stamp.id == "b").unwrap();
    let marked: Vec<&str> = b.marks.iter().map(|m| &b.entry.text[m.clone()]).collect();
    assert_eq!(marked, ["Walk", "cafe"]);
}

#[test]
fn overlapping_and_touching_matches_make_one_mark() {
    let list = vec![entry("a", "2026-03-01", "Überwalked ünder")];
    let page = SearchIndex::new(&list).search(&list, &words("uberwal walked er"), 10);
    let text = &list[0].text;
    let marked: Vec<&str> = page.hits[0]
        .marks
        .iter()
        .map(|m| &text[m.clone()])
        .collect();
    assert_eq!(marked, ["Überwalked", "er"]);
    let pieces = split_marked(text, &page.hits[0].marks);
    assert_eq!(
        pieces,
        [("Überwalked", true), (" ünd", false), ("er", true)]
    );
}

#[test]
fn filters_by_tag_person_mood_dates_and_kind() {
    let mut list = corpus();
    list[4].kind = EntryKind::Review;
    let f = |edit: fn(&mut Filter)| {
        let mut filter = Filter::default();
        edit(&mut filter);
        find(&list, &filter)
    };
    assert_eq!(f(|f| f.tag = Some("#FAMILY".into())), ["c", "a"]);
    assert_eq!(f(|f| f.person = Some("p2".into())), ["d", "c"]);
    assert_eq!(f(|f| f.mood = Some(2..=2)), ["b"]);
    assert_eq!(
        f(|f| f.mood = Some(3..=5)),
        ["e", "d", "a"],
        "c has no mood"
    );
    assert_eq!(
        f(|f| f.from = Some(day("2026-03-02"))),
        ["e", "d", "c", "b"]
    );
    assert_eq!(f(|f| f.to = Some(day("2026-03-02"))), ["b", "a"]);
    assert_eq!(
        f(|f| {
            f.from = Some(day("2026-03-03"));
            f.to = Some(day("2026-03-03"));
        }),
        ["d", "c"],
        "both ends are included"
    );
    assert_eq!(f(|f| f.kind = Some(EntryKind::Review)), ["e"]);
    assert_eq!(
        f(|f| {
            f.text = "walk".into();
            f.tag = Some("family".into());
            f.mood = Some(4..=4);
        }),
        ["a"]
    );
}

#[test]
fn pages_hold_the_first_results_and_say_whether_more_follow() {
    let list: Vec<JournalEntry> = (0..25)
        .map(|i| {
            let on = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap() + Days::new(i);
            entry(&format!("j{i:02}"), &on.to_string(), "A walk")
        })
        .collect();
    let index = SearchIndex::new(&list);
    let first = index.search(&list, &words("walk"), 10);
    assert_eq!(first.hits.len(), 10);
    assert!(first.more);
    assert_eq!(first.hits[0].entry.stamp.id, "j24");
    let all = index.search(&list, &words("walk"), 25);
    assert_eq!(all.hits.len(), 25);
    assert!(!all.more, "exactly 25 matches: nothing more");
    assert_eq!(ids(&first), ids(&all)[..10]);
    let none = index.search(&list, &words("walk"), 0);
    assert!(none.hits.is_empty() && none.more);
    assert!(!index.search(&list, &words("run"), 10).more);
}

#[test]
fn a_refreshed_index_finds_edits_additions_and_deletions_like_a_new_one() {
    let mut list = corpus();
    let mut index = SearchIndex::new(&list);
    let mut edit = list[4].input();
    edit.text = "Sunny day".into();
    list[4].update(edit, at(1_800_000_000_000)).unwrap();
    list.push(entry("f", "2026-05-01", "Quiet again"));
    list[0].stamp.deleted = true;
    index.refresh(&list);
    assert!(index.is_current(&list));
    // Not folded yet for the changed entries: a search still finds them...
    for q in ["sunny", "quiet", "walk", "day"] {
        assert_eq!(
            ids(&index.search(&list, &words(q), 10)),
            ids(&SearchIndex::new(&list).search(&list, &words(q), 10)),
            "{q}"
        );
    }
    // ...and once folded, the same.
    index.fold_all(&list);
    assert_eq!(index, SearchIndex::new(&list));
    assert_eq!(
        index.len(),
        list.iter().filter(|e| !e.stamp.deleted).count()
    );
}

#[test]
fn an_entry_moved_to_another_day_is_found_in_its_new_place_after_a_refresh() {
    let mut list = corpus();
    let mut index = SearchIndex::new(&list);
    // The oldest entry moves to the newest day; one more is written.
    let oldest = list.iter().position(|e| e.stamp.id == "a").unwrap();
    let mut edit = list[oldest].input();
    edit.day = day("2030-01-01");
    list[oldest].update(edit, at(1_800_000_000_000)).unwrap();
    list.push(entry("z", "2029-12-31", "Late night"));
    index.refresh(&list);
    index.fold_all(&list);
    assert_eq!(index, SearchIndex::new(&list));
    let all = ids(&index.search(&list, &Filter::default(), usize::MAX));
    assert_eq!(all.first().map(String::as_str), Some("a"));
    assert_eq!(all.get(1).map(String::as_str), Some("z"));
}

#[test]
fn an_index_that_missed_an_edit_still_gives_right_answers() {
    let mut list = corpus();
    let index = SearchIndex::new(&list);
    let mut edit = list[4].input();
    edit.text = "Sunny day".into(); // as long as "Quiet day"
    list[4].update(edit, at(1_800_000_000_000)).unwrap();
    assert!(!index.is_current(&list));
    assert_eq!(ids(&index.search(&list, &words("sunny"), 10)), ["e"]);
    assert!(index.search(&list, &words("quiet"), 10).hits.is_empty());
    list.push(entry("f", "2026-05-01", "Quiet again"));
    assert_eq!(ids(&index.search(&list, &words("quiet"), 10)), ["f"]);
    assert!(SearchIndex::new(&list).is_current(&list));
}

#[test]
fn split_marked_skips_ranges_it_cannot_trust() {
    let text = "née";
    // 1..2 falls inside 'é'.
    assert_eq!(
        split_marked(text, &[1..2, 0..1]),
        [("n", true), ("ée", false)]
    );
    assert_eq!(
        split_marked(text, &[0..1, 0..3]),
        [("n", true), ("ée", false)]
    );
    assert_eq!(split_marked(text, &[]), [("née", false)]);
}

fn entry_strategy() -> impl Strategy<Value = JournalEntry> {
    (
        "[aAáÁeÉ bB ıİß🙂x]{0,24}",
        0u32..40,
        0i64..3,
        proptest::option::of(1u8..=5),
        proptest::sample::subsequence(vec!["tea", "walk", "family"], 0..=2),
        proptest::sample::subsequence(vec!["p1", "p2", "p3"], 0..=2),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(
            |(text, offset, created, mood, tags, people, review, deleted)| {
                let on = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap() + Days::new(offset.into());
                let mut e = rich("x", &on.to_string(), &text, mood, &tags, &people);
                e.stamp.created_at = at(1_700_000_000_000 + created);
                e.kind = if review {
                    EntryKind::Review
                } else {
                    EntryKind::Entry
                };
                e.stamp.deleted = deleted;
                e
            },
        )
}

fn filter_strategy() -> impl Strategy<Value = Filter> {
    (
        "[aÁeébB ß]{0,6}",
        proptest::option::of(proptest::sample::select(vec!["Tea", "#walk", "family"])),
        proptest::option::of(proptest::sample::select(vec!["p1", "p2"])),
        proptest::option::of((1u8..=5, 0u8..=4)),
        proptest::option::of(0u32..40),
        proptest::option::of(0u32..40),
        proptest::option::of(any::<bool>()),
    )
        .prop_map(|(text, tag, person, mood, from, to, review)| {
            let d = |o: u32| NaiveDate::from_ymd_opt(2026, 1, 1).unwrap() + Days::new(o.into());
            Filter {
                text,
                tag: tag.map(str::to_string),
                person: person.map(str::to_string),
                mood: mood.map(|(lo, span)| lo..=(lo + span).min(5)),
                from: from.map(d),
                to: to.map(d),
                kind: review.map(|r| {
                    if r {
                        EntryKind::Review
                    } else {
                        EntryKind::Entry
                    }
                }),
            }
        })
}

/// The filter, checked the slow, obvious way.
fn satisfies(e: &JournalEntry, f: &Filter) -> bool {
    let text = fold_str(&e.text);
    !e.stamp.deleted
        && f.text
            .split_whitespace()
            .all(|w| text.contains(&fold_str(w)))
        && f.tag.as_ref().is_none_or(|t| {
            let t = t.trim_start_matches('#').to_lowercase();
            e.tags.contains(&t)
        })
        && f.person.as_ref().is_none_or(|p| e.people.contains(p))
        && f.mood
            .as_ref()
            .is_none_or(|r| e.mood.is_some_and(|m| r.contains(&m)))
        && f.from.is_none_or(|d| e.day >= d)
        && f.to.is_none_or(|d| e.day <= d)
        && f.kind.is_none_or(|k| e.kind == k)
}

proptest! {
    #[test]
    fn search_finds_exactly_the_matching_entries_newest_first(
        mut list in proptest::collection::vec(entry_strategy(), 0..30),
        filter in filter_strategy(),
        limit in 0usize..12,
    ) {
        for (i, e) in list.iter_mut().enumerate() {
            e.stamp.id = format!("j{i}");
        }
        let expected: Vec<&JournalEntry> = list.iter().filter(|e| satisfies(e, &filter)).collect();
        let page = SearchIndex::new(&list).search(&list, &filter, limit);
        prop_assert_eq!(page.hits.len(), expected.len().min(limit));
        prop_assert_eq!(page.more, expected.len() > limit);
        for h in &page.hits {
            prop_assert!(satisfies(h.entry, &filter), "{:?} does not satisfy {:?}", h.entry, filter);
        }
        for pair in page.hits.windows(2) {
            let (a, b) = (pair[0].entry, pair[1].entry);
            prop_assert!((a.day, a.stamp.created_at) >= (b.day, b.stamp.created_at));
        }
    }

    #[test]
    fn marks_lie_on_char_boundaries_and_cover_each_occurrence(
        text in "[aAáÁeÉ bB ıİß🙂x]{0,40}",
        query in "[aÁeébBß]{1,3}( [aÁeébBß]{1,3}){0,2}",
    ) {
        let list = vec![entry("a", "2026-01-01", &text)];
        let page = SearchIndex::new(&list).search(&list, &words(&query), 1);
        let Some(hit) = page.hits.first() else { return Ok(()) };
        let mut last_end: Option<usize> = None;
        for m in &hit.marks {
            prop_assert!(m.start < m.end && m.end <= text.len());
            prop_assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
            prop_assert!(last_end.is_none_or(|e| m.start > e), "sorted, apart: {:?}", hit.marks);
            last_end = Some(m.end);
        }
        // Which chars are inside an occurrence of a query word, worked out
        // on chars (folding keeps one char for one char).
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let folded: Vec<char> = chars.iter().map(|&(_, c)| fold(c)).collect();
        let mut inside = vec![false; chars.len()];
        let mut starts = Vec::new();
        for w in query.split_whitespace() {
            let w: Vec<char> = w.chars().map(fold).collect();
            for i in 0..folded.len() {
                if folded[i..].starts_with(&w) {
                    starts.push(i);
                    inside[i..i + w.len()].iter_mut().for_each(|x| *x = true);
                }
            }
        }
        let marked = |i: usize| hit.marks.iter().any(|m| m.contains(&chars[i].0));
        for (i, &covered) in inside.iter().enumerate() {
            prop_assert!(!marked(i) || covered, "char {} marked outside any match", i);
        }
        for i in starts {
            prop_assert!(marked(i), "match at char {} not marked", i);
        }
    }
}

// ------------------------------------------------------------------ calendar

#[test]
fn the_heat_map_counts_entries_and_averages_mood_per_day() {
    let mut gone = rich("x", "2028-02-03", "Deleted", Some(1), &[], &[]);
    gone.stamp.deleted = true;
    let list = vec![
        rich("a", "2028-02-03", "One", Some(4), &[], &[]),
        rich("b", "2028-02-03", "Two", Some(5), &[], &[]),
        rich("c", "2028-02-03", "No mood", None, &[], &[]),
        rich("d", "2028-02-29", "Leap", None, &[], &[]),
        rich("e", "2028-03-03", "Next month", Some(1), &[], &[]),
        rich("f", "2027-02-03", "Last year", Some(1), &[], &[]),
        gone,
    ];
    let cells = month_heat(&list, 2028, 2);
    assert_eq!(cells.len(), 29);
    assert_eq!(cells[0].day, day("2028-02-01"));
    assert_eq!(cells[28].day, day("2028-02-29"));
    assert_eq!((cells[2].entries, cells[2].mood), (3, Some(4.5)));
    assert_eq!((cells[28].entries, cells[28].mood), (1, None));
    let others: u32 = cells.iter().map(|c| c.entries).sum::<u32>() - 4;
    assert_eq!(others, 0);
    assert_eq!(month_heat(&list, 2027, 2).len(), 28);
    assert!(month_heat(&list, 2028, 13).is_empty());
}

#[test]
fn on_this_day_brings_back_the_same_date_of_earlier_years_newest_first() {
    let mut gone = entry("x", "2024-06-15", "Deleted");
    gone.stamp.deleted = true;
    let list = vec![
        entry("a", "2023-06-15", "Two years ago"),
        entry("b", "2025-06-15", "Last year"),
        entry("c", "2026-06-15", "Today"),
        entry("d", "2025-06-14", "Wrong day"),
        entry("e", "2025-07-15", "Wrong month"),
        gone,
    ];
    let found: Vec<&str> = on_this_day(&list, day("2026-06-15"))
        .iter()
        .map(|e| e.stamp.id.as_str())
        .collect();
    assert_eq!(found, ["b", "a"]);
}

#[test]
fn a_leap_day_entry_comes_back_on_28_february_of_other_years() {
    let list = vec![
        entry("leap", "2024-02-29", "Leap day"),
        entry("feb28", "2024-02-28", "The day before"),
    ];
    let on = |d: &str| -> Vec<String> {
        on_this_day(&list, day(d))
            .iter()
            .map(|e| e.stamp.id.clone())
            .collect()
    };
    assert_eq!(on("2027-02-28"), ["leap", "feb28"]);
    assert_eq!(on("2028-02-28"), ["feb28"], "2028 has its own 29th");
    assert_eq!(on("2028-02-29"), ["leap"]);
}

#[test]
fn a_month_ago_is_the_same_day_or_the_last_day_of_a_shorter_month() {
    let list = vec![
        entry("a", "2026-02-28", "End of February"),
        entry("b", "2026-02-15", "Mid February"),
    ];
    let ago = |d: &str| -> Vec<String> {
        month_ago(&list, day(d))
            .iter()
            .map(|e| e.stamp.id.clone())
            .collect()
    };
    assert_eq!(ago("2026-03-31"), ["a"]);
    assert_eq!(ago("2026-03-15"), ["b"]);
    assert!(ago("2026-03-16").is_empty());
}

// -------------------------------------------------------------------- review

#[test]
fn weeks_start_on_monday() {
    // 2026-03-02 is a Monday, 2026-03-08 the Sunday after.
    for d in 2..=8 {
        let on = NaiveDate::from_ymd_opt(2026, 3, d).unwrap();
        assert_eq!(week_start(on), day("2026-03-02"), "{on}");
    }
    assert_eq!(week_start(day("2026-03-09")), day("2026-03-09"));
}

#[test]
fn the_weekly_review_is_due_at_the_weekend_or_after_a_missed_week() {
    // Week of Monday 2026-03-09 to Sunday 2026-03-15.
    let last_week = Some(day("2026-03-06"));
    let two_weeks_ago = Some(day("2026-02-27"));
    let cases = [
        ("2026-03-09", last_week, false, "Monday, reviewed last week"),
        (
            "2026-03-12",
            last_week,
            false,
            "Thursday, reviewed last week",
        ),
        ("2026-03-13", last_week, true, "Friday"),
        ("2026-03-15", last_week, true, "Sunday"),
        (
            "2026-03-13",
            Some(day("2026-03-09")),
            false,
            "already this week",
        ),
        (
            "2026-03-15",
            Some(day("2026-03-13")),
            false,
            "already this week",
        ),
        ("2026-03-10", two_weeks_ago, true, "missed last week"),
        ("2026-03-10", None, true, "never reviewed"),
        ("2026-03-10", Some(day("2026-03-20")), false, "dated ahead"),
    ];
    for (today, last, due, why) in cases {
        assert_eq!(review_due(day(today), last), due, "{today}: {why}");
    }
}

#[test]
fn the_last_review_ignores_ordinary_and_deleted_entries() {
    let mut r1 = entry("r1", "2026-03-06", "Review");
    r1.kind = EntryKind::Review;
    let mut r2 = entry("r2", "2026-03-13", "Deleted review");
    r2.kind = EntryKind::Review;
    r2.stamp.deleted = true;
    let list = vec![r1, r2, entry("e", "2026-03-14", "Ordinary")];
    assert_eq!(last_review_day(&list), Some(day("2026-03-06")));
    assert_eq!(last_review_day(&[]), None);
}

#[test]
fn the_plan_comes_from_the_latest_review_written_up_to_today() {
    let review = |id: &str, on: &str, created: i64| {
        let mut e = entry(id, on, id);
        e.kind = EntryKind::Review;
        e.stamp.created_at = at(created);
        e
    };
    let mut deleted = review("deleted", "2026-03-14", 9);
    deleted.stamp.deleted = true;
    let list = vec![
        review("older", "2026-03-06", 1),
        review("first", "2026-03-13", 2),
        review("rewritten", "2026-03-13", 3),
        review("future", "2026-03-20", 4),
        deleted,
        entry("plain", "2026-03-14", "Not a review"),
    ];
    let on = |today: &str| latest_review(&list, day(today)).map(|e| e.stamp.id.as_str());
    assert_eq!(on("2026-03-14"), Some("rewritten"));
    assert_eq!(on("2026-03-10"), Some("older"));
    assert_eq!(on("2026-03-01"), None);
}

#[test]
fn a_review_keeps_its_answers_and_the_plan_can_be_found_again() {
    let text = review_text(&["Ada, the walk", "", "More calls", "Call Bea on Tuesday"]);
    assert_eq!(
        text,
        format!(
            "{}\nAda, the walk\n\n{}\nMore calls\n\n{}\nCall Bea on Tuesday",
            REVIEW[0], REVIEW[2], REVIEW[3]
        )
    );
    assert_eq!(review_plan(&text), Some("Call Bea on Tuesday"));
    assert_eq!(review_plan(&review_text(&["Ada", "", "", "  "])), None);
    assert_eq!(review_text(&["", " "]), "");
}

#[test]
fn the_mood_series_has_mood_and_interactions_per_week_oldest_first() {
    let mut gone = rich("x", "2026-03-10", "Deleted", Some(1), &[], &[]);
    gone.stamp.deleted = true;
    let entries = vec![
        rich("a", "2026-02-22", "Before the span", Some(1), &[], &[]),
        rich("b", "2026-02-23", "First week", Some(2), &[], &[]),
        rich("c", "2026-03-01", "First week, Sunday", Some(4), &[], &[]),
        rich("d", "2026-03-10", "Third week", None, &[], &[]),
        gone,
        rich("e", "2026-03-16", "This week", Some(5), &[], &[]),
    ];
    let mut gone_call = interaction("i0", "p1", Channel::Call, "2026-03-02");
    gone_call.stamp.deleted = true;
    let interactions = vec![
        interaction("i1", "p1", Channel::Call, "2026-03-02"),
        interaction("i2", "p2", Channel::Message, "2026-03-08"),
        interaction("i3", "p1", Channel::InPerson, "2026-03-17"),
        interaction("i4", "p1", Channel::InPerson, "2026-03-23"),
        gone_call,
    ];
    let span = Span {
        from: day("2026-02-23"),
        to: day("2026-03-18"),
    };
    let series = mood_series(&entries, &interactions, span, Unit::Week);
    let weeks: Vec<(NaiveDate, NaiveDate)> = series.iter().map(|p| (p.start, p.end)).collect();
    assert_eq!(
        weeks,
        [
            (day("2026-02-23"), day("2026-03-01")),
            (day("2026-03-02"), day("2026-03-08")),
            (day("2026-03-09"), day("2026-03-15")),
            (day("2026-03-16"), day("2026-03-22"))
        ]
    );
    let counts: Vec<(u32, u32, Option<f32>, u32)> = series
        .iter()
        .map(|p| (p.entries, p.moods, p.mood, p.interactions))
        .collect();
    // The contact of the 23rd is after the span's last day: not counted.
    assert_eq!(
        counts,
        [
            (2, 2, Some(3.0), 0),
            (0, 0, None, 2),
            (1, 0, None, 0),
            (1, 1, Some(5.0), 1)
        ]
    );
    // By month: February's first days are outside the span, so only the
    // 23rd onwards count.
    let months = mood_series(&entries, &interactions, span, Unit::Month);
    assert_eq!(months.len(), 2);
    assert_eq!(
        (months[0].start, months[0].entries, months[0].mood),
        (day("2026-02-01"), 1, Some(2.0))
    );
    assert_eq!(
        (months[1].start, months[1].entries, months[1].interactions),
        (day("2026-03-01"), 3, 3)
    );
}

proptest! {
    #[test]
    fn the_review_is_offered_once_a_week_and_never_skipped_past_friday(
        offset in 0u64..3000,
        last in proptest::option::of(0u64..3000),
    ) {
        let base = day("2020-01-06"); // a Monday
        let today = base + Days::new(offset);
        let last = last.map(|o| base + Days::new(o));
        // Once reviewed, not again the same week.
        let monday = week_start(today);
        for d in 0..7 {
            let reviewed = monday + Days::new(d);
            prop_assert!(!review_due(today, Some(reviewed)));
        }
        // From Friday on, a week without a review always offers one.
        if today.weekday().num_days_from_monday() >= 4 && last.is_none_or(|l| l < monday) {
            prop_assert!(review_due(today, last));
        }
    }

    #[test]
    fn the_mood_series_counts_every_live_entry_in_its_span_once(
        offsets in proptest::collection::vec((0u64..800, any::<bool>(), proptest::option::of(1u8..=5)), 0..60),
        range in proptest::sample::select(Range::ALL.to_vec()),
        today in 100u64..800,
    ) {
        let base = day("2024-01-01");
        let today = base + Days::new(today);
        let entries: Vec<JournalEntry> = offsets
            .iter()
            .map(|&(o, deleted, mood)| {
                let mut e = entry("x", &(base + Days::new(o)).to_string(), "t");
                e.stamp.deleted = deleted;
                e.mood = mood;
                e
            })
            .collect();
        let span = Span::of(range, today, None, None);
        let unit = Unit::for_span(span);
        let series = mood_series(&entries, &[], span, unit);
        let live_in_span = entries.iter().filter(|e| !e.stamp.deleted && span.contains(e.day));
        let expected = live_in_span.clone().count() as u32;
        prop_assert_eq!(series.iter().map(|p| p.entries).sum::<u32>(), expected);
        prop_assert_eq!(series.iter().map(|p| p.moods).sum::<u32>(), live_in_span.filter(|e| e.mood.is_some()).count() as u32);
        // Consecutive, covering the span, each mood a mean from 1 to 5.
        prop_assert!(series.first().is_some_and(|p| p.start <= span.from));
        prop_assert!(series.last().is_some_and(|p| p.end >= span.to));
        for w in series.windows(2) {
            prop_assert_eq!(w[0].end.succ_opt(), Some(w[1].start));
        }
        for p in &series {
            prop_assert_eq!(p.mood.is_some(), p.moods > 0);
            prop_assert!(p.mood.is_none_or(|m| (1.0..=5.0).contains(&m)));
        }
    }
}

// ------------------------------------------------------------------- prompts

#[test]
fn the_prompt_of_the_day_is_stable_changes_daily_and_comes_round_in_a_month() {
    let start = day("2026-03-01");
    let all: Vec<&str> = [GRATITUDE, REFLECTION, CONNECTION].concat();
    let mut seen = Vec::new();
    let mut yesterday = "";
    for i in 0..30 {
        let d = start + Days::new(i);
        let p = prompt_of_the_day(d);
        assert_eq!(p, prompt_of_the_day(d));
        assert_ne!(p, yesterday, "{d}");
        assert!(all.contains(&p));
        if !seen.contains(&p) {
            seen.push(p);
        }
        yesterday = p;
    }
    assert_eq!(seen.len(), all.len(), "every prompt within 30 days");
}

#[test]
fn prompts_are_plain_questions_and_never_diagnose() {
    let mut all: Vec<&str> = Vec::new();
    for kind in PromptKind::ALL {
        assert!(!kind.prompts().is_empty(), "{}", kind.label());
        all.extend(kind.prompts());
    }
    all.extend(REVIEW);
    for (i, p) in all.iter().enumerate() {
        assert!(p.ends_with('?') || p.ends_with('.'), "{p}");
        assert!(p.len() < 120, "short enough to read at a glance: {p}");
        assert!(!all[..i].contains(p), "repeated: {p}");
        let lower = p.to_lowercase();
        for word in [
            "depress", "disorder", "symptom", "diagnos", "anxiety", "lonely", "should",
        ] {
            assert!(!lower.contains(word), "{p}");
        }
    }
}
