//! Journal: write with a prompt, a mood, tags and the people it is about;
//! find entries again by words, tag, person, mood or dates; see the month at
//! a glance; look back on this day; review the week; export as Markdown.
//!
//! The rules (search, filters, calendar, review, prompts, Markdown) live in
//! `model::journal`, `content::prompts` and `formats::markdown`; this screen
//! asks and shows.

use crate::content::prompts::{prompt_of_the_day, PromptKind, REVIEW};
use crate::model::journal::calendar::{month_heat, on_this_day};
use crate::model::journal::mentions::find_mentions;
use crate::model::journal::review::{last_review_day, review_due, review_text, weekly_series};
use crate::model::journal::search::{split_marked, Filter, SearchIndex};
use crate::model::journal::{EntryInput, EntryKind, JournalEntry};
use crate::model::{day, Person};
use crate::state::{actions, clock, draft, AppState, NoticeKind};
use crate::ui::components::chart::{tenths, weekly_chart};
use crate::ui::components::dom::{button, card, el, focus_next, live, say, tx, txt, Form, N};
use crate::ui::components::form::{
    checks, choices, error_line, field, input, select, submit, text_area,
};
use crate::ui::components::log_contact::log_contact;
use chrono::{Datelike, NaiveDate};
use leptos::prelude::*;

/// Entries shown at first, and added by "Show more".
const PAGE: usize = 30;

const MOODS: [&str; 6] = [
    "Not set",
    "1 Very low",
    "2 Low",
    "3 Okay",
    "4 Good",
    "5 Very good",
];

/// The moods a filter can ask for: (value, label, range).
const MOOD_FILTERS: [(&str, &str, u8, u8); 3] = [
    ("low", "Low (1–2)", 1, 2),
    ("okay", "Okay (3)", 3, 3),
    ("good", "Good (4–5)", 4, 5),
];

/// What the screen remembers while it is open.
#[derive(Clone, Copy)]
struct View {
    state: AppState,
    /// The entry being edited in place.
    editing: RwSignal<Option<String>>,
    filter: RwSignal<Filter>,
    /// Raised to redraw the filter form (after "Clear filters").
    filter_form: RwSignal<u32>,
    shown: RwSignal<usize>,
    /// Year and month of the calendar.
    month: RwSignal<(i32, u32)>,
    /// Raised to give the write form a fresh start after a save.
    fresh: RwSignal<u32>,
    /// The prompt offered above the write form, if any...
    prompt: RwSignal<Option<String>>,
    /// ... and whether the entry being written answers it (then it is saved
    /// with the entry).
    answering: RwSignal<bool>,
    /// People just written about, offered a contact log.
    mentioned: RwSignal<Vec<(String, String, NaiveDate)>>,
    /// Search index of the journal, rebuilt when the journal changed.
    index: StoredValue<SearchIndex, LocalStorage>,
}

pub fn journal(state: AppState) -> N {
    let today = clock::today();
    let v = View {
        state,
        editing: RwSignal::new(None),
        filter: RwSignal::new(Filter::default()),
        filter_form: RwSignal::new(0),
        shown: RwSignal::new(PAGE),
        month: RwSignal::new((today.year(), today.month())),
        fresh: RwSignal::new(0),
        prompt: RwSignal::new(Some(prompt_of_the_day(today).to_string())),
        answering: RwSignal::new(false),
        mentioned: RwSignal::new(Vec::new()),
        index: StoredValue::new_local(SearchIndex::default()),
    };
    el(
        "div",
        vec![
            tx("h1", "Journal"),
            card(
                "write",
                "Write",
                vec![
                    live(move || prompt_bar(v)),
                    live(move || write_form(v)),
                    live(move || mentioned(v)),
                ],
            ),
            el(
                "section",
                vec![
                    tx("h2", "Entries").at("id", "entries"),
                    live(move || filters(v)),
                    live(move || entries(v)),
                ],
            )
            .at("aria-labelledby", "entries"),
            card("calendar", "Your month", vec![live(move || calendar(v))]),
            live(move || look_back(v)),
            card("review", "Weekly review", vec![live(move || review(v))]),
            card("trend", "Mood and connection", vec![live(move || trend(v))]),
            card("own-prompts", "Your own prompts", vec![live(move || own_prompts(v))]),
            card(
                "export-journal",
                "Export",
                vec![
                    tx(
                        "p",
                        "Your whole journal as one Markdown file: a heading per day, with moods, tags and people.",
                    ),
                    button("button", "Export as Markdown", move |_| actions::export_journal(state)),
                ],
            ),
        ],
    )
}

/// Every prompt on offer: Tend's, then the person's own.
fn all_prompts(state: AppState) -> Vec<String> {
    let mut all: Vec<String> = PromptKind::ALL
        .iter()
        .flat_map(|k| k.prompts().iter().map(|p| p.to_string()))
        .collect();
    state.data.with_untracked(|d| {
        all.extend(
            d.prompts
                .iter()
                .filter(|p| !p.stamp.deleted)
                .map(|p| p.text.clone()),
        )
    });
    all
}

/// The prompt offered above the form: write about it, or see another.
fn prompt_bar(v: View) -> N {
    let next = move |_: &web_sys::Event| {
        let all = all_prompts(v.state);
        let now = v.prompt.get_untracked();
        let at = now
            .and_then(|p| all.iter().position(|x| *x == p))
            .map_or(0, |i| (i + 1) % all.len());
        v.prompt.set(all.get(at).cloned());
        v.answering.set(false);
    };
    let prompt = v.prompt.get().unwrap_or_default();
    let answering = v.answering.get();
    let lead = if answering {
        "You are writing about: "
    } else {
        "A prompt, if you like: "
    };
    let toggle = if answering {
        button("button quiet", "Write freely instead", move |_| {
            v.answering.set(false)
        })
    } else {
        button("button quiet", "Write about this", move |_| {
            focus_next("w-text");
            v.answering.set(true)
        })
    };
    el(
        "div",
        vec![
            el(
                "p",
                vec![
                    tx("strong", lead),
                    tx("span", prompt).at("id", "prompt-text"),
                ],
            )
            .at("class", "prompt"),
            el(
                "div",
                vec![toggle, button("button quiet", "Another prompt", next)],
            )
            .at("class", "record-actions"),
        ],
    )
    .at("class", "prompt-bar")
}

/// The fields every entry form has, filled from `values`: day, text, mood
/// (index into `MOODS`), tags, and the people ticked.
struct Values {
    day: String,
    text: String,
    mood: usize,
    tags: String,
    people: Vec<String>,
}

fn entry_fields(prefix: &str, values: &Values, people: &[Person]) -> Vec<N> {
    let id = |name: &str| format!("{prefix}-{name}");
    let mut kids = vec![field(&id("day"), "Day", "date", &values.day)];
    kids.extend(text_area(
        &id("text"),
        "What is on your mind?",
        &values.text,
    ));
    kids.push(choices(
        &id("mood"),
        "Mood (optional)",
        &MOODS,
        Some(values.mood),
    ));
    kids.push(field(
        &id("tags"),
        "Tags (separated by commas)",
        "text",
        &values.tags,
    ));
    let live: Vec<&Person> = people.iter().filter(|p| p.is_active()).collect();
    if !live.is_empty() {
        let names: Vec<&str> = live.iter().map(|p| p.name.as_str()).collect();
        let bits = live
            .iter()
            .enumerate()
            .filter(|(_, p)| values.people.contains(&p.stamp.id))
            .fold(0, |acc, (i, _)| acc | 1 << i);
        kids.push(checks(&id("people"), "People in this entry", &names, bits));
    }
    kids
}

/// Ids of the people ticked in an entry form's "People in this entry",
/// whose boxes follow the live people in order (see `entry_fields`).
fn ticked(f: &Form, name: &str, people: &[Person]) -> Vec<String> {
    let bits = f.bits(name);
    people
        .iter()
        .filter(|p| p.is_active())
        .enumerate()
        .filter(|(i, _)| bits & 1 << i != 0)
        .map(|(_, p)| p.stamp.id.clone())
        .collect()
}

/// Reads an entry form: its input, or a sentence about what to fix.
fn read_entry(f: &Form, prefix: &str, people: &[Person]) -> Result<EntryInput, String> {
    let id = |name: &str| format!("{prefix}-{name}");
    let day = day::parse(&f.text(&id("day"))).ok_or("Please choose a valid date.")?;
    let text = f.text(&id("text"));
    let found = find_mentions(&text, people);
    let mut chosen = ticked(f, &id("people"), people);
    chosen.extend(found.people);
    let mut tags: Vec<String> = f.text(&id("tags")).split(',').map(str::to_string).collect();
    tags.extend(found.tags);
    Ok(EntryInput {
        day,
        text,
        mood: f.index(&id("mood")).filter(|m| *m > 0).map(|m| m as u8),
        tags,
        people: chosen,
        kind: EntryKind::Entry,
        prompt: None,
    })
}

/// The draft's fields, in this order.
fn draft_values(d: &[String], today: NaiveDate) -> Values {
    let get = |i: usize| d.get(i).cloned().unwrap_or_default();
    Values {
        day: Some(get(0))
            .filter(|s| day::parse(s).is_some())
            .unwrap_or_else(|| today.to_string()),
        text: get(1),
        mood: get(2)
            .parse()
            .ok()
            .filter(|m| *m < MOODS.len())
            .unwrap_or(0),
        tags: get(3),
        people: get(4)
            .split(',')
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect(),
    }
}

thread_local! {
    /// Bumped by every keystroke and by saving, so that only the last
    /// pending draft write runs, and never after the entry was saved.
    static DRAFT_GEN: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

fn next_draft_gen() -> u32 {
    DRAFT_GEN.with(|g| {
        g.set(g.get().wrapping_add(1));
        g.get()
    })
}

/// Writing a new entry. What is typed is kept as a draft (a moment after
/// the last keystroke), and comes back after a reload.
fn write_form(v: View) -> N {
    v.fresh.track();
    let state = v.state;
    let people = state.data.with_untracked(|d| d.people.clone());
    let values = draft_values(&draft::load(), clock::today());
    let keep_draft = {
        let people = people.clone();
        move |ev: &web_sys::Event| {
            let f = Form::of(ev);
            let ids = ticked(&f, "w-people", &people);
            // Nothing worth keeping until there are words or tags: a day, a
            // mood or a ticked person alone is no draft.
            let fields = if f.text("w-text").trim().is_empty() && f.text("w-tags").trim().is_empty()
            {
                Vec::new()
            } else {
                vec![
                    f.text("w-day"),
                    f.text("w-text"),
                    f.index("w-mood").unwrap_or(0).to_string(),
                    f.text("w-tags"),
                    ids.join(","),
                ]
            };
            let gen = next_draft_gen();
            set_timeout(
                move || {
                    if DRAFT_GEN.with(|g| g.get()) == gen {
                        draft::save(&fields);
                    }
                },
                std::time::Duration::from_millis(400),
            );
        }
    };
    let save = move |ev: &web_sys::Event| {
        let people = state.data.with_untracked(|d| d.people.clone());
        let result = read_entry(&Form::of(ev), "w", &people).and_then(|mut input| {
            input.prompt = v
                .prompt
                .get_untracked()
                .filter(|_| v.answering.get_untracked());
            let about: Vec<(String, String, NaiveDate)> = people
                .iter()
                .filter(|p| input.people.contains(&p.stamp.id))
                .map(|p| (p.stamp.id.clone(), p.name.clone(), input.day))
                .collect();
            actions::save_entry(state, None, input).map(|()| about)
        });
        match result {
            Ok(about) => {
                next_draft_gen();
                draft::clear();
                v.mentioned.set(about);
                v.answering.set(false);
                focus_next("w-text");
                v.fresh.update(|n| *n += 1);
            }
            Err(e) => say(ev, &e),
        }
    };
    let mut kids = entry_fields("w", &values, &people);
    kids.push(error_line());
    kids.push(submit("Save entry"));
    el("form", kids)
        .at("class", "stack")
        .at("aria-label", "Write")
        .on("input", keep_draft.clone())
        .on("change", keep_draft)
        .on("submit", save)
}

/// After an entry about someone: an offer to log the contact too.
fn mentioned(v: View) -> N {
    let list = v.mentioned.get();
    if list.is_empty() {
        return el("div", vec![]);
    }
    let mut kids =
        vec![tx("p", "You wrote about someone. Log it as a contact?").at("class", "hint")];
    for (id, name, on) in list {
        let done_id = id.clone();
        kids.push(log_contact(v.state, &id, &name, on, move || {
            v.mentioned.update(|m| m.retain(|(i, _, _)| *i != done_id))
        }));
    }
    kids.push(button("button quiet", "Not now", move |_| {
        v.mentioned.set(Vec::new())
    }));
    el("div", kids).at("class", "stack")
}

/// Search and filters; every change applies at once.
fn filters(v: View) -> N {
    v.filter_form.track();
    let f = v.filter.get_untracked();
    let (tags, people) = v.state.data.with(|d| {
        let mut tags: Vec<String> = Vec::new();
        for e in d.journal.iter().filter(|e| !e.stamp.deleted) {
            for t in &e.tags {
                if !tags.contains(t) {
                    tags.push(t.clone());
                }
            }
        }
        crate::model::sort_small(&mut tags, |a, b| a < b);
        let people: Vec<(String, String)> = d
            .live_people()
            .map(|p| (p.stamp.id.clone(), p.name.clone()))
            .collect();
        (tags, people)
    });
    let any = |label: &str| vec![(String::new(), label.to_string())];
    let mut tag_options = any("Any tag");
    tag_options.extend(tags.into_iter().map(|t| (t.clone(), t)));
    let mut people_options = any("Anyone");
    people_options.extend(people);
    let mut mood_options = any("Any mood");
    mood_options.extend(
        MOOD_FILTERS
            .iter()
            .map(|(v, l, _, _)| (v.to_string(), l.to_string())),
    );
    let mood_now = f
        .mood
        .as_ref()
        .and_then(|r| {
            MOOD_FILTERS
                .iter()
                .find(|m| m.2 == *r.start() && m.3 == *r.end())
        })
        .map_or("", |m| m.0);
    let day_text = |d: Option<NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
    let apply = move |ev: &web_sys::Event| {
        let form = Form::of(ev);
        let some = |s: String| Some(s).filter(|s| !s.is_empty());
        let mood = form.text("f-mood");
        v.filter.set(Filter {
            text: form.text("f-q"),
            tag: some(form.text("f-tag")),
            person: some(form.text("f-person")),
            mood: MOOD_FILTERS.iter().find(|m| m.0 == mood).map(|m| m.2..=m.3),
            from: day::parse(&form.text("f-from")),
            to: day::parse(&form.text("f-to")),
            kind: None,
        });
        v.shown.set(PAGE);
    };
    el(
        "form",
        vec![
            el(
                "span",
                vec![
                    tx("label", "Search your journal").at("for", "f-q"),
                    input("f-q", "search", &f.text),
                ],
            )
            .at("class", "field search"),
            select("f-tag", "Tag", tag_options, f.tag.as_deref().unwrap_or("")),
            select(
                "f-person",
                "Person",
                people_options,
                f.person.as_deref().unwrap_or(""),
            ),
            select("f-mood", "Mood", mood_options, mood_now),
            field("f-from", "From", "date", &day_text(f.from)),
            field("f-to", "To", "date", &day_text(f.to)),
            button("button quiet", "Clear filters", move |_| {
                v.filter.set(Filter::default());
                v.shown.set(PAGE);
                v.filter_form.update(|n| *n += 1);
            }),
        ],
    )
    .at("class", "filters")
    .at("role", "search")
    .on("input", apply)
    .on("change", apply)
}

/// An entry's day, as the person's locale writes it.
fn when(e: &JournalEntry) -> String {
    clock::long_date(e.day, true)
}

/// A mood written for people: "4 of 5".
fn mood_words(m: u8) -> String {
    format!("Mood {m} of 5")
}

/// The entries that match, newest first, a page at a time.
fn entries(v: View) -> N {
    let filter = v.filter.get();
    let shown = v.shown.get();
    let editing = v.editing.get();
    v.state.data.with(|d| {
        v.index.update_value(|ix| {
            if !ix.is_current(&d.journal) {
                *ix = SearchIndex::new(&d.journal);
            }
        });
        let page = v
            .index
            .with_value(|ix| ix.search(&d.journal, &filter, shown));
        if page.hits.is_empty() {
            let text = if filter == Filter::default() {
                "Nothing written yet. A single sentence is a fine start."
            } else {
                "No entries match. Try fewer words or clear the filters."
            };
            return tx("p", text).at("class", "empty");
        }
        let items: Vec<N> = page
            .hits
            .iter()
            .map(|hit| {
                let e = hit.entry;
                if editing.as_deref() == Some(e.stamp.id.as_str()) {
                    return el("li", vec![edit_form(v, e, &d.people)]).at("class", "record entry");
                }
                let mut text: Vec<N> = Vec::new();
                for (part, marked) in split_marked(&e.text, &hit.marks) {
                    text.push(if marked { tx("mark", part) } else { txt(part) });
                }
                let day = when(e);
                let mut head = vec![tx("span", &day).at("class", "entry-day")];
                if e.is_review() {
                    head.push(tx("span", "Weekly review").at("class", "badge"));
                }
                if let Some(m) = e.mood {
                    head.push(tx("span", mood_words(m)).at("class", "badge"));
                }
                let mut kids = vec![el("p", head).at("class", "entry-head")];
                if let Some(p) = &e.prompt {
                    kids.push(tx("p", p.clone()).at("class", "entry-prompt"));
                }
                kids.push(el("p", text).at("class", "entry-text"));
                let mut about = Vec::new();
                if !e.tags.is_empty() {
                    let tags: Vec<String> = e.tags.iter().map(|t| format!("#{t}")).collect();
                    about.push(tx("span", tags.join(" ")));
                }
                let names: Vec<&str> = d
                    .people
                    .iter()
                    .filter(|p| !p.stamp.deleted && e.people.contains(&p.stamp.id))
                    .map(|p| p.name.as_str())
                    .collect();
                if !names.is_empty() {
                    about.push(tx("span", format!("With {}", names.join(", "))));
                }
                if !about.is_empty() {
                    kids.push(el("p", about).at("class", "entry-about"));
                }
                let (edit_id, del_id) = (e.stamp.id.clone(), e.stamp.id.clone());
                kids.push(
                    el(
                        "div",
                        vec![
                            button("button quiet", "Edit", move |_| {
                                v.editing.set(Some(edit_id.clone()))
                            })
                            .at("aria-label", format!("Edit the entry of {day}")),
                            button("button quiet", "Delete", move |_| {
                                actions::delete_entry(v.state, &del_id)
                            })
                            .at("aria-label", format!("Delete the entry of {day}")),
                        ],
                    )
                    .at("class", "record-actions"),
                );
                el("li", kids).at("class", "record entry")
            })
            .collect();
        let mut out = vec![el("ul", items)
            .at("class", "record-list")
            .at("aria-label", "Journal entries")];
        if page.more {
            out.push(button("button", "Show more", move |_| {
                v.shown.update(|n| *n += PAGE)
            }));
        }
        el("div", out)
    })
}

/// Editing an entry where it is listed.
fn edit_form(v: View, e: &JournalEntry, people: &[Person]) -> N {
    let values = Values {
        day: e.day.to_string(),
        text: e.text.clone(),
        mood: e.mood.map_or(0, usize::from),
        tags: e.tags.join(", "),
        people: e.people.clone(),
    };
    let id = e.stamp.id.clone();
    let (kind, prompt) = (e.kind, e.prompt.clone());
    // Focus returns to this entry's Edit button once the form closes.
    let back = format!("Edit the entry of {}", when(e));
    let after_save = back.clone();
    let save = move |ev: &web_sys::Event| {
        let people = v.state.data.with_untracked(|d| d.people.clone());
        let result = read_entry(&Form::of(ev), "e", &people).and_then(|mut input| {
            input.kind = kind;
            input.prompt = prompt.clone();
            actions::save_entry(v.state, Some(&id), input)
        });
        match result {
            Ok(()) => {
                focus_next(after_save.clone());
                v.editing.set(None);
            }
            Err(e) => say(ev, &e),
        }
    };
    let mut kids = entry_fields("e", &values, people);
    kids.push(error_line());
    kids.push(
        el(
            "div",
            vec![
                submit("Save changes"),
                button("button quiet", "Cancel", move |_| {
                    focus_next(back.clone());
                    v.editing.set(None);
                }),
            ],
        )
        .at("class", "record-actions"),
    );
    el("form", kids)
        .at("class", "stack panel")
        .at("aria-label", "Edit entry")
        .on("submit", save)
}

/// The month with each day's entries and mean mood, as a table.
fn calendar(v: View) -> N {
    let (year, month) = v.month.get();
    let cells = v.state.data.with(|d| month_heat(&d.journal, year, month));
    let step = move |back: bool| {
        move |_: &web_sys::Event| {
            v.month.update(|(y, m)| {
                (*y, *m) = match (back, *m) {
                    (true, 1) => (*y - 1, 12),
                    (true, _) => (*y, *m - 1),
                    (false, 12) => (*y + 1, 1),
                    (false, _) => (*y, *m + 1),
                }
            })
        }
    };
    let Some(first) = cells.first().map(|c| c.day) else {
        return el("div", vec![]);
    };
    let caption = clock::month_year(first);
    let mut rows = Vec::new();
    let mut row: Vec<N> = (0..first.weekday().num_days_from_monday())
        .map(|_| el("td", vec![]))
        .collect();
    for c in &cells {
        let date = clock::long_date(c.day, false);
        let label = match (c.entries, c.mood) {
            (0, _) => format!("{date}: no entries"),
            (n, mood) => {
                let count = if n == 1 {
                    "1 entry".to_string()
                } else {
                    format!("{n} entries")
                };
                match mood {
                    Some(m) => format!("{date}: {count}, mood {}", tenths(m)),
                    None => format!("{date}: {count}"),
                }
            }
        };
        let level = c.entries.min(3);
        let mut kids = vec![tx("span", c.day.day().to_string()).at("aria-hidden", "true")];
        if c.entries > 0 {
            kids.push(
                tx("span", "•".repeat(level as usize))
                    .at("class", "dots")
                    .at("aria-hidden", "true"),
            );
        }
        if let Some(m) = c.mood {
            // The day's mean mood in figures, so colour is not its only sign.
            let tone = if m < 2.5 {
                "low"
            } else if m < 3.5 {
                "okay"
            } else {
                "good"
            };
            kids.push(
                tx("span", format!("☺{}", tenths(m)))
                    .at("class", format!("cell-mood mood-{tone}"))
                    .at("aria-hidden", "true"),
            );
        }
        row.push(
            el("td", kids)
                .at("class", format!("heat heat-{level}"))
                .at("aria-label", label),
        );
        if row.len() == 7 {
            rows.push(el("tr", std::mem::take(&mut row)));
        }
    }
    if !row.is_empty() {
        while row.len() < 7 {
            row.push(el("td", vec![]));
        }
        rows.push(el("tr", row));
    }
    let head = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        .into_iter()
        .map(|d| tx("th", d).at("scope", "col"))
        .collect();
    let mut table = vec![tx("caption", caption), el("thead", vec![el("tr", head)])];
    table.push(el("tbody", rows));
    el(
        "div",
        vec![
            el(
                "div",
                vec![
                    button("button quiet", "Previous month", step(true)),
                    button("button quiet", "Next month", step(false)),
                ],
            )
            .at("class", "record-actions"),
            el("table", table).at("class", "calendar"),
            tx(
                "p",
                "The more you wrote on a day, the taller its bar; each dot is an entry (up to three), and ☺ is the day's average mood from 1 to 5.",
            )
            .at("class", "hint"),
        ],
    )
}

/// Entries written on this day in earlier years.
fn look_back(v: View) -> N {
    let today = clock::today();
    let items: Vec<N> = v.state.data.with(|d| {
        on_this_day(&d.journal, today)
            .into_iter()
            .map(|e| {
                el(
                    "li",
                    vec![
                        tx("p", when(e)).at("class", "entry-day"),
                        tx("p", e.text.clone()).at("class", "entry-text"),
                    ],
                )
                .at("class", "record entry")
            })
            .collect()
    });
    if items.is_empty() {
        return el("div", vec![]);
    }
    el(
        "section",
        vec![
            tx("h2", "On this day").at("id", "this-day"),
            el("ul", items)
                .at("class", "record-list")
                .at("aria-label", "On this day"),
        ],
    )
    .at("class", "card")
    .at("aria-labelledby", "this-day")
}

/// The weekly review: four questions, saved as one review entry.
fn review(v: View) -> N {
    v.fresh.track();
    let today = clock::today();
    let due = v
        .state
        .data
        .with_untracked(|d| review_due(today, last_review_day(&d.journal)));
    let mut kids = vec![tx(
        "p",
        if due {
            "A good moment to look back on your week: what nourished you, what drained you, and one plan for the next."
        } else {
            "Your review for this week is done. You can add another whenever you like."
        },
    )];
    for (i, q) in REVIEW.iter().enumerate() {
        let id = format!("r-{i}");
        kids.extend(text_area(&id, q, ""));
    }
    kids.push(error_line());
    kids.push(submit("Save review"));
    let save = move |ev: &web_sys::Event| {
        let f = Form::of(ev);
        let answers: Vec<String> = (0..REVIEW.len())
            .map(|i| f.text(&format!("r-{i}")))
            .collect();
        let refs: Vec<&str> = answers.iter().map(String::as_str).collect();
        let input = EntryInput {
            day: today,
            text: review_text(&refs),
            kind: EntryKind::Review,
            ..EntryInput::default()
        };
        match actions::save_entry(v.state, None, input) {
            Ok(()) => {
                v.state.notify(
                    NoticeKind::Info,
                    "Review saved. Today will show your plan.",
                    None,
                );
                v.fresh.update(|n| *n += 1);
            }
            Err(_) => say(ev, "Answer at least one question first."),
        }
    };
    el("form", kids)
        .at("class", "stack")
        .at("aria-label", "Weekly review")
        .on("submit", save)
}

/// Mood beside contacts, week by week.
fn trend(v: View) -> N {
    let points = v
        .state
        .data
        .with(|d| weekly_series(&d.journal, &d.interactions, clock::today(), 12));
    weekly_chart(&points)
}

/// Prompts the person wrote, offered with Tend's own.
fn own_prompts(v: View) -> N {
    let items: Vec<N> = v.state.data.with(|d| {
        d.prompts
            .iter()
            .filter(|p| !p.stamp.deleted)
            .map(|p| {
                let id = p.stamp.id.clone();
                el(
                    "li",
                    vec![
                        tx("span", p.text.clone()),
                        button("button quiet", "Remove", move |_| {
                            actions::delete_prompt(v.state, &id)
                        })
                        .at("aria-label", format!("Remove the prompt “{}”", p.text)),
                    ],
                )
                .at("class", "record")
            })
            .collect()
    });
    let add = move |ev: &web_sys::Event| match actions::add_prompt(
        v.state,
        &Form::of(ev).text("new-prompt"),
    ) {
        Ok(()) => crate::ui::components::dom::reset(ev),
        Err(e) => say(ev, &e),
    };
    let mut kids = Vec::new();
    if !items.is_empty() {
        kids.push(
            el("ul", items)
                .at("class", "record-list")
                .at("aria-label", "Your prompts"),
        );
    }
    kids.push(
        el(
            "form",
            vec![
                field(
                    "new-prompt",
                    "A question you would like to be asked",
                    "text",
                    "",
                ),
                tx("button", "Add prompt")
                    .at("type", "submit")
                    .at("class", "button"),
                error_line(),
            ],
        )
        .at("class", "inline-form")
        .on("submit", add),
    );
    el("div", kids)
}
