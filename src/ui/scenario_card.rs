//! One way out: its kind, its parameters (only those the kind uses), and its figures.

use super::case_form::UNITS;
use super::field::{error_for, CheckField, SelectField, TextField};
use super::fmt::{pct, yuan};
use super::i18n::{tr, use_lang};
use super::state::{Row, Rows};
use crate::engine::error::Error;
use crate::engine::scenario::ScenarioResult;
use leptos::prelude::*;

pub const KINDS: &[(&str, &str)] = &[
    ("payNow", "k_payNow"),
    ("wait", "k_wait"),
    ("settlement", "k_settlement"),
    ("installments", "k_installments"),
    ("freeze", "k_freeze"),
    ("extension", "k_extension"),
    ("minimumPayment", "k_minimumPayment"),
    ("refinance", "k_refinance"),
];
const PLAN_METHODS: &[(&str, &str)] =
    &[("annuity", "m_annuity"), ("equalPrincipal", "m_equalPrincipal"), ("flatFee", "m_flatFee")];

/// Text parameters: (column, label key, unit key).
type TextParams = &'static [(&'static str, &'static str, &'static str)];
/// Checkbox parameters: (column, label key).
type CheckParams = &'static [(&'static str, &'static str)];

/// The parameters a kind uses.
fn params(kind: &str) -> (TextParams, CheckParams) {
    match kind {
        "wait" => (&[("months", "months", "monthsUnit"), ("days", "days", "daysUnit")], &[]),
        "settlement" => (
            &[
                ("waivePenalty", "waivePenalty", "pct"),
                ("waiveFees", "waiveFees", "pct"),
                ("waiveInterest", "waiveInterest", "pct"),
                ("waivePrincipal", "waivePrincipal", "pct"),
                ("payOn", "payOn", ""),
            ],
            &[],
        ),
        "installments" => (
            &[("months", "months", "monthsUnit"), ("rate", "planRate", "pct"), ("down", "down", "yuan")],
            &[
                ("includeInterest", "includeInterest"),
                ("includePenalty", "includePenalty"),
                ("includeFees", "includeFees"),
                ("waiveRest", "waiveRest"),
            ],
        ),
        "freeze" => (
            &[("months", "months", "monthsUnit"), ("feeMonthly", "feeMonthly", "pct"), ("down", "down", "yuan")],
            &[
                ("includeInterest", "includeInterest"),
                ("includePenalty", "includePenalty"),
                ("includeFees", "includeFees"),
                ("waiveRest", "waiveRest"),
                ("card", "cardLimit"),
            ],
        ),
        "extension" => {
            (&[("months", "months", "monthsUnit"), ("rate", "planRate", "pct")], &[("capitalise", "capitalise")])
        }
        "minimumPayment" => {
            (&[("percent", "minPercent", "pct"), ("amount", "minAmount", "yuan"), ("rate", "planRate", "pct")], &[])
        }
        "refinance" => (
            &[
                ("rate", "planRate", "pct"),
                ("months", "months", "monthsUnit"),
                ("fee", "fee", "yuan"),
                ("feePercent", "refiFeePercent", "pct"),
            ],
            &[("deducted", "deducted")],
        ),
        _ => (&[], &[]),
    }
}

#[component]
pub fn ScenarioCard(
    row: Row,
    rows: Rows,
    #[prop(into)] result: Signal<Option<(usize, ScenarioResult, bool, bool)>>,
    #[prop(into)] errors: Signal<Vec<Error>>,
) -> impl IntoView {
    let lang = use_lang();
    let t = move |k: &'static str| move || tr(lang.get(), k).to_string();
    let id = row.id;
    let kind = row.cell("kind");
    let index = Signal::derive(move || rows.rows.with(|r| r.iter().position(|x| x.id == id).unwrap_or(0)));
    let row2 = row.clone();
    let fields = move || {
        let k = kind.get();
        let (texts, checks) = params(&k);
        let uses_method = matches!(k.as_str(), "installments" | "refinance");
        let row = row2.clone();
        let text_views = texts
            .iter()
            .map(|(col, label, unit)| {
                let field = Signal::derive(move || format!("scenarios[{}].{}{}", index.get(), col, if *col == "rate" { ".value" } else { "" }));
                let error = Signal::derive(move || error_for(errors, field.get()).get());
                let (kind_attr, mode) = if *col == "payOn" { ("date", "numeric") } else { ("text", "decimal") };
                let input = view! {
                    <TextField id=format!("sc{id}-{col}") label=label value=row.cell(col) error=error kind=kind_attr inputmode=mode
                        unit=if unit.is_empty() { "noUnit" } else { unit } />
                };
                // The rate's unit sits next to it.
                if *col == "rate" {
                    view! {
                        <div class="rate-pair">{input}
                            <SelectField id=format!("sc{id}-rateUnit") label="rateUnit" value=row.cell("rateUnit") options=UNITS />
                        </div>
                    }
                    .into_any()
                } else {
                    input.into_any()
                }
            })
            .collect_view();
        let method_view = uses_method.then(|| {
            let error = error_for(errors, format!("scenarios[{}].method", index.get_untracked()));
            view! { <SelectField id=format!("sc{id}-method") label="loanMethod" value=row.cell("method") options=PLAN_METHODS error=error /> }
        });
        let check_views = checks
            .iter()
            .map(|(col, label)| view! { <CheckField id=format!("sc{id}-{col}") label=label value=row.cell(col) /> })
            .collect_view();
        let has_params = !texts.is_empty();
        has_params.then(|| {
            view! {
                <details class="params">
                    <summary>{move || tr(lang.get(), "adjust").to_string()}</summary>
                    <div class="grid">{text_views}{method_view}</div>
                    <div class="checks">{check_views}</div>
                </details>
            }
        })
    };
    let figures = move || {
        let (_, r, cheapest, cheapest_fit) = result.get()?;
        let l = lang.get();
        if let Some(e) = &r.error {
            let other = !e.field().starts_with(&format!("scenarios[{}].", index.get()));
            return Some(view! { <p class="error" role="alert">{other.then(|| super::i18n::error_text(l, e))}{(!other).then(|| tr(l, "fixScenario").to_string())}</p> }.into_any());
        }
        let m = r.metrics.clone()?;
        let fits = m.fits_budget.map(|f| if f { tr(l, "fits") } else { tr(l, "overBudget") });
        let flows = r.flows.clone();
        let minimum = r.minimum.clone().map(|mi| match mi.months_to_clear {
            Some(n) => format!("{} {} {}", tr(l, "clearsIn"), n, tr(l, "monthsUnit")),
            None => format!(
                "{} {} · {} {}",
                tr(l, "neverClears"),
                yuan(mi.stop_growth_payment),
                tr(l, "clear36"),
                yuan(mi.clear_in_36_payment)
            ),
        });
        let shortest = r.shortest_fit_months.map(|n| format!("{} {} {}", tr(l, "shortestFit"), n, tr(l, "monthsUnit")));
        let break_even = r
            .break_even
            .iter()
            .map(|b| {
                let w =
                    b.waiver_percent_of_charges.map(|w| pct(w, 1)).unwrap_or_else(|| tr(l, "notEnough").to_string());
                format!(
                    "{} {}: {}",
                    tr(l, "breakEvenVs"),
                    tr(l, KINDS.iter().find(|k| k.0 == b.kind).map_or("", |k| k.1)),
                    w
                )
            })
            .collect::<Vec<_>>();
        Some(view! {
            <div class="badges">
                {cheapest.then(|| view! { <span class="badge good">{tr(l, "cheapest").to_string()}</span> })}
                {cheapest_fit.then(|| view! { <span class="badge good">{tr(l, "cheapestFit").to_string()}</span> })}
                {fits.map(|f| view! { <span class="badge" class:bad={m.fits_budget == Some(false)}>{f.to_string()}</span> })}
                {m.exceeds_line.then(|| view! { <span class="badge bad">{tr(l, "exceedsLine").to_string()}</span> })}
            </div>
            <dl class="figures">
                <dt>{tr(l, "totalPaid").to_string()}</dt><dd data-m="totalPaid">{yuan(m.total_paid)}</dd>
                <dt>{tr(l, "largestPayment").to_string()}</dt><dd>{yuan(m.largest_payment)}</dd>
                <dt>{tr(l, "numPayments").to_string()}</dt><dd>{m.payments}</dd>
                <dt>{tr(l, "endDate").to_string()}</dt><dd>{m.end_date.map(|d| d.to_string()).unwrap_or_default()}</dd>
                <dt>{tr(l, "costOverToday").to_string()}</dt><dd data-m="costOverToday">{super::fmt::delta(m.cost_over_today)}</dd>
                <dt>{tr(l, "impliedApr").to_string()}</dt><dd>{m.implied_apr_percent.map(|a| pct(a, 2)).unwrap_or_else(|| "—".into())}</dd>
            </dl>
            {minimum.map(|s| view! { <p class="note">{s}</p> })}
            {shortest.map(|s| view! { <p class="note">{s}</p> })}
            {break_even.into_iter().map(|s| view! { <p class="small">{s}</p> }).collect_view()}
            <details class="flows">
                <summary>{tr(l, "showSchedule").to_string()}</summary>
                <table class="data"><tbody>
                    {flows.into_iter().map(|f| view! { <tr><td>{f.date.to_string()}</td><td class="num">{yuan(f.amount)}</td></tr> }).collect_view()}
                </tbody></table>
            </details>
        }.into_any())
    };
    view! {
        <article class="scenario card-inner">
            <div class="scenario-head">
                <SelectField id=format!("sc{id}-kind") label="scenarioKind" value=kind options=KINDS />
                <button type="button" class="remove" on:click=move |_| rows.remove(id) aria-label=t("removeScenario")>"×"</button>
            </div>
            <div aria-live="polite">{figures}</div>
            {fields}
        </article>
    }
}
