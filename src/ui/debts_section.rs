//! 多笔债务: several debts under one monthly budget, avalanche, snowball and the user's own
//! order side by side.

use super::browser;
use super::field::{error_for, TextField};
use super::fmt::{csv_line, plain, yuan};
use super::i18n::{tr, use_lang};
use super::rows::RowsEditor;
use super::state::AppState;
use crate::engine::debts::DebtsComparison;
use crate::engine::error::Error;
use leptos::prelude::*;

#[component]
pub fn DebtsSection(
    state: AppState,
    #[prop(into)] result: Signal<Option<Result<DebtsComparison, Vec<Error>>>>,
) -> impl IntoView {
    let lang = use_lang();
    let t = move |k: &'static str| move || tr(lang.get(), k).to_string();
    let errors =
        Signal::derive(move || result.with(|r| r.as_ref().and_then(|r| r.as_ref().err().cloned()).unwrap_or_default()));
    let table = move || {
        let Some(Ok(c)) = result.get() else { return None };
        let l = lang.get();
        let head = ["order", "monthsToFree", "totalInterest", "totalPaid"];
        let mut csv = vec![csv_line(&head.iter().map(|k| tr(l, k).to_string()).collect::<Vec<_>>())];
        let rows: Vec<_> = c
            .plans
            .iter()
            .enumerate()
            .map(|(k, p)| {
                let name = tr(
                    l,
                    match p.order {
                        "avalanche" => "avalanche",
                        "snowball" => "snowball",
                        _ => "customOrder",
                    },
                )
                .to_string();
                let months = p.months.map(|m| m.to_string()).unwrap_or_else(|| tr(l, "never").to_string());
                csv.push(csv_line(&[name.clone(), months.clone(), plain(p.total_interest), plain(p.total_paid)]));
                view! {
                    <tr class:best={c.best == Some(k)} data-order=p.order>
                        <th scope="row">{name}</th><td class="num">{months}</td>
                        <td class="num">{yuan(p.total_interest)}</td><td class="num">{yuan(p.total_paid)}</td>
                    </tr>
                }
            })
            .collect();
        let csv = csv.join("\n");
        let short = (c.budget < c.minimums)
            .then(|| view! { <p class="note warn">{t("budgetBelowMinimums")}" "{yuan(c.minimums)}</p> });
        Some(view! {
            {short}
            <div class="table-scroll">
                <table class="data" id="debts-table">
                    <thead><tr>{head.into_iter().map(|k| view! { <th scope="col">{t(k)}</th> }).collect_view()}</tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <button type="button" on:click=move |_| { browser::download("debts.csv", "text/csv;charset=utf-8", &format!("\u{feff}{csv}")); }>
                {t("csvDebts")}
            </button>
        })
    };
    view! {
        <section class="card" id="debts" aria-labelledby="debts-h">
            <h2 id="debts-h">{t("debtsTitle")}</h2>
            <p class="hint">{t("debtsHint")}</p>
            <RowsEditor rows=state.debts errors=errors add_label="addDebt" />
            <TextField id="debtsBudget" label="debtsBudget" value=state.field("debtsBudget")
                error=error_for(errors, "monthlyBudget".into()) unit="yuan" />
            <div aria-live="polite">{table}</div>
        </section>
    }
}
