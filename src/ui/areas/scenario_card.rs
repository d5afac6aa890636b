//! One way out: its kind, its parameters (only those the kind uses), and its figures.

use crate::engine::error::Error;
use crate::engine::rate::RateUnit;
use crate::engine::scenario::ScenarioResult;
use crate::ui::field::{error_for, options, CheckField, SelectField, TextField};
use crate::ui::fmt::{delta, pct, yuan};
use crate::ui::html::Html;
use crate::ui::i18n::{error_text, tr, use_lang, Lang};
use crate::ui::state::{Row, Rows};
use leptos::prelude::*;
use rust_decimal::Decimal;

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
                // A plan's own parameter errors come with its result; the others with the comparison.
                let error = Signal::derive(move || {
                    let f = field.get();
                    let own = result.with(|r| {
                        r.as_ref().and_then(|(_, s, ..)| s.error.as_ref()).filter(|e| e.field() == f).map(|e| error_text(lang.get(), e))
                    });
                    own.or_else(|| error_for(errors, f).get())
                });
                let (kind_attr, mode) = if *col == "payOn" { ("date", "numeric") } else { ("text", "decimal") };
                let input = view! {
                    <TextField id=format!("sc{id}-{col}") label=label value=row.cell(col) error=error kind=kind_attr inputmode=mode
                        unit=if unit.is_empty() { "noUnit" } else { unit } />
                };
                // The rate's unit sits next to it.
                if *col == "rate" {
                    view! {
                        <div class="rate-pair">{input}
                            <SelectField id=format!("sc{id}-rateUnit") label="rateUnit" value=row.cell("rateUnit") options=options!(RateUnit::KEYS, "unit") />
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
        let Some((_, r, cheapest, cheapest_fit)) = result.get() else { return String::new() };
        figures_html(lang.get(), &r, cheapest, cheapest_fit, index.get())
    };
    // The payments table is drawn only while its <details> is open (or for print): eight
    // closed tables of up to 600 rows each made most of the page's elements.
    let shown = crate::ui::use_open_details();
    let key = format!("plan{id}");
    let key2 = key.clone();
    let has_flows = move || result.with(|r| r.as_ref().is_some_and(|(_, r, ..)| r.metrics.is_some()));
    let flows = move || {
        if !shown.is_open(&key) {
            return String::new();
        }
        result.with(|r| r.as_ref().map(|(_, r, ..)| flows_html(lang.get(), r)).unwrap_or_default())
    };
    view! {
        <article class="scenario card-inner">
            <div class="scenario-head">
                <SelectField id=format!("sc{id}-kind") label="scenarioKind" value=kind options=KINDS />
                <button type="button" class="remove" on:click=move |_| rows.remove(id) aria-label=t("removeScenario")>"×"</button>
            </div>
            <div aria-live="polite" inner_html=figures></div>
            <details class="flows" hidden=move || !has_flows()
                on:toggle=move |ev| shown.set(&key2, event_target::<web_sys::Element>(&ev).has_attribute("open"))>
                <summary>{t("showSchedule")}</summary>
                <div inner_html=flows></div>
            </details>
            {fields}
        </article>
    }
}

/// A scenario's figures as HTML: badges, the key numbers, notes and its payments.
fn figures_html(l: Lang, r: &ScenarioResult, cheapest: bool, cheapest_fit: bool, index: usize) -> String {
    let mut h = Html::new();
    if let Some(e) = &r.error {
        // Errors in this card's own fields show beside them; others (the case) show here.
        let own = e.field().starts_with(&format!("scenarios[{index}]."));
        let text = if own { tr(l, "fixScenario").to_string() } else { error_text(l, e) };
        h.el("p", &[("class", "error"), ("role", "alert")], &text);
        return h.finish();
    }
    let Some(m) = &r.metrics else { return h.finish() };
    h.open("div", &[("class", "badges")]);
    if cheapest {
        h.el("span", &[("class", "badge good")], tr(l, "cheapest"));
    }
    if cheapest_fit {
        h.el("span", &[("class", "badge good")], tr(l, "cheapestFit"));
    }
    match m.fits_budget {
        Some(true) => h.el("span", &[("class", "badge")], tr(l, "fits")),
        Some(false) => h.el("span", &[("class", "badge bad")], tr(l, "overBudget")),
        None => &mut h,
    };
    if m.exceeds_line {
        h.el("span", &[("class", "badge bad")], tr(l, "exceedsLine"));
    }
    h.close("div").open("dl", &[("class", "figures")]);
    let apr = m.implied_apr_percent.map(|a| pct(a, 2)).unwrap_or_else(|| "—".into());
    let end = m.end_date.map(|d| d.to_string()).unwrap_or_default();
    let rows = [
        ("totalPaid", yuan(m.total_paid)),
        ("largestPayment", yuan(m.largest_payment)),
        ("numPayments", m.payments.to_string()),
        ("endDate", end),
        ("costOverToday", delta(m.cost_over_today)),
        ("impliedApr", apr),
    ];
    for (k, v) in rows {
        h.el("dt", &[], tr(l, k)).el("dd", &[("data-m", k)], &v);
    }
    h.close("dl");
    if let Some(mi) = &r.minimum {
        let s = match mi.months_to_clear {
            Some(n) => format!("{} {} {}", tr(l, "clearsIn"), n, tr(l, "monthsUnit")),
            None => format!(
                "{} {} {} {}",
                tr(l, "neverClears"),
                yuan(mi.stop_growth_payment),
                tr(l, "clear36"),
                yuan(mi.clear_in_36_payment)
            ),
        };
        h.el("p", &[("class", "note")], &s);
    }
    if let Some(n) = r.shortest_fit_months {
        h.el("p", &[("class", "note")], &format!("{} {} {}", tr(l, "shortestFit"), n, tr(l, "monthsUnit")));
    }
    // Break-even waivers worth saying: those above zero.
    for b in r.break_even.iter().filter(|b| b.waiver_percent_of_charges != Some(Decimal::ZERO)) {
        let w = b.waiver_percent_of_charges.map(|w| pct(w, 1)).unwrap_or_else(|| tr(l, "notEnough").to_string());
        let kind = tr(l, KINDS.iter().find(|k| k.0 == b.kind).map_or("", |k| k.1));
        h.el("p", &[("class", "small")], &format!("{} {kind}: {w}", tr(l, "breakEvenVs")));
    }
    h.finish()
}

/// A plan's dated payments as an HTML table.
fn flows_html(l: Lang, r: &ScenarioResult) -> String {
    let mut h = Html::new();
    let rows: Vec<(String, Vec<String>)> =
        r.flows.iter().map(|f| (String::new(), vec![f.date.to_string(), yuan(f.amount)])).collect();
    h.table(&[("class", "data")], &[tr(l, "date"), tr(l, "amountYuan")], &rows, &[1]);
    h.finish()
}
