//! An entry's mood as a row of five labelled choices, 1 (very low) to 5
//! (very good), with a way to leave it out again.
//!
//! A stored mood is `None` or 1–5 (`model::journal::MOOD_MIN..=MOOD_MAX`):
//! six states, five of them moods. The row shows the five; "no mood" is the
//! row with nothing chosen, so an entry without a mood opens that way and is
//! saved that way unless a mood is picked, and "Clear mood" takes a choice
//! back (radio buttons cannot be unticked). Nothing stored is lost or
//! changed by how the row looks.

use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// (value, number, word), lowest first.
const MOODS: [(&str, &str, &str); 5] = [
    ("1", "1", "Very low"),
    ("2", "2", "Low"),
    ("3", "3", "Okay"),
    ("4", "4", "Good"),
    ("5", "5", "Very good"),
];

/// The mood row of an entry form.
#[component]
pub fn MoodRow(
    /// The radio group's name; unique on the page.
    #[prop(into)]
    name: String,
    /// "1" to "5", or "" for no mood.
    value: RwSignal<String>,
) -> impl IntoView {
    let choices = MOODS
        .into_iter()
        .map(|(v, n, word)| {
            let name = name.clone();
            view! {
                <label>
                    <input
                        type="radio"
                        name=name
                        value=v
                        prop:checked=move || value.with(|m| m == v)
                        on:change=move |_| value.set(v.to_string())
                    />
                    <span>
                        <span class="mood-n">{n}</span>
                        " "
                        <span class="mood-word">{word}</span>
                    </span>
                </label>
            }
        })
        .collect_view();
    let row = NodeRef::<Div>::new();
    // The button goes once the mood is cleared: focus moves to the row, so
    // it stays where the person is.
    let clear = move |_| {
        value.set(String::new());
        let first = row
            .get_untracked()
            .and_then(|r| r.query_selector("input").ok().flatten())
            .and_then(|i| i.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(i) = first {
            let _ = i.focus();
        }
    };
    view! {
        <fieldset class="segmented mood-row">
            <legend>"Mood (optional)"</legend>
            <div class="segments" node_ref=row>{choices}</div>
            <Show when=move || value.with(|m| !m.is_empty())>
                <button type="button" class="button quiet small" on:click=clear>
                    "Clear mood"
                </button>
            </Show>
        </fieldset>
    }
}
