//! The single notice area. Errors are announced at once (role="alert"),
//! confirmations politely (role="status"); both regions always exist so
//! screen readers notice what is added to them.

use crate::state::{actions, update, use_app, AppState, Notice, NoticeAction, NoticeKind};
use leptos::prelude::*;

#[component]
pub fn Notices() -> impl IntoView {
    let state = use_app();
    let of_kind = move |kind: NoticeKind| {
        move || {
            state
                .notices
                .get()
                .into_iter()
                .filter(|n| n.kind == kind)
                .map(|n| notice_view(state, n))
                .collect_view()
        }
    };
    view! {
        <div class="notices">
            <div role="alert" class="notice-list">{of_kind(NoticeKind::Error)}</div>
            <div role="status" class="notice-list">{of_kind(NoticeKind::Info)}</div>
        </div>
    }
}

fn notice_view(state: AppState, n: Notice) -> impl IntoView {
    let class = match n.kind {
        NoticeKind::Error => "notice notice-error",
        NoticeKind::Info => "notice notice-info",
    };
    let id = n.id;
    let action = n.action.map(|a| {
        let (label, run): (&str, Box<dyn Fn()>) = match a {
            NoticeAction::ExportBackup => (
                "Export a backup",
                Box::new(move || actions::export_backup(state)),
            ),
            NoticeAction::Reload => (
                "Reload",
                Box::new(|| {
                    let _ = location().reload();
                }),
            ),
            NoticeAction::ApplyUpdate => ("Reload", Box::new(move || update::apply(state))),
            NoticeAction::DownloadQuarantined(key) => (
                "Download the unreadable data",
                Box::new(move || actions::download_quarantined(state, &key)),
            ),
        };
        view! { <button type="button" class="button" on:click=move |_| run()>{label}</button> }
    });
    view! {
        <div class=class>
            <p>{n.text}</p>
            <div class="notice-actions">
                {action}
                <button type="button" class="button quiet" on:click=move |_| state.dismiss(id)>
                    "Dismiss"
                </button>
            </div>
        </div>
    }
}
