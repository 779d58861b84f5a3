//! The weekly review (four questions, saved as one review entry) and the
//! mood and connection chart, week by week.

use crate::content::prompts::REVIEW;
use crate::model::journal::review::{last_review_day, review_due, review_text, weekly_series};
use crate::model::journal::{EntryInput, EntryKind};
use crate::state::{actions, use_app, NoticeKind};
use crate::ui::components::chart::WeeklyChart;
use crate::ui::components::form::{ErrorLine, Submit, TextArea};
use leptos::prelude::*;

#[component]
pub fn Review() -> impl IntoView {
    let state = use_app();
    let due = Memo::new(move |_| {
        let today = state.today.get();
        state
            .journal
            .with(|j| review_due(today, last_review_day(j)))
    });
    let answers: Vec<RwSignal<String>> = REVIEW
        .iter()
        .map(|_| RwSignal::new(String::new()))
        .collect();
    let error = RwSignal::new(String::new());
    let fields = answers
        .iter()
        .zip(REVIEW)
        .enumerate()
        .map(|(i, (a, q))| view! { <TextArea id=format!("r-{i}") label=q value=*a/> })
        .collect_view();
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let texts: Vec<String> = answers.iter().map(|a| a.get_untracked()).collect();
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let input = EntryInput {
            day: state.today.get_untracked(),
            text: review_text(&refs),
            kind: EntryKind::Review,
            ..EntryInput::default()
        };
        match actions::save_entry(state, None, input) {
            Ok(()) => {
                for a in &answers {
                    a.set(String::new());
                }
                error.set(String::new());
                state.notify(
                    NoticeKind::Info,
                    "Review saved. Today will show your plan.",
                    None,
                );
            }
            Err(_) => error.set("Answer at least one question first.".into()),
        }
    };
    view! {
        <form class="stack" aria-label="Weekly review" on:submit=save>
            <p>
                {move || {
                    if due.get() {
                        "A good moment to look back on your week: what nourished you, what drained you, and one plan for the next."
                    } else {
                        "Your review for this week is done. You can add another whenever you like."
                    }
                }}
            </p>
            {fields}
            <ErrorLine error/>
            <Submit label="Save review"/>
        </form>
    }
}

/// Mood beside contacts, week by week, for the last twelve weeks.
#[component]
pub fn Trend() -> impl IntoView {
    let state = use_app();
    let points = Memo::new(move |_| {
        let today = state.today.get();
        state
            .journal
            .with(|j| state.interactions.with(|i| weekly_series(j, i, today, 12)))
    });
    move || view! { <WeeklyChart points=points.get()/> }
}
