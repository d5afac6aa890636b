//! 自动划扣核对: the user lists what was deducted; each line shows what was owed then, what
//! was taken beyond it, and the part above the legal line.

use crate::engine::audit::AuditResult;
use crate::engine::error::Error;
use crate::ui::browser;
use crate::ui::fmt::{csv, plain, yuan};
use crate::ui::html::{action_of, Html};
use crate::ui::i18n::{tr, use_lang, Lang};
use crate::ui::rows::RowsEditor;
use crate::ui::state::AppState;
use leptos::prelude::*;

const COLS: [&str; 7] = ["date", "taken", "owedDue", "owedTotal", "toReclaim", "chargesTaken", "aboveLine"];

fn rows(a: &AuditResult, money: fn(rust_decimal::Decimal) -> String) -> Vec<(String, Vec<String>)> {
    a.deductions
        .iter()
        .map(|d| {
            let class = if d.to_reclaim.is_zero() && d.above_legal_line.is_zero() { "" } else { "bad" };
            let cells = vec![
                d.date.to_string(),
                money(d.amount),
                money(d.owed_due),
                money(d.owed_total),
                money(d.to_reclaim),
                money(d.charges_taken),
                money(d.above_legal_line),
            ];
            (class.to_string(), cells)
        })
        .collect()
}

fn audit_csv(l: Lang, a: &AuditResult) -> String {
    csv(l, &COLS, rows(a, plain).into_iter().map(|(_, c)| c))
}

fn audit_html(l: Lang, a: &AuditResult) -> String {
    let mut h = Html::new();
    let head: Vec<&str> = COLS.iter().map(|k| tr(l, k)).collect();
    h.table(&[("class", "data"), ("id", "audit-table")], &head, &rows(a, yuan), &[1, 2, 3, 4, 5, 6]);
    h.open("p", &[("class", "audit-total")]).text(tr(l, "toReclaim")).text(" ");
    h.el("strong", &[("data-audit", "reclaim")], &yuan(a.total_to_reclaim))
        .text(" · ")
        .text(tr(l, "aboveLine"))
        .text(" ");
    h.el("strong", &[("data-audit", "above")], &yuan(a.total_above_legal_line)).close("p");
    h.el("p", &[("class", "hint")], tr(l, "auditExplain"));
    // The deductions are payments the lender took: what is owed after them.
    let total = a.case.totals.total;
    let after = if total.is_sign_negative() && !total.is_zero() {
        format!("{} {}", tr(l, "auditOverpaidAfter"), yuan(-total))
    } else {
        format!("{} {}", tr(l, "auditOwedAfter"), yuan(total))
    };
    h.el("p", &[("class", "note"), ("data-audit", "owed-after")], &after);
    h.button("csv-audit", tr(l, "csvAudit"));
    h.finish()
}

#[component]
pub fn AuditSection(
    state: AppState,
    #[prop(into)] result: Signal<Option<Result<AuditResult, Vec<Error>>>>,
) -> impl IntoView {
    let lang = use_lang();
    let t = move |k: &'static str| move || tr(lang.get(), k).to_string();
    let errors = crate::ui::field::errors_of(result);
    let output = move || match result.get() {
        Some(Ok(a)) => audit_html(lang.get(), &a),
        _ => String::new(),
    };
    let on_click = move |ev: web_sys::MouseEvent| {
        if let (Some("csv-audit"), Some(Ok(a))) = (action_of(&ev).as_deref(), result.get_untracked()) {
            browser::download_csv("audit.csv", &audit_csv(lang.get_untracked(), &a));
        }
    };
    view! {
        <section class="card" id="audit" aria-labelledby="audit-h">
            <h2 id="audit-h">{t("auditTitle")}</h2>
            <p class="hint">{t("auditHint")}</p>
            <RowsEditor rows=state.deductions errors=errors add_label="addDeduction" />
            <div aria-live="polite" on:click=on_click inner_html=output></div>
        </section>
    }
}
