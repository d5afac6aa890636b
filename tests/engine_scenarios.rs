//! Ways out (SPEC §5): golden values worked by hand, and invariants over generated plans.

mod common;
use common::*;
use overdue_calc::engine::budget::{Budget, BudgetLine};
use overdue_calc::engine::debts::{plan_debts, DebtItem};
use overdue_calc::engine::overdue::Case;
use overdue_calc::engine::rate::{Rate, RateUnit};
use overdue_calc::engine::scenario::{compare, Comparison, Included, Scenario};
use overdue_calc::engine::schedule::Method;
use proptest::prelude::*;
use rust_decimal::Decimal;

/// The case of the ledger tests: 10 000 + 100 overdue 30 days at 0.05 %/day × 1.5:
/// penalty 225.00, total 10 325.00 on 2026-10-31.
fn case() -> Case {
    quick("10000", "100", "2026-10-01", "2026-10-31", daily_terms("0.05"))
}

fn run(scenarios: Vec<Scenario>, budget: Option<Budget>) -> Comparison {
    let s: Vec<_> = scenarios.into_iter().map(Ok).collect();
    compare(&case(), &s, budget.as_ref()).unwrap()
}

fn year(p: &str) -> Rate {
    Rate { percent: d(p), unit: RateUnit::Year, day_basis: 360 }
}

/// Every kind of the registry on the standard case (10 000 principal + 100 interest +
/// 225 penalty = 10 325.00 on 2026-10-31), as a table: (plan, total paid, payments, largest
/// payment), each worked by hand. A kind without a row fails here.
#[test]
fn every_kind_on_the_standard_case() {
    use overdue_calc::engine::scenario::kinds::plan_kind_keys;
    let rows: Vec<(Scenario, &str, usize, &str)> = vec![
        (Scenario::PayNow, "10325.00", 1, "10325.00"),
        // One month on (30 days): + 10 000 × 0.075 % × 30 = 225.00.
        (Scenario::Wait { months: 1, days: 0 }, "10550.00", 1, "10550.00"),
        // The penalty (225.00) waived: 10 100.00 today.
        (
            Scenario::Settlement {
                waive_interest: d("0"),
                waive_penalty: d("100"),
                waive_fees: d("100"),
                waive_principal: d("0"),
                pay_on: None,
                waive_excess: false,
            },
            "10100.00",
            1,
            "10100.00",
        ),
        // 325.00 now; 10 000 / 12 = 833.33 (last 10 000 − 11 × 833.33 = 833.37) + 60.00 fee.
        // 325 + 10 000 + 720 = 11 045.00 in 13 payments; the largest 893.37.
        (principal_installments(12, Method::FlatFee, "0.6"), "11045.00", 13, "893.37"),
        // All 10 325.00 over 12 at no fee: 860.42 (last 10 325 − 11 × 860.42 = 860.38).
        (freeze_all(12, false), "10325.00", 12, "860.42"),
        // Charges (325.00) now, 10 000 over 12 at 0 %: 833.33 × 11 + 833.37.
        (Scenario::Extension { months: 12, rate: year("0"), capitalise: false }, "10325.00", 13, "833.37"),
        // All of it a month on: 10 325 + 10 325 × 0.05 % × 30 days (154.875 → 154.88).
        (
            Scenario::MinimumPayment {
                percent: d("100"),
                amount: d("0"),
                rate: Rate { percent: d("0.05"), unit: RateUnit::Day, day_basis: 365 },
            },
            "10479.88",
            1,
            "10479.88",
        ),
        // 10 325 at 1.5 %/month over 36: A = P·r/(1 − 1.015^−36) = 373.27; the last 373.43
        // after each month's interest rounded (worked in Python, decimal, half-up).
        (
            Scenario::Refinance {
                rate: year("18"),
                months: 36,
                method: Method::Annuity,
                fee: d("0"),
                fee_percent: d("0"),
                deducted: false,
            },
            "13437.88",
            36,
            "373.43",
        ),
        // Sued today (2026-10-31), judged 2027-01-31, paid when due 2027-02-25 (+25 days):
        // 147 days overdue, 10 100 + 7.50 × 147 = 11 202.50, of which above 24 %:
        // 1 102.50 − 10 000 × 24 % × 147 / 365 (966.58) = 135.92, so 11 066.58 supported;
        // fee on the claim 10 325 − (225 − 197.26) = 10 297.26: 50 + 297.26 × 2.5 % = 57.43,
        // halved in simple procedure: 28.72.
        (
            Scenario::Court { filing_date: None, judgment_date: None, paid_on: None, lawyer_fee: d("0") },
            "11095.30",
            1,
            "11095.30",
        ),
    ];
    let kinds: Vec<&str> = rows.iter().map(|r| r.0.kind()).collect();
    assert_eq!(kinds, plan_kind_keys().collect::<Vec<_>>(), "one row per kind, in the registry's order");
    for (s, total, payments, largest) in rows {
        let kind = s.kind();
        let c = run(vec![s], None);
        let m = c.results[0].metrics.as_ref().unwrap_or_else(|| panic!("{kind}: {:?}", c.results[0].error));
        assert_eq!(m.total_paid, d(total), "{kind} total paid");
        assert_eq!(m.payments, payments, "{kind} payments");
        assert_eq!(m.largest_payment, d(largest), "{kind} largest payment");
    }
}

#[test]
fn paying_today_costs_nothing_more_and_has_zero_apr() {
    let c = run(vec![Scenario::PayNow], None);
    let m = c.results[0].metrics.as_ref().unwrap();
    money(m.total_paid, "10325.00");
    money(m.cost_over_today, "0.00");
    money(m.cost_over_principal, "325.00");
    assert_eq!(m.implied_apr_percent, Some(Decimal::ZERO));
}

#[test]
fn fee_free_freeze_has_zero_apr_and_pays_what_it_froze() {
    // Everything frozen (10 325.00) over 12 months, no fee: 860.42 × 11 + 860.38.
    let s = freeze_all(12, false);
    let c = run(vec![s], None);
    let m = c.results[0].metrics.as_ref().unwrap();
    money(m.total_paid, "10325.00");
    assert_eq!(m.plan_apr_percent.unwrap().round_dp(8), Decimal::ZERO);
    assert_eq!(m.implied_apr_percent.unwrap().round_dp(8), Decimal::ZERO);
    money(m.largest_payment, "860.42");
    assert_eq!(m.payments, 12);
}

#[test]
fn flat_fee_plan_apr_is_13_03() {
    // Principal only (10 000), the rest (325) paid now; 12 × (833.33 + 60.00 fee).
    let s = principal_installments(12, Method::FlatFee, "0.6");
    let c = run(vec![s], None);
    let m = c.results[0].metrics.as_ref().unwrap();
    assert_eq!(m.plan_apr_percent.unwrap().round_dp(2), d("13.03"));
    money(m.upfront, "325.00");
    money(m.total_paid, "11045.00"); // 10 325 + 12 × 60
                                     // 0.6 %/month ≈ 13.03 % APR is under 24 %, but the 27.74 above the line is still paid.
    assert!(m.exceeds_line);
}

#[test]
fn waiving_x_percent_today_saves_exactly_that() {
    // Waive 50 % of the penalty (225.00) and all of the interest (100.00): saves 212.50.
    let s = Scenario::Settlement {
        waive_interest: d("100"),
        waive_penalty: d("50"),
        waive_fees: d("0"),
        waive_principal: d("0"),
        pay_on: None,
        waive_excess: false,
    };
    let c = run(vec![Scenario::PayNow, s], None);
    let m = c.results[1].metrics.as_ref().unwrap();
    money(m.total_paid, "10112.50");
    money(m.cost_over_today, "-212.50");
    assert_eq!(c.cheapest, Some(1));
}

#[test]
fn settlement_later_with_waiver_has_negative_implied_apr_and_break_even() {
    // Paid 30 days later: penalty 450.00, total 10 550.00; 90 % of the penalty waived:
    // 10 145.00 paid, less than 10 325 today → a negative implied rate.
    let s = Scenario::Settlement {
        waive_interest: d("0"),
        waive_penalty: d("90"),
        waive_fees: d("0"),
        waive_principal: d("0"),
        pay_on: Some(day("2026-11-30")),
        waive_excess: false,
    };
    let c = run(vec![Scenario::PayNow, s], None);
    let m = c.results[1].metrics.as_ref().unwrap();
    money(m.total_paid, "10145.00");
    assert!(m.implied_apr_percent.unwrap() < Decimal::ZERO);
    // Break-even against paying today: (10 550 − 10 325) / (100 + 450) = 40.909 % of charges.
    let be = &c.results[1].break_even[0];
    assert_eq!(be.against, 0);
    assert_eq!(be.waiver_percent_of_charges.unwrap().round_dp(3), d("40.909"));
}

#[test]
fn waiting_costs_the_ledger_growth() {
    // One month more (2026-10-31 → 2026-11-30, 30 days): +225.00.
    let c = run(vec![Scenario::Wait { months: 1, days: 0 }], None);
    let m = c.results[0].metrics.as_ref().unwrap();
    money(m.cost_over_today, "225.00");
    assert_eq!(m.end_date, Some(day("2026-11-30")));
}

#[test]
fn minimum_payment_that_never_clears_says_what_would() {
    // 10 325 at 0.05 %/day ≈ 1.52 %/month > a 1 % minimum: never clears.
    // Monthly r = 0.05 % × 365 / 12; stop growth = 10 325 × r = 157.03 (rounded up);
    // 36-month level payment = 10 325 × r(1+r)^36/((1+r)^36 − 1) = 374.5696 → 374.57 rounded up (worked in Python).
    let s = Scenario::MinimumPayment {
        percent: d("1"),
        amount: d("10"),
        rate: Rate { percent: d("0.05"), unit: RateUnit::Day, day_basis: 365 },
    };
    let c = run(vec![s], None);
    let info = c.results[0].minimum.as_ref().unwrap();
    assert_eq!(info.months_to_clear, None);
    money(info.stop_growth_payment, "157.03");
    money(info.clear_in_36_payment, "374.57");
    // (10 325 + 10 325 × 0.05 % × 30 = 154.875 → 154.88) × 1 % = 104.7988 → 104.80.
    money(info.first_minimum, "104.80");
}

#[test]
fn budget_marks_fit_and_finds_the_shortest_plan() {
    // Capacity 6 000 − 3 000 − 1 000 − 1 000 = 1 000. Principal 10 000 at 0 %, the rest
    // (325) waived: 10 months of 1 000 fit; 9 months (1 111.11) do not.
    let budget = Budget::new(
        d("6000"),
        vec![
            BudgetLine { label: "房租".into(), amount: d("3000") },
            BudgetLine { label: "生活".into(), amount: d("1000") },
        ],
        vec![BudgetLine { label: "车贷".into(), amount: d("1000") }],
        None,
    );
    money(budget.capacity, "1000.00");
    let s = |months| Scenario::Installments {
        months,
        method: Method::EqualPrincipal,
        rate: year("0"),
        include: Included::default(),
        down: d("0"),
        waive_rest: true,
    };
    let c = run(vec![s(6), s(24), Scenario::PayNow], Some(budget));
    let fits: Vec<_> = c.results.iter().map(|r| r.metrics.as_ref().unwrap().fits_budget).collect();
    assert_eq!(fits, [Some(false), Some(true), Some(false)]);
    assert_eq!(c.results[0].shortest_fit_months, Some(10));
    assert_eq!(c.cheapest_fitting, Some(1));
}

#[test]
fn a_bad_scenario_does_not_blank_the_others() {
    let s = vec![
        Ok(Scenario::PayNow),
        Err(overdue_calc::engine::error::Error::NotANumber { field: "scenarios[1].months".into() }),
    ];
    let c = compare(&case(), &s, None).unwrap();
    assert!(c.results[0].metrics.is_some());
    assert_eq!(c.results[1].error.as_ref().unwrap().field(), "scenarios[1].months");
}

fn debt(name: &str, balance: &str, rate: &str, min: &str) -> DebtItem {
    DebtItem { name: name.into(), balance: d(balance), annual_percent: d(rate), minimum: d(min) }
}

#[test]
fn avalanche_pays_less_interest_than_snowball_here() {
    // A small cheap debt and a large dear one: snowball clears the cheap one first and pays more.
    let debts = [debt("信用卡", "20000", "18", "400"), debt("亲友", "3000", "0", "100")];
    let c = plan_debts(&debts, d("2000"), None).unwrap();
    let (a, s) = (&c.plans[0], &c.plans[1]);
    assert_eq!(a.sequence, [0, 1]);
    assert_eq!(s.sequence, [1, 0]);
    assert!(a.total_interest < s.total_interest, "{} vs {}", a.total_interest, s.total_interest);
    assert!(a.months.is_some() && s.months.is_some());
    // A budget below the 18 % debt's monthly interest (300) never clears it.
    let c = plan_debts(&debts, d("290"), None).unwrap();
    assert_eq!(c.plans[0].months, None);
}

#[test]
fn below_the_minimums_says_the_shortfall_and_which_to_keep() {
    // Minimums 400 + 100 = 500 against 450: 50 short. The 18 % card's 400 fits first; the
    // 0 % family loan's 100 does not fit in the 50 left.
    let debts = [debt("信用卡", "20000", "18", "400"), debt("亲友", "3000", "0", "100")];
    let c = plan_debts(&debts, d("450"), None).unwrap();
    money(c.shortfall, "50.00");
    assert_eq!(c.keep_first, [0]);
    // Equal rates: the smaller minimum first. A 10 % 300, B 20 % 200, C 20 % 100 with 350:
    // C (100, 250 left), B (200, 50 left); A's 300 does not fit.
    let three = [debt("A", "5000", "10", "300"), debt("B", "5000", "20", "200"), debt("C", "5000", "20", "100")];
    let c = plan_debts(&three, d("350"), None).unwrap();
    money(c.shortfall, "250.00");
    assert_eq!(c.keep_first, [2, 1]);
    // A debt with no minimum has nothing to keep: not listed (budget 100 against 300 + 0).
    let with_zero = [debt("A", "5000", "10", "300"), debt("B", "5000", "20", "0")];
    let c = plan_debts(&with_zero, d("100"), None).unwrap();
    money(c.shortfall, "200.00");
    assert!(c.keep_first.is_empty(), "{:?}", c.keep_first);
    // Covered: no shortfall, nothing listed.
    let c = plan_debts(&debts, d("500"), None).unwrap();
    money(c.shortfall, "0.00");
    assert!(c.keep_first.is_empty());
}

fn money_s() -> impl Strategy<Value = Decimal> {
    (1u64..500_000_000).prop_map(|c| Decimal::new(c as i64, 2))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn avalanche_never_pays_more_interest_than_snowball(
        debts in prop::collection::vec((money_s(), 0u32..3600, 0u64..200_000), 1..6), budget in 1u64..2_000_000
    ) {
        let items: Vec<DebtItem> = debts.iter().enumerate().map(|(k, (b, r, m))| DebtItem {
            name: k.to_string(), balance: *b, annual_percent: Decimal::new(i64::from(*r), 2), minimum: Decimal::new(*m as i64, 2),
        }).collect();
        let c = plan_debts(&items, Decimal::new(budget as i64 * 100, 2), None).unwrap();
        let (a, s) = (&c.plans[0], &c.plans[1]);
        if a.months.is_some() && s.months.is_some() {
            // Interest is rounded to the cent per debt per month; allow that much.
            let slack = Decimal::new(1, 2) * Decimal::from(a.months.unwrap().max(s.months.unwrap()) * items.len() as u32);
            prop_assert!(a.total_interest <= s.total_interest + slack, "{} > {}", a.total_interest, s.total_interest);
        }
    }

    #[test]
    fn every_scenario_flows_sum_to_its_total(
        months in 1u32..=72, rate in 0u32..4000, waive in 0u32..=100, down in 0u64..500_000, m in 0usize..3,
        inc in any::<(bool, bool, bool)>(), waive_rest in any::<bool>(), deducted in any::<bool>(), wait_days in 0u32..400,
    ) {
        let method = [Method::Annuity, Method::EqualPrincipal, Method::FlatFee][m];
        let include = Included { interest: inc.0, penalty: inc.1, fees: inc.2 };
        let r = year(&Decimal::new(i64::from(rate), 2).to_string());
        let w = Decimal::from(waive);
        let scenarios = vec![
            Scenario::PayNow,
            Scenario::Wait { months: months % 13, days: wait_days },
            Scenario::Settlement { waive_interest: w, waive_penalty: w, waive_fees: w, waive_principal: w / Decimal::TWO, pay_on: None, waive_excess: false },
            Scenario::Installments { months, method, rate: r, include, down: Decimal::new(down as i64, 2), waive_rest },
            Scenario::Freeze { months, include, down: Decimal::ZERO, fee_monthly: Decimal::new(i64::from(rate % 100), 2), waive_rest, card: true },
            Scenario::Extension { months, rate: r, capitalise: waive_rest },
            Scenario::MinimumPayment { percent: Decimal::from(waive % 20), amount: Decimal::from(10), rate: r },
            Scenario::Refinance { rate: r, months, method, fee: Decimal::from(down % 1000), fee_percent: Decimal::from(waive % 10), deducted },
        ];
        let c = run(scenarios, None);
        for res in &c.results {
            if let Some(mt) = &res.metrics {
                let sum: Decimal = res.flows.iter().map(|f| f.amount).sum();
                prop_assert_eq!(sum, mt.total_paid);
                prop_assert!(res.flows.iter().all(|f| f.amount > Decimal::ZERO));
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// Scenario requests as text, whatever is typed: each gives a result or its own error.
    #[test]
    fn no_scenario_text_panics(
        texts in prop::collection::vec(prop_oneof![
            Just(String::new()), Just("0".to_string()), Just("600".to_string()), Just("601".to_string()),
            Just("1e30".to_string()), Just("-3".to_string()), Just("100%".to_string()), Just("999".to_string()),
            Just("2100-12-31".to_string()), Just("2026-10-30".to_string()), "[0-9.万%-]{1,7}",
        ], 12),
        kind in 0usize..64, flags in any::<(bool, bool, bool, bool)>(), unit in 0usize..4,
    ) {
        use overdue_calc::engine::request::{RateIn, Text};
        use overdue_calc::engine::request_plans::{resolve_scenarios, ScenarioIn};
        // Every kind of the registry, and one that is not.
        let kinds: Vec<&str> = overdue_calc::engine::scenario::kinds::plan_kind_keys().chain(["x"]).collect();
        let t = |k: usize| Text(texts[k].clone());
        let s = ScenarioIn {
            kind: kinds[kind % kinds.len()].into(), months: t(0), days: t(1), waive_interest: t(2), waive_penalty: t(3), waive_fees: t(4),
            waive_principal: t(5), pay_on: t(6), method: ["annuity", "flatFee", "bullet", "?"][unit].into(),
            rate: Some(RateIn { value: t(7), unit: ["day", "month", "year", "week"][unit].into(), day_basis: None }),
            include_interest: flags.0, include_penalty: flags.1, include_fees: flags.2, down: t(8), waive_rest: flags.3,
            fee_monthly: t(9), card: flags.0, capitalise: flags.1, percent: t(10), amount: t(11), fee: t(8),
            fee_percent: t(9), deducted: flags.2, waive_excess: flags.3,
            filing_date: t(6), judgment_date: t(10), paid_on: t(11), lawyer_fee: t(8),
        };
        let parsed = resolve_scenarios(&[s]);
        let c = compare(&case(), &parsed, None).unwrap();
        let r = &c.results[0];
        prop_assert!(r.metrics.is_some() != r.error.is_some());
        if let Some(e) = &r.error {
            prop_assert!(e.field().starts_with("scenarios[0]."), "{}", e.field());
        }
    }
}

/// Golden figures for the plans where planted bugs once survived (issue 12), each worked by
/// hand or with a second computation (Python's decimal module at 50 digits).
mod planted {
    use super::*;

    fn one(c: &Case, s: Scenario) -> overdue_calc::engine::scenario::ScenarioResult {
        compare(c, &[Ok(s)], None).unwrap().results.remove(0)
    }

    #[test]
    fn clear_in_36_months_rounds_up_a_cent() {
        // Owed 10 300 (10 000 + 75 interest + 225 penalty). r = 0.05 % × 365 / 12 a month;
        // level payment 10 300 r (1+r)^36 / ((1+r)^36 − 1) = 373.6626… → 373.67 rounded up
        // (373.66 rounded half up would leave a remainder after 36 months).
        let c = quick("10000", "75", "2026-10-01", "2026-10-31", daily_terms("0.05"));
        let s = Scenario::MinimumPayment {
            percent: d("1"),
            amount: d("10"),
            rate: Rate { percent: d("0.05"), unit: RateUnit::Day, day_basis: 365 },
        };
        money(one(&c, s).minimum.unwrap().clear_in_36_payment, "373.67");
    }

    #[test]
    fn refinance_with_the_fee_deducted_borrows_enough() {
        // To receive 10 325 with 3 % deducted at disbursement: 10 325 / (1 − 3 %) =
        // 10 644.3298… → 10 644.33 (not 10 325 × 1.03 = 10 634.75), repaid in one month at 0 %.
        let s = Scenario::Refinance {
            rate: year("0"),
            months: 1,
            method: Method::Annuity,
            fee: d("0"),
            fee_percent: d("3"),
            deducted: true,
        };
        let m = one(&case(), s).metrics.unwrap();
        money(m.total_paid, "10644.33");
        money(m.cost_over_today, "319.33");
    }

    #[test]
    fn extension_is_an_annuity() {
        // Principal 10 000 extended 12 months at 12 %/yr (1 % a month), charges paid now:
        // 325.00 today, then SPEC §3's annuity 888.49 × 11 + 888.47 = 10 661.86; total
        // 10 986.86 (equal principal would total 10 975.00).
        let s = Scenario::Extension { months: 12, rate: year("12"), capitalise: false };
        let m = one(&case(), s).metrics.unwrap();
        money(m.total_paid, "10986.86");
        money(m.largest_payment, "888.49");
        money(m.upfront, "325.00");
    }

    #[test]
    fn break_even_as_a_share_of_the_total() {
        // Settling on 2026-11-30 (owed 10 550) against paying 10 325 today: the waiver that
        // breaks even is 225 / 10 550 = 2.1327 % of the total (and 40.909 % of the charges).
        let s = Scenario::Settlement {
            waive_interest: d("0"),
            waive_penalty: d("0"),
            waive_fees: d("0"),
            waive_principal: d("0"),
            pay_on: Some(day("2026-11-30")),
            waive_excess: false,
        };
        let c = compare(&case(), &[Ok(Scenario::PayNow), Ok(s)], None).unwrap();
        let be = &c.results[1].break_even[0];
        assert_eq!(be.waiver_percent_of_total.unwrap().round_dp(4), d("2.1327"));
        assert_eq!(be.waiver_percent_of_charges.unwrap().round_dp(3), d("40.909"));
    }

    #[test]
    fn waiting_45_days_has_the_xirr_apr() {
        // 10 325 today or 10 662.50 in 45 days (7.50 a day): EAR e = (10 662.5 / 10 325)^(365/45)
        // − 1 = 29.8088 %; as a nominal monthly rate 12 × ((1+e)^(1/12) − 1) = 26.374875 %
        // (daily compounding would give 26.0985 %).
        let m = one(&case(), Scenario::Wait { months: 0, days: 45 }).metrics.unwrap();
        money(m.total_paid, "10662.50");
        assert_eq!(m.implied_apr_percent.unwrap().round_dp(6), d("26.374875"));
    }

    #[test]
    fn a_waived_half_cent_rounds_away_from_zero() {
        // Interest 100.01 half waived: 50.005 kept → 50.01; 10 000 + 50.01 + 225 = 10 275.01.
        let c = quick("10000", "100.01", "2026-10-01", "2026-10-31", daily_terms("0.05"));
        let s = Scenario::Settlement {
            waive_interest: d("50"),
            waive_penalty: d("0"),
            waive_fees: d("0"),
            waive_principal: d("0"),
            pay_on: None,
            waive_excess: false,
        };
        money(one(&c, s).metrics.unwrap().total_paid, "10275.01");
    }
}
