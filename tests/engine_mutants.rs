//! Cases written for mutants of the overdue case and the legal check that survived the
//! first mutation run (docs/mutants.md), each with its figure worked by hand.

mod common;
use common::*;
use overdue_calc::calls;
use overdue_calc::engine::money::checked;
use overdue_calc::engine::overdue::{overdue, OverdueResult};
use overdue_calc::engine::request::CaseIn;
use overdue_calc::engine::terms::{LenderType, PenaltyBase, Terms};
use serde_json::{json, Value};

#[track_caller]
fn run(v: Value) -> Result<OverdueResult, String> {
    let req: CaseIn = serde_json::from_value(v).expect("request shape");
    calls::overdue(req, "2026-11-29").map_err(|e| format!("{}:{}", e.code(), e.field()))
}

#[test]
fn a_thousand_payments_are_taken_and_one_more_is_not() {
    let mut c = quick("10000", "0", "2026-01-01", "2026-10-31", daily_terms("0.05"));
    c.payments = vec![(day("2026-02-01"), d("1")); 1000];
    assert!(overdue(&c).is_ok());
    c.payments.push((day("2026-02-01"), d("1")));
    assert_eq!(overdue(&c).unwrap_err().code(), "tooMany");
}

#[test]
fn a_posting_date_may_be_the_due_date_but_not_later() {
    let base = json!({"asOf": "2026-02-05", "preset": "creditCard", "overduePrincipal": "10000",
        "firstOverdueDate": "2026-01-01"});
    let with = |p: &str| {
        let mut v = base.clone();
        v["postingDate"] = json!(p);
        run(v)
    };
    assert!(with("2026-01-01").is_ok());
    assert_eq!(with("2026-01-02").unwrap_err(), "dateOrder:postingDate");
}

#[test]
fn the_minimum_is_assumed_only_for_a_fee_on_the_minimum_and_counts_interest() {
    // 借呗 has no fee on a minimum: nothing assumed.
    let jb = run(json!({"asOf": "2026-02-05", "preset": "jiebei", "overduePrincipal": "10000",
        "firstOverdueDate": "2026-01-01"}))
    .unwrap();
    assert!(jb.minimum_assumed.is_none());
    // A card with 100 of interest billed: 10 % × (10 000 + 100) = 1 010.00.
    let card = run(json!({"asOf": "2026-02-05", "preset": "creditCard", "overduePrincipal": "10000",
        "overdueInterest": "100", "firstOverdueDate": "2026-01-01"}))
    .unwrap();
    money(card.minimum_assumed.unwrap(), "1010.00");
}

#[test]
fn the_statutory_overdue_rate_runs_on_principal_only() {
    // Private, no overdue rate agreed, the user asks for a penalty on the installment too:
    // the law's rate runs on principal only (no 复利 on the 100 of interest).
    // 10 000 × 12 % × 100 / 365 = 328.77.
    let r = run(json!({"asOf": "2026-04-11", "preset": "private", "overduePrincipal": "10000",
        "overdueInterest": "100", "firstOverdueDate": "2026-01-01", "contractDate": "2025-12-01",
        "terms": {"penaltyBase": "installment"}}))
    .unwrap();
    money(r.totals.penalty, "328.77");
    money(r.totals.compound, "0.00");
    assert_eq!(r.statutory_overdue.unwrap().annual_percent, d("12"));
}

#[test]
fn figures_of_the_standard_case() {
    // 10 000 + 100 from 2026-10-01 to 2026-10-31 at 0.05 %/day (18.25 %/yr simple).
    let mut c = quick("10000", "100", "2026-10-01", "2026-10-31", daily_terms("0.05"));
    c.terms.channel_closed_from = Some(day("2026-11-01"));
    let r = overdue(&c).unwrap();
    assert_eq!(r.contract_annual_percent, d("18.25"));
    // A channel closed after the case date changes nothing yet.
    assert!(r.closure.is_none());
    // The chart: on the case date principal 10 000, interest 100, charges 225, not projected;
    // the last point (three months on) is projected.
    let today = r.timeline.iter().find(|p| p.date == day("2026-10-31")).unwrap();
    money(today.principal, "10000.00");
    money(today.interest, "100.00");
    money(today.charges, "225.00");
    assert!(!today.projected);
    assert!(r.timeline.last().unwrap().projected);
    assert!(r.timeline.iter().filter(|p| p.date <= day("2026-10-31")).all(|p| !p.projected));
}

#[test]
fn a_private_refund_counts_principal_not_yet_due() {
    // As tests/engine_ledger.rs private_excess_paid_reduces_principal (126.37 paid above the
    // 12 % line), with 5 000 more principal not yet due: 15 000 − 126.37 = 14 873.63.
    let terms = Terms { lender: LenderType::Private, ..daily_terms("0.05") };
    let mut c = quick("10000", "100", "2026-10-01", "2026-10-31", terms);
    if let overdue_calc::engine::overdue::Debt::Quick { not_due_principal, .. } = &mut c.debt {
        *not_due_principal = d("5000");
    }
    c.contract_date = Some(day("2026-01-01"));
    c.payments = vec![(day("2026-10-31"), d("325"))];
    let p = overdue(&c).unwrap().legal.private.unwrap();
    money(p.excess_paid, "126.37");
    money(p.principal_after, "14873.63");
}

/// The 2019 private loan of tests/engine_legal.rs, counted to 2020-08-19 only (171 days,
/// before the switch), 7 000 paid that day: all to the 罚息 of 50 000 × 30 % × 171 / 365 =
/// 7 027.40. Against the void line (36 %: 8 432.88 allowed) nothing paid is refundable;
/// against the supported line (24 %: 5 621.92) 1 378.08 would be.
#[test]
fn what_was_paid_is_measured_against_the_void_line() {
    let r = run(json!({"asOf": "2020-08-19", "preset": "private", "overduePrincipal": "50000",
        "firstOverdueDate": "2020-03-01", "contractDate": "2019-01-15", "filingDate": "2024-06-30",
        "payments": [{"date": "2020-08-19", "amount": "7000"}],
        "terms": {"rate": {"value": "30", "unit": "year", "dayBasis": 365}}}))
    .unwrap();
    let p = r.legal.private.unwrap();
    money(p.excess_paid, "0.00");
    money(p.applied_to_principal, "0.00");
    // Each installment's excess is the supported line's: 7 027.40 − 5 621.92 = 1 405.48.
    money(r.installments[0].excess, "1405.48");
    // A segment's sources are cited once each (art. 31 is in both segments' rows).
    let sources = &r.legal.lines[0].line.sources;
    let mut unique = sources.clone();
    unique.dedup();
    assert_eq!(sources.len(), unique.len());
    assert_eq!(sources.iter().filter(|s| s.contains("第三十一条第二款")).count(), 1);
    // The basis goes out by its key.
    let seg = serde_json::to_value(&r.legal.lines[0].segments[1]).unwrap();
    assert_eq!(seg["segment"]["basis"], "lpr4AtFiling");
}

#[test]
fn a_contract_rate_exactly_at_the_line_is_not_above_it() {
    for (rate, above) in [("24", false), ("24.01", true)] {
        let terms = Terms {
            rate: overdue_calc::engine::rate::Rate {
                percent: d(rate),
                unit: overdue_calc::engine::rate::RateUnit::Year,
                day_basis: 365,
            },
            penalty_base: PenaltyBase::Principal,
            ..daily_terms("0.05")
        };
        let r = overdue(&quick("10000", "0", "2026-10-01", "2026-10-31", terms)).unwrap();
        assert_eq!(r.legal.lines[0].contract_rate_above, above, "{rate}");
    }
}

#[test]
fn a_power_does_not_square_past_its_last_bit() {
    // 10^15 to the first power: squaring it once more (10^30) would overflow Decimal.
    assert_eq!(checked::powi(d("1000000000000000"), 1, "x").unwrap(), d("1000000000000000"));
    assert_eq!(checked::powi(d("1.01"), 12, "x").unwrap().round_dp(10), d("1.1268250301"));
}

/// Installment by installment: 12 000 at 12 %/yr (1 % a month), 12 annuity payments of
/// 1 066.19 from 2026-01-15, penalty 1 % × 1.5 / 30 = 0.05 %/day on principal and unpaid
/// interest, grace 3 days. The first paid on time; as of 2026-04-17:
///   #1 paid; #2 (955.65 + 110.54, due 2026-03-15) 33 days overdue: 罚息 955.65 × 0.05 % × 33
///   = 15.77, 复利 110.54 × 0.05 % × 33 = 1.82, total 1 083.78; #3 (965.21 + 100.98, due
///   2026-04-15) 2 days in grace: 1 066.19; #4 not due.
#[test]
fn each_installment_has_its_status_and_total() {
    use overdue_calc::engine::rate::{Rate, RateUnit};
    let rate = Rate { percent: d("12"), unit: RateUnit::Year, day_basis: 360 };
    let terms = Terms { rate, grace_days: 3, penalty_base: PenaltyBase::Installment, ..daily_terms("0.05") };
    let c = detailed("12000", 12, terms, vec![("2026-02-15", "1066.19")], "2026-04-17");
    let r = overdue(&c).unwrap();
    let i = &r.installments;
    assert_eq!((i[0].k, i[1].k, i[3].k), (1, 2, 4));
    let status: Vec<&str> = i[..4].iter().map(|x| x.status.as_str()).collect();
    assert_eq!(status, ["paid", "overdue", "inGrace", "notDue"]);
    money(i[1].penalty, "15.77");
    money(i[1].compound, "1.82");
    money(i[1].total, "1083.78");
    assert_eq!(i[1].days_overdue, 33);
    money(i[2].total, "1066.19");
    assert_eq!(i[3].days_overdue, 0);
}

#[test]
fn the_chart_has_a_point_for_every_day_of_a_short_history() {
    // 2026-10-01 … 2026-10-31 daily, then one day, one week and three months ahead.
    let r = overdue(&quick("10000", "100", "2026-10-01", "2026-10-31", daily_terms("0.05"))).unwrap();
    let mut want = Vec::new();
    let mut d0 = day("2026-10-01");
    while d0 <= day("2026-10-31") {
        want.push(d0);
        d0 = d0.add_days(1).unwrap();
    }
    want.extend(["2026-11-01", "2026-11-07", "2026-11-30", "2026-12-31", "2027-01-31"].map(day));
    let got: Vec<_> = r.timeline.iter().map(|p| p.date).collect();
    assert_eq!(got, want);
    // Each day adds 7.50 of 罚息 until the case date.
    money(r.timeline[1].charges - r.timeline[0].charges, "7.50");
}

#[test]
fn the_chart_is_monthly_for_a_long_history() {
    // 2026-01-01 → 2026-10-31 (303 days): the first of each month to October, the case date,
    // one day and one week on, then three months ahead.
    let r = overdue(&quick("10000", "0", "2026-01-01", "2026-10-31", daily_terms("0.05"))).unwrap();
    let got: Vec<String> = r.timeline.iter().map(|p| p.date.to_string()).collect();
    let mut want: Vec<String> = (1..=10).map(|m| format!("2026-{m:02}-01")).collect();
    want.extend(["2026-10-31", "2026-11-01", "2026-11-07", "2026-11-30", "2026-12-31", "2027-01-31"].map(String::from));
    assert_eq!(got, want);
}

#[test]
fn request_limits_are_allowed_exactly() {
    let base = || {
        json!({"asOf": "2026-10-31", "preset": "jiebei", "overduePrincipal": "10000",
            "firstOverdueDate": "2026-10-31"})
    };
    // A first overdue date on the case date is 0 days overdue, not an error.
    money(run(base()).unwrap().totals.total, "10000.00");
    // 1 000 payments through the request, not 1 001.
    let mut v = base();
    v["firstOverdueDate"] = json!("2026-01-01");
    v["payments"] = json!(vec![json!({"date": "2026-02-01", "amount": "1"}); 1000]);
    assert!(run(v.clone()).is_ok());
    v["payments"].as_array_mut().unwrap().push(json!({"date": "2026-02-01", "amount": "1"}));
    assert_eq!(run(v).unwrap_err(), "tooMany:payments");
}

#[test]
fn a_newer_lpr_fixing_sent_with_the_case_is_used() {
    // A private contract of 2026-07-01 with a fixing of 2.90 % from 2026-06-22 sent along:
    // its line is 4 × 2.90 = 11.60 % (the shipped table would give 4 × 3.00 = 12 %).
    let case = |one: &str| {
        run(json!({"asOf": "2026-10-31", "preset": "private", "overduePrincipal": "10000",
            "firstOverdueDate": "2026-10-01", "contractDate": "2026-07-01",
            "lpr": [{"date": "2026-06-22", "oneYear": one}]}))
    };
    assert_eq!(case("2.9").unwrap().legal.lines[0].line.percent, d("11.6"));
    assert!(case("20").is_ok());
    assert_eq!(case("20.01").unwrap_err(), "tooLarge:lpr[0].oneYear");
}

/// Plans as a script sends them, on the standard case (10 325.00 owed on 2026-10-31).
fn plans(scenarios: Value, budget: Value) -> overdue_calc::engine::scenario::Comparison {
    let case: CaseIn = serde_json::from_value(json!({"asOf": "2026-10-31", "preset": "jiebei",
        "overduePrincipal": "10000", "overdueInterest": "100", "firstOverdueDate": "2026-10-01",
        "terms": {"rate": {"value": "0.05", "unit": "day"}}}))
    .unwrap();
    let s = serde_json::from_value(scenarios).unwrap();
    let b = serde_json::from_value(budget).unwrap();
    calls::compare(case, s, b, "2026-11-29").unwrap()
}

#[test]
fn plan_parameters_are_read_and_their_defaults_applied() {
    let c = plans(
        json!([
            {"kind": "settlement", "waivePenalty": "100"},
            {"kind": "installments", "months": "10", "rate": {"value": ""}},
            {"kind": "installments", "months": "10", "rate": {"value": "12", "unit": "year"}},
            {"kind": "installments", "months": "0"},
            {"kind": "minimumPayment", "percent": "100"},
        ]),
        json!({"income": "20000"}),
    );
    let paid = |k: usize| c.results[k].metrics.as_ref().unwrap().total_paid;
    // The whole 225.00 of 罚息 waived: 10 100.00.
    money(paid(0), "10100.00");
    // A blank rate is 0: the 10 000 principal over 10 months, the 325 of charges now.
    money(paid(1), "10325.00");
    // 12 %/yr (1 % a month) on 10 000 over 10 months: level payment 1 055.82, total
    // 10 558.20 (SPEC §3 annuity, worked in Python's decimal), plus 325 now.
    money(paid(2), "10883.20");
    assert_eq!(c.results[3].error.as_ref().unwrap().field(), "scenarios[3].months");
    // 100 % minimum on the card's default 0.05 %/day: the whole 10 325 plus one month's
    // interest, 10 325 × 0.05 % × 30 days (to 2026-11-30) = 154.875 → 154.88.
    money(paid(4), "10479.88");
    // A budget of 20 000 a month: paying now fits.
    assert_eq!(c.results[0].metrics.as_ref().unwrap().fits_budget, Some(true));
}

#[test]
fn settlements_count_fees_and_credit_and_refuse_waivers_over_100() {
    use overdue_calc::engine::scenario::{compare, Scenario};
    let settle = |waive: &str| Scenario::Settlement {
        waive_interest: d("0"),
        waive_penalty: d(waive),
        waive_fees: d("0"),
        waive_principal: d("0"),
        pay_on: None,
        waive_excess: false,
    };
    // A card 35 days overdue: interest 10 000 × 0.05 % × 35 = 175.00, the January part (155.00)
    // compounded from 2026-02-01: 155 × 0.05 % × 4 = 0.31; fees 2 × 5 % × 1 000 = 100.00.
    // Settling with nothing waived pays everything owed: 10 275.31.
    let card = run(json!({"asOf": "2026-02-05", "preset": "creditCard", "overduePrincipal": "10000",
        "firstOverdueDate": "2026-01-01"}))
    .unwrap();
    money(card.totals.total, "10275.31");
    // The same through a settlement: the fees are in it.
    let req: CaseIn = serde_json::from_value(json!({"asOf": "2026-02-05", "preset": "creditCard",
        "overduePrincipal": "10000", "firstOverdueDate": "2026-01-01"}))
    .unwrap();
    let c = calls::case(req, "2026-11-29").unwrap();
    let r = compare(&c, &[Ok(settle("0")), Ok(settle("100.01"))], None).unwrap();
    money(r.results[0].metrics.as_ref().unwrap().total_paid, "10275.31");
    assert_eq!(r.results[1].error.as_ref().unwrap().code(), "tooLarge");
    // Everything already paid and 100 more: settling pays nothing (the credit is not a payment).
    let mut over = quick("10000", "0", "2026-10-01", "2026-10-01", daily_terms("0.05"));
    over.payments = vec![(day("2026-10-01"), d("10100"))];
    let r = compare(&over, &[Ok(settle("0"))], None).unwrap();
    money(r.results[0].metrics.as_ref().unwrap().total_paid, "0.00");
}

mod plans_golden {
    use super::*;
    use overdue_calc::engine::budget::Budget;
    use overdue_calc::engine::rate::{Rate, RateUnit};
    use overdue_calc::engine::scenario::{compare, Included, Scenario};
    use overdue_calc::engine::schedule::Method;

    fn year(p: &str) -> Rate {
        Rate { percent: d(p), unit: RateUnit::Year, day_basis: 360 }
    }

    fn standard() -> overdue_calc::engine::overdue::Case {
        quick("10000", "100", "2026-10-01", "2026-10-31", daily_terms("0.05"))
    }

    #[test]
    fn kinds_are_named_and_the_debt_on_a_date_by_part() {
        // 10 000 + 100 overdue, 5 000 not yet due (accruing 0.05 %/day from 2026-10-01:
        // 75.00), 复利 on the 100 of interest: 100 × 0.075 % × 30 = 2.25.
        let mut c = standard();
        c.terms.penalty_base = PenaltyBase::Installment;
        if let overdue_calc::engine::overdue::Debt::Quick { not_due_principal, .. } = &mut c.debt {
            *not_due_principal = d("5000");
        }
        let all = [
            Scenario::PayNow,
            Scenario::Wait { months: 1, days: 0 },
            Scenario::Settlement {
                waive_interest: d("0"),
                waive_penalty: d("0"),
                waive_fees: d("0"),
                waive_principal: d("0"),
                pay_on: None,
                waive_excess: false,
            },
            Scenario::Installments {
                months: 3,
                method: Method::Annuity,
                rate: year("0"),
                include: Included::ALL,
                down: d("0"),
                waive_rest: false,
            },
            freeze_all(3, true),
            Scenario::Extension { months: 3, rate: year("0"), capitalise: true },
            Scenario::MinimumPayment { percent: d("100"), amount: d("0"), rate: year("0") },
            Scenario::Refinance {
                rate: year("0"),
                months: 1,
                method: Method::Annuity,
                fee: d("0"),
                fee_percent: d("0"),
                deducted: false,
            },
        ];
        let r = compare(&c, &all.clone().map(Ok), None).unwrap();
        let kinds: Vec<&str> = r.results.iter().map(|x| x.kind).collect();
        assert_eq!(
            kinds,
            ["payNow", "wait", "settlement", "installments", "freeze", "extension", "minimumPayment", "refinance"]
        );
        money(r.base.principal, "15000.00");
        money(r.base.interest, "175.00");
        money(r.base.penalty, "227.25");
        money(r.base.total, "15402.25");
    }

    #[test]
    fn a_card_freeze_is_at_most_60_months_and_the_shortest_fit_is_found() {
        let freeze = |m: u32| Scenario::Freeze {
            months: m,
            include: Included::ALL,
            down: d("0"),
            fee_monthly: d("0"),
            waive_rest: false,
            card: true,
        };
        let r = compare(&standard(), &[Ok(freeze(60)), Ok(freeze(61))], None).unwrap();
        assert!(r.results[0].error.is_none());
        assert_eq!(r.results[1].error.as_ref().unwrap().code(), "tooLarge");
        // 10 325 frozen at 0 % with 1 000 a month to spare: 11 months (938.64 ≤ 1 000 < 1 032.50).
        let budget = Budget::new(d("1000"), vec![], vec![], None);
        let r = compare(&standard(), &[Ok(freeze(60))], Some(&budget)).unwrap();
        assert_eq!(r.results[0].shortest_fit_months, Some(11));
        // An installment plan has no 60-month cap: 10 000 over up to 600 months.
        let inst = Scenario::Installments {
            months: 60,
            method: Method::EqualPrincipal,
            rate: year("0"),
            include: Included::default(),
            down: d("0"),
            waive_rest: true,
        };
        let tight = Budget::new(d("100"), vec![], vec![], None);
        let r = compare(&standard(), &[Ok(inst)], Some(&tight)).unwrap();
        assert_eq!(r.results[0].shortest_fit_months, Some(100));
    }

    #[test]
    fn what_a_settlement_and_an_installment_plan_still_pay_above_the_line() {
        // The standard case passes the 24 % line by 27.74 (tests/engine_ledger.rs).
        let settle = |p: &str| Scenario::Settlement {
            waive_interest: d("0"),
            waive_penalty: d(p),
            waive_fees: d("0"),
            waive_principal: d("0"),
            pay_on: None,
            waive_excess: false,
        };
        let r = compare(&standard(), &[Ok(settle("0")), Ok(settle("100"))], None).unwrap();
        money(r.results[0].metrics.as_ref().unwrap().pays_excess, "27.74");
        money(r.results[1].metrics.as_ref().unwrap().pays_excess, "0.00");
        // A down payment may be all that is financed, not more.
        let down = |x: &str| Scenario::Installments {
            months: 3,
            method: Method::Annuity,
            rate: year("0"),
            include: Included::default(),
            down: d(x),
            waive_rest: false,
        };
        let r = compare(&standard(), &[Ok(down("10000")), Ok(down("10000.01"))], None).unwrap();
        money(r.results[0].metrics.as_ref().unwrap().total_paid, "10325.00");
        assert_eq!(r.results[1].error.as_ref().unwrap().code(), "tooLarge");
    }

    #[test]
    fn refinance_fees_paid_up_front_or_deducted() {
        let refi = |fee: &str, pct: &str, deducted: bool| Scenario::Refinance {
            rate: year("0"),
            months: 1,
            method: Method::Annuity,
            fee: d(fee),
            fee_percent: d(pct),
            deducted,
        };
        let r = compare(
            &standard(),
            &[Ok(refi("100", "2", false)), Ok(refi("100", "3", true)), Ok(refi("0", "100", false))],
            None,
        )
        .unwrap();
        // Paid up front: 100 + 10 325 × 2 % = 306.50 now, 10 325 in a month: 10 631.50. The new
        // loan really lends 10 325 − 306.50 = 10 018.50 for 10 325: 12 × (10 325 / 10 018.50 − 1)
        // = 36.7121 % (Python).
        let m = r.results[0].metrics.as_ref().unwrap();
        money(m.total_paid, "10631.50");
        money(m.upfront, "306.50");
        assert_eq!(m.plan_apr_percent.unwrap().round_dp(4), d("36.7121"));
        // Deducted: (10 325 + 100) / 0.97 = 10 747.4226… → 10 747.42 repaid.
        money(r.results[1].metrics.as_ref().unwrap().total_paid, "10747.42");
        // A fee of 100 % is refused.
        assert_eq!(r.results[2].error.as_ref().unwrap().code(), "tooLarge");
    }
}

#[test]
fn term_limits_are_allowed_exactly() {
    let case = |terms: Value| {
        run(json!({"asOf": "2026-10-31", "preset": "custom", "overduePrincipal": "10000",
            "firstOverdueDate": "2026-10-01", "terms": terms}))
    };
    assert!(case(json!({"penaltyMultiplier": "10"})).is_ok());
    assert_eq!(case(json!({"penaltyMultiplier": "10.01"})).unwrap_err(), "tooLarge:terms.penaltyMultiplier");
    assert!(case(json!({"lateFee": {"percent": "100"}})).is_ok());
    assert_eq!(case(json!({"lateFee": {"percent": "100.01"}})).unwrap_err(), "tooLarge:terms.lateFee.percent");
}

mod more_plans {
    use super::*;
    use overdue_calc::engine::budget::Budget;
    use overdue_calc::engine::rate::{Rate, RateUnit};
    use overdue_calc::engine::scenario::{compare, Scenario};

    fn small() -> overdue_calc::engine::overdue::Case {
        // 1 000 due today: nothing accrued yet.
        quick("1000", "0", "2026-10-31", "2026-10-31", daily_terms("0.05"))
    }

    fn minimum(percent: &str, amount: &str, daily: &str) -> Scenario {
        Scenario::MinimumPayment {
            percent: d(percent),
            amount: d(amount),
            rate: Rate { percent: d(daily), unit: RateUnit::Day, day_basis: 365 },
        }
    }

    #[test]
    fn minimum_payments_month_by_month() {
        // 1 000 at 0.05 %/day, 50 % or at least 100 a month (worked in Python, actual days):
        // 507.50, 257.69, 130.84, 100.00, 33.17 = 1 029.20 in 5 months.
        let r = compare(&small(), &[Ok(minimum("50", "100", "0.05"))], None).unwrap();
        let flows: Vec<String> = r.results[0].flows.iter().map(|f| f.amount.to_string()).collect();
        assert_eq!(flows, ["507.50", "257.69", "130.84", "100", "33.17"]);
        let info = r.results[0].minimum.as_ref().unwrap();
        assert_eq!(info.months_to_clear, Some(5));
        money(info.first_minimum, "507.50");
        // At 0 % the 36-month payment is 1 000 / 36 = 27.777… rounded up: 27.78.
        let r = compare(&small(), &[Ok(minimum("1", "0", "0"))], None).unwrap();
        money(r.results[0].minimum.as_ref().unwrap().clear_in_36_payment, "27.78");
    }

    #[test]
    fn twenty_plans_are_compared_and_twenty_one_are_not() {
        let twenty: Vec<_> = (0..20).map(|_| Ok(Scenario::PayNow)).collect();
        assert!(compare(&small(), &twenty, None).is_ok());
        let more: Vec<_> = (0..21).map(|_| Ok(Scenario::PayNow)).collect();
        assert_eq!(compare(&small(), &more, None).unwrap_err().code(), "tooMany");
    }

    #[test]
    fn savings_count_only_on_the_case_date() {
        // Paying 1 000 today with 600 a month to spare and 500 saved: fits (1 000 ≤ 600 + 500);
        // without the savings it does not.
        let with = Budget::new(d("600"), vec![], vec![], Some(d("500")));
        let without = Budget::new(d("600"), vec![], vec![], None);
        let fit = |b: &Budget| {
            compare(&small(), &[Ok(Scenario::PayNow)], Some(b)).unwrap().results[0]
                .metrics
                .as_ref()
                .unwrap()
                .fits_budget
        };
        assert_eq!(fit(&with), Some(true));
        assert_eq!(fit(&without), Some(false));
        // Waiting a month, the savings do not help: 1 015.00 due in 30 days > 600.
        let r = compare(&small(), &[Ok(Scenario::Wait { months: 1, days: 0 })], Some(&with)).unwrap();
        assert_eq!(r.results[0].metrics.as_ref().unwrap().fits_budget, Some(false));
    }

    #[test]
    fn a_plan_exceeds_the_line_by_what_it_pays_above_it_or_by_its_rate() {
        // The standard case pays 27.74 above the 24 % line if paid now; nothing above it at 1 000
        // due today; a plan at 36 %/yr passes the 24 % line by its own rate.
        let standard = quick("10000", "100", "2026-10-01", "2026-10-31", daily_terms("0.05"));
        let r = compare(&standard, &[Ok(Scenario::PayNow)], None).unwrap();
        assert!(r.results[0].metrics.as_ref().unwrap().exceeds_line);
        let r = compare(&small(), &[Ok(Scenario::PayNow)], None).unwrap();
        assert!(!r.results[0].metrics.as_ref().unwrap().exceeds_line);
        let ext = |p: &str| Scenario::Extension {
            months: 12,
            rate: Rate { percent: d(p), unit: RateUnit::Year, day_basis: 360 },
            capitalise: true,
        };
        let r = compare(&small(), &[Ok(ext("36")), Ok(ext("24"))], None).unwrap();
        assert!(r.results[0].metrics.as_ref().unwrap().exceeds_line);
        assert!(!r.results[1].metrics.as_ref().unwrap().exceeds_line);
    }
}

/// An installment paid late is not "paid" while its charges are outstanding: 1 000 at
/// 12 %/yr for one month from 2026-01-15 (due 2026-02-15 with 10.00 of interest), repaid
/// (1 010.00) 90 days late under principal-first: its 罚息 1 000 × 0.05 % × 90 = 45.00 and
/// 复利 10 × 0.05 % × 90 = 0.45 are still owed, so it stays "overdue".
#[test]
fn an_installment_paid_late_stays_overdue_while_its_charges_are_owed() {
    use overdue_calc::engine::overdue::Case;
    use overdue_calc::engine::rate::{Rate, RateUnit};
    use overdue_calc::engine::terms::Allocation;
    let rate = Rate { percent: d("12"), unit: RateUnit::Year, day_basis: 360 };
    let terms = Terms {
        rate,
        penalty_base: PenaltyBase::Installment,
        allocation: Allocation::PrincipalFirstAfter90,
        ..daily_terms("0.05")
    };
    let c = detailed("1000", 1, terms, vec![("2026-05-16", "1010")], "2026-05-16");
    let r = overdue(&c).unwrap();
    let i = &r.installments[0];
    money(i.principal + i.interest, "0.00");
    money(i.penalty + i.compound, "45.45");
    assert_eq!(i.status.as_str(), "overdue");
    // With the penalty on principal only, 45.00 of 罚息 and nothing else: still "overdue".
    let principal_only = Case { terms: Terms { penalty_base: PenaltyBase::Principal, ..c.terms.clone() }, ..c };
    let r = overdue(&principal_only).unwrap();
    money(r.installments[0].penalty, "45.00");
    assert_eq!(r.installments[0].status.as_str(), "overdue");
}
