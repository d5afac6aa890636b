//! An independent reference ledger for tests (issue 12): a plain day-by-day simulation
//! written from the rules of SPEC §2 and §4 and DESIGN.md "The ledger", not from the
//! engine's code. It calls no engine function (its own schedule, rounding and date
//! stepping use only `rust_decimal` and the `Date` type), walks every calendar day, and
//! keeps one plain record per installment. The engine moves from event to event; the two
//! must agree to the cent on every case the generator draws.
//!
//! Covered: quick and detailed mode (annuity, equal principal, interest-only schedules),
//! payments under each allocation order (charges first, principal first after 90 days,
//! installment by installment), grace, penalty on principal or on the whole installment,
//! monthly compounding, late fees once / monthly / daily (with a cap), daily rounding, and
//! the licensed lender's 24 % line. Not covered: acceleration, closed channels, statement
//! billing and posting dates (tested with hand-worked figures instead).

#![allow(dead_code)] // shared by several test binaries, each using part of it

use overdue_calc::engine::date::Date;
use rust_decimal::{Decimal, RoundingStrategy};

/// 四舍五入 to the cent: what SPEC §2 asks, written out again.
pub fn cents(x: Decimal) -> Decimal {
    x.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Order {
    ChargesFirst,
    PrincipalFirstAfter90,
    ByInstallment,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Freq {
    Once,
    Monthly,
    Daily,
}

#[derive(Clone, Copy, Debug)]
pub struct Fee {
    /// Percent of the base.
    pub percent: Decimal,
    pub fixed: Decimal,
    pub min: Decimal,
    pub max: Option<Decimal>,
    pub freq: Freq,
    /// Take the fee on the unpaid part of the card minimum instead of the unpaid installment.
    pub on_minimum: bool,
}

/// The case, in plain numbers.
#[derive(Clone, Debug)]
pub struct Case {
    pub as_of: Date,
    /// Contract daily rate as a fraction, and the penalty daily rate as a fraction.
    pub daily: Decimal,
    pub penalty_daily: Decimal,
    /// Penalty also on unpaid interest (and capitalised charges): 复利.
    pub on_installment: bool,
    pub monthly_compounding: bool,
    pub fee: Option<Fee>,
    pub grace: i64,
    pub order: Order,
    pub round_daily: bool,
    /// (due, principal, interest, card minimum) per installment, by due date.
    pub installments: Vec<(Date, Decimal, Decimal, Option<Decimal>)>,
    /// Quick mode's principal not yet due (bears the contract rate from `open_since`).
    pub open: Decimal,
    pub open_since: Date,
    /// Detailed mode: the loan's start, for interest accrued in the current period.
    pub loan_start: Option<Date>,
    pub payments: Vec<(Date, Decimal)>,
}

/// One installment's record.
#[derive(Clone, Debug, Default)]
pub struct Inst {
    pub due: Option<Date>,
    pub principal: Decimal,
    pub interest: Decimal,
    pub penalty: Decimal,
    pub compound: Decimal,
    pub fees: Decimal,
    /// Charges of days inside grace, not yet confirmed.
    pub held: [Decimal; 3],
    /// The part of interest and charges that bears the penalty rate (复利 base).
    pub compound_base: Decimal,
    pub late: bool,
    pub monthly_fees: u32,
    pub minimum_left: Option<Decimal>,
    pub settled: bool,
    pub charges_paid: Decimal,
    pub fees_paid: Decimal,
    /// Σ principal × 24 % / 365 for each day overdue.
    pub allowed: Decimal,
}

/// What a payment paid, bucket by bucket.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Paid {
    pub fees: Decimal,
    pub penalty: Decimal,
    pub compound: Decimal,
    pub interest: Decimal,
    pub principal: Decimal,
    pub not_due: Decimal,
    pub credit: Decimal,
}

/// The state on the as-of date.
#[derive(Clone, Debug, Default)]
pub struct Outcome {
    pub insts: Vec<Inst>,
    pub open: Decimal,
    pub open_interest: Decimal,
    pub credit: Decimal,
    pub paid: Vec<Paid>,
    /// Contract interest earned in the current period (detailed mode), posted.
    pub accrued_interest: Decimal,
}

impl Outcome {
    /// Σ over installments of each posted bucket.
    pub fn penalty(&self) -> Decimal {
        self.insts.iter().filter(|i| i.due.is_some()).map(|i| cents(i.penalty)).sum()
    }
    pub fn compound(&self) -> Decimal {
        self.insts.iter().filter(|i| i.due.is_some()).map(|i| cents(i.compound)).sum()
    }
    pub fn fees(&self) -> Decimal {
        self.insts.iter().filter(|i| i.due.is_some()).map(|i| cents(i.fees)).sum()
    }
    /// Everything owed, net of credit.
    pub fn total(&self, all: &[(Date, Decimal, Decimal, Option<Decimal>)]) -> Decimal {
        let mut t = Decimal::ZERO;
        for (k, i) in self.insts.iter().enumerate() {
            if i.due.is_some() {
                t += i.principal + i.interest + cents(i.penalty) + cents(i.compound) + cents(i.fees);
            } else {
                t += all[k].1;
            }
        }
        t + self.open + cents(self.open_interest) + self.accrued_interest - self.credit
    }
    /// The 24 % line: allowed, charges incurred, excess (Σ per installment, floored at 0).
    pub fn line(&self) -> (Decimal, Decimal, Decimal) {
        let mut out = (Decimal::ZERO, Decimal::ZERO, Decimal::ZERO);
        for i in self.insts.iter().filter(|i| i.due.is_some()) {
            let a = cents(i.allowed);
            let c = cents(i.penalty) + cents(i.compound) + cents(i.fees) + i.charges_paid;
            out.0 += a;
            out.1 += c;
            out.2 += (c - a).max(Decimal::ZERO);
        }
        out
    }
}

fn fee_amount(i: &Inst, f: &Fee) -> Decimal {
    let unpaid = i.principal + i.interest;
    let base = match (f.on_minimum, i.minimum_left) {
        (true, Some(m)) => m.max(Decimal::ZERO).min(unpaid),
        _ => unpaid,
    };
    if base.is_zero() {
        return Decimal::ZERO;
    }
    let mut x = (base * f.percent / Decimal::ONE_HUNDRED + f.fixed).max(f.min);
    if let Some(m) = f.max {
        x = x.min(m);
    }
    cents(x)
}

fn months_between(a: Date, b: Date) -> u32 {
    let mut m = 0;
    while a.add_months(m + 1).is_ok_and(|d| d <= b) {
        m += 1;
    }
    m
}

/// Walks every day from the first due date (or payment) to `as_of`.
pub fn run(c: &Case) -> Outcome {
    let mut o = Outcome {
        insts: c
            .installments
            .iter()
            .map(|(_, p, i, m)| Inst { principal: *p, interest: *i, minimum_left: *m, ..Inst::default() })
            .collect(),
        open: c.open,
        ..Outcome::default()
    };
    let mut start = c.installments.iter().map(|x| x.0).min().unwrap_or(c.as_of);
    if c.open > Decimal::ZERO {
        start = start.min(c.open_since);
    }
    for p in &c.payments {
        start = start.min(p.0);
    }
    start = start.min(c.as_of);
    let day_amount = |x: Decimal| if c.round_daily { cents(x) } else { x };
    let mut first_missed: Option<Date> = None;
    let mut caps_done = 0u32;
    let mut day = start;
    loop {
        // 1. Installments fall due; credit pays their interest, then principal.
        for (k, (due, ..)) in c.installments.iter().enumerate() {
            if *due == day {
                let i = &mut o.insts[k];
                i.due = Some(*due);
                if c.on_installment {
                    i.compound_base = i.interest;
                }
                for slot in [&mut i.interest, &mut i.principal] {
                    let x = (*slot).min(o.credit);
                    *slot -= x;
                    o.credit -= x;
                    if let Some(m) = i.minimum_left.as_mut() {
                        *m = (*m - x).max(Decimal::ZERO);
                    }
                }
                settle(i);
            }
        }
        // 2. A monthly anniversary of the first missed day: charges join the 复利 base.
        if c.monthly_compounding {
            if let Some(f) = first_missed {
                if f.add_months(caps_done + 1).is_ok_and(|d| d == day) {
                    caps_done += 1;
                    for i in o.insts.iter_mut().filter(|i| i.due.is_some() && i.late) {
                        i.penalty = cents(i.penalty);
                        i.compound = cents(i.compound);
                        i.fees = cents(i.fees);
                        i.compound_base = i.interest + i.penalty + i.compound;
                    }
                }
            }
        }
        // 3. Grace ends for unpaid installments (held charges confirmed, first fee); monthly fees.
        for i in o.insts.iter_mut() {
            let Some(due) = i.due else { continue };
            if (i.principal + i.interest).is_zero() {
                continue;
            }
            if !i.late {
                if due.days_until(day) <= c.grace {
                    continue;
                }
                i.late = true;
                i.penalty += std::mem::take(&mut i.held[0]);
                i.compound += std::mem::take(&mut i.held[1]);
                i.fees += std::mem::take(&mut i.held[2]);
                if let Some(f) = c.fee.filter(|f| f.freq != Freq::Daily) {
                    i.fees += fee_amount(i, &f);
                }
                i.monthly_fees = 1 + months_between(due, day);
            } else if let Some(f) = c.fee.filter(|f| f.freq == Freq::Monthly) {
                if due.add_months(i.monthly_fees).is_ok_and(|d| d <= day) {
                    i.fees += fee_amount(i, &f);
                    i.monthly_fees = 1 + months_between(due, day);
                }
            }
        }
        // 4. Payments of the day.
        for (_, amount) in c.payments.iter().filter(|p| p.0 == day) {
            let paid = pay(c, &mut o, day, *amount);
            o.paid.push(paid);
        }
        if first_missed.is_none() && o.insts.iter().any(|i| i.due.is_some() && !(i.principal + i.interest).is_zero()) {
            first_missed = Some(day);
        }
        if day >= c.as_of {
            break;
        }
        // 5. The day's accrual, on the balances after the day's events.
        for i in o.insts.iter_mut().filter(|i| i.due.is_some()) {
            i.allowed += i.principal * Decimal::new(24, 2) / Decimal::from(365);
            let pen = day_amount(i.principal * c.penalty_daily);
            let comp = day_amount(i.compound_base * c.penalty_daily);
            let mut fee = Decimal::ZERO;
            if let Some(f) = c.fee.filter(|f| f.freq == Freq::Daily) {
                let unpaid = i.principal + i.interest;
                let base = match (f.on_minimum, i.minimum_left) {
                    (true, Some(m)) => m.max(Decimal::ZERO).min(unpaid),
                    _ => unpaid,
                };
                fee = day_amount(base * f.percent / Decimal::ONE_HUNDRED);
                if let Some(max) = f.max {
                    fee = fee.min((max - i.fees - i.held[2] - i.fees_paid).max(Decimal::ZERO));
                }
            }
            if i.late {
                i.penalty += pen;
                i.compound += comp;
                i.fees += fee;
            } else {
                i.held[0] += pen;
                i.held[1] += comp;
                i.held[2] += fee;
            }
        }
        if o.open > Decimal::ZERO || o.open_interest > Decimal::ZERO {
            o.open_interest += day_amount(o.open * c.daily);
        }
        day = day.add_days(1).expect("in range");
    }
    // Contract interest earned so far in the current period (detailed mode), pro rata.
    if let Some(start) = c.loan_start {
        let mut prev = start;
        for (k, (due, _, interest, _)) in c.installments.iter().enumerate() {
            if o.insts[k].due.is_none() {
                let period = prev.days_until(*due);
                let elapsed = prev.days_until(c.as_of).clamp(0, period.max(0));
                if period > 0 {
                    o.accrued_interest = cents(*interest * Decimal::from(elapsed) / Decimal::from(period));
                }
                break;
            }
            prev = *due;
        }
    }
    o
}

fn settle(i: &mut Inst) {
    if (i.principal + i.interest).is_zero() && !i.settled {
        i.settled = true;
        if !i.late {
            i.held = [Decimal::ZERO; 3];
        }
    }
    i.compound_base = i.compound_base.min(i.interest + i.penalty + i.compound);
}

#[derive(Clone, Copy, PartialEq)]
enum B {
    Fees,
    Penalty,
    Compound,
    Interest,
    Principal,
}

fn take(i: &mut Inst, b: B, left: &mut Decimal, p: &mut Paid) {
    let (slot, sink) = match b {
        B::Fees => (&mut i.fees, &mut p.fees),
        B::Penalty => (&mut i.penalty, &mut p.penalty),
        B::Compound => (&mut i.compound, &mut p.compound),
        B::Interest => (&mut i.interest, &mut p.interest),
        B::Principal => (&mut i.principal, &mut p.principal),
    };
    let x = (*slot).min(*left).max(Decimal::ZERO);
    *slot -= x;
    *left -= x;
    *sink += x;
    match b {
        B::Interest | B::Principal => {
            if let Some(m) = i.minimum_left.as_mut() {
                *m = (*m - x).max(Decimal::ZERO);
            }
        }
        B::Fees => {
            i.charges_paid += x;
            i.fees_paid += x;
        }
        _ => i.charges_paid += x,
    }
}

/// A payment: every accrued charge is posted to the cent first (SPEC §2), then the money
/// goes bucket by bucket in the contract's order.
fn pay(c: &Case, o: &mut Outcome, day: Date, amount: Decimal) -> Paid {
    for i in o.insts.iter_mut() {
        i.penalty = cents(i.penalty);
        i.compound = cents(i.compound);
        i.fees = cents(i.fees);
    }
    o.open_interest = cents(o.open_interest);
    let mut p = Paid::default();
    let mut left = amount;
    let oldest =
        o.insts.iter().filter(|i| i.due.is_some() && !(i.principal + i.interest).is_zero()).filter_map(|i| i.due).min();
    let principal_first = c.order == Order::PrincipalFirstAfter90 && oldest.is_some_and(|d| d.days_until(day) >= 90);
    let charges_first = [B::Fees, B::Penalty, B::Compound, B::Interest, B::Principal];
    let principal_order = [B::Principal, B::Interest, B::Penalty, B::Compound, B::Fees];
    let due: Vec<usize> = (0..o.insts.len()).filter(|&k| o.insts[k].due.is_some()).collect();
    if c.order == Order::ByInstallment {
        for &k in &due {
            for b in charges_first {
                take(&mut o.insts[k], b, &mut left, &mut p);
            }
        }
    } else {
        for b in if principal_first { principal_order } else { charges_first } {
            for &k in &due {
                take(&mut o.insts[k], b, &mut left, &mut p);
            }
        }
    }
    for &k in &due {
        settle(&mut o.insts[k]);
    }
    let x = o.open_interest.min(left);
    o.open_interest -= x;
    left -= x;
    let y = o.open.min(left);
    o.open -= y;
    left -= y;
    p.not_due = x + y;
    p.credit = left;
    o.credit += left;
    p
}

/// An annuity, equal-principal or interest-only schedule at monthly rate `r` (SPEC §3),
/// written out again: (due, principal, interest).
pub fn schedule(p: Decimal, r: Decimal, n: u32, method: u8, start: Date) -> Vec<(Date, Decimal, Decimal)> {
    let level = match method {
        0 if r.is_zero() => cents(p / Decimal::from(n)),
        0 => {
            let g = (0..n).fold(Decimal::ONE, |g, _| g * (Decimal::ONE + r));
            cents(p * r * g / (g - Decimal::ONE))
        }
        _ => cents(p / Decimal::from(n)),
    };
    let mut balance = p;
    let mut out = Vec::new();
    for k in 1..=n {
        let interest = cents(if method == 2 { p * r } else { balance * r });
        let principal = if k == n {
            balance
        } else {
            match method {
                0 => (level - interest).max(Decimal::ZERO).min(balance),
                2 => Decimal::ZERO,
                _ => level.min(balance),
            }
        };
        balance -= principal;
        out.push((start.add_months(k).expect("in range"), principal, interest));
    }
    out
}
