//! Which key holds what. People and check-ups live under one key each; the
//! journal and the interaction log, which grow forever, are sharded by month
//! so saving one entry rewrites only that month.

use crate::model::cadence::Snooze;
use crate::model::challenge::{reconnect::ReconnectPlan, ritual::Ritual, Challenge};
use crate::model::collections::VecMap;
use crate::model::milestone::{GiftIdeas, Milestone};
use crate::model::{CheckupRecord, CustomPrompt, Data, Interaction, JournalEntry, Person};
use serde::{Deserialize, Serialize};

pub const PREFIX: &str = "tend:";
pub const META: &str = "tend:meta";
pub const PEOPLE: &str = "tend:people";
pub const JOURNAL_PREFIX: &str = "tend:journal:";
/// Completed check-ups: about one a month each, small enough for one key.
pub const CHECKUPS: &str = "tend:checkups";
/// Journal prompts the person wrote: a handful, so one key.
pub const PROMPTS: &str = "tend:prompts";
/// Check-ins set aside until a day: a few at a time, so one key.
pub const SNOOZES: &str = "tend:snoozes";
/// Challenges, rituals, reconnect plans, milestones and gift ideas: tens of
/// records at most, one key each.
pub const CHALLENGES: &str = "tend:challenges";
pub const RITUALS: &str = "tend:rituals";
pub const RECONNECTS: &str = "tend:reconnects";
pub const MILESTONES: &str = "tend:milestones";
pub const GIFTS: &str = "tend:gifts";
/// The journal entry being written, saved as it is typed so that nothing is
/// lost on a reload or a crash. Not a record: it is neither merged nor
/// exported, and saving the entry removes it.
pub const DRAFT: &str = "tend:draft";
/// Logged interactions, one key per month of their day: `tend:interactions:YYYY-MM`.
pub const INTERACTIONS_PREFIX: &str = "tend:interactions:";
pub const QUARANTINE_PREFIX: &str = "tend:quarantine:";
/// The copy kept automatically before an import replaces everything.
pub const AUTO_BACKUP: &str = "tend:autobackup";

/// Contents of `tend:meta`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meta {
    #[serde(rename = "schema_version")]
    pub schema: u32,
    /// Raised whenever all data is replaced at once (erase, import-replace),
    /// so other tabs reload instead of merging the old records back in.
    #[serde(default)]
    pub epoch: u64,
}

/// What kind of content a key holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeyKind {
    Meta,
    People,
    JournalMonth(String),
    Checkups,
    InteractionsMonth(String),
    Prompts,
    Snoozes,
    Challenges,
    Rituals,
    Reconnects,
    Milestones,
    Gifts,
    /// Ours but not data: quarantine, the automatic backup.
    Aside,
    /// Not ours (no `tend:` prefix) or from a newer version.
    Foreign,
}

pub fn classify(key: &str) -> KeyKind {
    if key == META {
        KeyKind::Meta
    } else if key == PEOPLE {
        KeyKind::People
    } else if key == CHECKUPS {
        KeyKind::Checkups
    } else if key == PROMPTS {
        KeyKind::Prompts
    } else if key == SNOOZES {
        KeyKind::Snoozes
    } else if key == CHALLENGES {
        KeyKind::Challenges
    } else if key == RITUALS {
        KeyKind::Rituals
    } else if key == RECONNECTS {
        KeyKind::Reconnects
    } else if key == MILESTONES {
        KeyKind::Milestones
    } else if key == GIFTS {
        KeyKind::Gifts
    } else if let Some(month) = key.strip_prefix(JOURNAL_PREFIX) {
        if is_month(month) {
            KeyKind::JournalMonth(month.to_string())
        } else {
            KeyKind::Foreign
        }
    } else if let Some(month) = key.strip_prefix(INTERACTIONS_PREFIX) {
        if is_month(month) {
            KeyKind::InteractionsMonth(month.to_string())
        } else {
            KeyKind::Foreign
        }
    } else if key.starts_with(QUARANTINE_PREFIX) || key == AUTO_BACKUP || key == DRAFT {
        KeyKind::Aside
    } else {
        KeyKind::Foreign
    }
}

fn is_month(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 7
        && b[4] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || c.is_ascii_digit())
}

/// True for keys that hold records (and so are written, merged, erased).
pub fn is_data_key(key: &str) -> bool {
    matches!(
        classify(key),
        KeyKind::People
            | KeyKind::JournalMonth(_)
            | KeyKind::Checkups
            | KeyKind::InteractionsMonth(_)
            | KeyKind::Prompts
            | KeyKind::Snoozes
            | KeyKind::Challenges
            | KeyKind::Rituals
            | KeyKind::Reconnects
            | KeyKind::Milestones
            | KeyKind::Gifts
    )
}

/// Encodes `data` as the key → JSON text map that localStorage should hold.
/// Empty collections produce no key.
pub fn encode(data: &Data) -> VecMap<String, String> {
    let mut out = VecMap::new();
    if !data.people.is_empty() {
        out.insert(PEOPLE.to_string(), to_json(&data.people));
    }
    let mut months: VecMap<String, Vec<&JournalEntry>> = VecMap::new();
    for e in &data.journal {
        months.or_default(e.month()).push(e);
    }
    for (month, entries) in months {
        out.insert(format!("{JOURNAL_PREFIX}{month}"), to_json(&entries));
    }
    if !data.checkups.is_empty() {
        out.insert(CHECKUPS.to_string(), to_json(&data.checkups));
    }
    let mut months: VecMap<String, Vec<&Interaction>> = VecMap::new();
    for i in &data.interactions {
        months.or_default(i.month()).push(i);
    }
    for (month, interactions) in months {
        out.insert(
            format!("{INTERACTIONS_PREFIX}{month}"),
            to_json(&interactions),
        );
    }
    if !data.prompts.is_empty() {
        out.insert(PROMPTS.to_string(), to_json(&data.prompts));
    }
    let mut single = |key: &str, json: Option<String>| {
        if let Some(json) = json {
            out.insert(key.to_string(), json);
        }
    };
    single(SNOOZES, list_json(&data.snoozes));
    single(CHALLENGES, list_json(&data.challenges));
    single(RITUALS, list_json(&data.rituals));
    single(RECONNECTS, list_json(&data.reconnects));
    single(MILESTONES, list_json(&data.milestones));
    single(GIFTS, list_json(&data.gifts));
    out
}

/// A one-key collection's JSON; none when it is empty (no key is written).
fn list_json<T: Serialize>(list: &[T]) -> Option<String> {
    (!list.is_empty()).then(|| to_json(list))
}

fn to_json<T: Serialize + ?Sized>(v: &T) -> String {
    // Serializing our own plain structs cannot fail (no maps with non-string
    // keys, no failing Serialize impls).
    serde_json::to_string(v).unwrap_or_else(|_| "[]".to_string())
}

/// Decodes the value stored under one data key into `data`, adding its
/// records. The error text names the first field that did not fit.
pub fn decode_into(data: &mut Data, key: &str, raw: &str) -> Result<(), String> {
    match classify(key) {
        KeyKind::People => {
            let people: Vec<Person> = parse(raw)?;
            data.people.extend(people);
        }
        KeyKind::JournalMonth(_) => {
            let entries: Vec<JournalEntry> = parse(raw)?;
            data.journal.extend(entries);
        }
        KeyKind::Checkups => {
            let checkups: Vec<CheckupRecord> = parse(raw)?;
            data.checkups.extend(checkups);
        }
        KeyKind::InteractionsMonth(_) => {
            let interactions: Vec<Interaction> = parse(raw)?;
            data.interactions.extend(interactions);
        }
        KeyKind::Prompts => {
            let prompts: Vec<CustomPrompt> = parse(raw)?;
            data.prompts.extend(prompts);
        }
        KeyKind::Snoozes => data.snoozes.extend(parse::<Vec<Snooze>>(raw)?),
        KeyKind::Challenges => data.challenges.extend(parse::<Vec<Challenge>>(raw)?),
        KeyKind::Rituals => data.rituals.extend(parse::<Vec<Ritual>>(raw)?),
        KeyKind::Reconnects => data.reconnects.extend(parse::<Vec<ReconnectPlan>>(raw)?),
        KeyKind::Milestones => data.milestones.extend(parse::<Vec<Milestone>>(raw)?),
        KeyKind::Gifts => data.gifts.extend(parse::<Vec<GiftIdeas>>(raw)?),
        _ => {}
    }
    Ok(())
}

/// Decodes one data key on its own, as a `Data` holding only its records.
pub fn decode_key(key: &str, raw: &str) -> Result<Data, String> {
    let mut d = Data::default();
    decode_into(&mut d, key, raw)?;
    Ok(d)
}

fn parse<T: serde::de::DeserializeOwned>(raw: &str) -> Result<T, String> {
    serde_json::from_str(raw).map_err(|e| describe_json_error(&e))
}

/// A serde_json error as "what, at line L, column C". Its message names the
/// unexpected value and what was expected (or the unknown field); with the
/// position that pins the problem down. (serde_path_to_error would add the
/// field path, but cost about 15 KB gzip of wasm, 8% of the whole app.)
pub fn describe_json_error(e: &serde_json::Error) -> String {
    let full = e.to_string();
    let what = full.split(" at line ").next().unwrap_or(&full);
    format!("{what}, at line {}, column {}", e.line(), e.column())
}

/// The writes that turn storage holding `before` into storage holding
/// `after`: keys to set (changed or new) and keys to remove.
pub fn diff(
    before: &VecMap<String, String>,
    after: &VecMap<String, String>,
) -> (Vec<(String, String)>, Vec<String>) {
    let sets = after
        .iter()
        .filter(|(k, v)| before.get(*k) != Some(*v))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    let removes = before
        .keys()
        .filter(|k| !after.contains_key(*k))
        .cloned()
        .collect();
    (sets, removes)
}

/// Storage use in UTF-16 code units, the unit the browser's quota counts.
pub fn code_units<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> usize {
    pairs
        .into_iter()
        .map(|(k, v)| k.encode_utf16().count() + v.encode_utf16().count())
        .sum()
}
