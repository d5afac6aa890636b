//! The page. Components show; the engine computes. Data flows one way: typed text
//! (signals in `AppState`) → engine requests → one memo per engine call → views. Effects
//! only talk to the outside world (localStorage, the `lang` attribute).

mod audit_section;
mod browser;
mod case_form;
mod chart;
mod court_section;
mod data_tools;
mod debts_section;
mod embed;
mod field;
mod fmt;
mod html;
mod i18n;
mod legal_panel;
mod persist;
mod requests;
mod results;
mod rows;
mod scenario_card;
mod state;
mod terms_form;
mod text;
mod ways_out;

use crate::calls;
use crate::engine::{self, error::Error, request::Text};
use i18n::{tr, Lang};
use leptos::prelude::*;
use state::AppState;

pub use browser::on_panic;

const LANG_KEY: &str = "overdue-calc:lang";

/// Fills a fresh page: the default preset's terms, today, and one of each way out.
fn fresh(state: &AppState, today: &str) {
    state.apply_preset(&state.get("preset"));
    state.set("asOf", today);
    state.default_scenarios();
}

/// True while the user has entered no amount of their own.
fn blank(state: &AppState) -> bool {
    let empty = |k: &str| state.field(k).with(|v| v.trim().is_empty());
    if state.field("mode").get() == "detailed" {
        empty("loanPrincipal")
    } else {
        empty("overduePrincipal") && empty("firstOverdueDate")
    }
}

/// Which keyed `<details>` of the page are open (their content is drawn only then, and
/// they stay open when their section is redrawn); printing opens them all.
#[derive(Clone, Copy)]
pub struct OpenDetails {
    keys: RwSignal<Vec<String>>,
    printing: RwSignal<bool>,
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

/// The whole page.
#[component]
pub fn App() -> impl IntoView {
    let initial = browser::query_param("lang")
        .and_then(|c| Lang::from_code(&c))
        .or_else(|| browser::load(LANG_KEY).and_then(|c| Lang::from_code(&c)))
        .unwrap_or(Lang::Zh);
    let (lang, set_lang) = signal(initial);
    provide_context(lang);
    let today = crate::api::today();
    let state = AppState::new();
    let embed = embed::read();
    embed::apply_theme();
    let storage_key = embed.storage_key.clone();
    let restored = persist::restore(&state, &storage_key);
    if restored.from.is_none() {
        if let Some(p) = &embed.preset {
            state.set("preset", p);
        }
        fresh(&state, &today);
        embed::initial_case(&state);
    }
    // A saved "as of" that was the day of saving follows today; another date was chosen.
    if restored.from == Some("storage") && restored.saved_on.as_deref().is_none_or(|d| d == state.get("asOf")) {
        state.set("asOf", &today);
    }

    // One engine call per memo; each keeps its own errors.
    let case = Memo::new(move |_| {
        if browser::trap_requested() {
            panic!("test trap");
        }
        state.case_request().resolve()
    });
    let overdue = Memo::new(move |_| case.with(|c| c.as_ref().ok().map(engine::overdue::overdue)));
    let case_errors = Signal::derive(move || {
        if blank(&state) {
            return vec![];
        }
        let mut errs = case.with(|c| c.as_ref().err().cloned().unwrap_or_default());
        if let Some(Err(e)) = overdue.get() {
            errs.push(e);
        }
        errs
    });
    let shown = Memo::new(move |prev: Option<&Option<_>>| match overdue.get() {
        Some(Ok(r)) if !blank(&state) => Some(r),
        _ if blank(&state) => None,
        _ => prev.cloned().flatten(),
    });
    let stale = Signal::derive(move || !case_errors.with(|e| e.is_empty()) && shown.with(|s| s.is_some()));
    // The same `calls` the JS API runs, on the requests `crate::form` builds.
    let audit = Memo::new(move |_| {
        let c = case.get().ok()?;
        let list = state.deduction_rows();
        (!list.is_empty()).then(|| calls::audit_case(&c, &list))
    });
    // While the case has an error the plans keep their last figures, as the results do.
    let comparison = Memo::new(move |prev: Option<&Option<_>>| {
        if blank(&state) {
            return None;
        }
        let Ok(c) = case.get() else { return prev.cloned().flatten() };
        Some(calls::compare_case(&c, &state.scenario_requests(), &state.budget_request()))
    });
    let debts = Memo::new(move |_| {
        let list = state.debt_requests();
        if list.is_empty() {
            return None;
        }
        let order = Text(state.get("debtsOrder"));
        let order = if order.is_blank() { calls::Order::None } else { calls::Order::Text(order) };
        Some(calls::debts_all(&list, &Text(state.get("debtsBudget")), order, "debtsOrder"))
    });
    // The court tools' fields are named `court.*` and `delay.*` on the page.
    let court_fee = Memo::new(move |_| {
        let t = Text(state.get("courtAmount"));
        (!t.is_blank()).then(|| {
            calls::court_fee(t, &state.get("courtProcedure")).map_err(|e: Error| {
                let f = if e.field() == "procedure" { "court.procedure" } else { "court.amount" };
                e.at(f)
            })
        })
    });
    let delay = Memo::new(move |_| {
        let a = Text(state.get("delayAmount"));
        let d = Text(state.get("delayDays"));
        if a.is_blank() && d.is_blank() {
            return None;
        }
        Some(calls::delay_interest(a, d).map_err(|e| {
            let f = if e.field() == "days" { "delay.days" } else { "delay.amount" };
            e.at(f)
        }))
    });

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
    let clear_key = embed.storage_key.clone();
    let embed_preset = embed.preset.clone();
    let on_clear = Callback::new(move |_| {
        browser::remove(&clear_key);
        browser::remove(&format!("{clear_key}{}", persist::UNREAD_SUFFIX));
        browser::clear_hash();
        for (k, s) in state.scalar_keys() {
            s.set(state::SCALARS.iter().find(|x| x.0 == k).map(|x| x.1.to_string()).unwrap_or_default());
        }
        for l in state.lists() {
            l.clear();
        }
        if let Some(p) = &embed_preset {
            state.set("preset", p);
        }
        fresh(&state, &crate::api::today());
    });
    let printing = RwSignal::new(false);
    provide_context(OpenDetails { keys: RwSignal::new(vec![]), printing });
    browser::open_details_on_print(move || printing.set(true));
    browser::register_service_worker();
    if embed.on {
        embed::post_height();
    }
    // What could not be read or saved (fixed texts, written as HTML text like the output).
    let notes = move || {
        let mut h = html::Html::new();
        for k in restored.faults.iter().copied().chain((!saved.get()).then_some("storageFailed")) {
            h.el("p", &[("class", "note warn fault")], tr(lang.get(), k));
        }
        h.0
    };
    // The sections below the result are built after the first frame: the result shows sooner,
    // and the plans (the costliest part) are computed once their section exists.
    let rest = RwSignal::new(false);
    request_animation_frame(move || set_timeout(move || rest.set(true), std::time::Duration::ZERO));
    let t = move |k: &'static str| move || tr(lang.get(), k).to_string();
    // The tagline is static in index.html (it paints before the wasm arrives); its language
    // follows the page's.
    Effect::new(move |_| browser::set_text("tagline", tr(lang.get(), "tagline")));
    view! {
        <a class="skip" href="#results">{t("skipToResults")}</a>
        <header class="top">
            <h1>{t("title")}</h1>
            <button type="button" class="lang" on:click=move |_| set_lang.update(|l| *l = if *l == Lang::Zh { Lang::En } else { Lang::Zh })>
                {t("switchLang")}
            </button>
        </header>
        <nav class="toc" aria-label=t("sections")>
            <a href="#case">{t("navCase")}</a><a href="#results">{t("navResults")}</a><a href="#audit">{t("navAudit")}</a>
            <a href="#ways-out">{t("navWays")}</a><a href="#debts">{t("navDebts")}</a><a href="#court">{t("navCourt")}</a>
        </nav>
        <main>
            {(restored.from == Some("link")).then(|| view! { <p class="note warn">{t("fromLink")}</p> })}
            <div role="status" inner_html=notes></div>
            <div class="pair">
                <case_form::CaseForm state=state errors=case_errors />
                <results::Results state=state result=shown stale=stale errors=case_errors />
            </div>
            {move || rest.get().then(|| view! {
                <audit_section::AuditSection state=state result=audit />
                <ways_out::WaysOut state=state result=comparison />
                <debts_section::DebtsSection state=state result=debts />
                <court_section::CourtSection state=state fee=court_fee delay=delay />
                <data_tools::DataTools state=state on_clear=on_clear />
            }.into_any())}
            <p class="privacy">{t("privacy")}</p>
        </main>
    }
}
