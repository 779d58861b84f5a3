//! Check-up: three short check-ups (loneliness, social network, connection
//! skills), their results in plain language, and each score's history.
//! Scoring and all the words live in `model::assessment` and
//! `content::checkup`; this screen only asks and shows.

use crate::content::checkup as text;
use crate::model::assessment::checkup::{history, latest};
use crate::model::assessment::{loneliness, network, CheckupKind, CheckupResult};
use crate::state::{actions, clock::long_date, AppState};
use crate::ui::components::chart::{chart, ChartData};
use crate::ui::components::dom::{button, el, focus_next, live, say, tx, txt, Form, N};
use crate::ui::components::form::{choices, error_line, submit};
use leptos::prelude::*;

pub fn checkup(state: AppState) -> N {
    // The check-up being taken, and the kind whose result is shown.
    let active = RwSignal::new(None::<CheckupKind>);
    let shown = RwSignal::new(None::<CheckupKind>);
    el(
        "div",
        vec![
            tx("h1", "Check-up"),
            tx("p", text::NOT_A_DIAGNOSIS).at("class", "lead"),
            live(move || match active.get() {
                Some(kind) => questions(state, kind, active, shown),
                None => overview(state, active, shown),
            }),
            live(
                move || match shown.get().filter(|_| active.get().is_none()) {
                    Some(kind) => results(state, kind),
                    None => el("div", vec![]),
                },
            ),
            live(move || history_charts(state)),
        ],
    )
}

/// The three check-ups, each with its latest result and a way in.
fn overview(
    state: AppState,
    active: RwSignal<Option<CheckupKind>>,
    shown: RwSignal<Option<CheckupKind>>,
) -> N {
    let cards = CheckupKind::ALL
        .into_iter()
        .map(|kind| {
            let inst = kind.instrument();
            let title = inst.text.title;
            let last = state.data.with(|d| {
                latest(&d.checkups, kind).and_then(|c| {
                    let total = c.score().ok()?.total();
                    Some(format!(
                        "Last taken {}: {total} out of {}.",
                        long_date(c.day, true),
                        inst.max_total()
                    ))
                })
            });
            let mut actions = vec![button("button primary", "Begin", move |_| {
                focus_next("form-title");
                active.set(Some(kind));
            })
            .at("aria-label", format!("Begin {title}"))];
            if last.is_some() {
                actions.push(
                    button("button quiet", "See last result", move |_| {
                        focus_next("result-title");
                        shown.set(Some(kind));
                    })
                    .at("aria-label", format!("See last result, {title}")),
                );
            }
            el(
                "li",
                vec![
                    tx("h3", title),
                    tx(
                        "p",
                        format!(
                            "{} questions. {}",
                            inst.questions.len(),
                            last.unwrap_or_else(|| "Not taken yet.".into())
                        ),
                    ),
                    el("div", actions).at("class", "record-actions"),
                ],
            )
            .at("class", "card kind")
        })
        .collect();
    el(
        "section",
        vec![
            tx("h2", "Choose a check-up").at("id", "choose"),
            el("ul", cards).at("class", "plain-list kinds-list"),
        ],
    )
    .at("aria-labelledby", "choose")
}

/// The answers given so far, by question, as option values.
fn answers(ev: &web_sys::Event, kind: CheckupKind) -> Vec<Option<u8>> {
    let inst = kind.instrument();
    let f = Form::of(ev);
    inst.questions
        .iter()
        .map(|q| {
            f.index(q.id)
                .and_then(|i| inst.options.get(i))
                .map(|o| o.value)
        })
        .collect()
}

/// Marks (or unmarks) the question groups still needing an answer, in place
/// so that nothing chosen is lost. Returns how many are answered.
fn mark(kind: CheckupKind, values: &[Option<u8>], missing_too: bool) -> usize {
    let doc = document();
    for (q, v) in kind.instrument().questions.iter().zip(values) {
        let Some(group) = doc.get_element_by_id(&format!("q-{}", q.id)) else {
            continue;
        };
        let missing = v.is_none() && (missing_too || group.class_list().contains("missing"));
        let _ = group.class_list().toggle_with_force("missing", missing);
        if let Ok(Some(note)) = group.query_selector(".missing-note") {
            note.set_text_content(Some(if missing { " Not answered yet." } else { "" }));
        }
    }
    let n = values.iter().filter(|v| v.is_some()).count();
    if let Some(p) = doc.get_element_by_id("checkup-progress") {
        let _ = p.set_attribute("value", &n.to_string());
    }
    if let Some(l) = doc.get_element_by_id("progress-label") {
        l.set_text_content(Some(&format!("{n} of {} answered", values.len())));
    }
    n
}

/// One check-up's questions, every one a radio group, with progress.
/// Unanswered questions are pointed out, never scored.
fn questions(
    state: AppState,
    kind: CheckupKind,
    active: RwSignal<Option<CheckupKind>>,
    shown: RwSignal<Option<CheckupKind>>,
) -> N {
    let inst = kind.instrument();
    let m = inst.questions.len();
    let labels: Vec<&str> = inst.options.iter().map(|o| o.label).collect();
    let mut form = Vec::new();
    for (i, q) in inst.questions.iter().enumerate() {
        let section = q.section.map(|s| format!(" ({s})")).unwrap_or_default();
        form.push(
            choices(
                q.id,
                &format!("Question {} of {m}{section}: {}", i + 1, q.text),
                &labels,
                None,
            )
            .at("id", format!("q-{}", q.id)),
        );
    }
    form.push(error_line());
    form.push(
        el(
            "div",
            vec![
                submit("See my result"),
                button("button quiet", "Not now", move |_| {
                    focus_next(format!("Begin {}", inst.text.title));
                    active.set(None);
                }),
            ],
        )
        .at("class", "record-actions"),
    );
    let send = move |ev: &web_sys::Event| {
        let values = answers(ev, kind);
        mark(kind, &values, true);
        match actions::save_checkup(state, kind, values) {
            Ok(()) => {
                focus_next("result-title");
                active.set(None);
                shown.set(Some(kind));
            }
            Err(e) => say(ev, &e),
        }
    };
    el(
        "section",
        vec![
            tx("h2", inst.text.title)
                .at("id", "form-title")
                .at("tabindex", -1),
            tx("p", inst.text.intro),
            tx("label", format!("0 of {m} answered"))
                .at("for", "checkup-progress")
                .at("id", "progress-label")
                .at("class", "progress-label"),
            el("progress", vec![])
                .at("id", "checkup-progress")
                .at("max", m)
                .at("value", 0),
            el("form", form)
                .at("class", "stack")
                .on("submit", send)
                .on("change", move |ev| {
                    mark(kind, &answers(ev, kind), false);
                }),
        ],
    )
    .at("class", "card checkup-form")
    .at("aria-labelledby", "form-title")
}

/// The latest result of `kind`: what it means, what it is and is not, its
/// source, and where to go next.
fn results(state: AppState, kind: CheckupKind) -> N {
    let inst = kind.instrument();
    let t = inst.text;
    let Some((day, Ok(result))) = state
        .data
        .with(|d| latest(&d.checkups, kind).map(|c| (c.day, c.score())))
    else {
        return el("div", vec![]);
    };
    let mut kids = vec![
        tx("h2", format!("Your result: {}", t.title))
            .at("id", "result-title")
            .at("tabindex", -1),
        tx("p", format!("Taken {}", long_date(day, true))).at("class", "entry-day"),
        tx(
            "p",
            format!(
                "{} out of {} (the scale runs from {} to {}).",
                result.total(),
                inst.max_total(),
                inst.min_total(),
                inst.max_total()
            ),
        )
        .at("class", "score"),
    ];
    if let CheckupResult::Network(n) = &result {
        kids.push(tx(
            "p",
            format!(
                "Family: {} out of 15. Friends: {} out of 15.",
                n.family.score, n.friends.score
            ),
        ));
    }
    kids.extend(result.meaning().into_iter().map(|m| tx("p", m)));
    if let CheckupResult::Skills(s) = &result {
        kids.push(tx(
            "p",
            "The two habits with the most room to grow, with a few small things to try:",
        ));
        for skill in s.focus {
            kids.push(tx("h3", skill.label()));
            kids.push(el(
                "ul",
                skill.actions().iter().map(|a| tx("li", *a)).collect(),
            ));
        }
    }
    if result.talk_to_someone() {
        kids.push(
            el(
                "aside",
                vec![
                    tx("h3", text::TALK_TITLE).at("id", "talk-title"),
                    tx("p", text::TALK_BODY),
                    tx("p", text::TALK_CRISIS),
                ],
            )
            .at("class", "talk")
            .at("aria-labelledby", "talk-title"),
        );
    }
    for (h, p) in [
        ("What this is", t.what_it_is),
        ("What it is not", t.what_it_is_not),
        ("Source", t.source.citation),
    ] {
        kids.push(tx("h3", h));
        kids.push(tx("p", p));
    }
    kids.push(tx("h3", "Next steps"));
    let steps = [
        (
            "#/challenges",
            "Challenges",
            ": pick one small action for this week.",
        ),
        (
            "#/people",
            "People",
            ": map who is around you and reach out to one person.",
        ),
        (
            "#/journal",
            "Journal",
            ": write a few lines about how this feels.",
        ),
    ]
    .into_iter()
    .map(|(href, name, rest)| el("li", vec![tx("a", name).at("href", href), txt(rest)]))
    .collect();
    kids.push(el("ul", steps).at("class", "next-steps"));
    el("section", kids)
        .at("class", "card result")
        .at("aria-labelledby", "result-title")
}

/// Every score over time, one chart each, with its threshold.
fn history_charts(state: AppState) -> N {
    let mut kids = Vec::new();
    for kind in CheckupKind::ALL {
        let inst = kind.instrument();
        let points: Vec<_> = state.data.with(|d| {
            history(&d.checkups, kind)
                .into_iter()
                .map(|(day, r)| (day, r.total()))
                .collect()
        });
        if points.is_empty() {
            continue;
        }
        let (id, threshold) = match kind {
            CheckupKind::Loneliness => (
                "chart-lon",
                Some((loneliness::LONELY_FROM, "6 or more is often read as lonely")),
            ),
            CheckupKind::Network => (
                "chart-net",
                Some((network::AT_RISK_BELOW, "below 12 marks a risk of isolation")),
            ),
            CheckupKind::Skills => ("chart-ski", None),
        };
        kids.push(chart(ChartData {
            id,
            title: inst.text.title,
            points,
            min: inst.min_total(),
            max: inst.max_total(),
            threshold,
        }));
    }
    if kids.is_empty() {
        return el("div", vec![]);
    }
    kids.insert(0, tx("h2", "Over time").at("id", "history"));
    el("section", kids)
        .at("class", "card")
        .at("aria-labelledby", "history")
}
