//! The screens that are not needed to show Today, each split into a chunk
//! of wasm of its own (`scripts/build-wasm.mjs` runs the splitter), fetched
//! when it is first opened and, after the first screen is drawn, in idle
//! time, so a first visit downloads only the shell, Today and the first
//! run: the screens someone can open Tend on before any choice.
//!
//! The reach-out kit is split the same way: Today opens it from a
//! check-in, but only once someone chooses to reach out, so it comes first
//! among what is fetched in idle time rather than with Today itself. So is
//! the unlock screen: only someone who set a passphrase lock sees it, and
//! its code (the form, opening the vault) cost everyone else about 10 KB
//! gzip of the first download (measured with it in the main module).
//!
//! Only the main module calls a split function. A split screen that shows
//! the kit (People, Challenges) uses `ReachKit` itself, which the splitter
//! places in a chunk it shares with the kit's: in an unsplit build (the
//! browser tests) every split screen's code stays whole, and a split
//! called from inside it would be an import nothing provides, so the
//! module would not load.
//!
//! Each split function is `fallible`: a chunk that cannot be fetched (offline
//! before the service worker has cached it, a flaky network) is an `Err`
//! here, shown as a calm "could not open" with a retry, never a panic (which
//! would stop the whole app). The loader does not remember a failure, so the
//! retry fetches again.

use super::components::reach_kit::ReachKit;
use super::pages::{
    about::About, challenges::Challenges, checkup::Checkup, help::Help, journal::Journal,
    people::People, settings::Settings, unlock::Unlock, welcome,
};
use crate::device::idle::when_idle;
use crate::route::Route;
use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};

/// A screen's code did not arrive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("This screen could not be opened: its part of Tend did not download. Check the connection and try again.")]
pub struct NotLoaded;

impl From<SplitLoaderError> for NotLoaded {
    fn from(_: SplitLoaderError) -> Self {
        NotLoaded
    }
}

// One chunk per screen: the name before the first comma names the chunk.
// (The functions cannot be made by a macro of ours: the splitter's names
// come from where each is written.)

#[wasm_split(checkup, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_checkup))]
fn checkup() -> Result<AnyView, NotLoaded> {
    Ok(view! { <Checkup/> }.into_any())
}

#[wasm_split(people, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_people))]
fn people() -> Result<AnyView, NotLoaded> {
    Ok(view! { <People/> }.into_any())
}

#[wasm_split(challenges, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_challenges))]
fn challenges() -> Result<AnyView, NotLoaded> {
    Ok(view! { <Challenges/> }.into_any())
}

#[wasm_split(journal, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_journal))]
fn journal() -> Result<AnyView, NotLoaded> {
    Ok(view! { <Journal/> }.into_any())
}

#[wasm_split(settings, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_settings))]
fn settings() -> Result<AnyView, NotLoaded> {
    Ok(view! { <Settings/> }.into_any())
}

#[wasm_split(about, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_about))]
fn about() -> Result<AnyView, NotLoaded> {
    Ok(view! { <About/> }.into_any())
}

#[wasm_split(help, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_help))]
fn help() -> Result<AnyView, NotLoaded> {
    Ok(view! { <Help/> }.into_any())
}

#[wasm_split(unlock, wasm_split_path = ::leptos::wasm_split, fallible)]
fn unlock() -> Result<AnyView, NotLoaded> {
    Ok(view! { <Unlock/> }.into_any())
}

// The first run's steps: forms from three screens, which its opening page
// (part of the first download) does not need.
#[wasm_split(first_run_steps, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_first_run_steps))]
fn first_run_step(i: usize) -> Result<AnyView, NotLoaded> {
    Ok(welcome::step_body(i))
}

#[wasm_split(reach_kit, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_reach_kit))]
fn reach_kit(person: String, on_close: Callback<()>) -> Result<AnyView, NotLoaded> {
    Ok(view! { <ReachKit person on_close/> }.into_any())
}

/// What is loaded on demand: a screen, the first run's step forms, the
/// unlock screen, or the reach-out kit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// Any screen but Today and the first run, which come with the app
    /// (`ui::app` shows them itself).
    Screen(Route),
    /// The form of the first run's step `i`.
    FirstRunStep(usize),
    /// What shows while a passphrase lock is closed (`ui::app` shows it
    /// in place of any screen).
    Unlock,
    /// The reach-out kit (shown by [`LazyReachKit`]).
    ReachKit,
}

/// What is fetched in idle time, in this order: the kit Today opens, the
/// navigation's screens (Today is here already), then the pages linked
/// from the footer and the help link. Not the unlock screen: closing the
/// lock reloads the page, so it is only ever the first screen (and the
/// service worker keeps its code for a start without the network).
const PREFETCH: [Part; 8] = [
    Part::ReachKit,
    Part::Screen(Route::Checkup),
    Part::Screen(Route::People),
    Part::Screen(Route::Challenges),
    Part::Screen(Route::Journal),
    Part::Screen(Route::Settings),
    Part::Screen(Route::About),
    Part::Screen(Route::Help),
];

impl Part {
    async fn view(self) -> Result<AnyView, NotLoaded> {
        match self {
            Part::FirstRunStep(i) => first_run_step(i).await,
            Part::Unlock => unlock().await,
            Part::Screen(route) => match route {
                Route::Checkup => checkup().await,
                Route::People => people().await,
                Route::Challenges => challenges().await,
                Route::Journal => journal().await,
                Route::Settings => settings().await,
                Route::About => about().await,
                Route::Help => help().await,
                // Never asked for here (see `Part::Screen`).
                Route::Today | Route::Welcome => Err(NotLoaded),
            },
            // Shown by `LazyReachKit`, which has the person to show it for.
            Part::ReachKit => Err(NotLoaded),
        }
    }

    async fn fetch(self) -> Result<(), SplitLoaderError> {
        match self {
            Part::FirstRunStep(_) => preload_first_run_steps().await,
            // Never fetched ahead (see `PREFETCH`): only ever the first screen.
            Part::Unlock => Ok(()),
            Part::Screen(route) => match route {
                Route::Checkup => preload_checkup().await,
                Route::People => preload_people().await,
                Route::Challenges => preload_challenges().await,
                Route::Journal => preload_journal().await,
                Route::Settings => preload_settings().await,
                Route::About => preload_about().await,
                Route::Help => preload_help().await,
                Route::Today | Route::Welcome => Ok(()),
            },
            Part::ReachKit => preload_reach_kit().await,
        }
    }
}

/// Shows `part` once its code is here: at once when it already is, a
/// quiet "Opening…" while it downloads, and "could not open" with a retry
/// when the download fails.
#[component]
pub fn LazyScreen(part: Part) -> impl IntoView {
    when_loaded("screen-opening", None, move || async move {
        let view = part.view().await;
        if view.is_ok() {
            // The first screen someone sees may be this one (a link, a
            // reload, the first run).
            fetch_when_idle();
        }
        view
    })
}

/// The reach-out kit for `person`, once its code is here (as
/// [`LazyScreen`]); where it failed to download, a retry in its place.
#[component]
pub fn LazyReachKit(
    /// The id of the person to reach.
    #[prop(into)]
    person: String,
    /// Runs when the person closes the kit.
    #[prop(into)]
    on_close: Callback<()>,
) -> impl IntoView {
    when_loaded("hint", Some("the reach-out kit"), move || {
        reach_kit(person.clone(), on_close)
    })
}

/// The view `load` makes, once the code it needs is here: a quiet
/// "Opening…" (styled as `class`) while it downloads, and [`NotOpened`]
/// for `what` when it fails, whose retry calls `load` again.
fn when_loaded<F, Fut>(class: &'static str, what: Option<&'static str>, load: F) -> impl IntoView
where
    F: Fn() -> Fut + Send + Sync + 'static,
    Fut: std::future::Future<Output = Result<AnyView, NotLoaded>> + Send + 'static,
{
    let attempt = RwSignal::new(0u32);
    view! {
        <Suspense fallback=move || view! { <p class=class>"Opening…"</p> }>
            {move || {
                attempt.track();
                let loading = load();
                Suspend::new(async move {
                    loading
                        .await
                        .unwrap_or_else(|error| view! { <NotOpened error attempt what/> }.into_any())
                })
            }}
        </Suspense>
    }
}

/// A part whose code did not arrive: why, that nothing is lost, and a
/// retry (which fetches again).
#[component]
fn NotOpened(
    error: NotLoaded,
    attempt: RwSignal<u32>,
    /// What failed when it is part of a screen (the screen's own heading
    /// stays); `None`: the whole screen, whose heading this becomes.
    what: Option<&'static str>,
) -> impl IntoView {
    let title = what.map_or_else(
        || "Could not open this screen".to_string(),
        |w| format!("Could not open {w}"),
    );
    let heading = match what {
        None => view! { <h1>{title}</h1> }.into_any(),
        Some(_) => view! { <p><strong>{title}</strong></p> }.into_any(),
    };
    view! {
        <section class="screen-failed card" role="alert">
            {heading}
            <p>{error.to_string()}</p>
            <p class="muted">"Nothing you wrote is affected: everything is still stored on this device."</p>
            <button class="primary" on:click=move |_| attempt.update(|n| *n += 1)>
                "Try again"
            </button>
        </section>
    }
}

thread_local! {
    static FETCHING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Once the first screen is drawn and the browser is idle, fetches every
/// other screen's code, one screen per idle moment, so each opens at once
/// later and the service worker (which caches every chunk when it
/// installs) is not the only way they reach an offline phone. Never before:
/// the first screen's own download comes first, and a person's first taps
/// never wait behind it. Only the first call counts. A failure is left for
/// the screen itself to report when it is opened.
pub fn fetch_when_idle() {
    if FETCHING.replace(true) {
        return;
    }
    fetch_from(0);
}

/// Fetches `part`'s code when the browser is next idle (a part the
/// current screen is likely to need next).
pub fn fetch_soon(part: Part) {
    fetch_then(part, || {});
}

fn fetch_from(i: usize) {
    if let Some(&part) = PREFETCH.get(i) {
        fetch_then(part, move || fetch_from(i + 1));
    }
}

/// Fetches `part`'s code when the browser is next idle, then runs `next`
/// (whether or not it arrived).
fn fetch_then(part: Part, next: impl FnOnce() + 'static) {
    when_idle(move || {
        leptos::task::spawn_local(async move {
            let _ = part.fetch().await;
            next();
        })
    });
}
