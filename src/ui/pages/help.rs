//! Help: a short guide to every screen and answers to common questions,
//! each naming the articles it draws on. `#/help/<slug>` opens at one of
//! them (each screen's "More in Help" link).

use crate::content::help::{FAQ, GUIDES};
use crate::route::{sub, Route};
use crate::ui::components::guidance::{GuideBody, Sources};
use crate::ui::components::hash::{after_navigation, use_hash};
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;

/// The element id of a guide's or an answer's section.
fn section_id(slug: &str) -> String {
    format!("help-{slug}")
}

/// Brings the section `slug` into view and puts focus on its heading.
fn show_section(slug: &str) {
    let heading = document()
        .get_element_by_id(&format!("{}-title", section_id(slug)))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(h) = heading {
        h.scroll_into_view();
        let _ = h.focus();
    }
}

#[component]
pub fn Help() -> impl IntoView {
    let hash = use_hash();
    let slug = Memo::new(move |_| sub(&hash.get()));
    Effect::new(move |_| {
        if let Some(s) = slug.get() {
            after_navigation(move || show_section(&s));
        }
    });
    let topics = GUIDES
        .iter()
        .map(|g| (g.slug, g.screen))
        .chain(FAQ.iter().map(|f| (f.slug, f.question)))
        .map(|(slug, text)| {
            view! {
                <li>
                    <a href=crate::route::sub_hash(Route::Help, slug)>{text}</a>
                </li>
            }
        })
        .collect_view();
    let guides = GUIDES
        .iter()
        .map(|g| {
            let id = section_id(g.slug);
            let title = format!("{id}-title");
            let labelled_by = title.clone();
            let screen_hash = Route::NAV
                .into_iter()
                .find(|r| r.label() == g.screen)
                .map(Route::hash)
                .unwrap_or("#/");
            view! {
                <section class="card" id=id aria-labelledby=labelled_by>
                    <h3 id=title tabindex="-1">{g.screen}</h3>
                    <GuideBody guide=g/>
                    <a href=screen_hash>{format!("Go to {}", g.screen)}</a>
                </section>
            }
        })
        .collect_view();
    let answers = FAQ
        .iter()
        .map(|f| {
            let id = section_id(f.slug);
            let title = format!("{id}-title");
            let labelled_by = title.clone();
            view! {
                <section class="card" id=id aria-labelledby=labelled_by>
                    <h3 id=title tabindex="-1">{f.question}</h3>
                    {f.answer.iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
                    <Sources articles=f.sources/>
                </section>
            }
        })
        .collect_view();
    view! {
        <h1>"Help"</h1>
        <p class="lead">
            "How each screen works, and answers to the questions people ask most. Every piece says which \
             articles it draws on; "
            <a href=Route::About.hash()>"About"</a>
            " lists them."
        </p>
        <nav class="card" aria-labelledby="help-topics">
            <h2 id="help-topics">"Topics"</h2>
            <ul class="plain-list topics">{topics}</ul>
        </nav>
        <section aria-labelledby="help-screens">
            <h2 id="help-screens">"The screens"</h2>
            {guides}
        </section>
        <section aria-labelledby="help-questions">
            <h2 id="help-questions">"Questions"</h2>
            {answers}
        </section>
    }
}
