//! About: what Tend is, the privacy promise, and the sources it draws on,
//! each with what Tend takes from it.

use crate::content::sources::Article;
use crate::content::welcome;
use crate::ui::components::form::Card;
use leptos::prelude::*;

#[component]
pub fn About() -> impl IntoView {
    let sources = Article::ALL
        .iter()
        .map(|a| {
            view! {
                <li>
                    {a.citation()}
                    <br/>
                    <span class="hint">{format!("Tend takes from it: {}.", a.takes())}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <h1>"About Tend"</h1>
        <Card id="what" title="What Tend is">
            <p>{welcome::WHAT}</p>
            <p>
                "Tend is supportive, not diagnostic. No score here is a diagnosis. If you feel lonely most of the \
                 time, or low for weeks, please talk to someone you trust, a doctor or a counsellor. In the US you \
                 can call or text 988; elsewhere, your local health services can point you to support."
            </p>
        </Card>
        <Card id="privacy" title="Your privacy">
            <p>{welcome::PRIVACY}</p>
            <p>"Export a backup from Settings to keep a copy or move to another device."</p>
        </Card>
        <Card id="sources" title="Sources">
            <p>
                "Tend's guidance is written in its own words. Each piece says which of these articles it draws \
                 on, and "
                <a href="#/help">"Help"</a>
                " gathers the guides and answers."
            </p>
            <ul class="plain-list">{sources}</ul>
        </Card>
    }
}
