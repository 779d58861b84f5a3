pub mod app;
pub mod components;
pub mod lazy;
pub mod pages;
