//! Hand-checked ledger cases, one per parameter of SPEC §4. Every expected figure was
//! worked out by hand in the comment above it, not printed by the code.

mod common;
use common::*;
use overdue_calc::engine::overdue::{overdue, Debt};
use overdue_calc::engine::rate::{Rate, RateUnit};
use overdue_calc::engine::schedule::{InterestBasis, Loan, Method};
use overdue_calc::engine::terms::*;

#[test]
fn penalty_on_principal_for_thirty_days() {
    // 10 000 × 0.05 % × 1.5 × 30 = 225.00; total 10 000 + 100 + 225.
    let r = overdue(&quick("10000", "100", "2026-10-01", "2026-10-31", daily_terms("0.05"))).unwrap();
    money(r.totals.penalty, "225.00");
    money(r.totals.total, "10325.00");
    money(r.next_day.added, "7.50");
    money(r.next_week.added, "52.50");
    // 2026-10-31 → 2026-11-30 is 30 days.
    money(r.next_month.added, "225.00");
    assert_eq!(r.installments[0].days_overdue, 30);
    // 225 / (10 000 × 30) × 365 = 27.375 %.
    assert_eq!(r.charges_annual_percent.unwrap().round_dp(3), d("27.375"));
    let sp = r.simple_penalty.unwrap();
    assert_eq!((sp.principal, sp.days), (d("10000"), 30));
}

#[test]
fn paying_on_the_due_date_is_zero_days_overdue() {
    let mut c = quick("10000", "100", "2026-10-01", "2026-10-31", daily_terms("0.05"));
    c.payments = vec![(day("2026-10-01"), d("10100"))];
    let r = overdue(&c).unwrap();
    money(r.totals.total, "0.00");
    money(r.totals.penalty, "0.00");
}

#[test]
fn grace_waives_charges_when_paid_in_time_only() {
    let terms = Terms { grace_days: 3, ..daily_terms("0.05") };
    // Day 2 of grace: nothing confirmed; 2 × 7.50 = 15.00 pending.
    let r = overdue(&quick("10000", "100", "2026-10-01", "2026-10-03", terms.clone())).unwrap();
    money(r.totals.penalty, "0.00");
    money(r.totals.pending, "15.00");
    // Paid on day 3 (the last grace day): no penalty at all.
    let mut c = quick("10000", "100", "2026-10-01", "2026-10-10", terms.clone());
    c.payments = vec![(day("2026-10-04"), d("10100"))];
    money(overdue(&c).unwrap().totals.total, "0.00");
    // Paid on day 4: penalty counts from the due date, 4 × 7.50 = 30.00, and is paid first;
    // 10 100 − 30 − 100 = 9 970 to principal, 30.00 principal left.
    c.payments = vec![(day("2026-10-05"), d("10100"))];
    let r = overdue(&c).unwrap();
    assert_eq!(r.payments[0].to_penalty, d("30.00"));
    money(r.totals.principal_overdue, "30.00");
    // 30 × 0.075 % × 5 days (10-05 → 10-10) = 0.1125 → 0.11.
    money(r.totals.penalty, "0.11");
}

#[test]
fn installment_base_charges_compound_interest_on_unpaid_interest() {
    // 罚息 225.00 on principal; 复利 100 × 0.075 % × 30 = 2.25 on interest.
    let terms = Terms { penalty_base: PenaltyBase::Installment, ..daily_terms("0.05") };
    let r = overdue(&quick("10000", "100", "2026-10-01", "2026-10-31", terms)).unwrap();
    money(r.totals.penalty, "225.00");
    money(r.totals.compound, "2.25");
    money(r.totals.total, "10327.25");
}

#[test]
fn explicit_penalty_rate_replaces_the_multiplier() {
    // 0.1 %/day on 10 000 for 30 days = 300.00.
    let terms = Terms {
        penalty: Penalty::Rate(Rate { percent: d("0.1"), unit: RateUnit::Day, day_basis: 365 }),
        ..daily_terms("0.05")
    };
    money(overdue(&quick("10000", "0", "2026-10-01", "2026-10-31", terms)).unwrap().totals.penalty, "300.00");
}

#[test]
fn monthly_compounding_capitalises_on_the_anniversary() {
    // Card: 0.05 %/day × 1 on the bill. Jan 1 → Feb 1: 10 000 × 0.0005 × 31 = 155.00,
    // capitalised. Feb 1 → Mar 1: 10 000 × 0.0005 × 28 = 140.00 罚息 and
    // 155 × 0.0005 × 28 = 2.17 复利.
    let terms = Terms {
        penalty: Penalty::Multiplier(d("1")),
        penalty_base: PenaltyBase::Installment,
        compounding: Compounding::Monthly,
        ..daily_terms("0.05")
    };
    let r = overdue(&quick("10000", "0", "2026-01-01", "2026-03-01", terms)).unwrap();
    money(r.totals.penalty, "295.00");
    money(r.totals.compound, "2.17");
    money(r.totals.total, "10297.17");
}

fn fee(percent: &str, min: &str, max: Option<&str>, frequency: FeeFrequency, base: FeeBase) -> Option<LateFee> {
    Some(LateFee { percent: d(percent), fixed: d("0"), min: d(min), max: max.map(d), frequency, base })
}

#[test]
fn late_fee_once_monthly_minimum_and_cap() {
    let base = Terms { grace_days: 3, rate: Rate::zero(), ..daily_terms("0") };
    // Once: 5 % of the unpaid 1 000 = 50.00.
    let t = Terms { late_fee: fee("5", "0", None, FeeFrequency::Once, FeeBase::Installment), ..base.clone() };
    money(overdue(&quick("1000", "0", "2026-01-15", "2026-03-20", t)).unwrap().totals.fees, "50.00");
    // Monthly: at grace end 01-19, then 02-15 and 03-15: 3 × 50 = 150.00.
    let t = Terms { late_fee: fee("5", "0", None, FeeFrequency::Monthly, FeeBase::Installment), ..base.clone() };
    money(overdue(&quick("1000", "0", "2026-01-15", "2026-03-20", t)).unwrap().totals.fees, "150.00");
    // Card: 5 % of a 100 minimum is 5, raised to the minimum fee 10, three times.
    let t = Terms { late_fee: fee("5", "10", None, FeeFrequency::Monthly, FeeBase::Minimum), ..base.clone() };
    let mut c = quick("1000", "0", "2026-01-15", "2026-03-20", t);
    if let Debt::Quick { minimum_payment, .. } = &mut c.debt {
        *minimum_payment = Some(d("100"));
    }
    money(overdue(&c).unwrap().totals.fees, "30.00");
    // Max caps each charge: 5 % of 1 000 = 50, capped at 20, once.
    let t = Terms { late_fee: fee("5", "0", Some("20"), FeeFrequency::Once, FeeBase::Installment), ..base.clone() };
    money(overdue(&quick("1000", "0", "2026-01-15", "2026-03-20", t)).unwrap().totals.fees, "20.00");
    // Daily 0.015 % of 1 000 = 0.15/day; 01-15 → 01-25 is 10 days = 1.50.
    let t = Terms { late_fee: fee("0.015", "0", None, FeeFrequency::Daily, FeeBase::Installment), ..base };
    money(overdue(&quick("1000", "0", "2026-01-15", "2026-01-25", t)).unwrap().totals.fees, "1.50");
}

#[test]
fn acceleration_makes_all_principal_due_and_stops_interest() {
    // Overdue 1 000 + 50 from Jan 1, 9 000 not yet due at 0.05 %/day, accelerated after 30 days.
    // Installment: 1 000 × 0.075 % × 45 = 33.75. Not-due interest Jan 1 → Jan 31:
    // 9 000 × 0.05 % × 30 = 135.00, then 9 000 × 0.075 % × 15 = 101.25 penalty.
    let terms = Terms { accelerate_after_days: Some(30), ..daily_terms("0.05") };
    let mut c = quick("1000", "50", "2026-01-01", "2026-02-15", terms);
    if let Debt::Quick { not_due_principal, .. } = &mut c.debt {
        *not_due_principal = d("9000");
    }
    let r = overdue(&c).unwrap();
    assert_eq!(r.accelerated_on, Some(day("2026-01-31")));
    money(r.totals.principal_overdue, "10000.00");
    money(r.totals.interest_due, "185.00");
    money(r.totals.penalty, "135.00");
    money(r.totals.total, "10320.00");
    // Without acceleration: 9 000 × 0.05 % × 45 = 202.50 accrued, not due.
    c.terms.accelerate_after_days = None;
    let r = overdue(&c).unwrap();
    money(r.totals.interest_accrued, "202.50");
    money(r.totals.total, "10286.25");
}

#[test]
fn payment_allocation_orders() {
    // Day 10: penalty 75.00. 500 pays 75 penalty, 100 interest, 325 principal.
    // Then 9 675 × 0.075 % × 10 = 72.5625 → 72.56.
    let mut c = quick("10000", "100", "2026-01-01", "2026-01-21", daily_terms("0.05"));
    c.payments = vec![(day("2026-01-11"), d("500"))];
    let r = overdue(&c).unwrap();
    let p = &r.payments[0];
    assert_eq!((p.to_penalty, p.to_interest, p.to_principal), (d("75.00"), d("100"), d("325.00")));
    money(r.totals.total, "9747.56");
    // Principal first after 90 days: day 100 penalty = 750.00 stays, 500 goes to principal.
    let terms = Terms { allocation: Allocation::PrincipalFirstAfter90, ..daily_terms("0.05") };
    let mut c = quick("10000", "100", "2026-01-01", "2026-04-11", terms);
    c.payments = vec![(day("2026-04-11"), d("500"))];
    let r = overdue(&c).unwrap();
    assert_eq!(r.payments[0].to_principal, d("500"));
    money(r.totals.penalty, "750.00");
    money(r.totals.principal_overdue, "9500.00");
}

#[test]
fn round_daily_rounds_each_day() {
    // 花呗 style: 333.33 × 0.05 % = 0.1666665 → 0.17 a day; 10 days = 1.70 (1.67 unrounded).
    let terms = Terms {
        round_daily: true,
        penalty: Penalty::Rate(Rate { percent: d("0.05"), unit: RateUnit::Day, day_basis: 365 }),
        ..daily_terms("0")
    };
    money(overdue(&quick("333.33", "0", "2026-01-01", "2026-01-11", terms.clone())).unwrap().totals.penalty, "1.70");
    let terms = Terms { round_daily: false, ..terms };
    money(overdue(&quick("333.33", "0", "2026-01-01", "2026-01-11", terms)).unwrap().totals.penalty, "1.67");
}

#[test]
fn closed_channel_suspends_charges_under_article_589() {
    // Closed from day 10: lawful penalty 10 × 7.50 = 75.00 instead of 225.00.
    let terms = Terms { channel_closed_from: Some(day("2026-10-11")), ..daily_terms("0.05") };
    let r = overdue(&quick("10000", "100", "2026-10-01", "2026-10-31", terms)).unwrap();
    let c = r.closure.unwrap();
    money(c.total_claimed, "10325.00");
    money(c.total_lawful, "10175.00");
    money(c.saved, "150.00");
}

#[test]
fn legal_lines_licensed_and_private() {
    // Licensed, 24 %: allowed 10 000 × 24 % × 30 / 365 = 197.26; excess 225 − 197.26 = 27.74.
    let r = overdue(&quick("10000", "100", "2026-10-01", "2026-10-31", daily_terms("0.05"))).unwrap();
    money(r.legal.lines[0].allowed, "197.26");
    money(r.legal.lines[0].excess, "27.74");
    // No 36 % line for a licensed lender: no rule draws one (issue 11, finding 2).
    assert_eq!(r.legal.lines.len(), 1);
    // Private, contract 2026-01-01: LPR 3.00 % → 12 %: allowed 98.63, excess 126.37.
    let terms = Terms { lender: LenderType::Private, ..daily_terms("0.05") };
    let mut c = quick("10000", "100", "2026-10-01", "2026-10-31", terms);
    c.contract_date = Some(day("2026-01-01"));
    let r = overdue(&c).unwrap();
    assert_eq!(r.legal.lines[0].line.percent, d("12.00"));
    money(r.legal.lines[0].allowed, "98.63");
    money(r.legal.lines[0].excess, "126.37");
}

#[test]
fn private_excess_paid_reduces_principal() {
    // Private at 12 %: 30 days, penalty 225.00 paid in full on day 30 with 325 (225 penalty,
    // 100 interest). Allowed 98.63, so 126.37 paid above the line goes to principal.
    let terms = Terms { lender: LenderType::Private, ..daily_terms("0.05") };
    let mut c = quick("10000", "100", "2026-10-01", "2026-10-31", terms);
    c.contract_date = Some(day("2026-01-01"));
    c.payments = vec![(day("2026-10-31"), d("325"))];
    let p = overdue(&c).unwrap().legal.private.unwrap();
    money(p.excess_paid, "126.37");
    money(p.principal_after, "9873.63");
    money(p.refundable, "0.00");
}

#[test]
fn detailed_mode_annuity_with_three_paid_and_one_missed() {
    // 10 000 at 12 %/yr (360), 12 months from 2026-01-15, 888.49 a month. Periods:
    // 1: I 100.00 P 788.49 B 9211.51; 2: I 92.12 P 796.37 B 8415.14; 3: I 84.15 P 804.34
    // B 7610.80; 4 (missed 05-15): I 76.11 P 812.38, B 6798.42 not yet due.
    // Penalty 812.38 × (12 %/360 × 1.5 = 0.05 %) × 30 = 12.1857 → 12.19.
    // Period 5 interest 67.98, accrued 30 of 31 days = 65.79.
    let loan = Loan {
        principal: d("10000"),
        rate: Rate { percent: d("12"), unit: RateUnit::Year, day_basis: 360 },
        months: 12,
        method: Method::Annuity,
        start: day("2026-01-15"),
        basis: InterestBasis::Monthly,
    };
    let terms = Terms { rate: loan.rate, grace_days: 0, ..preset("bankLoan").unwrap() };
    let terms = Terms { penalty_base: PenaltyBase::Principal, ..terms };
    let mut c = quick("0", "0", "2026-01-15", "2026-06-14", terms);
    c.debt = Debt::Detailed { loan };
    c.payments = ["2026-02-15", "2026-03-15", "2026-04-15"].iter().map(|s| (day(s), d("888.49"))).collect();
    let r = overdue(&c).unwrap();
    money(r.totals.principal_overdue, "812.38");
    money(r.totals.interest_due, "76.11");
    money(r.totals.penalty, "12.19");
    money(r.totals.principal_not_due, "6798.42");
    money(r.totals.interest_accrued, "65.79");
    money(r.totals.total, "7764.89");
    assert_eq!(r.installments[3].days_overdue, 30);
    assert_eq!(r.first_missed, Some(day("2026-05-15")));
}

#[test]
fn late_fee_fixed_part_is_added_to_the_percentage() {
    // 1 % of 1 000 + 15 fixed = 25.00, once past grace.
    let t = Terms {
        late_fee: Some(LateFee {
            percent: d("1"),
            fixed: d("15"),
            min: d("0"),
            max: None,
            frequency: FeeFrequency::Once,
            base: FeeBase::Installment,
        }),
        rate: Rate::zero(),
        ..daily_terms("0")
    };
    money(overdue(&quick("1000", "0", "2026-01-15", "2026-02-01", t)).unwrap().totals.fees, "25.00");
}

#[test]
fn by_installment_allocation_clears_the_oldest_first() {
    // Two missed installments of 1 000 (Jan 15, Feb 15) from a 0 % schedule, with the terms'
    // penalty of 0.05 %/day × 1.5 = 0.075 %/day. On Mar 1 the first has 1 000 × 0.075 % × 45
    // = 33.75, the second 14 days = 10.50. 1 033.75 by installment clears the first
    // (33.75 + 1 000) and leaves the second untouched.
    let loan = Loan {
        principal: d("2000"),
        rate: Rate { percent: d("0"), unit: RateUnit::Year, day_basis: 360 },
        months: 2,
        method: Method::EqualPrincipal,
        start: day("2025-12-15"),
        basis: InterestBasis::Monthly,
    };
    let mut c = quick(
        "0",
        "0",
        "2025-12-15",
        "2026-03-01",
        Terms { allocation: Allocation::ByInstallment, ..daily_terms("0.05") },
    );
    c.debt = Debt::Detailed { loan };
    c.payments = vec![(day("2026-03-01"), d("1033.75"))];
    let r = overdue(&c).unwrap();
    // A zero-rate schedule has no interest: 1 000 + 33.75 clears the first installment.
    assert_eq!(r.installments[0].total, d("0.00"));
    money(r.installments[1].penalty, "10.50");
    money(r.installments[1].principal, "1000.00");
    c.terms.allocation = Allocation::ChargesFirst;
    let r = overdue(&c).unwrap();
    // Charges first: both penalties (44.25) go first, 989.50 to the first principal.
    money(r.installments[0].principal, "10.50");
    money(r.installments[1].penalty, "0.00");
}

#[test]
fn actual_days_interest_basis() {
    // Interest only, 10 000 at 0.05 %/day (365), actual days from 2026-01-01:
    // January 31 days = 155.00, February 28 days = 140.00.
    let s = overdue_calc::engine::schedule::schedule(&Loan {
        principal: d("10000"),
        rate: Rate { percent: d("0.05"), unit: RateUnit::Day, day_basis: 365 },
        months: 2,
        method: Method::InterestOnly,
        start: day("2026-01-01"),
        basis: InterestBasis::ActualDays,
    })
    .unwrap();
    money(s.periods[0].interest, "155.00");
    money(s.periods[1].interest, "140.00");
    money(s.periods[1].payment, "10140.00");
}

#[test]
fn penalty_rounds_half_a_cent_away_from_zero() {
    // 134 × 0.075 % × 10 days = 1.005 exactly → 1.01 (四舍五入; banker's rounding would give 1.00).
    let r = overdue(&quick("134", "0", "2026-01-01", "2026-01-11", daily_terms("0.05"))).unwrap();
    money(r.totals.penalty, "1.01");
}

/// A payment smaller than the charges, under each order, around the 90-day boundary.
/// 10 000 + 100 overdue from 2026-01-01 at 0.05 %/day × 1.5 = 7.50 a day on principal.
fn pay(order: Allocation, on: &str, amount: &str) -> overdue_calc::engine::ledger::PaymentRecord {
    let terms = Terms { allocation: order, ..daily_terms("0.05") };
    let mut c = quick("10000", "100", "2026-01-01", on, terms);
    c.payments = vec![(day(on), d(amount))];
    overdue(&c).unwrap().payments.remove(0)
}

#[test]
fn partial_payments_follow_each_order_and_the_90_day_boundary() {
    // Day 30: penalty 225.00, interest 100. Charges first: all 200 to 罚息, none to 利息.
    let p = pay(Allocation::ChargesFirst, "2026-01-31", "200");
    money(p.to_penalty, "200.00");
    money(p.to_interest, "0.00");
    // Day 89 (2026-03-31): still charges first under the card rule, 200 of 667.50 penalty.
    let p = pay(Allocation::PrincipalFirstAfter90, "2026-03-31", "200");
    money(p.to_penalty, "200.00");
    money(p.to_principal, "0.00");
    // Day 90 (2026-04-01): principal first.
    let p = pay(Allocation::PrincipalFirstAfter90, "2026-04-01", "200");
    money(p.to_principal, "200.00");
    money(p.to_penalty, "0.00");
    // Day 90, 10 050: principal 10 000, then 利息 50 before 罚息.
    let p = pay(Allocation::PrincipalFirstAfter90, "2026-04-01", "10050");
    money(p.to_principal, "10000.00");
    money(p.to_interest, "50.00");
    money(p.to_penalty, "0.00");
    // By installment with one installment: fees, penalty, interest, principal in turn.
    let p = pay(Allocation::ByInstallment, "2026-01-31", "250");
    money(p.to_penalty, "225.00");
    money(p.to_interest, "25.00");
}

#[test]
fn a_daily_late_fee_stops_at_its_cap_in_total() {
    // 0.05 %/day of the 10 100 installment = 5.05 a day, capped at 100.00 in total: after
    // 20 days (101.00 uncapped) the fee stays 100.00, however the days are split by events.
    let fee = LateFee {
        percent: d("0.05"),
        fixed: d("0"),
        min: d("0"),
        max: Some(d("100")),
        frequency: FeeFrequency::Daily,
        base: FeeBase::Installment,
    };
    let terms = Terms { late_fee: Some(fee), ..daily_terms("0.05") };
    let mut c = quick("10000", "100", "2026-01-01", "2026-03-01", terms);
    // A small payment on day 10 splits the accrual into spans (it goes to the fee first).
    c.payments = vec![(day("2026-01-11"), d("1"))];
    let r = overdue(&c).unwrap();
    // 50.50 by day 10, 1.00 of it paid; the rest accrues to the cap: 100.00 − 1.00 paid.
    money(r.totals.fees, "99.00");
    money(r.legal.lines[0].charges - r.totals.penalty - r.totals.compound, "100.00");
}
