//! The JS API in a real browser (wasm-bindgen-test in headless Chromium): the same case
//! as the e2e slice, through `overdue_calc::api`, and its errors as `{code, field, message}`.
#![cfg(target_arch = "wasm32")]

use js_sys::{Reflect, JSON};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn get(v: &JsValue, path: &str) -> JsValue {
    path.split('.').fold(v.clone(), |acc, k| Reflect::get(&acc, &k.into()).unwrap_or(JsValue::UNDEFINED))
}

fn json(s: &str) -> JsValue {
    JSON::parse(s).unwrap()
}

#[wasm_bindgen_test]
fn overdue_matches_the_hand_computed_case() {
    // 10 000 × 0.05 % × 1.5 × 30 days = 225.00; total 10 325.00.
    let case = json(
        r#"{"asOf":"2026-10-31","overduePrincipal":10000,"overdueInterest":"100","firstOverdueDate":"2026-10-01",
            "terms":{"rate":{"value":0.05,"unit":"day"},"penaltyMultiplier":1.5,"graceDays":0}}"#,
    );
    let r = overdue_calc::api::overdue(case).unwrap();
    assert_eq!(get(&r, "totals.penalty").as_string().unwrap(), "225.00");
    assert_eq!(get(&r, "totals.total").as_string().unwrap(), "10325.00");
    assert_eq!(get(&r, "nextDay.added").as_string().unwrap(), "7.50");
}

#[wasm_bindgen_test]
fn numbers_are_read_through_their_decimal_text() {
    // 0.1 + 0.2 as JS numbers must be exactly 0.30 of interest, not 0.30000000000000004.
    let case = json(
        r#"{"asOf":"2026-10-31","overduePrincipal":0.1,"overdueInterest":0.2,"firstOverdueDate":"2026-10-31",
            "terms":{"rate":{"value":0,"unit":"day"}}}"#,
    );
    let r = overdue_calc::api::overdue(case).unwrap();
    assert_eq!(get(&r, "totals.total").as_string().unwrap(), "0.30");
}

#[wasm_bindgen_test]
fn errors_are_thrown_as_code_field_message() {
    let e = overdue_calc::api::overdue(json(r#"{"overduePrincipal":"12abc","firstOverdueDate":"2026-01-01"}"#))
        .unwrap_err();
    assert_eq!(get(&e, "code").as_string().unwrap(), "notANumber");
    assert_eq!(get(&e, "field").as_string().unwrap(), "overduePrincipal");
    assert!(get(&e, "message").as_string().unwrap().contains("1.5万"));
    let e = overdue_calc::api::overdue(json(r#"{"payments":{"a":1}}"#)).unwrap_err();
    assert_eq!(get(&e, "code").as_string().unwrap(), "badRequest");
}

#[wasm_bindgen_test]
fn schedule_compare_and_court_tools() {
    // SPEC: a 12 × 0.6 % card plan has APR 13.03 %.
    let s = overdue_calc::api::schedule(json(
        r#"{"principal":"1.2万","rate":{"value":"0.6%","unit":"month"},"months":12,"method":"flatFee","startDate":"2026-01-01"}"#,
    ))
    .unwrap();
    assert!(get(&s, "aprPercent").as_string().unwrap().starts_with("13.03"));
    assert_eq!(get(&s, "totalInterest").as_string().unwrap(), "864.00");
    // Paying today: zero implied APR; a fee-free freeze of everything pays exactly the total.
    let case = json(
        r#"{"asOf":"2026-10-31","overduePrincipal":10000,"overdueInterest":100,"firstOverdueDate":"2026-10-01",
            "terms":{"rate":{"value":0.05,"unit":"day"},"graceDays":0}}"#,
    );
    let scenarios = json(
        r#"[{"kind":"payNow"},{"kind":"freeze","months":12,"includeInterest":true,"includePenalty":true,"includeFees":true},
            {"kind":"installments","months":"abc"}]"#,
    );
    let c = overdue_calc::api::compare(case, scenarios, JsValue::UNDEFINED).unwrap();
    let r0 = Reflect::get(&get(&c, "results"), &0.into()).unwrap();
    let r1 = Reflect::get(&get(&c, "results"), &1.into()).unwrap();
    let r2 = Reflect::get(&get(&c, "results"), &2.into()).unwrap();
    assert_eq!(get(&r0, "metrics.impliedAprPercent").as_string().unwrap(), "0");
    assert_eq!(get(&r1, "metrics.totalPaid").as_string().unwrap(), "10325.00");
    assert_eq!(get(&r2, "error.field").as_string().unwrap(), "scenarios[2].months");
    let fee = overdue_calc::api::court_fee(JsValue::from(50000), JsValue::from("simple")).unwrap();
    assert_eq!(get(&fee, "fee").as_string().unwrap(), "525.00");
    let di = overdue_calc::api::delay_interest(JsValue::from("100万"), JsValue::from(100)).unwrap();
    assert_eq!(get(&di, "interest").as_string().unwrap(), "17500.00");
}

#[wasm_bindgen_test]
fn optional_fields_may_be_undefined_or_null() {
    // Issue 11, finding 14: `payments: undefined` failed with "Reflect.get called on
    // non-object" and `terms: undefined` with "invalid type: unit value".
    for absent in [JsValue::UNDEFINED, JsValue::NULL] {
        let case =
            json(r#"{"asOf":"2026-10-31","preset":"jiebei","overduePrincipal":10000,"firstOverdueDate":"2026-10-01"}"#);
        for key in ["payments", "terms", "loan", "lpr", "contractDate", "filingDate", "postingDate", "minimumPayment"] {
            Reflect::set(&case, &key.into(), &absent).unwrap();
        }
        let r = overdue_calc::api::overdue(case).unwrap();
        // 借呗 at 0.04 %/day × 1.5 for 30 days: 10 000 × 0.06 % × 30 = 180.00.
        assert_eq!(get(&r, "totals.penalty").as_string().unwrap(), "180.00");
    }
}
