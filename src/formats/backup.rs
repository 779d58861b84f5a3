//! The full backup file: one JSON document with `format`, `version`,
//! `exported_at` and `data`. Reading it validates everything before anything
//! is changed, and every rejection says what is wrong in words a person can
//! act on.

use crate::model::{record::IdProblem, Data};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use thiserror::Error;

pub const FORMAT: &str = "tend-backup";
/// The backup file's version. Until storage schema 2 it followed the schema;
/// schema 3 changed only how months are stored (packed), not `data`, so
/// backups stayed at 2. Version 3 gives people phone and email fields
/// (schema 4): an older Tend would drop them without a word, so it refuses
/// the file instead and asks to be reloaded; this one reads version 1 and 2
/// files by moving the `Phone:`/`Email:` lines of their notes into the
/// fields, exactly as the schema 4 migration does.
pub const VERSION: u32 = 3;

/// Larger files are refused before parsing. Browser storage holds about
/// 5 MB, so a genuine backup stays well below this.
pub const MAX_BYTES: usize = 8 * 1024 * 1024;

#[derive(Serialize)]
struct Envelope<'a> {
    format: &'a str,
    version: u32,
    exported_at: DateTime<Utc>,
    data: &'a Data,
}

/// What reading needs once `format` and `version` are checked. The other
/// fields are skipped unread: parsing a date that nothing uses would only
/// add code to the browser build.
#[derive(Deserialize)]
struct Contents {
    data: Data,
}

#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum BackupError {
    #[error(
        "This file is {}, larger than any Tend backup can be (at most {}). \
         Please choose a file exported from Tend's Settings.",
        megabytes(*bytes),
        megabytes(MAX_BYTES)
    )]
    TooLarge { bytes: usize },
    #[error("This file is not valid JSON (line {line}, column {column}: {message}). It may be damaged or not a backup.")]
    NotJson {
        line: usize,
        column: usize,
        message: String,
    },
    #[error(
        "This file is JSON but not a Tend backup: it has no \"format\": \"tend-backup\" field."
    )]
    NotABackup,
    #[error("This file's format is \"{0}\", not \"tend-backup\", so it is not a Tend backup.")]
    WrongFormat(String),
    #[error("This backup has no valid \"version\" number.")]
    NoVersion,
    #[error(
        "This backup was made by a newer version of Tend (version {found}; this one reads up to \
         {supported}). Reload Tend to update it, then import again."
    )]
    TooNew { found: u32, supported: u32 },
    #[error("This backup is damaged: {0}. Nothing was imported.")]
    Invalid(String),
    #[error(
        "This backup is damaged: the id \"{0}\" is used by two records. Nothing was imported."
    )]
    DuplicateId(String),
}

/// The backup file's name for a given local day.
pub fn file_name(today: NaiveDate) -> String {
    // NaiveDate displays as YYYY-MM-DD.
    format!("tend-backup-{today}.json")
}

/// Writes `data` as a backup document.
pub fn export(data: &Data, now: DateTime<Utc>) -> String {
    let env = Envelope {
        format: FORMAT,
        version: VERSION,
        exported_at: now,
        data,
    };
    // Compact, like the stored keys, so both share one serializer: a pretty
    // printer would compile every record's Serialize a second time.
    serde_json::to_string(&env).unwrap_or_default()
}

/// Bytes as megabytes with one decimal ("10.5 MB"), in integer arithmetic:
/// float formatting would add kilobytes of code to the wasm bundle.
pub fn megabytes(bytes: usize) -> String {
    let tenths = (bytes + 50_000) / 100_000;
    format!("{}.{} MB", tenths / 10, tenths % 10)
}

/// Refuses a file too large to be a backup, before it is even read.
pub fn check_size(bytes: usize) -> Result<(), BackupError> {
    if bytes > MAX_BYTES {
        return Err(BackupError::TooLarge { bytes });
    }
    Ok(())
}

/// Reads and fully validates a backup document.
pub fn parse(text: &str) -> Result<Data, BackupError> {
    check_size(text.len())?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    serde_json::from_str::<serde::de::IgnoredAny>(text).map_err(|e| BackupError::NotJson {
        line: e.line(),
        column: e.column(),
        message: e
            .to_string()
            .split(" at line")
            .next()
            .unwrap_or("")
            .to_string(),
    })?;
    /// The two fields checked before anything else, kept as raw JSON so a
    /// wrong type can be named rather than just refused.
    #[derive(Deserialize)]
    struct Head {
        format: Option<Box<RawValue>>,
        version: Option<Box<RawValue>>,
    }
    let head: Head = serde_json::from_str(text).map_err(|_| BackupError::NotABackup)?;
    let format = head.format.ok_or(BackupError::NotABackup)?;
    match serde_json::from_str::<String>(format.get()) {
        Ok(f) if f == FORMAT => {}
        Ok(other) => return Err(BackupError::WrongFormat(other)),
        Err(_) => return Err(BackupError::WrongFormat(format.get().to_string())),
    }
    let version = head
        .version
        .and_then(|v| serde_json::from_str::<u64>(v.get()).ok())
        .filter(|v| *v >= 1)
        .ok_or(BackupError::NoVersion)?;
    if version > u64::from(VERSION) {
        return Err(BackupError::TooNew {
            found: u32::try_from(version).unwrap_or(u32::MAX),
            supported: VERSION,
        });
    }
    // Versions 1 and 2 differ only in how localStorage was laid out; 3 adds
    // contact fields, which older files kept in the notes.
    let env: Contents = crate::json::from_json(text).map_err(BackupError::Invalid)?;
    let mut data = env.data;
    if version < 3 {
        for p in &mut data.people {
            p.take_contacts_from_notes();
        }
    }
    data.check_ids().map_err(|p| match p {
        IdProblem::Missing(what) => BackupError::Invalid(format!("a {what} has no id")),
        IdProblem::Twice(id) => BackupError::DuplicateId(id),
    })?;
    Ok(data)
}
