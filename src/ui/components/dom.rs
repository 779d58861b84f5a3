//! The whole UI is built straight into DOM nodes instead of `view!`.
//!
//! Leptos compiles every `view!` into its own typed code, which makes a
//! screen with many controls costly in a size-bound build (the budget is
//! 208 KB gzip for the whole app). Here content is described with a few
//! functions (`el`, `tx`, `txt`, `.at`, `.on`) that each create or change one
//! DOM node at once, so a new screen costs little more than its words.
//! A [`live`] host rebuilds its content whenever a signal it read changes;
//! Leptos provides the signals, effects and owners behind it.
//!
//! - Text always becomes a text node (never HTML), so user text stays text.
//! - Events are delegated: a node's handler is registered under a
//!   `data-on-<event>` attribute and its host dispatches click, change,
//!   input and submit from its one element. Submits never reach the
//!   network (their default is prevented).
//! - Inputs are not bound to signals: a handler reads them when it needs them
//!   ([`Form`]), and shows a message in place ([`say`]), so typing never
//!   re-renders anything and nothing typed is lost. A screen keeps each part
//!   that changes in its own host, so a change elsewhere leaves a half-filled
//!   form alone.
//! - Handlers are collected while a host builds its content, so `.on` is
//!   only used inside a `live` content function.
//!
//! ```ignore
//! live(move || el("p", vec![
//!     txt("Hello, "),
//!     tx("strong", name.get()),
//!     button("button", "Greet", move |_| greet()),
//! ]))
//! ```

use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event};

const SVG_NS: &str = "http://www.w3.org/2000/svg";

/// What runs when a node's event fires.
pub type Handler = Rc<dyn Fn(&Event)>;

thread_local! {
    /// Handlers of the content being built; its [`live`] host takes them after
    /// building and dispatches to them by index.
    static HANDLERS: RefCell<Vec<Handler>> = const { RefCell::new(Vec::new()) };
}

/// A DOM node, created as soon as it is described: the content is built
/// straight into the document's nodes, with no tree in between (each step is
/// one call to the browser, which keeps the compiled code small).
#[derive(Clone)]
pub struct N(web_sys::Node);

fn element(e: Result<Element, wasm_bindgen::JsValue>, kids: Vec<N>) -> N {
    let e = e.expect("a valid tag name");
    for k in kids {
        let _ = e.append_child(&k.0);
    }
    N(e.into())
}

/// An element with children.
pub fn el(tag: &str, kids: Vec<N>) -> N {
    element(document().create_element(tag), kids)
}

/// An SVG element with children.
pub fn sv(tag: &str, kids: Vec<N>) -> N {
    element(document().create_element_ns(Some(SVG_NS), tag), kids)
}

/// A text node.
pub fn txt(text: impl AsRef<str>) -> N {
    N(document().create_text_node(text.as_ref()).into())
}

/// An element holding one text.
pub fn tx(tag: &str, text: impl AsRef<str>) -> N {
    el(tag, vec![txt(text)])
}

/// An SVG element holding one text (`<text>`, `<title>`, `<desc>`).
pub fn svt(tag: &str, text: impl AsRef<str>) -> N {
    sv(tag, vec![txt(text)])
}

/// A button (`type="button"`) labelled `text` that runs `f` when pressed.
pub fn button(class: &'static str, text: &str, f: impl Fn(&Event) + 'static) -> N {
    tx("button", text)
        .at("type", "button")
        .at("class", class)
        .on("click", f)
}

impl N {
    /// Adds this node at the end of `parent` (for the shell, built into `<body>`).
    pub fn append_to(self, parent: &Element) {
        let _ = parent.append_child(&self.0);
    }

    /// Adds an attribute.
    pub fn at(self, name: &str, value: impl ToString) -> N {
        let _ = self
            .0
            .unchecked_ref::<Element>()
            .set_attribute(name, &value.to_string());
        self
    }

    /// Adds a valueless attribute (`checked`, `required`…) when `on`.
    pub fn flag(self, name: &str, on: bool) -> N {
        if on {
            self.at(name, "")
        } else {
            self
        }
    }

    /// Runs `f` on `event` ("click", "change", "input" or "submit") at this
    /// node or any node inside it that has no handler of its own.
    pub fn on(self, event: &str, f: impl Fn(&Event) + 'static) -> N {
        let i = HANDLERS.with(|h| {
            let mut h = h.borrow_mut();
            h.push(Rc::new(f));
            h.len() - 1
        });
        self.at(&format!("data-on-{event}"), i)
    }
}

/// Calls the handler registered for `ev` on the nearest element from its
/// target up to `host`.
fn dispatch(host: &Element, handlers: &[Handler], ev: &Event) {
    if ev.type_() == "submit" {
        ev.prevent_default();
    }
    FOCUS.with(|f| f.borrow_mut().take());
    let attr = format!("data-on-{}", ev.type_());
    let mut at = ev.target().and_then(|t| t.dyn_into::<Element>().ok());
    while let Some(e) = at {
        if let Some(h) = e
            .get_attribute(&attr)
            .and_then(|i| i.parse::<usize>().ok())
            .and_then(|i| handlers.get(i))
        {
            h(ev);
            return;
        }
        if &e == host {
            return;
        }
        at = e.parent_element();
    }
}

thread_local! {
    /// The id or accessible name of the control to focus after the next
    /// render: the one that had focus, or one named by [`focus_next`].
    static FOCUS: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// After the next render, focus the control whose id or `aria-label` is
/// `name` (for example the button that opened a panel that just closed).
pub fn focus_next(name: impl Into<String>) {
    FOCUS.with(|f| *f.borrow_mut() = Some(name.into()));
}

/// What identifies an element across renders: its id or accessible name.
fn identity(e: &Element) -> Option<String> {
    e.get_attribute("id")
        .or_else(|| e.get_attribute("aria-label"))
        .filter(|s| !s.is_empty())
}

/// Rebuilds `host`'s content, keeping keyboard focus on the same control
/// when it is still there.
fn replace(host: &Element, content: &N) {
    if let Some(active) = document().active_element() {
        if host.contains(Some(&active)) {
            if let Some(id) = identity(&active) {
                FOCUS.with(|f| {
                    f.borrow_mut().get_or_insert(id);
                });
            }
        }
    }
    host.replace_children_with_node_1(&content.0);
    // Left pending when not found here: another host may be about to
    // show it. The next event clears it.
    let Some(want) = FOCUS.with(|f| f.borrow().clone()) else {
        return;
    };
    let Ok(all) = host.query_selector_all("[id],[aria-label]") else {
        return;
    };
    for i in 0..all.length() {
        if let Some(e) = all
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        {
            if identity(&e).as_deref() == Some(&want) {
                let _ = e.focus();
                FOCUS.with(|f| f.borrow_mut().take());
                return;
            }
        }
    }
}

/// A `<div>` whose content is `content()`, rebuilt whenever a signal read
/// in `content` changes, keeping focus where it was. Its events are
/// dispatched to its own handlers and go no further, so an enclosing host
/// never sees them. It lives as long as the content that holds it.
pub fn live(content: impl Fn() -> N + 'static) -> N {
    // One compiled body for every call site.
    host(Box::new(content))
}

fn host(content: Box<dyn Fn() -> N>) -> N {
    let host = document().create_element("div").expect("a div");
    let handlers = StoredValue::new_local(Vec::<Handler>::new());
    let at = host.clone();
    let listener = wasm_bindgen::closure::Closure::<dyn Fn(Event)>::new(move |ev: Event| {
        ev.stop_propagation();
        if let Some(hs) = handlers.try_with_value(|h| h.clone()) {
            dispatch(&at, &hs, &ev);
        }
    });
    for kind in ["click", "change", "input", "submit"] {
        let _ = host.add_event_listener_with_callback(kind, listener.as_ref().unchecked_ref());
    }
    // Dropped, and so disconnected, with the content that made this host.
    StoredValue::new_local(listener);
    let at = host.clone();
    Effect::new(move |_| {
        let outer = HANDLERS.with(|h| h.take());
        let node = content();
        let hs = HANDLERS.with(|h| h.replace(outer));
        replace(&at, &node);
        handlers.set_value(hs);
    });
    N(host.into())
}

/// A card: a `<section>` named by its `<h2>` (whose id is `id`), then `kids`.
pub fn card(id: &str, title: &str, kids: Vec<N>) -> N {
    let mut all = vec![tx("h2", title).at("id", id)];
    all.extend(kids);
    el("section", all)
        .at("class", "card")
        .at("aria-labelledby", id)
}

/// The element an event happened at, and the closest ancestor (or itself)
/// matching a CSS selector.
pub fn closest(ev: &Event, selector: &str) -> Option<Element> {
    ev.target()?
        .dyn_into::<Element>()
        .ok()?
        .closest(selector)
        .ok()
        .flatten()
}

/// The file just chosen in the file input an event happened at. The input is
/// emptied, so choosing the same file again (after an error) is noticed.
pub fn chosen_file(ev: &Event) -> Option<web_sys::File> {
    let input = closest(ev, "input")?
        .dyn_into::<web_sys::HtmlInputElement>()
        .ok()?;
    let file = input.files()?.get(0);
    input.set_value("");
    file
}

/// Writes `message` into the `.field-error` of the form (or group) the event
/// happened in, leaving everything typed as it was.
pub fn say(ev: &Event, message: &str) {
    if let Some(p) = closest(ev, "form, [role=group]")
        .and_then(|f| f.query_selector(".field-error").ok().flatten())
    {
        p.set_text_content(Some(message));
    }
}

/// The values of the form an event happened in.
pub struct Form(Option<web_sys::FormData>);

impl Form {
    pub fn of(ev: &Event) -> Form {
        Form(
            closest(ev, "form")
                .and_then(|f| web_sys::FormData::new_with_form(f.unchecked_ref()).ok()),
        )
    }

    /// The text of the field named `name` (empty when there is none).
    pub fn text(&self, name: &str) -> String {
        self.0
            .as_ref()
            .and_then(|f| f.get(name).as_string())
            .unwrap_or_default()
    }

    /// The chosen option of a radio group whose values are indexes.
    pub fn index(&self, name: &str) -> Option<usize> {
        self.text(name).parse().ok()
    }

    /// The checked boxes of a group whose values are indexes, in order.
    pub fn all(&self, name: &str) -> Vec<usize> {
        self.0.as_ref().map_or(Vec::new(), |f| {
            f.get_all(name)
                .iter()
                .filter_map(|v| v.as_string()?.parse().ok())
                .collect()
        })
    }

    /// The checked boxes of a group whose values are indexes, as bits.
    pub fn bits(&self, name: &str) -> u32 {
        self.all(name).iter().fold(0, |acc, i| acc | 1 << i)
    }
}

/// Empties the form an event happened in, after what it held was saved.
pub fn reset(ev: &Event) {
    if let Some(f) = closest(ev, "form") {
        f.unchecked_into::<web_sys::HtmlFormElement>().reset();
    }
}
