//! The JS API's calls without the JS (SPEC §7). Each takes the request as deserialized from
//! the caller's objects and returns the engine's result or the first error. `api.rs` only
//! converts JsValues to and from these; the fuzz harness (`tests/api_fuzz.rs`) feeds JSON
//! through the very same functions natively. No logic of the page lives here.

use crate::engine::audit::{self, AuditResult};
use crate::engine::budget::Budget;
use crate::engine::court::{self, CourtFee, DelayInterest, Procedure};
use crate::engine::debts::{self, DebtsComparison};
use crate::engine::legal::{self, LinesAnswer};
use crate::engine::lpr::{self, Fixing};
use crate::engine::overdue::{self, Case, OverdueResult};
use crate::engine::request::{self, CaseIn, Errors, LoanIn, PaymentIn, Text};
use crate::engine::request_plans::{self as plans, BudgetIn, DebtIn, ScenarioIn};
use crate::engine::scenario::{self, Comparison};
use crate::engine::schedule::{self, Schedule};
use crate::engine::terms::LenderType;
use crate::engine::{date::Date, error::Error};

/// A call's outcome: the result, or the error to throw as `{code, field, message}`.
pub type Out<T> = Result<T, Error>;

/// The page's form of a call's outcome: every field error at once, each shown at its field.
pub type All<T> = Result<T, Vec<Error>>;

/// The first of several errors (a request that failed without one names the whole request).
fn first(errs: Vec<Error>) -> Error {
    errs.into_iter().next().unwrap_or(Error::Empty { field: "request".into() })
}

/// Resolves a case request, filling `asOf` with `today` when it is blank; every error.
pub fn case_all(mut req: CaseIn, today: &str) -> All<Case> {
    if req.as_of.is_blank() {
        req.as_of = today.into();
    }
    req.resolve()
}

/// Resolves a case request, filling `asOf` with `today` when it is blank.
pub fn case(req: CaseIn, today: &str) -> Out<Case> {
    case_all(req, today).map_err(first)
}

/// `overdue(case)`: the breakdown, installments, growth, timeline and legal check.
pub fn overdue(req: CaseIn, today: &str) -> Out<OverdueResult> {
    let paid_twice = req.paid_twice();
    Ok(OverdueResult { paid_twice, ..overdue::overdue(&case(req, today)?)? })
}

/// `schedule(loan)`: the repayment schedule with APR.
pub fn schedule(req: LoanIn) -> Out<Schedule> {
    let mut errs = Errors::default();
    let loan = req.resolve("", &mut errs);
    let loan = errs.finish(loan).map_err(first)?;
    Ok(schedule::schedule(&loan)?.with_apr(loan.months))
}

/// `audit(case, deductions)`: each deduction against what was owed on its date.
pub fn audit(req: CaseIn, deductions: Vec<PaymentIn>, today: &str) -> Out<AuditResult> {
    audit_case(&case(req, today)?, &deductions).map_err(first)
}

/// The audit of a resolved case (the page's call; `audit` is the API's).
pub fn audit_case(c: &Case, deductions: &[PaymentIn]) -> All<AuditResult> {
    let mut errs = Errors::default();
    let ds = request::resolve_payments(deductions, "deductions", Some(c.as_of), audit::MAX_DEDUCTIONS, &mut errs);
    errs.finish(Some(()))?;
    audit::audit(c, &ds).map_err(|e| vec![e])
}

fn date_or_today(t: Text, field: &str, today: &str) -> Out<Date> {
    let t = if t.is_blank() { Text(today.into()) } else { t };
    Date::parse(&t.0, field)
}

/// `lpr(date)`: the LPR fixing in force on `date` (default today).
pub fn lpr(date: Text, today: &str) -> Out<Fixing> {
    let on = date_or_today(date, "date", today)?;
    lpr::in_force(on, &[]).ok_or_else(|| Error::TooSmall { field: "date".into(), min: "2015-10-24".into() })
}

/// `legalLine(lenderType, contractDate, filingDate?)`: the lines that apply, with their
/// sources; the filing date (default today) fixes a 4 × LPR-at-filing segment.
pub fn legal_line(lender: Option<&str>, contract_date: Text, filing_date: Text, today: &str) -> Out<LinesAnswer> {
    let lender = match lender {
        Some("private") => LenderType::Private,
        Some("licensed") | None => LenderType::Licensed,
        Some(other) => return Err(Error::UnknownChoice { field: "lenderType".into(), value: other.into() }),
    };
    let on = date_or_today(contract_date, "contractDate", today)?;
    let filed = date_or_today(filing_date, "filingDate", today)?;
    let lines = legal::lines(lender, on, filed, &[])?;
    let lpr = lines.first().and_then(|l| l.segments.last()).and_then(|s| s.lpr);
    Ok(LinesAnswer { lines, lpr })
}

/// `courtFee(amount, procedure)`: 案件受理费, halved for simple procedure, mediation or withdrawal.
pub fn court_fee(amount: Text, procedure: &str) -> Out<CourtFee> {
    let amount = request::req(request::opt_amount(&amount, "amount"), "amount")?;
    court::court_fee(amount, Procedure::parse_or_ordinary(procedure, "procedure")?)
}

/// `delayInterest(amount, days)`: 迟延履行 doubled interest.
pub fn delay_interest(amount: Text, days: Text) -> Out<DelayInterest> {
    let amount = request::req(request::opt_amount(&amount, "amount"), "amount")?;
    let days = request::req(request::opt_count(&days, "days", court::MAX_DAYS), "days")?;
    court::delay_interest(amount, days)
}

/// `format(value, style?)`: a figure as the page prints it: `money` (default) `10,325.00`,
/// `delta` `+7.50` / `-212.50`, `percent` `21.9%` (at most 2 decimals). `value` is a plain
/// figure as the API returns it (`"10325.00"`, `"-212.5"`, `21.9`).
pub fn format(value: Text, style: Option<&str>) -> Out<String> {
    let x: rust_decimal::Decimal = value.0.trim().parse().map_err(|_| Error::nan("value"))?;
    match style.unwrap_or("money") {
        "money" => Ok(crate::fmt::yuan(x)),
        "delta" => Ok(crate::fmt::delta(x)),
        "percent" => Ok(crate::fmt::pct(x, 2)),
        other => Err(Error::UnknownChoice { field: "style".into(), value: other.into() }),
    }
}

/// `compare(case, scenarios, budget?)`: ways out side by side.
pub fn compare(req: CaseIn, scenarios: Vec<ScenarioIn>, budget: BudgetIn, today: &str) -> Out<Comparison> {
    compare_case(&case(req, today)?, &scenarios, &budget).map_err(first)
}

/// The comparison for a resolved case (the page's call; `compare` is the API's). A bad
/// plan gives its own error inside the comparison; a bad budget fails the whole call.
pub fn compare_case(c: &Case, scenarios: &[ScenarioIn], budget: &BudgetIn) -> All<Comparison> {
    let b = budget.resolve("budget.")?;
    scenario::compare(c, &plans::resolve_scenarios(scenarios), b.as_ref()).map_err(|e| vec![e])
}

/// `budget(budget)`: monthly capacity from income, expenses and other debt payments.
pub fn budget(b: BudgetIn) -> Out<Budget> {
    b.resolve("").map_err(first)?.ok_or_else(|| Error::Empty { field: "income".into() })
}

/// The custom order of `debts`: none, text of 1-based numbers as the page takes it, or a
/// list of 0-based indexes.
pub enum Order {
    None,
    Text(Text),
    Indexes(Vec<usize>),
}

/// `debts(list, monthlyBudget, order?)`: avalanche, snowball and a custom order.
pub fn debts(list: Vec<DebtIn>, monthly: Text, order: Order) -> Out<DebtsComparison> {
    debts_all(&list, &monthly, order, "order").map_err(first)
}

/// `debts` with every list error at once; a text order's errors are named `order_field`
/// (the page's field is `debtsOrder`).
pub fn debts_all(list: &[DebtIn], monthly: &Text, order: Order, order_field: &str) -> All<DebtsComparison> {
    let items = plans::resolve_debts(list)?;
    let monthly = request::req(request::opt_amount(monthly, "monthlyBudget"), "monthlyBudget").map_err(|e| vec![e])?;
    let custom = match order {
        Order::None => None,
        Order::Text(t) => plans::resolve_order(&t, items.len(), order_field).map_err(|e| vec![e])?,
        Order::Indexes(v) => Some(v),
    };
    debts::plan_debts(&items, monthly, custom.as_deref()).map_err(|e| vec![e])
}
