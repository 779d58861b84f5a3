//! The single notice area. Errors are announced at once (role="alert"),
//! confirmations politely (role="status"); both regions always exist so
//! screen readers notice what is added to them.

use super::dom::{button, el, live, tx, N};
use crate::state::{actions, update, AppState, Notice, NoticeAction, NoticeKind};
use leptos::prelude::*;

pub fn notices(state: AppState) -> N {
    let list = |role: &str, kind: NoticeKind| {
        el(
            "div",
            vec![live(move || of_kind(state, kind)).at("class", "contents")],
        )
        .at("role", role)
        .at("class", "notice-list")
    };
    el(
        "div",
        vec![
            list("alert", NoticeKind::Error),
            list("status", NoticeKind::Info),
        ],
    )
    .at("class", "notices")
}

fn of_kind(state: AppState, kind: NoticeKind) -> N {
    el(
        "div",
        state
            .notices
            .get()
            .into_iter()
            .filter(|n| n.kind == kind)
            .map(|n| notice(state, n))
            .collect(),
    )
}

fn notice(state: AppState, n: Notice) -> N {
    let class = match n.kind {
        NoticeKind::Error => "notice notice-error",
        NoticeKind::Info => "notice notice-info",
    };
    let id = n.id;
    let id_of_notice = id;
    let mut actions = Vec::new();
    if let Some(a) = n.action {
        let label = match a {
            NoticeAction::ExportBackup => "Export a backup",
            NoticeAction::Reload | NoticeAction::ApplyUpdate => "Reload",
            NoticeAction::DownloadQuarantined(_) => "Download the unreadable data",
            NoticeAction::RestoreEntry(_) => "Undo",
        };
        actions.push(button("button", label, move |_| match &a {
            NoticeAction::ExportBackup => actions::export_backup(state),
            NoticeAction::Reload => {
                let _ = location().reload();
            }
            NoticeAction::ApplyUpdate => update::apply(state),
            NoticeAction::DownloadQuarantined(key) => actions::download_quarantined(state, key),
            NoticeAction::RestoreEntry(id) => {
                actions::restore_entry(state, id);
                state.dismiss(id_of_notice);
            }
        }));
    }
    actions.push(button("button quiet", "Dismiss", move |_| {
        state.dismiss(id)
    }));
    el(
        "div",
        vec![
            tx("p", n.text),
            el("div", actions).at("class", "notice-actions"),
        ],
    )
    .at("class", class)
}
