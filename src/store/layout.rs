//! Which key holds what. Small collections live under one key each; the
//! journal and the interaction log, which grow for as long as Tend is used,
//! are sharded by month of their day, so saving one entry rewrites only
//! that month.
//!
//! Every record type is tied to its collection by [`Stored`]; a change
//! names the keys it touched with [`Stored::key`], and a save encodes just
//! those with [`encode_key`], always in the same canonical order, so two
//! tabs holding the same records store the same text.

use super::packed;
use crate::model::record::map_form;
use crate::model::{order, Data, Record};
use chrono::{Datelike, NaiveDate};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

pub const PREFIX: &str = "tend:";
pub const META: &str = "tend:meta";
/// The journal entry being written, saved as it is typed so that nothing is
/// lost on a reload or a crash. Not a record: it is neither merged nor
/// exported, and saving the entry removes it.
pub const DRAFT: &str = "tend:draft";
pub const QUARANTINE_PREFIX: &str = "tend:quarantine:";
/// The copy kept automatically before an import replaces everything.
pub const AUTO_BACKUP: &str = "tend:autobackup";
/// The unfinished-save journal (see `store::pending`).
pub const PENDING: &str = "tend:pending";

pub use super::pending::Writes;

/// The key layout of each collection (see `model::collections`): the
/// `Collection` enum, its names, and each record type's `Stored`.
macro_rules! layout_items {
    (() $($(#[$attr:meta])* $field:ident: $ty:ty = $name:ident($key:literal, $shard:ident, $noun:literal, $describe:literal),)*) => {
        /// Each kind of record Tend keeps, and so each family of keys.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Collection {
            $($name,)*
        }

        impl Collection {
            pub const ALL: &'static [Collection] = &[$(Collection::$name,)*];

            /// The key's name after `tend:` (and before `:YYYY-MM` when sharded).
            pub fn name(self) -> &'static str {
                match self {
                    $(Collection::$name => $key,)*
                }
            }

            /// Whether its records are stored by month of their day.
            pub fn is_sharded(self) -> bool {
                match self {
                    $(Collection::$name => shard!($shard),)*
                }
            }

            /// What the key holds, in words for a message: "your people list".
            pub fn describe(self, month: Option<Month>) -> String {
                let text = match self {
                    $(Collection::$name => $describe,)*
                };
                text.replace("{month}", &month.map(|m| m.to_string()).unwrap_or_default())
            }
        }

        $(stored!($ty, $name, $field, $shard);)*
    };
}

macro_rules! shard {
    (plain) => {
        false
    };
    (sharded) => {
        true
    };
}

macro_rules! stored {
    ($t:ty, $c:ident, $field:ident, plain) => {
        impl Stored for $t {
            const COLLECTION: Collection = Collection::$c;
            fn list(data: &Data) -> &Vec<Self> {
                &data.$field
            }
            fn list_mut(data: &mut Data) -> &mut Vec<Self> {
                &mut data.$field
            }
        }
    };
    ($t:ty, $c:ident, $field:ident, sharded) => {
        impl Stored for $t {
            const COLLECTION: Collection = Collection::$c;
            fn list(data: &Data) -> &Vec<Self> {
                &data.$field
            }
            fn list_mut(data: &mut Data) -> &mut Vec<Self> {
                &mut data.$field
            }
            fn month(&self) -> Option<Month> {
                Some(Month::of(self.day))
            }
        }
    };
}

crate::model::collections::with_collections!(layout_items);

/// A calendar month, the shard of a journal entry or a logged contact.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month {
    pub year: i32,
    /// 1 to 12.
    pub month: u32,
}

impl Month {
    pub fn of(day: NaiveDate) -> Month {
        Month {
            year: day.year(),
            month: day.month(),
        }
    }

    /// The month before this one.
    pub fn previous(self) -> Month {
        match self.month {
            1 => Month {
                year: self.year - 1,
                month: 12,
            },
            m => Month {
                year: self.year,
                month: m - 1,
            },
        }
    }

    /// Reads `YYYY-MM` (a real month), as written by `Display`.
    pub fn parse(s: &str) -> Option<Month> {
        let (y, m) = s.split_once('-')?;
        let digits = |t: &str, n: usize| t.len() == n && t.bytes().all(|b| b.is_ascii_digit());
        if !digits(y, 4) || !digits(m, 2) {
            return None;
        }
        let month: u32 = m.parse().ok()?;
        (1..=12).contains(&month).then_some(Month {
            year: y.parse().ok()?,
            month,
        })
    }
}

impl fmt::Display for Month {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

/// The key of `collection`'s records (of `month`, when it is sharded).
pub fn key_of(collection: Collection, month: Option<Month>) -> String {
    match month.filter(|_| collection.is_sharded()) {
        Some(m) => format!("{PREFIX}{}:{m}", collection.name()),
        None => format!("{PREFIX}{}", collection.name()),
    }
}

/// What kind of content a key holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyKind {
    Meta,
    /// Records of a collection (of one month, when sharded).
    Data(Collection, Option<Month>),
    /// Ours but not records: quarantine, the automatic backup, the draft,
    /// an unfinished save.
    Aside,
    /// Not ours (no `tend:` prefix), or a name this version does not know.
    Foreign,
}

pub fn classify(key: &str) -> KeyKind {
    if key == META {
        return KeyKind::Meta;
    }
    if key.starts_with(QUARANTINE_PREFIX) || key == AUTO_BACKUP || key == DRAFT || key == PENDING {
        return KeyKind::Aside;
    }
    let Some(rest) = key.strip_prefix(PREFIX) else {
        return KeyKind::Foreign;
    };
    let (name, month) = match rest.split_once(':') {
        Some((name, m)) => match Month::parse(m) {
            Some(m) => (name, Some(m)),
            None => return KeyKind::Foreign,
        },
        None => (rest, None),
    };
    Collection::ALL
        .iter()
        .copied()
        .find(|c| c.name() == name && c.is_sharded() == month.is_some())
        .map_or(KeyKind::Foreign, |c| KeyKind::Data(c, month))
}

/// True for keys that hold records (and so are written, merged, erased).
pub fn is_data_key(key: &str) -> bool {
    matches!(classify(key), KeyKind::Data(..))
}

/// A record type and the collection (and so the keys) it is stored under.
pub trait Stored: Record + Serialize + DeserializeOwned + PartialEq + 'static {
    const COLLECTION: Collection;

    /// Its list in a whole `Data`.
    fn list(data: &Data) -> &Vec<Self>;
    fn list_mut(data: &mut Data) -> &mut Vec<Self>;

    /// The month it is stored under, for a sharded collection.
    fn month(&self) -> Option<Month> {
        None
    }

    /// The key it is stored under.
    fn key(&self) -> String {
        key_of(Self::COLLECTION, self.month())
    }
}

/// Runs `$body` with `$t` the record type of collection `$c`.
macro_rules! for_collection {
    ($c:expr, $t:ident => $body:expr) => {
        $crate::model::collections::with_collections!(
            crate::store::layout::for_collection_arms,
            ($c, $t, $body)
        )
    };
}
// Used by `state`, which only the browser build has.
#[cfg_attr(not(target_arch = "wasm32"), allow(unused_imports))]
pub(crate) use for_collection;

/// The match `for_collection!` expands to, one arm per collection.
macro_rules! for_collection_arms {
    (($c:expr, $t:ident, $body:expr) $($(#[$attr:meta])* $field:ident: $ty:ty = $name:ident($key:literal, $shard:ident, $noun:literal, $describe:literal),)*) => {
        match $c {
            $($crate::store::layout::Collection::$name => {
                type $t = $ty;
                $body
            })*
        }
    };
}
pub(crate) use for_collection_arms;

/// The stored text of `records`, in the canonical order (created, then id),
/// so the same records always give the same text; `None` when there are
/// none, since an empty collection has no key.
pub fn encode_records<'a, T: Stored>(records: impl IntoIterator<Item = &'a T>) -> Option<String> {
    let list: Vec<&T> = records.into_iter().collect();
    if list.is_empty() {
        return None;
    }
    // The list's text as `serde_json` writes it, a record at a time, in
    // the canonical order: only writing a record is compiled per type.
    let mut out = b"[".to_vec();
    let keys = list
        .iter()
        .map(|r| {
            let s = r.stamp();
            order::Key(order::instant(s.created_at), 0, s.id.clone())
        })
        .collect();
    for (n, i) in order::positions(keys).into_iter().enumerate() {
        if n > 0 {
            out.push(b',');
        }
        // Serializing our own plain structs cannot fail (no maps with
        // non-string keys, no failing Serialize impls).
        serde_json::to_writer(&mut out, list[i]).ok()?;
    }
    out.push(b']');
    String::from_utf8(out).ok()
}

/// What `key` should hold for `records` (the whole collection `T`).
pub fn encode_key<T: Stored>(records: &[T], month: Option<Month>) -> Option<String> {
    encode_records(records.iter().filter(|r| r.month() == month))
}

/// Encodes `data` as the key → stored text map that localStorage should hold.
/// Empty collections (and empty months) produce no key.
pub fn encode(data: &Data) -> BTreeMap<String, String> {
    // Through `encode_key`, so a whole encode and a save of one key share
    // their code (and their canonical order).
    fn add<T: Stored>(data: &Data, out: &mut BTreeMap<String, String>) {
        let list = T::list(data);
        let months = order::set_of(list.iter().map(Stored::month));
        for month in months {
            if let Some(text) = encode_key(list, month) {
                out.insert(key_of(T::COLLECTION, month), text);
            }
        }
    }
    let mut out = BTreeMap::new();
    for &c in Collection::ALL {
        for_collection!(c, T => add::<T>(data, &mut out));
    }
    out
}

/// Whether records of `month` are stored packed: the months that are over.
/// The current month (and any later one, and unsharded keys) stay plain, so
/// the saves made while typing never compress.
pub fn is_settled(month: Option<Month>, current: Month) -> bool {
    month.is_some_and(|m| m < current)
}

/// The text to store for `plain` (what `encode_key` made) under a key of
/// `month`, when the current month is `current`.
pub fn stored_form(month: Option<Month>, current: Month, plain: String) -> String {
    if is_settled(month, current) {
        packed::pack(&plain)
    } else {
        plain
    }
}

/// What data key `key` should hold instead of `stored` so that it is in the
/// right form for `current` (see [`is_settled`]); `None` when it already
/// is, or when it is not a data key or cannot be expanded (the loader sets
/// such a key aside).
pub fn reform(key: &str, stored: &str, current: Month) -> Option<String> {
    let KeyKind::Data(_, month) = classify(key) else {
        return None;
    };
    match (is_settled(month, current), packed::is_packed(stored)) {
        (true, false) => Some(packed::pack(stored)),
        (false, true) => packed::expand(stored).ok().map(|t| t.into_owned()),
        _ => None,
    }
}

/// [`encode`], each key in the form it is stored in (see [`stored_form`]).
pub fn encode_stored(data: &Data, current: Month) -> BTreeMap<String, String> {
    let mut out = encode(data);
    for (key, text) in out.iter_mut() {
        if let KeyKind::Data(_, month) = classify(key) {
            *text = stored_form(month, current, std::mem::take(text));
        }
    }
    out
}

/// Reads the text stored under one key of `T`, plain or packed. The error
/// names the first thing that did not fit, and where: "… at line 1, column 30".
pub fn decode<T: Stored>(raw: &str) -> Result<Vec<T>, String> {
    crate::json::from_json(&packed::expand(raw)?)
}

/// Decodes the value stored under one data key into `data`, adding its
/// records; a key that is not a data key adds nothing.
pub fn decode_into(data: &mut Data, key: &str, raw: &str) -> Result<(), String> {
    if let KeyKind::Data(c, _) = classify(key) {
        for_collection!(c, T => T::list_mut(data).extend(decode::<T>(raw)?));
    }
    Ok(())
}

/// Decodes one data key on its own, as a `Data` holding only its records.
pub fn decode_key(key: &str, raw: &str) -> Result<Data, String> {
    let mut d = Data::default();
    decode_into(&mut d, key, raw)?;
    Ok(d)
}

/// Storage use in UTF-16 code units, the unit the browser's quota counts.
pub fn code_units(text: &str) -> usize {
    if text.is_ascii() {
        text.len()
    } else {
        text.chars().map(char::len_utf16).sum()
    }
}

/// Contents of `tend:meta`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct Meta {
    #[serde(rename = "schema_version")]
    pub schema: u32,
    /// Raised whenever all data is replaced at once (erase, import-replace),
    /// so other tabs reload instead of merging the old records back in.
    #[serde(default)]
    pub epoch: u64,
    /// Set when every other stored value is encrypted with a passphrase.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lock: Option<super::sealed::Lock>,
}
map_form!(Meta);

impl Meta {
    /// The record for a store with no data yet.
    pub fn new() -> Meta {
        Meta {
            schema: super::SCHEMA_VERSION,
            epoch: 0,
            lock: None,
        }
    }

    /// Its stored text. Never written empty: `None` (which serializing this
    /// plain struct cannot give) means it is not written at all.
    pub fn to_text(&self) -> Option<String> {
        serde_json::to_string(self).ok().filter(|t| !t.is_empty())
    }
}

impl Default for Meta {
    fn default() -> Self {
        Meta::new()
    }
}
