//! What one change costs the rows that show it, in the two shapes Tend's
//! state could take (issue 17, item 5):
//!
//! - **signals**, as Tend has them: one `RwSignal<Vec<T>>` per collection,
//!   each row a `Memo` that finds its record by id, and a `Memo` for what
//!   the row shows;
//! - **store**: a `reactive_stores` `Store` whose list is keyed by id (the
//!   Leptos `examples/stores` shape), each row reading its own keyed field.
//!
//! `cargo run --release --example state_shape`
//!
//! 500 people, with a page of 30 rows on screen (People's first page) and
//! with all 500 (the worst case, every page shown). After each change every
//! row is brought up to date, as the renderer does; the figures are the median of the runs,
//! with how many rows recomputed what they show. Native code, so absolute
//! times are lower than the browser's wasm; the ratio is what is compared.

use chrono::{Days, NaiveDate, Utc};
use reactive_graph::computed::Memo;
use reactive_graph::signal::RwSignal;
use reactive_graph::traits::{Get, Read, Update, With, Write};
use reactive_stores::{AtKeyed, Store};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tend::model::people::Cadence;
use tend::model::{Person, Stamp};

const PEOPLE: usize = 500;
const RUNS: usize = 301;

#[derive(Store, Default)]
struct Lists {
    #[store(key: String = |p| p.stamp.id.clone())]
    people: Vec<Person>,
}

/// What a row shows: its name and check-in facts.
type Line = (String, Option<NaiveDate>, Option<Cadence>);

fn line(p: &Person) -> Line {
    (p.name.clone(), p.last_contact, p.cadence)
}

fn people() -> Vec<Person> {
    let now = Utc::now();
    (0..PEOPLE)
        .map(|i| {
            let mut p = Person::new(Stamp::new(format!("p{i:04}"), now), format!("Person {i}"));
            p.cadence = Some(Cadence::Weekly);
            p
        })
        .collect()
}

/// The id of row `i` of `shown`: the rows on screen are spread over the
/// list, as a page in name order is.
fn row_id(i: usize, shown: usize) -> String {
    format!("p{:04}", i * PEOPLE / shown)
}

fn day(n: usize) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 1)
        .unwrap()
        .checked_add_days(Days::new(n as u64 % 300))
        .unwrap()
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

struct Figures {
    build: Duration,
    /// The median time, and the rows that recomputed what they show.
    edit: (Duration, usize),
    add: (Duration, usize),
}

/// Brings every row up to date, as the renderer would after a change.
fn render(rows: &[Memo<Line>]) {
    for r in rows {
        r.with(|l| std::hint::black_box(l.0.len()));
    }
}

/// Times `change` (given the run's number) followed by bringing `rows` up
/// to date; the median, and how many rows recomputed what they show.
fn timed(rows: &[Memo<Line>], redone: &AtomicUsize, change: impl Fn(usize)) -> (Duration, usize) {
    redone.store(0, Relaxed);
    let times = (0..RUNS)
        .map(|run| {
            let t = Instant::now();
            change(run);
            render(rows);
            t.elapsed()
        })
        .collect();
    (median(times), redone.load(Relaxed) / RUNS)
}

/// A row's view of what it shows, counting its recomputations.
fn counted(
    redone: &Arc<AtomicUsize>,
    read: impl Fn() -> Line + Send + Sync + 'static,
) -> Memo<Line> {
    let count = redone.clone();
    Memo::new(move |_| {
        count.fetch_add(1, Relaxed);
        read()
    })
}

fn new_person(run: usize) -> Person {
    let mut p = Person::new(Stamp::new(format!("n{run}"), Utc::now()), "New".into());
    p.cadence = Some(Cadence::Monthly);
    p
}

fn signals(shown: usize) -> Figures {
    let redone = Arc::new(AtomicUsize::new(0));
    let start = Instant::now();
    let list = RwSignal::new(people());
    let rows: Vec<Memo<Line>> = (0..shown)
        .map(|i| {
            let id = row_id(i, shown);
            let person =
                Memo::new(move |_| list.with(|l| l.iter().find(|p| p.stamp.id == id).cloned()));
            counted(&redone, move || {
                person.with(|p| p.as_ref().map(line).unwrap_or_default())
            })
        })
        .collect();
    render(&rows);
    let build = start.elapsed();
    let edit = timed(&rows, &redone, |run| {
        let id = row_id(run * 7 % shown, shown);
        list.update(|l| {
            if let Some(p) = l.iter_mut().find(|p| p.stamp.id == id) {
                p.last_contact = Some(day(run));
            }
        });
    });
    let add = timed(&rows, &redone, |run| {
        list.update(|l| l.push(new_person(run)))
    });
    Figures { build, edit, add }
}

fn store(shown: usize) -> Figures {
    let redone = Arc::new(AtomicUsize::new(0));
    let start = Instant::now();
    let store = Store::new(Lists { people: people() });
    let rows: Vec<Memo<Line>> = (0..shown)
        .map(|i| {
            let field = AtKeyed::new(store.people(), row_id(i, shown));
            counted(&redone, move || field.with(line))
        })
        .collect();
    render(&rows);
    let build = start.elapsed();
    let edit = timed(&rows, &redone, |run| {
        let field = AtKeyed::new(store.people(), row_id(run * 7 % shown, shown));
        field.write().last_contact = Some(day(run));
    });
    let add = timed(&rows, &redone, |run| {
        store.people().write().push(new_person(run))
    });
    // The store holds what was written.
    assert_eq!(store.people().read().len(), PEOPLE + RUNS);
    assert!(store
        .people()
        .get()
        .iter()
        .any(|p| p.last_contact.is_some()));
    Figures { build, edit, add }
}

fn main() {
    let ms = |d: Duration| format!("{:.3} ms", d.as_secs_f64() * 1000.0);
    println!("{PEOPLE} people; median of {RUNS} runs (native, release)");
    println!(
        "{:<8} {:>5} {:>12} {:>12} {:>12} {:>12} {:>12}",
        "shape", "rows", "build rows", "edit one", "rows redone", "add one", "rows redone"
    );
    for shown in [30, PEOPLE] {
        for (name, f) in [("signals", signals(shown)), ("store", store(shown))] {
            println!(
                "{:<8} {:>5} {:>12} {:>12} {:>12} {:>12} {:>12}",
                name,
                shown,
                ms(f.build),
                ms(f.edit.0),
                f.edit.1,
                ms(f.add.0),
                f.add.1
            );
        }
    }
}
