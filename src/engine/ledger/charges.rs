//! Charges: accrual over a span, monthly capitalisation, grace ends and late fees.

use super::state::Inst;
use super::{Sim, FIELD};
use crate::engine::date::Date;
use crate::engine::error::Result;
use crate::engine::money::{checked, round2};
use crate::engine::terms::{Compounding, FeeBase, FeeFrequency, LateFee};
use rust_decimal::Decimal;

impl Sim<'_> {
    /// Charges for the days `[from, to)`; balances are constant over the span.
    pub(super) fn accrue(&mut self, from: Date, to: Date) -> Result<()> {
        let days = Decimal::from(from.days_until(to));
        if days <= Decimal::ZERO {
            return Ok(());
        }
        let suspended = self.suspended(from);
        let t = self.t;
        let p = t.penalty_daily();
        let per_day = |x: Decimal| if t.round_daily { round2(x) } else { x };
        let periods = &self.input.periods;
        let period = periods.index(from);
        // A card bill with a posting date accrues (pending) from that date before it falls due.
        for i in self.insts.iter_mut().filter(|i| i.fell_due || i.interest_from.is_some_and(|f| f <= from)) {
            for (allowed, rates) in i.allowed.iter_mut().zip(&periods.rates) {
                let line = rates.get(period).copied().unwrap_or_default();
                let add = checked::mul(checked::mul(i.principal, line, FIELD)?, days, FIELD)? / Decimal::from(365);
                if let Some(a) = allowed.get_mut(period) {
                    *a = checked::add(*a, add, FIELD)?;
                }
            }
            i.principal_days = checked::add(i.principal_days, checked::mul(i.principal, days, FIELD)?, FIELD)?;
            if suspended {
                continue;
            }
            let pen = checked::mul(per_day(checked::mul(i.principal, p, FIELD)?), days, FIELD)?;
            let comp = checked::mul(per_day(checked::mul(i.cap_base, p, FIELD)?), days, FIELD)?;
            let mut fee = Decimal::ZERO;
            if let Some(lf) = t.late_fee.filter(|f| f.frequency == FeeFrequency::Daily && !i.accelerated) {
                let base = fee_base(i, lf.base);
                fee =
                    checked::mul(per_day(checked::mul(base, lf.percent / Decimal::ONE_HUNDRED, FIELD)?), days, FIELD)?;
                if let Some(max) = lf.max {
                    // The cap is on all the installment's fees: outstanding, pending and paid.
                    fee = fee.min((max - i.fees - i.pending_fees - i.fees_paid).max(Decimal::ZERO));
                }
            }
            i.incur(period, checked::add(checked::add(pen, comp, FIELD)?, fee, FIELD)?)?;
            if i.past_grace {
                i.penalty = checked::add(i.penalty, pen, FIELD)?;
                i.compound = checked::add(i.compound, comp, FIELD)?;
                i.fees = checked::add(i.fees, fee, FIELD)?;
            } else {
                i.pending_penalty = checked::add(i.pending_penalty, pen, FIELD)?;
                i.pending_compound = checked::add(i.pending_compound, comp, FIELD)?;
                i.pending_fees = checked::add(i.pending_fees, fee, FIELD)?;
            }
        }
        if let Some(o) = self.open.as_mut().filter(|_| !suspended) {
            let daily = per_day(checked::mul(o.principal, t.rate.daily(), FIELD)?);
            o.accrued = checked::add(o.accrued, checked::mul(daily, days, FIELD)?, FIELD)?;
        }
        Ok(())
    }

    /// A statement date (monthly anniversary of the first missed date): with monthly
    /// compounding, unpaid interest and charges join the base; with statement billing,
    /// the interest accrued so far is billed and payments can reach it.
    pub(super) fn capitalise(&mut self, e: Date) -> Result<()> {
        let compounding = self.t.compounding == Compounding::Monthly;
        if !compounding && !self.t.statement_billing {
            return Ok(());
        }
        let Some((k, date)) = self.next_cap else {
            return Ok(());
        };
        if date != e {
            return Ok(());
        }
        if !self.suspended(e) {
            for i in self.insts.iter_mut().filter(|i| i.fell_due && i.past_grace) {
                i.post();
                if compounding {
                    i.cap_base = checked::add(checked::add(i.interest, i.penalty, FIELD)?, i.compound, FIELD)?;
                }
                if i.billed.is_some() {
                    i.billed = Some(checked::add(checked::add(i.fees, i.penalty, FIELD)?, i.compound, FIELD)?);
                }
            }
        }
        let anchor = self.first_missed.unwrap_or(e);
        self.next_cap = anchor.add_months(k + 1).ok().map(|d| (k + 1, d));
        Ok(())
    }

    pub(super) fn grace_and_fees(&mut self, e: Date) -> Result<()> {
        let suspended = self.suspended(e);
        let grace = i64::from(self.t.grace_days);
        let fee = self.t.late_fee.filter(|f| f.frequency != FeeFrequency::Daily);
        let period = self.input.periods.index(e);
        for i in self.insts.iter_mut().filter(|i| i.fell_due && !i.accelerated && i.unpaid() > Decimal::ZERO) {
            if !i.past_grace {
                if i.due.days_until(e) <= grace {
                    continue;
                }
                i.past_grace = true;
                i.confirm_pending()?;
                i.penalty += std::mem::take(&mut i.pending_penalty);
                i.compound += std::mem::take(&mut i.pending_compound);
                i.fees += std::mem::take(&mut i.pending_fees);
                if let Some(lf) = fee.filter(|_| !suspended) {
                    let x = late_fee_amount(i, &lf)?;
                    i.fees = checked::add(i.fees, x, FIELD)?;
                    i.incur(period, x)?;
                }
                i.fees_charged = 1 + i.due.months_until(e);
            } else if let Some(lf) = fee.filter(|f| f.frequency == FeeFrequency::Monthly) {
                if i.due.add_months(i.fees_charged).is_ok_and(|d| d <= e) {
                    if !suspended {
                        let x = late_fee_amount(i, &lf)?;
                        i.fees = checked::add(i.fees, x, FIELD)?;
                        i.incur(period, x)?;
                    }
                    i.fees_charged = 1 + i.due.months_until(e);
                }
            }
        }
        Ok(())
    }
}

fn fee_base(i: &Inst, base: FeeBase) -> Decimal {
    match (base, i.minimum_unpaid) {
        (FeeBase::Minimum, Some(m)) => m.max(Decimal::ZERO).min(i.unpaid()),
        _ => i.unpaid(),
    }
}

/// One late fee: percent × base + fixed, at least `min`, at most `max`, posted.
fn late_fee_amount(i: &Inst, lf: &LateFee) -> Result<Decimal> {
    // A minimum paid in full owes no fee (the fee's floor applies only to a fee owed).
    if fee_base(i, lf.base).is_zero() {
        return Ok(Decimal::ZERO);
    }
    let raw =
        checked::add(checked::mul(fee_base(i, lf.base), lf.percent / Decimal::ONE_HUNDRED, FIELD)?, lf.fixed, FIELD)?;
    let mut fee = raw.max(lf.min);
    if let Some(max) = lf.max {
        fee = fee.min(max);
    }
    Ok(round2(fee))
}
