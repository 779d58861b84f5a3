//! Settings: your data (the storage meter, backup export and import, the
//! automatic backup, erasing everything), the calendar export, and
//! bringing people in from a contacts file.

mod backup;
pub(crate) mod contacts;
mod erase;
mod keeping;
mod lock;
mod reminders;
mod sealed;

use crate::content::help;
use crate::route::Route;
use crate::state::use_app;
use crate::store::{usage_label, QUOTA_CODE_UNITS};
use crate::ui::components::form::Card;
use crate::ui::components::guidance::HowThisWorks;
use backup::{AutoBackup, Transfer};
use contacts::Contacts;
use erase::Erase;
use keeping::Keeping;
use leptos::prelude::*;
use lock::Lock;
use reminders::Reminders;

#[component]
pub fn Settings() -> impl IntoView {
    let state = use_app();
    // Whether the automatic backup of the last replace is kept.
    let has_auto = RwSignal::new(crate::state::actions::has_auto_backup(state));
    view! {
        <h1>"Settings"</h1>
        <HowThisWorks guide=&help::SETTINGS/>
        <Card id="your-data" title="Your data">
            <p>
                "Everything you keep in Tend is saved automatically in this browser, on this device only. \
                 A backup file lets you keep a copy or move to another device."
            </p>
            <h3>"Storage"</h3>
            <Meter/>
            <Keeping/>
            <Transfer has_auto/>
            <AutoBackup has_auto/>
            <h3>"Erase everything"</h3>
            <p>
                "This removes all of Tend's data from this browser, including any automatic backup. \
                 It cannot be undone, so export a backup first if you might want it back."
            </p>
            <Erase has_auto/>
        </Card>
        <Card id="passphrase-lock" title="Passphrase lock">
            <Lock/>
        </Card>
        <Card id="reminders" title="Reminders">
            <Reminders/>
        </Card>
        <Card id="contacts-import" title="Contacts">
            <p>
                "Bring people in from your phone or address book: export your contacts as a vCard file \
                 (.vcf), choose it here, then pick who to add."
            </p>
            <Contacts/>
        </Card>
        <Card id="first-run" title="The welcome steps">
            <p>"What Tend is, and a few steps to begin: a first check-up, your first people, a first rhythm."</p>
            <a class="button" href=Route::Welcome.hash()>"Show the welcome steps again"</a>
        </Card>
        <Card id="about-link" title="About">
            <p>
                <a href="#/about">"What Tend is, your privacy, and the sources behind its guidance"</a>
            </p>
        </Card>
    }
}

/// How much of the browser's storage Tend uses, in words and as a meter.
#[component]
fn Meter() -> impl IntoView {
    let state = use_app();
    view! {
        <div>
            <label for="storage-meter">{move || usage_label(state.used.get())}</label>
            <meter
                id="storage-meter"
                min="0"
                max=QUOTA_CODE_UNITS
                low=QUOTA_CODE_UNITS * 7 / 10
                high=QUOTA_CODE_UNITS * 9 / 10
                value=move || state.used.get()
            ></meter>
        </div>
    }
}
