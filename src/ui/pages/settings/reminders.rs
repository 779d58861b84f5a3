//! Reminders that reach the person with Tend closed, all optional, each
//! saying what this browser supports: calendar alarms (everywhere, through
//! the `.ics` export), the app badge and the daily nudge (installed apps on
//! some browsers), and seasons, which pause every one of them.

use crate::device::nudge::NudgeError;
use crate::device::{self, Support};
use crate::model::prefs;
use crate::state::{keep, practice, use_app, NoticeKind, Topic};
use crate::ui::components::form::Select;
use crate::ui::components::season::{SeasonNow, TakeSeason};
use leptos::prelude::*;

/// "9:00", "18:00": the hours as a 24-hour clock reads everywhere.
fn hour_options() -> Vec<(String, String)> {
    (0u8..24)
        .map(|h| (h.to_string(), format!("{h}:00")))
        .collect()
}

#[component]
pub fn Reminders() -> impl IntoView {
    let state = use_app();
    let support = device::support();
    let current = Memo::new(move |_| state.prefs.with(|p| prefs::current(p)));
    let hour = RwSignal::new(current.get_untracked().alarm_hour.to_string());
    Effect::new(move |prev: Option<()>| {
        let chosen = hour.get();
        if prev.is_none() {
            return;
        }
        if let Ok(h) = chosen.parse::<u8>() {
            if current.with_untracked(|p| p.alarm_hour) != h {
                keep::update(state, |p| {
                    let _ = p.set_alarm_hour(h);
                });
            }
        }
    });
    view! {
        <p>
            "Tend has no server, so it reaches you through what your device already has. Each of \
             these is optional, and a season pauses them all."
        </p>
        <h3>"Calendar alarms"</h3>
        <p>
            "Put your check-in rhythms, rituals, birthdays and other dates in your own calendar app: \
             one file, each repeating as it does here, each with an alarm at the hour you choose \
             (birthdays the day before and on the day). Export again after changes; events keep \
             their identity, so importing again updates them."
        </p>
        <p class="hint">
            "Apple Calendar, Outlook and Thunderbird keep the alarms; Google Calendar drops alarms \
             from imported files."
        </p>
        <Select id="alarm-hour" label="Alarm time" options=Signal::stored(hour_options()) value=hour/>
        <button type="button" class="button" on:click=move |_| practice::export_calendar(state)>
            "Export calendar (.ics)"
        </button>
        <h3>"The app's badge"</h3>
        <p>{badge_words(support)}</p>
        <h3>"A daily nudge"</h3>
        <DailyNudge support/>
        <h3>"Seasons"</h3>
        <SeasonNow/>
        <Show when=move || {
            let today = state.today.get();
            state.seasons.with(|s| crate::model::season::active(s, today).is_none())
        }>
            <TakeSeason/>
        </Show>
    }
}

fn badge_words(support: Support) -> &'static str {
    if support.badge {
        "Where Tend is installed as an app, its icon shows how many people are due today, and \
         the number goes away when no one is. It is kept up to date whenever Tend is open."
    } else {
        "This browser shows no number on app icons. Installed apps on desktop Chromium browsers, \
         on macOS and on iPhone and iPad Home Screens do: there, Tend's icon shows how many people \
         are due today."
    }
}

/// The opt-in daily notification: asked for only when the person presses
/// the button, and explained where the browser cannot do it.
#[component]
fn DailyNudge(
    /// What this browser offers.
    support: Support,
) -> impl IntoView {
    let state = use_app();
    let on = Memo::new(move |_| state.prefs.with(|p| prefs::current(p).nudge));
    let turn_on = Action::new_local(move |_: &()| async move {
        device::nudge::enable().await?;
        keep::update(state, |p| p.nudge = true);
        Ok::<_, NudgeError>(
            "The daily nudge is on: at most one quiet notification a day, only when someone is due.",
        )
    });
    let turn_off = Action::new_local(move |_: &()| async move {
        device::nudge::disable().await;
        keep::update(state, |p| p.nudge = false);
        Ok::<_, NudgeError>("The daily nudge is off.")
    });
    // The outcome goes to the notices, like every other setting's.
    Effect::new(move |_| {
        let latest = [turn_on.value().get(), turn_off.value().get()]
            .into_iter()
            .flatten()
            .next_back();
        match latest {
            Some(Ok(words)) => {
                state.notify_topic(Topic::Nudge, NoticeKind::Info, words, None);
            }
            Some(Err(e)) => {
                state.notify_topic(Topic::Nudge, NoticeKind::Error, e.to_string(), None);
            }
            None => {}
        }
    });
    let can = support.notifications && support.periodic_sync;
    view! {
        <p>
            "Once a day at most, a quiet notification such as “Ada would be glad to hear from you \
             today”, and only when someone is due. With the passphrase lock on it names no one."
        </p>
        <Show
            when=move || can
            fallback=|| view! {
                <p class="hint">
                    "This browser cannot wake Tend while it is closed (only Chromium-based browsers \
                     can, for installed apps). Calendar alarms above work everywhere."
                </p>
            }
        >
            <Show
                when=move || on.get()
                fallback=move || view! {
                    <button
                        type="button"
                        class="button"
                        disabled=move || turn_on.pending().get()
                        on:click=move |_| { turn_on.dispatch(()); }
                    >
                        "Turn on the daily nudge"
                    </button>
                }
            >
                <button
                    type="button"
                    class="button"
                    disabled=move || turn_off.pending().get()
                    on:click=move |_| { turn_off.dispatch(()); }
                >
                    "Turn off the daily nudge"
                </button>
            </Show>
        </Show>
    }
}
