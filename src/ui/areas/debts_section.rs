//! 多笔债务: several debts under one monthly budget, avalanche, snowball and the user's own
//! order side by side.

use crate::engine::debts::DebtsComparison;
use crate::engine::error::Error;
use crate::ui::browser;
use crate::ui::field::{error_for, TextField};
use crate::ui::fmt::{csv, plain, yuan};
use crate::ui::html::{action_of, Html};
use crate::ui::i18n::{tr, use_lang, Lang};
use crate::ui::rows::RowsEditor;
use crate::ui::state::AppState;
use leptos::prelude::*;

const COLS: [&str; 4] = ["order", "monthsToFree", "totalInterest", "totalPaid"];

fn rows(l: Lang, c: &DebtsComparison, money: fn(rust_decimal::Decimal) -> String) -> Vec<(String, Vec<String>)> {
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
            (class, vec![name.to_string(), months, money(p.total_interest), money(p.total_paid)])
        })
        .collect()
}

fn debts_html(l: Lang, c: &DebtsComparison) -> String {
    let mut h = Html::new();
    if c.budget < c.minimums {
        h.el("p", &[("class", "note warn")], &format!("{} {}", tr(l, "budgetBelowMinimums"), yuan(c.minimums)));
    }
    let head: Vec<&str> = COLS.iter().map(|k| tr(l, k)).collect();
    h.table(&[("class", "data"), ("id", "debts-table")], &head, &rows(l, c, yuan), &[1, 2, 3]);
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
    let output = move || match result.get() {
        Some(Ok(c)) => debts_html(lang.get(), &c),
        _ => String::new(),
    };
    let on_click = move |ev: web_sys::MouseEvent| {
        if let (Some("csv-debts"), Some(Ok(c))) = (action_of(&ev).as_deref(), result.get_untracked()) {
            let l = lang.get_untracked();
            browser::download_csv("debts.csv", &csv(l, &COLS, rows(l, &c, plain).into_iter().map(|(_, cells)| cells)));
        }
    };
    view! {
        <section class="card" id="debts" aria-labelledby="debts-h">
            <h2 id="debts-h">{t("debtsTitle")}</h2>
            <p class="hint">{t("debtsHint")}</p>
            <RowsEditor rows=state.debts errors=errors add_label="addDebt" />
            <TextField id="debtsBudget" label="debtsBudget" value=state.field("debtsBudget")
                error=error_for(errors, "monthlyBudget".into()) unit="yuan" />
            <TextField id="debtsOrder" label="debtsOrder" value=state.field("debtsOrder")
                error=error_for(errors, "debtsOrder".into()) inputmode="text" hint="debtsOrderHint" />
            <div aria-live="polite" on:click=on_click inner_html=output></div>
        </section>
    }
}
