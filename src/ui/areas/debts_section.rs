//! 多笔债务: several debts under one monthly budget, avalanche, snowball and the user's own
//! order side by side.

use crate::engine::debts::{DebtItem, DebtsComparison};
use crate::engine::error::Error;
use crate::engine::request_plans::resolve_debts;
use crate::ui::browser;
use crate::ui::field::{error_for, TextField};
use crate::ui::fmt::{csv, fill, pct, plain, yuan};
use crate::ui::html::{action_of, Html};
use crate::ui::i18n::{tr, use_lang, Lang};
use crate::ui::rows::RowsEditor;
use crate::ui::state::AppState;
use leptos::prelude::*;
use rust_decimal::Decimal;

const COLS: [&str; 5] = ["order", "debtsSequence", "monthsToFree", "totalInterest", "totalPaid"];

/// A debt's name as the page shows it: its own, or "第 k 笔" by its row number.
fn debt_name(l: Lang, names: &[String], k: usize) -> String {
    match names.get(k).map(|n| n.trim()).filter(|n| !n.is_empty()) {
        Some(n) => format!("{}. {n}", k + 1),
        None => format!("{}. {}", k + 1, tr(l, "debtN")),
    }
}

/// "1. 信用卡（第 12 月）→ 2. 亲友（第 14 月）": the order extra money goes, and when each is cleared.
fn sequence_text(l: Lang, names: &[String], p: &crate::engine::debts::OrderPlan) -> String {
    p.sequence
        .iter()
        .map(|&k| match p.cleared_in_month.get(k).copied().flatten() {
            Some(m) => format!("{}{}", debt_name(l, names, k), fill(tr(l, "clearedInMonth"), &[("m", m.to_string())])),
            None => format!("{}{}", debt_name(l, names, k), tr(l, "notCleared")),
        })
        .collect::<Vec<_>>()
        .join(" → ")
}

fn rows(
    l: Lang,
    c: &DebtsComparison,
    names: &[String],
    money: fn(rust_decimal::Decimal) -> String,
) -> Vec<(String, Vec<String>)> {
    c.plans
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
            );
            let months = p.months.map(|m| m.to_string()).unwrap_or_else(|| tr(l, "never").to_string());
            let class = format!("{} {}", if c.best == Some(k) { "best" } else { "" }, p.order);
            (
                class,
                vec![
                    name.to_string(),
                    sequence_text(l, names, p),
                    months,
                    money(p.total_interest),
                    money(p.total_paid),
                ],
            )
        })
        .collect()
}

/// The result: below the minimums, the shortfall and which minimums to keep (no plan keeps
/// every debt current); otherwise the orders side by side. A rate under 1 % a year is asked
/// about: it is most likely a daily rate.
fn debts_html(l: Lang, c: &DebtsComparison, items: &[DebtItem]) -> String {
    let names: Vec<String> = items.iter().map(|d| d.name.clone()).collect();
    let mut h = Html::new();
    for (k, d) in items.iter().enumerate() {
        if d.annual_percent > Decimal::ZERO && d.annual_percent < Decimal::ONE {
            let daily_as_year = d.annual_percent * Decimal::from(365);
            let text = fill(
                tr(l, "dailyRateQuestion"),
                &[
                    ("debt", debt_name(l, &names, k)),
                    ("rate", pct(d.annual_percent, 4)),
                    ("year", pct(daily_as_year, 2)),
                ],
            );
            h.el("p", &[("class", "note warn daily-rate")], &text);
        }
    }
    if c.shortfall > Decimal::ZERO {
        let text = fill(
            tr(l, "belowMinimums"),
            &[("budget", yuan(c.budget)), ("minimums", yuan(c.minimums)), ("shortfall", yuan(c.shortfall))],
        );
        h.el("p", &[("class", "note warn shortfall")], &text);
        let kept: Vec<String> = c
            .keep_first
            .iter()
            .map(|&k| {
                format!(
                    "{}{}",
                    debt_name(l, &names, k),
                    fill(tr(l, "paren"), &[("x", yuan(items[k].minimum.min(items[k].balance)))])
                )
            })
            .collect();
        let missed: Vec<String> = (0..items.len())
            .filter(|k| !c.keep_first.contains(k) && items[*k].minimum.min(items[*k].balance) > Decimal::ZERO)
            .map(|k| {
                format!(
                    "{}{}",
                    debt_name(l, &names, k),
                    fill(tr(l, "paren"), &[("x", yuan(items[k].minimum.min(items[k].balance)))])
                )
            })
            .collect();
        h.el(
            "p",
            &[("class", "keep-first")],
            &format!(
                "{}{}",
                tr(l, "keepFirst"),
                if kept.is_empty() { "—".into() } else { kept.join(tr(l, "listSep")) }
            ),
        );
        h.el("p", &[("class", "cannot-keep")], &format!("{}{}", tr(l, "cannotKeep"), missed.join(tr(l, "listSep"))));
        h.el("p", &[("class", "small")], tr(l, "belowMinimumsNext"));
        return h.finish();
    }
    // On screen the order by debt goes under the table (a column of names is too narrow on
    // a phone); the CSV keeps it as a column.
    let shown: Vec<(String, Vec<String>)> = rows(l, c, &names, yuan)
        .into_iter()
        .map(|(class, mut cells)| {
            cells.remove(1);
            (class, cells)
        })
        .collect();
    let head: Vec<&str> = COLS.iter().filter(|k| **k != "debtsSequence").map(|k| tr(l, k)).collect();
    h.table(&[("class", "data"), ("id", "debts-table")], &head, &shown, &[1, 2, 3]);
    h.open("ul", &[("class", "orders")]);
    for (p, (_, cells)) in c.plans.iter().zip(rows(l, c, &names, yuan)) {
        h.el("li", &[("class", p.order)], &format!("{}{}{}", cells[0], tr(l, "colon"), cells[1]));
    }
    h.close("ul");
    h.button("csv-debts", tr(l, "csvDebts"));
    h.finish()
}

#[component]
pub fn DebtsSection(
    state: AppState,
    #[prop(into)] result: Signal<Option<Result<DebtsComparison, Vec<Error>>>>,
) -> impl IntoView {
    let lang = use_lang();
    let t = move |k: &'static str| move || tr(lang.get(), k).to_string();
    let errors = crate::ui::field::errors_of(result);
    // The debts as the engine read them (blank rows left out), for names and rates.
    let items = move || resolve_debts(&state.debt_requests()).unwrap_or_default();
    let output = move || match result.get() {
        Some(Ok(c)) => debts_html(lang.get(), &c, &items()),
        _ => String::new(),
    };
    let on_click = move |ev: web_sys::MouseEvent| {
        if let (Some("csv-debts"), Some(Ok(c))) = (action_of(&ev).as_deref(), result.get_untracked()) {
            let l = lang.get_untracked();
            let names: Vec<String> = untrack(items).into_iter().map(|d| d.name).collect();
            let lines = rows(l, &c, &names, plain).into_iter().map(|(_, cells)| cells);
            browser::download_csv("debts.csv", &csv(l, &COLS, lines));
        }
    };
    view! {
        <section class="card" id="debts" aria-labelledby="debts-h">
            <h2 id="debts-h">{t("debtsTitle")}</h2>
            <p class="hint">{t("debtsHint")}</p>
            <RowsEditor rows=state.debts errors=errors add_label="addDebt" numbered=true />
            <TextField id="debtsBudget" label="debtsBudget" value=state.field("debtsBudget")
                error=error_for(errors, "monthlyBudget".into()) unit="yuan" />
            <TextField id="debtsOrder" label="debtsOrder" value=state.field("debtsOrder")
                error=error_for(errors, "debtsOrder".into()) inputmode="text" hint="debtsOrderHint" />
            <div aria-live="polite" on:click=on_click inner_html=output></div>
        </section>
    }
}
