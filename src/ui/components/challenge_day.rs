//! One day of a challenge: its action, who it is for, how it stands (a mark
//! and a word, never colour alone), and, while it can be marked, Done and
//! Skip with an optional note. Used by Challenges and by Today.

use super::dom::{button, el, say, tx, txt, Form, N};
use super::form::{error_line, input};
use crate::model::challenge::{Challenge, DayState, MarkState};
use crate::model::Data;
use crate::state::{clock, practice, AppState};
use chrono::NaiveDate;

/// The name of live person `id`.
pub fn person_name(d: &Data, id: &str) -> Option<String> {
    d.live_people()
        .find(|p| p.stamp.id == id)
        .map(|p| p.name.clone())
}

/// Day `i` of `c` as a list item.
pub fn day_row(state: AppState, d: &Data, c: &Challenge, i: usize, today: NaiveDate) -> N {
    let day = &c.days[i];
    let st = c.day_state(i, today);
    let (class, mark, word) = match st {
        DayState::Done => ("done", "✓", "Done"),
        DayState::Skipped => ("skipped", "–", "Skipped"),
        DayState::Pending if c.date_of(i) == today => ("pending", "•", "Today"),
        DayState::Pending => ("pending", "•", "Yesterday, still open"),
        DayState::Upcoming => ("upcoming", "○", "Coming up"),
        DayState::Missed => ("missed", "·", "Not marked"),
    };
    let mut what = vec![
        tx("span", format!("Day {}: ", i + 1)).at("class", "record-title"),
        txt(&day.action),
    ];
    if let Some(n) = day.person.as_deref().and_then(|p| person_name(d, p)) {
        what.push(tx("strong", format!(" With {n}.")));
    }
    let mut kids = vec![
        tx("span", mark)
            .at("class", "day-mark")
            .at("aria-hidden", "true"),
        el("p", what),
        tx(
            "span",
            format!("{word} · {}", clock::long_date(c.date_of(i), false)),
        )
        .at("class", "record-meta"),
    ];
    if let Some(note) = day.mark.as_ref().map(|m| &m.note).filter(|n| !n.is_empty()) {
        kids.push(tx("p", note).at("class", "note"));
    }
    if c.can_mark(i, today) {
        let label = format!("Day {} of {}", i + 1, c.name);
        let note_id = format!("note-{}-{i}", c.stamp.id);
        let act = |m: Option<MarkState>, text: &str| {
            let (id, note_id) = (c.stamp.id.clone(), note_id.clone());
            let class = if m == Some(MarkState::Done) {
                "button primary"
            } else {
                "button"
            };
            button(class, text, move |ev| {
                let note = Form::of(ev).text(&note_id);
                if let Err(e) = practice::mark_day(state, &id, i, m, &note) {
                    say(ev, &e);
                }
            })
            .at("aria-label", format!("{text}: {label}"))
        };
        let controls = if day.mark.is_some() {
            vec![act(None, "Undo")]
        } else {
            vec![
                tx("label", "Note (optional)").at("for", &note_id),
                input(&note_id, "text", ""),
                act(Some(MarkState::Done), "Done"),
                act(Some(MarkState::Skipped), "Skip"),
            ]
        };
        let mut form = controls;
        form.push(error_line());
        kids.push(
            el("form", form)
                .at("class", "record-actions")
                .at("aria-label", label),
        );
    }
    el("li", kids).at("class", format!("day {class}"))
}
