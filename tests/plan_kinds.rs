//! The registry of ways out (`engine::scenario::kinds`) against everything that must agree
//! with it: request resolution (an arm per kind, the defaults a blank field takes, exactly
//! the parameters each kind reads), the page's columns and default plans, and the presets
//! it names. The `.d.ts` union and the texts are checked in vocabulary.rs and ui_texts.rs.

use overdue_calc::engine::rate::{Rate, RateUnit};
use overdue_calc::engine::request_plans::ScenarioIn;
use overdue_calc::engine::scenario::kinds::{param_keys, plan_kind, ParamType, PLAN_KINDS, PLAN_METHODS};
use overdue_calc::engine::scenario::{Included, Scenario};
use overdue_calc::engine::schedule::Method;
use overdue_calc::engine::terms::preset_keys;
use overdue_calc::form::{self, scenario_columns, Fields};
use rust_decimal::Decimal;
use serde_json::{json, Value};

fn resolve(v: Value) -> Result<Scenario, String> {
    let s: ScenarioIn = serde_json::from_value(v).expect("request shape");
    s.resolve().map_err(|e| format!("{}:{}", e.code(), e.field()))
}

fn dec(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn rate(v: &str, unit: RateUnit) -> Rate {
    Rate::new(dec(v), unit, None, "rate").unwrap()
}

/// What a blank plan of each kind means, written out by hand from the registry's promise
/// (README "Ways out"): a change of default shows here as a failed row.
fn blank_defaults() -> Vec<(&'static str, Scenario)> {
    let none = Included::default();
    vec![
        ("payNow", Scenario::PayNow),
        ("wait", Scenario::Wait { months: 0, days: 0 }),
        (
            "settlement",
            Scenario::Settlement {
                waive_interest: Decimal::ZERO,
                waive_penalty: Decimal::ZERO,
                waive_fees: Decimal::ZERO,
                waive_principal: Decimal::ZERO,
                pay_on: None,
                waive_excess: false,
            },
        ),
        (
            "installments",
            Scenario::Installments {
                months: 12,
                method: Method::Annuity,
                rate: rate("0", RateUnit::Year),
                include: none,
                down: Decimal::ZERO,
                waive_rest: false,
            },
        ),
        (
            "freeze",
            Scenario::Freeze {
                months: 60,
                include: none,
                down: Decimal::ZERO,
                fee_monthly: Decimal::ZERO,
                waive_rest: false,
                card: false,
            },
        ),
        ("extension", Scenario::Extension { months: 12, rate: rate("0", RateUnit::Year), capitalise: false }),
        (
            "minimumPayment",
            Scenario::MinimumPayment { percent: dec("10"), amount: dec("100"), rate: rate("0.05", RateUnit::Day) },
        ),
        (
            "refinance",
            Scenario::Refinance {
                rate: rate("18", RateUnit::Year),
                months: 36,
                method: Method::Annuity,
                fee: Decimal::ZERO,
                fee_percent: Decimal::ZERO,
                deducted: false,
            },
        ),
        ("court", Scenario::Court { filing_date: None, judgment_date: None, paid_on: None, lawyer_fee: Decimal::ZERO }),
    ]
}

#[test]
fn every_kind_resolves_blank_to_its_defaults() {
    let table = blank_defaults();
    let keys: Vec<&str> = PLAN_KINDS.iter().map(|k| k.key).collect();
    let hand: Vec<&str> = table.iter().map(|(k, _)| *k).collect();
    assert_eq!(keys, hand, "the registry's kinds and this table's rows differ");
    for (key, want) in table {
        let got = resolve(json!({ "kind": key })).unwrap_or_else(|e| panic!("{key}: {e}"));
        assert_eq!(got, want, "{key} blank");
        assert_eq!(got.kind(), key, "Scenario::kind for {key}");
    }
}

#[test]
fn an_unknown_kind_is_a_typed_error() {
    assert_eq!(resolve(json!({ "kind": "bankruptcy" })).unwrap_err(), "unknownChoice:kind");
    assert_eq!(resolve(json!({})).unwrap_err(), "unknownChoice:kind");
}

/// A valid value other than the default, as sent by a script.
fn other_value(ty: ParamType, default: &str) -> Value {
    match ty {
        ParamType::Months => json!("7"),
        ParamType::Days => json!("5"),
        ParamType::Percent => json!("37"),
        ParamType::Money => json!("123"),
        ParamType::Rate => json!({ "value": "9.5", "unit": "year" }),
        ParamType::Date => json!("2031-01-02"),
        ParamType::Method => json!(PLAN_METHODS.iter().find(|m| **m != default).unwrap()),
        ParamType::Check => json!(true),
    }
}

/// Each kind reads exactly its registry parameters: a new value in one of them changes the
/// plan; the same value in any other kind's parameter changes nothing.
#[test]
fn each_kind_reads_exactly_its_parameters() {
    let all: Vec<_> = PLAN_KINDS.iter().flat_map(|k| k.params.iter()).collect();
    for kind in PLAN_KINDS {
        let blank = resolve(json!({ "kind": kind.key })).unwrap();
        for p in &all {
            let own = kind.param(p.key).is_some();
            let got = resolve(json!({ "kind": kind.key, p.key: other_value(p.ty, p.default) }));
            let got = got.unwrap_or_else(|e| panic!("{}.{}: {e}", kind.key, p.key));
            assert_eq!(got != blank, own, "{}.{} (own parameter: {own})", kind.key, p.key);
        }
    }
}

#[test]
fn parameters_are_typed_consistently() {
    for kind in PLAN_KINDS {
        for p in kind.params {
            // One key, one type and one label wherever it appears.
            for other in PLAN_KINDS.iter().flat_map(|k| k.params) {
                if other.key == p.key {
                    assert_eq!((other.ty, other.label), (p.ty, p.label), "{}.{}", kind.key, p.key);
                }
            }
            match p.ty {
                ParamType::Check => assert_eq!(p.default, "", "{}.{}: a checkbox is off when blank", kind.key, p.key),
                ParamType::Rate => assert!(RateUnit::KEYS.contains(&p.default_unit), "{}.{}", kind.key, p.key),
                ParamType::Method => assert!(PLAN_METHODS.contains(&p.default), "{}.{}", kind.key, p.key),
                _ => assert_eq!(p.default_unit, "", "{}.{}", kind.key, p.key),
            }
        }
    }
    for m in PLAN_METHODS {
        assert!(Method::KEYS.contains(m), "{m} is not a schedule method");
    }
}

#[test]
fn offered_by_names_presets_and_every_lender_can_pay_now() {
    let presets: Vec<&str> = preset_keys().collect();
    for kind in PLAN_KINDS {
        for p in kind.offered_by {
            assert!(presets.contains(p), "{}: unknown preset {p}", kind.key);
        }
    }
    for p in &presets {
        assert!(plan_kind("payNow").unwrap().is_offered_by(p), "{p}");
        assert!(plan_kind("wait").unwrap().is_offered_by(p), "{p}");
    }
    // A custom case is offered everything.
    assert!(PLAN_KINDS.iter().all(|k| k.is_offered_by("custom")));
    // 停息挂账 is a card product (商业银行信用卡业务监督管理办法 art. 70); 借呗 has none.
    assert!(plan_kind("freeze").unwrap().is_offered_by("creditCard"));
    assert!(!plan_kind("freeze").unwrap().is_offered_by("jiebei"));
}

/// The page's form as rows of cells.
struct Form(Vec<Vec<(&'static str, String)>>);

impl Fields for Form {
    fn get(&self, _: &str) -> String {
        String::new()
    }
    fn rows(&self, name: &str) -> Vec<Vec<(&'static str, String)>> {
        if name == "scenarios" {
            self.0.clone()
        } else {
            vec![]
        }
    }
}

/// One page row of `kind` with `cells` typed, every other column blank.
fn page_row(kind: &'static str, cells: &[(&'static str, &str)]) -> Vec<(&'static str, String)> {
    scenario_columns()
        .iter()
        .map(|c| {
            let v = if *c == "kind" { kind } else { cells.iter().find(|(k, _)| k == c).map_or("", |(_, v)| *v) };
            (*c, v.to_string())
        })
        .collect()
}

fn page_resolve(row: Vec<(&'static str, String)>) -> Result<Scenario, String> {
    let req = form::scenario_requests(&Form(vec![row])).remove(0);
    req.resolve().map_err(|e| format!("{}:{}", e.code(), e.field()))
}

/// Every parameter a card shows reaches the engine: a value typed in its column changes the
/// plan the page asks for (a column the form forgets to copy would leave it blank).
#[test]
fn every_parameter_typed_on_the_page_reaches_the_engine() {
    let cols = scenario_columns();
    for k in param_keys() {
        assert!(cols.contains(&k), "no page column for {k}");
    }
    for kind in PLAN_KINDS {
        let blank = page_resolve(page_row(kind.key, &[])).unwrap();
        assert_eq!(blank, resolve(json!({ "kind": kind.key })).unwrap(), "{} blank on the page", kind.key);
        for p in kind.params {
            let cells: Vec<(&'static str, &str)> = match p.ty {
                ParamType::Months => vec![(p.key, "7")],
                ParamType::Days => vec![(p.key, "5")],
                ParamType::Percent => vec![(p.key, "37")],
                ParamType::Money => vec![(p.key, "123")],
                ParamType::Rate => vec![(p.key, "9.5"), ("rateUnit", "year")],
                ParamType::Date => vec![(p.key, "2031-01-02")],
                ParamType::Method => vec![(p.key, PLAN_METHODS.iter().find(|m| **m != p.default).unwrap())],
                ParamType::Check => vec![(p.key, "1")],
            };
            let got = page_resolve(page_row(kind.key, &cells)).unwrap();
            assert_ne!(got, blank, "{}.{} typed on the page is lost", kind.key, p.key);
        }
    }
}

/// The fresh page's plans: each starting value is one of the kind's own parameters (or a
/// rate's unit) and the plan resolves.
#[test]
fn the_default_plans_use_their_own_parameters_and_resolve() {
    for kind in PLAN_KINDS {
        let mut cells = vec![];
        for &(col, v) in kind.page_row {
            let known = kind.param(col).is_some() || (col == "rateUnit" && kind.param("rate").is_some());
            assert!(known, "{}: starting value for {col}, not one of its parameters", kind.key);
            let v = match v {
                "$rate" => "0.05",
                "$rateUnit" => "day",
                "$card" => "1",
                v => v,
            };
            cells.push((col, v));
        }
        page_resolve(page_row(kind.key, &cells)).unwrap_or_else(|e| panic!("{}: {e}", kind.key));
    }
}

/// Counts take their type's limit: months up to 600, days up to 36 500 (a hundred years).
#[test]
fn counts_take_their_type_s_limit() {
    assert!(resolve(json!({ "kind": "wait", "days": "36500" })).is_ok());
    assert_eq!(resolve(json!({ "kind": "wait", "days": "36501" })).unwrap_err(), "tooLarge:days");
    assert!(resolve(json!({ "kind": "wait", "months": "600" })).is_ok());
    assert_eq!(resolve(json!({ "kind": "wait", "months": "601" })).unwrap_err(), "tooLarge:months");
}

/// The plans each lender's page starts with, as a table (issue 14.1): cards get minimum
/// payments and 停息挂账 (信用卡办法 art. 70), 花呗 and 白条 minimum payments, the loans an
/// extension; no one but a card gets 停息挂账.
#[test]
fn each_lender_offers_its_own_plans() {
    let table: &[(&str, &[&str])] = &[
        ("jiebei", &["payNow", "wait", "settlement", "installments", "extension", "refinance", "court"]),
        ("weilidai", &["payNow", "wait", "settlement", "installments", "extension", "refinance", "court"]),
        ("huabei", &["payNow", "wait", "settlement", "installments", "minimumPayment", "refinance", "court"]),
        ("jdJintiao", &["payNow", "wait", "settlement", "installments", "extension", "refinance", "court"]),
        ("jdBaitiao", &["payNow", "wait", "settlement", "installments", "minimumPayment", "refinance", "court"]),
        (
            "creditCard",
            &["payNow", "wait", "settlement", "installments", "freeze", "minimumPayment", "refinance", "court"],
        ),
        ("bankLoan", &["payNow", "wait", "settlement", "installments", "extension", "refinance", "court"]),
        ("private", &["payNow", "wait", "settlement", "installments", "extension", "refinance", "court"]),
        (
            "custom",
            &[
                "payNow",
                "wait",
                "settlement",
                "installments",
                "freeze",
                "extension",
                "minimumPayment",
                "refinance",
                "court",
            ],
        ),
    ];
    let presets: Vec<&str> = preset_keys().collect();
    assert_eq!(table.iter().map(|r| r.0).collect::<Vec<_>>(), presets, "one row per preset");
    for (preset, want) in table {
        let got: Vec<&str> = PLAN_KINDS.iter().filter(|k| k.is_offered_by(preset)).map(|k| k.key).collect();
        assert_eq!(&got, want, "{preset}");
    }
}
