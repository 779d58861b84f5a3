//! Tend's own guidance text, kept apart from the rules that choose it so the
//! wording can be reviewed (and one day translated) in one place.
//!
//! Everything here is plain constants: this module knows nothing of the
//! model or the browser. The model picks which text applies (a score band, a
//! gap rule) and the UI shows it, always as text, never as HTML.
//!
//! All sentences are written in our own words. The ideas draw on public
//! guidance about social connection (`sources`, listed on the About screen,
//! and named under each piece that draws on them) and, for the check-up
//! instruments, on the published scales cited in `checkup`.

pub mod challenges;
pub mod checkup;
pub mod gaps;
pub mod help;
pub mod nudge;
pub mod openers;
pub mod prompts;
pub mod reconnect;
pub mod sources;
pub mod suggest;
pub mod welcome;
