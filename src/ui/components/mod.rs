pub mod chart;
pub mod check_in;
pub mod dom;
pub mod form;
pub mod log_contact;
pub mod nav;
pub mod notices;
pub mod relationship_map;
