//! No silent loss beyond the tab: once the person has saved something worth
//! keeping, the browser is asked (once) to keep Tend's data rather than
//! clear it when space runs short (`navigator.storage.persist()`), and its
//! answer is shown in Settings. In Safari outside the Home Screen, the
//! person is told once that Safari may clear a site's data after seven days
//! without a visit (`persist()` does not prevent it there). The last backup
//! is remembered, for Settings and for Today's gentle reminder.

use super::{clock, AppState, NoticeAction, NoticeKind, Topic};
use crate::model::prefs::{self, Prefs};
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The one settings record, as it is now (its defaults when there is none).
pub fn prefs(state: AppState) -> Prefs {
    state.prefs.with(|l| current(l))
}

fn current(list: &[Prefs]) -> Prefs {
    prefs::current_or_new(list, clock::now())
}

/// Changes the settings record (making it, the first time).
pub fn update(state: AppState, f: impl FnOnce(&mut Prefs)) {
    let mut p = state.prefs.with_untracked(|l| current(l));
    f(&mut p);
    state.put(p);
}

/// A backup was exported now.
pub fn backed_up(state: AppState) {
    let now = clock::now();
    update(state, |p| p.last_backup = Some(now));
}

/// When Tend started keeping the person's data: the settings record is
/// made when there first is some (see [`watch`]).
pub fn started(state: AppState) -> Option<chrono::DateTime<chrono::Utc>> {
    state.prefs.with(|list| {
        list.iter()
            .find(|p| p.stamp.id == Prefs::ID)
            .map(|p| p.stamp.created_at)
    })
}

/// Whether there is anything a person would mind losing.
fn has_real_data(state: AppState) -> bool {
    state.people.with(|p| p.iter().any(|p| !p.stamp.deleted))
        || state.journal.with(|j| j.iter().any(|e| !e.stamp.deleted))
        || super::persist::later::any_waiting(state)
        || state
            .interactions
            .with(|i| i.iter().any(|e| !e.stamp.deleted))
}

/// Learns whether the browser keeps the data already, then, once there is
/// data worth keeping, asks it to (once) and tells Safari's visitors (once).
pub fn watch(state: AppState) {
    leptos::task::spawn_local(async move {
        if let Some(kept) = persisted().await {
            state.persisted.set(Some(kept));
        }
    });
    Effect::new(move |_| {
        if state.locked.get() || !state.writable.get() || !has_real_data(state) {
            return;
        }
        let p = state.prefs.with_untracked(|l| current(l));
        let tell_safari = !p.safari_told && is_safari() && !is_standalone();
        if p.persist_asked && !tell_safari {
            return;
        }
        let ask = !p.persist_asked && state.persisted.get_untracked() != Some(true);
        update(state, |p| {
            p.persist_asked = true;
            p.safari_told |= tell_safari;
        });
        if ask {
            leptos::task::spawn_local(async move {
                if let Some(kept) = ask_persist().await {
                    state.persisted.set(Some(kept));
                }
            });
        }
        if tell_safari {
            state.notify_topic(
                Topic::Keep,
                NoticeKind::Info,
                "A note on Safari: it may clear a website's data after seven days without a \
                 visit, and Tend's data lives only here. Added to your Home Screen, Tend keeps \
                 it; Settings shows how.",
                Some(NoticeAction::ShowKeeping),
            );
        }
    });
}

fn storage_manager() -> Option<web_sys::StorageManager> {
    let navigator = window().navigator();
    // Missing outside secure contexts and in older browsers.
    js_sys::Reflect::get(&navigator, &JsValue::from_str("storage"))
        .ok()
        .filter(|s| !s.is_undefined())?;
    Some(navigator.storage())
}

async fn promised_bool(promise: Result<js_sys::Promise, JsValue>) -> Option<bool> {
    JsFuture::from(promise.ok()?).await.ok()?.as_bool()
}

/// Whether the browser already keeps Tend's data (`None`: it cannot say).
async fn persisted() -> Option<bool> {
    promised_bool(storage_manager()?.persisted()).await
}

/// Asks the browser to keep Tend's data; its answer.
async fn ask_persist() -> Option<bool> {
    promised_bool(storage_manager()?.persist()).await
}

/// Safari, where `persist()` does not stop data being cleared after seven
/// days without a visit (other browsers on the Mac and elsewhere do not
/// clear it so).
pub fn is_safari() -> bool {
    let ua = window().navigator().user_agent().unwrap_or_default();
    ua.contains("Safari")
        && !["Chrome", "Chromium", "Android", "Edg/", "Firefox"]
            .iter()
            .any(|other| ua.contains(other))
}

/// Whether Tend runs from the Home Screen (or as an installed app).
pub fn is_standalone() -> bool {
    let ios = js_sys::Reflect::get(&window().navigator(), &JsValue::from_str("standalone"))
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false);
    ios || window()
        .match_media("(display-mode: standalone)")
        .ok()
        .flatten()
        .is_some_and(|m| m.unchecked_into::<web_sys::MediaQueryList>().matches())
}
