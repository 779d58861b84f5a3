//! Form controls shared by every screen, each bound to a signal the form
//! owns: a labelled field, a text area, a select, a radio group, a group of
//! checkboxes, a file chooser, the line where a form says what went wrong,
//! and its submit button.
//!
//! Choices carry stored codes (`"in"`, `"call"`) or record ids as their
//! values, never positions, so what the DOM sends back is read with the
//! same `TryFrom` that reads stored data: anything unknown is refused.

use super::icon::{Glyph, Icon};
use crate::state::ActionError;
use leptos::prelude::*;
use std::collections::BTreeSet;
use thiserror::Error;

/// What a form read back and could not take; shown on its error line.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum FormError {
    /// Nothing (or nothing Tend offered) was chosen: "Please choose {0}."
    #[error("Please choose {0}.")]
    Choose(&'static str),
    /// A radio value that is not one of the answers offered.
    #[error("\"{0}\" is not one of the answers to choose from.")]
    NotAnAnswer(String),
    #[error("One of the ticked boxes is not a choice Tend knows.")]
    UnknownBox,
    #[error("That person is no longer in People; please choose again.")]
    PersonGone,
    /// A challenge's day without one of the actions offered (its number).
    #[error("Day {0}: please choose one of the actions.")]
    DayAction(usize),
    #[error("Please choose a mood from 1 to 5, or leave it out.")]
    Mood,
    /// A date the model refused, in its words.
    #[error("{0}")]
    Date(String),
    #[error(transparent)]
    Action(#[from] ActionError),
    /// A phone number or email address that cannot be one.
    #[error(transparent)]
    Contact(#[from] crate::model::contact::ContactError),
}

/// A `(value, label)` option of a select, radio group or checkbox group.
pub type Opt = (String, String);

/// Options from values and how each is named, the value being its code.
pub fn coded<T: Copy + Into<&'static str>>(
    all: &[T],
    label: impl Fn(T) -> &'static str,
) -> Vec<Opt> {
    all.iter()
        .map(|v| ((*v).into().to_string(), label(*v).to_string()))
        .collect()
}

/// A labelled `<input>`, bound to `value` as it is typed.
#[component]
pub fn Field(
    /// The input's id and name; its label points at it.
    #[prop(into)]
    id: String,
    /// The visible label.
    #[prop(into)]
    label: String,
    /// The input's `type` ("text", "date", "number", "search").
    #[prop(default = "text")]
    kind: &'static str,
    /// What the input holds.
    value: RwSignal<String>,
) -> impl IntoView {
    view! {
        <span class="field">
            <label for=id.clone()>{label}</label>
            <input id=id.clone() name=id type=kind autocomplete="off" bind:value=value/>
        </span>
    }
}

/// A labelled `<textarea>`, bound to `value` as it is typed.
#[component]
pub fn TextArea(
    /// The text area's id and name; its label points at it.
    #[prop(into)]
    id: String,
    /// The visible label (the question being answered).
    #[prop(into)]
    label: String,
    /// What the text area holds.
    value: RwSignal<String>,
    /// Visible lines.
    #[prop(default = 3)]
    rows: u32,
    /// For moving focus to it.
    #[prop(optional)]
    node_ref: NodeRef<leptos::html::Textarea>,
) -> impl IntoView {
    view! {
        <label for=id.clone()>{label}</label>
        <textarea id=id.clone() name=id rows=rows bind:value=value node_ref=node_ref></textarea>
    }
}

/// A labelled `<select>` of `options`, bound to the chosen value.
#[component]
pub fn Select(
    /// The select's id and name; its label points at it.
    #[prop(into)]
    id: String,
    /// The visible label.
    #[prop(into)]
    label: String,
    /// `(value, label)` pairs, in the order shown.
    #[prop(into)]
    options: Signal<Vec<Opt>>,
    /// The chosen value.
    value: RwSignal<String>,
) -> impl IntoView {
    view! {
        <span class="field">
            <label for=id.clone()>{label}</label>
            <select id=id.clone() name=id on:change:target=move |ev| value.set(ev.target().value())>
                {move || {
                    options
                        .get()
                        .into_iter()
                        .map(|(v, text)| {
                            let this = v.clone();
                            view! {
                                <option value=v prop:selected=move || value.with(|c| *c == this)>
                                    {text}
                                </option>
                            }
                        })
                        .collect_view()
                }}
            </select>
        </span>
    }
}

/// A single choice: radio buttons in a fieldset whose legend is the
/// question. Arrow keys move between the options, as browsers do natively.
#[component]
pub fn Choices(
    /// The radio group's name.
    #[prop(into)]
    name: String,
    /// The question, as the fieldset's legend.
    #[prop(into)]
    legend: String,
    /// `(value, label)` pairs, in the order shown.
    options: Vec<Opt>,
    /// The chosen value ("" for none yet).
    value: RwSignal<String>,
    /// When true, the legend says the question still needs an answer.
    #[prop(optional, into)]
    missing: Signal<bool>,
    /// The fieldset's id, when something must point at it.
    #[prop(optional, into)]
    id: Option<String>,
) -> impl IntoView {
    let radios = options
        .into_iter()
        .map(|(v, text)| {
            let checked = v.clone();
            let name = name.clone();
            view! {
                <label>
                    <input
                        type="radio"
                        name=name
                        value=v.clone()
                        prop:checked=move || value.get() == checked
                        on:change=move |_| value.set(v.clone())
                    />
                    " "
                    {text}
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="choices" class:missing=move || missing.get() id=id>
            <legend>
                {legend}
                <span class="missing-note">{move || if missing.get() { " Not answered yet." } else { "" }}</span>
            </legend>
            {radios}
        </fieldset>
    }
}

/// Several independent yes/no choices: checkboxes in a fieldset.
#[component]
pub fn Checks(
    /// The checkbox group's name.
    #[prop(into)]
    name: String,
    /// What the boxes are about, as the fieldset's legend.
    #[prop(into)]
    legend: String,
    /// `(value, label)` pairs, in the order shown.
    options: Vec<Opt>,
    /// The values ticked.
    value: RwSignal<BTreeSet<String>>,
) -> impl IntoView {
    let boxes = options
        .into_iter()
        .map(|(v, text)| {
            let on = v.clone();
            let name = name.clone();
            view! {
                <label>
                    <input
                        type="checkbox"
                        name=name
                        value=v.clone()
                        prop:checked=move || value.with(|set| set.contains(&on))
                        on:change:target=move |ev| {
                            let ticked = ev.target().checked();
                            value.update(|set| {
                                if ticked {
                                    set.insert(v.clone());
                                } else {
                                    set.remove(&v);
                                }
                            })
                        }
                    />
                    " "
                    {text}
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="choices checks">
            <legend>{legend}</legend>
            {boxes}
        </fieldset>
    }
}

/// A file input drawn as a button, with the name of the file chosen beside
/// it. The input is emptied after each choice, so choosing the same file
/// again (after fixing it, say) is noticed.
#[component]
pub fn FileButton(
    /// The input's id; its label points at it.
    #[prop(into)]
    id: String,
    /// The button's words, which name the input.
    #[prop(into)]
    label: String,
    /// The kinds of file offered (`accept`).
    accept: &'static str,
    /// Runs with the file chosen.
    on_file: Callback<web_sys::File>,
) -> impl IntoView {
    let chosen = RwSignal::new(None::<String>);
    let name_id = format!("{id}-name");
    let change = move |ev: leptos::ev::Targeted<leptos::ev::Event, web_sys::HtmlInputElement>| {
        let input = ev.target();
        let file = input.files().and_then(|f| f.get(0));
        input.set_value("");
        if let Some(file) = file {
            chosen.set(Some(file.name()));
            on_file.run(file);
        }
    };
    view! {
        <span class="file">
            <input
                id=id.clone()
                class="file-input"
                type="file"
                accept=accept
                aria-describedby=name_id.clone()
                on:change:target=change
            />
            <label for=id class="button">
                <Icon glyph=Glyph::File/>
                {label}
            </label>
            <span class="file-name" id=name_id>
                {move || chosen.get().unwrap_or_else(|| "No file chosen".to_string())}
            </span>
        </span>
    }
}

/// Where a form says what went wrong, announced as it appears.
#[component]
pub fn ErrorLine(
    /// The message; empty when all is well.
    error: RwSignal<String>,
) -> impl IntoView {
    view! { <p class="field-error" role="alert">{move || error.get()}</p> }
}

/// The button that sends a form.
#[component]
pub fn Submit(
    /// The button's text.
    #[prop(into)]
    label: String,
) -> impl IntoView {
    view! { <button type="submit" class="button primary">{label}</button> }
}

/// A card: a `<section>` named by its `<h2>` (whose id is `id`).
#[component]
pub fn Card(
    /// The heading's id; the section is labelled by it.
    #[prop(into)]
    id: String,
    /// The heading.
    #[prop(into)]
    title: String,
    children: Children,
) -> impl IntoView {
    let labelled_by = id.clone();
    view! {
        <section class="card" aria-labelledby=labelled_by>
            <h2 id=id>{title}</h2>
            {children()}
        </section>
    }
}
