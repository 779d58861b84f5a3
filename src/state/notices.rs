//! The one place errors and confirmations are told to the person.

use super::AppState;
use leptos::prelude::*;

/// How long a confirmation stays before it fades.
const INFO_LIFETIME: std::time::Duration = std::time::Duration::from_secs(8);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoticeKind {
    /// Something needs attention: announced at once (role="alert").
    Error,
    /// A confirmation: announced politely (role="status").
    Info,
}

/// A button offered with a notice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NoticeAction {
    ExportBackup,
    /// Download the raw text kept under this quarantine key.
    DownloadQuarantined(String),
    Reload,
    /// Switch to the new version of Tend that is waiting.
    ApplyUpdate,
    /// Bring back the journal entry with this id.
    RestoreEntry(String),
    /// Show, in Settings, how Tend's data is kept (and how to keep it).
    ShowKeeping,
}

/// What a notice is about: a later notice on the same topic replaces an
/// earlier one instead of piling up beside it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Topic {
    /// Storage cannot be used at all here.
    Storage,
    /// Data from a newer version of Tend.
    Schema,
    /// Whether the latest changes were saved.
    Save,
    /// A new version is ready.
    Update,
    /// Importing a backup.
    Import,
    /// Exporting an encrypted backup.
    Sealed,
    /// An export that was not made (see `actions::exportable`).
    Export,
    /// The passphrase lock.
    Lock,
    /// Importing contacts.
    Vcard,
    /// Keeping the data: the browser's promise, Safari's seven days.
    Keep,
    /// A journal entry saved from the Write view.
    EntrySaved,
    /// Turning the daily nudge on or off.
    Nudge,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub id: u64,
    pub kind: NoticeKind,
    pub text: String,
    pub action: Option<NoticeAction>,
    /// Notices with the same topic replace each other instead of piling up.
    pub topic: Option<Topic>,
}

impl AppState {
    /// Shows a notice; returns its id.
    pub fn notify(
        &self,
        kind: NoticeKind,
        text: impl Into<String>,
        action: Option<NoticeAction>,
    ) -> u64 {
        self.push_notice(kind, text.into(), action, None)
    }

    /// Like `notify`, but replaces an earlier notice on the same topic.
    pub fn notify_topic(
        &self,
        topic: Topic,
        kind: NoticeKind,
        text: impl Into<String>,
        action: Option<NoticeAction>,
    ) -> u64 {
        self.push_notice(kind, text.into(), action, Some(topic))
    }

    fn push_notice(
        &self,
        kind: NoticeKind,
        text: String,
        action: Option<NoticeAction>,
        topic: Option<Topic>,
    ) -> u64 {
        let fades = kind == NoticeKind::Info && action.is_none();
        // Never reused, so a confirmation's fade timer can only ever remove
        // that confirmation, not a later notice that took its number.
        self.notice_ids.update_value(|n| *n += 1);
        let new_id = self.notice_ids.get_value();
        self.notices.update(|list| {
            let id = new_id;
            if topic.is_some() {
                list.retain(|n| n.topic != topic);
            }
            list.push(Notice {
                id,
                kind,
                text,
                action,
                topic,
            });
        });
        // Confirmations fade on their own; errors, and anything offering a
        // button, stay until dismissed.
        if fades {
            let notices = self.notices;
            let _ = set_timeout_with_handle(
                move || notices.update(|list| list.retain(|n| n.id != new_id)),
                INFO_LIFETIME,
            );
        }
        new_id
    }

    /// Shows what went wrong (`error`'s message) on `topic`.
    pub fn fail(&self, topic: Topic, error: &impl std::fmt::Display) -> u64 {
        self.notify_topic(topic, NoticeKind::Error, error.to_string(), None)
    }

    pub fn clear_topic(&self, topic: Topic) {
        self.notices
            .update(|list| list.retain(|n| n.topic != Some(topic)));
    }

    pub fn dismiss(&self, id: u64) {
        self.notices.update(|list| list.retain(|n| n.id != id));
    }
}
