//! The passphrase lock: set it, choose when it closes by itself, lock now,
//! change the passphrase, or remove the lock.

use crate::state::{use_app, vault, AppState, NoticeKind};
use crate::ui::components::form::{Choices, Field};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::future::Future;

const IDLE: [(u32, &str); 4] = [
    (5, "After 5 minutes"),
    (15, "After 15 minutes"),
    (60, "After an hour"),
    (0, "Never (only when I choose Lock now)"),
];

/// Runs `job` with `busy` set, telling the person how it went.
fn run<F>(state: AppState, busy: RwSignal<bool>, job: F, done: impl Fn() + 'static)
where
    F: Future<Output = Result<String, String>> + 'static,
{
    busy.set(true);
    spawn_local(async move {
        let result = job.await;
        busy.set(false);
        match result {
            Ok(msg) => {
                done();
                state.notify_topic("lock", NoticeKind::Info, msg, None);
            }
            Err(e) => {
                state.notify_topic("lock", NoticeKind::Error, e, None);
            }
        }
    });
}

#[component]
pub fn Lock() -> impl IntoView {
    let state = use_app();
    view! {
        <p>
            "With a passphrase, everything Tend keeps in this browser is encrypted, and Tend asks for the \
             passphrase when it starts and after it has been left alone. "
            <strong>"A forgotten passphrase cannot be recovered: keep an ordinary backup somewhere safe."</strong>
        </p>
        {move || match state.lock_idle.get() {
            None => view! { <SetLock/> }.into_any(),
            Some(idle) => view! { <LockSet idle/> }.into_any(),
        }}
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

#[component]
fn SetLock() -> impl IntoView {
    let state = use_app();
    let passphrase = RwSignal::new(String::new());
    let again = RwSignal::new(String::new());
    let idle = RwSignal::new("15".to_string());
    let busy = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (p, a) = (passphrase.get_untracked(), again.get_untracked());
        let minutes = idle.get_untracked().parse().unwrap_or(15);
        let clear = move || {
            passphrase.set(String::new());
            again.set(String::new());
        };
        run(
            state,
            busy,
            async move { vault::set_lock(state, &p, &a, minutes).await },
            clear,
        );
    };
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
fn LockSet(
    /// The minutes of idleness after which it locks.
    idle: u32,
) -> impl IntoView {
    let state = use_app();
    let idle_choice = RwSignal::new(idle.to_string());
    Effect::new(move |prev: Option<String>| {
        let chosen = idle_choice.get();
        if prev.is_some_and(|p| p != chosen) {
            vault::set_idle(state, chosen.parse().unwrap_or(15));
        }
        chosen
    });
    let current = RwSignal::new(String::new());
    let new = RwSignal::new(String::new());
    let again = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let change = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (c, n, a) = (
            current.get_untracked(),
            new.get_untracked(),
            again.get_untracked(),
        );
        let clear = move || {
            current.set(String::new());
            new.set(String::new());
            again.set(String::new());
        };
        run(
            state,
            busy,
            async move { vault::change(state, &c, &n, &a).await },
            clear,
        );
    };
    let remove = move |_| {
        let c = current.get_untracked();
        run(
            state,
            busy,
            async move { vault::remove_lock(state, &c).await },
            move || current.set(String::new()),
        );
    };
    view! {
        <p>"Tend is locked with a passphrase."</p>
        <button type="button" class="button primary" on:click=move |_| vault::lock_now(state)>"Lock now"</button>
        <IdleChoice value=idle_choice/>
        <form class="stack" aria-label="Change or remove the passphrase" on:submit=change>
            <Field id="lock-current" label="Current passphrase" kind="password" value=current/>
            <Field id="lock-new" label="New passphrase" kind="password" value=new/>
            <Field id="lock-new-again" label="The new passphrase again" kind="password" value=again/>
            <div class="record-actions">
                <button type="submit" class="button" disabled=move || busy.get()>"Change the passphrase"</button>
                <button type="button" class="button quiet" disabled=move || busy.get() on:click=remove>
                    "Remove the lock"
                </button>
            </div>
        </form>
    }
}
