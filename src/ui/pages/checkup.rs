//! Check-up: placeholder until the self-assessment arrives.

use leptos::prelude::*;

#[component]
pub fn Checkup() -> impl IntoView {
    view! {
        <h1>"Check-up"</h1>
        <section class="card coming">
            <h2>"Coming next"</h2>
            <p>"Short, well-studied check-ups to see where you stand, kept over time:"</p>
            <ul>
                <li>"a three-question loneliness check"</li>
                <li>"a six-question look at your network of family and friends"</li>
                <li>"a reflection on your connection habits, with ideas for the two you want to grow"</li>
            </ul>
            <p>"None of these is a diagnosis; they are a mirror to help you choose a next step."</p>
        </section>
    }
}
