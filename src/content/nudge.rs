//! Words for the reminders that reach the person outside Tend: the one
//! daily notification and the calendar alarms, and the welcome back after
//! a season.
//!
//! Tone: an invitation, never a count of what is owed. A notification says
//! who would be glad to hear from you, not who you have neglected; the
//! welcome back names a few people and says there is no hurry. The idea of
//! a simple check-in that lets someone know you are thinking of them draws
//! on "Improving Social Connectedness" (US CDC); starting small again after
//! a hard time on "Social Connection & Healing". Every sentence is our own.

/// The notification's title.
pub const TITLE: &str = "Tend";

/// The end of a notification that names people: "Ada and Grace" + this.
pub const GLAD: &str = " would be glad to hear from you today.";

/// A notification for one person, without names (the lock is on).
pub const SOMEONE: &str = "Someone would be glad to hear from you today.";

/// A notification for several, without names: the count, then this.
pub const PEOPLE: &str = " people would be glad to hear from you today.";

/// After two names, how the rest are counted: "and 1 other", "and 3 others".
pub const OTHER: &str = "other";
pub const OTHERS: &str = "others";

/// Calendar alarms (`formats::ics`): the description of each, before the
/// name or title.
pub const ALARM_CHECK_IN: &str = "A good day to get in touch with ";
pub const ALARM_BIRTHDAY_TOMORROW: &str = "Tomorrow is the birthday of ";
pub const ALARM_BIRTHDAY_TODAY: &str = "Today is the birthday of ";
pub const ALARM_DATE: &str = "A date to remember today: ";

/// The welcome back after a season.
pub const WELCOME_TITLE: &str = "Welcome back";
pub const WELCOME_TEXT: &str = "It is good to see you. Your check-ins waited while you were \
     away, so nothing piled up. If you feel like it, here are a few people who would be glad to \
     hear from you; there is no hurry.";
