//! Journal: write with a prompt, a mood, tags and the people it is about;
//! find entries again by words, tag, person, mood or dates; see the month at
//! a glance; look back on this day; review the week; export as Markdown.
//!
//! The rules (search, filters, calendar, review, prompts, Markdown) live in
//! `model::journal`, `content::prompts` and `formats::markdown`; this screen
//! asks and shows.

mod entries;
mod entry_form;
mod month;
mod prompts;
mod review;
mod write;

use crate::content::help;
use crate::state::{actions, use_app};
use crate::ui::components::form::Card;
use crate::ui::components::guidance::HowThisWorks;
use entries::Entries;
use leptos::prelude::*;
use month::{LookBack, Month};
use prompts::OwnPrompts;
use review::{Review, Trend};
use write::Write;

#[component]
pub fn Journal() -> impl IntoView {
    let state = use_app();
    view! {
        <h1>"Journal"</h1>
        <HowThisWorks guide=&help::JOURNAL/>
        <Card id="write" title="Write">
            <Write/>
        </Card>
        <section aria-labelledby="entries">
            <h2 id="entries">"Entries"</h2>
            <Entries/>
        </section>
        <Card id="calendar" title="Your month">
            <Month/>
        </Card>
        <LookBack/>
        <Card id="review" title="Weekly review">
            <Review/>
        </Card>
        <Card id="trend" title="Mood and connection">
            <Trend/>
        </Card>
        <Card id="own-prompts" title="Your own prompts">
            <OwnPrompts/>
        </Card>
        <Card id="export-journal" title="Export">
            <p>"Your whole journal as one Markdown file: a heading per day, with moods, tags and people."</p>
            <button type="button" class="button" on:click=move |_| actions::export_journal(state)>
                "Export as Markdown"
            </button>
        </Card>
    }
}
