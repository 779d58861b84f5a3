//! Every detail of a person, edited together and saved at once: their
//! name, circle, how they leave you feeling, relationship, the support they
//! offer, the ways you like to connect, a check-in rhythm, birthday, last
//! contact, phone numbers, email addresses and the preferred way to reach
//! them, notes, gift ideas and whether they are archived.
//!
//! Choices carry stored codes, read back with the same checks as stored
//! data, so nothing the page sends can land on the wrong value.

use crate::model::contact::{emails_from_form, phones_from_form};
use crate::model::day;
use crate::model::milestone::gift_ideas;
use crate::model::order::set_of;
use crate::model::people::{Birthday, Cadence, Channel, Circle, Energy, Relationship, Support};
use crate::model::Person;
use crate::state::{actions, practice, use_app};
use crate::ui::components::form::{
    coded, Checks, Choices, ErrorLine, Field, FormError, Opt, Submit, TextArea,
};
use leptos::prelude::*;
use std::collections::BTreeSet;
use std::num::NonZeroU16;

/// The value of a rhythm in the form: its stored code, "n14" for every 14
/// days, "" for none.
pub(crate) fn cadence_value(c: Option<Cadence>) -> String {
    match c {
        None => String::new(),
        Some(Cadence::Weekly) => "w".into(),
        Some(Cadence::Fortnightly) => "f".into(),
        Some(Cadence::Monthly) => "m".into(),
        Some(Cadence::Quarterly) => "q".into(),
        Some(Cadence::EveryNDays(n)) => format!("n{n}"),
    }
}

pub(crate) fn cadence_of(value: &str) -> Result<Option<Cadence>, FormError> {
    Ok(match value {
        "" => None,
        "w" => Some(Cadence::Weekly),
        "f" => Some(Cadence::Fortnightly),
        "m" => Some(Cadence::Monthly),
        "q" => Some(Cadence::Quarterly),
        other => Some(Cadence::EveryNDays(
            other
                .strip_prefix('n')
                .and_then(|n| n.parse::<NonZeroU16>().ok())
                .ok_or(FormError::Choose("how often to check in"))?,
        )),
    })
}

fn cadence_options(current: Option<Cadence>) -> Vec<Opt> {
    let mut out = vec![(String::new(), "No set rhythm".to_string())];
    out.extend(
        Cadence::PRESETS
            .iter()
            .map(|c| (cadence_value(Some(*c)), c.label())),
    );
    // A custom rhythm (every N days, from an import) stays on offer.
    if let Some(c @ Cadence::EveryNDays(_)) = current {
        out.push((cadence_value(Some(c)), c.label()));
    }
    out
}

fn codes<T: Copy + Into<&'static str>>(set: &BTreeSet<T>) -> BTreeSet<String> {
    set_of(set.iter().map(|v| (*v).into().to_string()))
}

/// The values ticked, each read back as a `T`; an unknown one is refused.
fn read_set<T: Ord + TryFrom<String>>(ticked: BTreeSet<String>) -> Result<BTreeSet<T>, FormError> {
    let mut set = BTreeSet::new();
    for v in ticked {
        set.insert(T::try_from(v).map_err(|_| FormError::UnknownBox)?);
    }
    Ok(set)
}

fn number(v: Option<i32>) -> String {
    v.map(|v| v.to_string()).unwrap_or_default()
}

#[component]
pub fn Details(
    /// The person as they were when the form opened.
    person: Person,
    /// Runs once the details are saved.
    on_saved: Callback<()>,
    /// Runs when the person leaves without saving.
    on_cancel: Callback<()>,
) -> impl IntoView {
    let state = use_app();
    let p = &person;
    let name = RwSignal::new(p.name.clone());
    let circle = RwSignal::new(<&str>::from(p.circle).to_string());
    let energy = RwSignal::new(<&str>::from(p.energy).to_string());
    let relationship = RwSignal::new(
        p.relationship
            .map(|r| <&str>::from(r).to_string())
            .unwrap_or_default(),
    );
    let support = RwSignal::new(codes(&p.support));
    let ways = RwSignal::new(codes(&p.ways));
    let cadence = RwSignal::new(cadence_value(p.cadence));
    let b = p.birthday;
    let month = RwSignal::new(number(b.map(|b| i32::from(b.month()))));
    let bday = RwSignal::new(number(b.map(|b| i32::from(b.day()))));
    let year = RwSignal::new(number(b.and_then(|b| b.year())));
    let last = RwSignal::new(p.last_contact.map(|d| d.to_string()).unwrap_or_default());
    let phones = RwSignal::new(p.phones.join("\n"));
    let emails = RwSignal::new(p.emails.join("\n"));
    let prefers = RwSignal::new(
        p.prefers
            .map(|c| <&str>::from(c).to_string())
            .unwrap_or_default(),
    );
    let notes = RwSignal::new(p.notes.clone());
    let gifts = RwSignal::new(
        state
            .gifts
            .with_untracked(|g| gift_ideas(g, &p.stamp.id).join("\n")),
    );
    let archived = RwSignal::new(if p.archived {
        BTreeSet::from(["yes".to_string()])
    } else {
        BTreeSet::new()
    });
    let error = RwSignal::new(String::new());

    let mut preferences = vec![(String::new(), "No preference".to_string())];
    preferences.extend(coded(&Channel::ALL, Channel::label));
    let mut relationships = vec![(String::new(), "Not set".to_string())];
    relationships.extend(coded(&Relationship::ALL, Relationship::label));
    let label = format!("Details for {}", p.name);
    let cadences = cadence_options(p.cadence);

    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let result = (|| {
            let mut p = person.clone();
            p.name = name.get_untracked();
            p.circle = Circle::try_from(circle.get_untracked())
                .map_err(|_| FormError::Choose("a circle"))?;
            p.energy = Energy::try_from(energy.get_untracked())
                .map_err(|_| FormError::Choose("how they leave you feeling"))?;
            p.relationship = match relationship.get_untracked().as_str() {
                "" => None,
                code => Some(
                    Relationship::try_from(code.to_string())
                        .map_err(|_| FormError::Choose("a relationship"))?,
                ),
            };
            p.support = read_set::<Support>(support.get_untracked())?;
            p.ways = read_set::<Channel>(ways.get_untracked())?;
            p.cadence = cadence_of(&cadence.get_untracked())?;
            p.birthday = Birthday::from_form(
                &month.get_untracked(),
                &bday.get_untracked(),
                &year.get_untracked(),
            )
            .map_err(FormError::Date)?;
            p.last_contact = match last.get_untracked().trim() {
                "" => None,
                t => Some(day::parse(t).ok_or(FormError::Choose("a valid last contact date"))?),
            };
            p.phones = phones_from_form(&phones.get_untracked())?;
            p.emails = emails_from_form(&emails.get_untracked())?;
            p.prefers = match prefers.get_untracked().as_str() {
                "" => None,
                code => Some(
                    Channel::try_from(code.to_string())
                        .map_err(|_| FormError::Choose("a way to reach them"))?,
                ),
            };
            p.notes = notes.get_untracked().trim().to_string();
            p.archived = archived.with_untracked(|a| a.contains("yes"));
            practice::set_gifts(state, &p.stamp.id, &gifts.get_untracked())?;
            actions::update_person(state, p)?;
            Ok::<(), FormError>(())
        })();
        match result {
            Ok(()) => {
                error.set(String::new());
                on_saved.run(());
            }
            Err(e) => error.set(e.to_string()),
        }
    };
    view! {
        <form class="stack person-form" aria-label=label on:submit=save>
            <Field id="pf-name" label="Name" value=name/>
            <Choices name="pf-circle" legend="Circle" options=coded(&Circle::ALL, Circle::label) value=circle/>
            <Choices name="pf-energy" legend="How they leave you feeling" options=coded(&Energy::ALL, Energy::label) value=energy/>
            <Choices name="pf-rel" legend="Relationship" options=relationships value=relationship/>
            <Checks name="pf-support" legend="Support they offer" options=coded(&Support::ALL, Support::label) value=support/>
            <Checks name="pf-ways" legend="Ways you like to connect" options=coded(&Channel::ALL, Channel::label) value=ways/>
            <Choices name="pf-cadence" legend="How often to check in" options=cadences value=cadence/>
            <fieldset class="date-fields">
                <legend>"Birthday"</legend>
                <Field id="pf-month" label="Month (1–12)" kind="number" value=month/>
                <Field id="pf-day" label="Day" kind="number" value=bday/>
                <Field id="pf-year" label="Year (optional)" kind="number" value=year/>
            </fieldset>
            <Field id="pf-last" label="Last contact" kind="date" value=last/>
            <TextArea id="pf-phones" label="Phone numbers (one per line)" value=phones/>
            <TextArea id="pf-emails" label="Email addresses (one per line)" value=emails/>
            <Choices name="pf-prefers" legend="Best way to reach them" options=preferences value=prefers/>
            <TextArea id="pf-notes" label="Notes" value=notes/>
            <TextArea id="pf-gifts" label="Gift ideas (one per line)" value=gifts/>
            <Checks
                name="pf-archived"
                legend="Archive"
                options=vec![("yes".to_string(), "Archived: keep their details, but leave them off the map".to_string())]
                value=archived
            />
            <ErrorLine error/>
            <div class="record-actions">
                <Submit label="Save details"/>
                <button type="button" class="button quiet" on:click=move |_| on_cancel.run(())>"Cancel"</button>
            </div>
        </form>
    }
}
