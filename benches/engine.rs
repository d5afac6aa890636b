//! Engine benchmark: prints the median time of each case over repeated runs. Figures,
//! not a test: nothing here fails on a slow machine. Run: `cargo bench --bench engine`.

use overdue_calc::engine::audit::audit;
use overdue_calc::engine::date::Date;
use overdue_calc::engine::overdue::{overdue, Case, Debt};
use overdue_calc::engine::rate::{Rate, RateUnit};
use overdue_calc::engine::scenario::{compare, Included, Scenario};
use overdue_calc::engine::schedule::{schedule, InterestBasis, Loan, Method};
use overdue_calc::engine::terms::preset;
use rust_decimal::Decimal;
use std::hint::black_box;
use std::time::{Duration, Instant};

fn median(runs: usize, mut f: impl FnMut()) -> Duration {
    f(); // warm up
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .collect();
    times.sort();
    times[runs / 2]
}

fn report(name: &str, runs: usize, f: impl FnMut()) {
    let m = median(runs, f);
    println!("bench {name:<48} median {:>10.1} µs  ({runs} runs)", m.as_secs_f64() * 1e6);
}

fn date(y: i32, m: u32, d: u32) -> Date {
    Date::ymd(y, m, d).expect("valid date")
}

fn main() {
    let loan = Loan {
        principal: Decimal::from(1_000_000),
        rate: Rate { percent: Decimal::new(49, 1), unit: RateUnit::Year, day_basis: 360 },
        months: 360,
        method: Method::Annuity,
        start: date(2020, 1, 31),
        basis: InterestBasis::Monthly,
    };
    report("schedule: 360-month annuity", 200, || {
        black_box(schedule(black_box(&loan)).expect("schedule"));
    });
    report("schedule: 360-month annuity with APR (as the API)", 200, || {
        black_box(schedule(black_box(&loan)).expect("schedule").with_apr(360));
    });

    let card = preset("creditCard").expect("preset");
    let three_years = Case {
        as_of: date(2026, 1, 1),
        debt: Debt::Quick {
            overdue_principal: Decimal::from(50_000),
            overdue_interest: Decimal::from(800),
            first_overdue: date(2023, 1, 1),
            not_due_principal: Decimal::ZERO,
            minimum_payment: Some(Decimal::from(2_500)),
        },
        payments: vec![],
        terms: card,
        contract_date: None,
        filing_date: None,
        posting_date: None,
        lpr_extra: vec![],
    };
    report("ledger: 3 years, card, monthly compounding", 200, || {
        black_box(overdue(black_box(&three_years)).expect("overdue"));
    });

    let detailed = Case {
        as_of: date(2026, 11, 24),
        debt: Debt::Detailed { loan: Loan { months: 36, start: date(2024, 1, 15), ..loan.clone() } },
        payments: (1..=10).map(|k| (date(2024, 1, 15).add_months(k).expect("date"), Decimal::from(30_000))).collect(),
        terms: preset("bankLoan").expect("preset"),
        contract_date: None,
        filing_date: None,
        posting_date: None,
        lpr_extra: vec![],
    };
    let deductions: Vec<(Date, Decimal)> =
        (0..50).map(|k| (date(2025, 1, 1).add_days(k * 9).expect("date"), Decimal::from(1_000 + k * 37))).collect();
    report("audit: 36-month loan, 50 deductions", 200, || {
        black_box(audit(black_box(&detailed), black_box(&deductions)).expect("audit"));
    });

    let sixty = Case {
        as_of: date(2026, 11, 24),
        debt: Debt::Quick {
            overdue_principal: Decimal::from(8_000),
            overdue_interest: Decimal::from(300),
            first_overdue: date(2026, 6, 10),
            not_due_principal: Decimal::from(52_000),
            minimum_payment: None,
        },
        payments: vec![],
        terms: preset("jiebei").expect("preset"),
        contract_date: None,
        filing_date: None,
        posting_date: None,
        lpr_extra: vec![],
    };
    let year = |p: i64| Rate { percent: Decimal::from(p), unit: RateUnit::Year, day_basis: 360 };
    let scenarios: Vec<Result<Scenario, overdue_calc::engine::error::Error>> = vec![
        Scenario::PayNow,
        Scenario::Wait { months: 3, days: 0 },
        Scenario::Settlement {
            waive_interest: Decimal::from(50),
            waive_penalty: Decimal::ONE_HUNDRED,
            waive_fees: Decimal::ONE_HUNDRED,
            waive_principal: Decimal::ZERO,
            pay_on: None,
            waive_excess: false,
        },
        Scenario::Installments {
            months: 60,
            method: Method::Annuity,
            rate: year(12),
            include: Included::ALL,
            down: Decimal::ZERO,
            waive_rest: false,
        },
        Scenario::Freeze {
            months: 60,
            include: Included::ALL,
            down: Decimal::ZERO,
            fee_monthly: Decimal::ZERO,
            waive_rest: false,
            card: false,
        },
        Scenario::Extension { months: 60, rate: year(10), capitalise: true },
        Scenario::MinimumPayment {
            percent: Decimal::TEN,
            amount: Decimal::ONE_HUNDRED,
            rate: Rate { percent: Decimal::new(5, 2), unit: RateUnit::Day, day_basis: 365 },
        },
        Scenario::Refinance {
            rate: year(15),
            months: 60,
            method: Method::Annuity,
            fee: Decimal::ZERO,
            fee_percent: Decimal::from(2),
            deducted: true,
        },
    ]
    .into_iter()
    .map(Ok)
    .collect();
    let budget = overdue_calc::engine::budget::Budget::new(Decimal::from(9_000), vec![], vec![], None);
    report("compare: 8 scenarios, 60-month case, with budget", 50, || {
        black_box(compare(black_box(&sixty), black_box(&scenarios), Some(&budget)).expect("compare"));
    });

    // XIRR (a plan whose payments miss the monthly anniversaries, as the ways out's APR):
    // 10 000 lent on 2026-01-31, 24 payments of 480 on the 1st of each month from March.
    let mut dated = vec![(date(2026, 1, 31), Decimal::from(-10_000))];
    dated.extend((0..24u32).map(|k| (date(2026 + (2 + k as i32) / 12, (2 + k) % 12 + 1, 1), Decimal::from(480))));
    report("xirr: 24 dated payments", 200, || {
        black_box(overdue_calc::engine::irr::xirr(black_box(&dated)).expect("xirr"));
    });
}
