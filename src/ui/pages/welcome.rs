//! The first run (`#/welcome`): what Tend is and its privacy promise, then
//! three optional steps (`#/welcome/<step>`: a first check-up, the first
//! few people, a first rhythm or challenge), then Today. Finishing or
//! skipping is remembered (`Prefs::first_run_done`), so it never shows by
//! itself again; Settings can show it again.

use super::checkup::{Questions, Score};
use super::people::details::{cadence_of, cadence_value};
use super::settings::contacts::Contacts;
use crate::content::welcome::{self as text, Step};
use crate::model::assessment::checkup::latest;
use crate::model::assessment::CheckupKind;
use crate::model::people::Cadence;
use crate::model::prefs::{first_run_due, first_run_finished, Prefs};
use crate::model::Stamp;
use crate::route::{sub, sub_hash, Route};
use crate::state::{actions, clock, practice, use_app, AppState, NoticeKind};
use crate::ui::components::form::{ErrorLine, Field, FormError, Select, Submit};
use crate::ui::components::guidance::Sources;
use crate::ui::components::hash::{after_navigation, go, use_hash};
use crate::ui::components::people_picker::PersonPicker;
use crate::ui::lazy::{fetch_soon, LazyScreen, Part};
use leptos::html::H1;
use leptos::prelude::*;

/// Opens Tend on the first run, in place of Today, when it is due: called
/// once as the app starts, before the screen is chosen.
pub fn greet(state: AppState) {
    // Refused data is still there: whoever kept it is not new.
    if !untrack(|| state.data_here()) {
        return;
    }
    let hash = location().hash().unwrap_or_default();
    if Route::from_hash(&hash) != Route::Today {
        return;
    }
    let nothing_kept = state
        .people
        .with_untracked(|p| p.iter().all(|p| p.stamp.deleted))
        && state.journal_is_whole()
        && state
            .journal
            .with_untracked(|j| j.iter().all(|e| e.stamp.deleted))
        && state
            .checkups
            .with_untracked(|c| c.iter().all(|c| c.stamp.deleted));
    if state
        .prefs
        .with_untracked(|p| first_run_due(p, nothing_kept))
    {
        // In place of the current entry, so Back does not lead to it again;
        // and without a navigation, which the start need not wait for (the
        // shell reads the address after this, and no screen is drawn yet
        // to follow a `hashchange`): `location.replace` took 2–15 ms of
        // the start for someone new, sampled in Chromium.
        let _ = window().history().and_then(|h| {
            h.replace_state_with_url(
                &wasm_bindgen::JsValue::NULL,
                "",
                Some(Route::Welcome.hash()),
            )
        });
    }
}

/// Marks the first run done and goes to Today.
fn finish(state: AppState) {
    let prefs = state
        .prefs
        .with_untracked(|p| first_run_finished(p, Stamp::new(Prefs::ID.to_string(), clock::now())));
    state.put(prefs);
    go(Route::Today.hash());
}

/// Where the first run is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Place {
    Intro,
    Step(usize),
    Done,
}

fn place_of(part: Option<&str>) -> Place {
    match part {
        None => Place::Intro,
        Some("done") => Place::Done,
        Some(slug) => text::STEPS
            .iter()
            .position(|s| s.slug == slug)
            .map_or(Place::Intro, Place::Step),
    }
}

/// The hash of the place after step `i`.
fn after(i: usize) -> String {
    let next = text::STEPS.get(i + 1).map_or("done", |s| s.slug);
    sub_hash(Route::Welcome, next)
}

#[component]
pub fn Welcome() -> impl IntoView {
    let hash = use_hash();
    let place = Memo::new(move |_| place_of(sub(&hash.get()).as_deref()));
    let heading = NodeRef::<H1>::new();
    // The steps' code, while the opening page is read.
    Effect::new(move |_| fetch_soon(Part::FirstRunStep(0)));
    // Each step starts at its heading.
    Effect::new(move |prev: Option<Place>| {
        let now = place.get();
        if prev.is_some_and(|p| p != now) {
            after_navigation(move || {
                window().scroll_to_with_x_and_y(0.0, 0.0);
                if let Some(h) = heading.get_untracked() {
                    let _ = h.focus();
                }
            });
        }
        now
    });
    view! {
        <div class="welcome">
            {move || match place.get() {
                Place::Intro => view! { <Intro heading/> }.into_any(),
                Place::Step(i) => view! { <StepView i heading/> }.into_any(),
                Place::Done => view! { <Done heading/> }.into_any(),
            }}
        </div>
    }
}

/// What Tend is and the privacy promise, and a way in or straight past.
#[component]
fn Intro(
    /// The page heading, for moving focus to it.
    heading: NodeRef<H1>,
) -> impl IntoView {
    let state = use_app();
    view! {
        <h1 tabindex="-1" node_ref=heading>{text::TITLE}</h1>
        <p class="lead">{text::WHAT}</p>
        <p class="promise">{text::PRIVACY}</p>
        <p>"Three short steps can help you begin. Each one is optional."</p>
        <div class="record-actions">
            <a class="button primary" href=sub_hash(Route::Welcome, text::STEPS[0].slug)>"Begin"</a>
            <button type="button" class="button quiet" on:click=move |_| finish(state)>
                "Skip and go to Today"
            </button>
        </div>
    }
}

/// One optional step.
#[component]
fn StepView(
    /// Which step, from 0.
    i: usize,
    /// The page heading, for moving focus to it.
    heading: NodeRef<H1>,
) -> impl IntoView {
    let state = use_app();
    let Some(step) = text::STEPS.get(i).copied() else {
        return ().into_any();
    };
    let Step {
        slug: _,
        title,
        intro,
        sources,
    } = step;
    let next = after(i);
    let last = i + 1 == text::STEPS.len();
    view! {
        <p class="hint">{format!("Step {} of {}", i + 1, text::STEPS.len())}</p>
        <h1 tabindex="-1" node_ref=heading>{title}</h1>
        <p>{intro}</p>
        <Sources articles=sources/>
        // The steps' forms (a check-up, people, a rhythm) are other screens'
        // code: they come in a chunk of their own (src/ui/lazy.rs), so the
        // first run's opening page is part of the first download.
        <LazyScreen part=Part::FirstRunStep(i)/>
        <div class="record-actions step-nav">
            <a class="button primary" href=next.clone()>{if last { "Finish" } else { "Next" }}</a>
            <a class="button" href=next>"Skip this step"</a>
            <button type="button" class="button quiet" on:click=move |_| finish(state)>
                "Skip the rest and go to Today"
            </button>
        </div>
    }
    .into_any()
}

/// What step `i` asks for (loaded on demand: see `StepView`).
pub(crate) fn step_body(i: usize) -> AnyView {
    match text::STEPS.get(i).map(|s| s.slug) {
        Some("checkup") => view! { <FirstCheckup next=after(i)/> }.into_any(),
        Some("people") => view! { <FirstPeople/> }.into_any(),
        Some(_) => view! { <FirstRhythm/> }.into_any(),
        None => ().into_any(),
    }
}

/// The end of the first run.
#[component]
fn Done(
    /// The page heading, for moving focus to it.
    heading: NodeRef<H1>,
) -> impl IntoView {
    let state = use_app();
    view! {
        <h1 tabindex="-1" node_ref=heading>"You are ready"</h1>
        <p>{text::DONE}</p>
        <div class="record-actions">
            <button type="button" class="button primary" on:click=move |_| finish(state)>
                "Go to Today"
            </button>
        </div>
    }
}

/// The three loneliness questions; once answered, what the answers mean.
#[component]
fn FirstCheckup(
    /// Where "Not now" leads.
    next: String,
) -> impl IntoView {
    let state = use_app();
    let kind = CheckupKind::Loneliness;
    let saved = RwSignal::new(false);
    let result = Memo::new(move |_| {
        state
            .checkups
            .with(|c| latest(c, kind).and_then(|r| Some((r.day, r.score().ok()?))))
    });
    let on_saved = Callback::new(move |()| saved.set(true));
    let on_not_now = Callback::new(move |()| go(&next));
    view! {
        <Show
            when=move || saved.get()
            fallback=move || view! { <Questions kind on_saved on_not_now/> }
        >
            <section class="card result" aria-labelledby="first-result">
                <h2 id="first-result">"Your starting point"</h2>
                {move || {
                    result
                        .get()
                        .map(|(day, result)| view! { <Score inst=kind.instrument() day result/> })
                }}
                <p class="hint">"Check-up keeps this result, and the others whenever you take them."</p>
            </section>
        </Show>
    }
}

/// How many of the people added the first run shows by name.
const RECENT: usize = 12;

/// Adding the first few people by name, or from a contacts file.
#[component]
fn FirstPeople() -> impl IntoView {
    let state = use_app();
    let name = RwSignal::new(String::new());
    let error = RwSignal::new(String::new());
    // The last few added, newest last, and how many there are in all.
    let names = Memo::new(move |_| {
        state.people.with(|p| {
            let live: Vec<_> = p.iter().filter(|p| !p.stamp.deleted).collect();
            let skip = live.len().saturating_sub(RECENT);
            live.iter()
                .skip(skip)
                .map(|p| (p.stamp.id.clone(), p.name.clone()))
                .collect::<Vec<_>>()
        })
    });
    let total = move || {
        state
            .people
            .with(|p| p.iter().filter(|p| !p.stamp.deleted).count())
    };
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match actions::add_person(state, &name.get_untracked()) {
            Ok(()) => {
                name.set(String::new());
                error.set(String::new());
            }
            Err(e) => error.set(e.to_string()),
        }
    };
    view! {
        <section class="card" aria-labelledby="first-names">
            <h2 id="first-names">"Type their names"</h2>
            <form class="inline-form" on:submit=add>
                <Field id="first-person" label="Name" value=name/>
                <Submit label="Add"/>
                <ErrorLine error/>
            </form>
            <Show when=move || names.with(|n| !n.is_empty())>
                <ul class="chips" aria-label="In People so far">
                    <For each=move || names.get() key=|n| n.clone() let:n>
                        <li class="chip">{n.1}</li>
                    </For>
                </ul>
                <Show when=move || { total() > RECENT }>
                    <p class="hint">{move || format!("{} people in People so far.", total())}</p>
                </Show>
            </Show>
        </section>
        <section class="card" aria-labelledby="first-contacts">
            <h2 id="first-contacts">"Or bring them in from your phone"</h2>
            <p class="hint">
                "Export your contacts as a vCard file (.vcf) from your phone or address book, choose it here, \
                 then tick who to add."
            </p>
            <Contacts/>
        </section>
    }
}

/// A check-in rhythm with someone, or the 7-day starter plan.
#[component]
fn FirstRhythm() -> impl IntoView {
    let state = use_app();
    let who = RwSignal::new(String::new());
    let how_often = RwSignal::new(cadence_value(Some(Cadence::Fortnightly)));
    let error = RwSignal::new(String::new());
    let any = move || state.people.with(|p| p.iter().any(|p| p.is_active()));
    let options = Cadence::PRESETS
        .iter()
        .map(|c| (cadence_value(Some(*c)), c.label()))
        .collect::<Vec<_>>();
    let set = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let id = who.get_untracked();
        let result = (|| {
            let person = state
                .live::<crate::model::Person>(&id)
                .ok_or(FormError::Choose("someone"))?;
            let cadence = cadence_of(&how_often.get_untracked())?;
            let name = person.name.clone();
            actions::update_person(state, crate::model::Person { cadence, ..person })?;
            Ok::<_, FormError>(name)
        })();
        match result {
            Ok(name) => {
                error.set(String::new());
                who.set(String::new());
                state.notify(
                    NoticeKind::Info,
                    format!("Today will remind you when it is time to check in with {name}."),
                    None,
                );
            }
            Err(e) => error.set(e.to_string()),
        }
    };
    let started = RwSignal::new(false);
    view! {
        <section class="card" aria-labelledby="first-rhythm">
            <h2 id="first-rhythm">"Keep in touch with someone"</h2>
            <Show
                when=any
                fallback=|| {
                    view! {
                        <p class="hint">
                            "Add someone first (the step before, or People), then give them a rhythm."
                        </p>
                    }
                }
            >
                <form class="stack" aria-label="A check-in rhythm" on:submit=set>
                    <PersonPicker id="first-who" label="Who would you like to keep in touch with?" person=who/>
                    <Select id="first-often" label="How often" options=options.clone() value=how_often/>
                    <ErrorLine error/>
                    <Submit label="Set the rhythm"/>
                </form>
            </Show>
        </section>
        <section class="card" aria-labelledby="first-plan">
            <h2 id="first-plan">"Or start a gentle week"</h2>
            <p>{crate::content::challenges::STARTER_INTRO}</p>
            <Sources articles=crate::content::challenges::STARTER_SOURCES/>
            <Show
                when=move || started.get()
                fallback=move || {
                    view! {
                        <button
                            type="button"
                            class="button"
                            on:click=move |_| {
                                practice::start_starter(state);
                                started.set(true);
                                state.notify(NoticeKind::Info, "Your 7-day plan starts today.", None);
                            }
                        >
                            "Start the 7-day plan"
                        </button>
                    }
                }
            >
                <p>"Started: Today shows each day's step."</p>
            </Show>
        </section>
    }
}
