//! Today: the home screen. For now: a greeting, a check-up when one is due,
//! a quick journal line, and where to start. Due check-ins, challenge days
//! and milestones join later.

use crate::content::checkup as checkup_text;
use crate::model::assessment::checkup::{checkup_due, last_day};
use crate::state::{actions, clock, use_app, AppState, NoticeKind};
use crate::ui::components::dom::{el, reset, say, tx, txt, Form, Nodes, N};
use crate::ui::components::form::error_line;
use leptos::prelude::*;

#[component]
pub fn Today() -> impl IntoView {
    let state = use_app();
    let date = clock::long_date(clock::today(), false);
    view! {
        <h1>"Today"</h1>
        <p class="lead">{date}</p>
        <Nodes content=move |()| checkup(state) />
        <section class="card" aria-labelledby="quick-note">
            <h2 id="quick-note">"One line for today"</h2>
            <Nodes content=move |()| quick_note(state) />
        </section>
        <section class="card" aria-labelledby="start">
            <h2 id="start">"Where to start"</h2>
            <Nodes content=move |()| start(state) />
        </section>
    }
}

/// A check-up, suggested when none was taken in the last 30 days.
fn checkup(state: AppState) -> N {
    let last = state.data.with(|d| last_day(&d.checkups));
    if !checkup_due(last, clock::today()) {
        return el("div", vec![]);
    }
    let text = if last.is_some() {
        checkup_text::DUE
    } else {
        checkup_text::FIRST
    };
    el(
        "section",
        vec![
            tx("h2", "A check-up").at("id", "checkup-due"),
            tx("p", text),
            tx("a", "Go to Check-up")
                .at("class", "button primary")
                .at("href", "#/checkup"),
        ],
    )
    .at("class", "card suggest")
    .at("aria-labelledby", "checkup-due")
}

fn quick_note(state: AppState) -> N {
    let save = move |ev: &web_sys::Event| match actions::add_entry(
        state,
        clock::today(),
        &Form::of(ev).text("today-note"),
    ) {
        Ok(()) => {
            reset(ev);
            say(ev, "");
            state.notify(NoticeKind::Info, "Saved to your journal.", None);
        }
        Err(e) => say(ev, &e),
    };
    el(
        "form",
        vec![
            tx("label", "Who did you connect with, or who is on your mind?")
                .at("for", "today-note"),
            el("textarea", vec![])
                .at("id", "today-note")
                .at("name", "today-note")
                .at("rows", 3),
            error_line(),
            tx("button", "Save to journal")
                .at("type", "submit")
                .at("class", "button primary"),
        ],
    )
    .at("class", "stack")
    .on("submit", save)
}

fn start(state: AppState) -> N {
    let (people, entries) = state
        .data
        .with(|d| (d.live_people().count(), d.entries_newest_first().len()));
    let item = |href: &str, name: &str, rest: String| {
        el("li", vec![tx("a", name).at("href", href), txt(rest)])
    };
    el(
        "ul",
        vec![
            item("#/people", "People", format!(" — {people} in your circle so far.")),
            item(
                "#/journal",
                "Journal",
                match entries {
                    1 => " — 1 entry.".to_string(),
                    n => format!(" — {n} entries."),
                },
            ),
            item(
                "#/settings",
                "Settings",
                " — export a backup whenever you like; your data never leaves this device otherwise.".into(),
            ),
        ],
    )
    .at("class", "plain-list")
}
