//! The page. Components show; the engine computes. Data flows one way: typed text
//! (signals in `AppState`) → engine requests → one memo per engine call → views. Effects
//! only talk to the outside world (localStorage, the `lang` attribute).

mod areas;
mod autosave;
mod compute;
mod open_details;
mod shared;
mod start;

// Screen areas and shared pieces, named from the page's root (`crate::ui::field`, …).
pub(crate) use areas::{
    audit_section, case_form, chart, court_section, data_tools, debts_section, docs_section, example_bar, legal_panel,
    next_steps_section, results, scenario_card, terms_form, ways_out,
};
pub(crate) use shared::{browser, embed, field, fmt, html, i18n, persist, rows, state, text};

use i18n::{tr, Lang};
use leptos::prelude::*;

pub use browser::on_panic;
pub use open_details::{use_open_details, OpenDetails};
pub use start::prepare;

/// The page is built in steps, one task each, the next queued once the previous is on the
/// page (issue 16: no long task on a slow phone): 1 the example bar and the case form's
/// head (platform and mode); 2 its amounts and dates, its contract terms folded (the
/// whole form in one step was 42-69 ms under 4x CPU, a third of it V8 compiling the
/// functions it calls first); 3 the first computation and the result's breakdown; then,
/// after a frame has shown them, 4 the rest of the result (its chart and legal panel:
/// with the breakdown, the result's layout was a task over 50 ms); 5 the folded terms'
/// fields (with the form, over 50 ms); 6 next steps and audit; 7 ways out with its first
/// cards, 8 to 10 the other cards (`CARDS` a step: eight cards' layout at once was the
/// longest task after the result); 11 debts and court tools; 12 documents, data and the
/// privacy line (so the privacy line means the page is whole).
const FORM: u8 = 1;
const FIELDS: u8 = 2;
/// The step that computes and shows the result.
const RESULT: u8 = 3;
const RESULT_REST: u8 = 4;
const TERMS: u8 = 5;
const AUDIT: u8 = 6;
/// The step that builds the ways out with its first cards, and the one after its cards.
const WAYS: u8 = 7;
const DEBTS: u8 = 11;
/// The last step: documents, data and the privacy line.
const STAGES: u8 = 12;
/// Cards of the ways out built in each of steps `WAYS` to `DEBTS - 1` (the registry has
/// nine kinds, so step `DEBTS` may build the last).
const CARDS: usize = 2;

/// The whole page, in the order it happens: start-up, the computations, saving, the view.
#[component]
pub fn App() -> impl IntoView {
    let start::Start { lang, set_lang, state, embed, restored } = start::prepared();
    provide_context(lang);
    let stage = RwSignal::new(0u8);
    // Whether step k has come, one memo a step (named for what the step builds).
    let from = move |k: u8| Memo::new(move |_| stage.get() >= k);
    let (form_on, fields_on, result_on, rest_on, terms_on) =
        (from(FORM), from(FIELDS), from(RESULT), from(RESULT_REST), from(TERMS));
    let (audit_on, ways_on, debts_on, docs_on) = (from(AUDIT), from(WAYS), from(DEBTS), from(STAGES));
    let compute::Computed { case_errors, shown, stale, audit, comparison, debts, court_fee, delay } =
        compute::compute(state, result_on);
    state.plans_follow_case_rate();
    let saved = autosave::autosave(state, embed.storage_key.clone(), lang);
    let on_clear = autosave::clear_all(state, embed.storage_key.clone(), embed.preset.clone());
    // An embed may show only some sections (`sections=case,results`).
    let sections = embed.sections;
    let shows = move |key: &str| embed::Embed::shows(sections, key);
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
    let next = move || {
        set_timeout(
            move || {
                browser::mark_step(stage.get_untracked() + 1);
                stage.update(|s| *s += 1)
            },
            std::time::Duration::ZERO,
        )
    };
    next();
    Effect::new(move |_| match stage.get() {
        // The result is painted before the sections below it are built.
        RESULT => request_animation_frame(next),
        s if (1..STAGES).contains(&s) => next(),
        _ => {}
    });
    // Cards to build by now: `CARDS` more at each step from `WAYS`, then all.
    let some = move || usize::from(stage.get().saturating_sub(WAYS - 1)) * CARDS;
    let cards = Signal::derive(move || if debts_on.get() { usize::MAX } else { some() });
    // index.html's frame of the case form goes as the form comes, in the same task.
    Effect::new(move |_| {
        if form_on.get() {
            browser::remove_element("case-frame");
        }
    });
    let t = move |k: &'static str| move || tr(lang.get(), k).to_string();
    // The header, tagline and section links are static in index.html (they paint before the
    // wasm arrives); their language follows the page's, and the language button is theirs.
    Effect::new(move |_| {
        let l = lang.get();
        browser::set_static_texts(|k| tr(l, k).to_string());
        document().set_title(tr(l, "title"));
    });
    browser::on_click("lang", move || set_lang.update(|l| *l = if *l == Lang::Zh { Lang::En } else { Lang::Zh }));
    // Hidden until the form comes: shown before, main (below index.html's frame of the
    // form) would jump up the page when the frame goes (a layout shift of 0.12 at 360 px).
    view! {
        <main hidden=move || !form_on.get()>
            {(restored.from == Some("link")).then(|| view! { <p class="note warn">{t("fromLink")}</p> })}
            <div role="status" inner_html=notes></div>
            <Staged when=form_on>
                {(!embed.on).then(|| view! { <example_bar::ExampleBar state=state on_clear=on_clear /> })}
                <div class="pair">
                    {shows("case").then(|| view! { <case_form::CaseForm state=state errors=case_errors fields=fields_on terms=terms_on /> })}
                    <Staged when=result_on>
                        {shows("results").then(|| view! { <results::Results state=state result=shown stale=stale errors=case_errors full=rest_on /> })}
                    </Staged>
                </div>
            </Staged>
            <Staged when=audit_on>
                {shows("results").then(|| view! { <next_steps_section::NextSteps case=shown audit=audit ways=comparison /> })}
                {shows("audit").then(|| view! { <audit_section::AuditSection state=state result=audit /> })}
            </Staged>
            <Staged when=ways_on>
                {shows("ways").then(|| view! { <ways_out::WaysOut state=state result=comparison cards=cards /> })}
            </Staged>
            <Staged when=debts_on>
                {shows("debts").then(|| view! { <debts_section::DebtsSection state=state result=debts /> })}
                {shows("court").then(|| view! { <court_section::CourtSection state=state fee=court_fee delay=delay /> })}
            </Staged>
            <Staged when=docs_on>
                {shows("docs").then(|| view! { <docs_section::DocsSection state=state case=shown audit=audit ways=comparison /> })}
                {shows("data").then(|| view! { <data_tools::DataTools state=state on_clear=on_clear /> })}
                <p class="privacy">{t("privacy")}</p>
            </Staged>
        </main>
    }
}

/// Its children, built once `when` turns true (one start-up step). One closure type for
/// every step, so the steps share their render code.
#[component]
pub(crate) fn Staged(when: Memo<bool>, children: ChildrenFn) -> impl IntoView {
    move || when.get().then(|| children())
}
