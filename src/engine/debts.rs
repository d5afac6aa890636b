//! Several debts under one monthly budget (SPEC §5): each month interest is added, every
//! minimum is paid, and what is left goes to one debt at a time in the chosen order; when
//! a debt is cleared its minimum joins the rest (avalanche: highest rate first; snowball:
//! smallest balance first; or the user's own order).

use super::error::{Error, Result};
use super::money::{checked, round2, ser_cents};
use rust_decimal::Decimal;

/// One debt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DebtItem {
    pub name: String,
    pub balance: Decimal,
    /// Simple annual rate, percent; monthly interest = balance × rate / 12.
    pub annual_percent: Decimal,
    pub minimum: Decimal,
}

/// One order's outcome.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct OrderPlan {
    pub order: &'static str,
    /// Debt indexes in the order extra money goes to them.
    pub sequence: Vec<usize>,
    /// Months until every debt is paid, or `None` if the budget never clears them.
    pub months: Option<u32>,
    #[serde(serialize_with = "ser_cents")]
    pub total_interest: Decimal,
    #[serde(serialize_with = "ser_cents")]
    pub total_paid: Decimal,
    /// The month each debt is cleared (1-based), in input order.
    pub cleared_in_month: Vec<Option<u32>>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DebtsComparison {
    #[serde(serialize_with = "ser_cents")]
    pub budget: Decimal,
    #[serde(serialize_with = "ser_cents")]
    pub minimums: Decimal,
    pub plans: Vec<OrderPlan>,
    /// Index into `plans` of the one with the least interest among those that finish.
    pub best: Option<usize>,
    /// How much the budget falls short of the minimums (0 when it covers them). When it is
    /// above 0 no order keeps every debt current: the plans show what the budget would do
    /// paying minimums in list order, and `keep_first` which minimums it can keep.
    #[serde(serialize_with = "ser_cents")]
    pub shortfall: Decimal,
    /// Below the minimums: the debts whose minimums the budget keeps, dearest first (by
    /// rate, then the smaller minimum), as far as it goes; empty otherwise.
    pub keep_first: Vec<usize>,
}

pub const MAX_DEBTS: usize = 200;
const HORIZON: u32 = 600;
const FIELD: &str = "debts";

/// Compares avalanche, snowball and (if given) a custom order under `budget` a month.
pub fn plan_debts(debts: &[DebtItem], budget: Decimal, custom: Option<&[usize]>) -> Result<DebtsComparison> {
    if debts.is_empty() {
        return Err(Error::empty("debts"));
    }
    if debts.len() > MAX_DEBTS {
        return Err(Error::TooMany { field: "debts".into(), max: MAX_DEBTS });
    }
    let minimums: Decimal = debts.iter().map(|d| d.minimum.min(d.balance)).sum();
    let mut avalanche: Vec<usize> = (0..debts.len()).collect();
    super::sort::sort_by(&mut avalanche, |&a, &b| {
        debts[b].annual_percent.cmp(&debts[a].annual_percent).then(debts[a].balance.cmp(&debts[b].balance))
    });
    let mut snowball: Vec<usize> = (0..debts.len()).collect();
    super::sort::sort_by(&mut snowball, |&a, &b| {
        debts[a].balance.cmp(&debts[b].balance).then(debts[b].annual_percent.cmp(&debts[a].annual_percent))
    });
    let mut plans =
        vec![simulate(debts, budget, "avalanche", avalanche)?, simulate(debts, budget, "snowball", snowball)?];
    if let Some(order) = custom {
        let mut seen = vec![false; debts.len()];
        for &k in order {
            if k >= debts.len() || std::mem::replace(&mut seen[k], true) {
                return Err(Error::UnknownChoice { field: "order".into(), value: k.to_string() });
            }
        }
        // Debts the custom order leaves out come last, in input order.
        let mut seq: Vec<usize> = order.to_vec();
        seq.extend((0..debts.len()).filter(|k| !seen[*k]));
        plans.push(simulate(debts, budget, "custom", seq)?);
    }
    let best = (0..plans.len())
        .filter(|&k| plans[k].months.is_some())
        .min_by_key(|&k| (plans[k].total_interest, plans[k].months));
    let shortfall = (minimums - budget).max(Decimal::ZERO);
    let mut keep_first = Vec::new();
    if shortfall > Decimal::ZERO {
        let mut dear: Vec<usize> =
            (0..debts.len()).filter(|&k| debts[k].minimum.min(debts[k].balance) > Decimal::ZERO).collect();
        super::sort::sort_by(&mut dear, |&a, &b| {
            debts[b].annual_percent.cmp(&debts[a].annual_percent).then(debts[a].minimum.cmp(&debts[b].minimum))
        });
        let mut left = budget;
        for k in dear {
            let m = debts[k].minimum.min(debts[k].balance);
            if m <= left {
                left -= m;
                keep_first.push(k);
            }
        }
    }
    Ok(DebtsComparison { budget, minimums, plans, best, shortfall, keep_first })
}

fn simulate(debts: &[DebtItem], budget: Decimal, order: &'static str, sequence: Vec<usize>) -> Result<OrderPlan> {
    let mut bal: Vec<Decimal> = debts.iter().map(|d| d.balance).collect();
    let mut cleared: Vec<Option<u32>> = bal.iter().map(|b| b.is_zero().then_some(0)).collect();
    let (mut interest_total, mut paid_total) = (Decimal::ZERO, Decimal::ZERO);
    let mut months = None;
    for month in 1..=HORIZON {
        if bal.iter().all(|b| b.is_zero()) {
            months = Some(month - 1);
            break;
        }
        for (b, d) in bal.iter_mut().zip(debts) {
            if !b.is_zero() {
                let i = round2(checked::mul(*b, d.annual_percent, FIELD)? / Decimal::from(1200));
                *b = checked::add(*b, i, FIELD)?;
                interest_total = checked::add(interest_total, i, FIELD)?;
            }
        }
        let mut left = budget;
        for (b, d) in bal.iter_mut().zip(debts) {
            let pay = d.minimum.min(*b).min(left.max(Decimal::ZERO));
            *b -= pay;
            left -= pay;
        }
        for &k in &sequence {
            let pay = bal[k].min(left.max(Decimal::ZERO));
            bal[k] -= pay;
            left -= pay;
        }
        paid_total += budget - left.max(Decimal::ZERO);
        for (k, b) in bal.iter().enumerate() {
            if b.is_zero() && cleared[k].is_none() {
                cleared[k] = Some(month);
            }
        }
    }
    if months.is_none() && bal.iter().all(|b| b.is_zero()) {
        months = Some(HORIZON);
    }
    Ok(OrderPlan {
        order,
        sequence,
        months,
        total_interest: interest_total,
        total_paid: paid_total,
        cleared_in_month: cleared,
    })
}
