//! Time and identity from the browser: the current instant, the person's
//! local day, and random record ids.

use crate::model::record::Monotonic;
use chrono::{DateTime, Local, NaiveDate, Utc};
use std::cell::Cell;

thread_local! {
    static CLOCK: Cell<Monotonic> = Cell::new(Monotonic::default());
}

/// The instant for a new or changed record: the wall clock, except that it
/// never goes back behind a stamp already seen (see [`Monotonic`]).
pub fn now() -> DateTime<Utc> {
    CLOCK.with(|c| {
        let mut m = c.get();
        let t = m.next(Utc::now());
        c.set(m);
        t
    })
}

/// Takes note of stamps that exist (loaded, or merged from another tab), so
/// that what is stamped next comes after them.
pub fn observe(latest: Option<DateTime<Utc>>) {
    if let Some(t) = latest {
        CLOCK.with(|c| {
            let mut m = c.get();
            m.observe(t);
            c.set(m);
        });
    }
}

/// Today in the person's own time zone.
pub fn today() -> NaiveDate {
    Local::now().date_naive()
}

/// Keeps `day` on the person's local day: checked every minute and when
/// the page comes back into view, so Today moves on at midnight.
pub fn watch_day(day: leptos::prelude::RwSignal<NaiveDate>) {
    use leptos::prelude::*;
    let check = move || {
        let now = today();
        if day.get_untracked() != now {
            day.set(now);
        }
    };
    let _ = set_interval_with_handle(check, std::time::Duration::from_secs(60));
    let _ = window_event_listener(leptos::ev::visibilitychange, move |_| check());
}

/// A new random record id: 16 hex digits from the browser's CSPRNG
/// (`getRandomValues` works on plain http too, unlike `randomUUID`).
pub fn new_id() -> String {
    let mut bytes = [0u8; 8];
    let filled = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .and_then(|c| c.get_random_values_with_u8_array(&mut bytes).ok())
        .is_some();
    if !filled {
        // No Web Crypto: fall back to Math.random, still unique in practice.
        for b in &mut bytes {
            *b = (js_sys::Math::random() * 256.0) as u8;
        }
    }
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Which parts of a date to write, as `Intl` options: `("month", "long")`.
type Parts = &'static [(&'static str, &'static str)];

thread_local! {
    /// One `Intl.DateTimeFormat` per set of parts, made once: making one
    /// costs far more than using it, and a screen formats dozens of days.
    static FORMATS: std::cell::RefCell<Vec<(Parts, js_sys::Intl::DateTimeFormat)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// A date as the person's own locale writes it, with the `Intl` parts
/// given (e.g. `("month", "long")`). Uses the browser's Intl rather than a
/// Rust formatting table: locale-correct, and nothing extra in the bundle.
fn intl(
    year: i32,
    month0: u32,
    day: u32,
    parts: &'static [(&'static str, &'static str)],
) -> String {
    let date = js_sys::Date::new_with_year_month_day(year as u32, month0 as i32, day as i32);
    FORMATS.with(|f| {
        let mut f = f.borrow_mut();
        let at = match f.iter().position(|(p, _)| *p == parts) {
            Some(i) => i,
            None => {
                let options = js_sys::Object::new();
                for (k, v) in parts {
                    let _ = js_sys::Reflect::set(&options, &(*k).into(), &(*v).into());
                }
                f.push((
                    parts,
                    js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &options),
                ));
                f.len() - 1
            }
        };
        f[at]
            .1
            .format()
            .call1(&wasm_bindgen::JsValue::NULL, &date)
            .ok()
            .and_then(|s| s.as_string())
            .unwrap_or_default()
    })
}

const WEEKDAY_DAY_MONTH: Parts = &[("weekday", "long"), ("day", "numeric"), ("month", "long")];
const WEEKDAY_DAY_MONTH_YEAR: Parts = &[
    ("weekday", "long"),
    ("day", "numeric"),
    ("month", "long"),
    ("year", "numeric"),
];
const MONTH_YEAR: Parts = &[("month", "long"), ("year", "numeric")];
const DAY_MONTH: Parts = &[("day", "numeric"), ("month", "long")];
const DAY_MONTH_YEAR: Parts = &[("day", "numeric"), ("month", "long"), ("year", "numeric")];

/// A day, e.g. "Saturday 21 November 2026" or "samedi 21 novembre 2026".
pub fn long_date(day: NaiveDate, with_year: bool) -> String {
    use chrono::Datelike;
    let parts = if with_year {
        WEEKDAY_DAY_MONTH_YEAR
    } else {
        WEEKDAY_DAY_MONTH
    };
    intl(day.year(), day.month0(), day.day(), parts)
}

const WEEKDAY: Parts = &[("weekday", "long")];
const SHORT_DAY_MONTH: Parts = &[("day", "numeric"), ("month", "short")];

/// A day of the past week by its name, e.g. "Monday" or "lundi".
pub fn weekday(day: NaiveDate) -> String {
    use chrono::Datelike;
    intl(day.year(), day.month0(), day.day(), WEEKDAY)
}

/// A day in few letters without its year, e.g. "21 Nov" or "Nov 21".
pub fn day_month(day: NaiveDate) -> String {
    use chrono::Datelike;
    intl(day.year(), day.month0(), day.day(), SHORT_DAY_MONTH)
}

/// A month, e.g. "November 2026".
pub fn month_year(day: NaiveDate) -> String {
    use chrono::Datelike;
    intl(day.year(), day.month0(), 1, MONTH_YEAR)
}

/// A birthday or other yearly date: "30 November", or "1 February 1979"
/// when the year is known.
pub fn yearly_date(date: crate::model::people::Birthday) -> String {
    let (year, parts) = date
        .year()
        .map_or((2000, DAY_MONTH), |y| (y, DAY_MONTH_YEAR));
    intl(year, u32::from(date.month()) - 1, date.day().into(), parts)
}

const SHORT_MONTH: Parts = &[("month", "short")];
const SHORT_DATE: Parts = &[("day", "numeric"), ("month", "short"), ("year", "numeric")];

/// A month's short name (1–12), e.g. "Nov" or "nov.", for a chart's axis.
pub fn short_month(year: i32, month: u32) -> String {
    intl(year, month.saturating_sub(1), 1, SHORT_MONTH)
}

/// A day in few letters, e.g. "21 Nov 2026", for a chart's table.
pub fn short_date(day: NaiveDate) -> String {
    use chrono::Datelike;
    intl(day.year(), day.month0(), day.day(), SHORT_DATE)
}
