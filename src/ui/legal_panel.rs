//! The legal lines (SPEC §6): which rule applies, its source, the line, what it allows,
//! the excess, and what that means in plain words. Never legal advice.

use super::fmt::{pct, yuan};
use super::i18n::{tr, use_lang};
use crate::engine::overdue::OverdueResult;
use leptos::prelude::*;

#[component]
pub fn LegalPanel(result: OverdueResult) -> impl IntoView {
    let lang = use_lang();
    let t = move |k: &'static str| move || tr(lang.get(), k).to_string();
    let legal = result.legal.clone();
    let first = legal.lines.first().cloned();
    let meaning = move || {
        let l = lang.get();
        match &first {
            Some(c) if c.excess > rust_decimal::Decimal::ZERO => {
                format!(
                    "{} {}（{}）{}",
                    tr(l, "excessMeaning1"),
                    yuan(c.excess),
                    pct(c.line.percent, 2),
                    tr(l, "excessMeaning2")
                )
            }
            Some(_) => tr(l, "withinLine").to_string(),
            None => String::new(),
        }
    };
    let lpr = legal.lpr.map(|f| format!("LPR {} ({})", pct(f.one_year, 2), f.from));
    view! {
        <div class="legal" id="legal">
            <h3>{t("legalTitle")}</h3>
            <p>{t(if legal.lender == crate::engine::terms::LenderType::Private { "lender_private" } else { "lender_licensed" })}
                {lpr.map(|s| format!(" · {s}"))}</p>
            <div class="table-scroll">
            <table class="data">
                <thead><tr>
                    <th scope="col">{t("line")}</th><th scope="col" class="num">{t("allowed")}</th>
                    <th scope="col" class="num">{t("chargesLine")}</th><th scope="col" class="num">{t("excess")}</th>
                </tr></thead>
                <tbody>
                    {legal.lines.iter().map(|c| view! {
                        <tr data-line=c.line.key>
                            <th scope="row">{pct(c.line.percent, 2)}</th>
                            <td class="num">{yuan(c.allowed)}</td>
                            <td class="num">{yuan(c.charges)}</td>
                            <td class="num" class:bad={c.excess > rust_decimal::Decimal::ZERO}>{yuan(c.excess)}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
            </div>
            <p class="meaning">{meaning}</p>
            {legal.lines.first().filter(|c| c.contract_rate_above).map(|c| view! {
                <p class="note warn">{t("contractAbove")}" "{pct(legal.contract_annual_percent, 2)}" > "{pct(c.line.percent, 2)}</p>
            })}
            {legal.private.clone().map(|p| view! {
                <p class="note">{t("privateRefund")}" "{yuan(p.excess_paid)}" → "{t("principal")}" "{yuan(p.principal_after)}
                    {(!p.refundable.is_zero()).then(|| format!(" · {} {}", tr(lang.get(), "refundable"), yuan(p.refundable)))}</p>
            })}
            <details>
                <summary>{t("sources")}</summary>
                <ul class="sources">
                    {legal.lines.iter().map(|c| view! { <li>{pct(c.line.percent, 2)}": "{c.line.source}</li> }).collect_view()}
                </ul>
            </details>
        </div>
    }
}
