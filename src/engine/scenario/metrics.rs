//! One set of metrics for every scenario's flows (SPEC §5): first and largest payment,
//! count, end date, totals, cost over principal and over paying today, the implied APR
//! relative to paying today, the plan's own APR, budget fit and the legal line.

use super::{Flow, Owed, Plan};
use crate::engine::date::Date;
use crate::engine::irr;
use crate::engine::money::{ser_cents, ser_opt_pct};
use rust_decimal::Decimal;

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Metrics {
    pub first_payment: Option<Flow>,
    /// Paid on the case date itself.
    #[serde(serialize_with = "ser_cents")]
    pub upfront: Decimal,
    /// The largest single payment (a lump sum counts as that month's payment).
    #[serde(serialize_with = "ser_cents")]
    pub largest_payment: Decimal,
    pub payments: usize,
    pub end_date: Option<Date>,
    #[serde(serialize_with = "ser_cents")]
    pub total_paid: Decimal,
    /// Total paid − principal owed on the case date.
    #[serde(serialize_with = "ser_cents")]
    pub cost_over_principal: Decimal,
    /// Total paid − everything owed on the case date.
    #[serde(serialize_with = "ser_cents")]
    pub cost_over_today: Decimal,
    /// The annual rate that makes the plan equal to paying everything today (negative when
    /// a waiver saves money); `None` when it has none (a saving on the same day).
    #[serde(serialize_with = "ser_opt_pct")]
    pub implied_apr_percent: Option<Decimal>,
    /// The APR of the plan's own financing on what it financed (0 for a fee-free freeze).
    #[serde(serialize_with = "ser_opt_pct")]
    pub plan_apr_percent: Option<Decimal>,
    /// Every payment within the monthly capacity (plus savings on the case date).
    pub fits_budget: Option<bool>,
    /// The plan's own rate passes the first legal line, or it still pays charges above it.
    pub exceeds_line: bool,
    #[serde(serialize_with = "ser_cents")]
    pub pays_excess: Decimal,
}

/// APR in percent of lending `amount` on `d` against `flows`: monthly IRR × 12 when every
/// flow falls on a monthly anniversary of `d` (SPEC §2), else XIRR (Actual/365) stated as
/// a nominal monthly rate. `Some(0)` when everything is on `d` and nets to zero.
pub fn apr_of(d: Date, amount: Decimal, flows: &[Flow]) -> Option<Decimal> {
    if flows.iter().all(|f| f.date == d) {
        let net: Decimal = flows.iter().map(|f| f.amount).sum::<Decimal>() - amount;
        return net.is_zero().then_some(Decimal::ZERO);
    }
    let month_of = |date: Date| {
        let k = d.months_until(date);
        (d.add_months(k).ok() == Some(date)).then_some(k as usize)
    };
    let hundred = Decimal::ONE_HUNDRED;
    if let Some(ks) = flows.iter().map(|f| month_of(f.date)).collect::<Option<Vec<usize>>>() {
        let mut v = vec![Decimal::ZERO; ks.iter().max().copied().unwrap_or(0) + 1];
        v[0] = -amount;
        for (k, f) in ks.iter().zip(flows) {
            v[*k] += f.amount;
        }
        return irr::irr(&v).and_then(|i| irr::annualize(i, 12)).map(|a| a.0 * hundred);
    }
    let mut dated: Vec<(Date, Decimal)> = vec![(d, -amount)];
    dated.extend(flows.iter().map(|f| (f.date, f.amount)));
    irr::xirr(&dated).and_then(irr::apr_from_ear).map(|a| a * hundred)
}

/// Whether every payment fits the monthly capacity (plus savings on the case date).
pub fn fits(d: Date, flows: &[Flow], capacity: Option<Decimal>, savings: Option<Decimal>) -> Option<bool> {
    capacity.map(|c| {
        let cash = savings.unwrap_or_default();
        flows.iter().all(|f| f.amount <= c + if f.date == d { cash } else { Decimal::ZERO })
    })
}

/// The metrics of `plan` against the debt `base` on date `d`.
pub fn metrics(d: Date, base: &Owed, plan: &Plan, capacity: Option<Decimal>, savings: Option<Decimal>) -> Metrics {
    let flows = &plan.flows;
    let total_paid: Decimal = flows.iter().map(|f| f.amount).sum();
    let upfront: Decimal = flows.iter().filter(|f| f.date == d).map(|f| f.amount).sum();
    let largest_payment = flows.iter().map(|f| f.amount).max().unwrap_or_default();
    let plan_apr_percent =
        if plan.financing_flows.is_empty() { None } else { apr_of(d, plan.financed, &plan.financing_flows) };
    let fits_budget = fits(d, flows, capacity, savings);
    let exceeds_line = plan.pays_excess > Decimal::ZERO || plan_apr_percent.is_some_and(|a| a > base.line_percent);
    Metrics {
        first_payment: flows.first().cloned(),
        upfront,
        largest_payment,
        payments: flows.len(),
        end_date: flows.last().map(|f| f.date),
        total_paid,
        cost_over_principal: total_paid - base.principal,
        cost_over_today: total_paid - base.total,
        implied_apr_percent: apr_of(d, base.total, flows),
        plan_apr_percent,
        fits_budget,
        exceeds_line,
        pays_excess: plan.pays_excess,
    }
}
