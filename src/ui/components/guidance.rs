//! Guidance on the screen it is about: a screen's "How this works" note
//! (its guide from `content::help`, with a way to the Help screen), and
//! the line under a piece of advice naming the articles it draws on.

use crate::content::help::{Guide, TEND_ITSELF};
use crate::content::sources::{drawn_from, Article};
use crate::route::{sub_hash, Route};
use leptos::prelude::*;

/// "Drawn from: …", or that the piece is about Tend itself.
#[component]
pub fn Sources(
    /// The articles the piece draws on; none when it is about Tend itself.
    articles: &'static [Article],
) -> impl IntoView {
    let text = if articles.is_empty() {
        TEND_ITSELF.to_string()
    } else {
        drawn_from(articles)
    };
    view! { <p class="sources">{text}</p> }
}

/// A screen's guide, folded under its heading until asked for.
#[component]
pub fn HowThisWorks(
    /// The screen's guide.
    guide: &'static Guide,
) -> impl IntoView {
    view! {
        <details class="how">
            <summary>"How this works"</summary>
            <div class="how-body">
                <GuideBody guide/>
                <p>
                    <a href=sub_hash(Route::Help, guide.slug)>"More in Help"</a>
                </p>
            </div>
        </details>
    }
}

/// What a guide says: its summary, its points and its sources.
#[component]
pub fn GuideBody(
    /// The guide.
    guide: &'static Guide,
) -> impl IntoView {
    view! {
        <p>{guide.summary}</p>
        <ul>{guide.points.iter().map(|p| view! { <li>{*p}</li> }).collect_view()}</ul>
        <Sources articles=guide.sources/>
    }
}
