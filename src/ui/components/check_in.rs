//! A person's check-in status as a line of words with a coloured mark
//! beside it (the colour is never the only signal). Used on Today and on
//! People.

use crate::model::cadence::CheckIn;
use crate::state::clock;
use leptos::prelude::*;

/// The status in words, led by its one-word name (`CheckIn::word`), or
/// `None` when no rhythm is set.
pub fn words(status: CheckIn) -> Option<String> {
    let rest = match status {
        CheckIn::NoCadence => return None,
        CheckIn::NeverContacted => ": no contact logged yet".to_string(),
        CheckIn::Ok { next_due } => {
            format!(": next check-in {}", clock::long_date(next_due, false))
        }
        CheckIn::Snoozed { until } => format!(" until {}", clock::long_date(until, false)),
        // Short enough to stay on one line in a 360 px row whatever the date
        // ("since Wednesday, September 30" wrapped, and made Today's list
        // taller on some days than on others).
        CheckIn::Due { since_days: 0, .. } => " today".to_string(),
        CheckIn::Due { since_days: 1, .. } => " since yesterday".to_string(),
        CheckIn::Due {
            since_days: 2..=6,
            due_on,
        } => format!(" since {}", clock::weekday(due_on)),
        CheckIn::Due { due_on, .. } => format!(" since {}", clock::day_month(due_on)),
        CheckIn::Drifting { overdue_days, .. } => format!(": {overdue_days} days past due"),
    };
    Some(format!("{}{rest}", status.word()))
}

/// The status line; nothing when no rhythm is set.
#[component]
pub fn StatusLine(
    /// Where the person's check-ins stand.
    status: CheckIn,
) -> impl IntoView {
    let class = match status {
        CheckIn::Drifting { .. } => "status status-drifting",
        CheckIn::Due { .. } | CheckIn::NeverContacted => "status status-due",
        _ => "status status-ok",
    };
    words(status).map(|w| view! { <span class=class>{w}</span> })
}
