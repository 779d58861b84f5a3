pub mod nav;
pub mod notices;
