//! What a screen of the person's data shows while the stored data is
//! refused (saved by a newer Tend, or needing migrations that did not
//! download: the notice above says which): not an empty screen, and no
//! form whose entry would not be kept.

use leptos::prelude::*;

#[component]
pub fn DataWaiting() -> impl IntoView {
    view! {
        <section class="card" aria-labelledby="waiting">
            <h2 id="waiting">"Your data is waiting"</h2>
            <p>
                "Tend could not open what this browser keeps, so there is nothing to show here yet. "
                "Everything stored is unchanged: reload the page, once online, to open it."
            </p>
        </section>
    }
}
