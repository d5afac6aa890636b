//! Start-up: the language, what was saved or linked, the embed's settings, and a fresh
//! page when there is nothing to restore.

use crate::ui::browser;
use crate::ui::embed::{self, Embed};
use crate::ui::i18n::Lang;
use crate::ui::persist::{self, Restored};
use crate::ui::state::AppState;
use leptos::prelude::*;

/// Where the language choice is kept.
pub const LANG_KEY: &str = "overdue-calc:lang";

/// Fills a fresh page: the default preset's terms, today, and one of each way out.
pub fn fresh(state: &AppState, today: &str) {
    state.apply_preset(&state.get("preset"));
    state.set("asOf", today);
    state.default_scenarios();
}

/// Fills the worked example (`form::example`) on a fresh page for `today`.
pub fn fill_example(state: &AppState, today: &str) {
    let Some(ex) = crate::form::example(today) else { return };
    state.reset();
    fresh(state, today);
    for (k, v) in &ex.scalars {
        state.set(k, v);
    }
    for (list, cells) in &ex.rows {
        if let Some(rows) = state.lists().into_iter().find(|l| l.name == *list) {
            rows.push(cells);
        }
    }
}

/// What the page starts from.
pub struct Start {
    pub lang: ReadSignal<Lang>,
    pub set_lang: WriteSignal<Lang>,
    pub state: AppState,
    pub embed: Embed,
    pub restored: Restored,
}

/// Reads the language, restores the saved inputs or a link, or fills a fresh page.
pub fn start(today: &str) -> Start {
    let initial = browser::query_param("lang")
        .and_then(|c| Lang::from_code(&c))
        .or_else(|| browser::load(LANG_KEY).and_then(|c| Lang::from_code(&c)))
        .unwrap_or(Lang::Zh);
    let (lang, set_lang) = signal(initial);
    let state = AppState::new();
    let embed = embed::read();
    embed::apply_theme();
    let storage_key = embed.storage_key.clone();
    let restored = persist::restore(&state, &storage_key);
    if restored.from.is_none() {
        if let Some(p) = &embed.preset {
            state.set("preset", p);
        }
        fresh(&state, today);
        embed::initial_case(&state);
    }
    // A saved "as of" that was the day of saving follows today; another date was chosen.
    if restored.from == Some("storage") && restored.saved_on.as_deref().is_none_or(|d| d == state.get("asOf")) {
        state.set("asOf", today);
    }
    // In an embed the article's URL parameters win over a saved copy.
    if embed.on && restored.from.is_some() {
        embed::initial_case(&state);
    }

    Start { lang, set_lang, state, embed, restored }
}

thread_local! {
    /// What `prepare` read, until the page takes it.
    static PREPARED: std::cell::RefCell<Option<Start>> = const { std::cell::RefCell::new(None) };
}

/// Reads the language and restores the inputs in a task of its own, before the page is
/// mounted (issue 16: the restore and the mount together were one long task under 4x CPU;
/// the first reads of localStorage alone are ~10 ms of it). The signals it makes belong to
/// no component: they live as long as the page.
pub fn prepare() {
    let start = start(&crate::api::today());
    PREPARED.with(|p| *p.borrow_mut() = Some(start));
}

/// What `prepare` read, or (if it has not run) the same read now.
pub fn prepared() -> Start {
    PREPARED.with(|p| p.borrow_mut().take()).unwrap_or_else(|| start(&crate::api::today()))
}
