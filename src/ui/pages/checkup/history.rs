//! Every score over time: one chart per check-up taken, on a time axis,
//! over the range chosen (3 months, a year, all), with its trend, its
//! threshold, the seasons shaded, a summary in words and the numbers
//! behind a disclosure.

use crate::model::assessment::checkup::history;
use crate::model::assessment::{loneliness, network, CheckupKind};
use crate::model::timeline::{bands, trend, Direction, Range, Span};
use crate::state::{clock::short_date, use_app};
use crate::ui::components::chart::{ChartRange, Numbers, RangeChoice, TimeChart, TimeSeries};
use chrono::NaiveDate;
use leptos::prelude::*;

/// The chart's id prefix, and the score worth marking on it with what it
/// means.
fn chart_of(kind: CheckupKind) -> (&'static str, Option<(u8, &'static str)>) {
    match kind {
        CheckupKind::Loneliness => (
            "chart-lon",
            Some((loneliness::LONELY_FROM, "often read as lonely from here up")),
        ),
        CheckupKind::Network => (
            "chart-net",
            Some((
                network::AT_RISK_BELOW,
                "below this marks a risk of isolation",
            )),
        ),
        CheckupKind::Skills => ("chart-ski", None),
    }
}

/// The values labelled on a scale from `min` to `max`: the ends and, when
/// there is room, the middle.
fn labels(min: u8, max: u8) -> Vec<f32> {
    let (lo, hi) = (f32::from(min), f32::from(max));
    if max.saturating_sub(min) >= 4 {
        vec![lo, ((lo + hi) / 2.0).round(), hi]
    } else {
        vec![lo, hi]
    }
}

#[component]
pub(super) fn History() -> impl IntoView {
    let state = use_app();
    let range = ChartRange::new(move || {
        state
            .checkups
            .with(|c| c.iter().filter(|r| !r.stamp.deleted).map(|r| r.day).min())
    });
    // The check-ups taken at least once.
    let taken = Memo::new(move |_| {
        state.checkups.with(|c| {
            CheckupKind::ALL
                .into_iter()
                .filter(|k| !history(c, *k).is_empty())
                .collect::<Vec<_>>()
        })
    });
    view! {
        <section class="card" aria-labelledby="history">
            <h2 id="history">"Over time"</h2>
            <Show
                when=move || taken.with(|t| !t.is_empty())
                fallback=|| view! { <p class="empty">"Your results will show here over time, once you have taken a check-up."</p> }
            >
                <RangeChoice name="checkup-range" range/>
                <For each=move || taken.get() key=|k| *k let:kind>
                    <KindHistory kind range/>
                </For>
            </Show>
        </section>
    }
}

/// What one check-up's chart shows for the range chosen.
#[derive(Clone, PartialEq)]
struct Shown {
    span: Span,
    /// (day, score) in the span, oldest first.
    points: Vec<(NaiveDate, u8)>,
    /// The latest result of all, for when the range holds none.
    latest: Option<NaiveDate>,
}

/// One check-up's results over time.
#[component]
fn KindHistory(
    /// Which check-up.
    kind: CheckupKind,
    /// How far back to look.
    range: ChartRange,
) -> impl IntoView {
    let state = use_app();
    let inst = kind.instrument();
    let title = inst.title;
    let (id, threshold) = chart_of(kind);
    let (min, max) = (inst.min_total(), inst.max_total());
    let all = Memo::new(move |_| {
        state.checkups.with(|c| {
            history(c, kind)
                .into_iter()
                .map(|(day, r)| (day, r.total()))
                .collect::<Vec<_>>()
        })
    });
    let shown = Memo::new(move |_| {
        let today = state.today.get();
        all.with(|all| {
            let first = all.first().map(|p| p.0);
            let latest = all.last().map(|p| p.0);
            let span = Span::of(range.get(), today, first, latest);
            let points = all.iter().copied().filter(|p| span.contains(p.0)).collect();
            Shown {
                span,
                points,
                latest,
            }
        })
    });
    let summary = move || {
        let r = range.get();
        shown.with(|s| summary(title, r, s, min, max))
    };
    let chart = move || {
        let Shown { span, points, .. } = shown.get();
        let series = TimeSeries {
            span,
            points: points.iter().map(|&(d, v)| (d, f32::from(v))).collect(),
            min: f32::from(min),
            max: f32::from(max),
            labels: labels(min, max),
            threshold: threshold.map(|(v, what)| (f32::from(v), what)),
            bars: Vec::new(),
            bars_are: "",
            points_are: "each result",
            bands: state.seasons.with(|s| bands(s, span)),
        };
        let desc = format!(
            "{} on a scale from {min} to {max}; the table under “Show the numbers” lists each one.",
            count(points.len())
        );
        view! { <TimeChart id title=format!("{title} over time") desc series/> }
    };
    let rows = move || {
        shown.with(|s| {
            s.points
                .iter()
                .rev()
                .map(|&(d, v)| view! { <tr><td>{short_date(d)}</td><td>{v.to_string()}</td></tr> })
                .collect_view()
        })
    };
    let (heading, labelled_by) = (format!("{id}-heading"), format!("{id}-heading"));
    view! {
        <article class="chart-block" aria-labelledby=labelled_by>
            <h3 id=heading>{title}</h3>
            <p class="chart-summary">{summary}</p>
            <Show when=move || shown.with(|s| !s.points.is_empty())>
                {chart}
                <Numbers>
                    <table class="chart-table">
                        <caption>{move || format!("{title}: every result {}, newest first", range.get().phrase())}</caption>
                        <thead><tr><th scope="col">"Day"</th><th scope="col">"Score"</th></tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </Numbers>
            </Show>
        </article>
    }
}

/// "1 result" or "4 results".
fn count(n: usize) -> String {
    if n == 1 {
        "1 result".into()
    } else {
        format!("{n} results")
    }
}

/// The chart in words: how many results, their spread, the latest, and
/// which way the trend line goes; or, with none in the range, when the
/// latest was.
fn summary(title: &str, range: Range, s: &Shown, min: u8, max: u8) -> String {
    let Some(&(last_day, last)) = s.points.last() else {
        let when = s
            .latest
            .map(|d| format!(" The latest was on {}.", short_date(d)))
            .unwrap_or_default();
        return format!("No {title} results {}.{when}", range.phrase());
    };
    let lo = s.points.iter().map(|p| p.1).min().unwrap_or(last);
    let hi = s.points.iter().map(|p| p.1).max().unwrap_or(last);
    let spread = if lo == hi {
        String::new()
    } else {
        format!(", from {lo} to {hi}")
    };
    let values: Vec<(NaiveDate, f32)> = s.points.iter().map(|&(d, v)| (d, f32::from(v))).collect();
    let way = trend(&values)
        .map(|t| {
            format!(
                " The trend line is {}.",
                Direction::of(&t, f32::from(max.saturating_sub(min))).words()
            )
        })
        .unwrap_or_default();
    format!(
        "{} {}{spread} (the scale runs from {min} to {max}). The latest: {last} on {}.{way}",
        count(s.points.len()),
        range.phrase(),
        short_date(last_day),
    )
}
