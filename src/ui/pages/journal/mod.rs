//! Journal, in four views, each with its own hash so reload and the back
//! button work (`route::JournalView`):
//!
//! - **Write** (`#/journal`, `#/journal/write`): a prompt, the text, a mood,
//!   tags and the people it is about; your own prompts sit beside Tend's.
//! - **Entries** (`#/journal/entries`): find entries again by words, tag,
//!   person, mood or dates; edit or delete them; export them as Markdown.
//! - **Month** (`#/journal/month`): the month at a glance, and what was
//!   written on this day in earlier years.
//! - **Review** (`#/journal/review`): the weekly review, and mood and
//!   contacts over time.
//!
//! The rules (search, filters, calendar, review, prompts, Markdown) live in
//! `model::journal`, `content::prompts` and `formats::markdown`; this screen
//! asks and shows.

mod entries;
mod entry_form;
mod entry_text;
mod month;
mod mood;
mod prompts;
mod review;
mod write;

use crate::content::help;
use crate::route::JournalView;
use crate::state::{actions, use_app};
use crate::ui::components::form::Card;
use crate::ui::components::guidance::HowThisWorks;
use crate::ui::components::hash::while_here;
use entries::Entries;
use leptos::prelude::*;
use month::{LookBack, Month};
use prompts::OwnPrompts;
use review::{MoodChart, Review};
use write::Write;

fn current_view() -> JournalView {
    JournalView::from_hash(&location().hash().unwrap_or_default())
}

#[component]
pub fn Journal() -> impl IntoView {
    use_app().whole_logs();
    let view = RwSignal::new(current_view());
    // The views change with the hash (a link, back, forward) without the
    // screen being rebuilt, so the Journal's own navigation keeps focus.
    let listener = window_event_listener_untyped("hashchange", move |_| {
        let v = current_view();
        if view.get_untracked() != v {
            view.set(v);
        }
    });
    on_cleanup(move || listener.remove());
    // Each view names the page. At the next frame: after the shell has
    // named it for the screen, when the screen was just opened; and not
    // once the Journal is left, or it would rename the next screen.
    Effect::new(move |_| {
        let v = view.get();
        request_animation_frame(while_here(move || {
            document().set_title(&format!("{} · Journal · Tend", v.label()))
        }));
    });
    let showing = move |v: JournalView| move || view.get() == v;
    let writing = Memo::new(move |_| view.get() == JournalView::Write);
    let listing = Memo::new(move |_| view.get() == JournalView::Entries);
    // Built the first time Entries is opened, then kept.
    let entries_opened = Memo::new(move |seen: Option<&bool>| {
        seen.copied().unwrap_or(false) || view.get() == JournalView::Entries
    });
    view! {
        <h1>"Journal"</h1>
        <HowThisWorks guide=&help::JOURNAL/>
        <Views current=view/>
        // Write stays built while another view is open, only hidden: what
        // is being written (the words, the prompt chosen, the offer to log
        // a contact) is all still there on coming back, and never waits on
        // the draft being kept.
        <div hidden=move || !writing.get()>
            <WriteView/>
        </div>
        // Entries likewise, once opened: an entry's editor (and what is
        // typed in it) waits there while another view is open.
        <Show when=move || entries_opened.get()>
            <div hidden=move || !listing.get()>
                <EntriesView visible=listing/>
            </div>
        </Show>
        <Show when=showing(JournalView::Month)>
            <Card id="calendar" title="Your month">
                <Month/>
            </Card>
            <LookBack/>
        </Show>
        <Show when=showing(JournalView::Review)>
            <Card id="review" title="Weekly review">
                <Review/>
            </Card>
            <Card id="trend" title="Mood over time">
                <MoodChart/>
            </Card>
        </Show>
    }
}

/// The Journal's own navigation: a link per view, the current one marked.
#[component]
fn Views(
    /// The view shown.
    current: RwSignal<JournalView>,
) -> impl IntoView {
    let links = JournalView::ALL
        .into_iter()
        .map(|v| {
            view! {
                <li>
                    <a href=v.hash() aria-current=move || (current.get() == v).then_some("page")>
                        {v.label()}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="views" aria-label="Journal views">
            <ul>{links}</ul>
        </nav>
    }
}

/// Writing, with your own prompts to hand (closed until wanted).
#[component]
fn WriteView() -> impl IntoView {
    view! {
        <Card id="write" title="Write">
            <Write/>
            <details class="own-prompts">
                <summary>"Your own prompts"</summary>
                <p class="hint">"Questions you would like to be asked. “Another prompt” offers them with Tend’s own."</p>
                <OwnPrompts/>
            </details>
        </Card>
    }
}

/// The entries, found again, and the whole journal as one file.
#[component]
fn EntriesView(
    /// Whether the view is the one open (it stays built, hidden, while
    /// another is).
    visible: Memo<bool>,
) -> impl IntoView {
    let state = use_app();
    view! {
        <section aria-labelledby="entries">
            <div class="view-head">
                <h2 id="entries">"Entries"</h2>
                <button
                    type="button"
                    class="button quiet"
                    aria-describedby="export-what"
                    on:click=move |_| actions::export_journal(state)
                >
                    "Export as Markdown"
                </button>
                <p id="export-what" class="hint">
                    "One Markdown file of your whole journal: a heading per day, with moods, tags and people."
                </p>
            </div>
            <Entries visible/>
        </section>
    }
}
