//! The page. Components show; the engine computes. Data flows one way: typed text
//! (signals) → one engine request → one result memo → views.

mod breakdown;
mod browser;
mod field;
mod i18n;
mod quick_form;
mod state;

use breakdown::BreakdownTable;
use i18n::{tr, Lang};
use leptos::prelude::*;
use quick_form::OverdueForm;
use state::QuickState;

const LANG_KEY: &str = "overdue-calc:lang";

/// The whole page.
#[component]
pub fn App() -> impl IntoView {
    // Language: the URL wins (embedders and shared links), then the remembered choice.
    let initial = browser::query_param("lang")
        .and_then(|c| Lang::from_code(&c))
        .or_else(|| browser::load(LANG_KEY).and_then(|c| Lang::from_code(&c)))
        .unwrap_or(Lang::Zh);
    let (lang, set_lang) = signal(initial);
    provide_context(lang);
    let state = QuickState::new(&crate::api::today());
    let resolved = Memo::new(move |_| {
        let req = state.request();
        req.resolve().and_then(|case| crate::engine::overdue::overdue(&case).map_err(|e| vec![e]))
    });
    let errors = Signal::derive(move || {
        if state.is_blank() {
            return vec![];
        }
        resolved.with(|r| r.as_ref().err().cloned().unwrap_or_default())
    });
    // The last good result stays on screen while a field is being corrected.
    let shown = Memo::new(move |prev: Option<&Option<_>>| match resolved.get() {
        Ok(r) => Some(r),
        Err(_) if state.is_blank() => None,
        Err(_) => prev.cloned().flatten(),
    });
    let stale = Signal::derive(move || resolved.with(|r| r.is_err()) && shown.with(|s| s.is_some()));
    Effect::new(move |_| {
        if let Some(el) = document().document_element() {
            let _ = el.set_attribute("lang", lang.get().html_lang());
        }
        browser::save(LANG_KEY, lang.get().code());
    });
    view! {
        <header class="top">
            <h1>{move || tr(lang.get(), "title")}</h1>
            <button type="button" class="lang" on:click=move |_| set_lang.update(|l| *l = if *l == Lang::Zh { Lang::En } else { Lang::Zh })>
                {move || tr(lang.get(), "switchLang")}
            </button>
        </header>
        <main>
            <p class="tagline">{move || tr(lang.get(), "tagline")}</p>
            <OverdueForm state=state errors=errors />
            <BreakdownTable result=shown stale=stale />
            <p class="privacy">{move || tr(lang.get(), "privacy")}</p>
        </main>
    }
}
