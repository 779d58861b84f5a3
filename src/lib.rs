//! Tend: a private companion for social connection, entirely in the browser.
//!
//! `model`, `content`, `formats` and the pure half of `store` know nothing of
//! the browser and are tested natively; `state` and `ui` are the thin shell.

pub mod content;
pub mod formats;
pub mod json;
pub mod kdf;
pub mod model;
pub mod route;
pub mod store;

#[cfg(target_arch = "wasm32")]
pub mod device;
#[cfg(target_arch = "wasm32")]
pub mod state;
#[cfg(target_arch = "wasm32")]
pub mod ui;

#[cfg(target_arch = "wasm32")]
pub use ui::app::start;
