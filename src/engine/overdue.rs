//! An overdue case → the ledger → everything SPEC §4 reports: the breakdown by bucket,
//! per-installment detail, the cost of one more day/week/month, a timeline, the charges'
//! annual rate, the legal check, and (民法典 art. 589) the effect of a closed channel.

use super::date::Date;
use super::error::{Error, Result};
use super::ledger::{self, Installment, OpenPrincipal, PaymentRecord, Totals};
use super::legal::{self, LegalCheck};
use super::lpr::Fixing;
use super::money::round2;
pub use super::overdue_report::SimplePenalty;
use super::overdue_report::{simple_penalty, timeline_dates, views};
use super::schedule::{self, Loan};
use super::terms::Terms;
use rust_decimal::Decimal;

/// What the borrower owes, as they know it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Debt {
    /// Quick mode: amounts and dates only. The whole overdue amount is treated as overdue
    /// since `first_overdue` (an upper estimate when it built up over several months).
    Quick {
        overdue_principal: Decimal,
        overdue_interest: Decimal,
        first_overdue: Date,
        /// Principal not yet due; bears contract interest from `first_overdue`.
        not_due_principal: Decimal,
        /// A card's minimum payment, the base of its late fee.
        minimum_payment: Option<Decimal>,
    },
    /// Detailed mode: the loan's schedule; payments include the on-time ones.
    Detailed { loan: Loan },
}

/// An overdue case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Case {
    pub as_of: Date,
    pub debt: Debt,
    /// Payments and auto-deductions (date, amount), in any order.
    pub payments: Vec<(Date, Decimal)>,
    pub terms: Terms,
    /// For the 民间借贷 line; defaults to the loan's start or the first overdue date, and
    /// the result says it was assumed.
    pub contract_date: Option<Date>,
    /// The day a suit is (or would be) filed, for 4 × LPR at filing (法释〔2020〕17号
    /// art. 31); defaults to `as_of`.
    pub filing_date: Option<Date>,
    /// Quick mode, a card bill's posting date (记账日): unpaid past its due date and grace,
    /// interest runs from it (the interest-free period is lost).
    pub posting_date: Option<Date>,
    pub lpr_extra: Vec<Fixing>,
}

/// The most payments one case may list.
pub const MAX_PAYMENTS: usize = 1000;

/// One installment as of the case date.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct InstallmentView {
    pub k: usize,
    /// The contract due date.
    pub due: Date,
    /// The day it was called due early (提前到期), if it was.
    pub called_due: Option<Date>,
    pub status: Status,
    pub days_overdue: i64,
    #[serde(serialize_with = "crate::engine::money::ser_cents")]
    pub principal: Decimal,
    #[serde(serialize_with = "crate::engine::money::ser_cents")]
    pub interest: Decimal,
    #[serde(serialize_with = "crate::engine::money::ser_cents")]
    pub penalty: Decimal,
    #[serde(serialize_with = "crate::engine::money::ser_cents")]
    pub compound: Decimal,
    #[serde(serialize_with = "crate::engine::money::ser_cents")]
    pub fees: Decimal,
    #[serde(serialize_with = "crate::engine::money::ser_cents")]
    pub total: Decimal,
    /// Charges above the first legal line.
    #[serde(serialize_with = "crate::engine::money::ser_cents")]
    pub excess: Decimal,
}

super::vocab::vocabulary! {
    /// Where an installment stands on the case date.
    pub enum Status {
        Paid = "paid",
        InGrace = "inGrace",
        Overdue = "overdue",
        Accelerated = "accelerated",
        NotDue = "notDue",
    }
}

/// One point of the debt-over-time chart.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Point {
    pub date: Date,
    #[serde(serialize_with = "crate::engine::money::ser_cents")]
    pub total: Decimal,
    #[serde(serialize_with = "crate::engine::money::ser_cents")]
    pub principal: Decimal,
    #[serde(serialize_with = "crate::engine::money::ser_cents")]
    pub interest: Decimal,
    #[serde(serialize_with = "crate::engine::money::ser_cents")]
    pub charges: Decimal,
    /// After the case date: a projection if nothing is paid.
    pub projected: bool,
}

/// What waiting costs: the increase of the total and of the charges.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Growth {
    pub until: Date,
    #[serde(serialize_with = "crate::engine::money::ser_cents")]
    pub total: Decimal,
    #[serde(serialize_with = "crate::engine::money::ser_cents")]
    pub added: Decimal,
}

/// The effect of 民法典 art. 589 while the lender refused payment.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Closure {
    pub from: Date,
    #[serde(serialize_with = "crate::engine::money::ser_cents")]
    pub total_claimed: Decimal,
    #[serde(serialize_with = "crate::engine::money::ser_cents")]
    pub total_lawful: Decimal,
    #[serde(serialize_with = "crate::engine::money::ser_cents")]
    pub saved: Decimal,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct OverdueResult {
    pub as_of: Date,
    pub totals: Totals,
    pub installments: Vec<InstallmentView>,
    pub next_day: Growth,
    pub next_week: Growth,
    pub next_month: Growth,
    pub timeline: Vec<Point>,
    /// (penalty + compound + fees) / Σ(principal × days) × 365, percent.
    #[serde(serialize_with = "crate::engine::money::ser_opt_pct")]
    pub charges_annual_percent: Option<Decimal>,
    #[serde(serialize_with = "crate::engine::money::ser_pct")]
    pub contract_daily_percent: Decimal,
    #[serde(serialize_with = "crate::engine::money::ser_pct")]
    pub contract_annual_percent: Decimal,
    #[serde(serialize_with = "crate::engine::money::ser_pct")]
    pub penalty_daily_percent: Decimal,
    pub legal: LegalCheck,
    pub closure: Option<Closure>,
    pub payments: Vec<PaymentRecord>,
    pub first_missed: Option<Date>,
    pub accelerated_on: Option<Date>,
    pub simple_penalty: Option<SimplePenalty>,
    /// A card's minimum payment taken as 10 % of the balance because none was given.
    #[serde(serialize_with = "crate::engine::money::ser_opt_cents")]
    pub minimum_assumed: Option<Decimal>,
    /// The overdue rate a 民间借贷 contract without one gets (法释〔2020〕17号 art. 28 ¶2):
    /// `termRate` or `lpr` (none agreed at all), with its annual percent.
    pub statutory_overdue: Option<StatutoryOverdue>,
    /// Quick mode: the whole overdue amount is counted overdue since the first overdue
    /// date, an upper estimate when it built up over several months.
    pub upper_estimate: bool,
    /// Typed payments dated on a due date that `paidInstallments` already counts, each
    /// likely counted twice (`CaseIn::paid_twice`; filled by `calls::overdue` from the
    /// request, which the resolved case no longer tells apart).
    pub paid_twice: Vec<super::request::PaidTwice>,
}

/// The overdue rate the law supplies when a private contract agreed none.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct StatutoryOverdue {
    /// `termRate` or `lpr`.
    pub kind: &'static str,
    #[serde(serialize_with = "crate::engine::money::ser_pct")]
    pub annual_percent: Decimal,
    /// The LPR fixing used, for `lpr`.
    pub lpr: Option<Fixing>,
}

impl Case {
    /// Builds the ledger's input and checks what the types cannot.
    pub fn ledger_input(&self, lines: &[legal::Line]) -> Result<ledger::Input> {
        self.ledger_input_with(lines, self.terms.clone())
    }

    fn ledger_input_with(&self, lines: &[legal::Line], terms: Terms) -> Result<ledger::Input> {
        if self.payments.len() > MAX_PAYMENTS {
            return Err(Error::TooMany { field: "payments".into(), max: MAX_PAYMENTS });
        }
        let mut payments = self.payments.clone();
        super::sort::sort_by_key(&mut payments, |p| p.0);
        let (installments, open, loan_start) = match &self.debt {
            Debt::Quick { overdue_principal, overdue_interest, first_overdue, not_due_principal, minimum_payment } => {
                if *first_overdue > self.as_of {
                    return Err(Error::DateOrder { field: "asOf".into(), other: "firstOverdueDate".into() });
                }
                if self.posting_date.is_some_and(|p| p > *first_overdue) {
                    return Err(Error::NotAfter { field: "postingDate".into(), other: "firstOverdueDate".into() });
                }
                let inst = Installment {
                    due: *first_overdue,
                    principal: *overdue_principal,
                    interest: *overdue_interest,
                    minimum: minimum_payment.or_else(|| self.assumed_minimum()),
                    interest_from: self.posting_date,
                };
                let open = (!not_due_principal.is_zero()).then_some(OpenPrincipal {
                    principal: *not_due_principal,
                    accrued: Decimal::ZERO,
                    since: *first_overdue,
                });
                (vec![inst], open, None)
            }
            Debt::Detailed { loan } => {
                let s = schedule::schedule(loan)?;
                let insts = s
                    .periods
                    .iter()
                    .map(|p| Installment {
                        due: p.due,
                        principal: p.principal,
                        interest: p.interest,
                        minimum: None,
                        interest_from: None,
                    })
                    .collect();
                (insts, None, Some(loan.start))
            }
        };
        if let Some(k) = self.payments.iter().position(|p| p.0 > self.as_of) {
            return Err(Error::NotAfter { field: format!("payments[{k}].date"), other: "asOf".into() });
        }
        Ok(ledger::Input {
            terms,
            installments,
            open,
            loan_start,
            payments,
            periods: legal::Periods::of(lines),
            suspend_from: None,
        })
    }

    fn default_contract_date(&self) -> Date {
        self.contract_date.unwrap_or(match &self.debt {
            Debt::Quick { first_overdue, .. } => *first_overdue,
            Debt::Detailed { loan } => loan.start,
        })
    }

    /// Quick mode, a fee on a card's minimum and no minimum given: 10 % of the balance.
    pub fn assumed_minimum(&self) -> Option<Decimal> {
        let on_minimum = self.terms.late_fee.is_some_and(|f| f.base == super::terms::FeeBase::Minimum);
        match &self.debt {
            Debt::Quick { overdue_principal, overdue_interest, minimum_payment: None, .. } if on_minimum => {
                let pct = Decimal::new(super::terms::CARD_MINIMUM_PERCENT, 2);
                Some(round2((*overdue_principal + *overdue_interest) * pct))
            }
            _ => None,
        }
    }

    /// The terms the ledger runs on: a private contract with no agreed overdue rate gets
    /// the one the law supplies (art. 28 ¶2): the term rate, or with no interest at all the
    /// one-year LPR in force when the overdue period began.
    fn effective_terms(&self, lines: &[legal::Line]) -> Result<(Terms, Option<StatutoryOverdue>)> {
        let t = &self.terms;
        if t.lender != super::terms::LenderType::Private || t.overdue_rate_agreed {
            return Ok((t.clone(), None));
        }
        let base = Terms { penalty_base: super::terms::PenaltyBase::Principal, ..t.clone() };
        if !t.rate.percent.is_zero() {
            let annual = t.rate.annual() * Decimal::ONE_HUNDRED;
            let s = StatutoryOverdue { kind: "termRate", annual_percent: annual, lpr: None };
            return Ok((Terms { penalty: super::terms::Penalty::Multiplier(Decimal::ONE), ..base }, Some(s)));
        }
        // When did the overdue period begin? Run once without charges to find out.
        let began = match &self.debt {
            Debt::Quick { first_overdue, .. } => *first_overdue,
            Debt::Detailed { .. } => {
                let probe = self.ledger_input_with(lines, base.clone())?;
                ledger::run(&probe, self.as_of, &[])?.first_missed.unwrap_or(self.as_of)
            }
        };
        let fixing = super::lpr::in_force(began, &self.lpr_extra)
            .ok_or_else(|| Error::TooSmall { field: "firstOverdueDate".into(), min: "2015-10-24".into() })?;
        let r = super::rate::Rate { percent: fixing.one_year, unit: super::rate::RateUnit::Year, day_basis: 365 };
        let s = StatutoryOverdue { kind: "lpr", annual_percent: fixing.one_year, lpr: Some(fixing) };
        Ok((Terms { penalty: super::terms::Penalty::Rate(r), ..base }, Some(s)))
    }
}

/// How far past the as-of date the growth figures and the chart look.
pub(crate) const AHEAD_MONTHS: u32 = 3;
/// The latest as-of date: [`AHEAD_MONTHS`] before the end of the supported range.
pub const LAST_AS_OF: &str = "2100-09-30";

/// Computes everything SPEC §4 reports for `case`.
pub fn overdue(case: &Case) -> Result<OverdueResult> {
    let contract_date = case.default_contract_date();
    let filing_date = case.filing_date.unwrap_or(case.as_of);
    let lines = legal::lines(case.terms.lender, contract_date, filing_date, &case.lpr_extra)?;
    let (terms, statutory_overdue) = case.effective_terms(&lines)?;
    let input = case.ledger_input_with(&lines, terms.clone())?;
    let as_of = case.as_of;
    if as_of.add_months(AHEAD_MONTHS).is_err() {
        return Err(Error::too_large("asOf", LAST_AS_OF));
    }
    let day = as_of.add_days(1)?;
    let week = as_of.add_days(7)?;
    let month = as_of.add_months(1)?;
    let mut marks = timeline_dates(&input, as_of)?;
    marks.extend([day, week, month]);
    super::sort::sort_by_key(&mut marks, |d| *d);
    marks.dedup();
    let run = ledger::run(&input, as_of, &marks)?;
    let now = run.at(as_of).cloned().unwrap_or_default();
    let growth = |until: Date| -> Growth {
        let total = run.at(until).map_or(now.total, |t| t.total);
        Growth { until, total, added: total - now.total }
    };
    let closure = match case.terms.channel_closed_from {
        Some(from) if from <= as_of => {
            let lawful = ledger::run(&ledger::Input { suspend_from: Some(from), ..input.clone() }, as_of, &[])?;
            let total_lawful = lawful.at(as_of).map_or(now.total, |t| t.total);
            Some(Closure { from, total_claimed: now.total, total_lawful, saved: now.total - total_lawful })
        }
        _ => None,
    };
    let rate = case.terms.rate;
    let contract_annual_percent = rate.annual() * Decimal::ONE_HUNDRED;
    let principal_outstanding = now.principal_overdue + now.principal_not_due;
    let dates = legal::Dates {
        contract: contract_date,
        contract_assumed: case.contract_date.is_none(),
        filing: filing_date,
        filing_assumed: case.filing_date.is_none(),
    };
    let legal = legal::check(
        &run.insts,
        &lines,
        &input.periods,
        case.terms.lender,
        dates,
        contract_annual_percent,
        principal_outstanding,
    );
    let installments = views(&run.insts, as_of, &legal);
    let principal_days: Decimal = run.insts.iter().map(|i| i.principal_days).sum();
    let charges_annual_percent = (principal_days > Decimal::ZERO)
        .then(|| now.charges.checked_mul(Decimal::from(36500)).and_then(|x| x.checked_div(principal_days)))
        .flatten();
    let simple_penalty = simple_penalty(case, &terms, &run, as_of);
    let timeline = run
        .totals
        .iter()
        .map(|(date, t)| Point {
            date: *date,
            total: t.total,
            principal: t.principal_overdue + t.principal_not_due,
            interest: t.interest_due + t.interest_accrued,
            charges: t.charges,
            projected: *date > as_of,
        })
        .collect();
    Ok(OverdueResult {
        as_of,
        next_day: growth(day),
        next_week: growth(week),
        next_month: growth(month),
        timeline,
        charges_annual_percent,
        contract_daily_percent: rate.daily() * Decimal::ONE_HUNDRED,
        contract_annual_percent,
        penalty_daily_percent: terms.penalty_daily() * Decimal::ONE_HUNDRED,
        legal,
        closure,
        payments: run.payments.clone(),
        first_missed: run.first_missed,
        accelerated_on: run.accelerated_on,
        simple_penalty,
        minimum_assumed: case.assumed_minimum(),
        statutory_overdue,
        upper_estimate: matches!(case.debt, Debt::Quick { .. }),
        paid_twice: vec![],
        installments,
        totals: now,
    })
}
