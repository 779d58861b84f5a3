//! Turning whatever localStorage holds into `Data`, without trusting it: bad
//! keys are set aside (never deleted), old schemas migrated, newer refused.

use super::layout::{self, Collection, KeyKind, Meta, Month, META, PENDING};
use super::migrate::{self, V1_JOURNAL};
use super::packed;
use super::SCHEMA_VERSION;
use crate::model::Data;
use std::collections::{BTreeMap, HashSet};
use thiserror::Error;

/// A stored key that could not be read; its raw text goes to quarantine.
#[derive(Clone, Debug, PartialEq)]
pub struct Quarantined {
    pub key: String,
    pub raw: String,
    pub reason: String,
}

#[derive(Debug, Default)]
pub struct Loaded {
    pub data: Data,
    pub meta: Option<Meta>,
    pub quarantined: Vec<Quarantined>,
    /// Writes that complete a migration (new or changed keys) ...
    pub sets: Vec<(String, String)>,
    /// ... and keys it made obsolete.
    pub removes: Vec<String>,
    /// A save of several keys was interrupted: `sets` and `removes` finish
    /// it, and then `tend:pending` is to be removed.
    pub finishes_pending: bool,
    /// Keys left undecoded by [`load_deferring`] (see [`is_deferred`]: the
    /// journal's older months and the contact log's before each person's
    /// last contact), with their text, for [`decode_later`]. Empty after
    /// [`load`].
    pub later: BTreeMap<String, String>,
}

#[derive(Debug, Error, PartialEq)]
pub enum LoadError {
    #[error(
        "Your data was saved by a newer version of Tend (schema {found}; this one knows up to \
         {supported}). Nothing has been changed. Reload the page to get the newer version."
    )]
    TooNew { found: u32, supported: u32 },
    /// Loaded without the migrations ([`load_deferring`] given none), data
    /// of an older schema: nothing was read.
    #[error(
        "Your data was saved by an earlier version of Tend (schema {found}) and needs updating \
         first. Nothing has been changed."
    )]
    NeedsMigrating { found: u32 },
}

/// What brings stored data of an older schema up to date (see
/// [`load_deferring`]): [`MIGRATE`].
pub type Migrate = fn(&BTreeMap<String, String>, u32, Month, &mut Loaded) -> migrate::Stored;

/// The migrations, as the loader runs them.
pub const MIGRATE: Migrate = migrate_all;

/// Reads `stored` (every `tend:` key and value of this origin), in the
/// month `current`: keys whose form is wrong for it (a month that ended
/// since the last visit, still plain) are rewritten in `sets`.
///
/// A save interrupted half-way (see `layout::PENDING`) is finished first:
/// its writes are read as if they had all been made, and are made again.
pub fn load(stored: &BTreeMap<String, String>, current: Month) -> Result<Loaded, LoadError> {
    load_with(stored, current, false, Some(MIGRATE))
}

/// [`load`], leaving the keys [`is_deferred`] picks undecoded in
/// `Loaded::later`: what start-up reads, so that showing Today does not
/// wait for years of journal. Each is decoded by [`decode_later`], which
/// sets it aside just as `load` would have when it cannot be read. Data
/// that needs migrating is migrated with `migrate` and decoded whole, as
/// `load` does; without it, it is refused ([`LoadError::NeedsMigrating`]):
/// the browser build fetches the migrations only for such data.
pub fn load_deferring(
    stored: &BTreeMap<String, String>,
    current: Month,
    migrate: Option<Migrate>,
) -> Result<Loaded, LoadError> {
    load_with(stored, current, true, migrate)
}

/// Whether start-up leaves data key `key` to be decoded later, whatever it
/// holds: the journal's months before the previous one. Today reads the
/// journal only for this week's review and its plan, which look back at
/// most two weeks, so the current and the previous month are always there.
///
/// The contact log's months are left by what they hold (see
/// [`decode_contacts`]): Today needs the last contact with each person
/// ("last in touch"), not the years before it. Every other collection is
/// small and decoded at start.
pub fn is_deferred(key: &str, current: Month) -> bool {
    matches!(layout::classify(key), KeyKind::Data(Collection::Journal, Some(m)) if m < current.previous())
}

/// Whether `key` holds a month of the contact log.
fn is_contact_month(key: &str) -> bool {
    matches!(
        layout::classify(key),
        KeyKind::Data(Collection::Interactions, Some(_))
    )
}

/// Whether start-up may leave the keys [`is_deferred`] picks in storage,
/// unread, until each is decoded: `stored` holds everything else. Only where
/// [`load_deferring`] leaves them undecoded anyway (data of this schema;
/// older data is migrated whole), and with no unfinished save, whose writes
/// may name one of them and are finished before anything is decoded.
pub fn may_leave_unread(stored: &BTreeMap<String, String>) -> bool {
    !stored.contains_key(PENDING) && stored_schema(stored) == SCHEMA_VERSION
}

/// Whether `stored` was saved by an earlier version of Tend, so loading it
/// needs the migrations. `stored` need only hold the version record and
/// schema 1's journal key, which tell.
pub fn needs_migrating(stored: &BTreeMap<String, String>) -> bool {
    stored_schema(stored) < SCHEMA_VERSION
}

/// The schema `stored` was written in, read from its version record when
/// that is readable (see [`schema_of`]).
fn stored_schema(stored: &BTreeMap<String, String>) -> u32 {
    let meta = stored
        .get(META)
        .and_then(|raw| serde_json::from_str::<Meta>(raw).ok());
    schema_of(meta.as_ref(), stored)
}

/// The schema `stored` was written in, by its version record `meta` when
/// that could be read.
fn schema_of(meta: Option<&Meta>, stored: &BTreeMap<String, String>) -> u32 {
    match meta {
        Some(m) => m.schema,
        // Before versioning existed, or the version record was unreadable:
        // the journal's layout tells which schema wrote the data.
        None if stored.contains_key(V1_JOURNAL) => 1,
        None => SCHEMA_VERSION,
    }
}

/// Decodes `raw`, stored under `key` and left by [`load_deferring`], into
/// `data`; when it cannot be read, nothing is added and it comes back to be
/// set aside, with the reason.
pub fn decode_later(data: &mut Data, key: &str, raw: &str) -> Option<Quarantined> {
    decode_one(data, key, raw, raw)
}

fn load_with(
    stored: &BTreeMap<String, String>,
    current: Month,
    defer: bool,
    migrate: Option<Migrate>,
) -> Result<Loaded, LoadError> {
    let mut out = Loaded::default();
    let Some(raw) = stored.get(PENDING) else {
        return read(stored, current, defer, migrate, out);
    };
    let writes = match super::pending::from_json(raw) {
        Ok(w) => w,
        Err(reason) => {
            // Written in one piece before any key, so it is never half there;
            // if it is unreadable, what it described was never begun.
            out.quarantined.push(Quarantined {
                key: PENDING.to_string(),
                raw: raw.clone(),
                reason: format!("an unfinished save could not be read ({reason})"),
            });
            return read(stored, current, defer, migrate, out);
        }
    };
    let mut view = stored.clone();
    view.remove(PENDING);
    for (key, value) in writes {
        match value {
            Some(text) => {
                view.insert(key.clone(), text.clone());
                out.sets.push((key, text));
            }
            None => {
                view.remove(&key);
                out.removes.push(key);
            }
        }
    }
    out.finishes_pending = true;
    read(&view, current, defer, migrate, out)
}

fn read(
    stored: &BTreeMap<String, String>,
    current: Month,
    defer: bool,
    migrate: Option<Migrate>,
    mut out: Loaded,
) -> Result<Loaded, LoadError> {
    out.meta = match stored.get(META) {
        None => None,
        Some(raw) => match serde_json::from_str::<Meta>(raw) {
            Ok(m) => Some(m),
            Err(e) => {
                out.quarantined.push(Quarantined {
                    key: META.to_string(),
                    raw: raw.clone(),
                    reason: format!("the version record was unreadable ({e})"),
                });
                None
            }
        },
    };
    let version = schema_of(out.meta.as_ref(), stored);
    if version > SCHEMA_VERSION {
        return Err(LoadError::TooNew {
            found: version,
            supported: SCHEMA_VERSION,
        });
    }
    if version < SCHEMA_VERSION {
        let Some(migrate_all) = migrate else {
            return Err(LoadError::NeedsMigrating { found: version });
        };
        let migrated = migrate_all(stored, version, current, &mut out);
        decode_all(&migrated, stored, None, &mut out);
        settle(&migrated, current, &mut out);
    } else {
        decode_all(stored, stored, defer.then_some(current), &mut out);
        settle(stored, current, &mut out);
    }
    Ok(out)
}

/// Runs the migrations on every key that holds (or held) records and is
/// valid JSON, recording the writes that complete them.
fn migrate_all(
    stored: &BTreeMap<String, String>,
    version: u32,
    current: Month,
    out: &mut Loaded,
) -> migrate::Stored {
    let mut parsed = migrate::Stored::new();
    for (key, raw) in stored.iter().filter(|(k, _)| is_candidate(k)) {
        // Steps see the stored text, packed or plain, once it is known to
        // hold JSON.
        let valid = packed::expand(raw).and_then(|text| {
            serde_json::from_str::<serde::de::IgnoredAny>(&text)
                .map(|_| ())
                .map_err(|e| format!("it is not valid JSON ({e})"))
        });
        match valid {
            Ok(()) => {
                parsed.insert(key.clone(), raw.clone());
            }
            Err(reason) => out.quarantined.push(Quarantined {
                key: key.clone(),
                raw: raw.clone(),
                reason,
            }),
        }
    }
    let before = parsed.clone();
    for bad in migrate::run(&mut parsed, version, current) {
        let raw = stored.get(&bad.key).cloned().unwrap_or_default();
        parsed.remove(&bad.key);
        out.quarantined.push(Quarantined {
            key: bad.key,
            raw,
            reason: bad.reason,
        });
    }
    for (key, value) in &parsed {
        if before.get(key) != Some(value) {
            out.sets.push((key.clone(), value.clone()));
        }
    }
    let obsolete: Vec<String> = before
        .keys()
        .filter(|k| !parsed.contains_key(*k) && !out.quarantined.iter().any(|q| &q.key == *k))
        .cloned()
        .collect();
    out.removes.extend(obsolete);
    parsed
}

/// Decodes every data key of `keys` into `out.data`; a key that cannot be
/// read is quarantined with its original text from `stored`. When loading
/// in month `defer`, those [`is_deferred`] and the contact log's months
/// [`decode_contacts`] leaves are kept in `out.later` instead.
fn decode_all(
    keys: &BTreeMap<String, String>,
    stored: &BTreeMap<String, String>,
    defer: Option<Month>,
    out: &mut Loaded,
) {
    let mut contact_months = Vec::new();
    for (key, raw) in keys {
        if !layout::is_data_key(key) || out.quarantined.iter().any(|q| &q.key == key) {
            continue;
        }
        if let Some(current) = defer {
            if is_deferred(key, current) {
                out.later.insert(key.clone(), raw.clone());
                continue;
            }
            if is_contact_month(key) {
                contact_months.push((key, raw));
                continue;
            }
        }
        let aside = (&mut out.sets, &mut out.quarantined);
        decode_or_set_aside(&mut out.data, key, raw, stored, aside);
    }
    decode_contacts(contact_months, stored, out);
}

/// Decodes `raw` (stored under `key`) into `data`, or sets it aside
/// (`quarantined`) with its original text from `stored`, making none of
/// the writes `sets` had for it. Whether it was decoded.
fn decode_or_set_aside(
    data: &mut Data,
    key: &str,
    raw: &str,
    stored: &BTreeMap<String, String>,
    (sets, quarantined): (&mut Vec<(String, String)>, &mut Vec<Quarantined>),
) -> bool {
    let original = stored.get(key).map_or(raw, String::as_str);
    match decode_one(data, key, raw, original) {
        None => true,
        Some(q) => {
            sets.retain(|(k, _)| k != key);
            quarantined.push(q);
            false
        }
    }
}

/// Decodes the contact log's `months` (in the order of their keys, oldest
/// first), newest first, until each live person's latest live contact is
/// in `out.data` (the people are decoded already): the older months go to
/// `out.later`. So the last contact with each person, which Today shows
/// and counts from, is what a whole load gives; the years before it wait
/// for idle time. Someone never logged with keeps every month read.
///
/// The contacts end up in the order of their keys, as a whole load leaves
/// them.
fn decode_contacts(
    months: Vec<(&String, &String)>,
    stored: &BTreeMap<String, String>,
    out: &mut Loaded,
) {
    let mut unseen: HashSet<&str> = out
        .data
        .people
        .iter()
        .filter(|p| !p.stamp.deleted)
        .map(|p| p.stamp.id.as_str())
        .collect();
    let mut newest_first = Vec::new();
    for (key, raw) in months.into_iter().rev() {
        if unseen.is_empty() {
            out.later.insert(key.clone(), raw.clone());
            continue;
        }
        let mut month = Data::default();
        let aside = (&mut out.sets, &mut out.quarantined);
        if decode_or_set_aside(&mut month, key, raw, stored, aside) {
            for i in month.interactions.iter().filter(|i| !i.stamp.deleted) {
                unseen.remove(i.person.as_str());
            }
            newest_first.push(month.interactions);
        }
    }
    // At the size it needs: years of contacts are megabytes. With
    // `persist::later`'s prepend likewise, the wasm memory after a start
    // with ten years was 8.4 MB, against 9.9 MB grown by doubling.
    let read: usize = newest_first.iter().map(Vec::len).sum();
    out.data.interactions.reserve_exact(read);
    for month in newest_first.into_iter().rev() {
        out.data.interactions.extend(month);
    }
}

/// Decodes `raw` (stored under `key`) into `data`; when it cannot be read,
/// the key to set aside with `original`, its stored text (expanded, when it
/// was packed and that much still works, so the copy can be read).
fn decode_one(data: &mut Data, key: &str, raw: &str, original: &str) -> Option<Quarantined> {
    let failed = match packed::expand(raw) {
        Err(reason) => Some((reason, original.to_string())),
        Ok(text) => layout::decode_into(data, key, &text).err().map(|reason| {
            // Only now look closer: is it JSON at all?
            let reason = match serde_json::from_str::<serde::de::IgnoredAny>(&text) {
                Err(e) => format!("it is not valid JSON ({e})"),
                Ok(_) => format!("its contents did not fit ({reason})"),
            };
            let kept = match packed::expand(original) {
                Ok(t) => t.into_owned(),
                Err(_) => original.to_string(),
            };
            (reason, kept)
        }),
    };
    failed.map(|(reason, raw)| Quarantined {
        key: key.to_string(),
        raw,
        reason,
    })
}

/// Rewrites each readable data key whose stored form is wrong for
/// `current` (see `layout::reform`).
fn settle(stored: &BTreeMap<String, String>, current: Month, out: &mut Loaded) {
    for (key, raw) in stored {
        if out.quarantined.iter().any(|q| &q.key == key) {
            continue;
        }
        if let Some(text) = layout::reform(key, raw, current) {
            out.sets.retain(|(k, _)| k != key);
            out.sets.push((key.clone(), text));
        }
    }
}

/// Keys that hold (or, in an old schema, held) records.
fn is_candidate(key: &str) -> bool {
    key == V1_JOURNAL || layout::is_data_key(key)
}

/// The quarantine key for `key`, distinct from any already taken.
pub fn quarantine_key(key: &str, taken: impl Fn(&str) -> bool) -> String {
    let base = format!(
        "{}{}",
        layout::QUARANTINE_PREFIX,
        key.strip_prefix(layout::PREFIX).unwrap_or(key)
    );
    if !taken(&base) {
        return base;
    }
    (2..)
        .map(|n| format!("{base}:{n}"))
        .find(|k| !taken(k))
        .unwrap_or(base)
}
