//! The fields every entry form has (writing a new entry, editing one): the
//! day, the text, a mood, tags and the people it is about, each bound to a
//! signal of the form, and reading them back into an `EntryInput`.

use super::mood::MoodRow;
use crate::model::journal::{
    find_mentions, EntryInput, EntryKind, JournalEntry, MOOD_MAX, MOOD_MIN,
};
use crate::model::{day, Person};
use crate::state::draft::Draft;
use crate::ui::components::form::{Field, FormError, TextArea};
use crate::ui::components::people_picker::PeoplePicker;
use chrono::NaiveDate;
use leptos::html::Textarea;
use leptos::prelude::*;

/// What an entry form holds.
#[derive(Clone, Copy)]
pub struct EntryValues {
    pub day: RwSignal<String>,
    pub text: RwSignal<String>,
    /// "1" to "5", or "" for no mood.
    pub mood: RwSignal<String>,
    pub tags: RwSignal<String>,
    /// Ids of the people picked.
    pub people: RwSignal<Vec<String>>,
}

impl EntryValues {
    pub fn new(day: NaiveDate) -> Self {
        EntryValues {
            day: RwSignal::new(day.to_string()),
            text: RwSignal::new(String::new()),
            mood: RwSignal::new(String::new()),
            tags: RwSignal::new(String::new()),
            people: RwSignal::new(Vec::new()),
        }
    }

    pub fn of(e: &JournalEntry) -> Self {
        let values = EntryValues::new(e.day);
        values.set_entry(e);
        values
    }

    /// Puts `e`'s fields in the form (another version of the entry, taken).
    pub fn set_entry(&self, e: &JournalEntry) {
        self.day.set(e.day.to_string());
        self.text.set(e.text.clone());
        self.mood
            .set(e.mood.map(|m| m.to_string()).unwrap_or_default());
        self.tags.set(e.tags.join(", "));
        self.people.set(e.people.clone());
    }

    /// What the form holds, as a draft to keep (tracked: a change to any
    /// field re-runs what reads it).
    pub fn draft(&self) -> Draft {
        Draft {
            day: self.day.get(),
            text: self.text.get(),
            mood: self.mood.get(),
            tags: self.tags.get(),
            people: self.people.get(),
        }
    }

    /// Fills the form from a kept draft; a day that is not a real one is
    /// `today`, a mood that is not 1 to 5 is none (drafts kept by earlier
    /// versions wrote "0").
    pub fn set_draft(&self, draft: Draft, today: NaiveDate) {
        self.day.set(
            Some(draft.day)
                .filter(|d| day::parse(d).is_some())
                .unwrap_or_else(|| today.to_string()),
        );
        self.text.set(draft.text);
        self.mood.set(
            Some(draft.mood)
                .filter(|m| matches!(m.as_str(), "1" | "2" | "3" | "4" | "5"))
                .unwrap_or_default(),
        );
        self.tags.set(draft.tags);
        self.people.set(draft.people);
    }

    /// Empties the form for the next entry, on `day`.
    pub fn clear(&self, day: NaiveDate) {
        self.day.set(day.to_string());
        for s in [self.text, self.mood, self.tags] {
            s.set(String::new());
        }
        self.people.set(Vec::new());
    }

    /// The entry the form describes, with the people and tags found in the
    /// text (`@Name`, `#tag`) added to those picked; or what to fix.
    pub fn read(&self, people: &[Person]) -> Result<EntryInput, FormError> {
        let day = day::parse(&self.day.get_untracked()).ok_or(FormError::Choose("a valid date"))?;
        let text = self.text.get_untracked();
        let found = find_mentions(&text, people);
        let mut chosen = self.people.get_untracked();
        chosen.extend(found.people);
        let mut tags: Vec<String> = self
            .tags
            .get_untracked()
            .split(',')
            .map(str::to_string)
            .collect();
        tags.extend(found.tags);
        let mood = match self.mood.get_untracked().as_str() {
            "" => None,
            m => Some(
                m.parse::<u8>()
                    .ok()
                    .filter(|m| (MOOD_MIN..=MOOD_MAX).contains(m))
                    .ok_or(FormError::Mood)?,
            ),
        };
        Ok(EntryInput {
            day,
            text,
            mood,
            tags,
            people: chosen,
            kind: EntryKind::Entry,
            prompt: None,
        })
    }
}

/// The fields, with ids starting `prefix`.
#[component]
pub fn EntryFields(
    /// Prefix of the fields' ids; unique on the page.
    prefix: &'static str,
    /// The form's values.
    values: EntryValues,
    /// The text area, for moving focus to it.
    #[prop(optional)]
    text_ref: NodeRef<Textarea>,
) -> impl IntoView {
    view! {
        <TextArea id=format!("{prefix}-text") label="What is on your mind?" value=values.text node_ref=text_ref rows=5/>
        <MoodRow name=format!("{prefix}-mood") value=values.mood/>
        <div class="entry-meta">
            <Field id=format!("{prefix}-day") label="Day" kind="date" value=values.day/>
            <Field id=format!("{prefix}-tags") label="Tags (separated by commas)" value=values.tags/>
            <PeoplePicker id=format!("{prefix}-people") label="People in this entry" chosen=values.people/>
        </div>
    }
}
