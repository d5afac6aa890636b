//! Golden values for schedules, APR, court tools, LPR and the deduction audit. Every
//! expected figure is SPEC's or worked by hand (the working is in the comment).

mod common;
use common::*;
use overdue_calc::engine::audit::audit;
use overdue_calc::engine::court::{court_fee, delay_interest, Procedure};
use overdue_calc::engine::legal::lines;
use overdue_calc::engine::lpr::in_force;
use overdue_calc::engine::rate::{Rate, RateUnit};
use overdue_calc::engine::schedule::{schedule, InterestBasis, Loan, Method, Schedule};
use overdue_calc::engine::terms::LenderType;

fn loan(p: &str, percent: &str, unit: RateUnit, months: u32, method: Method, start: &str) -> Schedule {
    let rate = Rate { percent: d(percent), unit, day_basis: unit.default_basis() };
    schedule(&Loan { principal: d(p), rate, months, method, start: day(start), basis: InterestBasis::Monthly })
        .unwrap()
        .with_apr(months)
}

#[test]
fn annuity_matches_spec_example() {
    // SPEC §3: 10 000 at 12 %/yr for 12 months → 888.49, last 888.47, interest 661.86.
    let s = loan("10000", "12", RateUnit::Year, 12, Method::Annuity, "2026-01-15");
    money(s.periods[0].payment, "888.49");
    money(s.periods[11].payment, "888.47");
    money(s.total_interest, "661.86");
    money(s.periods[0].interest, "100.00");
    money(s.periods[1].interest, "92.12");
    assert_eq!(s.periods.iter().map(|p| p.principal).sum::<rust_decimal::Decimal>(), d("10000"));
    // A level-payment loan at 12 %/yr nominal has APR 12.00 %, EAR 1.01^12 − 1 = 12.68 %.
    assert_eq!(s.apr_percent.unwrap().round_dp(2), d("12.00"));
    assert_eq!(s.ear_percent.unwrap().round_dp(2), d("12.68"));
}

#[test]
fn equal_principal_interest_only_and_bullet() {
    // 12 000 at 1 %/month: principal 1 000 each; interest 120, 110, … 10 → 780.
    let s = loan("12000", "12", RateUnit::Year, 12, Method::EqualPrincipal, "2026-01-01");
    money(s.periods[0].payment, "1120.00");
    money(s.periods[11].payment, "1010.00");
    money(s.total_interest, "780.00");
    // Interest only: 100 a month, 10 100 at the end, 1 200 in all.
    let s = loan("10000", "12", RateUnit::Year, 12, Method::InterestOnly, "2026-01-01");
    money(s.periods[0].payment, "100.00");
    money(s.periods[11].payment, "10100.00");
    money(s.total_interest, "1200.00");
    // Bullet: 2026-01-01 → 2026-04-01 is 90 days; 10 000 × 0.05 % × 90 = 450.00.
    let s = loan("10000", "0.05", RateUnit::Day, 3, Method::Bullet, "2026-01-01");
    assert_eq!(s.periods.len(), 1);
    assert_eq!(s.periods[0].due, day("2026-04-01"));
    money(s.periods[0].payment, "10450.00");
}

#[test]
fn flat_fee_card_plan_apr_is_13_03() {
    // 12 000 in 12 installments at 0.6 %/month fee: 1 000 + 72 = 1 072; fees 864; APR 13.03 %.
    let s = loan("12000", "0.6", RateUnit::Month, 12, Method::FlatFee, "2026-01-01");
    money(s.periods[0].payment, "1072.00");
    money(s.total_interest, "864.00");
    assert_eq!(s.apr_percent.unwrap().round_dp(2), d("13.03"));
}

#[test]
fn last_period_absorbs_rounding_and_month_ends_clamp() {
    // 100 over 3 months at 0 %: 33.33, 33.33, 33.34.
    let s = loan("100", "0", RateUnit::Year, 3, Method::EqualPrincipal, "2026-01-31");
    let paid: Vec<String> = s.periods.iter().map(|p| p.payment.to_string()).collect();
    assert_eq!(paid, ["33.33", "33.33", "33.34"]);
    let dues: Vec<String> = s.periods.iter().map(|p| p.due.to_string()).collect();
    assert_eq!(dues, ["2026-02-28", "2026-03-31", "2026-04-30"]);
    // A zero-rate plan has a zero APR.
    assert_eq!(s.apr_percent.unwrap().round_dp(6), d("0"));
}

#[test]
fn court_fee_bands_and_halving() {
    // ≤ 10 000: 50. 50 000: 50 + 40 000 × 2.5 % = 1 050. 100 000: 50 + 90 000 × 2.5 % = 2 300.
    // 200 000: 2 300 + 100 000 × 2 % = 4 300. 1 000 000: 4 300 + 300 000 × 1.5 % + 500 000 × 1 % = 13 800.
    for (amount, fee) in
        [("5000", "50.00"), ("50000", "1050.00"), ("100000", "2300.00"), ("200000", "4300.00"), ("1000000", "13800.00")]
    {
        money(court_fee(d(amount), Procedure::Ordinary).unwrap().fee, fee);
    }
    let half = court_fee(d("50000"), Procedure::Simple).unwrap();
    money(half.fee, "525.00");
    money(half.full, "1050.00");
    assert!(half.halved);
    assert_eq!(court_fee(d("-1"), Procedure::Ordinary).unwrap_err().code(), "tooSmall");
}

#[test]
fn court_fee_in_every_bracket_above_a_million() {
    // Worked by hand on the brackets of 诉讼费用交纳办法 art. 13 (cumulative at each top:
    // 1 000 000 → 13 800; 2 000 000 → 22 800; 5 000 000 → 46 800; 10 000 000 → 81 800;
    // 20 000 000 → 141 800), checked again with a second computation in Python.
    for (amount, fee) in [
        ("1000001", "13800.01"),   // 13 800 + 1 × 0.9 % = 13 800.009 → 13 800.01 (half a cent up)
        ("1500000", "18300.00"),   // 13 800 + 500 000 × 0.9 %
        ("3000000", "30800.00"),   // 22 800 + 1 000 000 × 0.8 %
        ("7000000", "60800.00"),   // 46 800 + 2 000 000 × 0.7 %
        ("15000000", "111800.00"), // 81 800 + 5 000 000 × 0.6 %
        ("30000000", "191800.00"), // 141 800 + 10 000 000 × 0.5 %
        ("1000000000000", "5000041800.00"), // 141 800 + 999 980 000 000 × 0.5 %
    ] {
        money(court_fee(d(amount), Procedure::Ordinary).unwrap().fee, fee);
    }
}

#[test]
fn schedule_interest_rounds_half_a_cent_away_from_zero() {
    // 1 000.50 at 1 %/month interest-only: 10.005 → 10.01 (四舍五入), not 10.00.
    let s = loan("1000.50", "12", RateUnit::Year, 1, Method::InterestOnly, "2026-01-01");
    money(s.periods[0].interest, "10.01");
}

#[test]
fn irr_of_the_spec_annuity_to_nine_places() {
    // −10 000, then 888.49 × 11 and 888.47: bisection in Python to 50 digits gives
    // 0.0100000955236076…; the engine's IRR must agree to 1e-9.
    let mut flows = vec![d("-10000")];
    flows.extend(std::iter::repeat_n(d("888.49"), 11));
    flows.push(d("888.47"));
    let i = overdue_calc::engine::irr::irr(&flows).unwrap();
    assert!((i - d("0.0100000955236076")).abs() < d("0.000000001"), "{i}");
}

#[test]
fn doubled_delay_interest() {
    // 1 000 000 × 0.0175 % × 100 = 17 500.
    money(delay_interest(d("1000000"), 100).unwrap().interest, "17500.00");
    money(delay_interest(d("0"), 100).unwrap().interest, "0.00");
}

#[test]
fn lpr_and_lines() {
    assert_eq!(in_force(day("2026-11-24"), &[]).unwrap().one_year, d("3.00"));
    // 民间借贷 made 2021-01-01 (after 2020-08-20): 4 × LPR on the contract date, 3.85 % →
    // 15.40 %, one line; no 36 % line is drawn for it (法释〔2020〕17号 art. 25).
    let ls = lines(LenderType::Private, day("2021-01-01"), day("2024-06-30"), &[]).unwrap();
    assert_eq!(ls.len(), 1);
    assert_eq!(ls[0].percent, d("15.40"));
    assert_eq!(ls[0].segments[0].lpr.unwrap().one_year, d("3.85"));
    // Made 2020-01-01, filed 2024-06-30: 24 % to 2020-08-19, then 4 × 3.45 % = 13.80 %
    // (art. 31); the void line is 36 % before the switch (2015 rules art. 26).
    let ls = lines(LenderType::Private, day("2020-01-01"), day("2024-06-30"), &[]).unwrap();
    let pcts = |l: &overdue_calc::engine::legal::Line| l.segments.iter().map(|s| s.percent).collect::<Vec<_>>();
    assert_eq!(pcts(&ls[0]), vec![d("24"), d("13.80")]);
    assert_eq!(pcts(&ls[1]), vec![d("36"), d("13.80")]);
    assert_eq!(ls[0].segments[0].until, Some(day("2020-08-19")));
    assert_eq!(ls[0].segments[1].from, Some(day("2020-08-20")));
    let ls = lines(LenderType::Licensed, day("2020-01-01"), day("2024-06-30"), &[]).unwrap();
    assert_eq!(ls.len(), 1);
    assert_eq!(ls[0].percent, d("24"));
}

#[test]
fn audit_finds_overdeduction_and_excess_over_the_line() {
    // Day 10: owed 10 000 + 100 + 75 (10 000 × 0.075 % × 10) = 10 175. 12 000 taken:
    // 1 825 beyond everything owed. Charges taken 75; the 24 % line allows
    // 10 000 × 24 % × 10 / 365 = 65.75, so 9.25 of them pass the line.
    let c = quick("10000", "100", "2026-10-01", "2026-10-31", daily_terms("0.05"));
    let a = audit(&c, &[(day("2026-10-11"), d("12000"))]).unwrap();
    let v = &a.deductions[0];
    money(v.owed_due, "10175.00");
    money(v.to_reclaim, "1825.00");
    money(v.charges_taken, "75.00");
    money(v.above_legal_line, "9.25");
    money(a.case.totals.credit, "1825.00");
    money(a.total_to_reclaim, "1825.00");
}

/// Every preset on one case, as a table (adding a preset is adding a row): 10 000 + 100
/// overdue from 2026-10-01, counted to 2026-10-31 (30 days) and to 2026-10-03 (2 days),
/// each preset's typical terms, worked by hand:
/// - 借呗/微粒贷/京东金条: 0.04 %/day × 1.5 on principal: 6.00 a day, 180.00; day 2: 12.00.
/// - 花呗: 0.05 %/day on principal and interest, each day rounded: 5.00 + 0.05 a day,
///   151.50; day 2 inside the 3-day grace: nothing charged yet (10.10 pending).
/// - 京东白条: 0.07 %/day on principal and interest: 210.00 + 2.10 = 212.10; day 2: 14.14.
/// - 信用卡: 0.05 %/day on principal and interest (150.00 + 1.50), one 违约金 of 5 % × the
///   assumed 1 010 minimum = 50.50 at grace end: 202.00; day 2: in grace.
/// - 银行消费贷: 4.5 %/yr ÷ 360 × 1.5 = 0.01875 %/day on principal and interest:
///   56.25 + 0.5625 → 56.81; day 2: 3.75 + 0.0375 → 3.79.
/// - 民间借贷: no overdue rate agreed, the 12 %/yr term rate on 365 days on principal:
///   98.63; day 2: 6.58.
/// - 自定义: 18 %/yr ÷ 360 × 1.5 on principal: 225.00; day 2: 15.00.
#[test]
fn every_preset_on_one_case() {
    use overdue_calc::engine::overdue::overdue;
    use overdue_calc::engine::terms::{preset, PRESETS};
    let table = [
        ("jiebei", "180.00", "12.00", "0.00"),
        ("weilidai", "180.00", "12.00", "0.00"),
        ("huabei", "151.50", "0.00", "10.10"),
        ("jdJintiao", "180.00", "12.00", "0.00"),
        ("jdBaitiao", "212.10", "14.14", "0.00"),
        ("creditCard", "202.00", "0.00", "10.10"),
        ("bankLoan", "56.81", "3.79", "0.00"),
        ("private", "98.63", "6.58", "0.00"),
        ("custom", "225.00", "15.00", "0.00"),
    ];
    assert_eq!(table.len(), PRESETS.len(), "a row for every preset");
    for (key, month, two_days, pending) in table {
        let terms = preset(key).unwrap();
        let r = overdue(&quick("10000", "100", "2026-10-01", "2026-10-31", terms.clone())).unwrap();
        money(r.totals.charges, month);
        let r2 = overdue(&quick("10000", "100", "2026-10-01", "2026-10-03", terms)).unwrap();
        money(r2.totals.charges, two_days);
        money(r2.totals.pending, pending);
    }
}

#[test]
fn the_card_preset_pays_principal_first_from_day_90() {
    use overdue_calc::engine::overdue::overdue;
    use overdue_calc::engine::terms::preset;
    // Day 90 (2026-01-01 → 2026-04-01): a 500 payment goes to principal, not to the interest
    // and fees already billed.
    let mut c = quick("10000", "0", "2026-01-01", "2026-04-01", preset("creditCard").unwrap());
    c.payments = vec![(day("2026-04-01"), d("500"))];
    let p = &overdue(&c).unwrap().payments[0];
    money(p.to_principal, "500.00");
    money(p.to_fees + p.to_penalty + p.to_compound, "0.00");
}
