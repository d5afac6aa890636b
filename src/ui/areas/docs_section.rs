//! 材料与信函: the four documents of `crate::letters`, built from what is on the page, shown
//! as HTML, copied as plain text, printed alone. The personal fields stay in this browser
//! and out of share links unless the user opts in (`persist::encode_for`).

use crate::engine::audit::AuditResult;
use crate::engine::error::Error;
use crate::engine::overdue::OverdueResult;
use crate::engine::scenario::kinds::plan_kind;
use crate::engine::scenario::Comparison;
use crate::letters::{self, Block, Doc, Personal, CAUSES, DOC_KINDS};
use crate::ui::browser;
use crate::ui::field::{options, CheckField, SelectField, TextField};
use crate::ui::html::Html;
use crate::ui::i18n::{tr, use_lang, Lang};
use crate::ui::rows::RowsEditor;
use crate::ui::state::AppState;
use leptos::prelude::*;

type Ways = Memo<Option<Result<Comparison, Vec<Error>>>>;

/// The plan the application proposes: the one picked (`"<place>:<kind>"`, so a list that
/// changed under it does not silently propose another plan), else the cheapest that fits
/// the budget, else the first computed plan that needs the lender's consent, else the first
/// computed one. Never being sued: that is not a plan to propose.
fn chosen(picked: &str, c: &Comparison) -> Option<usize> {
    let ok = |k: &usize| choosable(c, *k);
    let consent = |k: &usize| plan_kind(c.results[*k].kind).is_some_and(|p| p.needs_consent);
    let all = 0..c.results.len();
    picked
        .split_once(':')
        .and_then(|(k, kd)| k.parse().ok().filter(|k: &usize| c.results.get(*k).is_some_and(|r| r.kind == kd)))
        .filter(ok)
        .or(c.cheapest_fitting)
        .or_else(|| all.clone().filter(ok).find(consent))
        .or_else(|| all.clone().find(ok))
}

/// Whether plan `k` computed and is one a letter may propose.
fn choosable(c: &Comparison, k: usize) -> bool {
    c.results.get(k).is_some_and(|r| r.metrics.is_some() && plan_kind(r.kind).is_some_and(|p| p.choosable))
}

/// The document picked, or the text key of what it still needs.
fn build(
    l: Lang,
    state: &AppState,
    case: &OverdueResult,
    audit: Option<&AuditResult>,
    ways: Option<&Comparison>,
    faults: Faults,
) -> Result<Doc, &'static str> {
    let t = |k: &str| tr(l, k).to_string();
    let g = |k: &str| state.get(k);
    let personal = Personal {
        name: g("docName"),
        id_last4: g("docIdLast4"),
        contact: g("docContact"),
        lender: g("docLender"),
        contract: g("docContract"),
    };
    // A named platform is the addressee when no lender is typed; a generic preset (信用卡,
    // 民间借贷, 自定义) leaves a line to fill in.
    let preset = g("preset");
    let named = crate::engine::terms::PRESETS.iter().any(|p| p.key == preset && p.names_lender);
    let platform = if named { tr(l, &format!("p_{preset}")).to_string() } else { String::new() };
    let c = letters::Context {
        t: &t,
        today: case.as_of,
        detailed: g("mode") == "detailed",
        translated: l == Lang::En,
        platform,
        personal: &personal,
        case,
    };
    let budget = ways.and_then(|w| w.budget.as_ref());
    let kind = g("docKind");
    // An input with an error above: say so, rather than that something is missing.
    if (faults.ways && kind != "refund" && kind != "blocked") || (faults.audit && kind == "refund") {
        return Err("docFixErrors");
    }
    match kind.as_str() {
        "budget" => budget.map(|b| letters::budget_statement(&c, b)).ok_or("docNeedBudget"),
        "refund" => {
            let a = audit.ok_or("docNeedAudit")?;
            if a.total_to_reclaim.is_zero() {
                return Err("docNoOverDeduction");
            }
            Ok(letters::refund(&c, a))
        }
        "blocked" => {
            let attempts = letters::parse_attempts(&attempt_rows(state)).map_err(|_| "docFixAttempts")?;
            let from = case.closure.as_ref().map(|x| x.from);
            if attempts.is_empty() && from.is_none() {
                return Err("docNeedBlocked");
            }
            Ok(letters::blocked(&c, &attempts, from))
        }
        _ => {
            let w = ways.ok_or("docNeedPlan")?;
            let k = chosen(&g("docPlan"), w).ok_or("docNeedPlan")?;
            let scenario = state.scenario_requests().get(k).and_then(|s| s.resolve().ok()).ok_or("docNeedPlan")?;
            let refund_owed = audit.is_some_and(|a| !a.total_to_reclaim.is_zero());
            let plan = Some((&scenario, &w.results[k], &w.base));
            Ok(letters::apply(
                &c,
                &g("docCause"),
                &g("docCauseText"),
                plan,
                budget,
                refund_owed,
                case.closure.is_some(),
            ))
        }
    }
}

/// Which inputs the documents rest on have errors now.
#[derive(Clone, Copy, Default)]
struct Faults {
    ways: bool,
    audit: bool,
}

fn attempt_rows(state: &AppState) -> Vec<(String, String, String)> {
    state
        .attempts
        .rows
        .with(|rows| rows.iter().map(|r| (r.text("date"), r.text("amount"), r.text("channel"))).collect())
}

/// A document as HTML.
fn doc_html(doc: &Doc) -> String {
    let mut h = Html::new();
    for b in &doc.blocks {
        match b {
            Block::Label(s) => h.el("p", &[("class", "doc-label")], s),
            Block::Title(s) => h.el("h3", &[("class", "doc-title")], s),
            Block::Head(s) => h.el("h4", &[], s),
            Block::Para(s) => h.el("p", &[], s),
            Block::Note(s) => h.el("p", &[("class", "small")], s),
            Block::Table { head, rows, total } => {
                let head: Vec<&str> = head.iter().map(String::as_str).collect();
                let mut body: Vec<(String, Vec<String>)> = rows.iter().map(|r| (String::new(), r.clone())).collect();
                body.extend(total.iter().map(|r| ("total".to_string(), r.clone())));
                let numeric: Vec<usize> = (1..head.len()).collect();
                h.table(&[("class", "data")], &head, &body, &numeric)
            }
            Block::List(items) => {
                h.open("ol", &[]);
                for i in items {
                    h.el("li", &[], i);
                }
                h.close("ol")
            }
            Block::Sign(lines) => {
                h.open("div", &[("class", "sign")]);
                for s in lines {
                    h.el("p", &[], s);
                }
                h.close("div")
            }
        };
    }
    h.finish()
}

#[component]
pub fn DocsSection(
    state: AppState,
    case: Memo<Option<OverdueResult>>,
    audit: Memo<Option<Result<AuditResult, Vec<Error>>>>,
    ways: Ways,
) -> impl IntoView {
    let lang = use_lang();
    let t = move |k: &'static str| move || tr(lang.get(), k).to_string();
    let f = move |k: &str| state.field(k);
    let none = Signal::derive(|| None::<String>);
    let doc = Memo::new(move |_| {
        let l = lang.get();
        case.with(|c| {
            let c = c.as_ref().ok_or("docNeedCase")?;
            // Built inside `with`: nothing of the results is cloned.
            audit.with(|a| {
                ways.with(|w| {
                    let faults = Faults { ways: matches!(w, Some(Err(_))), audit: matches!(a, Some(Err(_))) };
                    let a = a.as_ref().and_then(|r| r.as_ref().ok());
                    let w = w.as_ref().and_then(|r| r.as_ref().ok());
                    build(l, &state, c, a, w, faults)
                })
            })
        })
    });
    let html = move || match doc.get() {
        Ok(d) => doc_html(&d),
        Err(k) => format!("<p class=\"hint\">{}</p>", crate::ui::html::esc(tr(lang.get(), k))),
    };
    let kind = move || f("docKind").get();
    // The plans to choose from, as options (value = `<place>:<kind>`), being sued left out.
    let plan_options = move || {
        let l = lang.get();
        let picked = f("docPlan").get();
        ways.with(|w| {
            let Some(Ok(w)) = w else { return String::new() };
            // Numbered as the cards are; short enough for a 360 px screen in either language.
            let label = |k: usize| format!("{}. {}", k + 1, tr(l, &format!("k_{}", w.results[k].kind)));
            // Blank (the first option) means the page picks; it says which.
            let mut h = Html::new();
            let auto = chosen("", w).map(label).unwrap_or_default();
            h.el("option", &[("value", "")], &crate::fmt::fill(tr(l, "docPlanAuto"), &[("plan", auto)]));
            for k in (0..w.results.len()).filter(|k| choosable(w, *k)) {
                let v = format!("{k}:{}", w.results[k].kind);
                let mut attrs = vec![("value", v.as_str())];
                if picked == v {
                    attrs.push(("selected", ""));
                }
                h.el("option", &attrs, &label(k));
            }
            h.finish()
        })
    };
    let attempt_errors =
        Signal::derive(move || letters::parse_attempts(&attempt_rows(&state)).err().into_iter().collect::<Vec<_>>());
    let copied = RwSignal::new(false);
    // "Copied" describes the text copied, not one changed since.
    Effect::new(move |_| {
        doc.track();
        copied.set(false);
    });
    let copy = move |_| {
        if let Ok(d) = doc.get_untracked() {
            browser::copy(&d.to_text());
            copied.set(true);
        }
    };
    let print = move |_| browser::print_only("print-doc");
    view! {
        <section class="card" id="docs" aria-labelledby="docs-h">
            <h2 id="docs-h">{t("docsTitle")}</h2>
            <p class="hint">{t("docsIntro")}</p>
            <div class="grid">
                <SelectField id="docKind" label="docKind" value=f("docKind") options=options!(DOC_KINDS, "doc") />
                <div prop:hidden=move || kind() != "apply" class="grid">
                    <SelectField id="docCause" label="docCauseSel" value=f("docCause") options=options!(CAUSES, "cause") />
                    <TextField id="docCauseText" label="docCauseText" value=f("docCauseText") error=none inputmode="text" />
                    <div class="field">
                        <label for="docPlan">{t("docPlan")}</label>
                        <select id="docPlan" on:change=move |ev| f("docPlan").set(event_target_value(&ev)) inner_html=plan_options></select>
                    </div>
                </div>
            </div>
            <div prop:hidden=move || kind() != "blocked">
                <h3>{t("docAttempts")}</h3>
                <RowsEditor rows=state.attempts errors=attempt_errors add_label="addAttempt" />
            </div>
            <details class="personal">
                <summary>{t("docPersonal")}</summary>
                <div class="grid">
                    <TextField id="docName" label="docName" value=f("docName") error=none inputmode="text" />
                    <TextField id="docIdLast4" label="docIdLast4" value=f("docIdLast4") error=none inputmode="numeric" />
                    <TextField id="docContact" label="docContact" value=f("docContact") error=none inputmode="text" />
                    <TextField id="docLender" label="docLender" value=f("docLender") error=none inputmode="text" />
                    <TextField id="docContract" label="docContract" value=f("docContract") error=none inputmode="text" />
                </div>
                <CheckField id="docShareAll" label="docShareAll" value=f("docShareAll") />
            </details>
            <div class="actions doc-actions">
                <button type="button" id="docCopy" on:click=copy prop:disabled=move || doc.with(|d| d.is_err())>{t("docCopy")}</button>
                <button type="button" id="docPrint" on:click=print prop:disabled=move || doc.with(|d| d.is_err())>{t("docPrint")}</button>
                <span role="status">{move || copied.get().then(|| tr(lang.get(), "docCopied").to_string())}</span>
            </div>
            <article class="doc" id="doc" aria-live="polite" inner_html=html></article>
        </section>
    }
}
