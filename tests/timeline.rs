//! Charts over time: the days a range shows, the scales, the year and month
//! ticks, gathering days into weeks, months and quarters, the trend line,
//! and the seasons shaded over their days.
//!
//! Native only: `proptest` is a native dev-dependency.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use chrono::{Datelike, Days, NaiveDate};
use common::{at, day};
use proptest::prelude::*;
use tend::model::season::{Season, SeasonReason};
use tend::model::timeline::{
    bands, mean, slot_of, slots, ticks, trend, Direction, Range, Span, TickLabel, TimeScale, Unit,
    ValueScale,
};
use tend::model::Stamp;

fn plus(d: NaiveDate, n: i64) -> NaiveDate {
    if n >= 0 {
        d.checked_add_days(Days::new(n as u64)).unwrap()
    } else {
        d.checked_sub_days(Days::new(n.unsigned_abs())).unwrap()
    }
}

fn season(id: &str, start: &str, end: Option<&str>) -> Season {
    Season {
        stamp: Stamp::new(id.into(), at(1)),
        start: day(start),
        end: end.map(day),
        reason: Some(SeasonReason::Illness),
        welcomed: false,
    }
}

fn any_day() -> impl Strategy<Value = NaiveDate> {
    // 1990 to about 2060.
    (0i64..25_000).prop_map(|n| plus(day("1990-01-01"), n))
}

// ---------------------------------------------------------------- ranges

#[test]
fn every_range_has_an_ascii_phrase_to_begin_a_sentence_with() {
    // The review capitalises these with `make_ascii_uppercase`: Unicode
    // case tables would come with the Journal's code for one letter.
    for range in Range::ALL {
        let phrase = range.phrase();
        assert!(
            phrase.is_ascii() && phrase.starts_with(|c: char| c.is_ascii_lowercase()),
            "{phrase}"
        );
    }
}

#[test]
fn three_months_and_a_year_end_today_and_all_starts_at_the_first_point() {
    let today = day("2026-11-20");
    let three = Span::of(
        Range::ThreeMonths,
        today,
        Some(day("2016-11-21")),
        Some(today),
    );
    assert_eq!((three.from, three.to), (day("2026-08-21"), today));
    let year = Span::of(Range::Year, today, None, None);
    assert_eq!((year.from, year.to), (day("2025-11-21"), today));
    assert_eq!(year.days(), 365);
    let all = Span::of(
        Range::All,
        today,
        Some(day("2016-11-21")),
        Some(day("2026-10-01")),
    );
    assert_eq!((all.from, all.to), (day("2016-11-21"), today));
    // A first result last week still gets three months of axis.
    let young = Span::of(Range::All, today, Some(day("2026-11-13")), Some(today));
    assert_eq!(young, three);
    // A point dated after today (a clock set wrong) stays in view.
    let ahead = Span::of(Range::Year, today, None, Some(day("2026-12-24")));
    assert_eq!(ahead.to, day("2026-12-24"));
}

#[test]
fn a_range_from_the_end_of_a_month_lands_on_a_real_day() {
    let span = Span::of(Range::ThreeMonths, day("2026-05-31"), None, None);
    // 31 February does not exist: three months before is the 28th.
    assert_eq!(span.from, day("2026-03-01"));
    assert_eq!(Range::ALL.map(|r| r.label()), ["3 months", "A year", "All"]);
    for r in Range::ALL {
        let code: &'static str = r.into();
        assert_eq!(Range::try_from(code.to_string()), Ok(r));
    }
    assert!(Range::try_from("week".to_string()).is_err());
}

#[test]
fn a_chart_opens_on_three_months_while_everything_fits_in_them() {
    let today = day("2026-11-20");
    assert_eq!(Range::to_start(None, today), Range::Year);
    assert_eq!(Range::to_start(Some(today), today), Range::ThreeMonths);
    assert_eq!(
        Range::to_start(Some(day("2026-08-21")), today),
        Range::ThreeMonths
    );
    assert_eq!(Range::to_start(Some(day("2026-08-20")), today), Range::Year);
    assert_eq!(Range::to_start(Some(day("2016-01-01")), today), Range::Year);
    // Whichever it picks holds the first point.
    for first in ["2026-08-21", "2026-08-20", "2026-01-01"] {
        let r = Range::to_start(Some(day(first)), today);
        assert!(
            Span::of(r, today, Some(day(first)), None).contains(day(first)),
            "{first}"
        );
    }
}

proptest! {
    #[test]
    fn ranges_nest_end_today_and_hold_every_point(
        today in any_day(),
        first in proptest::option::of(0i64..6000),
        len in 0i64..6000,
    ) {
        let first = first.map(|b| plus(today, -b));
        let last = first.map(|f| plus(f, len).min(plus(today, 30)));
        let spans = Range::ALL.map(|r| Span::of(r, today, first, last));
        for s in spans {
            prop_assert!(s.from <= s.to);
            prop_assert_eq!(s.to, last.map_or(today, |l| l.max(today)));
            prop_assert!(s.days() >= 89, "at least about three months: {:?}", s);
            prop_assert!(s.contains(today));
        }
        let [three, year, all] = spans;
        prop_assert!(year.from <= three.from && all.from <= year.from.max(all.from));
        prop_assert!(all.from <= three.from);
        prop_assert!((365..=366).contains(&year.days()));
        if let (Some(f), Some(l)) = (first, last) {
            prop_assert!(all.contains(f) && all.contains(l));
        }
    }
}

// ---------------------------------------------------------------- scales

proptest! {
    #[test]
    fn days_map_in_order_from_left_to_right(
        from in any_day(),
        len in 0i64..5000,
        a in 0i64..5000,
        b in 0i64..5000,
    ) {
        let span = Span { from, to: plus(from, len) };
        let x = TimeScale::new(span, 30.0, 310.0);
        prop_assert!((x.start(span.from) - 30.0).abs() < 1e-3);
        prop_assert!((x.end(span.to) - 310.0).abs() < 1e-2);
        let (a, b) = (plus(from, a.min(len)), plus(from, b.min(len)));
        for d in [a, b] {
            prop_assert!(x.start(d) < x.at(d) && x.at(d) < x.end(d));
            prop_assert!((30.0..=310.01).contains(&x.at(d)));
        }
        if a < b {
            prop_assert!(x.at(a) < x.at(b));
        }
    }

    #[test]
    fn values_stay_inside_the_chart(v in -100f32..100.0, min in -10f32..10.0, width in 0.5f32..50.0) {
        let y = ValueScale { min, max: min + width, top: 14.0, bottom: 130.0 };
        let at = y.y(v);
        prop_assert!((14.0..=130.0).contains(&at));
        prop_assert!((y.y(min) - 130.0).abs() < 1e-3);
        prop_assert!((y.y(min + width) - 14.0).abs() < 1e-3);
        // Higher values are drawn higher (a smaller y).
        prop_assert!(y.y(min + width * 0.75) < y.y(min + width * 0.25));
    }
}

#[test]
fn a_scale_with_no_width_or_no_number_draws_at_the_bottom() {
    let y = ValueScale {
        min: 3.0,
        max: 3.0,
        top: 0.0,
        bottom: 100.0,
    };
    assert_eq!(y.y(3.0), 100.0);
    let y = ValueScale { max: 5.0, ..y };
    assert_eq!(y.y(f32::NAN), 100.0);
}

// ----------------------------------------------------------------- ticks

#[test]
fn three_months_tick_each_month_with_the_year_on_the_first_and_on_january() {
    let span = Span::of(Range::ThreeMonths, day("2027-01-20"), None, None);
    let t = ticks(span, 6);
    assert_eq!(
        t.iter().map(|t| (t.day, t.label)).collect::<Vec<_>>(),
        [
            (
                day("2026-11-01"),
                TickLabel::Month {
                    month: 11,
                    year: Some(2026)
                }
            ),
            (
                day("2026-12-01"),
                TickLabel::Month {
                    month: 12,
                    year: None
                }
            ),
            (
                day("2027-01-01"),
                TickLabel::Month {
                    month: 1,
                    year: Some(2027)
                }
            ),
        ]
    );
}

#[test]
fn a_year_ticks_every_second_month_and_ten_years_every_second_year() {
    let year = Span::of(Range::Year, day("2026-11-20"), None, None);
    let months: Vec<u32> = ticks(year, 6).iter().map(|t| t.day.month()).collect();
    assert_eq!(months, [1, 3, 5, 7, 9, 11]);
    let decade = Span::of(Range::All, day("2026-11-20"), Some(day("2016-11-21")), None);
    let years: Vec<TickLabel> = ticks(decade, 6).into_iter().map(|t| t.label).collect();
    assert_eq!(
        years,
        [2018, 2020, 2022, 2024, 2026].map(TickLabel::Year).to_vec()
    );
    // With room for more, every year.
    assert_eq!(ticks(decade, 12).len(), 10);
}

#[test]
fn a_span_inside_one_month_has_no_ticks() {
    let span = Span {
        from: day("2026-03-02"),
        to: day("2026-03-30"),
    };
    assert!(ticks(span, 6).is_empty());
}

proptest! {
    #[test]
    fn ticks_are_few_in_order_inside_the_span_and_on_a_first_of_month(
        from in any_day(),
        len in 0i64..40_000,
        most in 2usize..12,
    ) {
        let span = Span { from, to: plus(from, len) };
        let t = ticks(span, most);
        prop_assert!(t.len() <= most);
        for w in t.windows(2) {
            prop_assert!(w[0].day < w[1].day);
        }
        for tick in &t {
            prop_assert!(span.contains(tick.day));
            prop_assert_eq!(tick.day.day(), 1);
            match tick.label {
                TickLabel::Year(y) => {
                    prop_assert_eq!(tick.day.month(), 1);
                    prop_assert_eq!(y, tick.day.year());
                }
                TickLabel::Month { month, year } => {
                    prop_assert_eq!(month, tick.day.month());
                    prop_assert_eq!(year.is_some(), month == 1 || tick.day == t[0].day);
                }
            }
        }
        // Two months or more always have a tick to read the time by.
        if len >= 62 {
            prop_assert!(!t.is_empty());
        }
    }
}

// ---------------------------------------------------- weeks, months, quarters

#[test]
fn the_unit_keeps_a_chart_to_about_fifty_points() {
    let today = day("2026-11-20");
    let unit = |r, first| Unit::for_span(Span::of(r, today, first, None));
    assert_eq!(unit(Range::ThreeMonths, None), Unit::Week);
    assert_eq!(unit(Range::Year, None), Unit::Month);
    assert_eq!(unit(Range::All, Some(day("2016-11-21"))), Unit::Quarter);
    assert_eq!(unit(Range::All, Some(day("2024-01-01"))), Unit::Month);
    assert_eq!(Unit::Quarter.start_of(day("2026-11-20")), day("2026-10-01"));
    assert_eq!(Unit::Week.start_of(day("2026-11-22")), day("2026-11-16"));
    let decade = Span::of(Range::All, today, Some(day("2016-11-21")), None);
    assert_eq!(slots(decade, Unit::for_span(decade)).len(), 41);
}

proptest! {
    #[test]
    fn every_day_of_the_span_falls_in_the_one_slot_that_holds_it(
        from in any_day(),
        len in 0i64..3000,
        d in 0i64..3000,
        unit in proptest::sample::select(vec![Unit::Week, Unit::Month, Unit::Quarter]),
    ) {
        let span = Span { from, to: plus(from, len) };
        let all = slots(span, unit);
        prop_assert!(all[0].0 <= span.from && all[all.len() - 1].1 >= span.to);
        for w in all.windows(2) {
            prop_assert_eq!(w[0].1.succ_opt(), Some(w[1].0));
        }
        let d = plus(from, d);
        match slot_of(span, unit, d) {
            Some(i) => {
                prop_assert!(span.contains(d));
                prop_assert!(all[i].0 <= d && d <= all[i].1, "{:?} in {:?}", d, all[i]);
            }
            None => prop_assert!(!span.contains(d)),
        }
    }
}

// ------------------------------------------------------------ trend line

#[test]
fn the_trend_of_points_on_a_line_is_that_line() {
    let d0 = day("2026-01-01");
    let points: Vec<(NaiveDate, f32)> = (0..10)
        .map(|i| (plus(d0, i * 30), 2.0 + 0.01 * (i * 30) as f32))
        .collect();
    let t = trend(&points).unwrap();
    assert_eq!(t.from.0, d0);
    assert_eq!(t.to.0, plus(d0, 270));
    assert!((t.from.1 - 2.0).abs() < 1e-4);
    assert!((t.to.1 - 4.7).abs() < 1e-4);
    assert_eq!(Direction::of(&t, 4.0), Direction::Rising);
    assert_eq!(Direction::of(&t, 4.0).words(), "rising");
}

#[test]
fn no_trend_from_one_point_or_one_day_and_level_is_steady() {
    let d = day("2026-01-01");
    assert!(trend(&[]).is_none());
    assert!(trend(&[(d, 3.0)]).is_none());
    assert!(trend(&[(d, 3.0), (d, 5.0)]).is_none());
    let flat = trend(&[(d, 3.0), (plus(d, 10), 3.1), (plus(d, 20), 2.95)]).unwrap();
    assert_eq!(Direction::of(&flat, 4.0), Direction::Steady);
    let down = trend(&[(d, 8.0), (plus(d, 90), 3.0)]).unwrap();
    assert_eq!(Direction::of(&down, 9.0), Direction::Falling);
    assert_eq!(mean([]), None);
    assert_eq!(mean([1.0, 2.0, 4.5]), Some(2.5));
}

proptest! {
    #[test]
    fn the_trend_passes_through_the_mean_and_spans_the_points(
        points in proptest::collection::vec((0i64..4000, 0f32..40.0), 2..80),
    ) {
        let d0 = day("2016-01-01");
        let points: Vec<(NaiveDate, f32)> = points.into_iter().map(|(o, v)| (plus(d0, o), v)).collect();
        let first = points.iter().map(|p| p.0).min().unwrap();
        let last = points.iter().map(|p| p.0).max().unwrap();
        match trend(&points) {
            None => prop_assert_eq!(first, last),
            Some(t) => {
                prop_assert_eq!((t.from.0, t.to.0), (first, last));
                // The line at the mean day is the mean value.
                let n = points.len() as f64;
                let mx = points.iter().map(|p| (p.0 - first).num_days() as f64).sum::<f64>() / n;
                let my = points.iter().map(|p| f64::from(p.1)).sum::<f64>() / n;
                let len = (last - first).num_days() as f64;
                let at_mean = f64::from(t.from.1) + (f64::from(t.to.1) - f64::from(t.from.1)) * mx / len;
                prop_assert!((at_mean - my).abs() < 1e-2, "{} vs {}", at_mean, my);
                // Least squares never strays past the values' own spread by
                // more than it must: both ends are finite numbers.
                prop_assert!(t.from.1.is_finite() && t.to.1.is_finite());
            }
        }
    }
}

// --------------------------------------------------------------- seasons

#[test]
fn seasons_are_cut_to_the_span_and_an_open_one_runs_to_its_end() {
    let span = Span {
        from: day("2026-01-01"),
        to: day("2026-06-30"),
    };
    let mut gone = season("gone", "2026-02-01", Some("2026-02-10"));
    gone.stamp.deleted = true;
    let seasons = vec![
        season("now", "2026-06-01", None),
        season("before", "2025-12-01", Some("2026-01-15")),
        season("long-ago", "2020-01-01", Some("2020-02-01")),
        gone,
        season("inside", "2026-03-03", Some("2026-03-20")),
    ];
    let b = bands(&seasons, span);
    let days: Vec<(NaiveDate, NaiveDate, bool)> =
        b.iter().map(|b| (b.from, b.to, b.open)).collect();
    assert_eq!(
        days,
        [
            (day("2026-01-01"), day("2026-01-15"), false),
            (day("2026-03-03"), day("2026-03-20"), false),
            (day("2026-06-01"), day("2026-06-30"), true),
        ]
    );
    assert_eq!(b[0].reason, Some(SeasonReason::Illness));
    // A season that ends before it starts (damaged data) shades nothing.
    assert!(bands(&[season("odd", "2026-03-10", Some("2026-03-01"))], span).is_empty());
}

proptest! {
    #[test]
    fn every_band_lies_inside_the_span_and_inside_its_season(
        from in 0i64..400,
        len in 0i64..400,
        start in 0i64..900,
        slen in proptest::option::of(0i64..200),
    ) {
        let d0 = day("2025-01-01");
        let span = Span { from: plus(d0, from), to: plus(d0, from + len) };
        let s = Season {
            stamp: Stamp::new("s".into(), at(1)),
            start: plus(d0, start),
            end: slen.map(|l| plus(d0, start + l)),
            reason: None,
            welcomed: false,
        };
        let b = bands(std::slice::from_ref(&s), span);
        let overlaps = s.start <= span.to
            && s.end.is_none_or(|e| e >= span.from);
        prop_assert_eq!(b.len(), usize::from(overlaps));
        for band in b {
            prop_assert!(band.from <= band.to);
            prop_assert!(span.contains(band.from) && span.contains(band.to));
            prop_assert!(s.covers(band.from) && s.covers(band.to));
        }
    }
}
