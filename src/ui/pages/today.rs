//! Today: the home screen. For now: a greeting, a quick journal line, and
//! where to start. Due check-ins, challenge days and milestones join later.

use crate::state::{actions, clock, use_app, NoticeKind};
use leptos::prelude::*;

#[component]
pub fn Today() -> impl IntoView {
    let state = use_app();
    let text = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let people = move || state.data.with(|d| d.live_people().count());
    let entries = move || state.data.with(|d| d.entries_newest_first().len());
    let date = clock::long_date(clock::today(), false);

    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match actions::add_entry(state, clock::today(), &text.get_untracked()) {
            Ok(()) => {
                text.set(String::new());
                error.set(None);
                state.notify(NoticeKind::Info, "Saved to your journal.", None);
            }
            Err(e) => error.set(Some(e)),
        }
    };

    view! {
        <h1>"Today"</h1>
        <p class="lead">{date}</p>
        <section class="card" aria-labelledby="quick-note">
            <h2 id="quick-note">"One line for today"</h2>
            <form on:submit=save class="stack">
                <label for="today-note">"Who did you connect with, or who is on your mind?"</label>
                <textarea
                    id="today-note"
                    rows="3"
                    prop:value=move || text.get()
                    on:input=move |ev| text.set(event_target_value(&ev))
                    aria-describedby="today-note-error"
                ></textarea>
                <p id="today-note-error" class="field-error">{move || error.get()}</p>
                <button type="submit" class="button primary">"Save to journal"</button>
            </form>
        </section>
        <section class="card" aria-labelledby="start">
            <h2 id="start">"Where to start"</h2>
            <ul class="plain-list">
                <li>
                    <a href="#/people">"People"</a>
                    {move || format!(" — {} in your circle so far.", people())}
                </li>
                <li>
                    <a href="#/journal">"Journal"</a>
                    {move || match entries() {
                        1 => " — 1 entry.".to_string(),
                        n => format!(" — {n} entries."),
                    }}
                </li>
                <li>
                    <a href="#/settings">"Settings"</a>
                    " — export a backup whenever you like; your data never leaves this device otherwise."
                </li>
            </ul>
        </section>
    }
}
