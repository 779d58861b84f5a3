//! Journal: write an entry for a day, read them back newest first.

use crate::state::{actions, clock, use_app};
use chrono::NaiveDate;
use leptos::prelude::*;

#[component]
pub fn Journal() -> impl IntoView {
    let state = use_app();
    let text = RwSignal::new(String::new());
    let day = RwSignal::new(clock::today().to_string());
    let error = RwSignal::new(None::<String>);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Ok(d) = day.get_untracked().parse::<NaiveDate>() else {
            error.set(Some("Please choose a valid date.".into()));
            return;
        };
        match actions::add_entry(state, d, &text.get_untracked()) {
            Ok(()) => {
                text.set(String::new());
                error.set(None);
            }
            Err(e) => error.set(Some(e)),
        }
    };
    let entries = move || {
        state.data.with(|d| {
            d.entries_newest_first()
                .into_iter()
                .cloned()
                .collect::<Vec<_>>()
        })
    };

    view! {
        <h1>"Journal"</h1>
        <section class="card" aria-labelledby="write">
            <h2 id="write">"Write"</h2>
            <form on:submit=save class="stack">
                <label for="entry-day">"Day"</label>
                <input id="entry-day" type="date" prop:value=move || day.get() on:input=move |ev| day.set(event_target_value(&ev)) />
                <label for="entry-text">"What is on your mind?"</label>
                <textarea
                    id="entry-text"
                    rows="5"
                    prop:value=move || text.get()
                    on:input=move |ev| text.set(event_target_value(&ev))
                    aria-describedby="entry-error"
                ></textarea>
                <p id="entry-error" class="field-error">{move || error.get()}</p>
                <button type="submit" class="button primary">"Save entry"</button>
            </form>
        </section>
        <section aria-labelledby="entries">
            <h2 id="entries">"Entries"</h2>
            <Show
                when=move || !entries().is_empty()
                fallback=|| view! { <p class="empty">"Nothing written yet. A single sentence is a fine start."</p> }
            >
                <ul class="record-list" aria-label="Journal entries">
                    <For each=entries key=|e| (e.stamp.id.clone(), e.stamp.updated_at) let:entry>
                        {
                            let id = entry.stamp.id.clone();
                            let when = clock::long_date(entry.day, true);
                            view! {
                                <li class="record entry">
                                    <p class="entry-day">{when.clone()}</p>
                                    <p class="entry-text">{entry.text.clone()}</p>
                                    <button
                                        type="button"
                                        class="button quiet"
                                        aria-label=format!("Delete the entry of {when}")
                                        on:click=move |_| actions::delete_entry(state, &id)
                                    >
                                        "Delete"
                                    </button>
                                </li>
                            }
                        }
                    </For>
                </ul>
            </Show>
        </section>
    }
}
