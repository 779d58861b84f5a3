//! The single notice area. Errors are announced at once (role="alert"),
//! confirmations politely (role="status"); both regions always exist so
//! screen readers notice what is added to them.

use crate::state::{actions, update, use_app, Notice, NoticeAction, NoticeKind};
use leptos::prelude::*;

#[component]
pub fn NoticeArea() -> impl IntoView {
    view! {
        <div class="notices">
            <div role="alert" class="notice-list">
                <NoticeList kind=NoticeKind::Error/>
            </div>
            <div role="status" class="notice-list">
                <NoticeList kind=NoticeKind::Info/>
            </div>
        </div>
    }
}

/// The notices of one kind, oldest first.
#[component]
fn NoticeList(
    /// Which notices to list.
    kind: NoticeKind,
) -> impl IntoView {
    let state = use_app();
    let of_kind = move || {
        state
            .notices
            .get()
            .into_iter()
            .filter(|n| n.kind == kind)
            .collect::<Vec<_>>()
    };
    view! {
        <For each=of_kind key=|n| n.id let:notice>
            <NoticeItem notice/>
        </For>
    }
}

#[component]
fn NoticeItem(
    /// The notice to show.
    notice: Notice,
) -> impl IntoView {
    let state = use_app();
    let class = match notice.kind {
        NoticeKind::Error => "notice notice-error",
        NoticeKind::Info => "notice notice-info",
    };
    let id = notice.id;
    let action = notice.action.map(|a| {
        let label = match a {
            NoticeAction::ExportBackup => "Export a backup",
            NoticeAction::Reload | NoticeAction::ApplyUpdate => "Reload",
            NoticeAction::DownloadQuarantined(_) => "Download the unreadable data",
            NoticeAction::RestoreEntry(_) => "Undo",
            NoticeAction::ShowKeeping => "Show me",
        };
        let run = move |_| match &a {
            NoticeAction::ExportBackup => actions::export_backup(state),
            NoticeAction::Reload => {
                let _ = location().reload();
            }
            NoticeAction::ApplyUpdate => update::apply(state),
            NoticeAction::DownloadQuarantined(key) => actions::download_quarantined(state, key),
            NoticeAction::RestoreEntry(entry) => {
                actions::restore_entry(state, entry);
                state.dismiss(id);
            }
            NoticeAction::ShowKeeping => {
                let _ = location().set_hash("#/settings");
                state.dismiss(id);
            }
        };
        view! { <button type="button" class="button" on:click=run>{label}</button> }
    });
    view! {
        <div class=class>
            <p>{notice.text}</p>
            <div class="record-actions">
                {action}
                <button type="button" class="button quiet" on:click=move |_| state.dismiss(id)>
                    "Dismiss"
                </button>
            </div>
        </div>
    }
}
