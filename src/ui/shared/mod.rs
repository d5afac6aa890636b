//! What the screen areas share: what was typed (`state`), how it is saved and restored
//! (`persist`, `embed`), how it becomes requests (`requests`), the input components
//! (`field`, `rows`), the texts (`text`, `i18n`), formatting and HTML text (`fmt`, `html`)
//! and the browser (`browser`).

pub mod browser;
pub mod embed;
pub mod field;
pub mod fmt;
pub mod html;
pub mod i18n;
pub mod persist;
pub mod requests;
pub mod rows;
pub mod state;
pub mod text;
