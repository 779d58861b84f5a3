//! Check-up: three short check-ups (loneliness, social network, connection
//! skills), their results in plain language, and each score's history.
//! Scoring and all the words live in `model::assessment` and
//! `content::checkup`; this screen only asks and shows.

mod history;
mod overview;
mod questions;
mod result;

use crate::content::checkup as text;
use crate::content::help;
use crate::model::assessment::CheckupKind;
use crate::ui::components::guidance::HowThisWorks;
use history::History;
use leptos::html::H2;
use leptos::prelude::*;
use overview::Overview;
// The questions and a result's score, also asked and shown by the first run.
pub(crate) use questions::Questions;
use result::LatestResult;
pub(crate) use result::Score;

#[component]
pub fn Checkup() -> impl IntoView {
    let screen = Screen::new();
    // Memos, so that a part is rebuilt only when what it shows changes.
    let taking = Memo::new(move |_| screen.taking.get());
    let result = Memo::new(move |_| screen.shown.get().filter(|_| taking.get().is_none()));
    view! {
        <h1>"Check-up"</h1>
        <p class="lead">{text::NOT_A_DIAGNOSIS}</p>
        <HowThisWorks guide=&help::CHECKUP/>
        {move || match taking.get() {
            Some(kind) => {
                let heading = NodeRef::<H2>::new();
                screen.land(Target::Form, move || heading.get().map(Into::into));
                let on_saved = Callback::new(move |()| screen.show_result(kind));
                let on_not_now = Callback::new(move |()| screen.not_now(kind));
                view! { <Questions kind heading on_saved on_not_now/> }.into_any()
            }
            None => view! { <Overview screen/> }.into_any(),
        }}
        {move || result.get().map(|kind| view! { <LatestResult kind screen/> })}
        <History/>
    }
}

/// Where focus lands after the screen changes: on what was just opened,
/// or back on the button that opened what was just closed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Target {
    /// The heading of the questions.
    Form,
    /// The heading of the result.
    Result,
    /// The "Begin" button of this check-up.
    Begin(CheckupKind),
}

/// What the screen shows, shared by its parts.
#[derive(Clone, Copy)]
struct Screen {
    /// The check-up being taken; the overview shows when none is.
    taking: RwSignal<Option<CheckupKind>>,
    /// The check-up whose latest result shows under the overview.
    shown: RwSignal<Option<CheckupKind>>,
    /// Where focus should go once the change is on screen.
    focus: RwSignal<Option<Target>>,
}

impl Screen {
    fn new() -> Self {
        Screen {
            taking: RwSignal::new(None),
            shown: RwSignal::new(None),
            focus: RwSignal::new(None),
        }
    }

    /// Opens the questions of `kind`.
    fn begin(self, kind: CheckupKind) {
        self.focus.set(Some(Target::Form));
        self.taking.set(Some(kind));
    }

    /// Leaves the questions of `kind` unsaved.
    fn not_now(self, kind: CheckupKind) {
        self.focus.set(Some(Target::Begin(kind)));
        self.taking.set(None);
    }

    /// Shows the latest result of `kind` (just saved, or asked for).
    fn show_result(self, kind: CheckupKind) {
        self.focus.set(Some(Target::Result));
        self.taking.set(None);
        self.shown.set(Some(kind));
    }

    /// Focuses what `node` gives once focus is asked to land on `here` and
    /// the node is on screen (it may be mounted after the request, or
    /// already be there), then forgets the request so that later changes
    /// to the screen do not move focus again.
    fn land(self, here: Target, node: impl Fn() -> Option<web_sys::HtmlElement> + 'static) {
        Effect::new(move |_| {
            if self.focus.get() == Some(here) {
                if let Some(el) = node() {
                    let _ = el.focus();
                    self.focus.set(None);
                }
            }
        });
    }
}
