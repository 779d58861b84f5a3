//! The weekly review (four questions, saved as one review entry) and the
//! chart of mood and contacts over time.

use crate::content::prompts::REVIEW;
use crate::model::journal::review::{
    last_review_day, mood_series, review_due_in, review_text, MoodPoint,
};
use crate::model::journal::{EntryInput, EntryKind};
use crate::model::timeline::{bands, trend, Direction, Span, Unit};
use crate::state::clock::{month_year, short_date, short_month};
use crate::state::seasons::use_pauses;
use crate::state::{actions, use_app, NoticeKind};
use crate::ui::components::chart::{
    tenths, ChartRange, Numbers, RangeChoice, TimeChart, TimeSeries,
};
use crate::ui::components::form::{ErrorLine, Submit, TextArea};
use chrono::{Datelike, Days, NaiveDate};
use leptos::prelude::*;

#[component]
pub fn Review() -> impl IntoView {
    let state = use_app();
    let pauses = use_pauses();
    let due = Memo::new(move |_| {
        let today = state.today.get();
        state
            .journal
            .with(|j| pauses.with(|p| review_due_in(today, last_review_day(j), p)))
    });
    let answers: Vec<RwSignal<String>> = REVIEW
        .iter()
        .map(|_| RwSignal::new(String::new()))
        .collect();
    let error = RwSignal::new(String::new());
    let fields = answers
        .iter()
        .zip(REVIEW)
        .enumerate()
        .map(|(i, (a, q))| view! { <TextArea id=format!("r-{i}") label=q value=*a/> })
        .collect_view();
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let texts: Vec<String> = answers.iter().map(|a| a.get_untracked()).collect();
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let input = EntryInput {
            day: state.today.get_untracked(),
            text: review_text(&refs),
            kind: EntryKind::Review,
            ..EntryInput::default()
        };
        match actions::save_entry(state, None, input) {
            Ok(()) => {
                for a in &answers {
                    a.set(String::new());
                }
                error.set(String::new());
                state.notify(
                    NoticeKind::Info,
                    "Review saved. Today will show your plan.",
                    None,
                );
            }
            Err(_) => error.set("Answer at least one question first.".into()),
        }
    };
    view! {
        <form class="stack" aria-label="Weekly review" on:submit=save>
            <p>
                {move || {
                    if due.get() {
                        "A good moment to look back on your week: what nourished you, what drained you, and one plan for the next."
                    } else {
                        "Your review for this week is done. You can add another whenever you like."
                    }
                }}
            </p>
            {fields}
            <ErrorLine error/>
            <Submit label="Save review"/>
        </form>
    }
}

/// What the mood chart shows for the range chosen.
#[derive(Clone, PartialEq)]
struct Shown {
    span: Span,
    unit: Unit,
    points: Vec<MoodPoint>,
}

/// The middle day of a point's days inside the span: where it is drawn.
fn middle(p: &MoodPoint, span: Span) -> NaiveDate {
    let (a, z) = (p.start.max(span.from), p.end.min(span.to));
    let half = u64::try_from((z - a).num_days() / 2).unwrap_or(0);
    a.checked_add_days(Days::new(half)).unwrap_or(a)
}

/// A point's days in words, for the table: "Week of 3 Nov 2026",
/// "November 2026", "Oct–Dec 2026".
fn period(p: &MoodPoint, unit: Unit) -> String {
    match unit {
        Unit::Week => format!("Week of {}", short_date(p.start)),
        Unit::Month => month_year(p.start),
        Unit::Quarter => format!(
            "{}–{} {}",
            short_month(p.start.year(), p.start.month()),
            short_month(p.end.year(), p.end.month()),
            p.start.year()
        ),
    }
}

fn per(unit: Unit) -> &'static str {
    match unit {
        Unit::Week => "week",
        Unit::Month => "month",
        Unit::Quarter => "quarter",
    }
}

/// Mood (the average of each week, month or quarter, on the 1–5 scale)
/// beside contacts logged (bars), over the range chosen, with the seasons
/// shaded, a summary in words and the numbers behind a disclosure.
#[component]
pub fn MoodChart() -> impl IntoView {
    let state = use_app();
    // The first and last days with an entry or a contact: where the range
    // opens, where "All" begins, and (a clock set wrong) a day after today
    // that must stay in view.
    let bounds = Memo::new(move |_| {
        state.journal.with(|j| {
            state.interactions.with(|i| {
                let days = || {
                    j.iter()
                        .filter(|e| !e.stamp.deleted)
                        .map(|e| e.day)
                        .chain(i.iter().filter(|c| !c.stamp.deleted).map(|c| c.day))
                };
                (days().min(), days().max())
            })
        })
    });
    let range = ChartRange::new(move || bounds.get().0);
    let shown = Memo::new(move |_| {
        let today = state.today.get();
        let r = range.get();
        let (first, last) = bounds.get();
        let span = Span::of(r, today, first, last);
        let unit = Unit::for_span(span);
        let points = state
            .journal
            .with(|j| state.interactions.with(|i| mood_series(j, i, span, unit)));
        Shown { span, unit, points }
    });
    // Nothing to draw at all: no mood and no contact, ever.
    let nothing = Memo::new(move |_| {
        state
            .journal
            .with(|j| j.iter().all(|e| e.stamp.deleted || e.mood.is_none()))
            && state
                .interactions
                .with(|i| i.iter().all(|c| c.stamp.deleted))
    });
    let any_in_range =
        move || shown.with(|s| s.points.iter().any(|p| p.moods > 0 || p.interactions > 0));
    let summary = move || {
        let r = range.get();
        shown.with(|s| {
            let moods: u32 = s.points.iter().map(|p| p.moods).sum();
            let contacts: u32 = s.points.iter().map(|p| p.interactions).sum();
            let sum: f32 = s.points.iter().filter_map(|p| p.mood.map(|m| m * p.moods as f32)).sum();
            let lead = capitalised(r.phrase());
            let contacts = match contacts {
                1 => "1 contact logged".to_string(),
                n => format!("{n} contacts logged"),
            };
            if moods == 0 {
                return format!("{lead}: no moods noted; {contacts}.");
            }
            let values: Vec<(NaiveDate, f32)> = s
                .points
                .iter()
                .filter_map(|p| p.mood.map(|m| (middle(p, s.span), m)))
                .collect();
            let way = trend(&values)
                .map(|t| format!(" The trend line is {}.", Direction::of(&t, 4.0).words()))
                .unwrap_or_default();
            let entries = if moods == 1 { "entry" } else { "entries" };
            format!(
                "{lead}: an average mood of {} from {moods} {entries} with a mood, and {contacts}.{way}",
                tenths(sum / moods as f32)
            )
        })
    };
    let chart = move || {
        let Shown { span, unit, points } = shown.get();
        let series = TimeSeries {
            span,
            points: points
                .iter()
                .filter_map(|p| p.mood.map(|m| (middle(p, span), m)))
                .collect(),
            min: 1.0,
            max: 5.0,
            labels: vec![1.0, 3.0, 5.0],
            threshold: None,
            bars: points
                .iter()
                .map(|p| (p.start, p.end, p.interactions))
                .collect(),
            bars_are: "contacts you logged",
            points_are: match unit {
                Unit::Week => "the week's average mood",
                Unit::Month => "the month's average mood",
                Unit::Quarter => "the quarter's average mood",
            },
            bands: state.seasons.with(|s| bands(s, span)),
        };
        let desc = format!(
            "Average mood from 1 (very low) to 5 (very good) each {}, over bars of the contacts you logged; the table under “Show the numbers” lists each {}.",
            per(unit),
            per(unit)
        );
        view! { <TimeChart id="mood-chart" title="Mood and contacts over time" desc series/> }
    };
    let rows = move || {
        shown.with(|s| {
            s.points
                .iter()
                .rev()
                .map(|p| {
                    view! {
                        <tr>
                            <td>{period(p, s.unit)}</td>
                            <td>{p.mood.map_or("–".to_string(), tenths)}</td>
                            <td>{p.entries.to_string()}</td>
                            <td>{p.interactions.to_string()}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <Show
            when=move || !nothing.get()
            fallback=|| view! {
                <p class="empty">"Choose a mood when you write, and how your weeks feel will show here over time."</p>
            }
        >
            <RangeChoice name="mood-range" range/>
            <p class="chart-summary">{summary}</p>
            <Show when=any_in_range>
                {chart}
                <Numbers>
                    <table class="chart-table">
                        <caption>{move || format!("Each {} {}, newest first", shown.with(|s| per(s.unit)), range.get().phrase())}</caption>
                        <thead>
                            <tr>
                                <th scope="col">"Period"</th>
                                <th scope="col">"Average mood"</th>
                                <th scope="col">"Entries"</th>
                                <th scope="col">"Contacts"</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </Numbers>
            </Show>
        </Show>
    }
}

/// "in the last year" → "In the last year". The phrases are our own ASCII
/// (tests/timeline.rs), so no Unicode case tables come with this screen.
fn capitalised(s: &str) -> String {
    let mut s = s.to_string();
    if let Some(first) = s.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    s
}
