//! Charts over time, drawn as SVG: a series of values on a time axis with
//! year and month ticks, its trend line, an optional threshold and bars of
//! counts, and the seasons shaded over their days; the choice of range;
//! and the "Show the numbers" disclosure that holds a chart's table. The
//! maths (ranges, scales, ticks, trend, bands) lives in `model::timeline`;
//! this only draws. Each drawing is named and described for assistive
//! technology, and its legend says in words what each mark is, so colour
//! is never the only signal.

use crate::model::season::SeasonReason;
use crate::model::timeline::{ticks, trend, Band, Range, Span, TickLabel, TimeScale, ValueScale};
use crate::state::clock::{short_date, short_month};
use chrono::{Datelike, NaiveDate};
use leptos::prelude::*;

// The drawing's own units (its viewBox), scaled to the column's width.
const WIDTH: f32 = 320.0;
const LEFT: f32 = 30.0;
const RIGHT: f32 = 310.0;
const TOP: f32 = 10.0;
const BOTTOM: f32 = 118.0;
/// Baselines of the month and the year labels under the axis.
const MONTH_ROW: f32 = 132.0;
const YEAR_ROW: f32 = 146.0;
const HEIGHT: f32 = 152.0;
/// Labels that fit across the axis at 11 units each.
const MOST_TICKS: usize = 6;
/// The share of the height the tallest bar takes: bars stay behind the
/// line, never over it all.
const BAR_SHARE: f32 = 0.6;
/// Beyond this many points the dots would touch: only the line is drawn.
const MOST_DOTS: usize = 60;

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

/// A coordinate, to one decimal: enough for a crisp line, and short.
fn c(v: f32) -> String {
    tenths(v)
}

/// The seasons in a sentence, for the legend: "A season (Illness) from 3
/// Mar 2026 to 20 Apr 2026." Empty without any.
pub fn bands_in_words(bands: &[Band]) -> String {
    let each: Vec<String> = bands
        .iter()
        .map(|b| {
            let why = b
                .reason
                .map(|r: SeasonReason| format!(" ({})", r.label()))
                .unwrap_or_default();
            let until = if b.open {
                "on".to_string()
            } else {
                format!("to {}", short_date(b.to))
            };
            format!("from {} {until}{why}", short_date(b.from))
        })
        .collect();
    match each.len() {
        0 => String::new(),
        1 => format!("Shaded: a season when nudges paused, {}.", each.join("")),
        _ => format!("Shaded: seasons when nudges paused, {}.", each.join("; ")),
    }
}

/// How far back a chart looks: the range the person chose, or until they
/// choose, the one that suits the data (`Range::to_start`), which follows
/// the data as it grows (a first check-up taken while the page is open).
#[derive(Clone, Copy)]
pub struct ChartRange {
    chosen: RwSignal<Option<Range>>,
    shown: Memo<Range>,
}

impl ChartRange {
    /// `first`: the first day with data, read reactively.
    pub fn new(first: impl Fn() -> Option<NaiveDate> + Send + Sync + 'static) -> Self {
        let state = crate::state::use_app();
        let chosen = RwSignal::new(None);
        let shown = Memo::new(move |_| {
            chosen
                .get()
                .unwrap_or_else(|| Range::to_start(first(), state.today.get()))
        });
        ChartRange { chosen, shown }
    }

    pub fn get(&self) -> Range {
        self.shown.get()
    }

    fn choose(&self, r: Range) {
        self.chosen.set(Some(r));
    }
}

/// The choice of how far back the charts look: three months, a year, or
/// everything. Radio buttons, so the arrow keys move between them.
#[component]
pub fn RangeChoice(
    /// The radio group's name; unique on the page.
    name: &'static str,
    /// The range shown, and chosen here.
    range: ChartRange,
) -> impl IntoView {
    let options = Range::ALL
        .into_iter()
        .map(|r| {
            let code: &'static str = r.into();
            view! {
                <label>
                    <input
                        type="radio"
                        name=name
                        value=code
                        prop:checked=move || range.get() == r
                        on:change=move |_| range.choose(r)
                    />
                    <span>{r.label()}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="segmented range-choice">
            <legend>"Time range"</legend>
            <div class="segments">{options}</div>
        </fieldset>
    }
}

/// A chart's table of numbers, closed until asked for.
#[component]
pub fn Numbers(children: Children) -> impl IntoView {
    view! {
        <details class="numbers">
            <summary>"Show the numbers"</summary>
            {children()}
        </details>
    }
}

/// What a time chart draws.
#[derive(Clone, Debug, PartialEq)]
pub struct TimeSeries {
    /// The days shown.
    pub span: Span,
    /// The points, (day, value), oldest first.
    pub points: Vec<(NaiveDate, f32)>,
    /// The lowest and highest values of the scale.
    pub min: f32,
    pub max: f32,
    /// The values labelled on the vertical axis.
    pub labels: Vec<f32>,
    /// A value worth marking, with what it means.
    pub threshold: Option<(f32, &'static str)>,
    /// Counts drawn as bars behind the points, each over its days: (first
    /// day, last day, count). Their own scale, from 0 to the largest.
    pub bars: Vec<(NaiveDate, NaiveDate, u32)>,
    /// What a bar counts, for the legend ("contacts you logged").
    pub bars_are: &'static str,
    /// What a point is, for the legend ("each result").
    pub points_are: &'static str,
    /// The seasons shaded.
    pub bands: Vec<Band>,
}

/// A series over time: the axis with its ticks, the seasons shaded, bars,
/// the points joined by a line, the trend line, and a legend in words.
#[component]
pub fn TimeChart(
    /// Prefix for the element ids; unique on the page.
    id: &'static str,
    /// The drawing's name, e.g. "Loneliness over time".
    #[prop(into)]
    title: String,
    /// What the drawing shows, in a sentence or two (its description).
    #[prop(into)]
    desc: String,
    /// What to draw.
    series: TimeSeries,
) -> impl IntoView {
    let TimeSeries {
        span,
        points,
        min,
        max,
        labels,
        threshold,
        bars,
        bars_are,
        points_are,
        bands,
    } = series;
    let x = TimeScale::new(span, LEFT, RIGHT);
    let y = ValueScale {
        min,
        max,
        top: TOP,
        bottom: BOTTOM,
    };

    let shading = bands
        .iter()
        .map(|b| {
            let (a, z) = (x.start(b.from), x.end(b.to));
            view! {
                <rect class="season" x=c(a) y=c(TOP) width=c((z - a).max(1.0)) height=c(BOTTOM - TOP)></rect>
                <rect class="season-hatch" x=c(a) y=c(TOP) width=c((z - a).max(1.0)) height=c(BOTTOM - TOP)
                    fill=format!("url(#{id}-hatch)")></rect>
            }
        })
        .collect_view();

    let grid = labels
        .iter()
        .map(|&v| {
            view! {
                <line class="grid" x1=c(LEFT) y1=c(y.y(v)) x2=c(RIGHT) y2=c(y.y(v))></line>
                <text x=c(LEFT - 5.0) y=c(y.y(v) + 4.0) text-anchor="end">{tenths(v)}</text>
            }
        })
        .collect_view();

    let axis = ticks(span, MOST_TICKS)
        .into_iter()
        .map(|t| {
            let at = x.start(t.day);
            let (month, year) = match t.label {
                TickLabel::Month { month, year } => {
                    (Some(short_month(t.day.year(), month)), year)
                }
                TickLabel::Year(y) => (None, Some(y)),
            };
            view! {
                <line class="tick" x1=c(at) y1=c(TOP) x2=c(at) y2=c(BOTTOM + 4.0)></line>
                {month.map(|m| view! { <text x=c(at) y=c(MONTH_ROW) text-anchor="middle">{m}</text> })}
                {year.map(|yr| {
                    // A year alone sits on the first row.
                    let row = if t.label == TickLabel::Year(yr) { MONTH_ROW } else { YEAR_ROW };
                    view! { <text class="year" x=c(at) y=c(row) text-anchor="middle">{yr.to_string()}</text> }
                })}
            }
        })
        .collect_view();

    let most = bars.iter().map(|b| b.2).max().unwrap_or(0).max(1) as f32;
    let bar_marks = bars
        .iter()
        .filter(|b| b.2 > 0)
        .map(|&(from, to, n)| {
            let (a, z) = (x.start(from.max(span.from)), x.end(to.min(span.to)));
            let h = n as f32 / most * (BOTTOM - TOP) * BAR_SHARE;
            view! {
                <rect class="bar" x=c(a + 0.5) y=c(BOTTOM - h) width=c((z - a - 1.0).max(0.8)) height=c(h)></rect>
            }
        })
        .collect_view();

    let mark = threshold.map(|(v, _)| {
        view! {
            <line class="threshold" x1=c(LEFT) y1=c(y.y(v)) x2=c(RIGHT) y2=c(y.y(v))></line>
        }
    });

    let xy: Vec<(f32, f32)> = points.iter().map(|&(d, v)| (x.at(d), y.y(v))).collect();
    let line = (xy.len() > 1).then(|| {
        let pts: Vec<String> = xy
            .iter()
            .map(|&(a, b)| format!("{},{}", c(a), c(b)))
            .collect();
        view! { <polyline class="line" points=pts.join(" ")></polyline> }
    });
    let dots = (xy.len() <= MOST_DOTS).then(|| {
        xy.iter()
            .map(|&(a, b)| view! { <circle class="dot" cx=c(a) cy=c(b) r="3.5"></circle> })
            .collect_view()
    });
    let trend_line = trend(&points).map(|t| {
        view! {
            <line
                class="trend"
                x1=c(x.at(t.from.0))
                y1=c(y.y(t.from.1))
                x2=c(x.at(t.to.0))
                y2=c(y.y(t.to.1))
            ></line>
        }
    });
    let has_trend = trend_line.is_some();

    let legend = {
        let mut keys: Vec<AnyView> = vec![view! {
            <span class="key"><span class="swatch swatch-dot" aria-hidden="true"></span>{points_are}</span>
        }
        .into_any()];
        if has_trend {
            keys.push(
                view! { <span class="key"><span class="swatch swatch-trend" aria-hidden="true"></span>"trend line"</span> }
                    .into_any(),
            );
        }
        if let Some((v, what)) = threshold {
            keys.push(
                view! {
                    <span class="key">
                        <span class="swatch swatch-threshold" aria-hidden="true"></span>
                        {format!("{}: {what}", tenths(v))}
                    </span>
                }
                .into_any(),
            );
        }
        if !bars.is_empty() {
            keys.push(
                view! {
                    <span class="key">
                        <span class="swatch swatch-bar" aria-hidden="true"></span>
                        {format!("bars: {bars_are} (tallest {most})")}
                    </span>
                }
                .into_any(),
            );
        }
        keys
    };
    let seasons_text = bands_in_words(&bands);
    let has_bands = !bands.is_empty();
    let (tid, did) = (format!("{id}-title"), format!("{id}-desc"));
    let (title_ref, desc_ref) = (tid.clone(), did.clone());
    let desc = if seasons_text.is_empty() {
        desc
    } else {
        format!("{desc} {seasons_text}")
    };
    view! {
        <figure class="chart time-chart">
            <svg
                viewBox=format!("0 0 {WIDTH} {HEIGHT}")
                role="img"
                aria-labelledby=title_ref
                aria-describedby=desc_ref
            >
                <title id=tid>{title}</title>
                <desc id=did>{desc}</desc>
                <defs>
                    <pattern
                        id=format!("{id}-hatch")
                        width="6"
                        height="6"
                        patternUnits="userSpaceOnUse"
                        patternTransform="rotate(45)"
                    >
                        <line class="hatch" x1="0" y1="0" x2="0" y2="6"></line>
                    </pattern>
                </defs>
                {shading}
                {grid}
                {bar_marks}
                <line class="axis" x1=c(LEFT) y1=c(BOTTOM) x2=c(RIGHT) y2=c(BOTTOM)></line>
                {axis}
                {mark}
                {line}
                {dots}
                {trend_line}
            </svg>
            <figcaption class="chart-legend">
                {legend}
                {has_bands.then(|| view! {
                    <span class="key"><span class="swatch swatch-season" aria-hidden="true"></span>{seasons_text}</span>
                })}
            </figcaption>
        </figure>
    }
}
