//! Journal: write an entry for a day, read them back newest first.

use crate::model::day;
use crate::state::{actions, clock, use_app, AppState};
use crate::ui::components::dom::{button, el, reset, say, tx, Form, Nodes, N};
use crate::ui::components::form::{error_line, field};
use leptos::prelude::*;

#[component]
pub fn Journal() -> impl IntoView {
    let state = use_app();
    view! {
        <h1>"Journal"</h1>
        <section class="card" aria-labelledby="write">
            <h2 id="write">"Write"</h2>
            <Nodes content=move |()| write_form(state) />
        </section>
        <section aria-labelledby="entries">
            <h2 id="entries">"Entries"</h2>
            <Nodes content=move |()| entries(state) />
        </section>
    }
}

fn write_form(state: AppState) -> N {
    let save = move |ev: &web_sys::Event| {
        let f = Form::of(ev);
        let Some(d) = day::parse(&f.text("entry-day")) else {
            say(ev, "Please choose a valid date.");
            return;
        };
        match actions::add_entry(state, d, &f.text("entry-text")) {
            Ok(()) => {
                reset(ev);
                say(ev, "");
            }
            Err(e) => say(ev, &e),
        }
    };
    el(
        "form",
        vec![
            field("entry-day", "Day", "date", &clock::today().to_string()),
            tx("label", "What is on your mind?").at("for", "entry-text"),
            el("textarea", vec![])
                .at("id", "entry-text")
                .at("name", "entry-text")
                .at("rows", 5),
            error_line(),
            tx("button", "Save entry")
                .at("type", "submit")
                .at("class", "button primary"),
        ],
    )
    .at("class", "stack")
    .on("submit", save)
}

fn entries(state: AppState) -> N {
    let items: Vec<N> = state.data.with(|d| {
        d.entries_newest_first()
            .into_iter()
            .map(|e| {
                let id = e.stamp.id.clone();
                let when = clock::long_date(e.day, true);
                el(
                    "li",
                    vec![
                        tx("p", when.clone()).at("class", "entry-day"),
                        tx("p", e.text.clone()).at("class", "entry-text"),
                        button("button quiet", "Delete", move |_| {
                            actions::delete_entry(state, &id)
                        })
                        .at("aria-label", format!("Delete the entry of {when}")),
                    ],
                )
                .at("class", "record entry")
            })
            .collect()
    });
    if items.is_empty() {
        return tx(
            "p",
            "Nothing written yet. A single sentence is a fine start.",
        )
        .at("class", "empty");
    }
    el("ul", items)
        .at("class", "record-list")
        .at("aria-label", "Journal entries")
}
