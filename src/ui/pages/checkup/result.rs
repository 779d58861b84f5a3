//! The latest result of one check-up: its score and what it means, what
//! the check-up is and is not, its source, and where to go next.

use super::{Screen, Target};
use crate::content::checkup as text;
use crate::content::checkup::{framing, InstrumentText};
use crate::model::assessment::checkup::latest;
use crate::model::assessment::{CheckupKind, CheckupResult, Instrument};
use crate::state::{clock::long_date, use_app};
use crate::ui::components::guidance::Sources;
use chrono::NaiveDate;
use leptos::html::H2;
use leptos::prelude::*;

/// Where to go next, as (link, page, what to do there).
const NEXT_STEPS: [(&str, &str, &str); 3] = [
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
];

#[component]
pub(super) fn LatestResult(
    /// Which check-up's result.
    kind: CheckupKind,
    /// What the screen shows.
    screen: Screen,
) -> impl IntoView {
    let state = use_app();
    let inst = kind.instrument();
    let t = framing(kind);
    // A record that cannot be scored (damaged data) shows nothing.
    let found = Memo::new(move |_| {
        state
            .checkups
            .with(|c| latest(c, kind).and_then(|r| Some((r.day, r.score().ok()?))))
    });
    let heading = NodeRef::<H2>::new();
    screen.land(Target::Result, move || heading.get().map(Into::into));
    view! {
        <Show when=move || found.with(Option::is_some)>
            <section class="card result" aria-labelledby="result-title">
                <h2 id="result-title" tabindex="-1" node_ref=heading>
                    {format!("Your result: {}", t.title)}
                </h2>
                {move || found.get().map(|(day, result)| view! { <Score inst day result/> })}
                <AboutAndNext t/>
            </section>
        </Show>
    }
}

/// The score and what it means; for the skills, the two habits to work
/// on; and the gentle "talk to someone" aside when the score calls for it.
#[component]
pub(crate) fn Score(
    /// The check-up taken.
    inst: &'static Instrument,
    /// When it was taken.
    day: NaiveDate,
    /// How it came out.
    result: CheckupResult,
) -> impl IntoView {
    let subscales = match &result {
        CheckupResult::Network(n) => Some(view! {
            <p>
                {format!(
                    "Family: {} out of 15. Friends: {} out of 15.",
                    n.family.score,
                    n.friends.score,
                )}
            </p>
        }),
        _ => None,
    };
    let meaning = result
        .meaning()
        .into_iter()
        .map(|m| view! { <p>{m}</p> })
        .collect_view();
    let focus = match &result {
        CheckupResult::Skills(s) => {
            let skills = s
                .focus
                .map(|skill| {
                    let actions = skill
                        .actions()
                        .iter()
                        .map(|a| view! { <li>{*a}</li> })
                        .collect_view();
                    view! {
                        <h3>{skill.label()}</h3>
                        <ul>{actions}</ul>
                    }
                })
                .into_iter()
                .collect_view();
            Some(view! {
                <p>"The two habits with the most room to grow, with a few small things to try:"</p>
                {skills}
                <Sources articles=text::SKILLS_SOURCES/>
            })
        }
        _ => None,
    };
    let talk = result.talk_to_someone().then(|| {
        view! {
            <aside class="talk" aria-labelledby="talk-title">
                <h3 id="talk-title">{text::TALK_TITLE}</h3>
                <p>{text::TALK_BODY}</p>
                <p>{text::TALK_CRISIS}</p>
                <Sources articles=text::TALK_SOURCES/>
            </aside>
        }
    });
    view! {
        <p class="entry-day">{format!("Taken {}", long_date(day, true))}</p>
        <p class="score">
            {format!(
                "{} out of {} (the scale runs from {} to {}).",
                result.total(),
                inst.max_total(),
                inst.min_total(),
                inst.max_total(),
            )}
        </p>
        {subscales}
        {meaning}
        {focus}
        {talk}
    }
}

/// What the check-up is and is not, where it comes from, and where to go
/// next.
#[component]
fn AboutAndNext(
    /// The check-up's words.
    t: &'static InstrumentText,
) -> impl IntoView {
    let about = [
        ("What this is", t.what_it_is),
        ("What it is not", t.what_it_is_not),
        ("Source", t.source.citation),
    ]
    .map(|(h, p)| view! { <h3>{h}</h3><p>{p}</p> });
    let steps =
        NEXT_STEPS.map(|(href, name, rest)| view! { <li><a href=href>{name}</a>{rest}</li> });
    view! {
        {about}
        <h3>"Next steps"</h3>
        <ul class="next-steps">{steps}</ul>
    }
}
