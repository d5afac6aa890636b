pub mod date;
pub mod error;
pub mod money;
pub mod parse;
pub mod rate;
pub mod irr;
