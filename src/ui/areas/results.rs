//! What is owed today: the breakdown by part with 计算过程, the cost of waiting, the debt
//! over time, per-installment detail, and the legal panel. Written as HTML text (see
//! `html.rs`); the CSV buttons inside are handled by one delegated click handler.

use crate::engine::error::Error;
use crate::engine::overdue::OverdueResult;
use crate::ui::browser;
use crate::ui::chart::{chart, Series};
use crate::ui::field::{error_for, TextField};
use crate::ui::fmt::{csv, delta, pct, plain, yuan};
use crate::ui::html::{action_of, toggle_details, Html};
use crate::ui::i18n::{tr, use_lang, Lang};
use crate::ui::legal_panel::legal_html;
use crate::ui::state::AppState;
use crate::ui::Staged;
use leptos::prelude::*;

const INSTALLMENT_COLS: [&str; 11] = [
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

fn parts(r: &OverdueResult) -> [(&'static str, rust_decimal::Decimal); 5] {
    let t = &r.totals;
    [
        ("principal", t.principal_overdue + t.principal_not_due),
        ("interest", t.interest_due + t.interest_accrued),
        ("penalty", t.penalty),
        ("compound", t.compound),
        ("fees", t.fees),
    ]
}

/// The breakdown as CSV (UTF-8 with BOM, so spreadsheet programs read the Chinese).
pub fn breakdown_csv(l: Lang, r: &OverdueResult) -> String {
    let rows = parts(r).into_iter().chain([("total", r.totals.total)]);
    csv(l, &["part", "amount"], rows.map(|(k, v)| vec![tr(l, k).to_string(), plain(v)]))
}

fn installment_cells(
    l: Lang,
    i: &crate::engine::overdue::InstallmentView,
    money: fn(rust_decimal::Decimal) -> String,
) -> Vec<String> {
    vec![
        i.k.to_string(),
        i.due.to_string(),
        tr(l, i.status.as_str()).to_string(),
        i.days_overdue.to_string(),
        money(i.principal),
        money(i.interest),
        money(i.penalty),
        money(i.compound),
        money(i.fees),
        money(i.total),
        money(i.excess),
    ]
}

pub fn installments_csv(l: Lang, r: &OverdueResult) -> String {
    csv(l, &INSTALLMENT_COLS, r.installments.iter().map(|i| installment_cells(l, i, plain)))
}

/// The results body as HTML: the breakdown, what waiting costs and 计算过程, then with
/// `full` the debt over time, the installments and the legal panel (a start-up step later:
/// issue 16, the first result's task and layout stay small on a slow phone).
pub fn results_html(l: Lang, r: &OverdueResult, open: &dyn Fn(&str) -> bool, full: bool) -> String {
    let t = &r.totals;
    let mut h = Html::new();
    h.open("table", &[("class", "breakdown")]).el("caption", &[("class", "sr-only")], tr(l, "results"));
    h.open("thead", &[]).open("tr", &[]).el("th", &[("scope", "col")], tr(l, "part"));
    h.el("th", &[("scope", "col"), ("class", "num")], tr(l, "amount")).close("tr").close("thead").open("tbody", &[]);
    for (k, v) in parts(r) {
        if v.is_zero() && !matches!(k, "principal" | "interest" | "penalty") {
            continue;
        }
        h.open("tr", &[("data-part", k)]).el("th", &[("scope", "row")], tr(l, k));
        h.el("td", &[("class", "num")], &yuan(v)).close("tr");
    }
    h.close("tbody").open("tfoot", &[]).open("tr", &[("data-part", "total")]).el(
        "th",
        &[("scope", "row")],
        tr(l, "total"),
    );
    h.el("td", &[("class", "num total")], &yuan(t.total)).close("tr").close("tfoot").close("table");
    if r.upper_estimate {
        h.el("p", &[("class", "note"), ("data-note", "upper")], tr(l, "quickUpper"));
    }
    if let Some(m) = r.minimum_assumed {
        h.el("p", &[("class", "note"), ("data-note", "minimum")], &format!("{} {}", tr(l, "minimumAssumed"), yuan(m)));
    }
    if !t.pending.is_zero() {
        h.el("p", &[("class", "note")], &format!("{} {}", tr(l, "pendingGrace"), yuan(t.pending)));
    }
    if !t.credit.is_zero() {
        h.el("p", &[("class", "note")], &format!("{} {}", tr(l, "creditNote"), yuan(t.credit)));
    }
    h.open("ul", &[("class", "growth"), ("aria-label", tr(l, "growthTitle"))]);
    for (key, label, g) in [
        ("day", "perDayCost", &r.next_day),
        ("week", "perWeekCost", &r.next_week),
        ("month", "perMonthCost", &r.next_month),
    ] {
        h.open("li", &[("data-grow", key)]).text(tr(l, label)).text(" ").el("strong", &[], &delta(g.added)).close("li");
    }
    h.close("ul");
    // 计算过程: the formula with the user's numbers.
    h.details("steps", "steps", open("steps"), tr(l, "howComputed"));
    if open("steps") {
        h.raw(&steps_html(l, r));
    }
    h.close("details");
    if let Some(c) = &r.closure {
        h.open("div", &[("class", "note warn"), ("id", "closure")])
            .open("p", &[])
            .el("strong", &[], tr(l, "closureTitle"))
            .close("p");
        let s = format!(
            "{} {} · {} {} · {} {}",
            tr(l, "claimed"),
            yuan(c.total_claimed),
            tr(l, "lawful"),
            yuan(c.total_lawful),
            tr(l, "saved"),
            yuan(c.saved)
        );
        h.el("p", &[], &s).el("p", &[("class", "small")], tr(l, "closureText"));
        h.el("p", &[("class", "small"), ("data-note", "closure-evidence")], tr(l, "closureEvidence")).close("div");
    }
    h.open("div", &[("class", "actions")]).button("csv-breakdown", tr(l, "csvBreakdown")).close("div");
    if !full {
        return h.finish();
    }
    let series = [Series {
        name: tr(l, "total").into(),
        points: r.timeline.iter().map(|p| (p.date, p.total)).collect(),
        dashed_after: Some(r.as_of),
    }];
    h.raw(&chart(l, "chartDebt", &series, false, open));
    if r.installments.len() > 1 {
        h.details("installments", "installments", open("installments"), tr(l, "installmentsTitle"));
        if open("installments") {
            let head: Vec<&str> = INSTALLMENT_COLS.iter().map(|k| tr(l, k)).collect();
            let rows: Vec<(String, Vec<String>)> =
                r.installments.iter().map(|i| (String::new(), installment_cells(l, i, yuan))).collect();
            h.table(&[("class", "data")], &head, &rows, &[3, 4, 5, 6, 7, 8, 9, 10]);
            h.button("csv-installments", tr(l, "csvInstallments"));
        }
        h.close("details");
    }
    h.raw(&legal_html(l, r, open));
    h.finish()
}

/// 计算过程: the formula with the user's numbers, as an ordered list.
fn steps_html(l: Lang, r: &OverdueResult) -> String {
    let t = &r.totals;
    let mut h = Html::new();
    h.open("ol", &[]);
    let rate_step = format!(
        "{} = {} {} × {} = {}",
        tr(l, "dailyPenaltyRate"),
        tr(l, "dailyRate"),
        pct(r.contract_daily_percent, 6),
        tr(l, "multiplierOrRate"),
        pct(r.penalty_daily_percent, 6)
    );
    h.el("li", &[], &rate_step);
    let penalty_step = match &r.simple_penalty {
        Some(sp) => format!(
            "{} {} × {} {} × {} {} = {}",
            tr(l, "overduePrincipal"),
            yuan(sp.principal),
            tr(l, "dailyPenaltyRate"),
            pct(sp.daily_percent, 6),
            sp.days,
            tr(l, "daysUnit"),
            yuan(t.penalty)
        ),
        None => tr(l, "penaltyByInstallment").to_string(),
    };
    h.el("li", &[("class", "formula")], &penalty_step);
    h.el("li", &[], tr(l, "daysRule")).el("li", &[], tr(l, "roundingRule"));
    if let Some(a) = r.charges_annual_percent {
        h.el("li", &[], &format!("{} {}", tr(l, "chargesAnnual"), pct(a, 2)));
    }
    h.close("ol");
    h.finish()
}

/// The results area for `result`; `stale` marks a result kept from earlier valid input.
#[component]
pub fn Results(
    state: AppState,
    #[prop(into)] result: Signal<Option<OverdueResult>>,
    #[prop(into)] stale: Signal<bool>,
    /// The case's field errors (for the filing date, which lives under the legal panel).
    #[prop(into)]
    errors: Signal<Vec<Error>>,
    /// Whether to show the parts below the breakdown yet (`results_html`).
    full: Memo<bool>,
) -> impl IntoView {
    let lang = use_lang();
    let t = move |k: &'static str| move || tr(lang.get(), k).to_string();
    let shown = crate::ui::use_open_details();
    // A grace the lender gives only for credit reports is not a grace for charges.
    let credit_grace = move || {
        let p = crate::engine::terms::preset_row(&state.get("preset"))?;
        let charge_grace: u32 = state.get("graceDays").trim().parse().unwrap_or(0);
        (p.credit_grace_days > charge_grace).then(|| {
            let l = lang.get();
            format!("{} {} {} {}", tr(l, "creditGrace1"), p.credit_grace_days, tr(l, "daysUnit"), tr(l, "creditGrace2"))
        })
    };
    let body = move || match result.get() {
        Some(r) => results_html(lang.get(), &r, &|k| shown.is_open(k), full.get()),
        None => {
            let key = if state.get("mode") == "detailed" { "noResultDetailed" } else { "noResult" };
            format!("<p class=\"empty\">{}</p>", crate::ui::html::esc(tr(lang.get(), key)))
        }
    };
    let on_click = move |ev: web_sys::MouseEvent| {
        toggle_details(&ev, shown);
        let Some(action) = action_of(&ev) else { return };
        let l = lang.get_untracked();
        if let Some(r) = result.get_untracked() {
            match action.as_str() {
                "csv-breakdown" => browser::download_csv("breakdown.csv", &breakdown_csv(l, &r)),
                "csv-installments" => browser::download_csv("installments.csv", &installments_csv(l, &r)),
                _ => {}
            };
        }
    };
    view! {
        <section class="card results" id="results" aria-labelledby="results-h">
            <h2 id="results-h">{t("results")}</h2>
            <p class="stale" hidden=move || !stale.get()>{t("fixErrors")}</p>
            <div class:dim=move || stale.get() aria-live="polite" on:click=on_click inner_html=body></div>
            // With the rest of the result: added below it, they move nothing on screen.
            <Staged when=full>
                <p class="note" hidden=move || credit_grace().is_none()>{credit_grace}</p>
                <TextField id="filingDate" label="filingDate" value=state.field("filingDate")
                    error=error_for(errors, "filingDate".into()) inputmode="numeric" kind="date" hint="filingDateHint" />
                <p class="hint">{t("notAdvice")}</p>
            </Staged>
        </section>
    }
}
