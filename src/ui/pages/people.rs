//! People: the people you want to stay close to. Add someone by name, fill
//! in their details when you like, log a contact in two taps, and see your
//! relationship map with the gaps worth a look.

use crate::model::cadence::{snoozed_until, status};
use crate::model::gaps::find_gaps;
use crate::model::interaction::last_contact;
use crate::model::milestone::MilestoneKind;
use crate::model::people::{Birthday, Cadence, Channel, Circle, Energy, Relationship, Support};
use crate::model::{day, Person};
use crate::state::{actions, clock, practice, AppState};
use crate::ui::components::check_in::status_line;
use crate::ui::components::dom::{
    button, card, el, focus_next, live, reset, say, tx, txt, Form, N,
};
use crate::ui::components::form::{
    checks, choices, error_line, field, input, select, submit, text_area,
};
use crate::ui::components::log_contact::log_contact;
use crate::ui::components::relationship_map::relationship_map;
use chrono::NaiveDate;
use leptos::prelude::*;

/// Which panel of which person is open.
#[derive(Clone, PartialEq)]
enum Open {
    Details(String),
    Log(String),
}

pub fn people(state: AppState) -> N {
    let open = RwSignal::new(None::<Open>);
    el(
        "div",
        vec![
            tx("h1", "People"),
            card("add-person", "Add someone", vec![live(move || add_form(state))]),
            el(
                "section",
                vec![
                    tx("h2", "Your people").at("id", "your-people"),
                    live(move || people_list(state, open)),
                ],
            )
            .at("aria-labelledby", "your-people"),
            card(
                "map-heading",
                "Your map",
                vec![
                    tx(
                        "p",
                        "Closest people in the middle. Open someone's details to change their circle or how they leave you feeling.",
                    )
                    .at("class", "hint"),
                    live(move || state.data.with(|d| relationship_map(&d.people))),
                ],
            ),
            card("gaps-heading", "Worth a look", vec![live(move || gaps(state))]),
        ],
    )
}

/// Adding someone takes only a name; the details can wait.
fn add_form(state: AppState) -> N {
    let add = move |ev: &web_sys::Event| {
        let name = Form::of(ev).text("person-name");
        match actions::add_person(state, &name) {
            Ok(()) => {
                say(ev, "");
                reset(ev);
            }
            Err(e) => say(ev, &e),
        }
    };
    el(
        "form",
        vec![
            tx("label", "Name").at("for", "person-name"),
            input("person-name", "text", ""),
            submit("Add"),
            error_line(),
        ],
    )
    .at("class", "inline-form")
    .on("submit", add)
}

fn people_list(state: AppState, open: RwSignal<Option<Open>>) -> N {
    let open_now = open.get();
    let rows: Vec<N> = state.data.with(|d| {
        d.live_people()
            .map(|p| person_row(state, p, last_contact(p, &d.interactions), open, &open_now))
            .collect()
    });
    if rows.is_empty() {
        return tx(
            "p",
            "No one yet. Start with someone who makes you feel at ease.",
        )
        .at("class", "empty");
    }
    el("ul", rows)
        .at("class", "record-list")
        .at("aria-label", "People")
}

fn gaps(state: AppState) -> N {
    let items = state
        .data
        .with(|d| find_gaps(&d.people))
        .into_iter()
        .map(|g| {
            el(
                "li",
                vec![
                    tx("h3", g.title),
                    tx("p", g.explanation),
                    el(
                        "p",
                        vec![tx("strong", "Try this: "), txt(g.suggested_action)],
                    )
                    .at("class", "try"),
                ],
            )
            .at("class", "gap")
        })
        .collect();
    el("ul", items)
        .at("class", "plain-list gaps")
        .at("aria-label", "Gaps")
}

/// The circle, relationship and energy of a person, in words.
fn summary(p: &Person) -> String {
    let mut s = format!("{} · {}", p.circle.label(), p.energy.label());
    if let Some(r) = p.relationship {
        s = format!("{} · {s}", r.label());
    }
    if p.archived {
        s.push_str(" · Archived");
    }
    s
}

fn person_row(
    state: AppState,
    person: &Person,
    last: Option<NaiveDate>,
    open: RwSignal<Option<Open>>,
    open_now: &Option<Open>,
) -> N {
    let id = person.stamp.id.clone();
    let name = &person.name;
    let snoozed = state
        .data
        .with_untracked(|d| snoozed_until(&person.stamp.id, &d.snoozes));
    let last_text = match last {
        Some(d) => format!("Last contact: {}", clock::long_date(d, true)),
        None => "No contact logged yet".to_string(),
    };
    let details = Open::Details(id.clone());
    let log = Open::Log(id.clone());
    let toggle = |which: &Open, label: String, text: &str, class: &'static str| {
        let which = which.clone();
        let expanded = open_now.as_ref() == Some(&which);
        button(class, text, move |_| {
            open.update(|o| {
                *o = if o.as_ref() == Some(&which) {
                    None
                } else {
                    Some(which.clone())
                }
            })
        })
        .at("aria-label", label)
        .at("aria-expanded", expanded)
    };
    let mut kids = vec![
        el(
            "div",
            vec![
                tx("span", name.clone()).at("class", "record-title"),
                tx("span", summary(person)).at("class", "person-meta"),
                tx("span", last_text).at("class", "person-meta"),
            ]
            .into_iter()
            .chain(status_line(status(person, last, clock::today(), snoozed)))
            .collect(),
        )
        .at("class", "person-head"),
        el(
            "span",
            vec![
                toggle(
                    &log,
                    format!("Log contact with {name}"),
                    "Log contact",
                    "button primary",
                ),
                toggle(&details, format!("Edit {name}"), "Edit", "button quiet"),
                button("button quiet", "Remove", move |_| {
                    actions::delete_person(state, &id)
                })
                .at("aria-label", format!("Remove {name}")),
            ],
        )
        .at("class", "record-actions"),
    ];
    if open_now.as_ref() == Some(&log) {
        let name = person.name.clone();
        kids.push(log_contact(
            state,
            &person.stamp.id,
            &person.name,
            clock::today(),
            move || {
                focus_next(format!("Log contact with {name}"));
                open.set(None);
            },
        ));
    } else if open_now.as_ref() == Some(&details) {
        kids.push(person_form(state, person, open));
        kids.push(dates(state, person));
    }
    el("li", kids).at("class", "record person")
}

/// Position of `v` in `all`, shifted by one when index 0 means "not set".
fn index_of<T: PartialEq>(all: &[T], v: Option<T>) -> usize {
    v.and_then(|v| all.iter().position(|x| *x == v))
        .map_or(0, |i| i + 1)
}

fn bits<T: PartialEq>(all: &[T], has: impl Fn(&T) -> bool) -> u32 {
    all.iter()
        .enumerate()
        .filter(|(_, x)| has(x))
        .fold(0, |acc, (i, _)| acc | 1 << i)
}

fn labels<T: Copy>(all: &[T], label: fn(T) -> &'static str) -> Vec<&'static str> {
    all.iter().map(|x| label(*x)).collect()
}

const CADENCES: [&str; 5] = [
    "No set rhythm",
    "Every week",
    "Every two weeks",
    "Every month",
    "Every three months",
];

/// Every detail of a person, saved together.
/// Anniversaries and other dates of `person`, each removable, and a form to
/// add one. Birthdays are in the details above.
fn dates(state: AppState, person: &Person) -> N {
    let id = person.stamp.id.clone();
    let rows = state.data.with_untracked(|d| {
        d.milestones
            .iter()
            .filter(|m| m.person == id && !m.stamp.deleted)
            .map(|m| {
                let mid = m.stamp.id.clone();
                let label = format!("{} · {}", m.title(), clock::yearly_date(m.date));
                el(
                    "li",
                    vec![
                        tx("span", &label),
                        button("button quiet", "Remove", move |_| {
                            practice::remove_milestone(state, &mid)
                        })
                        .at("aria-label", format!("Remove {label}")),
                    ],
                )
                .at("class", "record")
            })
            .collect::<Vec<_>>()
    });
    let kinds: Vec<(String, String)> = MilestoneKind::ALL
        .iter()
        .enumerate()
        .map(|(i, k)| (i.to_string(), k.label().to_string()))
        .collect();
    let add = move |ev: &web_sys::Event| {
        let f = Form::of(ev);
        let kind = MilestoneKind::ALL[f.index("ms-kind").unwrap_or(0).min(3)];
        let r = Birthday::from_form(&f.text("ms-month"), &f.text("ms-day"), &f.text("ms-year"))
            .and_then(|b| b.ok_or_else(|| "Please give the month and day.".to_string()))
            .and_then(|b| practice::add_milestone(state, &id, kind, &f.text("ms-label"), b));
        if let Err(e) = r {
            say(ev, &e);
        }
    };
    el(
        "form",
        vec![
            tx("h3", "Dates to remember"),
            el("ul", rows).at("class", "record-list"),
            select("ms-kind", "What", kinds, "0"),
            field("ms-label", "Name it (optional)", "text", ""),
            field("ms-month", "Month (1–12)", "number", ""),
            field("ms-day", "Day", "number", ""),
            field("ms-year", "Year (optional)", "number", ""),
            error_line(),
            submit("Add date"),
        ],
    )
    .at("class", "panel stack")
    .at("aria-label", format!("Dates for {}", person.name))
    .on("submit", add)
}

fn person_form(state: AppState, person: &Person, open: RwSignal<Option<Open>>) -> N {
    let p = person;
    let cadence_start = index_of(&Cadence::PRESETS, p.cadence);
    let b = p.birthday;
    let num = |v: Option<i32>| v.map(|v| v.to_string()).unwrap_or_default();
    let mut rel_labels = vec!["Not set"];
    rel_labels.extend(labels(&Relationship::ALL, Relationship::label));

    let edited = person.clone();
    let cancel_name = person.name.clone();
    let save = move |ev: &web_sys::Event| {
        let f = Form::of(ev);
        let mut p = edited.clone();
        let result = (|| {
            p.birthday =
                Birthday::from_form(&f.text("pf-month"), &f.text("pf-day"), &f.text("pf-year"))?;
            p.last_contact = match f.text("pf-last").trim() {
                "" => None,
                t => Some(day::parse(t).ok_or("Please choose a valid last contact date.")?),
            };
            p.name = f.text("pf-name");
            p.notes = f.text("pf-notes").trim().to_string();
            p.relationship = f
                .index("pf-rel")
                .unwrap_or(0)
                .checked_sub(1)
                .map(|i| Relationship::ALL[i]);
            p.circle = Circle::ALL[f.index("pf-circle").unwrap_or(0).min(2)];
            p.energy = Energy::ALL[f.index("pf-energy").unwrap_or(0).min(2)];
            let c = f.index("pf-cadence").unwrap_or(0);
            // A custom rhythm (every N days) stays unless another is chosen.
            if c != cadence_start {
                p.cadence = c.checked_sub(1).map(|i| Cadence::PRESETS[i]);
            }
            let (s, w) = (f.bits("pf-support"), f.bits("pf-ways"));
            // Inserted one by one: collecting into a set would compile a sort.
            p.support.clear();
            p.ways.clear();
            for (i, x) in Support::ALL.into_iter().enumerate() {
                if s & 1 << i != 0 {
                    p.support.insert(x);
                }
            }
            for (i, x) in Channel::ALL.into_iter().enumerate() {
                if w & 1 << i != 0 {
                    p.ways.insert(x);
                }
            }
            p.archived = f.bits("pf-archived") != 0;
            practice::set_gifts(state, &p.stamp.id, &f.text("pf-gifts"))?;
            actions::update_person(state, p)
        })();
        match result {
            Ok(()) => {
                focus_next(format!("Edit {}", edited.name));
                open.set(None);
            }
            Err(e) => say(ev, &e),
        }
    };

    let mut kids = vec![
        field("pf-name", "Name", "text", &p.name),
        choices(
            "pf-circle",
            "Circle",
            &labels(&Circle::ALL, Circle::label),
            Some(p.circle.index()),
        ),
        choices(
            "pf-energy",
            "How they leave you feeling",
            &labels(&Energy::ALL, Energy::label),
            Energy::ALL.iter().position(|e| *e == p.energy),
        ),
        choices(
            "pf-rel",
            "Relationship",
            &rel_labels,
            Some(index_of(&Relationship::ALL, p.relationship)),
        ),
        checks(
            "pf-support",
            "Support they offer",
            &labels(&Support::ALL, Support::label),
            bits(&Support::ALL, |s| p.support.contains(s)),
        ),
        checks(
            "pf-ways",
            "Ways you like to connect",
            &labels(&Channel::ALL, Channel::label),
            bits(&Channel::ALL, |c| p.ways.contains(c)),
        ),
        choices(
            "pf-cadence",
            "How often to check in",
            &CADENCES,
            Some(cadence_start),
        ),
        el(
            "fieldset",
            vec![
                tx("legend", "Birthday"),
                field(
                    "pf-month",
                    "Month (1–12)",
                    "number",
                    &num(b.map(|b| i32::from(b.month()))),
                ),
                field(
                    "pf-day",
                    "Day",
                    "number",
                    &num(b.map(|b| i32::from(b.day()))),
                ),
                field(
                    "pf-year",
                    "Year (optional)",
                    "number",
                    &num(b.and_then(|b| b.year())),
                ),
            ],
        )
        .at("class", "birthday"),
        field(
            "pf-last",
            "Last contact",
            "date",
            &p.last_contact.map(|d| d.to_string()).unwrap_or_default(),
        ),
    ];
    kids.extend(text_area("pf-notes", "Notes", &p.notes));
    let gifts = state
        .data
        .with_untracked(|d| d.gift_ideas(&p.stamp.id).join("\n"));
    kids.extend(text_area("pf-gifts", "Gift ideas (one per line)", &gifts));
    kids.extend([
        checks(
            "pf-archived",
            "Archive",
            &["Archived: keep their details, but leave them off the map"],
            u32::from(p.archived),
        ),
        error_line(),
        el(
            "div",
            vec![
                submit("Save details"),
                button("button quiet", "Cancel", move |_| {
                    focus_next(format!("Edit {}", cancel_name));
                    open.set(None);
                }),
            ],
        )
        .at("class", "record-actions"),
    ]);
    el("form", kids)
        .at("class", "panel person-form")
        .at("aria-label", format!("Details for {}", person.name))
        .on("submit", save)
}
