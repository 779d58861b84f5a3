//! Form controls shared by every screen, so each kind is built once: a radio
//! group, a checkbox group, a labelled field and a text area. They are plain
//! [`N`] content; a handler reads their values through `dom::Form` (radio and
//! checkbox values are option indexes).

use super::dom::{el, tx, txt, N};

/// One labelled option (radio or checkbox) with index `i` as its value.
fn option(kind: &'static str, name: &str, i: usize, label: &str, checked: bool) -> N {
    el(
        "label",
        vec![
            el("input", vec![])
                .at("type", kind)
                .at("name", name)
                .at("value", i)
                .flag("checked", checked),
            txt(" "),
            txt(label),
        ],
    )
}

/// A single choice: radio buttons in a fieldset whose legend is the
/// question. Arrow keys move between the options, as browsers do natively.
/// The `.missing-note` is filled in when the group still needs an answer.
pub fn choices(name: &str, legend: &str, labels: &[&str], selected: Option<usize>) -> N {
    let mut kids = vec![el(
        "legend",
        vec![txt(legend), el("span", vec![]).at("class", "missing-note")],
    )];
    for (i, l) in labels.iter().enumerate() {
        kids.push(option("radio", name, i, l, selected == Some(i)));
    }
    el("fieldset", kids).at("class", "choices")
}

/// Several independent yes/no choices (checkboxes) in a fieldset; the ones
/// set in `bits` start checked.
pub fn checks(name: &str, legend: &str, labels: &[&str], bits: u32) -> N {
    let mut kids = vec![tx("legend", legend)];
    for (i, l) in labels.iter().enumerate() {
        kids.push(option("checkbox", name, i, l, bits & 1 << i != 0));
    }
    el("fieldset", kids).at("class", "choices checks")
}

/// An `<input>` named and identified by `id`, starting with `value`.
pub fn input(id: &str, kind: &str, value: &str) -> N {
    el("input", vec![])
        .at("id", id)
        .at("name", id)
        .at("type", kind)
        .at("autocomplete", "off")
        .at("value", value)
}

/// A labelled [`input`].
pub fn field(id: &str, label: &str, kind: &str, value: &str) -> N {
    el(
        "span",
        vec![tx("label", label).at("for", id), input(id, kind, value)],
    )
    .at("class", "field")
}

/// The button that sends a form.
pub fn submit(label: &str) -> N {
    tx("button", label)
        .at("type", "submit")
        .at("class", "button primary")
}

/// A labelled `<textarea>` named and identified by `id`.
pub fn text_area(id: &str, label: &str, value: &str) -> Vec<N> {
    vec![
        tx("label", label).at("for", id),
        tx("textarea", value)
            .at("id", id)
            .at("name", id)
            .at("rows", 3),
    ]
}

/// The place where a form's handler writes what went wrong (`dom::say`).
pub fn error_line() -> N {
    el("p", vec![])
        .at("class", "field-error")
        .at("role", "alert")
}

/// A labelled `<select>` named and identified by `id`; `options` are
/// (value, label) pairs and the one whose value is `chosen` starts selected.
pub fn select(id: &str, label: &str, options: Vec<(String, String)>, chosen: &str) -> N {
    let options = options
        .into_iter()
        .map(|(value, text)| {
            let on = value == chosen;
            tx("option", text).at("value", value).flag("selected", on)
        })
        .collect();
    el(
        "span",
        vec![
            tx("label", label).at("for", id),
            el("select", options).at("id", id).at("name", id),
        ],
    )
    .at("class", "field")
}

/// Options for choosing one of the live people: first `("", none)`, then
/// each person by id, in the order they were added.
pub fn people_options(d: &crate::model::Data, none: &str) -> Vec<(String, String)> {
    let mut out = vec![(String::new(), none.to_string())];
    out.extend(
        d.live_people()
            .map(|p| (p.stamp.id.clone(), p.name.clone())),
    );
    out
}
