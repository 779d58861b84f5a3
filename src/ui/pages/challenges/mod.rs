//! Challenges: small actions, repeated. Challenges in progress with today's
//! step to mark, a new challenge (the 5-for-5, the 7-day starter plan or
//! one's own), weekly and monthly rituals, plans for reconnecting with
//! someone, and the challenges already finished.
//!
//! Every form here is built once per visit and keeps its own signals, and
//! every list that changes is a keyed `<For>` of its own, so marking a day,
//! a ritual or a step never clears what is being typed.

mod history;
mod reconnect;
mod rituals;
mod running;
mod start;

use crate::content::challenges as text;
use crate::content::help;
use crate::state::AppState;
use crate::ui::components::form::{Card, FormError};
use crate::ui::components::guidance::{HowThisWorks, Sources};
use history::History;
use leptos::prelude::*;
use reconnect::{NewPlan, Plans};
use rituals::{RitualForm, Rituals};
use running::Running;
use start::StartChallenge;

#[component]
pub fn Challenges() -> impl IntoView {
    view! {
        <h1>"Challenges"</h1>
        <p class="lead">"Small actions, repeated, are what turn good intentions into closer ties."</p>
        <HowThisWorks guide=&help::CHALLENGES/>
        <Running/>
        <Card id="start-challenge" title="Start a challenge">
            <StartChallenge/>
        </Card>
        <Card id="rituals" title="Rituals">
            <p class="hint">"A standing date that repeats: a Sunday call, a shared meal, a monthly letter."</p>
            <Sources articles=text::RITUAL_SOURCES/>
            <Rituals/>
            <RitualForm/>
        </Card>
        <Card id="reconnect" title="Reconnect">
            <p class="hint">
                "For someone you have lost touch with: a few gentle steps that fit why you drifted apart."
            </p>
            <Sources articles=crate::content::reconnect::SOURCES/>
            <Plans/>
            <NewPlan/>
        </Card>
        <History/>
    }
}

/// The person chosen in a "With" picker: `None` for no one, or the id of
/// someone still in People. An id that is no longer there (removed in
/// another tab, say) is refused rather than stored.
fn chosen_person(state: AppState, value: &str) -> Result<Option<String>, FormError> {
    if value.is_empty() {
        return Ok(None);
    }
    state
        .name_of(value)
        .map(|_| Some(value.to_string()))
        .ok_or(FormError::PersonGone)
}
