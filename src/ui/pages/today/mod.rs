//! Today: the home screen. Today's challenge step, who is due a check-in
//! or drifting, one suggested small step, birthdays and dates coming up,
//! logging a contact, a check-up when one is due, the week's plan and
//! review, a quick journal line, and where to start.

mod check_ins;
mod coming_up;
mod steps;

use crate::content::checkup as checkup_text;
use crate::content::help;
use crate::content::prompts::prompt_of_the_day;
use crate::model::assessment::checkup::{checkup_due, last_day};
use crate::model::journal::review::{last_review_day, latest_review, review_due_in, review_plan};
use crate::model::suggest::{suggest, Facts};
use crate::state::seasons::use_pauses;
use crate::state::{actions, clock, keep, use_app, NoticeKind};
use crate::ui::components::form::{Card, ErrorLine, Submit, TextArea};
use crate::ui::components::guidance::HowThisWorks;
use crate::ui::components::log_contact::LogContact;
use crate::ui::components::people_picker::PersonPicker;
use crate::ui::components::season::{SeasonNow, WelcomeBack};
use crate::ui::components::waiting::DataWaiting;
use check_ins::CheckIns;
use coming_up::ComingUp;
use leptos::prelude::*;
use steps::ChallengeToday;

#[component]
pub fn Today() -> impl IntoView {
    let state = use_app();
    view! {
        <h1>"Today"</h1>
        <p class="lead">{move || clock::long_date(state.today.get(), false)}</p>
        <HowThisWorks guide=&help::TODAY/>
        // Refused data (the notice above says why) is not empty data: no
        // step, nobody due, no form whose entry would not be kept.
        <Show when=move || !state.refused.get() fallback=DataWaiting>
            <Sections/>
        </Show>
    }
}

/// Everything Today shows from the data.
#[component]
fn Sections() -> impl IntoView {
    view! {
        <SeasonNow/>
        <WelcomeBack/>
        <ChallengeToday/>
        <CheckIns/>
        <Suggestion/>
        <ComingUp/>
        <QuickLog/>
        <BackupDue/>
        <CheckupDue/>
        <Week/>
        <Card id="quick-note" title="One line for today">
            <QuickNote/>
        </Card>
        <Card id="start" title="Where to start">
            <Start/>
        </Card>
    }
}

/// One small action, chosen by the rules in `model::suggest`, with why.
#[component]
fn Suggestion() -> impl IntoView {
    let state = use_app();
    let s = Memo::new(move |_| {
        let today = state.today.get();
        state.people.with(|people| {
            state.checkups.with(|checkups| {
                state.challenges.with(|challenges| {
                    suggest(
                        Facts {
                            people,
                            checkups,
                            challenges,
                        },
                        today,
                    )
                })
            })
        })
    });
    view! {
        <section class="card suggest" aria-labelledby="suggested">
            <h2 id="suggested">"A small step for today"</h2>
            <h3>{move || s.get().title}</h3>
            <p>{move || s.get().text}</p>
            <p class="hint">{move || s.get().why}</p>
            <a class="button" href=move || s.get().href>"Go there"</a>
        </section>
    }
}

/// Logging a contact with anyone, not only those due: choose who, then how.
#[component]
fn QuickLog() -> impl IntoView {
    let state = use_app();
    let who = RwSignal::new(String::new());
    let any = move || state.people.with(|p| p.iter().any(|p| p.is_active()));
    // The person chosen, while they are in People: a Memo, so a change to
    // someone else (added in another tab, say) leaves the open panel, and
    // the note typed in it, as they are.
    let chosen = Memo::new(move |_| {
        let id = who.get();
        state.names.with(|n| n.contains_key(&id)).then_some(id)
    });
    let panel = move || {
        let id = chosen.get()?;
        let name = state.names.with_untracked(|n| n.get(&id).cloned())?;
        let done = Callback::new(move |()| who.set(String::new()));
        Some(view! { <LogContact person=id name day=state.today.get_untracked() on_done=done/> })
    };
    view! {
        <Show when=any>
            <Card id="quick-log" title="Log a contact">
                <PersonPicker id="quick-who" label="Who were you in touch with?" person=who/>
                {panel}
            </Card>
        </Show>
    }
}

/// A gentle offer of a backup when none was made for the chosen span
/// (Settings; a month unless changed), with the backup one tap away.
#[component]
fn BackupDue() -> impl IntoView {
    let state = use_app();
    let since = Memo::new(move |_| {
        // Days counted from when Tend started keeping data, until a backup.
        // Looked at again when the day moves on.
        state.today.track();
        let start = keep::started(state)?;
        let prefs = keep::prefs(state);
        let now = clock::now();
        prefs.backup_due(start, now).then(|| {
            (
                prefs.last_backup.is_some(),
                prefs.days_without_backup(start, now),
            )
        })
    });
    view! {
        <Show when=move || since.with(Option::is_some)>
            <section class="card" aria-labelledby="backup-due">
                <h2 id="backup-due">"A backup"</h2>
                <p>
                    {move || match since.get() {
                        Some((true, days)) => format!("Your last backup was {days} days ago. "),
                        _ => "You have not made a backup yet. ".to_string(),
                    }}
                    "Everything you keep in Tend lives only in this browser; a backup file keeps a copy safe."
                </p>
                <button type="button" class="button" on:click=move |_| actions::export_backup(state)>
                    "Export a backup"
                </button>
            </section>
        </Show>
    }
}

/// A check-up, suggested when none was taken in the last 30 days.
#[component]
fn CheckupDue() -> impl IntoView {
    let state = use_app();
    let last = Memo::new(move |_| state.checkups.with(|c| last_day(c)));
    let due = move || checkup_due(last.get(), state.today.get());
    view! {
        <Show when=due>
            <section class="card suggest" aria-labelledby="checkup-due">
                <h2 id="checkup-due">"A check-up"</h2>
                <p>{move || if last.get().is_some() { checkup_text::DUE } else { checkup_text::FIRST }}</p>
                <a class="button primary" href="#/checkup">"Go to Check-up"</a>
            </section>
        </Show>
    }
}

/// The plan from the latest weekly review (for seven days), and the review
/// itself when it is due.
#[component]
fn Week() -> impl IntoView {
    let state = use_app();
    let plan = Memo::new(move |_| {
        let today = state.today.get();
        state.journal.with(|j| {
            latest_review(j, today)
                .filter(|e| (today - e.day).num_days() < 7)
                .and_then(|e| review_plan(&e.text).map(str::to_string))
        })
    });
    let pauses = use_pauses();
    let due = Memo::new(move |_| {
        let today = state.today.get();
        state.journal.with(|j| {
            // Nothing to look back on before the first entry; nothing asked
            // in a season. The journal's older months may still be
            // waiting: reviews older than two weeks do not change the
            // answer, and months waiting hold entries.
            (j.iter().any(|e| !e.stamp.deleted) || !state.journal_is_whole())
                && pauses.with(|p| review_due_in(today, last_review_day(j), p))
        })
    });
    view! {
        {move || {
            plan.get()
                .map(|plan| {
                    view! {
                        <section class="card" aria-labelledby="week-plan">
                            <h2 id="week-plan">"Your plan for this week"</h2>
                            <p class="plan">{plan}</p>
                        </section>
                    }
                })
        }}
        <Show when=move || due.get()>
            <section class="card" aria-labelledby="week-review">
                <h2 id="week-review">"Your weekly review"</h2>
                <p>
                    "A few minutes to look back: which connections nourished you, which drained you, and one plan for next week."
                </p>
                <a class="button" href="#/journal/review">"Go to the review"</a>
            </section>
        </Show>
    }
}

/// A line for the journal, without leaving Today.
#[component]
fn QuickNote() -> impl IntoView {
    let state = use_app();
    let text = RwSignal::new(String::new());
    let error = RwSignal::new(String::new());
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match actions::add_entry(state, state.today.get_untracked(), &text.get_untracked()) {
            Ok(()) => {
                text.set(String::new());
                error.set(String::new());
                state.notify(NoticeKind::Info, "Saved to your journal.", None);
            }
            Err(e) => error.set(e.to_string()),
        }
    };
    view! {
        <form class="stack" on:submit=save>
            <p class="prompt">
                <strong>"Prompt of the day: "</strong>
                {move || prompt_of_the_day(state.today.get())}
            </p>
            <TextArea id="today-note" label="Who did you connect with, or who is on your mind?" value=text/>
            <ErrorLine error/>
            <Submit label="Save to journal"/>
        </form>
    }
}

#[component]
fn Start() -> impl IntoView {
    let state = use_app();
    let people = move || {
        state
            .people
            .with(|p| p.iter().filter(|p| !p.stamp.deleted).count())
    };
    // Counted once every month is in (a moment after Today is shown).
    let entries = move || {
        let n = state
            .journal
            .with(|j| j.iter().filter(|e| !e.stamp.deleted).count());
        state.journal_is_whole().then_some(n)
    };
    view! {
        <ul class="plain-list">
            <li>
                <a href="#/people">"People"</a>
                {move || format!(" — {} in your circle so far.", people())}
            </li>
            <li>
                <a href="#/journal">"Journal"</a>
                {move || match entries() {
                    None => " — your entries.".to_string(),
                    Some(1) => " — 1 entry.".to_string(),
                    Some(n) => format!(" — {n} entries."),
                }}
            </li>
            <li>
                <a href="#/settings">"Settings"</a>
                " — export a backup whenever you like; your data never leaves this device otherwise."
            </li>
        </ul>
    }
}
