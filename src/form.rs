//! The page's form → the JS API's requests, as plain functions over the typed text (no
//! Leptos here, so native tests call them). The page builds every engine request through
//! this module and hands it to the same `calls` functions the API uses; the text goes
//! through unconverted (rates in the unit and day basis the user sees), so the page and a
//! script sending the same case get the same figures (`tests/page_parity.rs`).

use crate::engine::request::{CaseIn, LateFeeIn, LoanIn, PaymentIn, RateIn, TermsIn, Text};
use crate::engine::request_plans::{BudgetIn, DebtIn, LineIn, ScenarioIn};
use crate::engine::terms::{self, FeeBase, FeeFrequency, Penalty};
use rust_decimal::Decimal;

/// What the form holds: a text per scalar field and rows per list (the page's `AppState`,
/// or a map in tests). Reading through this trait inside a memo tracks the signals read.
pub trait Fields {
    /// The text of a scalar field ("" for an unknown key).
    fn get(&self, key: &str) -> String;
    /// The rows of list `name` that are not wholly blank, each as (column, text).
    fn rows(&self, name: &str) -> Vec<Vec<(&'static str, String)>>;
}

fn t(s: String) -> Text {
    Text(s)
}

fn cell(row: &[(&'static str, String)], col: &str) -> String {
    row.iter().find(|(c, _)| *c == col).map(|(_, v)| v.clone()).unwrap_or_default()
}

fn flag(row: &[(&'static str, String)], col: &str) -> bool {
    cell(row, col) == "1"
}

/// A day basis as typed: blank is the unit's default; anything else is passed on for the
/// engine to accept (360, 365) or name as an error.
fn basis(f: &impl Fields) -> Option<u32> {
    let b = f.get("rateBasis");
    let b = b.trim();
    if b.is_empty() {
        None
    } else {
        Some(b.parse().unwrap_or(0))
    }
}

/// The contract terms as typed.
pub fn terms_request(f: &impl Fields) -> TermsIn {
    let g = |k: &str| f.get(k);
    let day_basis = basis(f);
    let penalty_rate = g("penaltyRate");
    // In detailed mode the loan's own rate is the contract rate (the engine fills it).
    let rate = (g("mode") != "detailed").then(|| RateIn { value: t(g("rate")), unit: g("rateUnit"), day_basis });
    TermsIn {
        rate,
        penalty_multiplier: Some(t(if penalty_rate.trim().is_empty() {
            g("penaltyMultiplier")
        } else {
            String::new()
        })),
        penalty_rate: Some(RateIn { value: t(penalty_rate), unit: "day".into(), day_basis }),
        penalty_base: Some(g("penaltyBase")).filter(|s| !s.is_empty()),
        compounding: Some(g("compounding")).filter(|s| !s.is_empty()),
        late_fee: Some(LateFeeIn {
            percent: t(g("feePercent")),
            fixed: t(g("feeFixed")),
            min: t(g("feeMin")),
            max: t(g("feeMax")),
            frequency: g("feeFrequency"),
            base: g("feeBase"),
        }),
        grace_days: Some(t(g("graceDays"))),
        accelerate_after_days: Some(t(g("accelerateAfterDays"))),
        channel_closed_from: Some(t(g("channelClosedFrom"))),
        allocation: Some(g("allocation")).filter(|s| !s.is_empty()),
        round_daily: Some(g("roundDaily") == "1"),
        lender_type: Some(g("lenderType")).filter(|s| !s.is_empty()),
        overdue_rate_agreed: Some(g("overdueRateAgreed") == "1"),
        statement_billing: Some(g("statementBilling") == "1"),
    }
}

/// The overdue case as typed.
pub fn case_request(f: &impl Fields) -> CaseIn {
    let g = |k: &str| f.get(k);
    let detailed = g("mode") == "detailed";
    CaseIn {
        as_of: t(g("asOf")),
        preset: g("preset"),
        overdue_principal: t(g("overduePrincipal")),
        overdue_interest: t(g("overdueInterest")),
        first_overdue_date: t(g("firstOverdueDate")),
        not_due_principal: t(g("notDuePrincipal")),
        minimum_payment: t(g("minimumPayment")),
        loan: detailed.then(|| LoanIn {
            principal: t(g("loanPrincipal")),
            rate: RateIn { value: t(g("loanRate")), unit: g("loanRateUnit"), day_basis: basis(f) },
            months: t(g("loanMonths")),
            method: g("loanMethod"),
            start_date: t(g("loanStart")),
            interest_basis: String::new(),
        }),
        payments: if detailed { payment_rows(f, "payments") } else { vec![] },
        paid_installments: if detailed { t(g("paidInstallments")) } else { Text::default() },
        terms: terms_request(f),
        contract_date: t(g("contractDate")),
        filing_date: t(g("filingDate")),
        posting_date: if detailed { Text::default() } else { t(g("postingDate")) },
        lpr: vec![],
    }
}

/// Payments or deductions as typed.
pub fn payment_rows(f: &impl Fields, list: &str) -> Vec<PaymentIn> {
    f.rows(list).iter().map(|r| PaymentIn { date: t(cell(r, "date")), amount: t(cell(r, "amount")) }).collect()
}

/// A plan row's columns: its kind, then every parameter of the registry
/// (`engine::scenario::kinds`), a rate's unit beside its value.
pub fn scenario_columns() -> &'static [&'static str] {
    static COLS: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    COLS.get_or_init(|| {
        let mut cols = vec!["kind"];
        for k in crate::engine::scenario::kinds::param_keys() {
            cols.push(k);
            if k == "rate" {
                cols.push("rateUnit");
            }
        }
        cols
    })
}

/// The ways out as typed (every row, blank or not: a plan row always has its kind).
pub fn scenario_requests(f: &impl Fields) -> Vec<ScenarioIn> {
    f.rows("scenarios").iter().map(|r| scenario_request(r)).collect()
}

/// One plan row as typed.
pub fn scenario_request(r: &[(&'static str, String)]) -> ScenarioIn {
    let c = |k: &str| t(cell(r, k));
    ScenarioIn {
        kind: cell(r, "kind"),
        months: c("months"),
        days: c("days"),
        waive_interest: c("waiveInterest"),
        waive_penalty: c("waivePenalty"),
        waive_fees: c("waiveFees"),
        waive_principal: c("waivePrincipal"),
        pay_on: c("payOn"),
        waive_excess: flag(r, "waiveExcess"),
        method: cell(r, "method"),
        rate: Some(RateIn { value: c("rate"), unit: cell(r, "rateUnit"), day_basis: None }),
        include_interest: flag(r, "includeInterest"),
        include_penalty: flag(r, "includePenalty"),
        include_fees: flag(r, "includeFees"),
        down: c("down"),
        waive_rest: flag(r, "waiveRest"),
        fee_monthly: c("feeMonthly"),
        card: flag(r, "card"),
        capitalise: flag(r, "capitalise"),
        percent: c("percent"),
        amount: c("amount"),
        fee: c("fee"),
        fee_percent: c("feePercent"),
        deducted: flag(r, "deducted"),
        filing_date: c("filingDate"),
        judgment_date: c("judgmentDate"),
        paid_on: c("paidOn"),
        lawyer_fee: c("lawyerFee"),
    }
}

/// The budget as typed.
pub fn budget_request(f: &impl Fields) -> BudgetIn {
    let lines = |name: &str| {
        f.rows(name).iter().map(|r| LineIn { label: cell(r, "label"), amount: t(cell(r, "amount")) }).collect()
    };
    BudgetIn {
        income: t(f.get("income")),
        expenses: lines("expenses"),
        other_debts: lines("otherDebts"),
        savings: t(f.get("savings")),
    }
}

/// The several-debts list as typed.
pub fn debt_requests(f: &impl Fields) -> Vec<DebtIn> {
    f.rows("debts")
        .iter()
        .map(|r| DebtIn {
            name: cell(r, "name"),
            balance: t(cell(r, "balance")),
            rate: t(cell(r, "rate")),
            minimum: t(cell(r, "minimum")),
        })
        .collect()
}

/// The term fields a preset fills, as text in the unit and day basis the lender quotes
/// (借呗's 0.04 %/day stays 0.04 per day, in quick and detailed mode alike).
pub fn preset_fields(key: &str) -> Option<Vec<(&'static str, String)>> {
    let p = terms::preset(key)?;
    let pct = |d: Decimal| d.normalize().to_string();
    let (multiplier, penalty_rate) = match p.penalty {
        Penalty::Multiplier(m) => (pct(m), String::new()),
        Penalty::Rate(r) => (String::new(), pct(r.daily() * Decimal::ONE_HUNDRED)),
    };
    let fee = p.late_fee;
    let on = |b: bool| if b { "1" } else { "" }.to_string();
    let unit = p.rate.unit.as_str().to_string();
    Some(vec![
        ("preset", key.to_string()),
        ("rate", pct(p.rate.percent)),
        ("rateUnit", unit.clone()),
        ("rateBasis", p.rate.day_basis.to_string()),
        ("penaltyMultiplier", multiplier),
        ("penaltyRate", penalty_rate),
        ("penaltyBase", p.penalty_base.as_str().into()),
        ("compounding", p.compounding.as_str().into()),
        ("feePercent", fee.map(|f| pct(f.percent)).unwrap_or_default()),
        ("feeFixed", fee.filter(|f| !f.fixed.is_zero()).map(|f| pct(f.fixed)).unwrap_or_default()),
        ("feeMin", fee.filter(|f| !f.min.is_zero()).map(|f| pct(f.min)).unwrap_or_default()),
        ("feeMax", fee.and_then(|f| f.max).map(pct).unwrap_or_default()),
        ("feeFrequency", fee.map_or(FeeFrequency::Once, |f| f.frequency).as_str().into()),
        ("feeBase", fee.map_or(FeeBase::Installment, |f| f.base).as_str().into()),
        ("graceDays", p.grace_days.to_string()),
        ("accelerateAfterDays", p.accelerate_after_days.map(|d| d.to_string()).unwrap_or_default()),
        ("allocation", p.allocation.as_str().into()),
        ("roundDaily", on(p.round_daily)),
        ("lenderType", p.lender.as_str().into()),
        ("overdueRateAgreed", on(p.overdue_rate_agreed)),
        ("statementBilling", on(p.statement_billing)),
        ("loanRate", pct(p.rate.percent)),
        ("loanRateUnit", unit),
    ])
}

/// The worked example a first visit can try (用示例试试): a 借呗 loan 45 days overdue on
/// `today`, with a budget, a deduction, a second debt and the court tools filled, so every
/// section shows something. Scalars as (field, value); list rows as (list, cells).
pub struct Example {
    pub scalars: Vec<(&'static str, String)>,
    pub rows: Vec<(&'static str, Vec<(&'static str, String)>)>,
}

/// The example's overdue principal: while the field still holds it, the page is the example.
pub const EXAMPLE_PRINCIPAL: &str = "20000";

/// The example for `today` (YYYY-MM-DD); `None` if `today` is not a date.
pub fn example(today: &str) -> Option<Example> {
    let d = crate::engine::date::Date::parse(today, "today").ok()?;
    let ago = |n: i64| d.add_days(-n).ok().map(|x| x.to_string());
    let s = |k: &'static str, v: &str| (k, v.to_string());
    let row = |cells: &[(&'static str, &str)]| cells.iter().map(|(k, v)| (*k, v.to_string())).collect::<Vec<_>>();
    Some(Example {
        scalars: vec![
            s("example", "1"),
            s("preset", "jiebei"),
            s("mode", "quick"),
            s("overduePrincipal", EXAMPLE_PRINCIPAL),
            s("overdueInterest", "300"),
            ("firstOverdueDate", ago(45)?),
            s("income", "6000"),
            s("savings", "3000"),
            s("debtsBudget", "3000"),
            s("courtAmount", "20300"),
            s("delayAmount", "20300"),
            s("delayDays", "30"),
        ],
        rows: vec![
            ("expenses", row(&[("label", "房租"), ("amount", "2000")])),
            ("expenses", row(&[("label", "生活费"), ("amount", "1500")])),
            ("deductions", vec![("date", ago(30)?), ("amount", "500".into())]),
            ("debts", row(&[("name", "借呗"), ("balance", "20300"), ("rate", "14.6"), ("minimum", "2000")])),
            ("debts", row(&[("name", "信用卡"), ("balance", "8000"), ("rate", "18"), ("minimum", "800")])),
        ],
    })
}
