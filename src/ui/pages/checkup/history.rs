//! Every score over time, one chart each, with its threshold.

use crate::model::assessment::checkup::history;
use crate::model::assessment::{loneliness, network, CheckupKind};
use crate::state::use_app;
use crate::ui::components::chart::ScoreChart;
use chrono::NaiveDate;
use leptos::prelude::*;

/// The chart's id prefix, and the score worth marking on it with what it
/// means.
fn chart_of(kind: CheckupKind) -> (&'static str, Option<(u8, &'static str)>) {
    match kind {
        CheckupKind::Loneliness => (
            "chart-lon",
            Some((loneliness::LONELY_FROM, "6 or more is often read as lonely")),
        ),
        CheckupKind::Network => (
            "chart-net",
            Some((network::AT_RISK_BELOW, "below 12 marks a risk of isolation")),
        ),
        CheckupKind::Skills => ("chart-ski", None),
    }
}

#[component]
pub(super) fn History() -> impl IntoView {
    let state = use_app();
    // Each check-up taken at least once, with its (day, score), oldest first.
    let series = Memo::new(move |_| {
        state.checkups.with(|c| {
            CheckupKind::ALL
                .into_iter()
                .filter_map(|kind| {
                    let points: Vec<(NaiveDate, u8)> = history(c, kind)
                        .into_iter()
                        .map(|(day, r)| (day, r.total()))
                        .collect();
                    (!points.is_empty()).then_some((kind, points))
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <Show when=move || series.with(|s| !s.is_empty())>
            <section class="card" aria-labelledby="history">
                <h2 id="history">"Over time"</h2>
                // Keyed by the whole series: a chart is redrawn only when
                // its own scores change.
                <For
                    each=move || series.get()
                    key=|s| s.clone()
                    children=|(kind, points)| {
                        let inst = kind.instrument();
                        let (id, threshold) = chart_of(kind);
                        view! {
                            <ScoreChart
                                id
                                title=inst.text.title
                                points
                                min=inst.min_total()
                                max=inst.max_total()
                                threshold
                            />
                        }
                    }
                />
            </section>
        </Show>
    }
}
