//! Cases written for the mutants of the engine that survived the second measurement
//! (docs/mutants.md, "Second session"), each with its figure worked by hand.

mod common;
use common::*;
use overdue_calc::engine::overdue::{overdue, Case, Debt};
use overdue_calc::engine::rate::{Rate, RateUnit};
use overdue_calc::engine::terms::{Allocation, FeeBase, FeeFrequency, LateFee, PenaltyBase, Terms};

/// 12 %/yr on 360 days: 1 % a month, and a 罚息 of 1.5 × 12 / 360 = 0.05 %/day.
fn twelve_percent() -> Terms {
    Terms { rate: Rate { percent: d("12"), unit: RateUnit::Year, day_basis: 360 }, ..daily_terms("0.05") }
}

/// A fixed late fee of `fixed`, charged `frequency`.
fn fixed_fee(fixed: &str, frequency: FeeFrequency) -> Option<LateFee> {
    Some(LateFee { percent: d("0"), fixed: d(fixed), min: d("0"), max: None, frequency, base: FeeBase::Installment })
}

mod overdue_result {
    use super::*;

    #[test]
    fn the_chart_counts_principal_not_due_and_interest_accrued() {
        // 10 000 + 100 overdue from 2026-10-01, 5 000 not yet due bearing 0.05 %/day from then:
        // on 2026-10-31 principal 10 000 + 5 000 = 15 000.00, interest 100 + 5 000 × 0.05 % × 30
        // = 100 + 75 = 175.00.
        let mut c = quick("10000", "100", "2026-10-01", "2026-10-31", daily_terms("0.05"));
        if let Debt::Quick { not_due_principal, .. } = &mut c.debt {
            *not_due_principal = d("5000");
        }
        let r = overdue(&c).unwrap();
        let today = r.timeline.iter().find(|p| p.date == day("2026-10-31")).unwrap();
        money(today.principal, "15000.00");
        money(today.interest, "175.00");
    }

    #[test]
    fn an_installments_total_counts_its_fees() {
        // 10 000 + 100 from 2026-10-01 to 2026-10-31: 罚息 10 000 × 0.075 % × 30 = 225.00, a
        // fee of 50 once: 10 000 + 100 + 225 + 50 = 10 375.00.
        let terms = Terms { late_fee: fixed_fee("50", FeeFrequency::Once), ..daily_terms("0.05") };
        let r = overdue(&quick("10000", "100", "2026-10-01", "2026-10-31", terms)).unwrap();
        money(r.installments[0].fees, "50.00");
        money(r.installments[0].total, "10375.00");
    }

    #[test]
    fn a_payment_is_recorded_with_its_date() {
        let mut c = quick("10000", "0", "2026-10-01", "2026-10-31", daily_terms("0.05"));
        c.payments = vec![(day("2026-10-15"), d("100"))];
        let r = overdue(&c).unwrap();
        assert_eq!(r.payments[0].date, Some(day("2026-10-15")));
    }
}

mod grace_and_fees {
    use super::*;

    #[test]
    fn an_installment_paid_inside_its_grace_leaves_nothing_pending() {
        // 1 000 at 1 % a month, due 2026-02-15 with 10.00 of interest, grace 3 days, repaid
        // (1 010.00) on 2026-02-17: the 2 days of 罚息 (1 000 × 0.05 % × 2 = 1.00) are dropped.
        let terms = Terms { grace_days: 3, ..twelve_percent() };
        let r = overdue(&detailed("1000", 1, terms, vec![("2026-02-17", "1010")], "2026-03-01")).unwrap();
        money(r.totals.pending, "0.00");
        money(r.totals.total, "0.00");
        assert_eq!(r.installments[0].status.as_str(), "paid");
    }

    #[test]
    fn installments_called_due_early_bear_no_late_fee() {
        // 3 000 over 3 months from 2026-01-15 (due 02-15, 03-15, 04-15), nothing paid, a fee of
        // 50 at grace end and each month after, the loan called due 30 days after the first
        // missed installment (2026-03-17). To 2026-04-20: #1 fees on 02-16, 03-15, 04-15 (150),
        // #2 on 03-16 and 04-15 (100), #3 (called due) none: 250.00.
        let terms = Terms {
            late_fee: fixed_fee("50", FeeFrequency::Monthly),
            accelerate_after_days: Some(30),
            ..twelve_percent()
        };
        let r = overdue(&detailed("3000", 3, terms, vec![], "2026-04-20")).unwrap();
        assert_eq!(r.accelerated_on, Some(day("2026-03-17")));
        for (i, want) in r.installments.iter().zip(["150.00", "100.00", "0.00"]) {
            money(i.fees, want);
        }
        money(r.totals.fees, "250.00");
    }

    #[test]
    fn a_grace_ending_a_month_after_the_due_date_charges_the_next_fee_a_month_on() {
        // Due 2026-02-15, grace 30 days: it ends on 03-18 (1 month and 3 days after), the first
        // fee of 50 that day; the next is on the second monthly anniversary, 04-15. To 04-10: 50.
        let terms = Terms { grace_days: 30, late_fee: fixed_fee("50", FeeFrequency::Monthly), ..twelve_percent() };
        let r = overdue(&detailed("1000", 1, terms, vec![], "2026-04-10")).unwrap();
        money(r.totals.fees, "50.00");
    }

    /// 1 000 at 1 % a month for one month (due 2026-02-15, 1 010.00), 罚息 and 复利 at 0.05 %/day
    /// on principal and interest, principal first after 90 days; by 2026-05-16 (90 days):
    /// 罚息 1 000 × 0.05 % × 90 = 45.00, 复利 10 × 0.05 % × 90 = 0.45.
    fn principal_first(fee: Option<LateFee>, paid: &str) -> Case {
        let terms = Terms {
            penalty_base: PenaltyBase::Installment,
            allocation: Allocation::PrincipalFirstAfter90,
            late_fee: fee,
            ..twelve_percent()
        };
        detailed("1000", 1, terms, vec![("2026-05-16", paid)], "2026-05-16")
    }

    #[test]
    fn a_repaid_installment_stays_overdue_whatever_charges_are_left() {
        // 1 010 + 45 − 0.45 = 1 054.55 paid: principal, interest and 44.55 of 罚息; left
        // 罚息 0.45 and 复利 0.45 (0.90), so not paid.
        let r = overdue(&principal_first(None, "1054.55")).unwrap();
        let i = &r.installments[0];
        money(i.penalty, "0.45");
        money(i.compound, "0.45");
        assert_eq!(i.status.as_str(), "overdue");
        // 1 010 + 45 = 1 055 paid: only the 复利 of 0.45 is left, still not paid.
        let r = overdue(&principal_first(None, "1055")).unwrap();
        let i = &r.installments[0];
        money(i.penalty + i.fees, "0.00");
        money(i.compound, "0.45");
        assert_eq!(i.status.as_str(), "overdue");
        // With a fee of 20 once (at grace end, 2026-02-16) and 1 010 + 25.45 paid: left 罚息
        // 45 − 25.45 = 19.55, 复利 0.45, fee 20 (40.00 in all, the fee equal to the rest).
        let r = overdue(&principal_first(fixed_fee("20", FeeFrequency::Once), "1035.45")).unwrap();
        let i = &r.installments[0];
        money(i.penalty, "19.55");
        money(i.compound, "0.45");
        money(i.fees, "20.00");
        assert_eq!(i.status.as_str(), "overdue");
    }
}

mod presets {
    use super::*;
    use overdue_calc::calls;
    use overdue_calc::engine::request::CaseIn;
    use serde_json::json;

    fn run(preset: &str, principal: &str, as_of: &str) -> overdue_calc::engine::overdue::OverdueResult {
        let req: CaseIn = serde_json::from_value(json!({"asOf": as_of, "preset": preset,
            "overduePrincipal": principal, "firstOverdueDate": "2026-10-01"}))
        .unwrap();
        calls::overdue(req, "2026-11-29").unwrap()
    }

    #[test]
    fn huabei_and_baitiao_bills_bear_no_contract_interest() {
        for p in ["huabei", "jdBaitiao"] {
            assert_eq!(run(p, "1000", "2026-10-31").contract_annual_percent, d("0"), "{p}");
        }
    }

    #[test]
    fn huabei_rounds_its_fee_each_day() {
        // 1 234.56 × 0.05 % = 0.61728 a day, rounded to 0.62; 10 days (past the 3-day grace,
        // so from the first day): 6.20. Unrounded it would be 6.1728 → 6.17.
        let r = run("huabei", "1234.56", "2026-10-11");
        money(r.totals.penalty, "6.20");
    }
}

mod plans {
    use super::*;
    use overdue_calc::engine::scenario::{compare, Comparison, Included, Scenario};
    use overdue_calc::engine::schedule::Method;

    /// The standard case (10 000 + 100 from 2026-10-01 to 2026-10-31, 罚息 225.00) with a fee
    /// of 200 once: 10 525.00 owed. Charges 425.00 against the 24 % line's 10 000 × 24 % × 30 /
    /// 365 = 197.26: 227.74 above it.
    fn with_fee() -> Case {
        let terms = Terms { late_fee: fixed_fee("200", FeeFrequency::Once), ..daily_terms("0.05") };
        quick("10000", "100", "2026-10-01", "2026-10-31", terms)
    }

    fn inst(include: Included, waive_rest: bool) -> Scenario {
        Scenario::Installments {
            months: 1,
            method: Method::Annuity,
            rate: Rate { percent: d("0"), unit: RateUnit::Year, day_basis: 360 },
            include,
            down: d("0"),
            waive_rest,
        }
    }

    fn settle(waive_penalty: &str) -> Scenario {
        Scenario::Settlement {
            waive_interest: d("0"),
            waive_penalty: d(waive_penalty),
            waive_fees: d("0"),
            waive_principal: d("0"),
            pay_on: None,
            waive_excess: false,
        }
    }

    fn metric(c: &Comparison, k: usize) -> &overdue_calc::engine::scenario::Metrics {
        c.results[k].metrics.as_ref().unwrap()
    }

    const FEES_ONLY: Included = Included { interest: false, penalty: false, fees: true };

    #[test]
    fn what_plans_pay_above_the_line_counts_fees_and_penalty_apart() {
        let plans = [settle("100"), inst(FEES_ONLY, false), inst(Included::default(), false), inst(FEES_ONLY, true)];
        let r = compare(&with_fee(), &plans.map(Ok), None).unwrap();
        money(r.base.excess, "227.74");
        // Settling with the 罚息 waived keeps only the fee (200.00) of the 425.00 charges; the
        // line allows 425.00 − 227.74 = 197.26, so 200.00 − 197.26 = 2.74 is still above it
        // (the waiver took 225.00 of the 227.74 first).
        money(metric(&r, 0).pays_excess, "2.74");
        // Financing the fee and paying the 罚息 now: 200 + 225 = 425 paid, 227.74 above the line.
        money(metric(&r, 1).pays_excess, "227.74");
        // Financing neither: both paid now, 425 again.
        money(metric(&r, 2).pays_excess, "227.74");
        // Financing principal and fee over a month at 0 %, the rest waived: 10 000 + 200.
        money(metric(&r, 3).total_paid, "10200.00");
    }

    #[test]
    fn a_credit_is_deducted_from_what_a_plan_finances() {
        // 3 000 over 3 months at 0 % (1 000 a month), 1 500 paid on the first due date
        // (2026-02-15): 500 held as credit, 2 000 not yet due. On 2026-02-20 the plan finances
        // 2 000 − 500 = 1 500 and pays that in a month.
        let terms = Terms { rate: Rate { percent: d("0"), unit: RateUnit::Year, day_basis: 360 }, ..daily_terms("0") };
        let c = detailed("3000", 3, terms, vec![("2026-02-15", "1500")], "2026-02-20");
        let r = compare(&c, &[Ok(inst(Included::default(), false))], None).unwrap();
        money(r.base.credit, "500.00");
        money(metric(&r, 0).total_paid, "1500.00");
    }

    #[test]
    fn break_even_measures_the_saving_against_every_charge_and_skips_settlements() {
        // Settling now pays 10 525.00; financing only the principal with the rest waived pays
        // 10 000. The saving, 525, is all the interest, 罚息 and fee (100 + 225 + 200): 100 %.
        let plans = [settle("0"), settle("50"), inst(Included::default(), true)];
        let r = compare(&with_fee(), &plans.map(Ok), None).unwrap();
        let against: Vec<usize> = r.results[0].break_even.iter().map(|b| b.against).collect();
        assert_eq!(against, [2]);
        assert_eq!(r.results[0].break_even[0].waiver_percent_of_charges, Some(d("100")));
    }

    #[test]
    fn a_plan_at_exactly_the_line_does_not_exceed_it() {
        // 1 000 due today, extended one month at 24 %/yr (2 % a month): 1 020 repaid on
        // 2026-11-30, a monthly IRR of 2 % and an APR of 2 % × 12 = 24 %, the 24 % line itself.
        let small = quick("1000", "0", "2026-10-31", "2026-10-31", daily_terms("0.05"));
        let ext = Scenario::Extension {
            months: 1,
            rate: Rate { percent: d("24"), unit: RateUnit::Year, day_basis: 360 },
            capitalise: true,
        };
        let r = compare(&small, &[Ok(ext)], None).unwrap();
        let m = metric(&r, 0);
        money(m.total_paid, "1020.00");
        assert_eq!(m.plan_apr_percent, Some(d("24")));
        assert!(!m.exceeds_line);
    }

    #[test]
    fn minimum_payments_that_never_clear_become_a_36_month_plan() {
        // 1 000 due today, paying nothing at 1 000 %/yr (365 days): the balance grows by about
        // 80 % a month and never clears. The 36-month level payment at 1 000 / 12 = 83.33…% a
        // month is 1 000 × r × g / (g − 1) with g = 1.8333…^36 ≈ 3 × 10⁹: 833.333… + 3 × 10⁻⁷,
        // rounded up to 833.34.
        let small = quick("1000", "0", "2026-10-31", "2026-10-31", daily_terms("0.05"));
        let s = Scenario::MinimumPayment {
            percent: d("0"),
            amount: d("0"),
            rate: Rate { percent: d("1000"), unit: RateUnit::Year, day_basis: 365 },
        };
        let r = compare(&small, &[Ok(s)], None).unwrap();
        assert!(r.results[0].error.is_none(), "{:?}", r.results[0].error);
        let info = r.results[0].minimum.as_ref().unwrap();
        assert_eq!(info.months_to_clear, None);
        money(info.clear_in_36_payment, "833.34");
        assert_eq!(r.results[0].flows.len(), 36);
        assert!(r.results[0].flows.iter().all(|f| f.amount == d("833.34")));
    }

    #[test]
    fn minimum_payments_that_rise_in_a_long_month_can_still_clear() {
        // 10 000 000 due 2026-12-31 at 0.05 %/day, 153 000 a month (30.6 days of interest on
        // the start). January's 31 days add 10 000 000 × 0.05 % × 31 = 155 000: the balance
        // rises to 10 002 000, above its start. But the payment meets a month's interest only
        // at 153 000 / (0.05 % × 365 / 12) ≈ 10 060 274, so the balance, below that, falls on
        // average and clears: the gap of about 58 000 widens by about 1.52 % a month and reaches
        // 10 000 000 after about ln(172) / ln(1.0152) ≈ 340 months, inside the 600 simulated.
        let big = quick("10000000", "0", "2026-12-31", "2026-12-31", daily_terms("0.05"));
        let s = Scenario::MinimumPayment {
            percent: d("0"),
            amount: d("153000"),
            rate: Rate { percent: d("0.05"), unit: RateUnit::Day, day_basis: 365 },
        };
        let r = compare(&big, &[Ok(s)], None).unwrap();
        let months = r.results[0].minimum.as_ref().unwrap().months_to_clear.unwrap();
        assert!((300..400).contains(&months), "{months}");
        money(r.results[0].flows[0].amount, "153000.00");
    }
}

/// `Scenario::months`: only plans with a term have a shortest term that fits. With a budget
/// of 100 000 a month, paying now fits but has no term to shorten; 12 installments of the
/// 10 325.00 fit from one month (10 325.00 in a month is under 100 000).
#[test]
fn only_plans_with_a_term_have_a_shortest_fitting_term() {
    use overdue_calc::engine::budget::Budget;
    use overdue_calc::engine::scenario::{compare, Included, Scenario};
    use overdue_calc::engine::schedule::Method;
    let case = quick("10000", "100", "2026-10-01", "2026-10-31", daily_terms("0.05"));
    let budget = Budget::new(d("100000"), vec![], vec![], None);
    let plans = [
        Ok(Scenario::PayNow),
        Ok(Scenario::Wait { months: 2, days: 0 }),
        Ok(Scenario::Installments {
            months: 12,
            method: Method::Annuity,
            rate: Rate { percent: d("0"), unit: RateUnit::Year, day_basis: 360 },
            include: Included::ALL,
            down: d("0"),
            waive_rest: false,
        }),
    ];
    let c = compare(&case, &plans, Some(&budget)).unwrap();
    assert_eq!(c.results[0].shortest_fit_months, None);
    assert_eq!(c.results[1].shortest_fit_months, None);
    assert_eq!(c.results[2].shortest_fit_months, Some(1));
}

mod several_debts {
    use overdue_calc::calls::{self, Order};
    use overdue_calc::engine::request::Text;
    use overdue_calc::engine::request_plans::DebtIn;

    fn debt(balance: &str, rate: &str) -> DebtIn {
        DebtIn { name: "x".into(), balance: Text(balance.into()), rate: Text(rate.into()), minimum: Text("100".into()) }
    }

    fn three() -> Vec<DebtIn> {
        vec![debt("1000", "12"), debt("2000", "24"), debt("500", "6")]
    }

    fn run(list: &[DebtIn], order: &str) -> Result<overdue_calc::engine::debts::DebtsComparison, String> {
        calls::debts_all(list, &Text("1000".into()), Order::Text(Text(order.into())), "debtsOrder")
            .map_err(|e| format!("{}:{}", e[0].code(), e[0].field()))
    }

    #[test]
    fn two_hundred_debts_are_read_and_a_rate_of_1000_percent() {
        let list = vec![debt("1000", "12"); 200];
        assert_eq!(run(&list, "").unwrap().plans[0].sequence.len(), 200);
        let more = vec![debt("1000", "12"); 201];
        assert_eq!(run(&more, "").unwrap_err(), "tooMany:debts");
        assert!(run(&[debt("1000", "1000")], "").is_ok());
        assert_eq!(run(&[debt("1000", "1000.01")], "").unwrap_err(), "tooLarge:debts[0].rate");
    }

    #[test]
    fn a_typed_order_is_read_with_any_separator() {
        // "3, 1" (1-based): debts 2 and 0 first, then the one left out, 1.
        for text in ["3,1", "3，1", "3、1", "3 1", " 3 ,, 1 "] {
            let r = run(&three(), text).unwrap();
            assert_eq!(r.plans.len(), 3, "{text}");
            assert_eq!(r.plans[2].sequence, [2, 0, 1], "{text}");
        }
        // Blank: no custom plan.
        assert_eq!(run(&three(), " ").unwrap().plans.len(), 2);
    }

    #[test]
    fn a_typed_order_refuses_zero_repeats_and_numbers_past_the_list() {
        assert_eq!(run(&three(), "0").unwrap_err(), "tooSmall:debtsOrder");
        assert_eq!(run(&three(), "2,2").unwrap_err(), "unknownChoice:debtsOrder");
        assert_eq!(run(&three(), "1,4").unwrap_err(), "tooLarge:debtsOrder");
        // The last debt alone: [2, 0, 1].
        assert_eq!(run(&three(), "3").unwrap().plans[2].sequence, [2, 0, 1]);
    }
}
