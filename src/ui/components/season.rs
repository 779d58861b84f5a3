//! Seasons on screen: taking one (Settings, and a quiet link on Today), the
//! line Today shows while one runs, and the welcome back when it is over:
//! a few people who matter most rather than a list of everything missed.

use super::form::{ErrorLine, Field, Select};
use crate::content::nudge as words;
use crate::model::day;
use crate::model::season::{self, SeasonReason};
use crate::state::{clock, seasons, use_app, NoticeKind};
use crate::ui::lazy::LazyReachKit;
use leptos::prelude::*;

/// "Take a season": from today (or a few days back) until a day, or until
/// ended; a reason only if the person wants to give one.
#[component]
pub fn TakeSeason() -> impl IntoView {
    let state = use_app();
    let start = RwSignal::new(state.today.get_untracked().to_string());
    let end = RwSignal::new(String::new());
    let reason = RwSignal::new(String::new());
    let error = RwSignal::new(String::new());
    let mut reasons = vec![(String::new(), "Rather not say".to_string())];
    reasons.extend(
        SeasonReason::ALL
            .into_iter()
            .map(|r| (<&'static str>::from(r).to_string(), r.label().to_string())),
    );
    let take = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(from) = day::parse(&start.get_untracked()) else {
            error.set("Please choose the first day of the season.".into());
            return;
        };
        let until = end.with_untracked(|e| (!e.is_empty()).then(|| day::parse(e)));
        let until = match until {
            Some(None) => {
                error.set("Please choose a valid last day, or leave it empty.".into());
                return;
            }
            Some(d) => d,
            None => None,
        };
        let why = SeasonReason::try_from(reason.get_untracked()).ok();
        match seasons::begin(state, from, until, why) {
            Ok(()) => {
                error.set(String::new());
                end.set(String::new());
                state.notify(
                    NoticeKind::Info,
                    "Your season has begun. Every reminder is paused until it ends; take the time \
                     you need.",
                    None,
                );
            }
            Err(e) => error.set(e.to_string()),
        }
    };
    view! {
        <form class="stack" on:submit=take aria-label="Take a season">
            <p>
                "A season pauses every nudge for a while: illness, grief, travel or a busy stretch. \
                 Nothing is due or drifting, no challenge day or ritual counts as missed, and no badge, \
                 notification or calendar alarm reaches you until it ends. Streaks simply wait."
            </p>
            <div class="panel-fields">
                <Field id="season-start" label="From" kind="date" value=start/>
                <Field id="season-end" label="Until (leave empty to end it yourself)" kind="date" value=end/>
                <Select
                    id="season-reason"
                    label="Why (optional, only for you)"
                    options=Signal::stored(reasons)
                    value=reason
                />
            </div>
            <ErrorLine error/>
            <button type="submit" class="button">"Take a season"</button>
        </form>
    }
}

/// While a season runs: a calm line saying so, with a way to end it.
#[component]
pub fn SeasonNow() -> impl IntoView {
    let state = use_app();
    let running = Memo::new(move |_| {
        let today = state.today.get();
        state.seasons.with(|s| season::active(s, today).cloned())
    });
    view! {
        {move || {
            running
                .get()
                .map(|s| {
                    let id = s.stamp.id.clone();
                    let until = match s.end {
                        Some(e) => format!("until {}", clock::long_date(e, true)),
                        None => "until you end it".to_string(),
                    };
                    // ASCII labels (tests/people.rs): Unicode lowercasing's
                    // tables would cost the first load 10 KB gzip.
                    let why = s.reason.map(|r| format!(" ({})", r.label().to_ascii_lowercase())).unwrap_or_default();
                    view! {
                        <section class="card season" aria-label="Your season">
                            <p>
                                <strong>"You are taking a season"{why}</strong>
                                ", " {until} ". Every reminder is paused; nothing is piling up."
                            </p>
                            <button
                                type="button"
                                class="button"
                                on:click=move |_| {
                                    seasons::end_now(state, &id);
                                }
                            >
                                "End the season"
                            </button>
                        </section>
                    }
                })
        }}
    }
}

/// After a season: a short welcome naming the few people who matter most
/// (inner circle first, then the longest since contact), each with the
/// reach-out kit, instead of a list of everything overdue.
#[component]
pub fn WelcomeBack() -> impl IntoView {
    let state = use_app();
    let due = Memo::new(move |_| {
        let today = state.today.get();
        state
            .seasons
            .with(|s| season::welcome_due(s, today).map(|s| s.stamp.id.clone()))
    });
    view! {
        <Show when=move || due.with(Option::is_some)>
            <Welcome season=due.get_untracked().unwrap_or_default()/>
        </Show>
    }
}

#[component]
fn Welcome(
    /// The id of the season that is over.
    season: String,
) -> impl IntoView {
    let state = use_app();
    // Named once, when the welcome shows: the list does not reshuffle
    // while the person reads it.
    let people: Vec<(String, String)> = state.latest.with_untracked(|latest| {
        state.people.with_untracked(|p| {
            season::welcome_people(p, latest)
                .into_iter()
                .map(|p| (p.stamp.id.clone(), p.name.clone()))
                .collect()
        })
    });
    let open = RwSignal::new(None::<String>);
    let rows = people
        .into_iter()
        .map(|(id, name)| {
            let (toggle_id, kit_id, kit_person) = (id.clone(), id.clone(), id.clone());
            view! {
                <li>
                    <span>{name.clone()}</span>
                    <button
                        type="button"
                        class="button"
                        aria-expanded=move || open.with(|o| o.as_deref() == Some(toggle_id.as_str())).to_string()
                        on:click=move |_| open.update(|o| *o = if o.as_deref() == Some(id.as_str()) { None } else { Some(id.clone()) })
                    >
                        {format!("Reach out to {name}")}
                    </button>
                    <Show when=move || open.with(|o| o.as_deref() == Some(kit_id.as_str()))>
                        <LazyReachKit person=kit_person.clone() on_close=move |_| open.set(None)/>
                    </Show>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="card welcome" aria-labelledby="welcome-back">
            <h2 id="welcome-back">{words::WELCOME_TITLE}</h2>
            <p>{words::WELCOME_TEXT}</p>
            <ul class="welcome-people">{rows}</ul>
            <button type="button" class="button" on:click=move |_| seasons::welcomed(state, &season)>
                "Thank you, show Today"
            </button>
        </section>
    }
}
