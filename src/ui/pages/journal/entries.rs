//! The entries: searched by words (matches marked), filtered by tag,
//! person, mood and dates, newest first, a page at a time; each can be
//! edited where it is listed or deleted (with an undo).

use super::entry_form::{EntryFields, EntryValues};
use super::entry_text::{is_long, EntryText};
use crate::model::day;
use crate::model::journal::search::{split_marked, Filter};
use crate::model::journal::JournalEntry;
use crate::model::order::set_of;
use crate::state::{actions, clock, use_app};
use crate::ui::components::form::{ErrorLine, Field, Opt, Select, Submit};
use crate::ui::components::people_picker::PersonPicker;
use leptos::html::Button;
use leptos::prelude::*;
use std::ops::Range;

/// Entries shown at first, and added by "Show more".
const PAGE: usize = 20;

/// The moods a filter can ask for: (value, label, range).
const MOOD_FILTERS: [(&str, &str, u8, u8); 3] = [
    ("low", "Low (1–2)", 1, 2),
    ("okay", "Okay (3)", 3, 3),
    ("good", "Good (4–5)", 4, 5),
];

/// One entry found, with what to mark in its text.
#[derive(Clone, PartialEq)]
struct Found {
    entry: JournalEntry,
    marks: Vec<Range<usize>>,
}

fn any(label: &str, mut rest: Vec<Opt>) -> Vec<Opt> {
    rest.insert(0, (String::new(), label.to_string()));
    rest
}

#[component]
pub fn Entries(
    /// Whether the list is on screen. Hidden behind another view, it keeps
    /// what it showed and follows no change, so writing an entry does not
    /// search and sort years of them for a list no one sees; it catches up
    /// when shown again.
    visible: Memo<bool>,
) -> impl IntoView {
    let state = use_app();
    let text = RwSignal::new(String::new());
    let tag = RwSignal::new(String::new());
    let person = RwSignal::new(String::new());
    let mood = RwSignal::new(String::new());
    let from = RwSignal::new(String::new());
    let to = RwSignal::new(String::new());
    let shown = RwSignal::new(PAGE);
    let filter = Memo::new(move |_| {
        let some = |s: String| Some(s).filter(|s| !s.is_empty());
        let m = mood.get();
        Filter {
            text: text.get(),
            tag: some(tag.get()),
            person: some(person.get()),
            mood: MOOD_FILTERS.iter().find(|f| f.0 == m).map(|f| f.2..=f.3),
            from: day::parse(&from.get()),
            to: day::parse(&to.get()),
            kind: None,
        }
    });
    // A new filter starts again at the first page.
    Effect::new(move |prev: Option<()>| {
        filter.track();
        if prev.is_some() {
            shown.set(PAGE);
        }
    });
    let found: Memo<(Vec<Found>, bool)> = while_visible(visible, move || {
        let f = filter.get();
        let n = shown.get();
        state.journal.with(|journal| {
            state.search.update_value(|ix| ix.refresh(journal));
            state.search.with_value(|ix| {
                let page = ix.search(journal, &f, n);
                let hits: Vec<Found> = page
                    .hits
                    .into_iter()
                    .map(|h| Found {
                        entry: h.entry.clone(),
                        marks: h.marks,
                    })
                    .collect();
                (hits, page.more)
            })
        })
    });
    // Fold the whole journal for searching when the search box is first
    // reached, before the first keystroke, so each keystroke only scans
    // (and opening the screen does not pay for a search never made).
    let prepare = move |_| {
        state
            .journal
            .with_untracked(|j| state.search.update_value(|ix| ix.fold_all(j)))
    };
    let tags = while_visible(visible, move || {
        state.journal.with(|j| {
            // Years of entries use a handful of tags: a set of borrowed
            // names, copied only once each.
            let tags = set_of(
                j.iter()
                    .filter(|e| !e.stamp.deleted)
                    .flat_map(|e| e.tags.iter().map(String::as_str)),
            );
            tags.into_iter()
                .map(|t| (t.to_string(), t.to_string()))
                .collect::<Vec<_>>()
        })
    });
    let moods: Vec<Opt> = MOOD_FILTERS
        .iter()
        .map(|(v, l, _, _)| (v.to_string(), l.to_string()))
        .collect();
    let clear = move |_| {
        for s in [text, tag, person, mood, from, to] {
            s.set(String::new());
        }
    };
    let editing = RwSignal::new(None::<String>);
    // After an edit closes, the entry's Edit button takes focus back.
    let refocus = RwSignal::new(None::<String>);
    let nothing = move || {
        if filter.with(|f| *f == Filter::default()) {
            "Nothing written yet. A single sentence is a fine start."
        } else {
            "No entries match. Try fewer words or clear the filters."
        }
    };
    view! {
        <form class="filters" role="search" on:submit=|ev| ev.prevent_default()>
            <span class="field search">
                <label for="f-q">"Search your journal"</label>
                <input id="f-q" name="f-q" type="search" autocomplete="off" bind:value=text on:focus=prepare/>
            </span>
            <Select id="f-tag" label="Tag" options=Signal::derive(move || any("Any tag", tags.get())) value=tag/>
            <PersonPicker id="f-person" label="Person" person/>
            <Select id="f-mood" label="Mood" options=any("Any mood", moods) value=mood/>
            <Field id="f-from" label="From" kind="date" value=from/>
            <Field id="f-to" label="To" kind="date" value=to/>
            <button type="button" class="button quiet" on:click=clear>"Clear filters"</button>
        </form>
        <Show
            when=move || found.with(|f| !f.0.is_empty())
            fallback=move || view! { <p class="empty">{nothing}</p> }
        >
            <ul class="record-list" aria-label="Journal entries">
                // Keyed by id alone: an entry edited (here or in another tab)
                // keeps its row, and so an editor open in it.
                <For
                    each=move || found.with(|f| f.0.iter().map(|h| h.entry.stamp.id.clone()).collect::<Vec<_>>())
                    key=|id| id.clone()
                    let:id
                >
                    <EntryItem id found editing refocus/>
                </For>
            </ul>
        </Show>
        <Show when=move || found.with(|f| f.1)>
            <button type="button" class="button" on:click=move |_| shown.update(|n| *n += PAGE)>
                "Show more"
            </button>
        </Show>
    }
}

/// A memo of `compute` that, while `visible` is false, keeps what it last
/// held and follows no change but `visible` itself (its first value is
/// always computed); shown again, it computes afresh.
fn while_visible<T>(visible: Memo<bool>, compute: impl Fn() -> T + Send + Sync + 'static) -> Memo<T>
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    Memo::new(move |before: Option<&T>| {
        let shown = visible.get();
        match before {
            Some(before) if !shown => before.clone(),
            _ => compute(),
        }
    })
}

/// An entry's day, as the person's locale writes it.
fn when(e: &JournalEntry) -> String {
    clock::long_date(e.day, true)
}

#[component]
fn EntryItem(
    /// The entry's id.
    id: String,
    /// The page of entries found, with what to mark in each.
    found: Memo<(Vec<Found>, bool)>,
    /// The entry being edited in place.
    editing: RwSignal<Option<String>>,
    /// The entry whose Edit button should take focus when shown.
    refocus: RwSignal<Option<String>>,
) -> impl IntoView {
    let hit = {
        let id = id.clone();
        Memo::new(move |_| found.with(|f| f.0.iter().find(|h| h.entry.stamp.id == id).cloned()))
    };
    // A Memo per row, so opening one editor switches only that row.
    let is_editing = {
        let id = id.clone();
        Memo::new(move |_| editing.with(|e| e.as_deref() == Some(id.as_str())))
    };
    let edit_id = id.clone();
    view! {
        <li class="record entry">
            <Show
                when=move || is_editing.get()
                fallback=move || {
                    let id = id.clone();
                    move || hit.get().map(|h| view! { <EntryView hit=h id=id.clone() editing refocus/> })
                }
            >
                {
                    let id = edit_id.clone();
                    move || {
                        hit.get_untracked()
                            .map(|h| view! { <EditEntry entry=h.entry id=id.clone() hit editing refocus/> })
                    }
                }
            </Show>
        </li>
    }
}

/// An entry as it reads in the list, with its Edit and Delete buttons.
#[component]
fn EntryView(
    /// The entry and what to mark in it.
    hit: Found,
    /// The entry's id.
    id: String,
    /// The entry being edited in place.
    editing: RwSignal<Option<String>>,
    /// The entry whose Edit button should take focus when shown.
    refocus: RwSignal<Option<String>>,
) -> impl IntoView {
    let state = use_app();
    let Found { entry, marks } = hit;
    let day = when(&entry);
    let edit_button = NodeRef::<Button>::new();
    {
        let id = id.clone();
        Effect::new(move |_| {
            if let Some(b) = edit_button.get() {
                if refocus.get_untracked().as_deref() == Some(id.as_str()) {
                    refocus.set(None);
                    let _ = b.focus();
                }
            }
        });
    }
    let tags = (!entry.tags.is_empty()).then(|| {
        let t: Vec<String> = entry.tags.iter().map(|t| format!("#{t}")).collect();
        t.join(" ")
    });
    let fold = marks.is_empty() && is_long(&entry.text);
    let text = split_marked(&entry.text, &marks)
        .into_iter()
        .map(|(part, marked)| {
            let part = part.to_string();
            if marked {
                view! { <mark>{part}</mark> }.into_any()
            } else {
                part.into_any()
            }
        })
        .collect_view();
    let people = entry.people.clone();
    // Names follow People (a rename, a removal).
    let about = move || {
        let names: Vec<String> = people.iter().filter_map(|p| state.name_of(p)).collect();
        let with = (!names.is_empty()).then(|| format!("With {}", names.join(", ")));
        (tags.is_some() || with.is_some()).then(|| {
            view! {
                <p class="entry-about">
                    {tags.clone().map(|t| view! { <span>{t}</span> })}
                    {with.map(|w| view! { <span>{w}</span> })}
                </p>
            }
        })
    };
    let (edit_id, delete_id) = (id.clone(), id);
    view! {
        <p class="entry-head">
            <span class="entry-day">{day.clone()}</span>
            {entry.is_review().then(|| view! { <span class="chip">"Weekly review"</span> })}
            {entry.stamp.is_conflict_copy().then(|| view! { <span class="chip">"Conflict copy"</span> })}
            {entry.mood.map(|m| view! { <span class="chip">{format!("Mood {m} of 5")}</span> })}
        </p>
        {entry.prompt.clone().map(|p| view! { <p class="entry-prompt">{p}</p> })}
        <EntryText fold>{text}</EntryText>
        {about}
        <div class="record-actions">
            <button
                type="button"
                class="button quiet"
                node_ref=edit_button
                aria-label=format!("Edit the entry of {day}")
                on:click=move |_| editing.set(Some(edit_id.clone()))
            >
                "Edit"
            </button>
            <button
                type="button"
                class="button quiet"
                aria-label=format!("Delete the entry of {day}")
                on:click=move |_| actions::delete_entry(state, &delete_id)
            >
                "Delete"
            </button>
        </div>
    }
}

/// Editing an entry where it is listed. What is typed stays while the
/// entry changes elsewhere (another tab): the form says so and offers the
/// other version, to take instead or to keep beside this one.
#[component]
fn EditEntry(
    /// The entry as it was when editing began.
    entry: JournalEntry,
    /// The entry's id.
    id: String,
    /// The entry as it is now.
    hit: Memo<Option<Found>>,
    /// The entry being edited (cleared when done).
    editing: RwSignal<Option<String>>,
    /// Where focus returns when done.
    refocus: RwSignal<Option<String>>,
) -> impl IntoView {
    let state = use_app();
    let values = EntryValues::of(&entry);
    let error = RwSignal::new(String::new());
    let (kind, prompt) = (entry.kind, entry.prompt.clone());
    // The version the form started from (or last took); another one
    // appearing means the entry changed elsewhere meanwhile.
    let base = RwSignal::new(entry);
    let theirs = Memo::new(move |_| {
        let now = hit.with(|h| h.as_ref().map(|h| h.entry.clone()))?;
        base.with(|b| (now.stamp.updated_at != b.stamp.updated_at && now != *b).then_some(now))
    });
    let close = {
        let id = id.clone();
        move || {
            refocus.set(Some(id.clone()));
            editing.set(None);
        }
    };
    let read = move || {
        state
            .people
            .with_untracked(|people| values.read(people))
            .map(|mut input| {
                input.kind = kind;
                input.prompt = prompt.clone();
                input
            })
    };
    let save = {
        let (close, id, read) = (close.clone(), id.clone(), read.clone());
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let result = read().and_then(|input| Ok(actions::save_entry(state, Some(&id), input)?));
            match result {
                Ok(()) => close(),
                Err(e) => error.set(e.to_string()),
            }
        }
    };
    let keep_both = {
        let (close, id) = (close.clone(), id.clone());
        move |_| {
            let Some(other) = theirs.get_untracked() else {
                return;
            };
            let result = read().and_then(|input| {
                actions::save_entry(state, Some(&id), input)?;
                actions::keep_copy(state, &other)?;
                Ok(())
            });
            match result {
                Ok(()) => close(),
                Err(e) => error.set(e.to_string()),
            }
        }
    };
    let take_theirs = move |_| {
        if let Some(other) = theirs.get_untracked() {
            values.set_entry(&other);
            base.set(other);
        }
    };
    view! {
        <form class="stack panel" aria-label="Edit entry" on:submit=save>
            <EntryFields prefix="e" values/>
            <Show when=move || theirs.with(Option::is_some)>
                <div class="panel" role="group" aria-label="Changed elsewhere">
                    <p>
                        "This entry was changed in another tab while you were editing it. What you typed is                          kept; the other version reads:"
                    </p>
                    <blockquote class="entry-text">{move || theirs.with(|t| t.as_ref().map(|t| t.text.clone()))}</blockquote>
                    <div class="record-actions">
                        <button type="button" class="button" on:click=keep_both.clone()>"Keep both"</button>
                        <button type="button" class="button quiet" on:click=take_theirs>"Use the other version"</button>
                    </div>
                </div>
            </Show>
            <ErrorLine error/>
            <div class="record-actions">
                <Submit label="Save changes"/>
                <button type="button" class="button quiet" on:click=move |_| close()>"Cancel"</button>
            </div>
        </form>
    }
}
