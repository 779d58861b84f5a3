//! About: what Tend is, the privacy promise, and the sources it draws on.

use crate::ui::components::form::Card;
use leptos::prelude::*;

/// Where Tend's guidance comes from; every sentence of it is our own.
const SOURCES: [&str; 6] = [
    "Misske Tjandra, “5 Steps to Building Strong Social Connections” (therapist's blog).",
    "US Centers for Disease Control and Prevention, “Improving Social Connectedness”.",
    "“How to Rebuild a Social Connection”.",
    "“Social Connection & Healing: Practical Pathways to Deep Wellness”.",
    "“How Can People Build Personal Connections with Each Other?”.",
    "US Department of Health and Human Services, Office of the Surgeon General: the 5-for-5 Connection Challenge.",
];

#[component]
pub fn About() -> impl IntoView {
    view! {
        <h1>"About Tend"</h1>
        <Card id="what" title="What Tend is">
            <p>
                "Tend helps you look after your relationships one small step at a time: notice where you stand, \
                 reach out to the people who matter, and reflect on how it felt."
            </p>
            <p>
                "Tend is supportive, not diagnostic. No score here is a diagnosis. If you feel lonely most of the \
                 time, or low for weeks, please talk to someone you trust, a doctor or a counsellor. In the US you \
                 can call or text 988; elsewhere, your local health services can point you to support."
            </p>
        </Card>
        <Card id="privacy" title="Your privacy">
            <p>
                "Tend has no account and no server. Everything you enter is stored only in this browser, on this \
                 device, and is never sent anywhere. Export a backup from Settings to keep a copy or move to another device."
            </p>
        </Card>
        <Card id="sources" title="Sources">
            <p>"Tend's guidance is written in its own words, drawing on:"</p>
            <ul>{SOURCES.iter().map(|s| view! { <li>{*s}</li> }).collect_view()}</ul>
        </Card>
    }
}
