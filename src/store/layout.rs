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
use crate::model::cadence::Snooze;
use crate::model::challenge::{reconnect::ReconnectPlan, ritual::Ritual, Challenge};
use crate::model::milestone::{GiftIdeas, Milestone};
use crate::model::prefs::Prefs;
use crate::model::reach::Reach;
use crate::model::season::Season;
use crate::model::{
    order, CheckupRecord, CustomPrompt, Data, Interaction, JournalEntry, Person, Record,
};
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
pub const PEOPLE: &str = "tend:people";
pub const CHECKUPS: &str = "tend:checkups";
pub const PROMPTS: &str = "tend:prompts";
pub const SNOOZES: &str = "tend:snoozes";
pub const CHALLENGES: &str = "tend:challenges";
pub const RITUALS: &str = "tend:rituals";
pub const RECONNECTS: &str = "tend:reconnects";
pub const MILESTONES: &str = "tend:milestones";
pub const GIFTS: &str = "tend:gifts";
pub const SEASONS: &str = "tend:seasons";
pub const REACHES: &str = "tend:reaches";
pub const PREFS: &str = "tend:prefs";
/// The copy kept automatically before an import replaces everything.
pub const AUTO_BACKUP: &str = "tend:autobackup";
/// A save that writes several keys first writes all of them here, in one
/// piece: key → new text, or `null` to remove. It is removed once every
/// write is made, so if the tab is killed or storage fills up in between,
/// the next start finds it and finishes the save (`load::load`): the store
/// never shows half of a save.
pub const PENDING: &str = "tend:pending";

/// The writes of one save, as kept under [`PENDING`].
pub type Writes = BTreeMap<String, Option<String>>;

/// The text kept under [`PENDING`] for `writes`.
pub fn pending_to_json(writes: &Writes) -> String {
    serde_json::to_string(writes).unwrap_or_default()
}

/// Reads [`PENDING`]: only keys that hold records or the version record
/// (anything else there is not ours to write).
pub fn pending_from_json(text: &str) -> Result<Writes, String> {
    let writes: Writes = from_json(text)?;
    match writes
        .keys()
        .find(|k| !matches!(classify(k), KeyKind::Data(..) | KeyKind::Meta))
    {
        Some(k) => Err(format!("it names a key that holds no records, {k:?}")),
        None => Ok(writes),
    }
}

/// Each kind of record Tend keeps, and so each family of keys.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Collection {
    People,
    /// Sharded: `tend:journal:YYYY-MM`.
    Journal,
    /// Completed check-ups: about one a month, small enough for one key.
    Checkups,
    /// Logged contacts, sharded: `tend:interactions:YYYY-MM`.
    Interactions,
    /// Journal prompts the person wrote.
    Prompts,
    /// Check-ins set aside until a day.
    Snoozes,
    Challenges,
    Rituals,
    Reconnects,
    Milestones,
    Gifts,
    Seasons,
    Reaches,
    Prefs,
}

impl Collection {
    pub const ALL: [Collection; 14] = [
        Collection::People,
        Collection::Journal,
        Collection::Checkups,
        Collection::Interactions,
        Collection::Prompts,
        Collection::Snoozes,
        Collection::Challenges,
        Collection::Rituals,
        Collection::Reconnects,
        Collection::Milestones,
        Collection::Gifts,
        Collection::Seasons,
        Collection::Reaches,
        Collection::Prefs,
    ];

    /// The key's name after `tend:` (and before `:YYYY-MM` when sharded).
    pub fn name(self) -> &'static str {
        match self {
            Collection::People => "people",
            Collection::Journal => "journal",
            Collection::Checkups => "checkups",
            Collection::Interactions => "interactions",
            Collection::Prompts => "prompts",
            Collection::Snoozes => "snoozes",
            Collection::Challenges => "challenges",
            Collection::Rituals => "rituals",
            Collection::Reconnects => "reconnects",
            Collection::Milestones => "milestones",
            Collection::Gifts => "gifts",
            Collection::Seasons => "seasons",
            Collection::Reaches => "reaches",
            Collection::Prefs => "prefs",
        }
    }

    pub fn is_sharded(self) -> bool {
        matches!(self, Collection::Journal | Collection::Interactions)
    }

    /// What the key holds, in words for a message: "your people list".
    pub fn describe(self, month: Option<Month>) -> String {
        let m = month.map(|m| m.to_string()).unwrap_or_default();
        match self {
            Collection::People => "your people list".into(),
            Collection::Journal => format!("journal entries for {m}"),
            Collection::Checkups => "your check-up history".into(),
            Collection::Interactions => format!("contacts you logged in {m}"),
            Collection::Prompts => "your own journal prompts".into(),
            Collection::Snoozes => "the check-ins you snoozed".into(),
            Collection::Challenges => "your challenges".into(),
            Collection::Rituals => "your rituals".into(),
            Collection::Reconnects => "your reconnect plans".into(),
            Collection::Milestones => "your milestones".into(),
            Collection::Gifts => "your gift ideas".into(),
            Collection::Seasons => "your seasons".into(),
            Collection::Reaches => "the messages you sent from Tend".into(),
            Collection::Prefs => "your settings".into(),
        }
    }
}

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
        .into_iter()
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

macro_rules! stored {
    ($t:ty, $c:ident, $field:ident) => {
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

stored!(Person, People, people);
stored!(JournalEntry, Journal, journal, sharded);
stored!(CheckupRecord, Checkups, checkups);
stored!(Interaction, Interactions, interactions, sharded);
stored!(CustomPrompt, Prompts, prompts);
stored!(Snooze, Snoozes, snoozes);
stored!(Challenge, Challenges, challenges);
stored!(Ritual, Rituals, rituals);
stored!(ReconnectPlan, Reconnects, reconnects);
stored!(Milestone, Milestones, milestones);
stored!(GiftIdeas, Gifts, gifts);
stored!(Season, Seasons, seasons);
stored!(Reach, Reaches, reaches);
stored!(Prefs, Prefs, prefs);

/// Runs `$body` with `$t` the record type of `$c`.
macro_rules! for_collection {
    ($c:expr, $t:ident => $body:expr) => {
        match $c {
            $crate::store::layout::Collection::People => {
                type $t = $crate::model::Person;
                $body
            }
            $crate::store::layout::Collection::Journal => {
                type $t = $crate::model::JournalEntry;
                $body
            }
            $crate::store::layout::Collection::Checkups => {
                type $t = $crate::model::CheckupRecord;
                $body
            }
            $crate::store::layout::Collection::Interactions => {
                type $t = $crate::model::Interaction;
                $body
            }
            $crate::store::layout::Collection::Prompts => {
                type $t = $crate::model::CustomPrompt;
                $body
            }
            $crate::store::layout::Collection::Snoozes => {
                type $t = $crate::model::cadence::Snooze;
                $body
            }
            $crate::store::layout::Collection::Challenges => {
                type $t = $crate::model::challenge::Challenge;
                $body
            }
            $crate::store::layout::Collection::Rituals => {
                type $t = $crate::model::challenge::ritual::Ritual;
                $body
            }
            $crate::store::layout::Collection::Reconnects => {
                type $t = $crate::model::challenge::reconnect::ReconnectPlan;
                $body
            }
            $crate::store::layout::Collection::Milestones => {
                type $t = $crate::model::milestone::Milestone;
                $body
            }
            $crate::store::layout::Collection::Gifts => {
                type $t = $crate::model::milestone::GiftIdeas;
                $body
            }
            $crate::store::layout::Collection::Seasons => {
                type $t = $crate::model::season::Season;
                $body
            }
            $crate::store::layout::Collection::Reaches => {
                type $t = $crate::model::reach::Reach;
                $body
            }
            $crate::store::layout::Collection::Prefs => {
                type $t = $crate::model::prefs::Prefs;
                $body
            }
        }
    };
}
// Used by `state::persist`, which only the browser build has.
#[cfg_attr(not(target_arch = "wasm32"), allow(unused_imports))]
pub(crate) use for_collection;

/// The stored text of `records`, in the canonical order (created, then id),
/// so the same records always give the same text; `None` when there are
/// none, since an empty collection has no key.
pub fn encode_records<'a, T: Stored>(records: impl IntoIterator<Item = &'a T>) -> Option<String> {
    let mut list: Vec<&T> = records.into_iter().collect();
    if list.is_empty() {
        return None;
    }
    order::sort_by(&mut list, |r| {
        let s = r.stamp();
        order::Key(order::instant(s.created_at), 0, s.id.clone())
    });
    // Serializing our own plain structs cannot fail (no maps with non-string
    // keys, no failing Serialize impls).
    serde_json::to_string(&list).ok()
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
        let months: std::collections::BTreeSet<Option<Month>> =
            list.iter().map(Stored::month).collect();
        for month in months {
            if let Some(text) = encode_key(list, month) {
                out.insert(key_of(T::COLLECTION, month), text);
            }
        }
    }
    let mut out = BTreeMap::new();
    for c in Collection::ALL {
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
    from_json(&packed::expand(raw)?)
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

/// Reads all of `text` as one JSON value of type `T`; an error says what
/// did not fit and where (see [`describe_json_error`]).
///
/// Field paths (`serde_path_to_error`) were tried: they cost 14 KB gzip of
/// the browser build, which is already over its budget.
pub fn from_json<T: DeserializeOwned>(text: &str) -> Result<T, String> {
    serde_json::from_str(text).map_err(|e| describe_json_error(&e))
}

/// A serde_json error as "what, at line L, column C". Its message names
/// the unexpected value and what was expected (or the unknown field); the
/// position pins the problem down.
pub fn describe_json_error(e: &serde_json::Error) -> String {
    let full = e.to_string();
    let what = full.split(" at line ").next().unwrap_or(&full);
    format!("{what}, at line {}, column {}", e.line(), e.column())
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
