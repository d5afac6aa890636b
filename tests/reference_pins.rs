//! Figures the e2e bad-input matrix reads off the page, recomputed by the independent
//! reference ledger (never by the engine), so the browser tests pin worked values.
//! The detailed case of `tests/e2e/badinput-case.test.js`: a bank loan (penalty × 1.5 on
//! principal and unpaid interest, grace 0, charges first), 12 %/yr on 360 days unless a row
//! changes it, 12 months from 2026-01-15, one 888.49 payment on 2026-02-15, as of 2026-06-14.

mod reference;

use overdue_calc::engine::date::Date;
use reference::{cents, Case, Order};
use rust_decimal::Decimal;
use std::str::FromStr;

fn day(s: &str) -> Date {
    Date::parse(s, "test").expect("date")
}

fn detailed(principal: &str, annual_percent: &str, months: u32) -> Decimal {
    let p = Decimal::from_str(principal).expect("number");
    let annual = Decimal::from_str(annual_percent).expect("number") / Decimal::ONE_HUNDRED;
    let daily = annual / Decimal::from(360);
    let start = day("2026-01-15");
    let plan = reference::schedule(p, annual / Decimal::from(12), months, 0, start);
    let c = Case {
        as_of: day("2026-06-14"),
        daily,
        penalty_daily: daily * Decimal::new(15, 1),
        on_installment: true,
        monthly_compounding: false,
        fee: None,
        grace: 0,
        order: Order::ChargesFirst,
        round_daily: false,
        installments: plan.iter().map(|(d, p, i)| (*d, *p, *i, None)).collect(),
        open: Decimal::ZERO,
        open_since: start,
        loan_start: Some(start),
        payments: vec![(day("2026-02-15"), Decimal::from_str("888.49").expect("number"))],
    };
    let installments = c.installments.clone();
    cents(reference::run(&c).total(&installments))
}

#[test]
fn the_e2e_detailed_figures_are_the_reference_ledgers() {
    // Principal typed as full-width １０００００.
    assert_eq!(detailed("100000", "12", 12).to_string(), "104573.03");
    // The rate at its 1000 %/yr limit.
    assert_eq!(detailed("10000", "1000", 12).to_string(), "150236.92");
    // 600 months.
    assert_eq!(detailed("10000", "12", 600).to_string(), "9608.25");
}
