//! The outside world: everything typed is saved in this browser, the language too, and
//! the page's `lang` attribute follows the language. Clearing removes it all.

use crate::ui::i18n::Lang;
use crate::ui::start::{fresh, LANG_KEY};
use crate::ui::state::AppState;
use crate::ui::{browser, persist};
use leptos::prelude::*;

/// Saves on every edit after the first render; returns whether the browser kept the last save.
pub fn autosave(state: AppState, storage_key: String, lang: ReadSignal<Lang>) -> ReadSignal<bool> {
    // The outside world: remember everything typed, the language, the page language.
    // Whether the browser kept the last save is the one signal an effect writes: it reports
    // the outside world back, it is not derived from the inputs.
    let (saved, set_saved) = signal(true);
    let report = move |ok: bool| {
        if saved.get_untracked() != ok {
            set_saved.set(ok);
        }
    };
    // Nothing loaded is written back until the first edit: a link or a partly unreadable
    // copy never overwrites the saved inputs on its own. The save waits for a timer, after
    // the page has recomputed and rendered, and none happens after a panic: an input that
    // crashes the calculator is never saved, so a reload cannot crash again.
    Effect::new(move |first: Option<()>| {
        for (_, s) in state.scalar_keys() {
            s.track();
        }
        for l in state.lists() {
            l.rows.with(|rows| rows.iter().for_each(|r| r.cells.values().for_each(|c| c.track())));
        }
        if first.is_none() {
            return;
        }
        let text = format!("{}&savedOn={}", persist::encode(&state), crate::api::today());
        let key = storage_key.clone();
        set_timeout(
            move || {
                if browser::trapped() {
                    return;
                }
                report(browser::save(&key, &text));
                // Edited, the page is the user's own: a reload shows the saved copy, not the link.
                if browser::hash().is_some_and(|h| h.starts_with(persist::SHARE_PREFIX)) {
                    browser::clear_hash();
                }
            },
            std::time::Duration::ZERO,
        );
    });
    Effect::new(move |_| {
        if let Some(el) = document().document_element() {
            let _ = el.set_attribute("lang", lang.get().html_lang());
        }
        report(browser::save(LANG_KEY, lang.get().code()));
    });
    saved
}

/// Clears the saved copy, the link and every input, and starts a fresh page (the embed's
/// preset kept).
pub fn clear_all(state: AppState, storage_key: String, embed_preset: Option<String>) -> Callback<()> {
    let clear_key = storage_key;
    Callback::new(move |_| {
        browser::remove(&clear_key);
        browser::remove(&format!("{clear_key}{}", persist::UNREAD_SUFFIX));
        browser::clear_hash();
        state.reset();
        if let Some(p) = &embed_preset {
            state.set("preset", p);
        }
        fresh(&state, &crate::api::today());
    })
}
