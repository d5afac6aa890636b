//! Issue 11's findings, each with a figure worked by hand in its comment. Cases go through
//! the JS API's own calls (`calls::overdue` with the JSON a script would send), so the
//! request layer is tested with the engine.

mod common;

use common::{d, money};
use overdue_calc::calls;
use overdue_calc::engine::overdue::OverdueResult;
use overdue_calc::engine::request::CaseIn;
use serde_json::{json, Value};

const TODAY: &str = "2026-11-29";

#[track_caller]
fn run(v: Value) -> OverdueResult {
    let req: CaseIn = serde_json::from_value(v).expect("request shape");
    calls::overdue(req, TODAY).expect("computes")
}

/// Finding 1: a private loan made before 2020-08-20 is judged in two segments.
/// Contract 2019-01-15 at 30 %/yr (365 days), 50 000 overdue since 2020-03-01, filed and
/// counted to 2024-06-30. No overdue rate agreed, so the term rate runs on (art. 28 ¶2).
/// Charged: 50 000 × 30 % × 1 582 / 365 = 65 013.70 (1 582 days from 2020-03-01).
/// Segment 1 (2020-03-01..2020-08-19, 172 days) at 24 %: 50 000 × 24 % × 172 / 365 = 5 654.79;
///   charged there 50 000 × 30 % × 172 / 365 = 7 068.49 → excess 1 413.70.
/// Segment 2 (2020-08-20..2024-06-29, 1 410 days) at 4 × 3.45 % = 13.8 % (LPR on the filing
///   date): 50 000 × 13.8 % × 1 410 / 365 = 26 654.79; charged 57 945.21 → excess 31 290.42.
/// Allowed 32 309.58, excess 32 704.12.
#[test]
fn private_loan_before_2020_08_20_is_split_at_the_switch() {
    let r = run(json!({
        "asOf": "2024-06-30", "preset": "private", "overduePrincipal": "50000",
        "firstOverdueDate": "2020-03-01", "contractDate": "2019-01-15", "filingDate": "2024-06-30",
        "terms": {"rate": {"value": "30", "unit": "year", "dayBasis": 365}}
    }));
    money(r.totals.charges, "65013.70");
    let line = &r.legal.lines[0];
    assert_eq!(line.line.key, "supported");
    money(line.charges, "65013.70");
    money(line.allowed, "32309.58");
    money(line.excess, "32704.12");
    let s = &line.segments;
    assert_eq!(s.len(), 2);
    assert_eq!((s[0].segment.percent, s[1].segment.percent), (d("24"), d("13.80")));
    money(s[0].allowed, "5654.79");
    money(s[0].charges, "7068.49");
    money(s[0].excess, "1413.70");
    money(s[1].allowed, "26654.79");
    money(s[1].charges, "57945.21");
    money(s[1].excess, "31290.42");
    assert_eq!(s[1].segment.lpr.unwrap().one_year, d("3.45"));
    // The void line: 36 % before the switch (50 000 × 36 % × 172 / 365 = 8 482.19 ≥ 7 068.49,
    // nothing void), then the same 13.8 % line.
    let void = &r.legal.lines[1];
    assert_eq!(void.line.key, "void");
    money(void.segments[0].allowed, "8482.19");
    money(void.segments[0].excess, "0.00");
    money(void.excess, "31290.42");
    // Filing a year later moves the second segment's line: LPR 3.00 % on 2025-06-30 → 12 %.
    let later = run(json!({
        "asOf": "2024-06-30", "preset": "private", "overduePrincipal": "50000",
        "firstOverdueDate": "2020-03-01", "contractDate": "2019-01-15", "filingDate": "2025-06-30",
        "terms": {"rate": {"value": "30", "unit": "year", "dayBasis": 365}}
    }));
    // 50 000 × 12 % × 1 410 / 365 = 23 178.08.
    money(later.legal.lines[0].segments[1].allowed, "23178.08");
}

/// Finding 2: lines are drawn only by a rule for that lender and contract date.
#[test]
fn only_lines_a_rule_draws_are_shown() {
    let keys = |r: &OverdueResult| {
        r.legal.lines.iter().flat_map(|l| l.line.segments.iter().map(|s| s.rule)).collect::<Vec<_>>()
    };
    let base = json!({"asOf": "2026-10-31", "overduePrincipal": "10000", "firstOverdueDate": "2026-10-01"});
    let with = |extra: Value| {
        let mut v = base.clone();
        v.as_object_mut().unwrap().extend(extra.as_object().unwrap().clone());
        run(v)
    };
    assert_eq!(keys(&with(json!({"preset": "jiebei"}))), ["licensed24"]);
    assert_eq!(keys(&with(json!({"preset": "private", "contractDate": "2021-03-01"}))), ["private2020"]);
    assert_eq!(
        keys(&with(json!({"preset": "private", "contractDate": "2020-08-19"}))),
        ["private2015to0819", "private2015from0820", "private2015void36", "private2015voidFrom0820"]
    );
}

/// Finding 3: every kind of charge counts against one line. A licensed loan of 10 000,
/// 100 days overdue: 罚息 0.05 %/day = 500.00 (18.25 %/yr) and a daily 违约金 of 0.02 % =
/// 200.00 (7.3 %/yr). Each alone is under 24 % (10 000 × 24 % × 100 / 365 = 657.53); together
/// 700.00 pass it by 42.47.
#[test]
fn all_charges_count_together_against_one_line() {
    let r = run(json!({
        "asOf": "2026-04-11", "preset": "custom", "overduePrincipal": "10000", "firstOverdueDate": "2026-01-01",
        "terms": {
            "penaltyRate": {"value": "0.05", "unit": "day", "dayBasis": 365},
            "lateFee": {"percent": "0.02", "frequency": "daily"}
        }
    }));
    money(r.totals.penalty, "500.00");
    money(r.totals.fees, "200.00");
    let l = &r.legal.lines[0];
    money(l.allowed, "657.53");
    money(l.charges, "700.00");
    money(l.excess, "42.47");
}

/// Finding 4: a private contract with no overdue rate. 10 000 overdue 2026-01-01 → 2026-04-11
/// (100 days). Term rate 12 %: overdue interest at 12 %, 10 000 × 12 % × 100 / 365 = 328.77
/// (not × 1.5 = 493.15). No interest agreed at all: the one-year LPR when the overdue period
/// began, 3.00 % on 2026-01-01: 10 000 × 3 % × 100 / 365 = 82.19. Agreed ×1.5: 493.15.
#[test]
fn private_overdue_rate_follows_article_28() {
    let case = |terms: Value| {
        run(json!({"asOf": "2026-04-11", "preset": "private", "overduePrincipal": "10000",
            "firstOverdueDate": "2026-01-01", "contractDate": "2025-12-01", "terms": terms}))
    };
    let term = case(json!({}));
    money(term.totals.penalty, "328.77");
    assert_eq!(term.statutory_overdue.as_ref().unwrap().kind, "termRate");
    let none = case(json!({"rate": {"value": "0", "unit": "year", "dayBasis": 365}}));
    money(none.totals.penalty, "82.19");
    let s = none.statutory_overdue.unwrap();
    assert_eq!((s.kind, s.annual_percent), ("lpr", d("3.00")));
    let agreed = case(json!({"overdueRateAgreed": true, "penaltyMultiplier": "1.5"}));
    money(agreed.totals.penalty, "493.15");
    assert!(agreed.statutory_overdue.is_none());
}

/// Finding 6a: a card's late fee is 5 % of the unpaid minimum; a blank minimum is 10 % of the
/// balance. 10 000 due 2026-01-01, counted to 2026-02-05: a fee at grace end and one on
/// 2026-02-01, each 5 % × 1 000 = 50 → 100.00 (not 2 × 500 = 1 000.00 on the whole balance).
#[test]
fn card_minimum_defaults_to_ten_percent() {
    let r = run(json!({"asOf": "2026-02-05", "preset": "creditCard", "overduePrincipal": "10000",
        "firstOverdueDate": "2026-01-01"}));
    money(r.totals.fees, "100.00");
    money(r.minimum_assumed.unwrap(), "1000.00");
    let given = run(json!({"asOf": "2026-02-05", "preset": "creditCard", "overduePrincipal": "10000",
        "firstOverdueDate": "2026-01-01", "minimumPayment": "2000"}));
    money(given.totals.fees, "200.00");
    assert!(given.minimum_assumed.is_none());
}

/// Finding 6b: a card instalment plan (flatFee) overdue bears the card's 0.05 %/day, not
/// its fee. 12 000 over 12 months at 0.6 %/month fee from 2025-12-01: the first instalment
/// (1 000 principal + 72 fee) due 2026-01-01, unpaid to 2026-01-31 (30 days):
/// 罚息 1 000 × 0.05 % × 30 = 15.00; 复利 72 × 0.05 % × 30 = 1.08.
#[test]
fn card_instalments_overdue_bear_the_card_rate() {
    let r = run(json!({"asOf": "2026-01-31", "preset": "creditCard",
        "loan": {"principal": "12000", "rate": {"value": "0.6", "unit": "month"}, "months": 12,
                 "method": "flatFee", "startDate": "2025-12-01"}}));
    assert_eq!(r.penalty_daily_percent, d("0.05"));
    money(r.totals.penalty, "15.00");
    money(r.totals.compound, "1.08");
}

/// Finding 7: a blank contract date is labelled as assumed.
#[test]
fn a_blank_contract_date_is_marked_assumed() {
    let blank = run(json!({"asOf": "2026-10-31", "preset": "private", "overduePrincipal": "10000",
        "firstOverdueDate": "2026-10-01"}));
    assert!(blank.legal.contract_date_assumed && blank.legal.filing_date_assumed);
    assert_eq!(blank.legal.contract_date, common::day("2026-10-01"));
    let given = run(json!({"asOf": "2026-10-31", "preset": "private", "overduePrincipal": "10000",
        "firstOverdueDate": "2026-10-01", "contractDate": "2025-01-01", "filingDate": "2026-10-31"}));
    assert!(!given.legal.contract_date_assumed && !given.legal.filing_date_assumed);
}

/// Finding 12: 借呗 charges 罚息 from the first overdue day: 5 000 at 0.05 %/day, 2 days →
/// 5 000 × 0.075 % × 2 = 7.50, confirmed, nothing pending. 京东白条: one 0.07 %/day,
/// 2 000 × 0.07 % × 3 = 4.20.
#[test]
fn presets_charge_as_their_public_examples() {
    let jb = run(json!({"asOf": "2026-10-03", "preset": "jiebei", "overduePrincipal": "5000",
        "firstOverdueDate": "2026-10-01", "terms": {"rate": {"value": "0.05", "unit": "day"}}}));
    money(jb.totals.penalty, "7.50");
    money(jb.totals.pending, "0.00");
    let bt = run(json!({"asOf": "2026-10-04", "preset": "jdBaitiao", "overduePrincipal": "2000",
        "firstOverdueDate": "2026-10-01"}));
    money(bt.totals.charges, "4.20");
}

/// Finding 13: 京东金条 charges per overdue instalment; nothing else falls due.
/// 3 000 over 3 months at 0.05 %/day (annuity, monthly rate 0.05 × 365 / 12 = 1.5208 %),
/// first instalment due 2026-02-01 unpaid to 2026-02-11: only it is overdue.
#[test]
fn jintiao_does_not_accelerate_by_default() {
    let r = run(json!({"asOf": "2026-02-11", "preset": "jdJintiao",
        "loan": {"principal": "3000", "rate": {"value": "0.05", "unit": "day"}, "months": 3,
                 "startDate": "2026-01-01"}}));
    assert!(r.accelerated_on.is_none());
    assert_eq!(r.installments[1].status.as_str(), "notDue");
    // Penalty on the first instalment's principal only: P1 × 0.075 % × 10.
    let p1 = r.installments[0].principal;
    money(r.totals.penalty, &format!("{:.2}", (p1 * d("0.00075") * d("10")).round_dp(2)));
}

/// Finding 14: optional fields sent as null mean absent.
#[test]
fn null_optional_fields_are_absent() {
    let r = run(json!({"asOf": "2026-10-31", "preset": "jiebei", "overduePrincipal": "10000",
        "firstOverdueDate": "2026-10-01", "payments": null, "terms": null, "loan": null, "lpr": null,
        "contractDate": null, "filingDate": null}));
    money(r.totals.principal_overdue, "10000.00");
}

/// Finding 15: instalments called due early keep their contract due dates. Bank loan
/// 12 000 / 12 months from 2026-01-01, called due 30 days after the first missed one
/// (2026-02-01 → 2026-03-03): instalment 3 is still due 2026-04-01, called due 2026-03-03.
#[test]
fn called_due_instalments_keep_their_contract_dates() {
    let r = run(json!({"asOf": "2026-03-10", "preset": "bankLoan", "terms": {"accelerateAfterDays": "30"},
        "loan": {"principal": "12000", "rate": {"value": "4.5", "unit": "year"}, "months": 12,
                 "startDate": "2026-01-01"}}));
    let i3 = &r.installments[2];
    assert_eq!(i3.due, common::day("2026-04-01"));
    assert_eq!(i3.called_due, Some(common::day("2026-03-03")));
    assert_eq!(i3.days_overdue, 7);
}

/// Findings 6c and 11: a card bill not paid in full loses its interest-free period, and a
/// payment between statements cannot pay interest not yet billed. 2 000 posted 2025-01-01
/// (day 1), due 2025-01-20, grace 3 days; 200 repaid on day 25 (2025-01-25); counted through
/// day 37 (as of 2025-02-07), 0.05 %/day:
///   2 000 × 0.05 % × 24 + 1 800 × 0.05 % × 13 = 24.00 + 11.70 = 35.70.
/// The 200 minimum (10 % of 2 000) was late: one 违约金 of 5 % × 200 = 10.00.
/// Owed 1 800 + 35.70 + 10.00 = 1 845.70. Without billing the 200 would first pay the fee
/// and the 24.00 already accrued, 166 to principal: 1 834 × 0.05 % × 13 = 11.921 → 11.92,
/// so 24.00 + 11.92 + 10.00 = 45.92 of charges instead of 45.70.
#[test]
fn card_interest_from_posting_date_and_payments_reach_only_billed_interest() {
    let case = |billing: bool| {
        run(json!({"asOf": "2025-02-07", "preset": "creditCard", "overduePrincipal": "2000",
            "firstOverdueDate": "2025-01-20", "postingDate": "2025-01-01",
            "payments": [{"date": "2025-01-25", "amount": "200"}],
            "terms": {"statementBilling": billing}}))
    };
    let r = case(true);
    money(r.totals.penalty + r.totals.compound, "35.70");
    money(r.totals.principal_overdue, "1800.00");
    money(r.totals.fees, "10.00");
    money(r.totals.total, "1845.70");
    // All charges incurred: 35.70 interest + 10.00 fee.
    money(r.legal.lines[0].charges, "45.70");
    money(case(false).legal.lines[0].charges, "45.92");
    // Paid in full within grace: the interest-free period holds, nothing is charged.
    let paid = run(json!({"asOf": "2025-02-07", "preset": "creditCard", "overduePrincipal": "2000",
        "firstOverdueDate": "2025-01-20", "postingDate": "2025-01-01",
        "payments": [{"date": "2025-01-22", "amount": "2000"}]}));
    money(paid.totals.total, "0.00");
    money(paid.totals.charges, "0.00");
}

/// After a statement the billed charges are reachable. The same bill, nothing paid until
/// 2025-02-21; the statement of 2025-02-20 (a month after the first missed day, 2025-01-20)
/// bills the 10.00 fee of 2025-01-24 and the interest 2 000 × 0.05 % × 50 days
/// (2025-01-01 → 2025-02-20) = 50.00: 60.00 billed. A second 10.00 fee is charged that day.
/// A 100 payment on 2025-02-21 reaches 60.00 of charges (fees first: 20.00, then 40.00
/// interest) and pays 40.00 principal; the 11.00 interest since is not billed yet
/// (1.00 for 2025-02-20 plus 10.00 left of the 50.00).
#[test]
fn a_payment_after_a_statement_pays_billed_charges_first() {
    let r = run(json!({"asOf": "2025-02-21", "preset": "creditCard", "overduePrincipal": "2000",
        "firstOverdueDate": "2025-01-20", "postingDate": "2025-01-01",
        "payments": [{"date": "2025-02-21", "amount": "100"}]}));
    let p = &r.payments[0];
    money(p.to_fees, "20.00");
    money(p.to_penalty + p.to_compound, "40.00");
    money(p.to_principal, "40.00");
    money(r.totals.principal_overdue, "1960.00");
}

/// Rules → lines as a table: for each (lender, contract date, filing date), the lines drawn
/// and each segment's rule and rate, worked from the instruments. LPR one-year fixings used:
/// 3.85 % (2020-04-20 to 2021-12-19), 3.45 % (2024-02-20 to 2024-07-21), 3.00 % (from
/// 2025-05-20). Every row of `legal_rules::RULES` must appear in some row here.
#[test]
fn rules_draw_their_lines() {
    use overdue_calc::engine::legal::lines;
    use overdue_calc::engine::legal_rules::RULES;
    use overdue_calc::engine::terms::LenderType::{Licensed, Private};
    type Want = &'static [(&'static str, &'static [(&'static str, &'static str)])];
    let table: &[(_, &str, &str, Want)] = &[
        // Licensed lenders are outside the private-lending rules (法释〔2020〕27号 art. 1);
        // charges above 24 % a year together may be cut (法发〔2017〕22号 art. 2 ¶2).
        (Licensed, "2020-01-01", "2024-06-30", &[("supported", &[("licensed24", "24")])]),
        (Licensed, "2026-01-01", "2026-11-29", &[("supported", &[("licensed24", "24")])]),
        // Made on or after 2020-08-20: 4 × LPR on the contract date (art. 25), 4 × 3.85 %.
        (Private, "2021-01-01", "2024-06-30", &[("supported", &[("private2020", "15.40")])]),
        (Private, "2020-08-20", "2026-11-29", &[("supported", &[("private2020", "15.40")])]),
        // Made before: 24 % / 36 % to 2020-08-19 (2015 rules art. 26), then 4 × LPR on the
        // filing date (art. 31): 4 × 3.45 % = 13.80 %, or 4 × 3.00 % = 12.00 %.
        (
            Private,
            "2020-08-19",
            "2024-06-30",
            &[
                ("supported", &[("private2015to0819", "24"), ("private2015from0820", "13.80")]),
                ("void", &[("private2015void36", "36"), ("private2015voidFrom0820", "13.80")]),
            ],
        ),
        (
            Private,
            "2019-01-15",
            "2025-06-30",
            &[
                ("supported", &[("private2015to0819", "24"), ("private2015from0820", "12.00")]),
                ("void", &[("private2015void36", "36"), ("private2015voidFrom0820", "12.00")]),
            ],
        ),
    ];
    let date = |s: &str| overdue_calc::engine::date::Date::parse(s, "t").unwrap();
    for (lender, contract, filing, want) in table {
        let got = lines(*lender, date(contract), date(filing), &[]).unwrap();
        let got: Vec<(&str, Vec<(&str, rust_decimal::Decimal)>)> =
            got.iter().map(|l| (l.key, l.segments.iter().map(|s| (s.rule, s.percent)).collect())).collect();
        let want: Vec<(&str, Vec<(&str, rust_decimal::Decimal)>)> =
            want.iter().map(|(k, segs)| (*k, segs.iter().map(|(r, p)| (*r, d(p))).collect())).collect();
        assert_eq!(got, want, "{lender:?} contract {contract} filed {filing}");
    }
    for rule in RULES {
        let drawn =
            table.iter().any(|(.., want)| want.iter().any(|(_, segs)| segs.iter().any(|(r, _)| *r == rule.key)));
        assert!(drawn, "rule {} has no row in this table", rule.key);
    }
}

/// Issue 14.8: "已还 N 期" stands for the first N installments paid on their due dates.
/// 12 000 at 0 % over 12 from 2026-01-15: 1 000 a month, due the 15th from 2026-02-15.
/// Three paid, as of 2026-05-20: the fourth (2026-05-15) is 1 000 overdue, 8 000 not due.
#[test]
fn paid_installments_stand_for_on_time_payments() {
    let case = |extra: Value| {
        let mut v = json!({
            "asOf": "2026-05-20", "preset": "custom",
            "loan": {"principal": "12000", "rate": {"value": "0", "unit": "year"}, "months": 12,
                     "method": "annuity", "startDate": "2026-01-15"},
        });
        v.as_object_mut().unwrap().extend(extra.as_object().unwrap().clone());
        v
    };
    let short = run(case(json!({"paidInstallments": "3"})));
    money(short.totals.principal_overdue, "1000.00");
    money(short.totals.principal_not_due, "8000.00");
    // The same as typing the three payments.
    let typed = run(case(json!({"payments": [
        {"date": "2026-02-15", "amount": "1000"}, {"date": "2026-03-15", "amount": "1000"},
        {"date": "2026-04-15", "amount": "1000"}]})));
    assert_eq!(short.totals, typed.totals);
    let err = |extra: Value| {
        let req: CaseIn = serde_json::from_value(case(extra)).unwrap();
        let e = calls::overdue(req, TODAY).unwrap_err();
        format!("{}:{}", e.code(), e.field())
    };
    // The third due on the case date itself counts as paid on time.
    let on_the_day = run(json!({"asOf": "2026-04-15", "preset": "custom", "paidInstallments": "3",
        "loan": {"principal": "12000", "rate": {"value": "0", "unit": "year"}, "months": 12,
                 "method": "annuity", "startDate": "2026-01-15"}}));
    money(on_the_day.totals.principal_not_due, "9000.00");
    // More than the term, or the fifth due (2026-06-15) after the case date: refused.
    assert_eq!(err(json!({"paidInstallments": "13"})), "tooLarge:paidInstallments");
    assert_eq!(err(json!({"paidInstallments": "5"})), "dateOrder:paidInstallments");
}

/// A payment typed on the due date of an installment that 已还 N 期 already counts is named
/// (the same 12 000 / 12 loan: dues 2026-02-15, 03-15, 04-15, …), and only those: a payment
/// on another day, on a due date after the N-th, with a bad date, or with no N is not.
#[test]
fn a_payment_typed_on_a_counted_due_date_is_named() {
    let case = |paid: &str, dates: &[&str]| -> CaseIn {
        let payments: Vec<Value> = dates.iter().map(|d| json!({"date": d, "amount": "1000"})).collect();
        serde_json::from_value(json!({
            "asOf": "2026-05-20", "preset": "custom", "paidInstallments": paid, "payments": payments,
            "loan": {"principal": "12000", "rate": {"value": "0", "unit": "year"}, "months": 12,
                     "method": "annuity", "startDate": "2026-01-15"},
        }))
        .unwrap()
    };
    let pairs = |c: CaseIn| c.paid_twice().iter().map(|p| (p.payment, p.installment)).collect::<Vec<_>>();
    let dates = ["2026-03-15", "2026-03-16", "2026-05-15", "2026-02-15", "2026-02-30"];
    assert_eq!(pairs(case("3", &dates)), vec![(0, 2), (3, 1)]);
    assert_eq!(pairs(case("4", &dates)), vec![(0, 2), (2, 4), (3, 1)]);
    assert_eq!(pairs(case("", &dates)), vec![]);
    assert_eq!(pairs(case("x", &dates)), vec![]);
    // The API's result names them too (the date that does not exist is left out first).
    let api = calls::overdue(case("3", &dates[..4]), TODAY).unwrap();
    let json = serde_json::to_value(&api.paid_twice).unwrap();
    assert_eq!(json, json!([{"payment": 0, "installment": 2}, {"payment": 3, "installment": 1}]));
}

/// Issue 14.9: the API formats a plain figure as the page prints it.
#[test]
fn the_api_formats_figures_as_the_page_does() {
    use overdue_calc::engine::request::Text;
    let f = |v: &str, s: Option<&str>| calls::format(Text(v.into()), s).map_err(|e| e.code());
    assert_eq!(f("10325", None), Ok("10,325.00".into()));
    assert_eq!(f("1234567.5", Some("money")), Ok("1,234,567.50".into()));
    assert_eq!(f("-212.5", Some("delta")), Ok("-212.50".into()));
    assert_eq!(f("7.5", Some("delta")), Ok("+7.50".into()));
    assert_eq!(f("21.900", Some("percent")), Ok("21.9%".into()));
    assert_eq!(f("25.1226", Some("percent")), Ok("25.12%".into()));
    assert_eq!(f("abc", None), Err("notANumber"));
    assert_eq!(f("1", Some("yen")), Err("unknownChoice"));
}
