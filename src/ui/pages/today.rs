//! Today: the home screen. Today's challenge step, who is due a check-in
//! or drifting, one suggested small step, birthdays and dates coming up,
//! logging a contact, a check-up when one is due, the week's plan and
//! review, a quick journal line, and where to start.

use crate::content::checkup as checkup_text;
use crate::content::prompts::prompt_of_the_day;
use crate::model::assessment::checkup::{checkup_due, last_day};
use crate::model::cadence::{due_list, DueItem};
use crate::model::challenge::DayState;
use crate::model::journal::review::{last_review_day, latest_review, review_due, review_plan};
use crate::model::milestone::{upcoming, What};
use crate::model::suggest::suggest;
use crate::state::{actions, clock, AppState, NoticeKind};
use crate::ui::components::challenge_day::{day_row, person_name};
use crate::ui::components::check_in::status_line;
use crate::ui::components::dom::{
    button, card, el, focus_next, live, reset, say, tx, txt, Form, N,
};
use crate::ui::components::form::{error_line, people_options, select, submit};
use crate::ui::components::log_contact::log_contact;
use leptos::prelude::*;

pub fn today(state: AppState) -> N {
    // The person whose contact log is open in the check-ins.
    let open = RwSignal::new(None::<String>);
    // The person chosen in "Log a contact".
    let pick = RwSignal::new(String::new());
    el(
        "div",
        vec![
            tx("h1", "Today"),
            tx("p", clock::long_date(clock::today(), false)).at("class", "lead"),
            live(move || challenge_steps(state)),
            live(move || check_ins(state, open)),
            live(move || suggestion(state)),
            live(move || coming_up(state)),
            live(move || quick_log(state, pick)),
            live(move || checkup(state)),
            live(move || week(state)),
            card(
                "quick-note",
                "One line for today",
                vec![live(move || quick_note(state))],
            ),
            card("start", "Where to start", vec![live(move || start(state))]),
        ],
    )
}

/// One small action, chosen by the rules in `model::suggest`, with why.
fn suggestion(state: AppState) -> N {
    let s = state.data.with(|d| suggest(d, clock::today()));
    el(
        "section",
        vec![
            tx("h2", "A small step for today").at("id", "suggested"),
            tx("h3", s.title),
            tx("p", s.text),
            tx("p", s.why).at("class", "hint"),
            tx("a", "Go there").at("class", "button").at("href", s.href),
        ],
    )
    .at("class", "card suggest")
    .at("aria-labelledby", "suggested")
}

/// Today's step of each challenge in progress, and yesterday's while it can
/// still be marked.
fn challenge_steps(state: AppState) -> N {
    let today = clock::today();
    state.data.with(|d| {
        let mut kids = Vec::new();
        for c in d.running_challenges(today) {
            let i = c.today_index(today);
            let mut rows = Vec::new();
            if i > 0 && c.day_state(i - 1, today) == DayState::Pending {
                rows.push(day_row(state, d, c, i - 1, today));
            }
            if c.date_of(i) == today {
                rows.push(day_row(state, d, c, i, today));
            }
            if !rows.is_empty() {
                kids.push(tx("h3", &c.name));
                kids.push(el("ol", rows).at("class", "days"));
            }
        }
        if kids.is_empty() {
            return el("div", vec![]);
        }
        card("challenge-today", "Your challenge today", kids)
    })
}

/// Logging a contact with anyone, not only those due: choose who, then how.
fn quick_log(state: AppState, pick: RwSignal<String>) -> N {
    let chosen = pick.get();
    state.data.with(|d| {
        if d.live_people().next().is_none() {
            return el("div", vec![]);
        }
        let mut kids = vec![el(
            "form",
            vec![select(
                "quick-who",
                "Who were you in touch with?",
                people_options(d, "Choose someone"),
                &chosen,
            )],
        )
        .on("change", move |ev| pick.set(Form::of(ev).text("quick-who")))];
        if let Some(name) = person_name(d, &chosen) {
            kids.push(log_contact(
                state,
                &chosen,
                &name,
                clock::today(),
                move || pick.set(String::new()),
            ));
        }
        card("quick-log", "Log a contact", kids)
    })
}

/// Birthdays and other dates in the next 30 days.
fn coming_up(state: AppState) -> N {
    let today = clock::today();
    state.data.with(|d| {
        let items: Vec<N> = upcoming(&d.people, &d.milestones, today, 30)
            .into_iter()
            .map(|u| {
                let what = match u.what {
                    What::Birthday { turning: Some(n) } => {
                        format!("{}'s birthday, turning {n}", u.person.name)
                    }
                    What::Birthday { turning: None } => format!("{}'s birthday", u.person.name),
                    What::Milestone { milestone, .. } => {
                        format!("{}: {}", u.person.name, milestone.title())
                    }
                };
                let when = if u.day == today {
                    "Today".to_string()
                } else {
                    clock::long_date(u.day, false)
                };
                let mut kids = vec![
                    tx("span", what).at("class", "record-title"),
                    txt(" · "),
                    txt(when),
                ];
                // The person's gift ideas, ready when they are needed.
                let ideas = d.gift_ideas(&u.person.stamp.id);
                if !ideas.is_empty() {
                    kids.push(
                        tx("p", format!("Gift ideas: {}", ideas.join("; "))).at("class", "hint"),
                    );
                }
                el("li", kids)
            })
            .collect();
        if items.is_empty() {
            return el("div", vec![]);
        }
        card(
            "coming-up",
            "Coming up",
            vec![el("ul", items)
                .at("class", "plain-list")
                .at("aria-label", "Coming up")],
        )
    })
}

/// People whose check-in rhythm (set on People) says it is time: due, then
/// drifting, most overdue first, each a tap away from logging the contact.
fn check_ins(state: AppState, open: RwSignal<Option<String>>) -> N {
    let today = clock::today();
    let open_now = open.get();
    state.data.with(|d| {
        if !d
            .live_people()
            .any(|p| p.cadence.is_some() && p.is_active())
        {
            return el("div", vec![]);
        }
        let (due, drifting) = due_list(&d.people, &d.interactions, today, &d.snoozes);
        let list = |label: &str, items: &[DueItem]| {
            let rows = items
                .iter()
                .map(|item| {
                    let p = item.person;
                    let id = p.stamp.id.clone();
                    let name = p.name.clone();
                    let mut kids = vec![tx("span", p.name.clone()).at("class", "record-title")];
                    kids.extend(status_line(item.status));
                    let is_open = open_now.as_deref() == Some(p.stamp.id.as_str());
                    let later = p.stamp.id.clone();
                    let log = button("button", "Log contact", move |_| {
                        let id = id.clone();
                        open.update(|o| {
                            *o = if o.as_ref() == Some(&id) {
                                None
                            } else {
                                Some(id)
                            }
                        })
                    })
                    .at("aria-label", format!("Log contact with {name}"))
                    .at("aria-expanded", is_open);
                    let snooze = button("button quiet", "Snooze a week", move |_| {
                        focus_next("check-ins");
                        actions::snooze(state, &later, 7);
                    })
                    .at("aria-label", format!("Snooze a week for {}", p.name));
                    kids.push(el("div", vec![log, snooze]).at("class", "record-actions"));
                    if is_open {
                        // Logged, the person usually leaves the list: focus
                        // goes back to its heading.
                        kids.push(log_contact(state, &p.stamp.id, &p.name, today, move || {
                            focus_next("check-ins");
                            open.set(None);
                        }));
                    }
                    el("li", kids).at("class", "record checkin")
                })
                .collect();
            vec![
                tx("h3", label),
                el("ul", rows)
                    .at("class", "record-list")
                    .at("aria-label", label),
            ]
        };
        let mut kids = vec![tx("h2", "Check-ins")
            .at("id", "check-ins")
            .at("tabindex", -1)];
        if due.is_empty() && drifting.is_empty() {
            kids.push(tx("p", "Everyone you gave a rhythm is on track."));
        }
        if !due.is_empty() {
            kids.extend(list("Due", &due));
        }
        if !drifting.is_empty() {
            kids.extend(list("Drifting", &drifting));
        }
        el("section", kids)
            .at("class", "card")
            .at("aria-labelledby", "check-ins")
    })
}

/// The plan from the latest weekly review (for seven days), and the review
/// itself when it is due.
fn week(state: AppState) -> N {
    let today = clock::today();
    let (plan, due) = state.data.with(|d| {
        let plan = latest_review(&d.journal, today)
            .filter(|e| (today - e.day).num_days() < 7)
            .and_then(|e| review_plan(&e.text).map(str::to_string));
        // Nothing to look back on before the first entry.
        let wrote = d.journal.iter().any(|e| !e.stamp.deleted);
        (
            plan,
            wrote && review_due(today, last_review_day(&d.journal)),
        )
    });
    let card = |id: &'static str, kids: Vec<N>| {
        el("section", kids)
            .at("class", "card")
            .at("aria-labelledby", id)
    };
    let mut out = Vec::new();
    if let Some(plan) = plan {
        out.push(card(
            "week-plan",
            vec![
                tx("h2", "Your plan for this week").at("id", "week-plan"),
                tx("p", plan).at("class", "plan"),
            ],
        ));
    }
    if due {
        out.push(card(
            "week-review",
            vec![
                tx("h2", "Your weekly review").at("id", "week-review"),
                tx(
                    "p",
                    "A few minutes to look back: which connections nourished you, which drained you, and one plan for next week.",
                ),
                tx("a", "Go to the review").at("class", "button").at("href", "#/journal"),
            ],
        ));
    }
    el("div", out)
}

/// A check-up, suggested when none was taken in the last 30 days.
fn checkup(state: AppState) -> N {
    let last = state.data.with(|d| last_day(&d.checkups));
    if !checkup_due(last, clock::today()) {
        return el("div", vec![]);
    }
    let text = if last.is_some() {
        checkup_text::DUE
    } else {
        checkup_text::FIRST
    };
    el(
        "section",
        vec![
            tx("h2", "A check-up").at("id", "checkup-due"),
            tx("p", text),
            tx("a", "Go to Check-up")
                .at("class", "button primary")
                .at("href", "#/checkup"),
        ],
    )
    .at("class", "card suggest")
    .at("aria-labelledby", "checkup-due")
}

fn quick_note(state: AppState) -> N {
    let save = move |ev: &web_sys::Event| match actions::add_entry(
        state,
        clock::today(),
        &Form::of(ev).text("today-note"),
    ) {
        Ok(()) => {
            reset(ev);
            say(ev, "");
            state.notify(NoticeKind::Info, "Saved to your journal.", None);
        }
        Err(e) => say(ev, &e),
    };
    el(
        "form",
        vec![
            el(
                "p",
                vec![
                    tx("strong", "Prompt of the day: "),
                    txt(prompt_of_the_day(clock::today())),
                ],
            )
            .at("class", "prompt"),
            tx("label", "Who did you connect with, or who is on your mind?")
                .at("for", "today-note"),
            el("textarea", vec![])
                .at("id", "today-note")
                .at("name", "today-note")
                .at("rows", 3),
            error_line(),
            submit("Save to journal"),
        ],
    )
    .at("class", "stack")
    .on("submit", save)
}

fn start(state: AppState) -> N {
    let (people, entries) = state
        .data
        .with(|d| (d.live_people().count(), d.entries_newest_first().len()));
    let item = |href: &str, name: &str, rest: String| {
        el("li", vec![tx("a", name).at("href", href), txt(rest)])
    };
    el(
        "ul",
        vec![
            item("#/people", "People", format!(" — {people} in your circle so far.")),
            item(
                "#/journal",
                "Journal",
                match entries {
                    1 => " — 1 entry.".to_string(),
                    n => format!(" — {n} entries."),
                },
            ),
            item(
                "#/settings",
                "Settings",
                " — export a backup whenever you like; your data never leaves this device otherwise.".into(),
            ),
        ],
    )
    .at("class", "plain-list")
}
