//! The overdue ledger (SPEC §4): one simulation that every overdue figure, the deduction
//! audit and the cost of waiting are read from. It moves from event to event (a due date,
//! a payment, a grace end, a fee or compounding anniversary, acceleration, a snapshot);
//! between two events no balance changes, so accruing `base × rate × days` over the span
//! equals accruing day by day, and with `roundDaily` each day's amount is rounded first.
//!
//! Order of work on an event day: installments fall due → monthly capitalisation → grace
//! ends (pending charges confirmed, first late fee) → monthly late fees → payments →
//! acceleration → snapshot. Accrual for a day `d` covers `[d, d+1)` and so uses the
//! balance after that day's payments: a payment on the due date is 0 days overdue.

mod allocate;
mod charges;
mod state;

pub use allocate::PaymentRecord;
pub use state::{Inst, Installment, OpenPrincipal, Totals};

use super::date::Date;
use super::error::{Error, Result};
use super::money::round2;
use super::terms::{FeeFrequency, PenaltyBase, Terms};
use rust_decimal::Decimal;

/// Everything the ledger needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    pub terms: Terms,
    /// Sorted by due date.
    pub installments: Vec<Installment>,
    /// Quick mode's principal not yet due.
    pub open: Option<OpenPrincipal>,
    /// Detailed mode: the loan's start, for interest accrued in the current period.
    pub loan_start: Option<Date>,
    /// Payments and deductions, sorted by date.
    pub payments: Vec<(Date, Decimal)>,
    /// Legal lines by period; each line gets an allowance per installment and period.
    pub periods: crate::engine::legal::Periods,
    /// Accrue no charges from this date on (民法典 art. 589 during a refused payment).
    pub suspend_from: Option<Date>,
}

/// The ledger's answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Run {
    /// Installments as of `as_of`.
    pub insts: Vec<Inst>,
    pub open: Option<OpenPrincipal>,
    pub credit: Decimal,
    /// Totals at `as_of` and at each snapshot date, in date order.
    pub totals: Vec<(Date, Totals)>,
    pub payments: Vec<PaymentRecord>,
    pub first_missed: Option<Date>,
    pub accelerated_on: Option<Date>,
}

impl Run {
    /// The totals on `date` (a snapshot date or `as_of`).
    pub fn at(&self, date: Date) -> Option<&Totals> {
        self.totals.iter().find(|(d, _)| *d == date).map(|(_, t)| t)
    }
}

/// The most events one run may process: far above any real case (600 installments with
/// monthly fees over 50 years), it bounds the work of any input.
const MAX_EVENTS: usize = 400_000;

/// Runs the ledger to `as_of` and on to the last snapshot date.
pub fn run(input: &Input, as_of: Date, snapshots: &[Date]) -> Result<Run> {
    let mut sim = Sim::new(input);
    let end = snapshots.iter().copied().chain([as_of]).max().unwrap_or(as_of);
    let start = sim.start().map_or(as_of, |s| s.min(as_of));
    let mut marks: Vec<Date> = snapshots.iter().copied().chain([as_of]).collect();
    super::sort::sort_by_key(&mut marks, |d| *d);
    marks.dedup();
    let mut full = None;
    let mut totals = Vec::new();
    let mut day = start;
    let mut events = 0usize;
    loop {
        sim.process(day)?;
        if marks.binary_search(&day).is_ok() {
            totals.push((day, sim.totals(day)?));
        }
        if day == as_of {
            full = Some((sim.insts.clone(), sim.open.clone(), sim.credit, sim.records.len()));
        }
        if day >= end {
            break;
        }
        let next = sim.next_event(day, &marks, end);
        sim.accrue(day, next)?;
        day = next;
        events += 1;
        if events > MAX_EVENTS {
            return Err(Error::too_large("asOf", "a shorter period"));
        }
    }
    let (insts, open, credit, n_records) = full.ok_or_else(|| Error::overflow("asOf"))?;
    let mut payments = sim.records;
    payments.truncate(n_records);
    Ok(Run {
        insts,
        open,
        credit,
        totals,
        payments,
        first_missed: sim.first_missed,
        accelerated_on: sim.accelerated_on,
    })
}

struct Sim<'a> {
    input: &'a Input,
    t: &'a Terms,
    insts: Vec<Inst>,
    open: Option<OpenPrincipal>,
    credit: Decimal,
    next_payment: usize,
    first_missed: Option<Date>,
    /// (k, date) of the next monthly capitalisation.
    next_cap: Option<(u32, Date)>,
    accelerated_on: Option<Date>,
    records: Vec<PaymentRecord>,
}

const FIELD: &str = "ledger";

impl<'a> Sim<'a> {
    fn new(input: &'a Input) -> Sim<'a> {
        let (lines, periods) = (input.periods.rates.len(), input.periods.count());
        let billing = input.terms.statement_billing;
        let new = |i: &Installment| Inst { billed: billing.then_some(Decimal::ZERO), ..Inst::new(i, lines, periods) };
        Sim {
            input,
            t: &input.terms,
            insts: input.installments.iter().map(new).collect(),
            open: input.open.clone(),
            credit: Decimal::ZERO,
            next_payment: 0,
            first_missed: None,
            next_cap: None,
            accelerated_on: None,
            records: Vec::new(),
        }
    }

    fn start(&self) -> Option<Date> {
        let dues = self.insts.iter().map(|i| i.interest_from.unwrap_or(i.due));
        let pays = self.input.payments.iter().map(|p| p.0);
        dues.chain(pays).chain(self.open.iter().map(|o| o.since)).min()
    }

    fn suspended(&self, d: Date) -> bool {
        self.input.suspend_from.is_some_and(|s| d >= s)
    }

    fn grace_end(&self, i: &Inst) -> Option<Date> {
        i.fell_due_on().add_days(i64::from(self.t.grace_days) + 1).ok()
    }

    /// The next day after `day` on which something happens, at most `end`.
    fn next_event(&self, day: Date, marks: &[Date], end: Date) -> Date {
        let mut next = end;
        let mut consider = |d: Option<Date>| {
            if let Some(d) = d {
                if d > day && d < next {
                    next = d;
                }
            }
        };
        consider(self.insts.iter().find(|i| !i.fell_due).map(|i| i.due));
        consider(self.input.payments.get(self.next_payment).map(|p| p.0));
        consider(marks.iter().copied().find(|m| *m > day));
        consider(self.input.suspend_from);
        consider(self.next_cap.map(|c| c.1));
        consider(self.input.periods.boundaries.iter().copied().find(|b| *b > day));
        let monthly = self.t.late_fee.is_some_and(|f| f.frequency == FeeFrequency::Monthly);
        for i in self.insts.iter().filter(|i| i.fell_due && !i.accelerated && i.unpaid() > Decimal::ZERO) {
            if !i.past_grace {
                consider(self.grace_end(i));
            } else if monthly {
                consider(i.due.add_months(i.fees_charged).ok());
            }
        }
        if let (Some(n), None) = (self.t.accelerate_after_days, self.accelerated_on) {
            if let Some(oldest) = self.oldest_unpaid() {
                consider(oldest.fell_due_on().add_days(i64::from(n)).ok());
            }
        }
        next
    }

    fn oldest_unpaid(&self) -> Option<&Inst> {
        self.insts.iter().filter(|i| i.fell_due && i.unpaid() > Decimal::ZERO).min_by_key(|i| i.fell_due_on())
    }

    fn process(&mut self, e: Date) -> Result<()> {
        self.fall_due(e);
        self.capitalise(e)?;
        self.grace_and_fees(e)?;
        while let Some(&(d, amount)) = self.input.payments.get(self.next_payment) {
            if d > e {
                break;
            }
            self.next_payment += 1;
            self.pay(e, amount)?;
        }
        if self.first_missed.is_none()
            && self.insts.iter().any(|i| i.fell_due && i.due <= e && i.unpaid() > Decimal::ZERO)
        {
            self.first_missed = Some(e);
            self.next_cap = e.add_months(1).ok().map(|d| (1, d));
        }
        if let (Some(n), None) = (self.t.accelerate_after_days, self.accelerated_on) {
            if self.oldest_unpaid().is_some_and(|o| o.fell_due_on().days_until(e) >= i64::from(n)) {
                self.accelerate(e);
            }
        }
        Ok(())
    }

    fn fall_due(&mut self, e: Date) {
        let installment_base = self.t.penalty_base == PenaltyBase::Installment;
        for i in self.insts.iter_mut().filter(|i| !i.fell_due && i.due <= e) {
            i.fell_due = true;
            if installment_base {
                i.cap_base = i.interest;
            }
            allocate::apply_credit(i, &mut self.credit, e);
        }
    }

    /// All principal not yet due falls due on `e`; contract interest stops.
    fn accelerate(&mut self, e: Date) {
        self.accelerated_on = Some(e);
        let installment_base = self.t.penalty_base == PenaltyBase::Installment;
        let mut prev = self.input.loan_start;
        let mut first = true;
        for idx in 0..self.insts.len() {
            if self.insts[idx].fell_due {
                prev = Some(self.insts[idx].due);
                continue;
            }
            let i = &mut self.insts[idx];
            i.interest = if first { pro_rata(i.interest, prev, i.due, e) } else { Decimal::ZERO };
            first = false;
            i.original_interest = i.interest;
            i.called_due = Some(e);
            i.fell_due = true;
            i.accelerated = true;
            i.past_grace = true;
            if installment_base {
                i.cap_base = i.interest;
            }
            allocate::apply_credit(i, &mut self.credit, e);
        }
        if let Some(o) = self.open.take() {
            let mut i = Inst::new(
                &Installment {
                    due: e,
                    principal: o.principal,
                    interest: round2(o.accrued),
                    minimum: None,
                    interest_from: None,
                },
                self.input.periods.rates.len(),
                self.input.periods.count(),
            );
            i.called_due = Some(e);
            i.billed = self.t.statement_billing.then_some(Decimal::ZERO);
            i.fell_due = true;
            i.accelerated = true;
            i.past_grace = true;
            if installment_base {
                i.cap_base = i.interest;
            }
            allocate::apply_credit(&mut i, &mut self.credit, e);
            self.insts.push(i);
        }
    }

    /// Contract interest accrued in the current period on principal not yet due.
    fn accrued_interest(&self, on: Date) -> Decimal {
        let mut prev = self.input.loan_start;
        for i in &self.insts {
            if !i.fell_due {
                return pro_rata(i.interest, prev, i.due, on);
            }
            prev = Some(i.due);
        }
        Decimal::ZERO
    }

    /// The breakdown on `on`. Checked: charges left to grow for decades can pass Decimal's range.
    fn totals(&self, on: Date) -> Result<Totals> {
        let add = |a: Decimal, b: Decimal| a.checked_add(b).ok_or_else(|| Error::overflow("total"));
        let mut t = Totals::default();
        for i in &self.insts {
            if i.fell_due {
                t.principal_overdue = add(t.principal_overdue, i.principal)?;
                t.interest_due = add(t.interest_due, i.interest)?;
                t.penalty = add(t.penalty, round2(i.penalty))?;
                t.compound = add(t.compound, round2(i.compound))?;
                t.fees = add(t.fees, round2(i.fees))?;
                let pending = add(add(round2(i.pending_penalty), round2(i.pending_compound))?, round2(i.pending_fees))?;
                t.pending = add(t.pending, pending)?;
            } else {
                t.principal_not_due = add(t.principal_not_due, i.principal)?;
            }
        }
        t.interest_accrued = self.accrued_interest(on);
        if let Some(o) = &self.open {
            t.principal_not_due = add(t.principal_not_due, o.principal)?;
            t.interest_accrued = add(t.interest_accrued, round2(o.accrued))?;
        }
        t.credit = self.credit;
        t.charges = add(add(t.penalty, t.compound)?, t.fees)?;
        let owed = [t.principal_not_due, t.interest_due, t.interest_accrued, t.charges];
        t.total = owed.into_iter().try_fold(t.principal_overdue, add)? - t.credit;
        Ok(t)
    }
}

/// The part of a period's interest earned by `on`: interest × elapsed / period, rounded.
fn pro_rata(interest: Decimal, period_start: Option<Date>, due: Date, on: Date) -> Decimal {
    let Some(start) = period_start else {
        return Decimal::ZERO;
    };
    let period = start.days_until(due);
    let elapsed = start.days_until(on).clamp(0, period.max(0));
    if period <= 0 {
        return Decimal::ZERO;
    }
    round2(interest * Decimal::from(elapsed) / Decimal::from(period))
}
