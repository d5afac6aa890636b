//! Engine benchmark: prints the median time of each case over repeated runs. Figures,
//! not a test: nothing here fails on a slow machine. Run: `cargo bench --bench engine`.

use overdue_calc::engine::audit::audit;
use overdue_calc::engine::date::Date;
use overdue_calc::engine::overdue::{overdue, Case, Debt};
use overdue_calc::engine::rate::{Rate, RateUnit};
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
        lpr_extra: vec![],
    };
    let deductions: Vec<(Date, Decimal)> =
        (0..50).map(|k| (date(2025, 1, 1).add_days(k * 9).expect("date"), Decimal::from(1_000 + k * 37))).collect();
    report("audit: 36-month loan, 50 deductions", 200, || {
        black_box(audit(black_box(&detailed), black_box(&deductions)).expect("audit"));
    });
}
