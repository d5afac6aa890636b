//! Ways out (SPEC §5). Each scenario turns "the debt on date D" into dated cash flows;
//! one metrics function reads every scenario's flows, so all are compared on equal terms.
//! The debt on D and on any later date comes from the same ledger as the breakdown.

mod compare;
mod court_path;
pub mod kinds;
mod metrics;
mod minimum;

pub use compare::{compare, BreakEven, Comparison, ScenarioResult, MAX_SCENARIOS};
pub use court_path::{CourtInfo, DUE_DAYS, JUDGMENT_MONTHS};
pub use metrics::{metrics, Metrics};
pub use minimum::MinimumInfo;

use super::date::Date;
use super::error::{Error, Result};
use super::money::{round2, ser_cents};
use super::overdue::{overdue, Case};
use super::rate::Rate;
use super::schedule::{schedule, InterestBasis, Loan, Method};
use rust_decimal::Decimal;

/// Which parts of the debt a plan finances (principal always is).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Included {
    pub interest: bool,
    /// Penalty and compound interest.
    pub penalty: bool,
    pub fees: bool,
}

impl Included {
    pub const ALL: Included = Included { interest: true, penalty: true, fees: true };
}

/// A way out. Percentages are in percent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scenario {
    /// 立即结清: everything on D.
    PayNow,
    /// 继续逾期: everything after `months` months and `days` days, charges still running.
    Wait { months: u32, days: u32 },
    /// 一次性结清减免: pay on `pay_on` with parts waived, and with `waive_excess` also the
    /// charges above the first legal line that are still paid (what a court would cut on
    /// the borrower's request).
    Settlement {
        waive_interest: Decimal,
        waive_penalty: Decimal,
        waive_fees: Decimal,
        waive_principal: Decimal,
        pay_on: Option<Date>,
        waive_excess: bool,
    },
    /// 协商分期: the financed parts over `months` by `method` at `rate` (a fee per month for
    /// `FlatFee`); the parts not financed are paid on D unless `waive_rest`.
    Installments { months: u32, method: Method, rate: Rate, include: Included, down: Decimal, waive_rest: bool },
    /// 停息挂账 / 个性化分期: no interest; an optional fee per month on the amount frozen.
    Freeze { months: u32, include: Included, down: Decimal, fee_monthly: Decimal, waive_rest: bool, card: bool },
    /// 展期/延期: principal (and, if `capitalise`, all charges) over `months` at `rate`.
    Extension { months: u32, rate: Rate, capitalise: bool },
    /// 最低还款 (cards): the larger of `percent` of the balance and `amount` each month,
    /// interest at `rate` compounding monthly.
    MinimumPayment { percent: Decimal, amount: Decimal, rate: Rate },
    /// 借新还旧: a new loan that pays everything on D; `fee` + `fee_percent` of the new loan,
    /// deducted at disbursement or paid on D.
    Refinance { rate: Rate, months: u32, method: Method, fee: Decimal, fee_percent: Decimal, deducted: bool },
    /// 诉讼: sued on `filing_date`, judged on `judgment_date`, paid on `paid_on` (blank: D,
    /// three months later, the judgment's due date); `lawyer_fee` when the contract shifts it.
    Court { filing_date: Option<Date>, judgment_date: Option<Date>, paid_on: Option<Date>, lawyer_fee: Decimal },
}

impl Scenario {
    pub fn kind(&self) -> &'static str {
        match self {
            Scenario::PayNow => "payNow",
            Scenario::Wait { .. } => "wait",
            Scenario::Settlement { .. } => "settlement",
            Scenario::Installments { .. } => "installments",
            Scenario::Freeze { .. } => "freeze",
            Scenario::Extension { .. } => "extension",
            Scenario::MinimumPayment { .. } => "minimumPayment",
            Scenario::Refinance { .. } => "refinance",
            Scenario::Court { .. } => "court",
        }
    }

    /// The plan's number of months, for plans that have one.
    pub fn months(&self) -> Option<u32> {
        match self {
            Scenario::Installments { months, .. }
            | Scenario::Freeze { months, .. }
            | Scenario::Extension { months, .. }
            | Scenario::Refinance { months, .. } => Some(*months),
            _ => None,
        }
    }

    /// The same plan over `m` months.
    pub fn with_months(&self, m: u32) -> Scenario {
        let mut s = self.clone();
        match &mut s {
            Scenario::Installments { months, .. }
            | Scenario::Freeze { months, .. }
            | Scenario::Extension { months, .. }
            | Scenario::Refinance { months, .. } => *months = m,
            _ => {}
        }
        s
    }

    /// The longest term the plan may have: 60 months for a card's 停息挂账 (商业银行信用卡业务
    /// 监督管理办法 art. 70), else the schedule limit.
    pub fn max_months(&self) -> u32 {
        match self {
            Scenario::Freeze { card: true, .. } => 60,
            _ => super::schedule::MAX_MONTHS,
        }
    }
}

/// The debt on one date, by part; money posted.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Owed {
    pub date: Option<Date>,
    #[serde(serialize_with = "ser_cents")]
    pub principal: Decimal,
    #[serde(serialize_with = "ser_cents")]
    pub interest: Decimal,
    /// Penalty and compound interest.
    #[serde(serialize_with = "ser_cents")]
    pub penalty: Decimal,
    #[serde(serialize_with = "ser_cents")]
    pub fees: Decimal,
    #[serde(serialize_with = "ser_cents")]
    pub credit: Decimal,
    #[serde(serialize_with = "ser_cents")]
    pub total: Decimal,
    /// Overdue charges above the first legal line on that date.
    #[serde(serialize_with = "ser_cents")]
    pub excess: Decimal,
    #[serde(serialize_with = "crate::engine::money::ser_pct")]
    pub line_percent: Decimal,
}

/// The debt of `case` on `date` (its own date or later, charges running, nothing paid).
pub fn debt_on(case: &Case, date: Date) -> Result<Owed> {
    let r = overdue(&Case { as_of: date, ..case.clone() })?;
    let t = &r.totals;
    Ok(Owed {
        date: Some(date),
        principal: t.principal_overdue + t.principal_not_due,
        interest: t.interest_due + t.interest_accrued,
        penalty: t.penalty + t.compound,
        fees: t.fees,
        credit: t.credit,
        total: t.total,
        excess: r.legal.lines.first().map_or(Decimal::ZERO, |l| l.excess),
        line_percent: r.legal.lines.first().map_or(Decimal::ZERO, |l| l.line.percent),
    })
}

/// A dated payment of a plan.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Flow {
    pub date: Date,
    #[serde(serialize_with = "ser_cents")]
    pub amount: Decimal,
}

/// A scenario's payments, and what it financed (for the plan's own APR).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Plan {
    pub flows: Vec<Flow>,
    /// The amount lent or deferred by the plan on D, and the plan payments that repay it.
    pub financed: Decimal,
    pub financing_flows: Vec<Flow>,
    /// Charges with excess over the legal line that the plan still pays.
    pub pays_excess: Decimal,
    /// What a settlement's `waive_excess` took off (0 when nothing was above the line).
    pub excess_waived: Decimal,
    pub minimum: Option<MinimumInfo>,
    pub court: Option<CourtInfo>,
}

fn fraction(x: Decimal) -> Decimal {
    x / Decimal::ONE_HUNDRED
}

fn check_pct(x: Decimal, field: &str) -> Result<()> {
    if x > Decimal::ONE_HUNDRED {
        return Err(Error::too_large(field, "100%"));
    }
    Ok(())
}

/// Pushes a flow, merging with one already on that date.
fn push(flows: &mut Vec<Flow>, date: Date, amount: Decimal) {
    if amount <= Decimal::ZERO {
        return;
    }
    match flows.iter_mut().find(|f| f.date == date) {
        Some(f) => f.amount += amount,
        None => flows.push(Flow { date, amount }),
    }
}

/// Lays out a financed amount and returns its payments.
fn finance(amount: Decimal, rate: Rate, months: u32, method: Method, start: Date) -> Result<Vec<Flow>> {
    if amount <= Decimal::ZERO {
        return Ok(vec![]);
    }
    let loan = Loan { principal: round2(amount), rate, months, method, start, basis: InterestBasis::Monthly };
    Ok(schedule(&loan)?.periods.into_iter().map(|p| Flow { date: p.due, amount: p.payment }).collect())
}

/// The dated payments of `s` for the debt `base` (on D) of `case`.
pub fn plan(case: &Case, base: &Owed, s: &Scenario) -> Result<Plan> {
    let d = case.as_of;
    let mut out = Plan::default();
    match s {
        Scenario::PayNow => {
            push(&mut out.flows, d, base.total);
            out.pays_excess = base.excess;
        }
        Scenario::Wait { months, days } => {
            let until = d.add_months(*months)?.add_days(i64::from(*days))?;
            let later = debt_on(case, until)?;
            push(&mut out.flows, until, later.total);
            out.pays_excess = later.excess;
        }
        Scenario::Settlement { waive_interest, waive_penalty, waive_fees, waive_principal, pay_on, waive_excess } => {
            for (v, f) in [
                (waive_interest, "waiveInterest"),
                (waive_penalty, "waivePenalty"),
                (waive_fees, "waiveFees"),
                (waive_principal, "waivePrincipal"),
            ] {
                check_pct(*v, f)?;
            }
            let on = pay_on.unwrap_or(d);
            if on < d {
                return Err(Error::DateOrder { field: "payOn".into(), other: "asOf".into() });
            }
            let at = if on == d { base.clone() } else { debt_on(case, on)? };
            let keep = |x: Decimal, w: &Decimal| round2(x * (Decimal::ONE - fraction(*w)));
            // The excess still paid after the parts' waivers: a waiver of penalty or fees first
            // takes away what lay above the line (allowed = charges − excess, so what is kept
            // passes the line by kept − allowed); with `waive_excess` that is waived too.
            let kept_charges = keep(at.penalty, waive_penalty) + keep(at.fees, waive_fees);
            let waived_charges = at.penalty + at.fees - kept_charges;
            let excess_paid = (at.excess - waived_charges).max(Decimal::ZERO).min(kept_charges);
            let excess_waived = if *waive_excess { excess_paid } else { Decimal::ZERO };
            let amount = keep(at.principal, waive_principal)
                + keep(at.interest, waive_interest)
                + keep(at.penalty, waive_penalty)
                + keep(at.fees, waive_fees)
                - excess_waived
                - at.credit;
            push(&mut out.flows, on, amount);
            out.pays_excess = excess_paid - excess_waived;
            out.excess_waived = excess_waived;
        }
        Scenario::Installments { months, method, rate, include, down, waive_rest } => {
            installments(&mut out, base, d, *months, *method, *rate, *include, *down, *waive_rest)?;
        }
        Scenario::Freeze { months, include, down, fee_monthly, waive_rest, card } => {
            if *card && *months > 60 {
                return Err(Error::too_large("months", 60));
            }
            let fee = Rate::new(*fee_monthly, super::rate::RateUnit::Month, None, "feeMonthly")?;
            installments(&mut out, base, d, *months, Method::FlatFee, fee, *include, *down, *waive_rest)?;
        }
        Scenario::Extension { months, rate, capitalise } => {
            let include = if *capitalise { Included::ALL } else { Included::default() };
            installments(&mut out, base, d, *months, Method::Annuity, *rate, include, Decimal::ZERO, false)?;
        }
        Scenario::MinimumPayment { percent, amount, rate } => {
            check_pct(*percent, "percent")?;
            let (flows, info) = minimum::simulate(base.total, *percent, *amount, *rate, d)?;
            out.flows = flows;
            out.minimum = Some(info);
            out.pays_excess = base.excess;
        }
        Scenario::Refinance { rate, months, method, fee, fee_percent, deducted } => {
            if *fee_percent >= Decimal::ONE_HUNDRED {
                return Err(Error::too_large("feePercent", "99.99%"));
            }
            let need = base.total.max(Decimal::ZERO);
            let (loan, upfront) = if *deducted {
                (round2((need + fee) / (Decimal::ONE - fraction(*fee_percent))), Decimal::ZERO)
            } else {
                (need, round2(fee + need * fraction(*fee_percent)))
            };
            push(&mut out.flows, d, upfront);
            let repay = finance(loan, *rate, *months, *method, d)?;
            for f in &repay {
                push(&mut out.flows, f.date, f.amount);
            }
            // What the borrower really receives is the old debt paid off: `need`.
            out.financed = need - upfront;
            out.financing_flows = repay;
            out.pays_excess = base.excess;
        }
        Scenario::Court { filing_date, judgment_date, paid_on, lawyer_fee } => {
            let (p, info) = court_path::court_plan(case, *filing_date, *judgment_date, *paid_on, *lawyer_fee)?;
            out = p;
            out.court = Some(info);
        }
    }
    super::sort::sort_by_key(&mut out.flows, |f| f.date);
    Ok(out)
}

#[allow(clippy::too_many_arguments)]
fn installments(
    out: &mut Plan,
    base: &Owed,
    d: Date,
    months: u32,
    method: Method,
    rate: Rate,
    inc: Included,
    down: Decimal,
    waive_rest: bool,
) -> Result<()> {
    let part = |yes: bool, x: Decimal| if yes { x } else { Decimal::ZERO };
    let included = base.principal
        + part(inc.interest, base.interest)
        + part(inc.penalty, base.penalty)
        + part(inc.fees, base.fees)
        - base.credit;
    // total = principal + interest + penalty + fees − credit, so this is the parts left out.
    let rest = (base.total - included).max(Decimal::ZERO);
    if down > included.max(Decimal::ZERO) {
        return Err(Error::too_large("down", super::money::Money(included.max(Decimal::ZERO))));
    }
    let financed = included - down;
    push(&mut out.flows, d, down + if waive_rest { Decimal::ZERO } else { rest });
    let repay = finance(financed, rate, months, method, d)?;
    for f in &repay {
        push(&mut out.flows, f.date, f.amount);
    }
    out.financed = financed.max(Decimal::ZERO);
    out.financing_flows = repay;
    let charges_paid = part(inc.penalty, base.penalty)
        + part(inc.fees, base.fees)
        + if waive_rest { Decimal::ZERO } else { part(!inc.penalty, base.penalty) + part(!inc.fees, base.fees) };
    out.pays_excess = base.excess.min(charges_paid);
    Ok(())
}
