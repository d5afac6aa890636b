//! Fuzzing the JS API natively: arbitrary JSON (any shape, extreme numbers, odd dates, huge
//! lists) goes through `serde_json` into the same request types and the same `calls::*`
//! functions that `window.OverdueCalc` uses (api.rs only swaps serde_json for
//! serde-wasm-bindgen). Every call must return a result or a typed error, within a bounded
//! time, and every result must keep the invariants of SPEC §3–§5, checked against figures
//! recomputed here. `FUZZ_CASES` (default 1500) and `FUZZ_SEED` set the run; the test
//! prints the case count, calls, time and the slowest call.

mod fuzz;
use fuzz::gen::{self, Rng};
use fuzz::invariants as inv;
use overdue_calc::calls::{self, Order};
use overdue_calc::engine::date::Date;
use overdue_calc::engine::request::CaseIn;
use overdue_calc::engine::request_plans as plans;
use overdue_calc::engine::scenario;
use rust_decimal::Decimal;
use serde::de::DeserializeOwned;
use serde_json::Value;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::{Duration, Instant};

const TODAY: &str = "2026-11-25";
/// A call slower than this is taken for unbounded work (the slowest legitimate call, a
/// 600-month comparison in a debug build, takes well under a second).
const HANG: Duration = Duration::from_secs(20);

/// Deserializes like the JS API: null means "not given" (the type's default); a wrong
/// shape is a typed `badRequest`, not a panic.
fn input<T: DeserializeOwned + Default>(v: &Value) -> Option<T> {
    if v.is_null() {
        return Some(T::default());
    }
    serde_json::from_value(v.clone()).ok()
}

/// Scalars go to the API as text (`Text`): strings as they are, numbers via their JSON text.
fn text(v: &Value) -> overdue_calc::engine::request::Text {
    overdue_calc::engine::request::Text(match v {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        _ => String::new(),
    })
}

struct Stats {
    calls: u64,
    computed: u64,
    by_name: std::collections::BTreeMap<&'static str, (u64, u64)>,
    slowest: (Duration, String),
}

/// Runs one API call on `args`, catching panics and timing it; `check` tests the result.
fn run(stats: &mut Stats, name: &'static str, args: &[&Value], f: impl FnOnce() -> Result<bool, String>) {
    let t0 = Instant::now();
    let r = catch_unwind(AssertUnwindSafe(f));
    let took = t0.elapsed();
    let show = || format!("{name}({})", args.iter().map(|a| a.to_string()).collect::<Vec<_>>().join(", "));
    stats.calls += 1;
    if took > stats.slowest.0 {
        stats.slowest = (took, show().chars().take(300).collect());
    }
    match r {
        Err(_) => panic!("panic in {}", show()),
        Ok(Err(msg)) => panic!("invariant broken in {}: {msg}", show()),
        Ok(Ok(computed)) => {
            stats.computed += u64::from(computed);
            let e = stats.by_name.entry(name).or_default();
            e.0 += 1;
            e.1 += u64::from(computed);
        }
    }
    assert!(took < HANG, "{} took {took:?}", show());
}

/// One case: every API function on the generated arguments.
fn exercise(stats: &mut Stats, case: &Value, list: &Value, third: &Value) {
    // A separate run of the same case on another date: the growth figures and the plans
    // are checked against it rather than against sums the result itself adds.
    let on = |date: Date| -> Option<Decimal> {
        let mut req: CaseIn = input(case)?;
        req.as_of = overdue_calc::engine::request::Text(date.to_string());
        calls::overdue(req, TODAY).ok().map(|r| r.totals.total)
    };
    run(stats, "overdue", &[case], || match input(case).map(|c| calls::overdue(c, TODAY)) {
        Some(Ok(r)) => inv::overdue(&r).and_then(|()| inv::growth(&r, &on)).map(|()| true),
        _ => Ok(false),
    });
    run(stats, "schedule", &[case], || match input(case).map(calls::schedule) {
        Some(Ok(s)) => inv::schedule(&s, case).map(|()| true),
        _ => Ok(false),
    });
    run(stats, "audit", &[case, list], || match (input(case), input(list)) {
        (Some(c), Some(l)) => match calls::audit(c, l, TODAY) {
            Ok(a) => inv::audit(&a).map(|()| true),
            Err(_) => Ok(false),
        },
        _ => Ok(false),
    });
    run(stats, "compare", &[case, list, third], || match (input(case), input(list), input(third)) {
        (Some(c), Some(l), Some(b)) => match calls::compare(c, l, b, TODAY) {
            Ok(cmp) => {
                let today = input(case).and_then(|c| calls::overdue(c, TODAY).ok());
                inv::compare(&cmp, today.as_ref(), &on).map(|()| true)
            }
            // SPEC §7: a bad scenario never blanks the others. Only the case, the budget or
            // the list's length may fail the whole comparison.
            Err(e) => {
                let case_ok = input(case).is_some_and(|c| calls::overdue(c, TODAY).is_ok());
                let budget_ok = input::<plans::BudgetIn>(third).is_some_and(|b| b.resolve("budget.").is_ok());
                let short = list.as_array().is_none_or(|l| l.len() <= scenario::MAX_SCENARIOS);
                if case_ok && budget_ok && short {
                    Err(format!("{e:?} failed the whole comparison"))
                } else {
                    Ok(false)
                }
            }
        },
        _ => Ok(false),
    });
    run(stats, "budget", &[third], || match input(third).map(calls::budget) {
        Some(Ok(b)) => inv::budget(&b).map(|()| true),
        _ => Ok(false),
    });
    run(stats, "debts", &[list, third], || {
        let order = match case.get("order") {
            None | Some(Value::Null) => Some(Order::None),
            Some(Value::String(s)) => Some(Order::Text(overdue_calc::engine::request::Text(s.clone()))),
            Some(v) => input::<Vec<usize>>(v).map(Order::Indexes),
        };
        match (input(list), order) {
            (Some(l), Some(o)) => match calls::debts(l, text(third), o) {
                Ok(d) => {
                    let items = plans::resolve_debts(&input::<Vec<plans::DebtIn>>(list).unwrap_or_default())
                        .unwrap_or_default();
                    inv::debts(&d, &items).map(|()| true)
                }
                Err(_) => Ok(false),
            },
            _ => Ok(false),
        }
    });
    let first = case.get("asOf").unwrap_or(third);
    run(stats, "lpr", &[first], || match calls::lpr(text(first), TODAY) {
        Ok(f) => inv::lpr(&f).map(|()| true),
        Err(_) => Ok(false),
    });
    run(stats, "legalLine", &[third, first], || {
        Ok(calls::legal_line(third.as_str(), text(first), text(third), TODAY)
            .is_ok_and(|a| a.lines.iter().all(|l| l.percent > 0.into())))
    });
    let amount = case.get("overduePrincipal").unwrap_or(third);
    run(stats, "courtFee", &[amount, third], || match calls::court_fee(text(amount), third.as_str().unwrap_or("")) {
        Ok(f) => inv::court_fee(&f, &text(amount).0).map(|()| true),
        Err(_) => Ok(false),
    });
    run(stats, "delayInterest", &[amount, first], || match calls::delay_interest(text(amount), text(first)) {
        Ok(d) => inv::delay_interest(&d, &text(amount).0).map(|()| true),
        Err(_) => Ok(false),
    });
}

#[test]
fn api_fuzz() {
    let cases: u64 = std::env::var("FUZZ_CASES").ok().and_then(|s| s.parse().ok()).unwrap_or(1500);
    let seed: u64 = std::env::var("FUZZ_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(0x5eed_0c41);
    let mut rng = Rng::new(seed);
    let mut stats =
        Stats { calls: 0, computed: 0, by_name: Default::default(), slowest: (Duration::ZERO, String::new()) };
    let t0 = Instant::now();
    for k in 0..cases {
        // A third of the cases are any JSON at all; the rest are request-shaped, with none,
        // 1 %, 3 % or 30 % of their values odd (valid ones reach the deep paths).
        rng.odd = [0, 1, 3, 30][(k / 3 % 4) as usize];
        let (case, list, third) = match k % 3 {
            0 => (gen::any(&mut rng, 3), gen::any(&mut rng, 3), gen::any(&mut rng, 2)),
            1 => (gen::case(&mut rng), gen::payments(&mut rng), gen::budget(&mut rng)),
            _ => (gen::case(&mut rng), gen::scenarios(&mut rng), gen::budget(&mut rng)),
        };
        exercise(&mut stats, &case, &list, &third);
        if k % 3 == 2 {
            let debts = gen::debts(&mut rng);
            exercise(&mut stats, &gen::loan(&mut rng), &debts, &gen::amount(&mut rng));
        }
    }
    let secs = t0.elapsed().as_secs_f64();
    println!(
        "fuzz: {cases} cases, {} calls ({} computed a result and kept every invariant, the rest gave typed errors), {secs:.1} s, seed {seed}; slowest call {:?}: {}",
        stats.calls, stats.computed, stats.slowest.0, stats.slowest.1
    );
    let per: Vec<String> = stats.by_name.iter().map(|(n, (c, ok))| format!("{n} {ok}/{c}")).collect();
    println!("fuzz: results per call: {}", per.join(", "));
}
