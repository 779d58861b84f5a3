//! The reconnect planner: for someone the person has lost touch with, a
//! short plan of steps that fits why, tracked to done, with conversation
//! openers to borrow.

use crate::content::reconnect::{self as text, ReconnectText};
use crate::model::code::coded;
use crate::model::people::clean_name;
use crate::model::record::Stamp;
use crate::model::record::{map_form, record};
use serde::{Deserialize, Serialize};
use thiserror::Error;

record! {
    #[derive(Clone, Debug, PartialEq)]
    pub struct ReconnectPlan {
        /// The id of the person to reconnect with.
        #[serde(rename = "p")]
        pub person: String,
        #[serde(rename = "r")]
        pub reason: Reason,
        /// Stored as text, so a plan reads the same after the suggestions change
        /// and the person can add steps of their own.
        #[serde(rename = "s")]
        pub steps: Vec<Step>,
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct Step {
    #[serde(rename = "t")]
    pub text: String,
    #[serde(rename = "ok", default, skip_serializing_if = "is_false")]
    pub done: bool,
}
map_form!(Step);

fn is_false(b: &bool) -> bool {
    !*b
}

/// Why the connection faded.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "&'static str")]
pub enum Reason {
    Busy,
    MovedAway,
    LackOfCommunication,
    Conflict,
    Other,
}

coded!(Reason {
    Busy = "busy",
    MovedAway = "moved",
    LackOfCommunication = "quiet",
    Conflict = "conflict",
    Other = "other",
});

impl Reason {
    /// The steps, openers and title for this reason.
    pub fn text(self) -> &'static ReconnectText {
        match self {
            Reason::Busy => &text::BUSY,
            Reason::MovedAway => &text::MOVED,
            Reason::LackOfCommunication => &text::QUIET,
            Reason::Conflict => &text::CONFLICT,
            Reason::Other => &text::OTHER,
        }
    }

    pub fn label(self) -> &'static str {
        self.text().title
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum PlanError {
    #[error("Write the step first.")]
    EmptyStep,
}

impl ReconnectPlan {
    /// A new plan with the suggested steps for `reason`, none done yet.
    pub fn new(stamp: Stamp, person: String, reason: Reason) -> ReconnectPlan {
        let steps = reason
            .text()
            .steps
            .iter()
            .map(|t| Step {
                text: t.to_string(),
                done: false,
            })
            .collect();
        ReconnectPlan {
            stamp,
            person,
            reason,
            steps,
        }
    }

    /// Ways to start the first conversation, for this plan's reason.
    pub fn openers(&self) -> &'static [&'static str] {
        self.reason.text().openers
    }

    /// Adds a step of the person's own.
    pub fn add_step(&mut self, text: &str) -> Result<(), PlanError> {
        let text = clean_name(text).ok_or(PlanError::EmptyStep)?;
        self.steps.push(Step { text, done: false });
        Ok(())
    }

    /// Ticks step `index` on or off; false when there is no such step.
    pub fn set_done(&mut self, index: usize, done: bool) -> bool {
        match self.steps.get_mut(index) {
            Some(step) => {
                step.done = done;
                true
            }
            None => false,
        }
    }

    pub fn done_count(&self) -> usize {
        self.steps.iter().filter(|s| s.done).count()
    }

    /// Every step done: the plan is complete.
    pub fn is_done(&self) -> bool {
        self.steps.iter().all(|s| s.done)
    }
}
