//! 自动划扣核对: the user lists what was deducted; each line shows what was owed then, what
//! was taken beyond it, and the part above the legal line.

use super::browser;
use super::fmt::{csv_line, plain, yuan};
use super::i18n::{tr, use_lang};
use super::rows::RowsEditor;
use super::state::AppState;
use crate::engine::audit::AuditResult;
use crate::engine::error::Error;
use leptos::prelude::*;

#[component]
pub fn AuditSection(
    state: AppState,
    #[prop(into)] result: Signal<Option<Result<AuditResult, Vec<Error>>>>,
) -> impl IntoView {
    let lang = use_lang();
    let t = move |k: &'static str| move || tr(lang.get(), k).to_string();
    let errors =
        Signal::derive(move || result.with(|r| r.as_ref().and_then(|r| r.as_ref().err().cloned()).unwrap_or_default()));
    let table = move || {
        let Some(Ok(a)) = result.get() else { return None };
        let l = lang.get();
        let head = ["date", "taken", "owedDue", "owedTotal", "toReclaim", "chargesTaken", "aboveLine"];
        let mut csv = vec![csv_line(&head.iter().map(|k| tr(l, k).to_string()).collect::<Vec<_>>())];
        csv.extend(a.deductions.iter().map(|d| {
            csv_line(&[
                d.date.to_string(),
                plain(d.amount),
                plain(d.owed_due),
                plain(d.owed_total),
                plain(d.to_reclaim),
                plain(d.charges_taken),
                plain(d.above_legal_line),
            ])
        }));
        let csv = csv.join("\n");
        Some(view! {
            <div class="table-scroll">
                <table class="data" id="audit-table">
                    <thead><tr>{head.into_iter().map(|k| view! { <th scope="col">{t(k)}</th> }).collect_view()}</tr></thead>
                    <tbody>
                        {a.deductions.iter().map(|d| view! {
                            <tr>
                                <td>{d.date.to_string()}</td><td class="num">{yuan(d.amount)}</td>
                                <td class="num">{yuan(d.owed_due)}</td><td class="num">{yuan(d.owed_total)}</td>
                                <td class="num" class:bad={!d.to_reclaim.is_zero()}>{yuan(d.to_reclaim)}</td>
                                <td class="num">{yuan(d.charges_taken)}</td>
                                <td class="num" class:bad={!d.above_legal_line.is_zero()}>{yuan(d.above_legal_line)}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                    <tfoot><tr>
                        <th scope="row">{t("total")}</th><td class="num">{yuan(a.total_taken)}</td><td></td><td></td>
                        <td class="num" data-audit="reclaim">{yuan(a.total_to_reclaim)}</td><td></td>
                        <td class="num" data-audit="above">{yuan(a.total_above_legal_line)}</td>
                    </tr></tfoot>
                </table>
            </div>
            <p class="hint">{t("auditExplain")}</p>
            <button type="button" on:click=move |_| { browser::download("audit.csv", "text/csv;charset=utf-8", &format!("\u{feff}{csv}")); }>
                {t("csvAudit")}
            </button>
        })
    };
    view! {
        <section class="card" id="audit" aria-labelledby="audit-h">
            <h2 id="audit-h">{t("auditTitle")}</h2>
            <p class="hint">{t("auditHint")}</p>
            <RowsEditor rows=state.deductions errors=errors add_label="addDeduction" />
            <div aria-live="polite">{table}</div>
        </section>
    }
}
