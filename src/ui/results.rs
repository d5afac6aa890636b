//! What is owed today: the breakdown by part with 计算过程, the cost of waiting, the debt
//! over time, per-installment detail, and the legal panel.

use super::browser;
use super::chart::{LineChart, Series};
use super::fmt::{csv_line, delta, pct, plain, yuan};
use super::i18n::{tr, use_lang, Lang};
use super::legal_panel::LegalPanel;
use crate::engine::overdue::OverdueResult;
use leptos::prelude::*;

fn breakdown_csv(lang: Lang, r: &OverdueResult) -> String {
    let t = &r.totals;
    let rows = [
        ("principal", t.principal_overdue + t.principal_not_due),
        ("interest", t.interest_due + t.interest_accrued),
        ("penalty", t.penalty),
        ("compound", t.compound),
        ("fees", t.fees),
        ("total", t.total),
    ];
    let mut out = vec![csv_line(&[tr(lang, "part").into(), tr(lang, "amount").into()])];
    out.extend(rows.iter().map(|(k, v)| csv_line(&[tr(lang, k).into(), plain(*v)])));
    out.join("\n")
}

fn installments_csv(lang: Lang, r: &OverdueResult) -> String {
    let head = [
        "k",
        "dueDate",
        "status",
        "daysOverdue",
        "principal",
        "interest",
        "penalty",
        "compound",
        "fees",
        "total",
        "excess",
    ];
    let mut out = vec![csv_line(&head.iter().map(|k| tr(lang, k).to_string()).collect::<Vec<_>>())];
    for i in &r.installments {
        out.push(csv_line(&[
            i.k.to_string(),
            i.due.to_string(),
            tr(lang, i.status.key()).to_string(),
            i.days_overdue.to_string(),
            plain(i.principal),
            plain(i.interest),
            plain(i.penalty),
            plain(i.compound),
            plain(i.fees),
            plain(i.total),
            plain(i.excess),
        ]));
    }
    out.join("\n")
}

/// The results area for `result`; `stale` marks a result kept from earlier valid input.
#[component]
pub fn Results(
    #[prop(into)] result: Signal<Option<OverdueResult>>,
    #[prop(into)] stale: Signal<bool>,
) -> impl IntoView {
    let lang = use_lang();
    let t = move |k: &'static str| move || tr(lang.get(), k).to_string();
    let series = Signal::derive(move || {
        result.with(|r| {
            r.as_ref().map_or_else(Vec::new, |r| {
                let pick = |f: fn(&crate::engine::overdue::Point) -> rust_decimal::Decimal| {
                    r.timeline.iter().map(|p| (p.date, f(p))).collect()
                };
                vec![Series {
                    name: tr(lang.get(), "total").into(),
                    points: pick(|p| p.total),
                    dashed_after: Some(r.as_of),
                }]
            })
        })
    });
    let body = move || {
        let Some(r) = result.get() else {
            return view! { <p class="empty">{t("noResult")}</p> }.into_any();
        };
        let lang_now = lang.get();
        let tot = r.totals.clone();
        let rows = [
            ("principal", tot.principal_overdue + tot.principal_not_due),
            ("interest", tot.interest_due + tot.interest_accrued),
            ("penalty", tot.penalty),
            ("compound", tot.compound),
            ("fees", tot.fees),
        ];
        let penalty_step = match &r.simple_penalty {
            Some(sp) => format!(
                "{} {} × {} {} × {} {} = {}",
                tr(lang_now, "overduePrincipal"),
                yuan(sp.principal),
                tr(lang_now, "dailyPenaltyRate"),
                pct(sp.daily_percent, 6),
                sp.days,
                tr(lang_now, "daysUnit"),
                yuan(tot.penalty)
            ),
            None => tr(lang_now, "penaltyByInstallment").to_string(),
        };
        let rate_step = format!(
            "{} = {} {} × {} = {}",
            tr(lang_now, "dailyPenaltyRate"),
            tr(lang_now, "dailyRate"),
            pct(r.contract_daily_percent, 6),
            tr(lang_now, "multiplierOrRate"),
            pct(r.penalty_daily_percent, 6)
        );
        let annual = r.charges_annual_percent.map(|a| format!("{} {}", tr(lang_now, "chargesAnnual"), pct(a, 3)));
        let csv_b = breakdown_csv(lang_now, &r);
        let csv_i = installments_csv(lang_now, &r);
        let show_installments = r.installments.len() > 1;
        let pending =
            (!tot.pending.is_zero()).then(|| format!("{} {}", tr(lang_now, "pendingGrace"), yuan(tot.pending)));
        let credit = (!tot.credit.is_zero()).then(|| format!("{} {}", tr(lang_now, "creditNote"), yuan(tot.credit)));
        let closure = r.closure.clone().map(|c| {
            view! {
                <div class="note warn" id="closure">
                    <p><strong>{t("closureTitle")}</strong></p>
                    <p>{format!("{} {} · {} {} · {} {}", tr(lang_now, "claimed"), yuan(c.total_claimed), tr(lang_now, "lawful"), yuan(c.total_lawful), tr(lang_now, "saved"), yuan(c.saved))}</p>
                    <p class="small">{t("closureText")}</p>
                </div>
            }
        });
        view! {
            <table class="breakdown">
                <caption class="sr-only">{t("results")}</caption>
                <thead><tr><th scope="col">{t("part")}</th><th scope="col" class="num">{t("amount")}</th></tr></thead>
                <tbody>
                    {rows.into_iter()
                        .filter(|(k, v)| !v.is_zero() || matches!(*k, "principal" | "interest" | "penalty"))
                        .map(|(k, v)| view! { <tr data-part=k><th scope="row">{t(k)}</th><td class="num">{yuan(v)}</td></tr> })
                        .collect_view()}
                </tbody>
                <tfoot><tr data-part="total"><th scope="row">{t("total")}</th><td class="num total">{yuan(tot.total)}</td></tr></tfoot>
            </table>
            {pending.map(|p| view! { <p class="note">{p}</p> })}
            {credit.map(|p| view! { <p class="note">{p}</p> })}
            <ul class="growth" aria-label=t("growthTitle")>
                <li data-grow="day">{t("perDayCost")}" "<strong>{delta(r.next_day.added)}</strong></li>
                <li data-grow="week">{t("perWeekCost")}" "<strong>{delta(r.next_week.added)}</strong></li>
                <li data-grow="month">{t("perMonthCost")}" "<strong>{delta(r.next_month.added)}</strong></li>
            </ul>
            <details class="steps">
                <summary>{t("howComputed")}</summary>
                <ol>
                    <li>{rate_step}</li>
                    <li class="formula">{penalty_step}</li>
                    <li>{t("daysRule")}</li>
                    <li>{t("roundingRule")}</li>
                    {annual.map(|a| view! { <li>{a}</li> })}
                </ol>
            </details>
            {closure}
            <div class="actions">
                <button type="button" on:click=move |_| { browser::download("breakdown.csv", "text/csv;charset=utf-8", &format!("\u{feff}{csv_b}")); }>
                    {t("csvBreakdown")}
                </button>
            </div>
            <LineChart title="chartDebt" series=series />
            {show_installments.then(|| view! {
                <details class="installments">
                    <summary>{t("installmentsTitle")}</summary>
                    <div class="table-scroll">
                        <table class="data">
                            <thead><tr>
                                {["k", "dueDate", "status", "daysOverdue", "principal", "interest", "penalty", "compound", "fees", "total", "excess"]
                                    .into_iter().map(|k| view! { <th scope="col">{t(k)}</th> }).collect_view()}
                            </tr></thead>
                            <tbody>
                                {r.installments.iter().map(|i| view! {
                                    <tr>
                                        <td>{i.k}</td><td>{i.due.to_string()}</td><td>{tr(lang_now, i.status.key()).to_string()}</td>
                                        <td class="num">{i.days_overdue}</td><td class="num">{yuan(i.principal)}</td>
                                        <td class="num">{yuan(i.interest)}</td><td class="num">{yuan(i.penalty)}</td>
                                        <td class="num">{yuan(i.compound)}</td><td class="num">{yuan(i.fees)}</td>
                                        <td class="num">{yuan(i.total)}</td><td class="num">{yuan(i.excess)}</td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                    <button type="button" on:click=move |_| { browser::download("installments.csv", "text/csv;charset=utf-8", &format!("\u{feff}{csv_i}")); }>
                        {t("csvInstallments")}
                    </button>
                </details>
            })}
            <LegalPanel result=r.clone() />
        }
        .into_any()
    };
    view! {
        <section class="card results" id="results" aria-labelledby="results-h">
            <h2 id="results-h">{t("results")}</h2>
            <p class="stale" hidden=move || !stale.get()>{t("fixErrors")}</p>
            <div class:dim=move || stale.get()>{body}</div>
            <p class="hint">{t("notAdvice")}</p>
        </section>
    }
}
