//! What every result must keep (SPEC §3–§5), each checked against a figure recomputed
//! here from the result's own parts or from a second method (court fee by the 速算 formula,
//! pay-now against a separate `overdue` call). An `Err` names the broken invariant.

use overdue_calc::engine::audit::AuditResult;
use overdue_calc::engine::budget::Budget;
use overdue_calc::engine::court::{CourtFee, DelayInterest};
use overdue_calc::engine::date::Date;
use overdue_calc::engine::debts::{DebtItem, DebtsComparison};
use overdue_calc::engine::lpr::Fixing;
use overdue_calc::engine::overdue::OverdueResult;
use overdue_calc::engine::parse;
use overdue_calc::engine::scenario::Comparison;
use overdue_calc::engine::schedule::Schedule;
use rust_decimal::{Decimal, RoundingStrategy};
use serde_json::Value;

type R = Result<(), String>;

fn ensure(ok: bool, what: impl FnOnce() -> String) -> R {
    if ok {
        Ok(())
    } else {
        Err(what())
    }
}

/// Posted money has whole cents.
fn cents(x: Decimal, name: &str) -> R {
    ensure(x.round_dp(2) == x, || format!("{name} = {x} is not in whole cents"))
}

fn nonneg(x: Decimal, name: &str) -> R {
    ensure(!x.is_sign_negative() || x.is_zero(), || format!("{name} = {x} < 0"))?;
    cents(x, name)
}

fn round(x: Decimal) -> Decimal {
    x.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

/// §4: the breakdown adds up, every part is posted and not negative, and charges never
/// shrink with time (one more day, week, month).
pub fn overdue(r: &OverdueResult) -> R {
    let t = &r.totals;
    for (x, n) in [
        (t.principal_overdue, "principalOverdue"),
        (t.principal_not_due, "principalNotDue"),
        (t.interest_due, "interestDue"),
        (t.interest_accrued, "interestAccrued"),
        (t.penalty, "penalty"),
        (t.compound, "compound"),
        (t.fees, "fees"),
        (t.credit, "credit"),
    ] {
        nonneg(x, n)?;
    }
    ensure(t.charges == t.penalty + t.compound + t.fees, || "charges ≠ penalty + compound + fees".into())?;
    let sum = t.principal_overdue + t.principal_not_due + t.interest_due + t.interest_accrued + t.charges - t.credit;
    ensure(t.total == sum, || format!("total {} ≠ sum of parts {sum}", t.total))?;
    let mut before = t.total;
    for (g, n) in [(&r.next_day, "nextDay"), (&r.next_week, "nextWeek"), (&r.next_month, "nextMonth")] {
        ensure(g.total >= before, || format!("{n}.total {} < {before}: charges shrank", g.total))?;
        ensure(g.added == g.total - t.total, || format!("{n}.added ≠ total − today"))?;
        before = g.total;
    }
    for i in &r.installments {
        for (x, n) in [(i.principal, "principal"), (i.penalty, "penalty"), (i.fees, "fees"), (i.excess, "excess")] {
            nonneg(x, &format!("installments[{}].{n}", i.k))?;
        }
    }
    Ok(())
}

/// The cost of waiting one more day, week and month equals the total of a separate run of
/// the same case on that date (`on`): the snapshot figures are not sums the result adds.
pub fn growth(r: &OverdueResult, on: &dyn Fn(Date) -> Option<Decimal>) -> R {
    for (g, n) in [(&r.next_day, "nextDay"), (&r.next_week, "nextWeek"), (&r.next_month, "nextMonth")] {
        if let Some(total) = on(g.until) {
            ensure(g.total == total, || format!("{n}.total {} ≠ {total} computed on {}", g.total, g.until))?;
        }
    }
    Ok(())
}

/// §3: Σ principal = P exactly, balances ≥ 0 ending at 0, payment = principal + interest.
pub fn schedule(s: &Schedule, req: &Value) -> R {
    let p = req.get("principal").and_then(Value::as_str).and_then(|t| parse::amount(t, "p").ok());
    let sum: Decimal = s.periods.iter().map(|x| x.principal).sum();
    if let Some(p) = p {
        ensure(sum == p, || format!("Σ principal {sum} ≠ P {p}"))?;
    }
    for x in &s.periods {
        nonneg(x.balance, "balance")?;
        nonneg(x.interest, "interest")?;
        ensure(x.payment == x.principal + x.interest, || format!("period {}: payment ≠ principal + interest", x.k))?;
    }
    ensure(s.periods.last().is_some_and(|x| x.balance.is_zero()), || "final balance is not 0".into())?;
    ensure(s.total_payment == s.periods.iter().map(|x| x.payment).sum::<Decimal>(), || "total payment".into())?;
    ensure(s.total_interest == s.periods.iter().map(|x| x.interest).sum::<Decimal>(), || "total interest".into())
}

/// The audit: totals are the sums of their rows; nothing to reclaim exceeds what was taken.
pub fn audit(a: &AuditResult) -> R {
    overdue(&a.case)?;
    for (k, d) in a.deductions.iter().enumerate() {
        nonneg(d.to_reclaim, "toReclaim")?;
        nonneg(d.beyond_due, "beyondDue")?;
        ensure(d.to_reclaim <= d.amount, || {
            format!("deductions[{k}]: toReclaim {} > amount {}", d.to_reclaim, d.amount)
        })?;
    }
    // A second route to the money taken beyond everything owed: with one installment, no
    // principal not yet due and every deduction on or after its due date, what the audit
    // says to reclaim is exactly the credit the ledger holds.
    let one = a.case.installments.len() == 1 && a.case.totals.principal_not_due.is_zero();
    let due = a.case.installments.first().map(|i| i.due);
    let after_due = a.deductions.iter().all(|d| due.is_some_and(|due| d.date >= due));
    if one && after_due && a.case.payments.len() == a.deductions.len() {
        ensure(a.total_to_reclaim == a.case.totals.credit, || {
            format!("totalToReclaim {} ≠ the ledger's credit {}", a.total_to_reclaim, a.case.totals.credit)
        })?;
    }
    Ok(())
}

/// §5: paying now costs exactly the debt a separate `overdue` call reports for the same
/// case, and waiting costs exactly the debt a separate call reports on the later date.
pub fn compare(c: &Comparison, today: Option<&OverdueResult>, on: &dyn Fn(Date) -> Option<Decimal>) -> R {
    if let Some(o) = today {
        ensure(c.base.total == o.totals.total, || format!("base {} ≠ overdue total {}", c.base.total, o.totals.total))?;
    }
    for (k, res) in c.results.iter().enumerate() {
        let Some(m) = &res.metrics else { continue };
        nonneg(m.total_paid, "totalPaid")?;
        ensure(m.largest_payment <= m.total_paid, || format!("results[{k}]: largest payment > total"))?;
        if res.kind == "wait" {
            if let (Some(end), Some(f)) = (m.end_date, res.flows.first()) {
                if let Some(later) = on(end).filter(|t| *t > Decimal::ZERO) {
                    ensure(f.amount == later, || format!("wait pays {} ≠ debt {later} on {end}", f.amount))?;
                }
            }
        }
        ensure(res.flows.windows(2).all(|w| w[0].date <= w[1].date), || format!("results[{k}]: flows out of order"))?;
        if res.kind == "payNow" {
            // A debt overpaid into credit is paid with nothing.
            let owed = c.base.total.max(Decimal::ZERO);
            ensure(m.total_paid == owed, || format!("payNow pays {} ≠ debt {}", m.total_paid, c.base.total))?;
        }
    }
    let n = c.results.len();
    ensure(c.cheapest.is_none_or(|i| i < n) && c.cheapest_fitting.is_none_or(|i| i < n), || "index".into())
}

/// Capacity = income − expenses − other debt payments.
pub fn budget(b: &Budget) -> R {
    let out: Decimal = b.expenses.iter().chain(&b.other_debts).map(|l| l.amount).sum();
    ensure(b.capacity == b.income - out, || "capacity ≠ income − outgoings".into())
}

/// Every order pays each debt once, in a permutation of the list; a plan that clears
/// everything pays exactly the balances plus the interest it counted.
pub fn debts(d: &DebtsComparison, items: &[DebtItem]) -> R {
    let owed: Decimal = items.iter().map(|x| x.balance).sum();
    for p in &d.plans {
        if p.months.is_some() {
            let want = owed + p.total_interest;
            ensure(p.total_paid == want, || {
                format!("{}: paid {} ≠ balances + interest {want}", p.order, p.total_paid)
            })?;
        }
        let mut seq = p.sequence.clone();
        seq.sort_unstable();
        ensure(seq.iter().enumerate().all(|(i, &x)| i == x), || format!("{}: sequence is not a permutation", p.order))?;
        nonneg(p.total_interest, "totalInterest")?;
        nonneg(p.total_paid, "totalPaid")?;
    }
    ensure(d.best.is_none_or(|i| i < d.plans.len()), || "best index".into())
}

pub fn lpr(f: &Fixing) -> R {
    ensure(f.one_year > Decimal::ZERO && f.five_year > Decimal::ZERO, || "LPR not positive".into())
}

/// 诉讼费用交纳办法 art. 13 by the 速算 (quick-deduction) formula, a second method to the
/// engine's band-by-band sum.
pub fn court_fee(f: &CourtFee, amount: &str) -> R {
    let Ok(a) = parse::amount(amount, "amount") else { return Ok(()) };
    let quick: [(i64, i64, i64); 10] = [
        (10_000, 0, 50),
        (100_000, 25, -200),
        (200_000, 20, 300),
        (500_000, 15, 1300),
        (1_000_000, 10, 3800),
        (2_000_000, 9, 4800),
        (5_000_000, 8, 6800),
        (10_000_000, 7, 11_800),
        (20_000_000, 6, 21_800),
        (i64::MAX, 5, 41_800),
    ];
    let (_, permille, plus) = quick.iter().copied().find(|&(upto, _, _)| a <= Decimal::from(upto)).unwrap_or(quick[9]);
    let full = round(a * Decimal::new(permille, 3) + Decimal::from(plus));
    ensure(f.full == full, || format!("court fee {} ≠ {full} by the quick formula", f.full))?;
    let half = if f.halved { round(full / Decimal::TWO) } else { full };
    ensure(f.fee == half, || "halved fee".into())
}

/// 迟延履行: amount × 0.0175 % × days, when both were plain numbers.
pub fn delay_interest(d: &DelayInterest, amount: &str) -> R {
    let Ok(a) = amount.trim().parse::<Decimal>() else { return Ok(()) };
    let want = round(a * Decimal::new(175, 6) * Decimal::from(d.days));
    ensure(d.interest == want, || format!("delay interest {} ≠ {want}", d.interest))
}
