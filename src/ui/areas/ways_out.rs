//! 出路: the budget, the scenarios side by side (cards on a phone, plus a table on a wide
//! screen), and a chart of what each plan has paid by each date.

use crate::engine::error::Error;
use crate::engine::scenario::Comparison;
use crate::ui::browser;
use crate::ui::chart::{chart, Series};
use crate::ui::field::{error_for, TextField};
use crate::ui::fmt::{csv, delta, pct, plain, yuan};
use crate::ui::html::{action_of, toggle_details, Html};
use crate::ui::i18n::{tr, use_lang, Lang};
use crate::ui::rows::RowsEditor;
use crate::ui::scenario_card::{kind_name, CardResult, ScenarioCard};
use crate::ui::state::AppState;
use leptos::prelude::*;
use rust_decimal::Decimal;

#[component]
pub fn WaysOut(
    state: AppState,
    #[prop(into)] result: Signal<Option<Result<Comparison, Vec<Error>>>>,
    /// How many cards to build yet (the page's start-up steps; all once it is up).
    cards: Signal<usize>,
) -> impl IntoView {
    let lang = use_lang();
    let t = move |k: &'static str| move || tr(lang.get(), k).to_string();
    let errors = crate::ui::field::errors_of(result);
    // A budget field with an error keeps the last figures (its message sits by the field).
    let ok = Memo::new(move |prev: Option<&Option<Comparison>>| match result.get() {
        Some(Ok(c)) => Some(c),
        Some(Err(_)) => prev.cloned().flatten(),
        None => None,
    });
    let capacity = move || {
        ok.with(|c| c.as_ref().and_then(|c| c.budget.as_ref().map(|b| b.capacity))).map(|cap| {
            view! { <p class="capacity" data-capacity=plain(cap)>{t("capacity")}" "<strong>{yuan(cap)}</strong>{t("perMonthShort")}</p> }
        })
    };
    let shown = crate::ui::use_open_details();
    let output = move || {
        let l = lang.get();
        ok.with(|c| c.as_ref().map(|c| comparison_html(l, c, &|k| shown.is_open(k))).unwrap_or_default())
    };
    let on_click = move |ev: web_sys::MouseEvent| {
        toggle_details(&ev, shown);
        if action_of(&ev).as_deref() == Some("csv-scenarios") {
            if let Some(c) = ok.get_untracked() {
                browser::download_csv("scenarios.csv", &comparison_csv(lang.get_untracked(), &c));
            }
        }
    };
    let card_result = move |id: u32| {
        Signal::derive(move || {
            let k = state.scenarios.rows.with(|r| r.iter().position(|x| x.id == id))?;
            ok.with(|c| {
                c.as_ref().and_then(|c| {
                    c.results.get(k).map(|r| CardResult {
                        result: r.clone(),
                        cheapest: c.cheapest == Some(k),
                        cheapest_fit: c.cheapest_fitting == Some(k),
                        base: c.base.clone(),
                    })
                })
            })
        })
    };
    view! {
        <section class="card" id="ways-out" aria-labelledby="ways-h">
            <h2 id="ways-h">{t("waysTitle")}</h2>
            <p class="hint">{t("waysHint")}</p>
            <p class="small apr-note">{t("aprNote")}</p>
            <p class="small credit-note">{t("creditReportNote")}</p>
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
                <For each=move || state.scenarios.rows.with(|r| r.iter().take(cards.get()).cloned().collect::<Vec<_>>()) key=|r| r.id let:row>
                    <ScenarioCard row=row.clone() rows=state.scenarios result=card_result(row.id) errors=errors state=state />
                </For>
            </div>
            <p class="error" role="alert">{move || error_for(errors, "scenarios".into()).get().unwrap_or_default()}</p>
            <div class="actions">
                <button type="button" class="add" on:click=move |_| state.add_scenario("installments")>{t("addScenario")}</button>
                <button type="button" on:click=move |_| state.default_scenarios()>{t("resetScenarios")}</button>
            </div>
            <div aria-live="polite" on:click=on_click inner_html=output></div>
        </section>
    }
}

const COMPARE_COLS: [&str; 8] = [
    "scenarioKind",
    "totalPaid",
    "largestPayment",
    "numPayments",
    "endDate",
    "costOverToday",
    "impliedApr",
    "fitsBudget",
];

/// One row per computed scenario: (row class, cells); plain numbers for CSV.
fn comparison_rows(l: Lang, c: &Comparison, csv: bool) -> Vec<(String, Vec<String>)> {
    let money = if csv { plain } else { yuan };
    c.results
        .iter()
        .enumerate()
        .filter_map(|(k, r)| {
            let m = r.metrics.as_ref()?;
            let class = match (c.cheapest == Some(k), c.cheapest_fitting == Some(k)) {
                (true, _) => "best",
                (_, true) => "fit",
                _ => "",
            };
            let fit = m.fits_budget.map(|f| tr(l, if f { "yes" } else { "no" }).to_string()).unwrap_or_default();
            Some((
                class.to_string(),
                vec![
                    kind_name(l, r.kind),
                    money(m.total_paid),
                    money(m.largest_payment),
                    m.payments.to_string(),
                    m.end_date.map(|d| d.to_string()).unwrap_or_default(),
                    if csv { plain(m.cost_over_today) } else { delta(m.cost_over_today) },
                    m.implied_apr_percent.map(|a| pct(a, 2)).unwrap_or_default(),
                    fit,
                ],
            ))
        })
        .collect()
}

pub fn comparison_csv(l: Lang, c: &Comparison) -> String {
    csv(l, &COMPARE_COLS, comparison_rows(l, c, true).into_iter().map(|(_, cells)| cells))
}

/// The side-by-side table (wide screens and print) and the cumulative-payments chart.
fn comparison_html(l: Lang, c: &Comparison, open: &dyn Fn(&str) -> bool) -> String {
    let mut h = Html::new();
    h.open("div", &[("class", "compare-table")]).el("h3", &[], tr(l, "compareTitle"));
    let head: Vec<&str> = COMPARE_COLS.iter().map(|k| tr(l, k)).collect();
    h.table(&[("class", "data"), ("id", "compare-table")], &head, &comparison_rows(l, c, false), &[1, 2, 3, 5, 6]);
    h.close("div");
    h.open("div", &[("class", "actions")]).button("csv-scenarios", tr(l, "csvScenarios")).close("div");
    // A step line from zero on the case date for each plan: each payment lifts it.
    let series: Vec<Series> = c
        .results
        .iter()
        .filter(|r| r.metrics.is_some() && !r.flows.is_empty())
        .map(|r| {
            let mut sum = Decimal::ZERO;
            let mut points: Vec<_> =
                c.base.date.or(r.flows.first().map(|f| f.date)).map(|d| (d, Decimal::ZERO)).into_iter().collect();
            for f in &r.flows {
                points.push((f.date, sum));
                sum += f.amount;
                points.push((f.date, sum));
            }
            Series { name: kind_name(l, r.kind), points, dashed_after: None }
        })
        .collect();
    h.raw(&chart(l, "chartCumulative", &series, true, open));
    h.finish()
}
