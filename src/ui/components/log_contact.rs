//! Logging a contact in two taps: choose how you were in touch; the day
//! defaults to the one given and a note is optional. Used on People and
//! after a journal entry mentions someone.

use super::dom::{button, el, say, tx, Form, N};
use super::form::{error_line, field};
use crate::model::day;
use crate::model::people::Channel;
use crate::state::{actions, AppState, NoticeKind};
use chrono::NaiveDate;
use std::rc::Rc;

/// The panel for logging a contact with `name` (person `id`); `done` runs
/// after a contact is logged.
pub fn log_contact(
    state: AppState,
    id: &str,
    name: &str,
    on: NaiveDate,
    done: impl Fn() + 'static,
) -> N {
    let done: Rc<dyn Fn()> = Rc::new(done);
    let (day_id, note_id) = (format!("log-day-{id}"), format!("log-note-{id}"));
    let buttons = Channel::ALL
        .into_iter()
        .map(|kind| {
            let (id, name, done) = (id.to_string(), name.to_string(), done.clone());
            let (day_id, note_id) = (day_id.clone(), note_id.clone());
            button("button", kind.label(), move |ev| {
                let f = Form::of(ev);
                let Some(d) = day::parse(&f.text(&day_id)) else {
                    say(ev, "Please choose a valid date.");
                    return;
                };
                actions::log_interaction(state, &id, kind, d, &f.text(&note_id));
                done();
                state.notify(
                    NoticeKind::Info,
                    format!("Logged: {} with {name}.", kind.label()),
                    None,
                );
            })
        })
        .collect();
    el(
        "form",
        vec![
            tx("p", "How were you in touch?").at("class", "panel-title"),
            el("div", buttons).at("class", "kinds"),
            el(
                "div",
                vec![
                    field(&day_id, "Day", "date", &on.to_string()),
                    field(&note_id, "Note (optional)", "text", ""),
                ],
            )
            .at("class", "panel-fields"),
            error_line(),
        ],
    )
    .at("class", "panel")
    .at("role", "group")
    .at("aria-label", format!("Log contact with {name}"))
}
