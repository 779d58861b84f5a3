//! The maths of a chart over time, apart from its drawing: which days a
//! range shows, how days and values map to positions, where the year and
//! month ticks go, how values are gathered into weeks, months or quarters,
//! the straight trend line through the points, and the seasons shaded over
//! their days. `ui::components::chart` only turns these numbers into SVG.
//!
//! Our own rather than a charting or scale crate: what is needed is a few
//! dozen lines of day arithmetic on `chrono`, which the app already has,
//! and a plotting crate would add its own date handling and SVG writer to
//! the browser build for no gain.

use super::code::coded;
use super::order;
use super::season::{Season, SeasonReason};
use chrono::{Datelike, Days, Months, NaiveDate};

/// How far back a chart looks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Range {
    ThreeMonths,
    /// Where a chart with more than three months opens (`Range::to_start`):
    /// a year shows the seasons of life without ten years of detail.
    Year,
    /// From the first point (and at least three months).
    All,
}

coded!(Range {
    ThreeMonths = "3m",
    Year = "1y",
    All = "all",
});

impl Range {
    pub fn label(self) -> &'static str {
        match self {
            Range::ThreeMonths => "3 months",
            Range::Year => "A year",
            Range::All => "All",
        }
    }

    /// The range in a sentence: "in the last 3 months", "in the last year",
    /// "since you began".
    pub fn phrase(self) -> &'static str {
        match self {
            Range::ThreeMonths => "in the last 3 months",
            Range::Year => "in the last year",
            Range::All => "since you began",
        }
    }

    /// The range a chart opens on: a year, or three months while
    /// everything there is (from `first` on) fits in three months, so a
    /// first result is not a lone dot at the end of an empty year.
    pub fn to_start(first: Option<NaiveDate>, today: NaiveDate) -> Range {
        match first {
            Some(f) if f > months_before(today, 3) => Range::ThreeMonths,
            _ => Range::Year,
        }
    }

    fn months(self) -> Option<u32> {
        match self {
            Range::ThreeMonths => Some(3),
            Range::Year => Some(12),
            Range::All => None,
        }
    }
}

/// The days a chart shows, both ends included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

/// `months` calendar months before `day` (clamped at the month's end, and
/// at the earliest date chrono knows).
fn months_before(day: NaiveDate, months: u32) -> NaiveDate {
    day.checked_sub_months(Months::new(months))
        .unwrap_or(NaiveDate::MIN)
}

impl Span {
    /// The days `range` shows on `today`, for data whose days run from
    /// `first` to `last` (`None` without data). A span always ends on
    /// today, or on the last point if that is later (a clock set wrong must
    /// not hide a point), and shows at least three months, so even a first
    /// result has an axis around it.
    pub fn of(
        range: Range,
        today: NaiveDate,
        first: Option<NaiveDate>,
        last: Option<NaiveDate>,
    ) -> Span {
        let to = last.map_or(today, |l| l.max(today));
        let shortest = months_before(to, 3).succ_opt().unwrap_or(to);
        let from = match range.months() {
            Some(m) => months_before(to, m).succ_opt().unwrap_or(to),
            None => first.map_or(shortest, |f| f.min(shortest)),
        };
        Span { from, to }
    }

    /// Days from the first to the last, both included.
    pub fn days(&self) -> i64 {
        (self.to - self.from).num_days() + 1
    }

    pub fn contains(&self, day: NaiveDate) -> bool {
        self.from <= day && day <= self.to
    }
}

/// Maps days to horizontal positions: the span's first day starts at
/// `left`, and its last day ends at `right` (a day is a stretch of width,
/// so a band over one day has a width).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TimeScale {
    first: i32,
    days: i32,
    left: f32,
    right: f32,
}

impl TimeScale {
    pub fn new(span: Span, left: f32, right: f32) -> Self {
        TimeScale {
            first: span.from.num_days_from_ce(),
            days: i32::try_from(span.days()).unwrap_or(i32::MAX).max(1),
            left,
            right,
        }
    }

    /// Where `day` starts.
    pub fn start(&self, day: NaiveDate) -> f32 {
        let at = (day.num_days_from_ce() - self.first) as f32 / self.days as f32;
        self.left + at * (self.right - self.left)
    }

    /// The middle of `day`: where a point on that day is drawn.
    pub fn at(&self, day: NaiveDate) -> f32 {
        self.start(day) + (self.right - self.left) / self.days as f32 / 2.0
    }

    /// Where `day` ends (where the next day starts).
    pub fn end(&self, day: NaiveDate) -> f32 {
        self.start(day) + (self.right - self.left) / self.days as f32
    }
}

/// Maps values from `min` (at `bottom`) to `max` (at `top`); a value
/// outside is drawn at the nearer edge, never outside the chart.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ValueScale {
    pub min: f32,
    pub max: f32,
    pub top: f32,
    pub bottom: f32,
}

impl ValueScale {
    pub fn y(&self, v: f32) -> f32 {
        let span = self.max - self.min;
        if span <= 0.0 || !v.is_finite() {
            return self.bottom;
        }
        let at = ((v - self.min) / span).clamp(0.0, 1.0);
        self.bottom - at * (self.bottom - self.top)
    }
}

/// A mark on the time axis.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tick {
    /// The first day of the month or year it marks.
    pub day: NaiveDate,
    pub label: TickLabel,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TickLabel {
    /// A month (1–12), with its year when it is the first tick or a January.
    Month { month: u32, year: Option<i32> },
    /// A year, on its first of January.
    Year(i32),
}

/// Months between ticks, finest first.
const MONTH_STEPS: [u32; 4] = [1, 2, 3, 6];

/// At most `most` (at least 2) ticks for `span`, oldest first, each inside
/// it: the first of every month (or every second, third or sixth month,
/// counting from January) when that few fit, else the first of January of
/// every year (or every 2nd, 5th, 10th… year). A span with no month start in
/// it has no ticks.
pub fn ticks(span: Span, most: usize) -> Vec<Tick> {
    let most = most.max(2);
    let month_starts: Vec<NaiveDate> = month_starts(span).collect();
    for step in MONTH_STEPS {
        let chosen: Vec<NaiveDate> = month_starts
            .iter()
            .copied()
            .filter(|d| d.month0() % step == 0)
            .collect();
        if chosen.len() <= most {
            return chosen
                .iter()
                .enumerate()
                .map(|(i, &day)| Tick {
                    day,
                    label: TickLabel::Month {
                        month: day.month(),
                        year: (i == 0 || day.month() == 1).then(|| day.year()),
                    },
                })
                .collect();
        }
    }
    let years: Vec<NaiveDate> = month_starts
        .into_iter()
        .filter(|d| d.month() == 1)
        .collect();
    // Every year, or every 2nd, 5th, 10th, 20th, 50th… year; some step is
    // wider than the span, so the loop ends.
    let mut base = 1i32;
    loop {
        for step in [base, base.saturating_mul(2), base.saturating_mul(5)] {
            let chosen: Vec<NaiveDate> = years
                .iter()
                .copied()
                .filter(|d| d.year().rem_euclid(step) == 0)
                .collect();
            if chosen.len() <= most {
                return chosen
                    .into_iter()
                    .map(|day| Tick {
                        day,
                        label: TickLabel::Year(day.year()),
                    })
                    .collect();
            }
        }
        base = base.saturating_mul(10);
    }
}

/// The first day of each month inside `span`, oldest first.
fn month_starts(span: Span) -> impl Iterator<Item = NaiveDate> {
    let first = span
        .from
        .with_day(1)
        .filter(|d| *d >= span.from)
        .or_else(|| {
            span.from
                .with_day(1)
                .and_then(|d| d.checked_add_months(Months::new(1)))
        });
    std::iter::successors(first, |d| d.checked_add_months(Months::new(1)))
        .take_while(move |d| *d <= span.to)
}

/// The stretch of days one point of a gathered series stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// Monday to Sunday, as ISO weeks run.
    Week,
    Month,
    /// January to March, and so on.
    Quarter,
}

impl Unit {
    /// The unit for a span: weeks over a few months, months over a few
    /// years, quarters beyond, so a chart has at most about fifty points
    /// (fewer over a year) and each stays readable at phone width.
    pub fn for_span(span: Span) -> Unit {
        match span.days() {
            ..=200 => Unit::Week,
            201..=2200 => Unit::Month,
            _ => Unit::Quarter,
        }
    }

    /// The first day of the week, month or quarter `day` is in.
    pub fn start_of(self, day: NaiveDate) -> NaiveDate {
        match self {
            Unit::Week => {
                let back = u64::from(day.weekday().num_days_from_monday());
                day.checked_sub_days(Days::new(back)).unwrap_or(day)
            }
            Unit::Month => day.with_day(1).unwrap_or(day),
            Unit::Quarter => {
                NaiveDate::from_ymd_opt(day.year(), day.month0() / 3 * 3 + 1, 1).unwrap_or(day)
            }
        }
    }

    /// The first day of the next week, month or quarter after the one that
    /// starts on `start`.
    pub fn next(self, start: NaiveDate) -> Option<NaiveDate> {
        match self {
            Unit::Week => start.checked_add_days(Days::new(7)),
            Unit::Month => start.checked_add_months(Months::new(1)),
            Unit::Quarter => start.checked_add_months(Months::new(3)),
        }
    }

    /// A number per unit that grows by one from each unit to the next, so
    /// a day's slot is found by a subtraction, not a search.
    fn ordinal(self, day: NaiveDate) -> i64 {
        match self {
            Unit::Week => i64::from(self.start_of(day).num_days_from_ce()).div_euclid(7),
            Unit::Month => i64::from(day.year()) * 12 + i64::from(day.month0()),
            Unit::Quarter => i64::from(day.year()) * 4 + i64::from(day.month0() / 3),
        }
    }
}

/// The slots of `unit` that overlap `span`, oldest first: each slot's first
/// and last day (the first and last slot may reach beyond the span).
pub fn slots(span: Span, unit: Unit) -> Vec<(NaiveDate, NaiveDate)> {
    let mut out = Vec::new();
    let mut start = unit.start_of(span.from);
    while start <= span.to {
        let Some(next) = unit.next(start) else {
            out.push((start, NaiveDate::MAX));
            break;
        };
        out.push((start, next.pred_opt().unwrap_or(start)));
        start = next;
    }
    out
}

/// Which of `slots(span, unit)` holds `day`; `None` outside the span.
pub fn slot_of(span: Span, unit: Unit, day: NaiveDate) -> Option<usize> {
    if !span.contains(day) {
        return None;
    }
    usize::try_from(unit.ordinal(day) - unit.ordinal(span.from)).ok()
}

/// The straight line that best fits a series (least squares), from its
/// first day to its last.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Trend {
    pub from: (NaiveDate, f32),
    pub to: (NaiveDate, f32),
}

impl Trend {
    /// How much the line rises (or, below zero, falls) from end to end.
    pub fn change(&self) -> f32 {
        self.to.1 - self.from.1
    }
}

/// The least-squares line through `points`; `None` with fewer than two
/// points or when they all fall on one day (no line has a slope then).
pub fn trend(points: &[(NaiveDate, f32)]) -> Option<Trend> {
    let first = points.iter().map(|p| p.0).min()?;
    let last = points.iter().map(|p| p.0).max()?;
    if first == last {
        return None;
    }
    // Days from the first point, in f64: ten years of days squared would
    // lose whole days in f32.
    let x = |d: NaiveDate| (d - first).num_days() as f64;
    let n = points.len() as f64;
    let mean_x = points.iter().map(|p| x(p.0)).sum::<f64>() / n;
    let mean_y = points.iter().map(|p| f64::from(p.1)).sum::<f64>() / n;
    let (mut sxy, mut sxx) = (0.0, 0.0);
    for &(d, v) in points {
        let dx = x(d) - mean_x;
        sxy += dx * (f64::from(v) - mean_y);
        sxx += dx * dx;
    }
    let slope = sxy / sxx;
    let at = |d: NaiveDate| (mean_y + slope * (x(d) - mean_x)) as f32;
    Some(Trend {
        from: (first, at(first)),
        to: (last, at(last)),
    })
}

/// Which way a trend goes, in words a person can read without the chart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Rising,
    Falling,
    /// A change under a twentieth of the scale: nothing to read into.
    Steady,
}

impl Direction {
    /// Which way `trend` goes on a scale `scale` wide (e.g. 4 for moods
    /// from 1 to 5).
    pub fn of(trend: &Trend, scale: f32) -> Direction {
        let change = trend.change();
        if change.abs() < scale.abs() / 20.0 {
            Direction::Steady
        } else if change > 0.0 {
            Direction::Rising
        } else {
            Direction::Falling
        }
    }

    pub fn words(self) -> &'static str {
        match self {
            Direction::Rising => "rising",
            Direction::Falling => "falling",
            Direction::Steady => "about level",
        }
    }
}

/// The mean of `values`; `None` without any.
pub fn mean(values: impl IntoIterator<Item = f32>) -> Option<f32> {
    let (sum, n) = values
        .into_iter()
        .fold((0f64, 0u32), |(s, n), v| (s + f64::from(v), n + 1));
    (n > 0).then(|| (sum / f64::from(n)) as f32)
}

/// A season as a chart shades it: its days inside the span.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Band {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub reason: Option<SeasonReason>,
    /// Still running (no end set): the band reaches the span's end.
    pub open: bool,
}

/// The live seasons that overlap `span`, each cut to it, oldest first. A
/// season with no end runs to the end of the span.
pub fn bands(seasons: &[Season], span: Span) -> Vec<Band> {
    let mut out: Vec<Band> = seasons
        .iter()
        .filter(|s| !s.stamp.deleted)
        .filter_map(|s| {
            let end = s.end.unwrap_or(span.to);
            if end < s.start || end < span.from || s.start > span.to {
                return None;
            }
            Some(Band {
                from: s.start.max(span.from),
                to: end.min(span.to),
                reason: s.reason,
                open: s.end.is_none(),
            })
        })
        .collect();
    order::sort_by(&mut out, |b| {
        order::Key(order::day(b.from), order::day(b.to), String::new())
    });
    out
}
