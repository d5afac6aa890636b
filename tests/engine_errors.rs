//! Errors name the field the user must change and say which way it is wrong.

use overdue_calc::calls;
use overdue_calc::engine::error::Error;
use overdue_calc::engine::parse;
use overdue_calc::engine::request::{CaseIn, PaymentIn};

fn quick(first: &str, as_of: &str) -> CaseIn {
    CaseIn {
        overdue_principal: "10000".into(),
        first_overdue_date: first.into(),
        as_of: as_of.into(),
        ..CaseIn::default()
    }
}

#[test]
fn a_first_overdue_date_after_the_as_of_date_is_named_as_too_late() {
    let e = calls::overdue(quick("2026-11-30", "2026-10-31"), "2026-11-25").unwrap_err();
    assert_eq!(e, Error::NotAfter { field: "firstOverdueDate".into(), other: "asOf".into() });
    assert_eq!(e.to_string(), "firstOverdueDate: must not be after asOf");
}

#[test]
fn a_payment_after_the_as_of_date_is_named_on_its_own_date() {
    let mut c = quick("2026-10-01", "2026-10-31");
    c.loan = None;
    let e = calls::audit(c, vec![PaymentIn { date: "2026-11-30".into(), amount: "10".into() }], "2026-11-25");
    assert_eq!(e.unwrap_err(), Error::NotAfter { field: "deductions[0].date".into(), other: "asOf".into() });
}

#[test]
fn an_as_of_date_whose_next_month_is_out_of_range_is_named_on_as_of() {
    let e = calls::overdue(quick("2026-10-01", "2100-12-31"), "2026-11-25").unwrap_err();
    assert_eq!(e, Error::TooLarge { field: "asOf".into(), max: "2100-09-30".into() });
    assert!(calls::overdue(quick("2026-10-01", "2100-09-30"), "2026-11-25").is_ok());
}

#[test]
fn money_with_thirty_decimals_says_two_decimals() {
    let e = parse::amount("1.123456789012345678901234567890", "x").unwrap_err();
    assert_eq!(e, Error::TooPrecise { field: "x".into(), decimals: 2 });
    assert_eq!(parse::amount("5%", "x").unwrap_err(), Error::NotANumber { field: "x".into() });
}
