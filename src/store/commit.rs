//! Making one save's writes through a storage backend, in order: a save of
//! several keys is first kept whole in the journal (`store::pending`), so
//! that it is either refused before anything changes or finished (now, or
//! at the next start). Pure over [`Backend`], so the order and what a
//! failure leaves behind are tested natively; the browser's localStorage is
//! one backend (`state::writer`).

use super::layout::{classify, KeyKind, PENDING};
use super::pending::{self, Writes};
use thiserror::Error;

#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum WriteError {
    /// The browser's storage for this site is full.
    #[error("the browser's storage for Tend is full")]
    Quota,
    /// Storage refused the write for another reason (blocked, private mode…).
    #[error("your browser refused to save ({0})")]
    Refused(String),
    /// The value could not be encrypted for the lock (the browser's Web
    /// Crypto failed), so it was not written.
    #[error("it could not be encrypted ({0})")]
    NotSealed(String),
    /// An empty text for a key that must hold records or the version
    /// record: never written, since it would read back as damaged.
    #[error("Tend would have stored nothing under {0}, so it kept what was there")]
    Empty(String),
}

/// Where writes go: the browser's localStorage, or a test's map.
pub trait Backend {
    fn set(&mut self, key: &str, value: &str) -> Result<(), WriteError>;
    fn remove(&mut self, key: &str);
    /// Whether an unfinished save's journal is stored.
    fn has_journal(&self) -> bool;
}

/// How a save ended.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Outcome {
    /// The save was refused before anything changed (its journal could not
    /// be written, or it would have written nothing where text belongs).
    pub refused: Option<WriteError>,
    /// Keys that could not be written after the journal was: the next start
    /// finishes them from it, and the next save tries them again.
    pub failed: Vec<(String, WriteError)>,
}

impl Outcome {
    /// Everything was written.
    pub fn is_complete(&self) -> bool {
        self.refused.is_none() && self.failed.is_empty()
    }

    /// A save refused as a whole, with every key of `writes` unwritten.
    pub fn refused(error: WriteError) -> Outcome {
        Outcome {
            refused: Some(error),
            failed: Vec::new(),
        }
    }

    /// Every key the save meant to write and did not.
    pub fn unwritten<'a>(&'a self, writes: &'a Writes) -> Vec<(String, WriteError)> {
        match &self.refused {
            Some(e) => writes.keys().map(|k| (k.clone(), e.clone())).collect(),
            None => self.failed.clone(),
        }
    }
}

/// Whether `key` must never be stored empty: records and the version record.
fn holds_text(key: &str) -> bool {
    matches!(classify(key), KeyKind::Data(..) | KeyKind::Meta)
}

/// Makes `writes` (key → new text, or `None` to remove). More than one write
/// is first kept whole in the journal; when even that cannot be written,
/// the save is refused and nothing was changed. A journal left by an
/// earlier save that failed half-way is removed once a save completes.
pub fn commit(backend: &mut impl Backend, writes: &Writes) -> Outcome {
    if let Some(key) = writes
        .iter()
        .find(|(k, v)| v.as_deref() == Some("") && holds_text(k))
        .map(|(k, _)| k)
    {
        return Outcome::refused(WriteError::Empty(key.clone()));
    }
    let journal_left = backend.has_journal();
    if pending::needs_journal(writes) {
        let Some(journal) = pending::to_json(writes) else {
            return Outcome::refused(WriteError::Empty(PENDING.into()));
        };
        if let Err(e) = backend.set(PENDING, &journal) {
            return Outcome::refused(e);
        }
    }
    let mut failed = Vec::new();
    for (key, value) in writes {
        match value {
            Some(text) => {
                if let Err(e) = backend.set(key, text) {
                    failed.push((key.clone(), e));
                }
            }
            None => backend.remove(key),
        }
    }
    if failed.is_empty() && (pending::needs_journal(writes) || journal_left) {
        backend.remove(PENDING);
    }
    Outcome {
        refused: None,
        failed,
    }
}
