//! Tables of edge cases for mutants that survived every other test (issue 12): limits that
//! are allowed exactly, date parsing and month counting, the audit's attribution across
//! deductions, several debts worked month by month, and IRR/XIRR on awkward flows, each
//! checked against a value worked by hand or computed a second way (Python's decimal at
//! 60 digits, by bisection).

mod common;
use common::*;
use overdue_calc::engine::audit::audit;
use overdue_calc::engine::court::{court_fee, delay_interest, Procedure};
use overdue_calc::engine::date::Date;
use overdue_calc::engine::debts::{plan_debts, DebtItem};
use overdue_calc::engine::irr::{irr, xirr};
use overdue_calc::engine::terms::{PenaltyBase, Terms};
use rust_decimal::Decimal;

#[test]
fn dates_parse_within_their_limits_and_no_further() {
    for (text, ok) in [
        ("1990-01-01", true),
        ("1989-12-31", false),
        ("2100-12-31", true),
        ("2101-01-01", false),
        ("2026-1-5", true),
        ("2026-123-1", false),
        ("2026-1-123", false),
        ("2026-01", false),
        ("26-01-01", false),
    ] {
        assert_eq!(Date::parse(text, "d").is_ok(), ok, "{text}");
    }
    assert_eq!(day("2026-03-15").day(), 15);
    assert_eq!(day("2026-03-15").month(), 3);
}

#[test]
fn whole_months_between_dates_follow_month_ends() {
    for (a, b, months) in [
        ("2026-01-31", "2026-02-27", 0),
        ("2026-01-31", "2026-02-28", 1),
        ("2026-01-31", "2026-03-30", 1),
        ("2026-01-31", "2026-03-31", 2),
        ("2026-01-15", "2027-03-14", 13),
        ("2026-01-15", "2027-03-15", 14),
        ("2025-12-31", "2026-02-28", 2),
        ("2026-05-10", "2026-05-10", 0),
        ("2026-05-10", "2026-04-10", 0),
    ] {
        assert_eq!(day(a).months_until(day(b)), months, "{a} → {b}");
    }
}

#[test]
fn amount_and_day_limits_are_allowed_exactly() {
    // 1 万亿 exactly is accepted (fee worked in engine_golden), a cent more is not.
    assert!(court_fee(d("1000000000000"), Procedure::Ordinary).is_ok());
    assert_eq!(court_fee(d("1000000000000.01"), Procedure::Ordinary).unwrap_err().code(), "tooLarge");
    // 迟延履行: 1 万亿 × 0.0175 % × 36 500 days = 6 387 500 000 000.00; one day more is refused.
    let most = delay_interest(d("1000000000000"), 36_500).unwrap();
    money(most.interest, "6387500000000.00");
    assert_eq!(most.daily_percent, d("0.0175"));
    assert_eq!(delay_interest(d("1"), 36_501).unwrap_err().code(), "tooLarge");
    assert_eq!(delay_interest(d("1000000000000.01"), 1).unwrap_err().code(), "tooLarge");
    assert_eq!(Procedure::parse_or_ordinary("", "p").unwrap(), Procedure::Ordinary);
    for p in Procedure::ALL {
        assert_eq!(Procedure::parse(p.as_str(), "p").unwrap(), *p);
    }
    // Halved for every procedure but the ordinary one: 50 000 → 1 050, halved 525.
    for (p, fee) in [("ordinary", "1050.00"), ("simple", "525.00"), ("mediation", "525.00"), ("withdrawal", "525.00")] {
        money(court_fee(d("50000"), Procedure::parse(p, "p").unwrap()).unwrap().fee, fee);
    }
}

/// 10 000 + 100 overdue from 2026-10-01 at 0.05 %/day × 1.5 = 0.075 %/day, on principal
/// and on the unpaid interest (复利). Deductions of 100 on day 10 and 20 000 on day 20.
/// Day 10: 罚息 75.00, 复利 100 × 0.075 % × 10 = 0.75: charges taken 75.75 (interest 24.25).
///   The 24 % line allowed 10 000 × 24 % × 10 / 365 = 65.75 by then: 10.00 above it.
/// Day 20: 罚息 75.00, 复利 75.75 × 0.075 % × 10 = 0.568 → 0.57, interest 75.75, principal
///   10 000: 10 151.32 owed; 9 848.68 taken beyond it. Charges 75.57; paid in all 151.32
///   against 131.51 allowed: 19.81 above the line, 10.00 of it already on the first.
#[test]
fn the_audit_attributes_charges_above_the_line_across_deductions() {
    let terms = Terms { penalty_base: PenaltyBase::Installment, ..daily_terms("0.05") };
    let c = quick("10000", "100", "2026-10-01", "2026-11-30", terms);
    let a = audit(&c, &[(day("2026-10-11"), d("100")), (day("2026-10-21"), d("20000"))]).unwrap();
    let (x, y) = (&a.deductions[0], &a.deductions[1]);
    money(x.charges_taken, "75.75");
    money(x.above_legal_line, "10.00");
    money(x.beyond_due, "0.00");
    money(y.owed_due, "10151.32");
    money(y.charges_taken, "75.57");
    money(y.above_legal_line, "9.81");
    money(y.beyond_due, "9848.68");
    money(y.to_reclaim, "9848.68");
    money(a.total_above_legal_line, "19.81");
    money(a.total_taken, "20100.00");
    // A deduction on the case date itself is audited; 500 deductions are accepted, 501 not.
    assert!(audit(&c, &[(day("2026-11-30"), d("1"))]).is_ok());
    let many: Vec<_> = (0..500).map(|_| (day("2026-11-01"), d("1"))).collect();
    assert!(audit(&c, &many).is_ok());
    let too_many: Vec<_> = (0..501).map(|_| (day("2026-11-01"), d("1"))).collect();
    assert_eq!(audit(&c, &too_many).unwrap_err().code(), "tooMany");
}

fn debt(balance: &str, rate: &str, min: &str) -> DebtItem {
    DebtItem { name: String::new(), balance: d(balance), annual_percent: d(rate), minimum: d(min) }
}

/// A: 1 000 at 12 %/yr, minimum 100; B: 2 000 at 24 %/yr, minimum 100; 400 a month.
/// Worked month by month (interest posted per debt, minimums first, the rest in order) in
/// Python: avalanche (B first) 9 months, interest 222.96, A cleared in month 9, B in 8;
/// snowball (A first) 9 months, interest 257.52, A in month 4, B in 9.
#[test]
fn several_debts_month_by_month() {
    let r = plan_debts(&[debt("1000", "12", "100"), debt("2000", "24", "100")], d("400"), None).unwrap();
    let (av, sn) = (&r.plans[0], &r.plans[1]);
    assert_eq!((av.order, av.months, av.sequence.clone()), ("avalanche", Some(9), vec![1, 0]));
    money(av.total_interest, "222.96");
    money(av.total_paid, "3222.96");
    assert_eq!(av.cleared_in_month, vec![Some(9), Some(8)]);
    assert_eq!((sn.order, sn.months, sn.sequence.clone()), ("snowball", Some(9), vec![0, 1]));
    money(sn.total_interest, "257.52");
    money(sn.total_paid, "3257.52");
    assert_eq!(sn.cleared_in_month, vec![Some(4), Some(9)]);
    assert_eq!(r.best, Some(0));
    money(r.minimums, "200.00");
    // A budget that only covers the interest never clears: 1 000 at 12 % with 10 a month.
    let never = plan_debts(&[debt("1000", "12", "10")], d("10"), None).unwrap();
    assert_eq!(never.plans[0].months, None);
    assert_eq!(never.best, None);
    // A custom order that names a debt twice is refused.
    let bad = plan_debts(&[debt("1000", "12", "100"), debt("2000", "24", "100")], d("400"), Some(&[1, 1]));
    assert_eq!(bad.unwrap_err().code(), "unknownChoice");
}

#[track_caller]
fn close(got: Option<Decimal>, want: &str) {
    let got = got.expect("a rate");
    assert!((got - d(want)).abs() < d("0.000000001"), "{got} ≠ {want}");
}

#[test]
fn irr_and_xirr_on_awkward_flows() {
    // Second method: bisection in Python's decimal at 60 digits.
    close(irr(&[d("-1000"), d("500"), d("400")]), "-0.0699264745632278"); // a negative rate
    close(irr(&[d("-100"), d("0"), d("900")]), "2"); // 200 % a period
    close(irr(&[d("1000"), d("-600"), d("-600")]), "0.1306623862918075"); // money in first
    close(irr(&[d("-1000"), d("0"), d("0"), d("1331")]), "0.1");
    let flows = [
        (day("2026-01-01"), d("-10000")),
        (day("2026-03-15"), d("3000")),
        (day("2026-07-01"), d("4000")),
        (day("2026-12-31"), d("4000")),
    ];
    close(xirr(&flows), "0.1756302131448312");
    // No sign change: no rate.
    assert_eq!(irr(&[d("100"), d("100")]), None);
}

#[test]
fn full_width_and_chinese_punctuation_in_numbers() {
    use overdue_calc::engine::parse::amount;
    for (text, want) in [
        ("１２，３４５．６７", Some("12345.67")), // full-width comma and point
        ("12、345", Some("12345")),               // 、 as a thousands comma
        ("＋５", Some("5")),                      // full-width plus
        ("+5", Some("5")),
        ("12,34", None), // a comma group must have three digits
        ("1,234,56", None),
        ("1,2345", None),
        (",123", None),
        ("12.", None),
        (".5", Some("0.5")),
    ] {
        match want {
            Some(w) => assert_eq!(amount(text, "x").unwrap(), d(w), "{text}"),
            None => assert!(amount(text, "x").is_err(), "{text}"),
        }
    }
    // A minus sign, full-width or typographic, is a negative amount: refused as below 0.
    for text in ["－５", "−5", "-5"] {
        assert_eq!(amount(text, "x").unwrap_err().code(), "tooSmall", "{text}");
    }
}

#[test]
fn the_simple_penalty_is_shown_only_when_it_is_one_product() {
    use overdue_calc::engine::overdue::overdue;
    // One quick installment, nothing paid, past grace: 10 000 × 0.075 % × 30.
    let r = overdue(&quick("10000", "100", "2026-10-01", "2026-10-31", daily_terms("0.05"))).unwrap();
    let sp = r.simple_penalty.unwrap();
    assert_eq!((sp.principal, sp.daily_percent, sp.days), (d("10000"), d("0.075"), 30));
    // A payment, compounding or daily rounding makes it more than one product.
    let mut paid = quick("10000", "100", "2026-10-01", "2026-10-31", daily_terms("0.05"));
    paid.payments = vec![(day("2026-10-11"), d("50"))];
    assert!(overdue(&paid).unwrap().simple_penalty.is_none());
    let rounded = Terms { round_daily: true, ..daily_terms("0.05") };
    assert!(overdue(&quick("10000", "0", "2026-10-01", "2026-10-31", rounded)).unwrap().simple_penalty.is_none());
    let compounding = Terms { compounding: overdue_calc::engine::terms::Compounding::Monthly, ..daily_terms("0.05") };
    assert!(overdue(&quick("10000", "0", "2026-10-01", "2026-10-31", compounding)).unwrap().simple_penalty.is_none());
}

#[test]
fn number_limits_are_allowed_exactly() {
    use overdue_calc::engine::parse::{amount, count, percent};
    // 1 万亿 (13 digits) exactly; a 14-digit amount is too large.
    assert_eq!(amount("1000000000000", "x").unwrap(), d("1000000000000"));
    assert_eq!(amount("10000000000000", "x").unwrap_err().code(), "tooLarge");
    assert_eq!(amount("0001000", "x").unwrap(), d("1000"));
    // A rate may carry 14 decimals, not 15.
    assert_eq!(percent("0.12345678901234", "x").unwrap(), d("0.12345678901234"));
    assert_eq!(percent("0.123456789012345", "x").unwrap_err().code(), "tooPrecise");
    // Negative rates and counts are refused; minus zero is zero.
    assert_eq!(percent("-1", "x").unwrap_err().code(), "tooSmall");
    assert_eq!(percent("-0", "x").unwrap(), d("0"));
    assert_eq!(count("-1", "x", 600).unwrap_err().code(), "tooSmall");
    assert_eq!(count("-0", "x", 600).unwrap(), 0);
    assert_eq!(count("600", "x", 600).unwrap(), 600);
    assert_eq!(count("601", "x", 600).unwrap_err().code(), "tooLarge");
    assert_eq!(count("1.5", "x", 600).unwrap_err().code(), "notANumber");
    assert_eq!(count("5%", "x", 600).unwrap_err().code(), "notANumber");
}

#[test]
fn zero_padded_three_digit_months_and_days_are_not_dates() {
    // "001" would read as 1: refused by its length, not by its value.
    assert!(Date::parse("2026-001-01", "d").is_err());
    assert!(Date::parse("2026-01-001", "d").is_err());
}

#[test]
fn debt_lists_up_to_200_and_custom_orders() {
    let list: Vec<DebtItem> = (0..200).map(|_| debt("100", "12", "10")).collect();
    assert!(plan_debts(&list, d("5000"), None).is_ok());
    let mut too_many = list.clone();
    too_many.push(debt("100", "12", "10"));
    assert_eq!(plan_debts(&too_many, d("5000"), None).unwrap_err().code(), "tooMany");
    // A custom order naming only the second debt: it comes first, the rest follow in order.
    let two = [debt("1000", "12", "100"), debt("2000", "24", "100")];
    let r = plan_debts(&two, d("400"), Some(&[1])).unwrap();
    assert_eq!((r.plans[2].order, r.plans[2].sequence.clone()), ("custom", vec![1, 0]));
    // The same as avalanche here (B first): 9 months, 222.96 of interest.
    assert_eq!(r.plans[2].months, Some(9));
    money(r.plans[2].total_interest, "222.96");
    assert_eq!(plan_debts(&two, d("400"), Some(&[2])).unwrap_err().code(), "unknownChoice");
}
