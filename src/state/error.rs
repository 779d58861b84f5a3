//! What can go wrong in the state layer, as types: each message says what
//! happened and what the person can do, and the UI shows it as it is
//! (`to_string()`), in a form's error line or as a notice.

use crate::formats::backup::BackupError;
use crate::formats::sealed::{PassphraseError, SealedError};
use crate::model::assessment::ScoreError;
use crate::model::challenge::reconnect::PlanError;
use crate::model::challenge::ritual::RitualError;
use crate::model::challenge::{ChallengeError, MarkError};
use crate::model::journal::EntryError;
use crate::model::milestone::MilestoneError;
use crate::store::commit::WriteError;
use thiserror::Error;

/// A change to the person's records that was refused; nothing changed.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum ActionError {
    #[error("Please enter a name.")]
    NoName,
    #[error("This was removed, perhaps in another tab.")]
    Gone,
    #[error("Tend is closing.")]
    Closing,
    #[error("Write the prompt first.")]
    EmptyPrompt,
    #[error("There is no such step.")]
    NoSuchStep,
    #[error(transparent)]
    Entry(#[from] EntryError),
    #[error(transparent)]
    Score(#[from] ScoreError),
    #[error(transparent)]
    Challenge(#[from] ChallengeError),
    #[error(transparent)]
    Mark(#[from] MarkError),
    #[error(transparent)]
    Ritual(#[from] RitualError),
    #[error(transparent)]
    Plan(#[from] PlanError),
    #[error(transparent)]
    Milestone(#[from] MilestoneError),
}

impl From<std::convert::Infallible> for ActionError {
    fn from(never: std::convert::Infallible) -> Self {
        match never {}
    }
}

/// A file that could not be offered or read.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum FileError {
    #[error("The browser could not create the file ({0}).")]
    Download(String),
    #[error("The file could not be read. Please try choosing it again.")]
    Read,
}

/// What the browser's Web Crypto could not do.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum CryptoError {
    #[error("This browser offers no Web Crypto, so Tend cannot encrypt here.")]
    Unavailable,
    #[error("The browser could not make random numbers, so nothing was encrypted.")]
    NoRandom,
    /// A step failed: what it was, and what the browser said.
    #[error("The browser could not {0} ({1}).")]
    Failed(&'static str, String),
    #[error("it could not be decrypted with this passphrase")]
    WrongKey,
    #[error("{0}")]
    Damaged(String),
    /// The part of Tend that encrypts (`state::sealing`) did not download.
    /// Said inside a sentence, as [`CryptoError::Damaged`] is.
    #[error("the part of Tend that encrypts did not download; check the connection")]
    NotLoaded,
}

impl From<leptos::wasm_split::SplitLoaderError> for CryptoError {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        CryptoError::NotLoaded
    }
}

/// Setting, opening, changing or removing the passphrase lock.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum LockError {
    #[error("Tend is not locked.")]
    NotLocked,
    #[error("That is not the passphrase Tend is locked with. Nothing was changed; try again.")]
    WrongPassphrase,
    #[error("The lock's record in storage is damaged, so Tend cannot be unlocked here.")]
    Damaged,
    #[error(transparent)]
    Passphrase(#[from] PassphraseError),
    #[error(transparent)]
    Crypto(#[from] CryptoError),
    #[error("Storage is full, so the lock could not be changed. Nothing was changed.")]
    NoRoom,
    #[error(
        "Some of your data could not be rewritten ({0}). It is kept as it was; try again, or \
         export a backup first."
    )]
    Unfinished(String),
}

/// Importing a backup file.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum ImportError {
    #[error(transparent)]
    File(#[from] FileError),
    #[error(transparent)]
    Backup(#[from] BackupError),
    #[error(transparent)]
    Sealed(#[from] SealedError),
    #[error("Tend cannot save right now (see the message above), so nothing was imported.")]
    NotWritable,
    #[error(
        "Nothing was replaced: there is no room to save the backup's data in this browser \
         ({0}). Free some space (for example by removing the automatic backup or clearing \
         other sites' data), then try again."
    )]
    NoRoom(WriteError),
}

/// Exporting a backup, the journal or the calendar.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum ExportError {
    /// The stored data is refused (`AppState::refused`): what is in memory
    /// is empty, and a file of it would pass for the person's data.
    #[error(
        "Nothing was exported: Tend could not open your stored data, so the file would be \
         empty. Your data is unchanged; reload the page, once online, to open it, then export."
    )]
    Refused,
    #[error(transparent)]
    File(#[from] FileError),
    #[error(transparent)]
    Crypto(#[from] CryptoError),
    #[error(transparent)]
    Passphrase(#[from] PassphraseError),
}
