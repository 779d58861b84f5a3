//! Components. Pages are one file per screen; components are reused pieces.
//! They stay thin: read signals, call `state::actions`.

pub mod app;
pub mod components;
pub mod pages;
