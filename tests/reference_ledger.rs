//! The engine against the independent reference ledger (`tests/reference/mod.rs`) on random
//! cases, to the cent: totals by bucket, every payment's split, every installment, and the
//! 24 % line's allowance, charges and excess. Prints how many cases agreed.
//! `REFERENCE_CASES=n` runs more; `REFERENCE_SEED=s` another sequence.

mod reference;

use overdue_calc::engine::date::Date;
use overdue_calc::engine::overdue::{overdue, Case, Debt};
use overdue_calc::engine::rate::{Rate, RateUnit};
use overdue_calc::engine::schedule::{InterestBasis, Loan, Method};
use overdue_calc::engine::terms::{
    Allocation, Compounding, FeeBase, FeeFrequency, LateFee, LenderType, Penalty, PenaltyBase, Terms,
};
use reference::{cents, Fee, Freq, Order};
use rust_decimal::Decimal;

/// xorshift64*: small, deterministic, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
    fn money(&mut self, max_yuan: u64) -> Decimal {
        Decimal::new(self.below(max_yuan * 100) as i64 + 1, 2)
    }
    fn pick<T: Copy>(&mut self, xs: &[T]) -> T {
        xs[self.below(xs.len() as u64) as usize]
    }
}

fn day(y: i32, m: u32, d: u32) -> Date {
    Date::ymd(y, m, d).expect("valid")
}

/// One random case as the engine takes it and as the reference takes it.
fn draw(r: &mut Rng) -> (Case, reference::Case) {
    let annual =
        r.pick(&[Decimal::ZERO, Decimal::new(12, 0), Decimal::new(146, 1), Decimal::new(18, 0), Decimal::new(365, 1)]);
    let basis = r.pick(&[360u32, 365]);
    let rate = Rate { percent: annual, unit: RateUnit::Year, day_basis: basis };
    let daily = annual / Decimal::ONE_HUNDRED / Decimal::from(basis);
    let (penalty, penalty_daily) = if r.chance(70) {
        let m = r.pick(&[Decimal::ONE, Decimal::new(13, 1), Decimal::new(15, 1), Decimal::new(2, 0)]);
        (Penalty::Multiplier(m), daily * m)
    } else {
        let p = r.pick(&[Decimal::new(5, 2), Decimal::new(7, 2), Decimal::new(3, 2)]);
        (Penalty::Rate(Rate { percent: p, unit: RateUnit::Day, day_basis: 365 }), p / Decimal::ONE_HUNDRED)
    };
    let on_installment = r.chance(50);
    let monthly_compounding = r.chance(30);
    let fee = if r.chance(55) {
        let freq = r.pick(&[Freq::Once, Freq::Monthly, Freq::Daily]);
        let percent = if freq == Freq::Daily {
            r.pick(&[Decimal::new(15, 3), Decimal::new(5, 2)])
        } else {
            r.pick(&[Decimal::new(5, 0), Decimal::new(3, 0)])
        };
        Some(Fee {
            percent,
            fixed: if r.chance(20) { Decimal::new(5, 0) } else { Decimal::ZERO },
            min: if r.chance(40) { Decimal::new(10, 0) } else { Decimal::ZERO },
            max: if r.chance(40) { Some(r.money(80)) } else { None },
            freq,
            on_minimum: r.chance(30),
        })
    } else {
        None
    };
    let grace = r.pick(&[0i64, 0, 1, 3, 10]);
    let order = r.pick(&[Order::ChargesFirst, Order::PrincipalFirstAfter90, Order::ByInstallment]);
    let round_daily = r.chance(20);
    let first = day(2024, 1, 1).add_days(r.below(700) as i64).expect("in range");
    let detailed = r.chance(45);
    // Mostly after the first due date; in detailed mode sometimes before it (nothing due yet).
    let early = detailed && r.chance(5);
    let as_of = first.add_days(r.below(420) as i64 - if early { 60 } else { 0 }).expect("in range");
    let (debt, installments, open, loan_start) = if detailed {
        let months = 1 + r.below(12) as u32;
        let method = r.pick(&[0u8, 1, 2]);
        let start = first.add_months(0).expect("in range").add_days(-31).expect("in range");
        let principal = r.money(50_000);
        let m = [Method::Annuity, Method::EqualPrincipal, Method::InterestOnly][method as usize];
        let loan = Loan { principal, rate, months, method: m, start, basis: InterestBasis::Monthly };
        let monthly = annual / Decimal::ONE_HUNDRED / Decimal::from(12);
        let plan = reference::schedule(principal, monthly, months, method, start);
        let insts = plan.into_iter().map(|(d, p, i)| (d, p, i, None)).collect();
        (Debt::Detailed { loan }, insts, Decimal::ZERO, Some(start))
    } else {
        let p = r.money(30_000);
        let i = if r.chance(50) { r.money(500) } else { Decimal::ZERO };
        let nd = if r.chance(30) { r.money(20_000) } else { Decimal::ZERO };
        let on_minimum = fee.is_some_and(|f| f.on_minimum);
        let minimum = (on_minimum || r.chance(20)).then(|| cents((p + i) / Decimal::TEN).max(Decimal::ONE));
        let debt = Debt::Quick {
            overdue_principal: p,
            overdue_interest: i,
            first_overdue: first,
            not_due_principal: nd,
            minimum_payment: minimum,
        };
        (debt, vec![(first, p, i, minimum)], nd, None)
    };
    let begin =
        installments.iter().map(|x: &(Date, Decimal, Decimal, Option<Decimal>)| x.0).min().unwrap_or(first).min(as_of);
    let span = begin.days_until(as_of).max(0) as u64;
    let mut payments = Vec::new();
    for _ in 0..r.below(5) {
        let on = begin.add_days(r.below(span + 1) as i64).expect("in range");
        let amount = if r.chance(50) { r.money(300) } else { r.money(20_000) };
        payments.push((on, amount));
    }
    payments.sort_by_key(|p| p.0);
    let terms = Terms {
        rate,
        penalty,
        penalty_base: if on_installment { PenaltyBase::Installment } else { PenaltyBase::Principal },
        compounding: if monthly_compounding { Compounding::Monthly } else { Compounding::None },
        late_fee: fee.map(|f| LateFee {
            percent: f.percent,
            fixed: f.fixed,
            min: f.min,
            max: f.max,
            frequency: match f.freq {
                Freq::Once => FeeFrequency::Once,
                Freq::Monthly => FeeFrequency::Monthly,
                Freq::Daily => FeeFrequency::Daily,
            },
            base: if f.on_minimum { FeeBase::Minimum } else { FeeBase::Installment },
        }),
        grace_days: grace as u32,
        accelerate_after_days: None,
        channel_closed_from: None,
        allocation: match order {
            Order::ChargesFirst => Allocation::ChargesFirst,
            Order::PrincipalFirstAfter90 => Allocation::PrincipalFirstAfter90,
            Order::ByInstallment => Allocation::ByInstallment,
        },
        round_daily,
        lender: LenderType::Licensed,
        overdue_rate_agreed: true,
        statement_billing: false,
    };
    let case = Case {
        as_of,
        debt,
        payments: payments.clone(),
        terms,
        contract_date: None,
        filing_date: None,
        posting_date: None,
        lpr_extra: vec![],
    };
    let refc = reference::Case {
        as_of,
        daily,
        penalty_daily,
        on_installment,
        monthly_compounding,
        fee,
        grace,
        order,
        round_daily,
        installments,
        open,
        open_since: first,
        loan_start,
        payments,
    };
    (case, refc)
}

/// Compares one case; an `Err` says what differed.
fn compare(case: &Case, refc: &reference::Case) -> Result<(), String> {
    let e = overdue(case).map_err(|e| format!("engine error {e}"))?;
    let r = reference::run(refc);
    let t = &e.totals;
    let pairs = [
        ("penalty", t.penalty, r.penalty()),
        ("compound", t.compound, r.compound()),
        ("fees", t.fees, r.fees()),
        ("credit", t.credit, r.credit),
        ("total", t.total, r.total(&refc.installments)),
    ];
    for (name, a, b) in pairs {
        if a != b {
            return Err(format!("{name}: engine {a}, reference {b}"));
        }
    }
    if e.payments.len() != r.paid.len() {
        return Err(format!("payments: engine {}, reference {}", e.payments.len(), r.paid.len()));
    }
    for (k, (a, b)) in e.payments.iter().zip(&r.paid).enumerate() {
        let got = [a.to_fees, a.to_penalty, a.to_compound, a.to_interest, a.to_principal, a.to_not_due, a.to_credit];
        let want = [b.fees, b.penalty, b.compound, b.interest, b.principal, b.not_due, b.credit];
        if got != want {
            return Err(format!("payment {k}: engine {got:?}, reference {want:?}"));
        }
    }
    for (k, (a, b)) in e.installments.iter().zip(&r.insts).enumerate() {
        let got = [a.principal, a.interest, a.penalty, a.compound, a.fees];
        let want = [b.principal, b.interest, cents(b.penalty), cents(b.compound), cents(b.fees)];
        if got != want {
            return Err(format!("installment {k}: engine {got:?}, reference {want:?}"));
        }
    }
    let (allowed, charges, excess) = r.line();
    let l = &e.legal.lines[0];
    if (l.allowed, l.charges, l.excess) != (allowed, charges, excess) {
        return Err(format!(
            "24 % line: engine {} / {} / {}, reference {allowed} / {charges} / {excess}",
            l.allowed, l.charges, l.excess
        ));
    }
    Ok(())
}

#[test]
fn the_engine_agrees_with_the_reference_ledger_to_the_cent() {
    let cases: u64 = std::env::var("REFERENCE_CASES").ok().and_then(|s| s.parse().ok()).unwrap_or(3000);
    let seed: u64 = std::env::var("REFERENCE_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(20261129);
    let mut r = Rng(seed | 1);
    let mut agreed = 0;
    let mut failures = Vec::new();
    for n in 0..cases {
        let (case, refc) = draw(&mut r);
        match compare(&case, &refc) {
            Ok(()) => agreed += 1,
            Err(why) if failures.len() < 5 => failures.push(format!("case {n}: {why}\n{case:?}")),
            Err(_) => {}
        }
    }
    println!("reference ledger: {agreed} of {cases} random cases agree to the cent (seed {seed})");
    assert!(failures.is_empty(), "{} disagree; first:\n{}", cases - agreed, failures.join("\n\n"));
}
