//! Writing a new entry: a prompt to write about if one helps, the entry's
//! fields, and afterwards an offer to log a contact with the people it is
//! about. What is typed is kept as a draft a moment after the last
//! keystroke, and comes back after a reload.

use super::entry_form::{EntryFields, EntryValues};
use crate::content::prompts::{prompt_of_the_day, PromptKind};
use crate::state::{actions, draft, use_app, AppState, NoticeKind, Topic};
use crate::ui::components::form::{ErrorLine, FormError, Submit};
use crate::ui::components::log_contact::LogContact;
use chrono::NaiveDate;
use leptos::html::Textarea;
use leptos::prelude::*;
use std::time::Duration;

/// How long typing may pause before the draft is kept.
const DRAFT_PAUSE: Duration = Duration::from_millis(400);

/// Every prompt on offer: Tend's, then the person's own.
fn all_prompts(state: AppState) -> Vec<String> {
    let mut all: Vec<String> = PromptKind::ALL
        .iter()
        .flat_map(|k| k.prompts().iter().map(|p| p.to_string()))
        .collect();
    state.prompts.with_untracked(|own| {
        all.extend(
            own.iter()
                .filter(|p| !p.stamp.deleted)
                .map(|p| p.text.clone()),
        )
    });
    all
}

#[component]
pub fn Write() -> impl IntoView {
    let state = use_app();
    let today = state.today.get_untracked();
    let values = EntryValues::new(today);
    if let Some(kept) = draft::load(state) {
        values.set_draft(kept, today);
    }
    let error = RwSignal::new(String::new());
    let text_ref = NodeRef::<Textarea>::new();
    // The prompt offered above the form, and whether the entry answers it
    // (then it is saved with the entry).
    let prompt = RwSignal::new(prompt_of_the_day(today).to_string());
    let answering = RwSignal::new(false);
    // People just written about, offered a contact log: (id, name, day).
    let mentioned = RwSignal::new(Vec::<(String, String, NaiveDate)>::new());

    // Keep a draft a moment after the last change. Nothing is worth keeping
    // until there are words or tags: a day, a mood or a person alone is no
    // draft. The first run only subscribes.
    let pending = StoredValue::new(None::<leptos::leptos_dom::helpers::TimeoutHandle>);
    Effect::new(move |prev: Option<()>| {
        let kept = values.draft();
        if prev.is_none() {
            return;
        }
        if let Some(h) = pending.get_value() {
            h.clear();
        }
        let handle = set_timeout_with_handle(move || draft::save(state, &kept), DRAFT_PAUSE).ok();
        pending.set_value(handle);
    });

    let another = move |_| {
        let all = all_prompts(state);
        let now = prompt.get_untracked();
        let at = all
            .iter()
            .position(|x| *x == now)
            .map_or(0, |i| (i + 1) % all.len().max(1));
        if let Some(p) = all.get(at) {
            prompt.set(p.clone());
        }
        answering.set(false);
    };
    let write_about = move |_| {
        answering.set(true);
        if let Some(t) = text_ref.get_untracked() {
            let _ = t.focus();
        }
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let result = state.people.with_untracked(|people| {
            let mut input = values.read(people)?;
            input.prompt = answering.get_untracked().then(|| prompt.get_untracked());
            let about: Vec<(String, String, NaiveDate)> = people
                .iter()
                .filter(|p| !p.stamp.deleted && input.people.contains(&p.stamp.id))
                .map(|p| (p.stamp.id.clone(), p.name.clone(), input.day))
                .collect();
            actions::save_entry(state, None, input)?;
            Ok::<_, FormError>(about)
        });
        match result {
            Ok(about) => {
                if let Some(h) = pending.get_value() {
                    h.clear();
                }
                draft::clear(state);
                values.clear(state.today.get_untracked());
                error.set(String::new());
                mentioned.set(about);
                answering.set(false);
                // The list is another view: say where the entry went.
                state.notify_topic(
                    Topic::EntrySaved,
                    NoticeKind::Info,
                    "Entry saved. You will find it under Entries.",
                    None,
                );
                if let Some(t) = text_ref.get_untracked() {
                    let _ = t.focus();
                }
            }
            Err(e) => error.set(e.to_string()),
        }
    };
    view! {
        <div class="prompt-bar">
            <p class="prompt">
                <strong>{move || if answering.get() { "You are writing about: " } else { "A prompt, if you like: " }}</strong>
                <span id="prompt-text">{move || prompt.get()}</span>
            </p>
            <div class="record-actions">
                <Show
                    when=move || answering.get()
                    fallback=move || view! { <button type="button" class="button quiet" on:click=write_about>"Write about this"</button> }
                >
                    <button type="button" class="button quiet" on:click=move |_| answering.set(false)>
                        "Write freely instead"
                    </button>
                </Show>
                <button type="button" class="button quiet" on:click=another>"Another prompt"</button>
            </div>
        </div>
        <form class="stack" aria-label="Write" on:submit=save>
            <EntryFields prefix="w" values text_ref/>
            <ErrorLine error/>
            <Submit label="Save entry"/>
        </form>
        <Mentioned mentioned/>
    }
}

/// After an entry about someone: an offer to log the contact too.
#[component]
fn Mentioned(
    /// The people the entry was about, with its day.
    mentioned: RwSignal<Vec<(String, String, NaiveDate)>>,
) -> impl IntoView {
    view! {
        <Show when=move || mentioned.with(|m| !m.is_empty())>
            <div class="stack">
                <p class="hint">"You wrote about someone. Log it as a contact?"</p>
                <For each=move || mentioned.get() key=|m| m.clone() let:m>
                    <LogContact
                        person=m.0.clone()
                        name=m.1
                        day=m.2
                        on_done=Callback::new(move |()| mentioned.update(|list| list.retain(|(i, _, _)| *i != m.0)))
                    />
                </For>
                <button type="button" class="button quiet" on:click=move |_| mentioned.set(Vec::new())>
                    "Not now"
                </button>
            </div>
        </Show>
    }
}
