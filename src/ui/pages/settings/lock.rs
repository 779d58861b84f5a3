//! The passphrase lock: set it, choose when it closes by itself, lock now,
//! change the passphrase, or remove the lock. Each form is an async action
//! (`Action::new_local`) whose pending state disables its buttons; what is
//! typed stays put while the idle time changes, here or in another tab.

use crate::state::error::LockError;
use crate::state::{lock, use_app, AppState, NoticeKind, Topic};
use crate::ui::components::form::{Choices, Field};
use leptos::prelude::*;

const IDLE: [(u32, &str); 4] = [
    (5, "After 5 minutes"),
    (15, "After 15 minutes"),
    (60, "After an hour"),
    (0, "Never (only when I choose Lock now)"),
];

#[component]
pub fn Lock() -> impl IntoView {
    let state = use_app();
    // Whether a lock is set: a Memo, so choosing another idle time (which
    // changes `lock_idle`) does not rebuild the card and its fields.
    let is_set = Memo::new(move |_| state.lock_idle.with(Option::is_some));
    view! {
        <p>
            "With a passphrase, everything Tend keeps in this browser is encrypted, and Tend asks for the \
             passphrase when it starts and after it has been left alone. "
            <strong>"A forgotten passphrase cannot be recovered: keep an ordinary backup somewhere safe."</strong>
        </p>
        <Show when=move || is_set.get() fallback=|| view! { <SetLock/> }>
            <LockSet/>
        </Show>
    }
}

#[component]
fn IdleChoice(
    /// The chosen minutes, as text.
    value: RwSignal<String>,
) -> impl IntoView {
    let options = IDLE
        .iter()
        .map(|(m, l)| (m.to_string(), l.to_string()))
        .collect();
    view! { <Choices name="lock-idle" legend="Lock by itself when left alone" options value/> }
}

/// Tells how a lock action ended.
fn told(state: AppState, result: &Result<(), LockError>, done: &str) {
    match result {
        Ok(()) => {
            state.notify_topic(Topic::Lock, NoticeKind::Info, done, None);
        }
        Err(e) => {
            state.fail(Topic::Lock, e);
        }
    }
}

#[component]
fn SetLock() -> impl IntoView {
    let state = use_app();
    let passphrase = RwSignal::new(String::new());
    let again = RwSignal::new(String::new());
    let idle = RwSignal::new("15".to_string());
    // Told from the action itself: once the lock is set, this form gives
    // way to the lock's card (and its effects with it).
    let set = Action::new_local(move |(p, a, minutes): &(String, String, u32)| {
        let (p, a, minutes) = (p.clone(), a.clone(), *minutes);
        async move {
            let result = lock::set(state, &p, &a, minutes).await;
            told(
                state,
                &result,
                "Tend is locked with your passphrase. It asks for it when it starts, and after being \
                 left alone for a while.",
            );
            if result.is_ok() {
                passphrase.try_set(String::new());
                again.try_set(String::new());
            }
            result
        }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let minutes = idle.get_untracked().parse().unwrap_or(15);
        set.dispatch((passphrase.get_untracked(), again.get_untracked(), minutes));
    };
    let busy = set.pending();
    view! {
        <form class="stack" aria-label="Set a passphrase" on:submit=submit>
            <Field id="lock-passphrase" label="New passphrase" kind="password" value=passphrase/>
            <Field id="lock-again" label="The new passphrase again" kind="password" value=again/>
            <IdleChoice value=idle/>
            <button type="submit" class="button primary" disabled=move || busy.get()>
                {move || if busy.get() { "Encrypting…" } else { "Lock Tend with this passphrase" }}
            </button>
        </form>
    }
}

#[component]
fn LockSet() -> impl IntoView {
    let state = use_app();
    let chosen = move || state.lock_idle.get().unwrap_or(15).to_string();
    let idle_choice = RwSignal::new(chosen());
    // The choice follows the lock (another tab may change it) …
    Effect::new(move |_| {
        let now = chosen();
        if idle_choice.get_untracked() != now {
            idle_choice.set(now);
        }
    });
    // … and the lock follows the choice made here.
    Effect::new(move |prev: Option<String>| {
        let picked = idle_choice.get();
        if prev.is_some_and(|p| p != picked) && picked != chosen() {
            lock::set_idle(state, picked.parse().unwrap_or(15));
        }
        picked
    });
    let current = RwSignal::new(String::new());
    let new = RwSignal::new(String::new());
    let again = RwSignal::new(String::new());
    let change = Action::new_local(move |(c, n, a): &(String, String, String)| {
        let (c, n, a) = (c.clone(), n.clone(), a.clone());
        async move {
            let result = lock::change(state, &c, &n, &a).await;
            told(state, &result, "The passphrase is changed.");
            if result.is_ok() {
                for f in [current, new, again] {
                    f.try_set(String::new());
                }
            }
            result
        }
    });
    // Told from the action itself: once the lock is removed, this card
    // gives way to the form that sets one.
    let remove = Action::new_local(move |c: &String| {
        let c = c.clone();
        async move {
            let result = lock::remove(state, &c).await;
            told(
                state,
                &result,
                "The passphrase lock is removed: Tend no longer asks for it.",
            );
            result
        }
    });
    let on_change = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        change.dispatch((
            current.get_untracked(),
            new.get_untracked(),
            again.get_untracked(),
        ));
    };
    let busy = Signal::derive(move || change.pending().get() || remove.pending().get());
    view! {
        <p>"Tend is locked with a passphrase."</p>
        <button type="button" class="button primary" on:click=move |_| lock::lock_now(state)>"Lock now"</button>
        <IdleChoice value=idle_choice/>
        <form class="stack" aria-label="Change or remove the passphrase" on:submit=on_change>
            <Field id="lock-current" label="Current passphrase" kind="password" value=current/>
            <Field id="lock-new" label="New passphrase" kind="password" value=new/>
            <Field id="lock-new-again" label="The new passphrase again" kind="password" value=again/>
            <div class="record-actions">
                <button type="submit" class="button" disabled=move || busy.get()>"Change the passphrase"</button>
                <button
                    type="button"
                    class="button quiet"
                    disabled=move || busy.get()
                    on:click=move |_| {
                        remove.dispatch(current.get_untracked());
                    }
                >
                    "Remove the lock"
                </button>
            </div>
        </form>
    }
}
