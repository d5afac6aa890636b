//! Invariants over many generated inputs (proptest): schedules add up, allocation conserves
//! money, charges never shrink with time, a zero rate charges nothing, and no input panics.

mod common;
use common::*;
use overdue_calc::engine::date::Date;
use overdue_calc::engine::overdue::{overdue, Debt};
use overdue_calc::engine::parse;
use overdue_calc::engine::rate::{Rate, RateUnit};
use overdue_calc::engine::request::{CaseIn, LoanIn, PaymentIn, RateIn, TermsIn, Text};
use overdue_calc::engine::schedule::{schedule, InterestBasis, Loan, Method};
use overdue_calc::engine::terms::{Penalty, Terms};
use proptest::prelude::*;
use rust_decimal::Decimal;

fn cents(c: u64) -> Decimal {
    Decimal::new(c as i64, 2)
}

fn a_date() -> impl Strategy<Value = Date> {
    (2000i32..2040, 1u32..=12, 1u32..=31).prop_map(|(y, m, dd)| Date::ymd(y, m, dd.min(28)).unwrap())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn schedules_sum_to_principal(p in 1u64..100_000_000_000, bp in 0u32..10_000, n in 1u32..=360,
                                  m in 0usize..5, actual in any::<bool>(), start in a_date()) {
        let rate = Rate { percent: Decimal::new(i64::from(bp), 2), unit: RateUnit::Year, day_basis: 360 };
        let basis = if actual { InterestBasis::ActualDays } else { InterestBasis::Monthly };
        let s = schedule(&Loan { principal: cents(p), rate, months: n, method: Method::ALL[m], start, basis }).unwrap();
        let sum: Decimal = s.periods.iter().map(|x| x.principal).sum();
        prop_assert_eq!(sum, cents(p));
        for x in &s.periods {
            prop_assert!(x.balance >= Decimal::ZERO && x.principal >= Decimal::ZERO && x.interest >= Decimal::ZERO);
            prop_assert_eq!(x.payment, x.principal + x.interest);
        }
        prop_assert_eq!(s.periods.last().unwrap().balance, Decimal::ZERO);
        if bp == 0 && Method::ALL[m] != Method::FlatFee {
            prop_assert_eq!(s.total_interest, Decimal::ZERO);
        }
    }

    #[test]
    fn allocation_conserves_money(p in 1u64..1_000_000_000, i in 0u64..1_000_000, pays in prop::collection::vec((0i64..200, 0u64..5_000_000), 0..8)) {
        let first = day("2025-01-01");
        let mut c = quick("0", "0", "2025-01-01", "2025-08-01", daily_terms("0.05"));
        c.debt = Debt::Quick { overdue_principal: cents(p), overdue_interest: cents(i), first_overdue: first, not_due_principal: cents(p / 3), minimum_payment: None };
        c.payments = pays.iter().map(|(off, amt)| (first.add_days(*off).unwrap(), cents(*amt))).collect();
        let r = overdue(&c).unwrap();
        for rec in &r.payments {
            let parts = rec.to_fees + rec.to_penalty + rec.to_compound + rec.to_interest + rec.to_principal + rec.to_not_due + rec.to_credit;
            prop_assert_eq!(parts, rec.amount);
        }
        // Principal only goes down, and by no more than was paid.
        let lent = cents(p) + cents(p / 3);
        let left = r.totals.principal_overdue + r.totals.principal_not_due;
        let paid: Decimal = r.payments.iter().map(|x| x.amount).sum();
        prop_assert!(left <= lent && left >= lent - paid);
        prop_assert!(r.totals.penalty >= Decimal::ZERO && r.totals.total + r.totals.credit >= Decimal::ZERO);
    }

    #[test]
    fn charges_never_decrease_with_days(p in 1u64..1_000_000_000, days1 in 0i64..2000, extra in 0i64..400, preset in 0usize..overdue_calc::engine::terms::PRESETS.len()) {
        let key = overdue_calc::engine::terms::PRESETS[preset].key;
        let terms = overdue_calc::engine::terms::preset(key).unwrap();
        let first = day("2020-03-31");
        let at = |n: i64| {
            let mut c = quick("0", "0", "2020-03-31", "2020-03-31", terms.clone());
            c.debt = Debt::Quick { overdue_principal: cents(p), overdue_interest: cents(p / 100), first_overdue: first, not_due_principal: cents(p), minimum_payment: Some(cents(p / 10)) };
            c.as_of = first.add_days(n).unwrap();
            overdue(&c).unwrap().totals
        };
        let (a, b) = (at(days1), at(days1 + extra));
        prop_assert!(b.total >= a.total, "{} then {}", a.total, b.total);
        prop_assert!(b.charges + b.pending >= a.charges);
    }

    #[test]
    fn zero_rate_charges_nothing(p in 1u64..1_000_000_000, n in 0i64..3000) {
        let terms = Terms { penalty: Penalty::Multiplier(d("1.5")), ..daily_terms("0") };
        let mut c = quick("0", "0", "2020-01-01", "2020-01-01", terms);
        c.debt = Debt::Quick { overdue_principal: cents(p), overdue_interest: Decimal::ZERO, first_overdue: day("2020-01-01"), not_due_principal: cents(p), minimum_payment: None };
        c.as_of = day("2020-01-01").add_days(n).unwrap();
        let r = overdue(&c).unwrap();
        prop_assert_eq!(r.totals.charges, Decimal::ZERO);
        prop_assert_eq!(r.totals.interest_accrued, Decimal::ZERO);
        prop_assert_eq!(r.totals.total, cents(p) * Decimal::TWO);
    }

    #[test]
    fn parsers_never_panic(s in ".{0,40}", t in "[0-9０-９.,，万千亿%％ 元-]{0,30}") {
        let _ = parse::amount(&s, "x");
        let _ = parse::amount(&t, "x");
        let _ = parse::percent(&t, "x");
        let _ = parse::count(&t, "x", 600);
        let _ = Date::parse(&s, "x");
        let _ = Date::parse(&t, "x");
    }

    #[test]
    fn any_request_gives_a_result_or_a_named_error(
        fields in prop::collection::vec(prop_oneof![
            Just(String::new()), Just("1e30".to_string()), Just("-5".to_string()), Just("0".to_string()),
            Just("9999999999999".to_string()), Just("0.000000000000001".to_string()), Just("1000".to_string()),
            Just("9999-01-01".to_string()), Just("2100-12-31".to_string()), Just("1990-01-01".to_string()),
            Just("2024-02-29".to_string()), "[0-9.万千%-]{1,8}", "20[0-9]{2}-[01][0-9]-[0-3][0-9]",
        ], 14),
        unit in prop_oneof![Just("day"), Just("month"), Just("year"), Just("week")],
        preset in prop_oneof![Just("jiebei"), Just("creditCard"), Just("jdJintiao"), Just("huabei"), Just("private"), Just("nope")],
        detailed in any::<bool>(), method in 0usize..6,
    ) {
        let f = |k: usize| Text(fields[k].clone());
        let req = CaseIn {
            as_of: f(0), preset: preset.to_string(), overdue_principal: f(1), overdue_interest: f(2),
            first_overdue_date: f(3), not_due_principal: f(4), minimum_payment: f(5),
            loan: detailed.then(|| LoanIn {
                principal: f(6), rate: RateIn { value: f(7), unit: unit.to_string(), day_basis: None }, months: f(8),
                method: ["annuity", "equalPrincipal", "interestOnly", "bullet", "flatFee", "x"][method].to_string(),
                start_date: f(9), interest_basis: String::new(),
            }),
            payments: vec![PaymentIn { date: f(10), amount: f(11) }],
            terms: TermsIn { rate: Some(RateIn { value: f(12), unit: unit.to_string(), day_basis: None }), grace_days: Some(f(13)), ..TermsIn::default() },
            ..CaseIn::default()
        };
        match req.resolve() {
            Ok(case) => { let _ = overdue(&case); }
            Err(errs) => { prop_assert!(errs.iter().all(|e| !e.field().is_empty())); }
        }
    }
}
