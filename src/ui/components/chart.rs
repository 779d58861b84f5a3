//! Small charts drawn as SVG: one score over time (with its threshold as a
//! dashed line), and mood beside contacts week by week. Each drawing is
//! named and described for assistive technology, and a table under it
//! lists every value: the chart's text equivalent.

use crate::model::journal::review::WeekPoint;
use crate::state::clock::long_date;
use chrono::NaiveDate;
use leptos::prelude::*;

const LEFT: i32 = 34;
const RIGHT: i32 = 310;
const TOP: i32 = 14;
const BOTTOM: i32 = 130;

/// A number with at most one decimal: "3" or "3.5" (in whole tenths, so
/// no float formatting is needed).
pub fn tenths(v: f32) -> String {
    let t = (v * 10.0).round() as i32;
    let (whole, tenth) = (t / 10, (t % 10).abs());
    let sign = if t < 0 && whole == 0 { "-" } else { "" };
    if tenth == 0 {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{tenth}")
    }
}

/// One score over time, with the table of every value.
#[component]
pub fn ScoreChart(
    /// Prefix for the element ids; unique on the page.
    id: &'static str,
    /// What is measured, e.g. "Loneliness".
    title: &'static str,
    /// (day, score), oldest first.
    points: Vec<(NaiveDate, u8)>,
    /// The lowest and highest possible scores.
    min: u8,
    max: u8,
    /// A value worth marking, with what it means.
    threshold: Option<(u8, &'static str)>,
) -> impl IntoView {
    let span = i32::from(max.saturating_sub(min)).max(1);
    let y = move |v: u8| BOTTOM - (i32::from(v) - i32::from(min)) * (BOTTOM - TOP) / span;
    let n = points.len() as i32;
    let x = move |i: i32| {
        if n < 2 {
            (LEFT + RIGHT) / 2
        } else {
            LEFT + i * (RIGHT - LEFT) / (n - 1)
        }
    };
    let xy: Vec<(i32, i32)> = points
        .iter()
        .enumerate()
        .map(|(i, (_, v))| (x(i as i32), y(*v)))
        .collect();
    let line = xy
        .iter()
        .map(|(a, b)| format!("{a},{b}"))
        .collect::<Vec<_>>()
        .join(" ");
    let latest = points.last().map_or(0, |p| p.1);
    let desc = format!(
        "{} results on a scale from {min} to {max}; the latest is {latest}.{} Every value is in the table below.",
        points.len(),
        threshold.map(|(_, t)| format!(" Dashed line: {t}.")).unwrap_or_default()
    );
    let (tid, did) = (format!("{id}-title"), format!("{id}-desc"));
    let (title_ref, desc_ref) = (tid.clone(), did.clone());
    let mark = threshold.map(|(v, _)| {
        view! {
            <line class="threshold" x1=LEFT y1=y(v) x2=RIGHT y2=y(v)></line>
            <text class="threshold-label" x=RIGHT y=y(v) - 5 text-anchor="end">{v.to_string()}</text>
        }
    });
    let dots = xy
        .into_iter()
        .map(|(a, b)| view! { <circle class="dot" cx=a cy=b r=4></circle> })
        .collect_view();
    let rows = points
        .into_iter()
        .rev()
        .map(|(d, v)| view! { <tr><td>{long_date(d, true)}</td><td>{v.to_string()}</td></tr> })
        .collect_view();
    view! {
        <figure class="chart">
            <svg viewBox="0 0 320 150" role="img" aria-labelledby=title_ref aria-describedby=desc_ref>
                <title id=tid>{format!("{title} over time")}</title>
                <desc id=did>{desc}</desc>
                <line class="axis" x1=LEFT y1=TOP x2=LEFT y2=BOTTOM></line>
                <line class="axis" x1=LEFT y1=BOTTOM x2=RIGHT y2=BOTTOM></line>
                <text x=LEFT - 6 y=TOP + 4 text-anchor="end">{max.to_string()}</text>
                <text x=LEFT - 6 y=BOTTOM + 4 text-anchor="end">{min.to_string()}</text>
                {mark}
                <polyline class="line" points=line></polyline>
                {dots}
            </svg>
            <table class="chart-table">
                <caption>{format!("{title}: every result, newest first")}</caption>
                <thead><tr><th scope="col">"Day"</th><th scope="col">"Score"</th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </figure>
    }
}

/// Mood (a line on the 1–5 scale) beside contacts logged (bars), week by
/// week, oldest first; with the table that says the same in words.
#[component]
pub fn WeeklyChart(
    /// One point a week, oldest first.
    points: Vec<WeekPoint>,
) -> impl IntoView {
    let n = points.len().max(1) as i32;
    let slot = (RIGHT - LEFT) / n;
    let most = points
        .iter()
        .map(|p| p.interactions)
        .max()
        .unwrap_or(0)
        .max(1) as i32;
    let mut bars = Vec::new();
    let mut line = Vec::new();
    for (i, p) in points.iter().enumerate() {
        let x = LEFT + i as i32 * slot;
        let h = p.interactions as i32 * (BOTTOM - TOP) / most;
        if h > 0 {
            bars.push(view! {
                <rect class="bar" x=x + 3 y=BOTTOM - h width=(slot - 6).max(2) height=h></rect>
            });
        }
        if let Some(m) = p.mood {
            let y = BOTTOM - ((m - 1.0) * (BOTTOM - TOP) as f32 / 4.0) as i32;
            line.push((x + slot / 2, y));
        }
    }
    let polyline = (line.len() > 1).then(|| {
        let pts: Vec<String> = line.iter().map(|(x, y)| format!("{x},{y}")).collect();
        view! { <polyline class="line" points=pts.join(" ")></polyline> }
    });
    let dots = line
        .into_iter()
        .map(|(x, y)| view! { <circle class="dot" cx=x cy=y r=4></circle> })
        .collect_view();
    let desc = format!(
        "{} weeks. Bars: contacts you logged each week (most: {most}). Line: the week's average mood from 1 to 5. Every week is in the table below.",
        points.len()
    );
    let rows = points
        .iter()
        .rev()
        .map(|p| {
            view! {
                <tr>
                    <td>{long_date(p.week, false)}</td>
                    <td>{p.mood.map_or("–".to_string(), tenths)}</td>
                    <td>{p.interactions.to_string()}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <figure class="chart">
            <svg viewBox="0 0 320 150" role="img" aria-labelledby="trend-title" aria-describedby="trend-desc">
                <title id="trend-title">"Mood and contacts by week"</title>
                <desc id="trend-desc">{desc}</desc>
                <line class="axis" x1=LEFT y1=BOTTOM x2=RIGHT y2=BOTTOM></line>
                {bars}
                {polyline}
                {dots}
            </svg>
            <table class="chart-table">
                <caption>"Each week, newest first (weeks start on Monday)"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Week of"</th>
                        <th scope="col">"Average mood"</th>
                        <th scope="col">"Contacts"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </figure>
    }
}
