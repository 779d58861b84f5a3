//! Challenges: small actions, repeated. Challenges in progress with today's
//! step to mark, a new challenge (the 5-for-5, the 7-day starter plan or
//! one's own), weekly and monthly rituals, plans for reconnecting with
//! someone, and the challenges already finished.

use crate::content::challenges as text;
use crate::model::challenge::reconnect::Reason;
use crate::model::challenge::ritual::{occurrences_between, Repeat};
use crate::model::challenge::{Challenge, MarkState};
use crate::model::day::WEEKDAYS;
use crate::model::Data;
use crate::state::{clock, practice, AppState, NoticeKind};
use crate::ui::components::challenge_day::{day_row, person_name};
use crate::ui::components::dom::{button, card, el, live, reset, say, tx, txt, Form, N};
use crate::ui::components::form::{
    choices, error_line, field, people_options, select, submit, text_area,
};
use chrono::{Days, Weekday};
use leptos::prelude::*;

pub fn challenges(state: AppState) -> N {
    el(
        "div",
        vec![
            tx("h1", "Challenges"),
            tx(
                "p",
                "Small actions, repeated, are what turn good intentions into closer ties.",
            )
            .at("class", "lead"),
            live(move || active(state)),
            card("start-challenge", "Start a challenge", vec![start(state)]),
            card(
                "rituals",
                "Rituals",
                vec![
                    tx(
                        "p",
                        "A standing date that repeats: a Sunday call, a shared meal, a monthly letter.",
                    )
                    .at("class", "hint"),
                    live(move || rituals(state)),
                    ritual_form(state),
                ],
            ),
            card(
                "reconnect",
                "Reconnect",
                vec![
                    tx(
                        "p",
                        "For someone you have lost touch with: a few gentle steps that fit why you drifted apart.",
                    )
                    .at("class", "hint"),
                    live(move || reconnect(state)),
                    reconnect_form(state),
                ],
            ),
            live(move || history(state)),
        ],
    )
}

fn live_challenges(d: &Data) -> impl Iterator<Item = &Challenge> {
    d.challenges.iter().filter(|c| !c.stamp.deleted)
}

/// Every challenge still in progress, each day with its state, and today's
/// (or yesterday's) step ready to mark.
fn active(state: AppState) -> N {
    let today = clock::today();
    state.data.with(|d| {
        let cards = d
            .running_challenges(today)
            .map(|c| {
                let s = c.streak(today);
                let p = c.progress(today);
                let mut line = format!(
                    "Day {} of {} · {} done",
                    c.today_index(today) + 1,
                    p.total,
                    p.done
                );
                if s.paused {
                    line.push_str(" · paused, carry on whenever you are ready");
                } else if s.in_a_row > 1 {
                    line.push_str(&format!(" · {} in a row", s.in_a_row));
                }
                let rows = (0..c.days.len())
                    .map(|i| day_row(state, d, c, i, today))
                    .collect();
                let id = c.stamp.id.clone();
                let h = format!("ch-{}", c.stamp.id);
                el(
                    "section",
                    vec![
                        tx("h2", &c.name).at("id", &h),
                        tx("p", line).at("class", "streak"),
                        el("ol", rows).at("class", "days"),
                        button("button quiet", "Stop this challenge", move |_| {
                            practice::end_challenge(state, &id)
                        })
                        .at("aria-label", format!("Stop this challenge: {}", c.name)),
                    ],
                )
                .at("class", "card challenge")
                .at("aria-labelledby", h)
            })
            .collect();
        el("div", cards)
    })
}

// The forms below are built once per visit, outside the live lists, so that
// marking a day or a step never clears what is being typed into them.

/// The three ways to begin.
fn start(state: AppState) -> N {
    let people = state
        .data
        .with_untracked(|d| people_options(d, "No one in particular"));
    // The picker's options: "category.action" indexes, grouped by category.
    let groups = |chosen: &str| {
        text::FIVE_FOR_FIVE
            .iter()
            .enumerate()
            .map(|(c, cat)| {
                let options = cat
                    .actions
                    .iter()
                    .enumerate()
                    .map(|(a, action)| {
                        let v = format!("{c}.{a}");
                        let on = v == chosen;
                        tx("option", action).at("value", v).flag("selected", on)
                    })
                    .collect();
                el("optgroup", options).at("label", cat.title)
            })
            .collect::<Vec<_>>()
    };
    let mut rows = vec![tx("p", text::FIVE_FOR_FIVE_INTRO)];
    // A balanced default: thanks, support and asking, in turn.
    for (i, chosen) in ["0.0", "1.0", "2.0", "0.1", "1.1"].iter().enumerate() {
        let (a, p) = (format!("five-a{i}"), format!("five-p{i}"));
        rows.push(
            el(
                "fieldset",
                vec![
                    tx("legend", format!("Day {}", i + 1)),
                    el(
                        "span",
                        vec![
                            tx("label", "Action").at("for", &a),
                            el("select", groups(chosen)).at("id", &a).at("name", &a),
                        ],
                    )
                    .at("class", "field"),
                    select(&p, "With", people.clone(), ""),
                ],
            )
            .at("class", "five-day"),
        );
    }
    rows.push(error_line());
    rows.push(submit("Start the 5-for-5"));
    let five = el("form", rows)
        .at("class", "stack")
        .at("aria-label", "5-for-5 Connection Challenge")
        .on("submit", move |ev| {
            let f = Form::of(ev);
            let picks = (0..text::FIVE)
                .map(|i| {
                    let v = f.text(&format!("five-a{i}"));
                    let (c, a) = v.split_once('.').unwrap_or(("0", "0"));
                    let action = text::FIVE_FOR_FIVE
                        .get(c.parse::<usize>().unwrap_or(0))
                        .and_then(|cat| cat.actions.get(a.parse::<usize>().unwrap_or(0)))
                        .copied()
                        .unwrap_or_default();
                    let who = f.text(&format!("five-p{i}"));
                    (action.to_string(), (!who.is_empty()).then_some(who))
                })
                .collect();
            started(state, ev, practice::start_five_for_five(state, picks));
        });
    let starter = el(
        "div",
        vec![
            tx("h3", text::STARTER_NAME),
            tx("p", text::STARTER_INTRO),
            button("button", "Start the 7-day plan", move |_| {
                practice::start_starter(state);
                state.notify(NoticeKind::Info, "Your 7-day plan starts today.", None);
            }),
        ],
    );
    let mut own = vec![
        tx("h3", "Your own"),
        field("own-name", "Challenge name", "text", ""),
    ];
    own.extend(text_area(
        "own-days",
        "One small action per line, one line per day",
        "",
    ));
    own.push(error_line());
    own.push(submit("Start my challenge"));
    let own = el("form", own)
        .at("class", "stack")
        .at("aria-label", "Your own challenge")
        .on("submit", move |ev| {
            let f = Form::of(ev);
            let r = practice::start_custom(state, &f.text("own-name"), &f.text("own-days"));
            started(state, ev, r);
        });
    el(
        "div",
        vec![tx("h3", text::FIVE_FOR_FIVE_NAME), five, starter, own],
    )
}

fn started(state: AppState, ev: &web_sys::Event, r: Result<(), String>) {
    match r {
        Ok(()) => {
            reset(ev);
            state.notify(NoticeKind::Info, "Started. Day 1 is today.", None);
        }
        Err(e) => say(ev, &e),
    }
}

fn repeat_words(r: Repeat) -> String {
    match r {
        Repeat::Weekly(w) => format!("Every {}", WEEKDAYS[w.num_days_from_monday() as usize]),
        Repeat::Monthly(n) => format!("Every month on day {n}"),
    }
}

/// Each ritual with its latest occurrence to mark.
fn rituals(state: AppState) -> N {
    let today = clock::today();
    state.data.with(|d| {
        let list: Vec<N> = d
            .rituals
            .iter()
            .filter(|r| !r.stamp.deleted)
            .map(|r| {
                let mut title = r.name.clone();
                if let Some(n) = r.person.as_deref().and_then(|p| person_name(d, p)) {
                    title = format!("{title} with {n}");
                }
                let mut kids = vec![
                    tx("span", &title).at("class", "record-title"),
                    tx("span", repeat_words(r.repeat)).at("class", "record-meta"),
                ];
                let back = today.checked_sub_days(Days::new(31)).unwrap_or(today);
                if let Some(day) = occurrences_between(r, back, today).pop() {
                    let mark = r.mark_on(day).map(|m| m.state);
                    let said = match mark {
                        Some(MarkState::Done) => "done",
                        Some(MarkState::Skipped) => "skipped",
                        None => "not marked yet",
                    };
                    kids.push(tx(
                        "span",
                        format!("{}: {said}", clock::long_date(day, false)),
                    ));
                    let mut acts = Vec::new();
                    for (m, label) in [(MarkState::Done, "Done"), (MarkState::Skipped, "Skip")] {
                        let id = r.stamp.id.clone();
                        let to = (mark != Some(m)).then_some(m);
                        acts.push(
                            button("button", label, move |_| {
                                let _ = practice::mark_ritual(state, &id, day, to);
                            })
                            .at("aria-pressed", mark == Some(m))
                            .at("aria-label", format!("{label}: {title}")),
                        );
                    }
                    let id = r.stamp.id.clone();
                    acts.push(
                        button("button quiet", "Remove", move |_| {
                            practice::remove_ritual(state, &id)
                        })
                        .at("aria-label", format!("Remove {title}")),
                    );
                    kids.push(el("div", acts).at("class", "record-actions"));
                }
                el("li", kids).at("class", "record")
            })
            .collect();
        if list.is_empty() {
            return el("div", vec![]);
        }
        el("ul", list)
            .at("class", "record-list")
            .at("aria-label", "Your rituals")
    })
}

fn ritual_form(state: AppState) -> N {
    let people = state
        .data
        .with_untracked(|d| people_options(d, "No one in particular"));
    let mut repeats: Vec<(String, String)> = (0..7)
        .map(|w| (format!("w{w}"), format!("Every {}", WEEKDAYS[w])))
        .collect();
    repeats.push(("m".into(), "Every month".into()));
    let add = move |ev: &web_sys::Event| {
        let f = Form::of(ev);
        let repeat = match f.text("ritual-repeat").strip_prefix('w') {
            Some(w) => Repeat::Weekly(
                Weekday::try_from(w.parse::<u8>().unwrap_or(0)).unwrap_or(Weekday::Sun),
            ),
            None => Repeat::Monthly(f.text("ritual-day").parse().unwrap_or(0)),
        };
        let who = f.text("ritual-person");
        match practice::add_ritual(
            state,
            &f.text("ritual-name"),
            repeat,
            (!who.is_empty()).then_some(who),
        ) {
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
            tx("h3", "New ritual"),
            field("ritual-name", "Ritual name", "text", ""),
            select("ritual-repeat", "When", repeats, "w6"),
            field(
                "ritual-day",
                "Day of the month (for monthly)",
                "number",
                "1",
            ),
            select("ritual-person", "With", people, ""),
            error_line(),
            submit("Add ritual"),
        ],
    )
    .at("class", "stack")
    .at("aria-label", "New ritual")
    .on("submit", add)
}

/// Plans in progress, each step a checkbox, with openers for the first
/// conversation.
fn reconnect(state: AppState) -> N {
    state.data.with(|d| {
        let plans: Vec<N> = d
            .reconnects
            .iter()
            .filter(|p| !p.stamp.deleted)
            .map(|p| {
                let name = person_name(d, &p.person).unwrap_or_else(|| "Someone".into());
                let steps = p
                    .steps
                    .iter()
                    .enumerate()
                    .map(|(i, s)| {
                        let id = p.stamp.id.clone();
                        el(
                            "li",
                            vec![el(
                                "label",
                                vec![
                                    el("input", vec![])
                                        .at("type", "checkbox")
                                        .flag("checked", s.done)
                                        .on("change", move |ev| {
                                            let on = is_checked(ev);
                                            practice::tick_step(state, &id, i, on)
                                        }),
                                    txt(" "),
                                    txt(&s.text),
                                ],
                            )],
                        )
                    })
                    .collect();
                let openers = p.openers().iter().map(|o| tx("li", o)).collect();
                let (id, id2) = (p.stamp.id.clone(), p.stamp.id.clone());
                let step_id = format!("step-{}", p.stamp.id);
                el(
                    "li",
                    vec![
                        tx("h3", format!("{name}: {}", p.reason.label())),
                        tx(
                            "p",
                            format!("{} of {} steps done", p.done_count(), p.steps.len()),
                        ),
                        el("ul", steps).at("class", "steps plain-list"),
                        tx("h4", "Ways to open the conversation"),
                        el("ul", openers),
                        el(
                            "form",
                            vec![
                                field(&step_id, "A step of your own", "text", ""),
                                error_line(),
                                submit("Add step"),
                            ],
                        )
                        .at("class", "inline-form")
                        .on("submit", move |ev| {
                            let f = Form::of(ev);
                            match practice::add_step(state, &id, &f.text(&format!("step-{id}"))) {
                                Ok(()) => reset(ev),
                                Err(e) => say(ev, &e),
                            }
                        }),
                        button("button quiet", "Remove plan", move |_| {
                            practice::remove_reconnect(state, &id2)
                        })
                        .at("aria-label", format!("Remove plan for {name}")),
                    ],
                )
                .at("class", "record")
            })
            .collect();
        if plans.is_empty() {
            return el("div", vec![]);
        }
        el("ul", plans)
            .at("class", "record-list")
            .at("aria-label", "Your plans")
    })
}

/// A plan for someone already in People.
fn reconnect_form(state: AppState) -> N {
    let mut people = state.data.with_untracked(|d| people_options(d, ""));
    people.remove(0);
    if people.is_empty() {
        return tx(
            "p",
            "Add the person to People first, then make a plan here.",
        );
    }
    let reasons: Vec<&str> = Reason::ALL.iter().map(|r| r.label()).collect();
    el(
        "form",
        vec![
            tx("h3", "New plan"),
            select("rc-person", "Who", people, ""),
            choices("rc-reason", "What got in the way?", &reasons, Some(0)),
            error_line(),
            submit("Make a plan"),
        ],
    )
    .at("class", "stack")
    .at("aria-label", "New plan")
    .on("submit", move |ev| {
        let f = Form::of(ev);
        let reason = Reason::ALL[f.index("rc-reason").unwrap_or(0).min(4)];
        practice::start_reconnect(state, &f.text("rc-person"), reason);
    })
}

fn is_checked(ev: &web_sys::Event) -> bool {
    use wasm_bindgen::JsCast;
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        .is_some_and(|i| i.checked())
}

/// Finished challenges, newest first; the newest complete one is celebrated
/// and offers its reflection for the journal until one is written.
fn history(state: AppState) -> N {
    let today = clock::today();
    state.data.with(|d| {
        let mut done: Vec<&Challenge> = live_challenges(d)
            .filter(|c| c.is_finished(today))
            .collect();
        if done.is_empty() {
            return el("div", vec![]);
        }
        crate::model::sort_small(&mut done, |a, b| a.last_date() > b.last_date());
        let mut kids = vec![tx("h2", "Finished").at("id", "finished")];
        let newest = done[0];
        let reflected = d.journal.iter().any(|e| {
            !e.stamp.deleted
                && e.prompt.as_deref() == Some(text::REFLECTION)
                && e.day >= newest.start
        });
        let recent = (today - newest.last_date()).num_days() <= 7;
        if newest.is_complete() && recent && !reflected {
            let mut form = vec![tx("p", text::CELEBRATION).at("class", "celebrate")];
            form.extend(text_area("reflection", text::REFLECTION, ""));
            form.push(error_line());
            form.push(submit("Save to journal"));
            kids.push(
                el("form", form)
                    .at("class", "stack")
                    .on("submit", move |ev| {
                        match practice::save_reflection(state, &Form::of(ev).text("reflection")) {
                            Ok(()) => {
                                state.notify(NoticeKind::Info, "Saved to your journal.", None)
                            }
                            Err(e) => say(ev, &e),
                        }
                    }),
            );
        }
        let rows = done
            .iter()
            .map(|c| {
                let p = c.progress(today);
                let end = c.ended.unwrap_or_else(|| c.last_date());
                el(
                    "li",
                    vec![
                        tx("span", &c.name).at("class", "record-title"),
                        tx(
                            "span",
                            format!(
                                "{} of {} days done · finished {}",
                                p.done,
                                p.total,
                                clock::long_date(end, true)
                            ),
                        ),
                    ],
                )
                .at("class", "record")
            })
            .collect();
        kids.push(
            el("ul", rows)
                .at("class", "record-list")
                .at("aria-label", "Finished challenges"),
        );
        el("section", kids)
            .at("class", "card")
            .at("aria-labelledby", "finished")
    })
}
