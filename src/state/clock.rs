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

/// A day as the person's own locale writes it, e.g. "Saturday 21 November
/// 2026" or "samedi 21 novembre 2026". Uses the browser's Intl rather than a
/// Rust formatting table: locale-correct, and nothing extra in the bundle.
pub fn long_date(day: NaiveDate, with_year: bool) -> String {
    use chrono::Datelike;
    let date = js_sys::Date::new_with_year_month_day(
        day.year() as u32,
        day.month0() as i32,
        day.day() as i32,
    );
    let options = js_sys::Object::new();
    for (k, v) in [("weekday", "long"), ("day", "numeric"), ("month", "long")]
        .into_iter()
        .chain(with_year.then_some(("year", "numeric")))
    {
        let _ = js_sys::Reflect::set(&options, &k.into(), &v.into());
    }
    date.to_locale_date_string("default", &options).into()
}

/// A month as the person's locale writes it, e.g. "November 2026".
pub fn month_year(day: NaiveDate) -> String {
    use chrono::Datelike;
    let date = js_sys::Date::new_with_year_month_day(day.year() as u32, day.month0() as i32, 1);
    let options = js_sys::Object::new();
    for (k, v) in [("month", "long"), ("year", "numeric")] {
        let _ = js_sys::Reflect::set(&options, &k.into(), &v.into());
    }
    date.to_locale_date_string("default", &options).into()
}
