//! Challenges: placeholder until challenges and check-ins arrive.

use leptos::prelude::*;

#[component]
pub fn Challenges() -> impl IntoView {
    view! {
        <h1>"Challenges"</h1>
        <section class="card coming">
            <h2>"Coming next"</h2>
            <p>"Small actions, repeated, are what make connection a habit. This screen will hold:"</p>
            <ul>
                <li>"the 5-for-5 Connection Challenge: five simple actions on five days in a row"</li>
                <li>"a gentle 7-day starter plan, and challenges of your own"</li>
                <li>"weekly rituals, check-in reminders and a planner for reconnecting"</li>
            </ul>
        </section>
    }
}
