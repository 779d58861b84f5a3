pub mod about;
pub mod challenges;
pub mod checkup;
pub mod journal;
pub mod people;
pub mod settings;
pub mod today;
pub mod unlock;
