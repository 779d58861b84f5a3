//! The reach-out kit: help to actually write to (or call) someone. The
//! context in one glance, two or three openers in our own words that fit
//! the occasion, the tie and the channel, a message to edit, and the ways
//! to send it: the system share sheet where there is one, the person's own
//! numbers and addresses as `sms:`, `tel:` and `mailto:` links, and Copy.
//! Whatever way is used, Tend keeps the send and asks once, when the person
//! comes back, whether they reached them (`ReachQuestions`).
//!
//! The rules (occasion, openers, links, the glance) are `model::reachout`;
//! the words are `content::openers`. The kit is a snapshot taken when it
//! opens: what the person types is never rebuilt by a change elsewhere.

use super::form::{coded, Select, TextArea};
use crate::device::{self, share::ShareError};
use crate::model::cadence;
use crate::model::challenge::reconnect::ReconnectPlan;
use crate::model::people::{Channel, Person};
use crate::model::reachout::{self, Glance, Kit};
use crate::model::season::Pauses;
use crate::state::seasons::use_pauses;
use crate::state::standing::standing;
use crate::state::{clock, reaching, use_app, AppState};
use leptos::prelude::*;

/// What the kit shows of the context, as text (taken when it opens).
#[derive(Clone, Debug, Default, PartialEq)]
struct Context {
    last: Option<String>,
    entry: Option<String>,
    next: Option<String>,
    gifts: Vec<String>,
}

/// How much of a journal entry the glance quotes.
const QUOTE_CHARS: usize = 140;

fn quote(text: &str) -> String {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    match flat.char_indices().nth(QUOTE_CHARS) {
        Some((at, _)) => format!("{}…", &flat[..at]),
        None => flat,
    }
}

fn context(g: &Glance) -> Context {
    use crate::model::milestone::What;
    Context {
        last: g.last_contact.map(|l| {
            let mut s = clock::long_date(l.day, true);
            if let Some(c) = l.channel {
                // ASCII labels: no Unicode case tables (tests/people.rs).
                s.push_str(&format!(" ({})", c.label().to_ascii_lowercase()));
            }
            if !l.note.is_empty() {
                s.push_str(&format!(": “{}”", quote(l.note)));
            }
            s
        }),
        entry: g
            .entry
            .map(|e| format!("{}: “{}”", clock::long_date(e.day, true), quote(&e.text))),
        next: g.next_date.map(|u| {
            let what = match u.what {
                What::Birthday { .. } => "Birthday".to_string(),
                What::Milestone { milestone, .. } => milestone.title().to_string(),
            };
            format!("{what}, {}", clock::long_date(u.day, false))
        }),
        gifts: g.gifts.to_vec(),
    }
}

/// The person, their kit and context as they stand now; `None` when they
/// were removed.
fn open(
    state: AppState,
    id: &str,
    channel: Option<Channel>,
    pauses: Memo<Pauses>,
) -> Option<(Person, Kit, Context)> {
    let today = state.today.get_untracked();
    let person = state.live::<Person>(id)?;
    let status = status_of(state, &person, pauses);
    let plan: Option<ReconnectPlan> = state
        .reconnects
        .with_untracked(|plans| reachout::live_plan(plans, id).cloned());
    let kit = reachout::kit(&person, status, today, plan.as_ref(), channel);
    // The latest entry about them may be years back.
    state.whole_logs();
    let ctx = state.interactions.with_untracked(|interactions| {
        state.journal.with_untracked(|journal| {
            state.milestones.with_untracked(|milestones| {
                state.gifts.with_untracked(|gifts| {
                    context(&reachout::glance(
                        &person,
                        interactions,
                        journal,
                        milestones,
                        gifts,
                        today,
                    ))
                })
            })
        })
    });
    Some((person, kit, ctx))
}

/// Where `person`'s check-in stands today, seasons counted; read without
/// tracking, since the kit keeps the reason it was opened for.
fn status_of(state: AppState, person: &Person, pauses: Memo<Pauses>) -> cadence::CheckIn {
    untrack(|| pauses.with(|ps| standing(state, person, ps)).0)
}

/// How a message leaves the kit through the browser.
#[derive(Clone, Copy)]
enum Via {
    /// The system share sheet.
    Share,
    /// The clipboard, to paste wherever the person writes.
    Copy,
}

#[component]
pub fn ReachKit(
    /// The id of the person to reach.
    #[prop(into)]
    person: String,
    /// Runs when the person closes the kit.
    #[prop(into)]
    on_close: Callback<()>,
) -> impl IntoView {
    let state = use_app();
    let pauses = use_pauses();
    let Some((who, first, ctx)) = open(state, &person, None, pauses) else {
        return view! { <p class="hint">"This person was removed, perhaps in another tab."</p> }
            .into_any();
    };
    let id = person.clone();
    let name = who.name.clone();
    let heading = format!("kit-{id}");
    let labelled_by = heading.clone();
    let channel = RwSignal::new(<&'static str>::from(first.channel).to_string());
    let chosen = Memo::new(move |_| {
        channel.with(|c| Channel::try_from(c.clone()).unwrap_or(Channel::Message))
    });
    // The openers follow the channel; the message is the person's own once
    // they have typed, and only a click on an opener replaces it.
    let who_for_openers = who.clone();
    let kit = Memo::new(move |_| {
        let today = state.today.get_untracked();
        let status = status_of(state, &who_for_openers, pauses);
        let plan = state
            .reconnects
            .with_untracked(|p| reachout::live_plan(p, &who_for_openers.stamp.id).cloned());
        reachout::kit(
            &who_for_openers,
            status,
            today,
            plan.as_ref(),
            Some(chosen.get()),
        )
    });
    let text = RwSignal::new(first.openers.first().cloned().unwrap_or_default());
    let subject = first.subject;
    let who_for_links = who.clone();
    let links = Memo::new(move |_| {
        text.with(|t| reachout::links(&who_for_links, chosen.get(), subject, t))
    });
    let support = device::support();
    let (p1, p2) = (id.clone(), id.clone());
    let words = {
        let name = name.clone();
        move |via: Via| match via {
            Via::Share => {
                format!("Sent. When you come back, Tend will ask whether you reached {name}.")
            }
            Via::Copy => format!(
                "Copied. Paste it wherever you write to {name}; Tend will ask later whether you \
                 reached them."
            ),
        }
    };
    let w = words.clone();
    // The share sheet or the clipboard; either counts as a send once done.
    let send = Action::new_local(move |(via, message): &(Via, String)| {
        // The channel chosen when send was pressed, read now: by the time
        // the share sheet answers, the kit may have been closed, and its
        // signals with it.
        let (via, message, person, words) = (*via, message.clone(), p1.clone(), w.clone());
        let channel = chosen.get_untracked();
        async move {
            let done = match via {
                Via::Share => device::share::share(&message).await,
                Via::Copy => device::share::copy(&message).await,
            };
            match done {
                Ok(()) => {
                    reaching::record_send(state, &person, channel);
                    Ok(words(via))
                }
                Err(ShareError::Cancelled) => Ok(String::new()),
                Err(e) => Err(e),
            }
        }
    });
    let followed = RwSignal::new(String::new());
    // A link opens the person's own messages, phone or email app: that is
    // the send.
    let follow = Callback::new(move |_: ()| {
        reaching::record_send(state, &p2, chosen.get_untracked());
        followed.set(words(Via::Share));
    });
    // Clicking a link after a failed share or copy says the link's words.
    let dispatch = move |via: Via| {
        followed.set(String::new());
        send.dispatch((via, text.get_untracked()));
    };
    let no_contacts = who.phones.is_empty() && who.emails.is_empty();
    let said = move || {
        if !followed.with(String::is_empty) {
            return (false, followed.get());
        }
        match send.value().get() {
            Some(Ok(s)) => (false, s),
            Some(Err(e)) => (true, e.to_string()),
            None => (false, String::new()),
        }
    };
    let context_rows = {
        let mut rows: Vec<(&'static str, String)> = Vec::new();
        if let Some(l) = ctx.last {
            rows.push(("Last in touch", l));
        } else {
            rows.push(("Last in touch", "Not logged yet".into()));
        }
        if let Some(e) = ctx.entry {
            rows.push(("In your journal", e));
        }
        if let Some(n) = ctx.next {
            rows.push(("Coming up", n));
        }
        if !ctx.gifts.is_empty() {
            rows.push(("Gift ideas", ctx.gifts.join(", ")));
        }
        rows.into_iter()
            .map(|(k, v)| view! { <dt>{k}</dt> <dd>{v}</dd> })
            .collect_view()
    };
    let opener_buttons = move || {
        kit.with(|k| k.openers.clone())
            .into_iter()
            .map(|o| {
                let line = o.clone();
                view! {
                    <li>
                        <button type="button" class="opener" on:click=move |_| text.set(line.clone())>
                            {o}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section class="kit" aria-labelledby=labelled_by>
            <h3 id=heading>{move || format!("{}: {name}", kit.with(|k| k.title))}</h3>
            <dl class="glance">{context_rows}</dl>
            <Select
                id=format!("kit-channel-{id}")
                label="How"
                options=coded(&Channel::ALL, Channel::label)
                value=channel
            />
            <p class="panel-title" id=format!("kit-openers-{id}")>"Start from one of these, then make it yours"</p>
            <ul class="openers" aria-labelledby=format!("kit-openers-{id}")>{opener_buttons}</ul>
            <TextArea id=format!("kit-text-{id}") label="Your message" value=text rows=4/>
            <div class="kit-actions">
                <Show when=move || support.share>
                    <button
                        type="button"
                        class="button primary"
                        disabled=move || send.pending().get()
                        on:click=move |_| dispatch(Via::Share)
                    >
                        "Send…"
                    </button>
                </Show>
                <For
                    each=move || links.get()
                    key=|l| l.label()
                    children=move |l| {
                        let label = l.label();
                        let href = Memo::new(move |_| {
                            links.with(|all| all.iter().find(|x| x.label() == label).map(|x| x.href.clone()))
                        });
                        view! {
                            <a class="button" href=move || href.get() on:click=move |_| follow.run(())>
                                {l.label()}
                            </a>
                        }
                    }
                />
                <button
                    type="button"
                    class="button"
                    disabled=move || send.pending().get()
                    on:click=move |_| dispatch(Via::Copy)
                >
                    "Copy"
                </button>
                <button type="button" class="button quiet" on:click=move |_| on_close.run(())>
                    "Close"
                </button>
            </div>
            <Show when=move || no_contacts>
                <p class="hint">
                    "Add a phone number or email address to their details, and Tend offers links that \
                     open your messages, phone or email with this text."
                </p>
            </Show>
            <p role="status" class=move || if said().0 { "field-error" } else { "hint" }>{move || said().1}</p>
        </section>
    }
    .into_any()
}
