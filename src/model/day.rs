//! Calendar days as text: `YYYY-MM-DD`, the form of `<input type="date">`
//! and of stored days.

use chrono::NaiveDate;

/// Weekday names, Monday first (as ISO 8601 and `chrono` count them), for
/// text that must read the same on every device: exported files and the
/// names of rituals.
pub const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// Reads `YYYY-MM-DD` (four-digit year, two-digit month and day). Anything
/// else, or a day that does not exist, gives `None`.
pub fn parse(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        b[r].iter().try_fold(0u32, |acc, c| {
            c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0'))
        })
    };
    let year = i32::try_from(num(0..4)?).ok()?;
    NaiveDate::from_ymd_opt(year, num(5..7)?, num(8..10)?)
}

/// Serde for a stored day, through [`parse`], which reads exactly the form
/// Tend writes and nothing looser. Use as `#[serde(with = "crate::model::day::iso")]`.
pub mod iso {
    use chrono::NaiveDate;
    use serde::{de::Error, Deserializer, Serialize, Serializer};

    pub fn serialize<S: Serializer>(day: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
        day.serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
        d.deserialize_str(DayVisitor)
    }

    /// Reads the text where it lies, so loading years of records does not
    /// allocate a string per day.
    struct DayVisitor;

    impl serde::de::Visitor<'_> for DayVisitor {
        type Value = NaiveDate;

        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a day (YYYY-MM-DD)")
        }

        fn visit_str<E: Error>(self, text: &str) -> Result<NaiveDate, E> {
            super::parse(text)
                .ok_or_else(|| E::custom(format!("\"{text}\" is not a day (YYYY-MM-DD)")))
        }
    }
}

/// [`iso`] for an optional day.
pub mod iso_opt {
    use chrono::NaiveDate;
    use serde::{Deserializer, Serializer};

    pub fn serialize<S: Serializer>(day: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
        match day {
            Some(d) => super::iso::serialize(d, s),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
        super::iso::deserialize(d).map(Some)
    }
}
