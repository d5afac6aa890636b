//! The court way out (`court`), each figure worked by hand: charges capped at the line, the
//! fee brackets of 诉讼费用交纳办法 arts. 13 and 14, and the doubled interest's days.

mod common;
use common::*;
use overdue_calc::engine::court::execution_fee;
use overdue_calc::engine::overdue::Case;
use overdue_calc::engine::scenario::{compare, CourtInfo, Scenario};

/// 10 000 + 100 overdue since 2026-10-01, penalty 7.50 a day (0.075 %), on 2026-10-31;
/// the 24 % line allows 10 000 × 24 % / 365 a day.
fn case() -> Case {
    quick("10000", "100", "2026-10-01", "2026-10-31", daily_terms("0.05"))
}

fn court(filing: Option<&str>, judgment: Option<&str>, paid: Option<&str>, lawyer: &str) -> Scenario {
    let date = |s: Option<&str>| s.map(day);
    Scenario::Court {
        filing_date: date(filing),
        judgment_date: date(judgment),
        paid_on: date(paid),
        lawyer_fee: d(lawyer),
    }
}

fn info(s: Scenario) -> CourtInfo {
    let c = compare(&case(), &[Ok(s)], None).unwrap();
    let r = &c.results[0];
    assert!(r.error.is_none(), "{:?}", r.error);
    let info = r.court.clone().expect("a court plan's parts");
    assert_eq!(r.flows.len(), 1);
    assert_eq!(r.flows[0].date, info.paid_on);
    assert_eq!(r.flows[0].amount, info.total, "the one payment is the parts' total");
    info
}

#[test]
fn paid_when_due_costs_the_capped_debt_and_the_fee() {
    let c = info(court(None, None, None, "0"));
    assert_eq!((c.filing_date, c.judgment_date), (day("2026-10-31"), day("2027-01-31")));
    // 15 days to appeal + 10 to pay.
    assert_eq!(c.due_date, day("2027-02-25"));
    assert_eq!(c.paid_on, c.due_date);
    // On the filing date: 225.00 charged, 197.26 allowed (2 400 × 30 / 365 = 197.260…).
    money(c.claim, "10297.26");
    // On 2027-02-25, 147 days: 1 102.50 charged, 966.58 allowed (2 400 × 147 / 365).
    money(c.cut, "135.92");
    money(c.supported, "11066.58");
    // 50 + (10 297.26 − 10 000) × 2.5 % = 57.4315 → 57.43, halved in simple procedure
    // (诉讼费用交纳办法 art. 16): 28.715 → 28.72.
    money(c.court_fee, "28.72");
    assert_eq!(c.days_late, 0);
    money(c.execution_fee, "0.00");
    money(c.delay_interest, "0.00");
    money(c.total, "11095.30");
}

#[test]
fn paid_late_adds_the_enforcement_fee_and_doubled_interest() {
    let c = info(court(None, None, Some("2027-03-27"), "1000"));
    // 2027-02-25 → 2027-03-27: 3 + 27 = 30 days.
    assert_eq!(c.days_late, 30);
    // 177 days: 1 327.50 charged, 1 163.84 allowed (2 400 × 177 / 365 = 1 163.8356).
    money(c.cut, "163.66");
    money(c.supported, "11263.84");
    // Base: the judgment's money debt without interest (法释〔2014〕8号 art. 1): principal
    // 10 000 + no late fees + fee 28.72 + lawyer 1 000 = 11 028.72; × 0.0175 % × 30 = 57.9008.
    money(c.delay_base, "11028.72");
    money(c.delay_interest, "57.90");
    // Enforced 11 263.84 + 28.72 + 1 000 = 12 292.56: 50 + 2 292.56 × 1.5 % = 84.3884.
    money(c.execution_fee, "84.39");
    // 11 263.84 + 28.72 + 1 000 + 84.39 + 57.90.
    money(c.total, "12434.85");
}

#[test]
fn one_day_late_counts_one_day() {
    let c = info(court(None, None, Some("2027-02-26"), "0"));
    assert_eq!(c.days_late, 1);
    // (10 000 + 28.72) × 0.000175 = 1.755 → 1.76.
    money(c.delay_interest, "1.76");
}

#[test]
fn a_later_filing_moves_the_claim_and_the_dates() {
    let c = info(court(Some("2026-11-30"), Some("2026-12-15"), None, "0"));
    assert_eq!(c.due_date, day("2027-01-09"));
    // 60 days at filing: 450.00 charged, 394.52 allowed (2 400 × 60 / 365 = 394.5205).
    money(c.claim, "10494.52");
    // 50 + 494.52 × 2.5 % = 62.363 → 62.36, halved: 31.18.
    money(c.court_fee, "31.18");
}

#[test]
fn dates_out_of_order_are_errors_on_their_fields() {
    let bad = [
        (court(None, Some("2026-10-30"), None, "0"), "scenarios[0].judgmentDate"),
        (court(None, None, Some("2027-01-30"), "0"), "scenarios[0].paidOn"),
        // Judged in the past, and "paid" before the case date.
        (court(Some("2026-09-01"), Some("2026-10-01"), Some("2026-10-30"), "0"), "scenarios[0].paidOn"),
    ];
    for (s, field) in bad {
        let c = compare(&case(), &[Ok(s)], None).unwrap();
        let e = c.results[0].error.as_ref().expect("an error");
        assert_eq!(e.field(), field);
    }
}

#[test]
fn the_court_never_pays_above_the_line() {
    let c = compare(&case(), &[Ok(court(None, None, None, "0"))], None).unwrap();
    let m = c.results[0].metrics.as_ref().unwrap();
    assert!(!m.exceeds_line);
    assert_eq!(m.pays_excess, d("0"));
}

/// 诉讼费用交纳办法 art. 14(1)2: 50 up to 10 000; 1.5 % to 500 000; 1 % to 5 000 000;
/// 0.5 % to 10 000 000; 0.1 % above.
#[test]
fn enforcement_fee_brackets() {
    let rows = [
        ("0", "50.00"),
        ("10000", "50.00"),
        ("10000.01", "50.00"),
        ("20000", "200.00"),
        // 50 + 490 000 × 1.5 % = 7 400.
        ("500000", "7400.00"),
        // 7 400 + 100 000 × 1 % = 8 400.
        ("600000", "8400.00"),
        // 7 400 + 45 000 = 52 400; + 25 000 = 77 400; + 2 000 000 × 0.1 % = 79 400.
        ("5000000", "52400.00"),
        ("10000000", "77400.00"),
        ("12000000", "79400.00"),
    ];
    for (amount, fee) in rows {
        assert_eq!(execution_fee(d(amount)).unwrap(), d(fee), "{amount}");
    }
    assert_eq!(execution_fee(d("-1")).unwrap_err().code(), "tooSmall");
}

/// A claim that passes the input limit after its charges (1e12 principal) is still priced:
/// the fee functions' limit is for typed amounts, not for what the engine computed.
#[test]
fn a_claim_past_the_input_limit_still_computes() {
    let case = quick("1000000000000", "0", "2026-10-01", "2026-10-31", daily_terms("0.05"));
    let c = compare(&case, &[Ok(court(None, None, Some("2027-03-27"), "0"))], None).unwrap();
    assert!(c.results[0].error.is_none(), "{:?}", c.results[0].error);
    assert!(c.results[0].court.as_ref().unwrap().execution_fee > d("1000000"));
}

/// The suit's own filing date fixes the line of a private loan made before 2020-08-20 (法释
/// 〔2020〕17号 art. 31), whatever filing date the case itself names. 50 000 at 30 % overdue
/// since 2020-03-01 (tests/engine_legal.rs): to 2020-08-19 the 24 % line allows 5 654.79;
/// from 2020-08-20 to 2025-06-29 (1 775 days) 4 × the LPR on the filing date. Sued on
/// 2025-06-30 (LPR 3.00 %, 12 %): 50 000 × 12 % × 1 775 / 365 = 29 178.08 allowed, so the
/// claim is 50 000 + 5 654.79 + 29 178.08 = 84 832.87 (the case's own 2024-06-30, LPR 3.45 %,
/// would give 13.8 % and 89 209.58).
#[test]
fn the_suits_filing_date_sets_the_line_of_an_old_private_loan() {
    use overdue_calc::engine::request::CaseIn;
    let req: CaseIn = serde_json::from_value(serde_json::json!({
        "asOf": "2024-06-30", "preset": "private", "overduePrincipal": "50000",
        "firstOverdueDate": "2020-03-01", "contractDate": "2019-01-15", "filingDate": "2024-06-30",
        "terms": {"rate": {"value": "30", "unit": "year", "dayBasis": 365}}
    }))
    .unwrap();
    let case = req.resolve().unwrap();
    let s = court(Some("2025-06-30"), None, None, "0");
    let c = compare(&case, &[Ok(s)], None).unwrap();
    let info = c.results[0].court.clone().unwrap();
    money(info.claim, "84832.87");
    // Blank: the case's own filing date is not ahead of the case date, so the suit is today.
    let c = compare(&case, &[Ok(court(None, None, None, "0"))], None).unwrap();
    assert_eq!(c.results[0].court.as_ref().unwrap().filing_date, day("2024-06-30"));
}

/// A blank filing date takes the case's own when it lies ahead.
#[test]
fn a_blank_filing_date_takes_the_cases_own_when_ahead() {
    let mut case = case();
    case.filing_date = Some(day("2026-12-15"));
    let c = compare(&case, &[Ok(court(None, None, None, "0"))], None).unwrap();
    assert_eq!(c.results[0].court.as_ref().unwrap().filing_date, day("2026-12-15"));
}

/// Judged on the day of filing and paid on the day of judgment: allowed (same-day dates).
#[test]
fn same_day_dates_are_in_order() {
    let c = info(court(Some("2026-11-30"), Some("2026-11-30"), Some("2026-11-30"), "0"));
    assert_eq!((c.judgment_date, c.paid_on), (day("2026-11-30"), day("2026-11-30")));
    assert_eq!(c.days_late, 0);
}

/// A suit already filed (2026-10-11, before the case date): 10 days overdue then, 75.00
/// charged, 2 400 × 10 / 365 = 65.75 allowed, so the claim is 10 175 − 9.25 = 10 165.75; the
/// fee 50 + 165.75 × 2.5 % = 54.14, halved 27.07; judged 2027-01-11, due 2027-02-05 (127
/// days overdue: 952.50 charged, 835.07 allowed), 10 935.07 supported; 10 962.14 in all.
#[test]
fn a_suit_already_filed_takes_its_own_date() {
    let c = info(court(Some("2026-10-11"), None, None, "0"));
    money(c.claim, "10165.75");
    money(c.court_fee, "27.07");
    assert_eq!(c.due_date, day("2027-02-05"));
    money(c.supported, "10935.07");
    money(c.total, "10962.14");
    // Judged and due before the case date: paid today, days late counted to today.
    let c = info(court(Some("2026-10-02"), Some("2026-10-05"), None, "0"));
    assert_eq!(c.paid_on, day("2026-10-31"));
    // Due 2026-10-30, paid 2026-10-31: 1 day.
    assert_eq!(c.days_late, 1);
    // Sued before the debt was overdue: an error on the filing date, not on the case.
    let e = compare(&case(), &[Ok(court(Some("2026-09-01"), None, None, "0"))], None).unwrap();
    assert_eq!(e.results[0].error.as_ref().map(|e| e.field().to_string()), Some("scenarios[0].filingDate".into()));
}

/// Being sued is compared, never marked: on an old private loan at 30 % the court path costs
/// far less than paying everything now (it cuts 32 704.12 above the line), yet paying now is
/// the cheapest plan marked, the only other one here.
#[test]
fn the_court_path_is_never_marked_cheapest() {
    use overdue_calc::engine::request::CaseIn;
    use overdue_calc::engine::scenario::Scenario;
    let req: CaseIn = serde_json::from_value(serde_json::json!({
        "asOf": "2024-06-30", "preset": "private", "overduePrincipal": "50000",
        "firstOverdueDate": "2020-03-01", "contractDate": "2019-01-15",
        "terms": {"rate": {"value": "30", "unit": "year", "dayBasis": 365}}
    }))
    .unwrap();
    let case = req.resolve().unwrap();
    let c = compare(&case, &[Ok(Scenario::PayNow), Ok(court(None, None, None, "0"))], None).unwrap();
    let total = |k: usize| c.results[k].metrics.as_ref().unwrap().total_paid;
    assert!(total(1) < total(0), "{} vs {}", total(1), total(0));
    assert_eq!(c.cheapest, Some(0));
}
