//! Pure interchange formats: text in, values out (and back), no browser.

pub mod backup;
pub mod ics;
pub mod markdown;
pub mod sealed;
pub mod vcard;
