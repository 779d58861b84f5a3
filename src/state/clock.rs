//! Time and identity from the browser: the current instant, the person's
//! local day, and random record ids.

use chrono::{DateTime, Local, NaiveDate, Utc};

pub fn now() -> DateTime<Utc> {
    Utc::now()
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

/// A date as the person's own locale writes it, with the `Intl` parts
/// given (e.g. `("month", "long")`). Uses the browser's Intl rather than a
/// Rust formatting table: locale-correct, and nothing extra in the bundle.
fn intl(year: i32, month0: u32, day: u32, parts: &[(&str, &str)]) -> String {
    let date = js_sys::Date::new_with_year_month_day(year as u32, month0 as i32, day as i32);
    let options = js_sys::Object::new();
    for (k, v) in parts {
        let _ = js_sys::Reflect::set(&options, &(*k).into(), &(*v).into());
    }
    date.to_locale_date_string("default", &options).into()
}

/// A day, e.g. "Saturday 21 November 2026" or "samedi 21 novembre 2026".
pub fn long_date(day: NaiveDate, with_year: bool) -> String {
    use chrono::Datelike;
    let parts = [
        ("weekday", "long"),
        ("day", "numeric"),
        ("month", "long"),
        ("year", "numeric"),
    ];
    intl(
        day.year(),
        day.month0(),
        day.day(),
        &parts[..if with_year { 4 } else { 3 }],
    )
}

/// A month, e.g. "November 2026".
pub fn month_year(day: NaiveDate) -> String {
    use chrono::Datelike;
    intl(
        day.year(),
        day.month0(),
        1,
        &[("month", "long"), ("year", "numeric")],
    )
}

/// A birthday or other yearly date: "30 November", or "1 February 1979"
/// when the year is known.
pub fn yearly_date(date: crate::model::people::Birthday) -> String {
    let parts = [("day", "numeric"), ("month", "long"), ("year", "numeric")];
    let (year, n) = date.year().map_or((2000, 2), |y| (y, 3));
    intl(
        year,
        u32::from(date.month()) - 1,
        date.day().into(),
        &parts[..n],
    )
}
