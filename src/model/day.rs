//! Calendar days as text: `YYYY-MM-DD`, the form of `<input type="date">`
//! and of stored days. A small hand-written reader for the forms.

use chrono::NaiveDate;

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
