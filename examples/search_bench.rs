//! Journal search latency over 10,000 generated entries.
//!
//! `cargo run --release --example search_bench`
//!
//! Prints the median of several runs for building the index and for each
//! query, both for the first page (what a keystroke costs) and for every
//! match. It measures; it does not judge: timings depend on the machine,
//! and the browser's wasm runs slower than native code.

use chrono::{DateTime, Days, NaiveDate, Utc};
use std::time::{Duration, Instant};
use tend::model::journal::search::{Filter, SearchIndex};
use tend::model::journal::{EntryKind, JournalEntry};
use tend::model::Stamp;

const ENTRIES: usize = 10_000;
const PAGE: usize = 20;
const RUNS: usize = 15;

#[path = "common/rng.rs"]
mod rng;
use rng::Rng;

const COMMON: &[&str] = &[
    "the", "a", "and", "with", "to", "of", "we", "I", "it", "was", "about", "after", "walk", "tea",
    "called", "talked", "dinner", "friend", "family", "work", "felt", "good", "tired", "laughed",
    "café", "Ada", "Grace", "Zoë", "message", "park", "rain", "weekend", "plans",
];

fn vocabulary(rng: &mut Rng) -> Vec<String> {
    const SYLLABLES: &[&str] = &[
        "ka", "lo", "mi", "ne", "ru", "sa", "ti", "ve", "bo", "da", "fe", "gu", "ha", "jo", "pe",
        "qui", "ré", "so", "tu", "wa", "xe", "yo", "zé", "ch", "st", "on", "ar", "el",
    ];
    let mut words: Vec<String> = COMMON.iter().map(|w| w.to_string()).collect();
    while words.len() < 4_000 {
        let n = 2 + rng.below(3);
        let w: String = (0..n)
            .map(|_| SYLLABLES[rng.below(SYLLABLES.len())])
            .collect();
        words.push(w);
    }
    words
}

fn journal(rng: &mut Rng, words: &[String]) -> Vec<JournalEntry> {
    let start = NaiveDate::from_ymd_opt(2016, 1, 1).expect("valid day");
    let t0 = DateTime::<Utc>::from_timestamp_millis(1_450_000_000_000).expect("valid time");
    (0..ENTRIES)
        .map(|i| {
            // About ten years, a little under three entries a day.
            let day = start + Days::new((i as u64 * 3_650) / ENTRIES as u64);
            let len = 20 + rng.below(100);
            let mut text = String::new();
            for w in 0..len {
                if w > 0 {
                    text.push(if rng.below(12) == 0 { '\n' } else { ' ' });
                }
                text.push_str(&words[rng.skewed(words.len())]);
            }
            let at = t0 + chrono::Duration::minutes(i as i64);
            let mut e = JournalEntry::new(Stamp::new(format!("j{i}"), at), day, text);
            e.mood = (rng.below(4) > 0).then(|| 1 + rng.below(5) as u8);
            e.tags = ["family", "work", "friends", "outside"]
                .iter()
                .filter(|_| rng.below(4) == 0)
                .map(|t| t.to_string())
                .collect();
            e.people = ["p1", "p2", "p3", "p4", "p5"]
                .iter()
                .filter(|_| rng.below(5) == 0)
                .map(|p| p.to_string())
                .collect();
            if i % 20 == 19 {
                e.kind = EntryKind::Review;
            }
            e
        })
        .collect()
}

fn median(mut runs: Vec<Duration>) -> Duration {
    runs.sort();
    runs[runs.len() / 2]
}

fn time<T>(mut f: impl FnMut() -> T) -> (Duration, T) {
    let mut last = None;
    let runs = (0..RUNS)
        .map(|_| {
            let t = Instant::now();
            last = Some(std::hint::black_box(f()));
            t.elapsed()
        })
        .collect();
    (median(runs), last.expect("at least one run"))
}

fn ms(d: Duration) -> String {
    format!("{:8.3} ms", d.as_secs_f64() * 1_000.0)
}

fn main() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let vocabulary = vocabulary(&mut rng);
    let entries = journal(&mut rng, &vocabulary);
    // Late in the list, so used rarely.
    let rare = vocabulary[vocabulary.len() - 10].clone();
    let bytes: usize = entries.iter().map(|e| e.text.len()).sum();
    println!(
        "{} entries, {:.1} MB of text; median of {RUNS} runs; page = {PAGE}\n",
        entries.len(),
        bytes as f64 / 1e6
    );

    let (build, index) = time(|| SearchIndex::new(&entries));
    println!("build index (once per change) {}", ms(build));

    let queries: Vec<(&str, Filter)> = vec![
        ("no filter (browse)", Filter::default()),
        ("\"walk\" (common)", words("walk")),
        ("\"CAFE\" (accent, case)", words("CAFE")),
        ("\"tea family ada\" (AND)", words("tea family ada")),
        ("rare word", words(&rare)),
        ("no match", words("zzzzqx")),
        (
            "mood 4-5 + tag + person",
            Filter {
                mood: Some(4..=5),
                tag: Some("family".into()),
                person: Some("p2".into()),
                ..Default::default()
            },
        ),
        (
            "\"walk\" in 2020",
            Filter {
                text: "walk".into(),
                from: NaiveDate::from_ymd_opt(2020, 1, 1),
                to: NaiveDate::from_ymd_opt(2020, 12, 31),
                ..Default::default()
            },
        ),
    ];

    println!(
        "\n{:<28} {:>11} {:>11} {:>8}",
        "query", "first page", "all hits", "matches"
    );
    for (name, filter) in &queries {
        let (page, _) = time(|| index.search(&entries, filter, PAGE).hits.len());
        let (all, n) = time(|| index.search(&entries, filter, usize::MAX).hits.len());
        println!("{name:<28} {} {} {n:>8}", ms(page), ms(all));
    }

    // Saving one entry: the index is refreshed, folding only that entry.
    let mut refreshed = index.clone();
    let mut one_more = entries.clone();
    one_more.push(JournalEntry::new(
        Stamp::new(
            "new".into(),
            DateTime::<Utc>::from_timestamp_millis(1_900_000_000_000).expect("valid time"),
        ),
        NaiveDate::from_ymd_opt(2026, 12, 1).expect("valid day"),
        "A new entry after a walk".into(),
    ));
    let (refresh, _) = time(|| {
        let mut ix = refreshed.clone();
        ix.refresh(&one_more);
        ix.fold_all(&one_more);
        ix.len()
    });
    refreshed.refresh(&one_more);
    println!(
        "\nrefresh after one new entry (incl. clone of the index) {}",
        ms(refresh)
    );

    // What a keystroke would cost without a kept index (or with a stale one).
    let mut copy = entries.clone();
    copy[0].stamp.updated_at += chrono::Duration::milliseconds(1);
    let (stale, _) = time(|| index.search(&copy, &words("walk"), PAGE).hits.len());
    println!(
        "\n\"walk\", first page, stale index (rebuilt per call) {}",
        ms(stale)
    );
}

fn words(text: &str) -> Filter {
    Filter {
        text: text.into(),
        ..Default::default()
    }
}
