//! 出路: the budget, the scenarios side by side (cards on a phone, plus a table on a wide
//! screen), and a chart of what each plan has paid by each date.

use super::browser;
use super::chart::{LineChart, Series};
use super::field::{error_for, TextField};
use super::fmt::{csv_line, pct, plain, yuan};
use super::i18n::{tr, use_lang};
use super::rows::RowsEditor;
use super::scenario_card::{ScenarioCard, KINDS};
use super::state::AppState;
use crate::engine::error::Error;
use crate::engine::scenario::Comparison;
use leptos::prelude::*;
use rust_decimal::Decimal;

#[component]
pub fn WaysOut(state: AppState, #[prop(into)] result: Signal<Option<Result<Comparison, Vec<Error>>>>) -> impl IntoView {
    let lang = use_lang();
    let t = move |k: &'static str| move || tr(lang.get(), k).to_string();
    let errors =
        Signal::derive(move || result.with(|r| r.as_ref().and_then(|r| r.as_ref().err().cloned()).unwrap_or_default()));
    let ok = Memo::new(move |_| result.with(|r| r.as_ref().and_then(|r| r.as_ref().ok().cloned())));
    let capacity = move || {
        ok.with(|c| c.as_ref().and_then(|c| c.budget.as_ref().map(|b| b.capacity))).map(|cap| {
            view! { <p class="capacity" data-capacity=plain(cap)>{t("capacity")}" "<strong>{yuan(cap)}</strong>{t("perMonthShort")}</p> }
        })
    };
    let series = Signal::derive(move || {
        let l = lang.get();
        ok.with(|c| {
            c.as_ref().map_or_else(Vec::new, |c| {
                c.results
                    .iter()
                    .filter(|r| r.metrics.is_some() && !r.flows.is_empty())
                    .map(|r| {
                        // A step line from zero on the case date: each payment lifts it.
                        let mut sum = Decimal::ZERO;
                        let start = c.base.date.or(r.flows.first().map(|f| f.date));
                        let mut points: Vec<_> = start.map(|d| (d, Decimal::ZERO)).into_iter().collect();
                        for f in &r.flows {
                            points.push((f.date, sum));
                            sum += f.amount;
                            points.push((f.date, sum));
                        }
                        let name = KINDS.iter().find(|k| k.0 == r.kind).map_or(r.kind, |k| tr(l, k.1));
                        Series { name: name.to_string(), points, dashed_after: None }
                    })
                    .collect()
            })
        })
    });
    let table = move || {
        let c = ok.get()?;
        let l = lang.get();
        let head = [
            "scenarioKind",
            "totalPaid",
            "largestPayment",
            "numPayments",
            "endDate",
            "costOverToday",
            "impliedApr",
            "fitsBudget",
        ];
        let mut csv = vec![csv_line(&head.iter().map(|k| tr(l, k).to_string()).collect::<Vec<_>>())];
        let rows: Vec<_> = c.results.iter().enumerate().filter_map(|(k, r)| {
            let m = r.metrics.as_ref()?;
            let name = KINDS.iter().find(|x| x.0 == r.kind).map_or(r.kind, |x| tr(l, x.1)).to_string();
            let fit = m.fits_budget.map(|f| tr(l, if f { "yes" } else { "no" }).to_string()).unwrap_or_default();
            let apr = m.implied_apr_percent.map(|a| pct(a, 2)).unwrap_or_default();
            csv.push(csv_line(&[name.clone(), plain(m.total_paid), plain(m.largest_payment), m.payments.to_string(),
                m.end_date.map(|d| d.to_string()).unwrap_or_default(), plain(m.cost_over_today), apr.clone(), fit.clone()]));
            Some(view! {
                <tr class:best={c.cheapest == Some(k)} class:fit={c.cheapest_fitting == Some(k)}>
                    <th scope="row">{name}</th><td class="num">{yuan(m.total_paid)}</td><td class="num">{yuan(m.largest_payment)}</td>
                    <td class="num">{m.payments}</td><td>{m.end_date.map(|d| d.to_string()).unwrap_or_default()}</td>
                    <td class="num">{super::fmt::delta(m.cost_over_today)}</td><td class="num">{apr}</td><td>{fit}</td>
                </tr>
            })
        }).collect();
        let csv = csv.join("\n");
        Some(view! {
            <div class="table-scroll compare-table">
                <table class="data" id="compare-table">
                    <caption>{t("compareTitle")}</caption>
                    <thead><tr>{head.into_iter().map(|k| view! { <th scope="col">{t(k)}</th> }).collect_view()}</tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <button type="button" on:click=move |_| { browser::download("scenarios.csv", "text/csv;charset=utf-8", &format!("\u{feff}{csv}")); }>
                {t("csvScenarios")}
            </button>
        })
    };
    let card_result = move |id: u32| {
        Signal::derive(move || {
            let k = state.scenarios.rows.with(|r| r.iter().position(|x| x.id == id))?;
            ok.with(|c| {
                c.as_ref().and_then(|c| {
                    c.results.get(k).map(|r| (k, r.clone(), c.cheapest == Some(k), c.cheapest_fitting == Some(k)))
                })
            })
        })
    };
    view! {
        <section class="card" id="ways-out" aria-labelledby="ways-h">
            <h2 id="ways-h">{t("waysTitle")}</h2>
            <p class="hint">{t("waysHint")}</p>
            <details class="budget" open=true>
                <summary>{t("budgetTitle")}</summary>
                <div class="grid">
                    <TextField id="income" label="income" value=state.field("income") error=error_for(errors, "budget.income".into()) unit="yuan" />
                    <TextField id="savings" label="savings" value=state.field("savings") error=error_for(errors, "budget.savings".into()) unit="yuan" />
                </div>
                <h3>{t("expenses")}</h3>
                <RowsEditor rows=state.expenses errors=errors add_label="addExpense" prefix="budget." />
                <h3>{t("otherDebts")}</h3>
                <RowsEditor rows=state.other_debts errors=errors add_label="addOtherDebt" prefix="budget." />
                {capacity}
            </details>
            <div class="scenarios">
                <For each=move || state.scenarios.rows.get() key=|r| r.id let:row>
                    <ScenarioCard row=row.clone() rows=state.scenarios result=card_result(row.id) errors=errors />
                </For>
            </div>
            <div class="actions">
                <button type="button" class="add" on:click=move |_| state.scenarios.push(&[("kind", "installments"), ("months", "24")])>{t("addScenario")}</button>
                <button type="button" on:click=move |_| state.default_scenarios()>{t("resetScenarios")}</button>
            </div>
            <div aria-live="polite">{table}</div>
            <LineChart title="chartCumulative" series=series zero_based=true />
        </section>
    }
}
