//! Loan schedules (SPEC §3). Each period's interest is posted (rounded) when fixed; the
//! last period's principal is the remaining balance, so it absorbs all rounding.

use super::date::Date;
use super::error::{Error, Result};
use super::money::{checked, round2};
use super::rate::Rate;
use super::vocab::vocabulary;
use rust_decimal::Decimal;

vocabulary! {
    /// 还款方式.
    pub enum Method {
        /// 等额本息: level payment.
        Annuity = "annuity",
        /// 等额本金: level principal.
        EqualPrincipal = "equalPrincipal",
        /// 先息后本: interest each period, principal at the end.
        InterestOnly = "interestOnly",
        /// 一次性还本付息: one payment at maturity, simple daily interest.
        Bullet = "bullet",
        /// 分期手续费: card/花呗/白条 分期, a fee per period on the original principal.
        FlatFee = "flatFee",
    }
}

vocabulary! {
    /// How a period's interest is computed.
    pub enum InterestBasis {
        /// r = annual / 12 per period.
        Monthly = "monthly",
        /// balance × daily rate × days in the period.
        ActualDays = "actualDays",
    }
}

/// A loan to lay out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Loan {
    pub principal: Decimal,
    /// The contract rate; for `FlatFee`, the fee per month (e.g. 0.6 %/月).
    pub rate: Rate,
    pub months: u32,
    pub method: Method,
    pub start: Date,
    pub basis: InterestBasis,
}

/// The longest term accepted: 50 years.
pub const MAX_MONTHS: u32 = 600;

/// One period of a schedule; money posted to 0.01.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Period {
    pub k: u32,
    pub due: Date,
    #[serde(serialize_with = "crate::engine::money::ser_cents")]
    pub payment: Decimal,
    #[serde(serialize_with = "crate::engine::money::ser_cents")]
    pub principal: Decimal,
    /// Interest, or the fee for `FlatFee`.
    #[serde(serialize_with = "crate::engine::money::ser_cents")]
    pub interest: Decimal,
    /// Balance after this payment.
    #[serde(serialize_with = "crate::engine::money::ser_cents")]
    pub balance: Decimal,
}

/// A schedule and its totals.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Schedule {
    pub periods: Vec<Period>,
    #[serde(serialize_with = "crate::engine::money::ser_cents")]
    pub total_payment: Decimal,
    #[serde(serialize_with = "crate::engine::money::ser_cents")]
    pub total_interest: Decimal,
    /// APR (年化利率) in percent: monthly IRR × 12 on the principal received (SPEC §2).
    #[serde(serialize_with = "crate::engine::money::ser_opt_pct")]
    pub apr_percent: Option<Decimal>,
    /// Effective annual rate in percent: (1 + monthly IRR)^12 − 1.
    #[serde(serialize_with = "crate::engine::money::ser_opt_pct")]
    pub ear_percent: Option<Decimal>,
}

impl Schedule {
    fn new(periods: Vec<Period>) -> Schedule {
        let total_payment = periods.iter().map(|p| p.payment).sum();
        let total_interest = periods.iter().map(|p| p.interest).sum();
        Schedule { periods, total_payment, total_interest, apr_percent: None, ear_percent: None }
    }

    /// The same schedule with its APR and EAR filled in (an IRR: computed only on request).
    pub fn with_apr(mut self, months: u32) -> Schedule {
        let principal: Decimal = self.periods.iter().map(|p| p.principal).sum();
        let mut flows = vec![Decimal::ZERO; months as usize + 1];
        flows[0] = -principal;
        let single = self.periods.len() == 1;
        for (idx, p) in self.periods.iter().enumerate() {
            let m = if single { months as usize } else { idx + 1 };
            if let Some(f) = flows.get_mut(m) {
                *f += p.payment;
            }
        }
        let annual = super::irr::irr(&flows).and_then(|i| super::irr::annualize(i, 12));
        self.apr_percent = annual.map(|a| a.0 * Decimal::ONE_HUNDRED);
        self.ear_percent = annual.map(|a| a.1 * Decimal::ONE_HUNDRED);
        self
    }
}

/// Lays out `loan` as dated payments.
pub fn schedule(loan: &Loan) -> Result<Schedule> {
    if loan.principal <= Decimal::ZERO {
        return Err(Error::too_small("loan.principal", "0.01"));
    }
    if loan.months == 0 {
        return Err(Error::too_small("loan.months", 1));
    }
    if loan.months > MAX_MONTHS {
        return Err(Error::too_large("loan.months", MAX_MONTHS));
    }
    let n = loan.months;
    let p = loan.principal;
    let r = loan.rate.monthly();
    let f = "loan";
    let due = |k: u32| loan.start.add_months(k).map_err(|e| e.at("loan.months"));
    let period_interest = |balance: Decimal, k: u32| -> Result<Decimal> {
        let raw = match loan.basis {
            InterestBasis::Monthly => checked::mul(balance, r, f)?,
            InterestBasis::ActualDays => {
                let days = due(k - 1)?.days_until(due(k)?);
                checked::mul(checked::mul(balance, loan.rate.daily(), f)?, Decimal::from(days), f)?
            }
        };
        Ok(round2(raw))
    };

    if loan.method == Method::Bullet {
        let end = due(n)?;
        let days = loan.start.days_until(end);
        let interest = round2(checked::mul(checked::mul(p, loan.rate.daily(), f)?, Decimal::from(days), f)?);
        let payment = checked::add(p, interest, f)?;
        let periods = vec![Period { k: 1, due: end, payment, principal: p, interest, balance: Decimal::ZERO }];
        return Ok(Schedule::new(periods));
    }

    let level = match loan.method {
        Method::Annuity => annuity_payment(p, r, n)?,
        _ => round2(p / Decimal::from(n)),
    };
    let flat_fee = round2(checked::mul(p, r, f)?);
    let mut balance = p;
    let mut periods = Vec::with_capacity(n as usize);
    for k in 1..=n {
        let interest = match loan.method {
            Method::FlatFee => flat_fee,
            Method::InterestOnly => period_interest(p, k)?,
            _ => period_interest(balance, k)?,
        };
        let principal = if k == n {
            balance
        } else {
            match loan.method {
                Method::Annuity => (level - interest).max(Decimal::ZERO).min(balance),
                Method::InterestOnly => Decimal::ZERO,
                _ => level.min(balance),
            }
        };
        balance -= principal;
        let payment = checked::add(principal, interest, f)?;
        periods.push(Period { k, due: due(k)?, payment, principal, interest, balance });
    }
    Ok(Schedule::new(periods))
}

/// A = P·r(1+r)^n / ((1+r)^n − 1) = P·r / (1 − (1+r)^−n), rounded; P/n at r = 0. When
/// (1+r)^n is beyond `Decimal`, (1+r)^−n is far below a cent's worth, so A = P·r.
fn annuity_payment(p: Decimal, r: Decimal, n: u32) -> Result<Decimal> {
    if r.is_zero() {
        return Ok(round2(p / Decimal::from(n)));
    }
    let f = "loan";
    let inverse = match checked::powi(Decimal::ONE + r, n, f) {
        Ok(g) => checked::div(Decimal::ONE, g, f)?,
        Err(_) => Decimal::ZERO,
    };
    Ok(round2(checked::div(checked::mul(p, r, f)?, Decimal::ONE - inverse, f)?))
}
