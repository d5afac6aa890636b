//! One way out: its kind, its parameters (only those the kind uses), and its figures.

use crate::engine::error::Error;
use crate::engine::rate::RateUnit;
use crate::engine::scenario::kinds::{plan_kind, plan_kind_keys, Param, ParamType, PLAN_METHODS};
use crate::engine::scenario::{CourtInfo, Owed, Scenario, ScenarioResult};
use crate::form::{self, scenario_columns};
use crate::plan_words::plan_words;
use crate::ui::field::{error_for, options, CheckField, SelectField, TextField};
use crate::ui::fmt::{delta, pct, yuan};
use crate::ui::html::Html;
use crate::ui::i18n::{error_text, tr, use_lang, Lang};
use crate::ui::state::{AppState, Row, Rows};
use leptos::prelude::*;
use rust_decimal::Decimal;

/// The kind select's options: the registry's keys, text keys `k_<key>`.
pub fn kind_options() -> &'static [(&'static str, &'static str)] {
    options!(plan_kind_keys().collect::<Vec<_>>(), "k")
}

/// A kind's name in `l` (the key itself for an unknown kind, e.g. `invalid`).
pub fn kind_name(l: Lang, kind: &str) -> String {
    kind_options().iter().find(|k| k.0 == kind).map_or(kind, |k| tr(l, k.1)).to_string()
}

/// A parameter's unit text key beside its input.
fn unit_key(ty: ParamType) -> &'static str {
    match ty {
        ParamType::Months => "monthsUnit",
        ParamType::Days => "daysUnit",
        ParamType::Percent | ParamType::Rate => "pct",
        ParamType::Money => "yuan",
        _ => "noUnit",
    }
}

/// A card's share of the comparison.
#[derive(Clone, PartialEq)]
pub struct CardResult {
    pub result: ScenarioResult,
    pub cheapest: bool,
    pub cheapest_fit: bool,
    /// The debt on the case date, for the plan's words.
    pub base: Owed,
}

#[component]
pub fn ScenarioCard(
    row: Row,
    rows: Rows,
    #[prop(into)] result: Signal<Option<CardResult>>,
    #[prop(into)] errors: Signal<Vec<Error>>,
    /// The page's inputs: the case's preset (does its lender offer this kind?) and the
    /// starting values of a newly picked kind.
    state: AppState,
) -> impl IntoView {
    let preset = Signal::derive(move || state.get("preset"));
    let lang = use_lang();
    let t = move |k: &'static str| move || tr(lang.get(), k).to_string();
    let id = row.id;
    let kind = row.cell("kind");
    let index = Signal::derive(move || rows.rows.with(|r| r.iter().position(|x| x.id == id).unwrap_or(0)));
    let row2 = row.clone();
    let row3 = row.clone();
    let row4 = row.clone();
    let pick_kind = Callback::new(move |_: String| state.fill_starting_values(&row4));
    // What the kind is, and a note when the case's lender does not usually offer it.
    let about = move || {
        let l = lang.get();
        let Some(k) = plan_kind(&kind.get()) else { return String::new() };
        let mut h = Html::new();
        h.el("p", &[("class", "small kind-desc")], tr(l, &format!("kd_{}", k.key)));
        if !k.is_offered_by(&preset.get()) {
            h.el("p", &[("class", "note not-offered")], tr(l, "notOffered"));
        }
        h.finish()
    };
    let fields = move || {
        let params = plan_kind(&kind.get()).map_or(&[][..], |k| k.params);
        let row = row2.clone();
        // A plan's own parameter errors come with its result; the others with the comparison.
        let error = move |col: &'static str| {
            let field = Signal::derive(move || {
                format!("scenarios[{}].{}{}", index.get(), col, if col == "rate" { ".value" } else { "" })
            });
            Signal::derive(move || {
                let f = field.get();
                let own = result.with(|r| {
                    r.as_ref()
                        .and_then(|c| c.result.error.as_ref())
                        .filter(|e| e.field() == f)
                        .map(|e| error_text(lang.get(), e))
                });
                own.or_else(|| error_for(errors, f).get())
            })
        };
        params_view(&row, params, error)
    };
    let figures = move || {
        let Some(c) = result.get() else { return String::new() };
        let cells: Vec<(&'static str, String)> = scenario_columns().iter().map(|col| (*col, row3.text(col))).collect();
        let plan = form::scenario_request(&cells).resolve().ok();
        figures_html(lang.get(), &c, plan.as_ref(), index.get())
    };
    // The payments table is drawn only while its <details> is open (or for print): eight
    // closed tables of up to 600 rows each made most of the page's elements.
    let shown = crate::ui::use_open_details();
    let key = format!("plan{id}");
    let key2 = key.clone();
    let has_flows = move || result.with(|r| r.as_ref().is_some_and(|c| c.result.metrics.is_some()));
    let flows = move || {
        if !shown.is_open(&key) {
            return String::new();
        }
        result.with(|r| r.as_ref().map(|c| flows_html(lang.get(), &c.result)).unwrap_or_default())
    };
    view! {
        <article class="scenario card-inner">
            <div class="scenario-head">
                <SelectField id=format!("sc{id}-kind") label="scenarioKind" value=kind options=kind_options() on_pick=pick_kind />
                <button type="button" class="remove" on:click=move |_| rows.remove(id) aria-label=t("removeScenario")>"×"</button>
            </div>
            <div class="about" inner_html=about></div>
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

/// The parameters of a plan, from the registry: inputs by type in a grid, then checkboxes,
/// under 调整参数. `error` gives a column's error signal.
fn params_view(
    row: &Row,
    params: &'static [Param],
    error: impl Fn(&'static str) -> Signal<Option<String>>,
) -> Option<impl IntoView> {
    let lang = use_lang();
    let id = row.id;
    let inputs = params
        .iter()
        .filter(|p| p.ty != ParamType::Check)
        .map(|p| {
            let (col, label) = (p.key, p.label);
            let field_id = format!("sc{id}-{col}");
            match p.ty {
                ParamType::Method => view! {
                    <SelectField id=field_id label=label value=row.cell(col) options=options!(PLAN_METHODS, "m") error=error(col) />
                }
                .into_any(),
                ParamType::Rate => view! {
                    <div class="rate-pair">
                        <TextField id=field_id label=label value=row.cell(col) error=error(col) kind="text" inputmode="decimal" unit=unit_key(p.ty) />
                        <SelectField id=format!("sc{id}-rateUnit") label="rateUnit" value=row.cell("rateUnit") options=options!(RateUnit::KEYS, "unit") />
                    </div>
                }
                .into_any(),
                ty => {
                    let (kind_attr, mode) = if ty == ParamType::Date { ("date", "numeric") } else { ("text", "decimal") };
                    view! {
                        <TextField id=field_id label=label value=row.cell(col) error=error(col) kind=kind_attr inputmode=mode unit=unit_key(ty) />
                    }
                    .into_any()
                }
            }
        })
        .collect_view();
    let checks = params
        .iter()
        .filter(|p| p.ty == ParamType::Check)
        .map(|p| view! { <CheckField id=format!("sc{id}-{}", p.key) label=p.label value=row.cell(p.key) /> })
        .collect_view();
    (!params.is_empty()).then(|| {
        view! {
            <details class="params">
                <summary>{move || tr(lang.get(), "adjust").to_string()}</summary>
                <div class="grid">{inputs}</div>
                <div class="checks">{checks}</div>
            </details>
        }
    })
}

/// A scenario's figures as HTML: badges, the key numbers, notes and its payments.
fn figures_html(l: Lang, c: &CardResult, plan: Option<&Scenario>, index: usize) -> String {
    let (r, cheapest, cheapest_fit) = (&c.result, c.cheapest, c.cheapest_fit);
    let consent = plan_kind(r.kind).is_some_and(|k| k.needs_consent);
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
        // A saving that rests on the lender's consent says so on the mark itself.
        h.el("span", &[("class", "badge good")], tr(l, if consent { "cheapestIfAgreed" } else { "cheapest" }));
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
    if let Some(ci) = &r.court {
        court_html(&mut h, l, ci);
    }
    if let Some(n) = r.shortest_fit_months {
        h.el("p", &[("class", "note")], &format!("{} {} {}", tr(l, "shortestFit"), n, tr(l, "monthsUnit")));
    }
    if let (Some(plan), Some(d)) = (plan, c.base.date) {
        let w = plan_words(&|k| tr(l, k).to_string(), plan, r, &c.base, d);
        if let Some(a) = &w.assumption {
            h.el("p", &[("class", "note assumption")], a);
        }
        if let Some(p) = &w.proposal {
            h.el("p", &[("class", "proposal")], p);
        }
        if let Some(cr) = &w.credit {
            h.el("p", &[("class", "small credit")], cr);
        }
    }
    // Break-even waivers worth saying: those above zero.
    for b in r.break_even.iter().filter(|b| b.waiver_percent_of_charges != Some(Decimal::ZERO)) {
        let w = b.waiver_percent_of_charges.map(|w| pct(w, 1)).unwrap_or_else(|| tr(l, "notEnough").to_string());
        let kind = kind_name(l, b.kind);
        h.el("p", &[("class", "small")], &format!("{} {kind}: {w}", tr(l, "breakEvenVs")));
    }
    h.finish()
}

/// The court path's parts, each a figure, and the sources behind them.
fn court_html(h: &mut Html, l: Lang, c: &CourtInfo) {
    let days = crate::fmt::fill(tr(l, "cDelay"), &[("days", c.days_late.to_string())]);
    let rows = [
        (tr(l, "cClaim").to_string(), "claim", c.claim),
        (tr(l, "cSupported").to_string(), "supported", c.supported),
        (tr(l, "cCut").to_string(), "cut", c.cut),
        (tr(l, "cFee").to_string(), "courtFee", c.court_fee),
        (tr(l, "cLawyer").to_string(), "lawyerFee", c.lawyer_fee),
        (tr(l, "cExec").to_string(), "executionFee", c.execution_fee),
        (days, "delayInterest", c.delay_interest),
    ];
    h.open("dl", &[("class", "figures court")]);
    for (label, key, v) in rows {
        h.el("dt", &[], &label).el("dd", &[("data-c", key)], &yuan(v));
    }
    h.close("dl");
    // One citation per instrument, its articles listed once each.
    let mut cites: Vec<(&str, Vec<&str>)> = Vec::new();
    for s in c.sources.iter().filter_map(|k| crate::engine::sources::source(k)) {
        match cites.iter_mut().find(|(i, _)| *i == s.instrument) {
            Some((_, arts)) => arts.push(s.article),
            None => cites.push((s.instrument, vec![s.article])),
        }
    }
    let line: Vec<String> = cites.iter().map(|(i, a)| format!("{i}{}", a.join("、"))).collect();
    h.el("p", &[("class", "small cites")], &line.join("；"));
}

/// A plan's dated payments as an HTML table.
fn flows_html(l: Lang, r: &ScenarioResult) -> String {
    let mut h = Html::new();
    let rows: Vec<(String, Vec<String>)> =
        r.flows.iter().map(|f| (String::new(), vec![f.date.to_string(), yuan(f.amount)])).collect();
    h.table(&[("class", "data")], &[tr(l, "date"), tr(l, "amountYuan")], &rows, &[1]);
    h.finish()
}
