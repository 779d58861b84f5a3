//! How Tend's data is kept, in plain words: whether the browser promised to
//! keep it, Safari's seven days (and the Home Screen, which avoids them),
//! when the last backup was made, and how often Today offers one.

use crate::model::prefs::days_ago_words;
use crate::state::{clock, keep, use_app};
use crate::ui::components::form::Select;
use leptos::prelude::*;

/// The spans Today's backup reminder can wait for, in days (0: never).
const SPANS: [(u16, &str); 5] = [
    (7, "After a week"),
    (14, "After two weeks"),
    (30, "After a month"),
    (90, "After three months"),
    (0, "Never"),
];

#[component]
pub fn Keeping() -> impl IntoView {
    let state = use_app();
    let prefs = Memo::new(move |_| keep::prefs(state));
    let promise = move || {
        match state.persisted.get() {
        Some(true) => "This browser has promised to keep Tend's data: it will not clear it to make room.",
        Some(false) => {
            "This browser has not promised to keep Tend's data, so it may clear it if the device runs \
             short of space. A backup now and then keeps it safe."
        }
        None => "This browser does not say whether it will keep Tend's data; a backup now and then keeps it safe.",
    }
    };
    let last = move || match prefs.with(|p| p.last_backup) {
        Some(t) => format!(
            "Last backup: {}.",
            days_ago_words((clock::now() - t).num_days())
        ),
        None => "No backup made yet.".to_string(),
    };
    let span = RwSignal::new(prefs.with_untracked(|p| p.backup_days.to_string()));
    Effect::new(move |prev: Option<String>| {
        let chosen = span.get();
        if prev.is_some_and(|p| p != chosen) {
            if let Ok(days) = chosen.parse::<u16>() {
                keep::update(state, |p| p.backup_days = days);
            }
        }
        chosen
    });
    let spans: Vec<(String, String)> = SPANS
        .iter()
        .map(|(d, l)| (d.to_string(), l.to_string()))
        .collect();
    let safari = keep::is_safari() && !keep::is_standalone();
    view! {
        <h3>"Keeping your data"</h3>
        <p id="kept-promise">{promise}</p>
        {safari.then(|| view! {
            <p id="safari-note">
                "In Safari, a website's data may be cleared after seven days without a visit, and asking \
                 the browser to keep it does not change that. Added to your Home Screen, Tend keeps its \
                 data: tap the Share button, then “Add to Home Screen”, and open Tend from there."
            </p>
        })}
        <p id="last-backup">{last}</p>
        <Select id="backup-span" label="Offer a backup on Today" options=spans value=span/>
    }
}
