//! Applying a payment (冲抵顺序, SPEC §4 `allocation`). A payment is a posting point: every
//! accrued charge is rounded first, then the payment is split in whole cents.

use super::state::Inst;
use super::Sim;
use crate::engine::date::Date;
use crate::engine::error::Result;
use crate::engine::terms::Allocation;
use rust_decimal::Decimal;

/// How one payment or deduction was applied, and what was owed just before it.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PaymentRecord {
    pub date: Option<Date>,
    #[serde(serialize_with = "crate::engine::money::ser_cents")]
    pub amount: Decimal,
    /// Everything due at that moment (overdue principal, interest and charges).
    #[serde(serialize_with = "crate::engine::money::ser_cents")]
    pub owed_due: Decimal,
    /// Everything owed, due or not (the payoff), net of any credit.
    #[serde(serialize_with = "crate::engine::money::ser_cents")]
    pub owed_total: Decimal,
    #[serde(serialize_with = "crate::engine::money::ser_cents")]
    pub to_fees: Decimal,
    #[serde(serialize_with = "crate::engine::money::ser_cents")]
    pub to_penalty: Decimal,
    #[serde(serialize_with = "crate::engine::money::ser_cents")]
    pub to_compound: Decimal,
    #[serde(serialize_with = "crate::engine::money::ser_cents")]
    pub to_interest: Decimal,
    #[serde(serialize_with = "crate::engine::money::ser_cents")]
    pub to_principal: Decimal,
    /// Applied to principal and interest not yet due (prepayment).
    #[serde(serialize_with = "crate::engine::money::ser_cents")]
    pub to_not_due: Decimal,
    /// Overdue charges the first legal line allowed up to this moment, all installments.
    #[serde(serialize_with = "crate::engine::money::ser_cents")]
    pub allowed_before: Decimal,
    /// Left over after everything due: held as credit against later installments.
    #[serde(serialize_with = "crate::engine::money::ser_cents")]
    pub to_credit: Decimal,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Bucket {
    Fees,
    Penalty,
    Compound,
    Interest,
    Principal,
}

const CHARGES_FIRST: [Bucket; 5] =
    [Bucket::Fees, Bucket::Penalty, Bucket::Compound, Bucket::Interest, Bucket::Principal];
const PRINCIPAL_FIRST: [Bucket; 5] =
    [Bucket::Principal, Bucket::Interest, Bucket::Penalty, Bucket::Compound, Bucket::Fees];

/// Takes up to `*left` from one bucket of `i`, recording it in `rec`.
fn take(i: &mut Inst, b: Bucket, left: &mut Decimal, rec: &mut PaymentRecord) {
    let slot = match b {
        Bucket::Fees => &mut i.fees,
        Bucket::Penalty => &mut i.penalty,
        Bucket::Compound => &mut i.compound,
        Bucket::Interest => &mut i.interest,
        Bucket::Principal => &mut i.principal,
    };
    // With statement billing, interest not yet on a statement cannot absorb a payment.
    let reach = match (b, i.billed) {
        (Bucket::Fees | Bucket::Penalty | Bucket::Compound, Some(billed)) => billed,
        _ => *left,
    };
    let x = (*slot).min(*left).min(reach).max(Decimal::ZERO);
    if x.is_zero() {
        return;
    }
    *slot -= x;
    *left -= x;
    if let (Bucket::Fees | Bucket::Penalty | Bucket::Compound, Some(billed)) = (b, i.billed.as_mut()) {
        *billed -= x;
    }
    match b {
        Bucket::Fees => rec.to_fees += x,
        Bucket::Penalty => rec.to_penalty += x,
        Bucket::Compound => rec.to_compound += x,
        Bucket::Interest => rec.to_interest += x,
        Bucket::Principal => rec.to_principal += x,
    }
    match b {
        Bucket::Interest => i.interest_paid += x,
        Bucket::Principal => i.principal_paid += x,
        Bucket::Fees => {
            i.charges_paid += x;
            i.fees_paid += x;
        }
        _ => i.charges_paid += x,
    }
    if matches!(b, Bucket::Interest | Bucket::Principal) {
        if let Some(m) = i.minimum_unpaid.as_mut() {
            *m = (*m - x).max(Decimal::ZERO);
        }
    }
}

/// Marks an installment settled once its principal and interest are paid; charges still
/// pending in its grace period are waived (paid within grace: no penalty, no fee).
fn settle_check(i: &mut Inst, on: Date) {
    if i.unpaid().is_zero() && i.settled_on.is_none() {
        i.settled_on = Some(on);
        if !i.past_grace {
            i.drop_pending();
            i.pending_penalty = Decimal::ZERO;
            i.pending_compound = Decimal::ZERO;
            i.pending_fees = Decimal::ZERO;
        }
    }
    i.cap_base = i.cap_base.min(i.interest + i.penalty + i.compound);
}

/// Uses credit from earlier overpayments on an installment as it falls due.
pub(super) fn apply_credit(i: &mut Inst, credit: &mut Decimal, on: Date) {
    if credit.is_zero() {
        return;
    }
    let mut rec = PaymentRecord::default();
    take(i, Bucket::Interest, credit, &mut rec);
    take(i, Bucket::Principal, credit, &mut rec);
    settle_check(i, on);
}

impl Sim<'_> {
    pub(super) fn pay(&mut self, on: Date, amount: Decimal) -> Result<()> {
        for i in self.insts.iter_mut() {
            i.post();
        }
        if let Some(o) = self.open.as_mut() {
            o.accrued = crate::engine::money::round2(o.accrued);
        }
        let before = self.totals(on)?;
        let mut rec = PaymentRecord {
            date: Some(on),
            amount,
            owed_due: before.principal_overdue + before.interest_due + before.charges,
            owed_total: before.total,
            allowed_before: self
                .insts
                .iter()
                .map(|i| crate::engine::money::round2(i.allowed.first().map(|a| a.iter().sum()).unwrap_or_default()))
                .sum(),
            ..PaymentRecord::default()
        };
        let mut left = amount;
        let principal_first = self.t.allocation == Allocation::PrincipalFirstAfter90
            && self.oldest_unpaid().is_some_and(|o| o.fell_due_on().days_until(on) >= 90);
        let due: Vec<usize> = (0..self.insts.len()).filter(|&k| self.insts[k].fell_due).collect();
        if self.t.allocation == Allocation::ByInstallment {
            for &k in &due {
                for b in CHARGES_FIRST {
                    take(&mut self.insts[k], b, &mut left, &mut rec);
                }
            }
        } else {
            let order = if principal_first { PRINCIPAL_FIRST } else { CHARGES_FIRST };
            for b in order {
                for &k in &due {
                    take(&mut self.insts[k], b, &mut left, &mut rec);
                }
            }
        }
        for &k in &due {
            settle_check(&mut self.insts[k], on);
        }
        if let Some(o) = self.open.as_mut() {
            let x = o.accrued.min(left);
            o.accrued -= x;
            left -= x;
            let y = o.principal.min(left);
            o.principal -= y;
            left -= y;
            rec.to_not_due += x + y;
            if o.principal.is_zero() && o.accrued.is_zero() {
                self.open = None;
            }
        }
        if left > Decimal::ZERO {
            rec.to_credit = left;
            self.credit += left;
        }
        self.records.push(rec);
        Ok(())
    }
}
