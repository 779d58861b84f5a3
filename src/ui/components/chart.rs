//! A small line chart of one score over time, drawn as SVG with our own
//! integer geometry. The threshold (when the scale has one) is a dashed
//! line. The drawing is named and described for assistive technology, and a
//! table under it lists every value: the chart's text equivalent.
//!
//! Built as static content (see `dom`), since it never changes once drawn.

use super::dom::{el, sv, svt, tx, N};
use crate::model::journal::review::WeekPoint;
use crate::state::clock::long_date;
use chrono::NaiveDate;

const LEFT: i32 = 34;
const RIGHT: i32 = 310;
const TOP: i32 = 14;
const BOTTOM: i32 = 130;

/// What one chart shows.
pub struct ChartData {
    /// Prefix for the element ids; unique on the page.
    pub id: &'static str,
    /// What is measured, e.g. "Loneliness".
    pub title: &'static str,
    /// (day, score), oldest first.
    pub points: Vec<(NaiveDate, u8)>,
    pub min: u8,
    pub max: u8,
    /// A value worth marking, with what it means.
    pub threshold: Option<(u8, &'static str)>,
}

/// The chart and its table, as a `<figure>`.
pub fn chart(c: ChartData) -> N {
    let (min, max) = (c.min, c.max);
    let span = i32::from(max.saturating_sub(min)).max(1);
    let y = |v: u8| BOTTOM - (i32::from(v) - i32::from(min)) * (BOTTOM - TOP) / span;
    let n = c.points.len() as i32;
    let x = |i: i32| {
        if n < 2 {
            (LEFT + RIGHT) / 2
        } else {
            LEFT + i * (RIGHT - LEFT) / (n - 1)
        }
    };
    let xy: Vec<(i32, i32)> = c
        .points
        .iter()
        .enumerate()
        .map(|(i, (_, v))| (x(i as i32), y(*v)))
        .collect();
    let line = xy
        .iter()
        .map(|(a, b)| format!("{a},{b}"))
        .collect::<Vec<_>>()
        .join(" ");
    let latest = c.points.last().map_or(0, |p| p.1);
    let desc = format!(
        "{} results on a scale from {min} to {max}; the latest is {latest}.{} Every value is in the table below.",
        c.points.len(),
        c.threshold
            .map(|(_, t)| format!(" Dashed line: {t}."))
            .unwrap_or_default()
    );
    let (tid, did) = (format!("{}-title", c.id), format!("{}-desc", c.id));
    let line_el = |class: &str, x1: i32, y1: i32, x2: i32, y2: i32| {
        sv("line", vec![])
            .at("class", class)
            .at("x1", x1)
            .at("y1", y1)
            .at("x2", x2)
            .at("y2", y2)
    };
    let label = |x: i32, y: i32, v: u8| {
        svt("text", v.to_string())
            .at("x", x)
            .at("y", y)
            .at("text-anchor", "end")
    };
    let mut svg = vec![
        svt("title", format!("{} over time", c.title)).at("id", &tid),
        svt("desc", desc).at("id", &did),
        line_el("axis", LEFT, TOP, LEFT, BOTTOM),
        line_el("axis", LEFT, BOTTOM, RIGHT, BOTTOM),
        label(LEFT - 6, TOP + 4, max),
        label(LEFT - 6, BOTTOM + 4, min),
    ];
    if let Some((v, _)) = c.threshold {
        svg.push(line_el("threshold", LEFT, y(v), RIGHT, y(v)));
        svg.push(label(RIGHT, y(v) - 5, v).at("class", "threshold-label"));
    }
    svg.push(
        sv("polyline", vec![])
            .at("class", "line")
            .at("points", line),
    );
    svg.extend(xy.into_iter().map(|(a, b)| {
        sv("circle", vec![])
            .at("class", "dot")
            .at("cx", a)
            .at("cy", b)
            .at("r", 4)
    }));
    let rows = c
        .points
        .into_iter()
        .rev()
        .map(|(d, v)| {
            el(
                "tr",
                vec![tx("td", long_date(d, true)), tx("td", v.to_string())],
            )
        })
        .collect();
    figure(
        svg,
        &tid,
        &did,
        &format!("{}: every result, newest first", c.title),
        &["Day", "Score"],
        rows,
    )
}

/// A number with at most one decimal, without float formatting (which
/// would add kilobytes to the bundle).
pub fn tenths(v: f32) -> String {
    let t = (v * 10.0).round() as i32;
    if t % 10 == 0 {
        (t / 10).to_string()
    } else {
        format!("{}.{}", t / 10, (t % 10).abs())
    }
}

/// Mood (a line on the 1–5 scale) beside contacts logged (bars), week by
/// week, oldest first; with the table that says the same in words.
pub fn weekly_chart(points: &[WeekPoint]) -> N {
    let n = points.len().max(1) as i32;
    let slot = (RIGHT - LEFT) / n;
    let most = points
        .iter()
        .map(|p| p.interactions)
        .max()
        .unwrap_or(0)
        .max(1) as i32;
    let mut svg = vec![
        svt("title", "Mood and contacts by week").at("id", "trend-title"),
        tx(
            "desc",
            format!(
                "{} weeks. Bars: contacts you logged each week (most: {most}). Line: the week's average mood from 1 to 5. Every week is in the table below.",
                points.len()
            ),
        )
        .at("id", "trend-desc"),
        sv("line", vec![])
            .at("class", "axis")
            .at("x1", LEFT)
            .at("y1", BOTTOM)
            .at("x2", RIGHT)
            .at("y2", BOTTOM),
    ];
    let mut line = Vec::new();
    for (i, p) in points.iter().enumerate() {
        let x = LEFT + i as i32 * slot;
        let h = p.interactions as i32 * (BOTTOM - TOP) / most;
        if h > 0 {
            svg.push(
                sv("rect", vec![])
                    .at("class", "bar")
                    .at("x", x + 3)
                    .at("y", BOTTOM - h)
                    .at("width", (slot - 6).max(2))
                    .at("height", h),
            );
        }
        if let Some(m) = p.mood {
            let y = BOTTOM - ((m - 1.0) * (BOTTOM - TOP) as f32 / 4.0) as i32;
            line.push((x + slot / 2, y));
        }
    }
    if line.len() > 1 {
        let pts: Vec<String> = line.iter().map(|(x, y)| format!("{x},{y}")).collect();
        svg.push(
            sv("polyline", vec![])
                .at("class", "line")
                .at("points", pts.join(" ")),
        );
    }
    for (x, y) in line {
        svg.push(
            sv("circle", vec![])
                .at("class", "dot")
                .at("cx", x)
                .at("cy", y)
                .at("r", 4),
        );
    }
    let rows = points
        .iter()
        .rev()
        .map(|p| {
            el(
                "tr",
                vec![
                    tx("td", long_date(p.week, false)),
                    tx("td", p.mood.map_or("–".to_string(), tenths)),
                    tx("td", p.interactions.to_string()),
                ],
            )
        })
        .collect();
    figure(
        svg,
        "trend-title",
        "trend-desc",
        "Each week, newest first (weeks start on Monday)",
        &["Week of", "Average mood", "Contacts"],
        rows,
    )
}

/// A chart's drawing (named by `title_id`, described by `desc_id`) and the
/// table under it that says the same in words: its text equivalent.
fn figure(
    svg: Vec<N>,
    title_id: &str,
    desc_id: &str,
    caption: &str,
    headers: &[&str],
    rows: Vec<N>,
) -> N {
    let head = headers
        .iter()
        .map(|t| tx("th", t).at("scope", "col"))
        .collect();
    el(
        "figure",
        vec![
            sv("svg", svg)
                .at("viewBox", "0 0 320 150")
                .at("role", "img")
                .at("aria-labelledby", title_id)
                .at("aria-describedby", desc_id),
            el(
                "table",
                vec![
                    tx("caption", caption),
                    el("thead", vec![el("tr", head)]),
                    el("tbody", rows),
                ],
            )
            .at("class", "chart-table"),
        ],
    )
    .at("class", "chart")
}
