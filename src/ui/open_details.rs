//! Which folded parts of the page are open.

use leptos::prelude::*;

/// Which keyed `<details>` of the page are open (their content is drawn only then, and
/// they stay open when their section is redrawn); printing opens them all.
#[derive(Clone, Copy)]
pub struct OpenDetails {
    pub(crate) keys: RwSignal<Vec<String>>,
    pub(crate) printing: RwSignal<bool>,
}

impl OpenDetails {
    pub fn is_open(&self, key: &str) -> bool {
        self.printing.get() || self.keys.with(|k| k.iter().any(|k| k == key))
    }

    /// Records `key` as opened or closed by the user.
    pub fn set(&self, key: &str, open: bool) {
        self.keys.update(|keys| {
            keys.retain(|k| k != key);
            if open {
                keys.push(key.to_string());
            }
        });
    }
}

/// The page's [`OpenDetails`] (a closed, never-printing one outside the page).
pub fn use_open_details() -> OpenDetails {
    use_context::<OpenDetails>()
        .unwrap_or_else(|| OpenDetails { keys: RwSignal::new(vec![]), printing: RwSignal::new(false) })
}
