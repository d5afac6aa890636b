//! What is owed today by part, the cost of waiting, and how the penalty is computed.

use super::i18n::{tr, use_lang};
use crate::engine::money::Money;
use crate::engine::overdue::OverdueResult;
use leptos::prelude::*;

fn yuan(x: rust_decimal::Decimal) -> String {
    Money(x).to_string()
}

/// The breakdown table for `result`; `stale` marks a result kept from earlier valid input.
#[component]
pub fn BreakdownTable(
    #[prop(into)] result: Signal<Option<OverdueResult>>,
    #[prop(into)] stale: Signal<bool>,
) -> impl IntoView {
    let lang = use_lang();
    let t = move |k: &'static str| move || tr(lang.get(), k).to_string();
    let body = move || {
        let Some(r) = result.get() else {
            return view! { <p class="empty">{t("noResult")}</p> }.into_any();
        };
        let tot = &r.totals;
        let rows = vec![
            ("principal", tot.principal_overdue + tot.principal_not_due),
            ("interest", tot.interest_due + tot.interest_accrued),
            ("penalty", tot.penalty),
            ("compound", tot.compound),
            ("fees", tot.fees),
        ];
        let formula = r.simple_penalty.clone().map(|sp| {
            format!(
                "{} × {}% × {} {} = {}",
                yuan(sp.principal),
                crate::engine::money::round_dp(sp.daily_percent, 6).normalize(),
                sp.days,
                tr(lang.get(), "days"),
                yuan(tot.penalty)
            )
        });
        view! {
            <table class="breakdown">
                <thead><tr><th scope="col">{t("part")}</th><th scope="col" class="num">{t("amount")}</th></tr></thead>
                <tbody>
                    {rows.into_iter().filter(|(k, v)| !v.is_zero() || matches!(*k, "principal" | "interest" | "penalty"))
                        .map(|(k, v)| view! { <tr data-part=k><th scope="row">{t(k)}</th><td class="num">{yuan(v)}</td></tr> })
                        .collect_view()}
                </tbody>
                <tfoot><tr data-part="total"><th scope="row">{t("total")}</th><td class="num total">{yuan(tot.total)}</td></tr></tfoot>
            </table>
            <ul class="growth">
                <li>{t("perDayCost")}" +"{yuan(r.next_day.added)}</li>
                <li>{t("perWeekCost")}" +"{yuan(r.next_week.added)}</li>
                <li>{t("perMonthCost")}" +"{yuan(r.next_month.added)}</li>
            </ul>
            {formula.map(|f| view! {
                <details class="steps">
                    <summary>{t("howComputed")}</summary>
                    <p>{t("penaltyFormula")}</p>
                    <p class="formula">{f}</p>
                </details>
            })}
        }
        .into_any()
    };
    view! {
        <section class="card results" aria-labelledby="results-h">
            <h2 id="results-h">{t("results")}</h2>
            <p class="stale" hidden=move || !stale.get()>{t("fixErrors")}</p>
            <div aria-live="polite" class:dim=move || stale.get()>{body}</div>
            <p class="hint">{t("notAdvice")}</p>
        </section>
    }
}
