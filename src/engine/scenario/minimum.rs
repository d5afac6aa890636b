//! 最低还款 (cards): month by month, interest on the whole balance compounding monthly, then
//! the larger of a percentage of the balance and a fixed minimum. When that never clears
//! the debt, the answer is the payment that stops it growing and the one that clears it
//! in 36 months, instead of "never".

use super::{push, Flow};
use crate::engine::date::Date;
use crate::engine::error::Result;
use crate::engine::money::{checked, round2, ser_cents};
use crate::engine::rate::Rate;
use rust_decimal::Decimal;

/// What the minimum-payment path looks like.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MinimumInfo {
    /// Months until the balance is 0, or `None` if it never clears within 50 years.
    pub months_to_clear: Option<u32>,
    /// The smallest monthly payment that keeps the balance from growing.
    #[serde(serialize_with = "ser_cents")]
    pub stop_growth_payment: Decimal,
    /// The level monthly payment that clears the balance in 36 months.
    #[serde(serialize_with = "ser_cents")]
    pub clear_in_36_payment: Decimal,
    /// The first month's minimum payment.
    #[serde(serialize_with = "ser_cents")]
    pub first_minimum: Decimal,
}

const HORIZON: u32 = 600;
const FIELD: &str = "minimumPayment";

/// Simulates minimum payments from `start`. A path that never clears is replaced by the
/// 36-month level plan, so the flows stay finite and comparable.
pub fn simulate(
    balance: Decimal,
    percent: Decimal,
    amount: Decimal,
    rate: Rate,
    start: Date,
) -> Result<(Vec<Flow>, MinimumInfo)> {
    let daily = rate.daily();
    let monthly = daily * Decimal::from(365) / Decimal::from(12);
    let stop_growth = round_up(balance * monthly);
    let clear_36 = level_payment(balance, monthly, 36)?;
    let mut flows = Vec::new();
    let mut b = balance.max(Decimal::ZERO);
    let mut cleared = None;
    let mut first_minimum = Decimal::ZERO;
    let mut prev = start;
    for k in 1..=HORIZON {
        if b.is_zero() {
            cleared = Some(k - 1);
            break;
        }
        let due = start.add_months(k)?;
        let interest =
            round2(checked::mul(checked::mul(b, daily, FIELD)?, Decimal::from(prev.days_until(due)), FIELD)?);
        b = checked::add(b, interest, FIELD)?;
        let min = round2(b * percent / Decimal::ONE_HUNDRED).max(amount).min(b);
        if k == 1 {
            first_minimum = min;
        }
        b -= min;
        push(&mut flows, due, min);
        prev = due;
        if b > balance * Decimal::from(1000) {
            break; // growing without bound: never clears
        }
    }
    if cleared.is_none() && b.is_zero() {
        cleared = Some(flows.len() as u32);
    }
    let info = MinimumInfo {
        months_to_clear: cleared,
        stop_growth_payment: stop_growth,
        clear_in_36_payment: clear_36,
        first_minimum,
    };
    if cleared.is_none() {
        flows = (1..=36).filter_map(|k| start.add_months(k).ok()).map(|date| Flow { date, amount: clear_36 }).collect();
    }
    Ok((flows, info))
}

fn round_up(x: Decimal) -> Decimal {
    x.round_dp_with_strategy(2, rust_decimal::RoundingStrategy::AwayFromZero)
}

/// The level payment clearing `b` in `n` months at monthly rate `r`, rounded up a cent.
fn level_payment(b: Decimal, r: Decimal, n: u32) -> Result<Decimal> {
    if r.is_zero() {
        return Ok(round_up(b / Decimal::from(n)));
    }
    let g = checked::powi(Decimal::ONE + r, n, FIELD)?;
    Ok(round_up(checked::div(checked::mul(b * r, g, FIELD)?, g - Decimal::ONE, FIELD)?))
}
