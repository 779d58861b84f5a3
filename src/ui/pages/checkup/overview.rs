//! The three check-ups, each with its latest result and a way in.

use super::{Screen, Target};
use crate::model::assessment::checkup::latest;
use crate::model::assessment::CheckupKind;
use crate::state::{clock::long_date, use_app};
use leptos::html::Button;
use leptos::prelude::*;

#[component]
pub(super) fn Overview(
    /// What the screen shows.
    screen: Screen,
) -> impl IntoView {
    let cards = CheckupKind::ALL
        .into_iter()
        .map(|kind| view! { <KindCard kind screen/> })
        .collect_view();
    view! {
        <section aria-labelledby="choose">
            <h2 id="choose">"Choose a check-up"</h2>
            <ul class="plain-list kinds-list">{cards}</ul>
        </section>
    }
}

/// One check-up: how long it is, when it was last taken with what score,
/// and buttons to begin it or see its last result.
#[component]
fn KindCard(
    /// Which check-up.
    kind: CheckupKind,
    /// What the screen shows.
    screen: Screen,
) -> impl IntoView {
    let state = use_app();
    let inst = kind.instrument();
    let title = inst.title;
    let last = Memo::new(move |_| {
        state
            .checkups
            .with(|c| latest(c, kind).and_then(|r| Some((r.day, r.score().ok()?.total()))))
    });
    let summary = move || {
        let last = match last.get() {
            Some((day, total)) => format!(
                "Last taken {}: {total} out of {}.",
                long_date(day, true),
                inst.max_total()
            ),
            None => "Not taken yet.".to_string(),
        };
        format!("{} questions. {last}", inst.questions.len())
    };
    let begin = NodeRef::<Button>::new();
    screen.land(Target::Begin(kind), move || begin.get().map(Into::into));
    view! {
        <li class="card kind">
            <h3>{title}</h3>
            <p>{summary}</p>
            <div class="record-actions">
                <button
                    type="button"
                    class="button primary"
                    aria-label=format!("Begin {title}")
                    node_ref=begin
                    on:click=move |_| screen.begin(kind)
                >
                    "Begin"
                </button>
                <Show when=move || last.with(Option::is_some)>
                    <button
                        type="button"
                        class="button quiet"
                        aria-label=format!("See last result, {title}")
                        on:click=move |_| screen.show_result(kind)
                    >
                        "See last result"
                    </button>
                </Show>
            </div>
        </li>
    }
}
