//! Helpers shared by the engine's integration tests.
#![allow(dead_code)]

use overdue_calc::engine::date::Date;
use overdue_calc::engine::overdue::{Case, Debt};
use overdue_calc::engine::rate::{Rate, RateUnit};
use overdue_calc::engine::terms::{preset, Terms};
use rust_decimal::Decimal;
use std::str::FromStr;

#[track_caller]
pub fn d(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

#[track_caller]
pub fn day(s: &str) -> Date {
    Date::parse(s, "test").unwrap()
}

#[track_caller]
pub fn money(x: Decimal, expected: &str) {
    let mut r = overdue_calc::engine::money::round2(x);
    r.rescale(2);
    assert_eq!(r.to_string(), expected);
}

/// Daily-quoted terms at `percent`/day, basis 365, from a preset with its grace removed.
pub fn daily_terms(percent: &str) -> Terms {
    Terms {
        rate: Rate { percent: d(percent), unit: RateUnit::Day, day_basis: 365 },
        grace_days: 0,
        ..preset("jiebei").unwrap()
    }
}

/// A quick-mode case.
pub fn quick(principal: &str, interest: &str, first: &str, as_of: &str, terms: Terms) -> Case {
    Case {
        as_of: day(as_of),
        debt: Debt::Quick {
            overdue_principal: d(principal),
            overdue_interest: d(interest),
            first_overdue: day(first),
            not_due_principal: Decimal::ZERO,
            minimum_payment: None,
        },
        payments: vec![],
        terms,
        contract_date: None,
        filing_date: None,
        posting_date: None,
        lpr_extra: vec![],
    }
}

/// A detailed-mode case: `principal` at `terms.rate` from 2026-01-15 over `months` annuity
/// installments, with `payments` (date, amount), counted to `as_of`.
pub fn detailed(principal: &str, months: u32, terms: Terms, payments: Vec<(&str, &str)>, as_of: &str) -> Case {
    use overdue_calc::engine::schedule::{InterestBasis, Loan, Method};
    let loan = Loan {
        principal: d(principal),
        rate: terms.rate,
        months,
        method: Method::Annuity,
        start: day("2026-01-15"),
        basis: InterestBasis::Monthly,
    };
    let mut c = quick("0", "0", "2026-01-15", as_of, terms);
    c.debt = Debt::Detailed { loan };
    c.payments = payments.into_iter().map(|(on, a)| (day(on), d(a))).collect();
    c
}

/// 协商分期 of the principal only (interest and charges paid on the case date), no down
/// payment: `months` payments by `method` at `percent` a month.
pub fn principal_installments(
    months: u32,
    method: overdue_calc::engine::schedule::Method,
    percent: &str,
) -> overdue_calc::engine::scenario::Scenario {
    overdue_calc::engine::scenario::Scenario::Installments {
        months,
        method,
        rate: Rate { percent: d(percent), unit: RateUnit::Month, day_basis: 360 },
        include: overdue_calc::engine::scenario::Included::default(),
        down: Decimal::ZERO,
        waive_rest: false,
    }
}

/// 停息挂账 of everything over `months`, no fee, no down payment (`card`: the 60-month limit).
pub fn freeze_all(months: u32, card: bool) -> overdue_calc::engine::scenario::Scenario {
    overdue_calc::engine::scenario::Scenario::Freeze {
        months,
        include: overdue_calc::engine::scenario::Included::ALL,
        down: Decimal::ZERO,
        fee_monthly: Decimal::ZERO,
        waive_rest: false,
        card,
    }
}
