//! Generators of API arguments: any JSON at all, and request-shaped JSON whose values come
//! from pools of the odd inputs users and embedders send (empty, spaces, letters, negative,
//! zero, 1e30, 30 decimals, full-width, 万/千, reversed dates, year 9999, huge lists).

use super::pools::*;
use overdue_calc::engine::scenario::kinds::{param_keys, plan_kind_keys, ParamType, PLAN_KINDS, PLAN_METHODS};
use overdue_calc::engine::schedule::{InterestBasis, Method};
use overdue_calc::engine::terms::{
    preset_keys, Allocation, Compounding, FeeBase, FeeFrequency, LenderType, PenaltyBase,
};
use serde_json::{json, Map, Number, Value};

/// xorshift64*: small, seeded, reproducible. `odd` is the percent of values drawn from
/// the odd pools; the rest are valid, so that deep paths are reached too.
pub struct Rng {
    state: u64,
    pub odd: u64,
}

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng { state: seed | 1, odd: 10 }
    }
    pub fn next(&mut self) -> u64 {
        self.state ^= self.state >> 12;
        self.state ^= self.state << 25;
        self.state ^= self.state >> 27;
        self.state.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    pub fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
    pub fn pick<'a>(&mut self, pool: &[&'a str]) -> &'a str {
        pool[self.below(pool.len())]
    }
}

fn s(v: &str) -> Value {
    Value::String(v.to_string())
}

/// A valid value from `good`, or (at the odd rate) a JSON number of an odd kind, a
/// non-scalar, or a string from `pool`.
fn pick(r: &mut Rng, good: &[&str], pool: &[&str]) -> Value {
    if r.chance(100 - r.odd) {
        s(r.pick(good))
    } else {
        scalar(r, pool)
    }
}

/// A JSON number of an odd kind, or a string from `pool`.
fn scalar(r: &mut Rng, pool: &[&str]) -> Value {
    match r.below(10) {
        0 => {
            let n = [0.0, -0.0, 1e30, -1e30, 1e308, 5e-324, 0.1, 123_456_789.123_456_78, 1e21, 1e-7, 42.0, -7.5];
            Number::from_f64(n[r.below(n.len())]).map_or(Value::Null, Value::Number)
        }
        1 => [json!(u64::MAX), json!(i64::MIN), json!(0), json!(10_000), json!(600), json!(36_500)][r.below(6)].clone(),
        2 => [Value::Null, Value::Bool(true), json!([]), json!({})][r.below(4)].clone(),
        _ => s(r.pick(pool)),
    }
}

pub fn amount(r: &mut Rng) -> Value {
    pick(r, AMOUNTS_OK, AMOUNTS)
}
fn date(r: &mut Rng) -> Value {
    pick(r, DATES_OK, DATES)
}
fn as_of(r: &mut Rng) -> Value {
    pick(r, AS_OF_OK, DATES)
}
fn count(r: &mut Rng) -> Value {
    pick(r, COUNTS_OK, COUNTS)
}
fn percent(r: &mut Rng) -> Value {
    pick(r, RATES_OK, RATES)
}
fn word(r: &mut Rng) -> Value {
    pick(r, WORDS, WORDS)
}
/// One of `good`, or at the odd rate anything numeric.
fn num(good: &'static [&'static str]) -> impl FnMut(&mut Rng) -> Value {
    move |r| pick(r, good, RATES)
}
/// One of `choices`, or at the odd rate any word.
/// The plan kinds from the engine's registry.
pub fn kind_list() -> &'static [&'static str] {
    static KINDS: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    KINDS.get_or_init(|| plan_kind_keys().collect())
}
/// The preset keys from the engine's table (leaked once: a test process).
fn preset_list() -> &'static [&'static str] {
    static PRESETS: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    PRESETS.get_or_init(|| preset_keys().collect())
}

fn one_of(choices: &'static [&'static str]) -> impl FnMut(&mut Rng) -> Value {
    move |r| pick(r, choices, WORDS)
}

/// Any JSON value, nested up to `depth`.
pub fn any(r: &mut Rng, depth: u32) -> Value {
    match if depth == 0 { r.below(4) } else { r.below(6) } {
        0 => amount(r),
        1 => date(r),
        2 => word(r),
        3 => count(r),
        4 => Value::Array((0..r.below(5)).map(|_| any(r, depth - 1)).collect()),
        _ => {
            let mut m = Map::new();
            for _ in 0..r.below(8) {
                m.insert(r.pick(KEYS).to_string(), any(r, depth - 1));
            }
            Value::Object(m)
        }
    }
}

/// A field name and the generator of its value.
type Field<'a> = (&'a str, &'a mut dyn FnMut(&mut Rng) -> Value);
type Gen = Box<dyn FnMut(&mut Rng) -> Value>;

/// An object with each field present unless left out at the odd rate, and
/// sometimes replaced by any JSON.
fn object(r: &mut Rng, fields: &mut [Field<'_>]) -> Value {
    let mut m = Map::new();
    for (k, f) in fields.iter_mut() {
        if r.chance(100 - r.odd) {
            m.insert(k.to_string(), if r.chance(r.odd / 4) { any(r, 2) } else { f(r) });
        } else if r.chance(50) {
            // JS callers send null (or undefined) for an absent optional field.
            m.insert(k.to_string(), Value::Null);
        }
    }
    Value::Object(m)
}

fn rate(r: &mut Rng) -> Value {
    object(
        r,
        &mut [
            ("value", &mut percent),
            ("unit", &mut one_of(&["day", "month", "year", "日"])),
            ("dayBasis", &mut |r| {
                if r.chance(100 - r.odd) {
                    json!([360, 365][r.below(2)])
                } else {
                    json!([0, 1, 366, 100_000, -1][r.below(5)])
                }
            }),
        ],
    )
}

fn list(r: &mut Rng, item: &mut dyn FnMut(&mut Rng) -> Value) -> Value {
    // Mostly short; sometimes long, sometimes past every limit.
    let n = match if r.odd == 0 { 9 } else { r.below(20) } {
        0 => 150 + r.below(300),
        1 => 1000 + r.below(1500),
        _ => r.below(6),
    };
    Value::Array((0..n).map(|_| item(r)).collect())
}

fn payment(r: &mut Rng) -> Value {
    object(r, &mut [("date", &mut date), ("amount", &mut amount)])
}

pub fn loan(r: &mut Rng) -> Value {
    object(
        r,
        &mut [
            ("principal", &mut amount),
            ("rate", &mut rate),
            ("months", &mut count),
            ("method", &mut one_of(Method::KEYS)),
            ("startDate", &mut date),
            ("interestBasis", &mut one_of(InterestBasis::KEYS)),
        ],
    )
}

fn terms(r: &mut Rng) -> Value {
    let mut late = |r: &mut Rng| {
        object(
            r,
            &mut [
                ("percent", &mut num(&["0", "50", "100", "30", "2.5"])),
                ("fixed", &mut amount),
                ("min", &mut amount),
                ("max", &mut amount),
                ("frequency", &mut one_of(FeeFrequency::KEYS)),
                ("base", &mut one_of(FeeBase::KEYS)),
            ],
        )
    };
    object(
        r,
        &mut [
            ("rate", &mut rate),
            ("penaltyMultiplier", &mut num(&["1.5", "1", "2", "0", "1.3"])),
            ("penaltyRate", &mut rate),
            ("penaltyBase", &mut one_of(PenaltyBase::KEYS)),
            ("compounding", &mut one_of(Compounding::KEYS)),
            ("lateFee", &mut late),
            ("graceDays", &mut num(&["0", "1", "3", "60"])),
            ("accelerateAfterDays", &mut num(&["0", "30", "90", "3650"])),
            ("channelClosedFrom", &mut date),
            ("allocation", &mut one_of(Allocation::KEYS)),
            ("roundDaily", &mut |r| Value::Bool(r.chance(50))),
            ("lenderType", &mut one_of(LenderType::KEYS)),
            ("overdueRateAgreed", &mut |r| Value::Bool(r.chance(50))),
            ("statementBilling", &mut |r| Value::Bool(r.chance(50))),
        ],
    )
}

/// A case, quick or (when `loan` is drawn) detailed.
pub fn case(r: &mut Rng) -> Value {
    let mut v = object(
        r,
        &mut [
            ("asOf", &mut as_of),
            ("preset", &mut one_of(preset_list())),
            ("overduePrincipal", &mut amount),
            ("overdueInterest", &mut amount),
            ("firstOverdueDate", &mut date),
            ("notDuePrincipal", &mut amount),
            ("minimumPayment", &mut amount),
            ("terms", &mut terms),
            ("contractDate", &mut date),
            ("filingDate", &mut date),
            ("postingDate", &mut date),
            ("paidInstallments", &mut count),
        ],
    );
    if r.chance(35) {
        v["loan"] = loan(r);
        v["payments"] = list(r, &mut payment);
    }
    if r.chance(10) {
        v["lpr"] = list(r, &mut |r| {
            object(
                r,
                &mut [
                    ("date", &mut date),
                    ("oneYear", &mut num(&["3.85", "3.45", "4.35"])),
                    ("fiveYear", &mut num(&["4.65", "4.2", "4.9"])),
                ],
            )
        });
    }
    if r.chance(10) {
        v["order"] = [s("2,1"), s("1,1"), s("9"), json!([1, 0]), json!([0, 99]), json!("x")][r.below(6)].clone();
    }
    v
}

pub fn payments(r: &mut Rng) -> Value {
    list(r, &mut payment)
}

/// A value for a plan parameter of type `ty`, from the pools of that type.
fn plan_param(ty: ParamType, r: &mut Rng) -> Value {
    match ty {
        ParamType::Months | ParamType::Days => count(r),
        ParamType::Percent => {
            if r.chance(50) {
                num(&["0", "50", "100", "30", "2.5"])(r)
            } else {
                percent(r)
            }
        }
        ParamType::Money => amount(r),
        ParamType::Rate => rate(r),
        ParamType::Date => pick(r, PAY_ON_OK, DATES),
        ParamType::Method => one_of(PLAN_METHODS)(r),
        ParamType::Check => Value::Bool(r.chance(50)),
    }
}

pub fn scenarios(r: &mut Rng) -> Value {
    // Every parameter of the registry, each with the pools of its type.
    let params: Vec<(&str, ParamType)> = param_keys()
        .into_iter()
        .map(|k| (k, PLAN_KINDS.iter().find_map(|kind| kind.param(k)).map(|p| p.ty).unwrap_or(ParamType::Check)))
        .collect();
    let kinds = kind_list();
    let mut one = |r: &mut Rng| {
        let mut gens: Vec<Gen> =
            params.iter().map(|&(_, ty)| Box::new(move |r: &mut Rng| plan_param(ty, r)) as Gen).collect();
        let mut fields: Vec<Field<'_>> = params
            .iter()
            .zip(gens.iter_mut())
            .map(|(&(k, _), g)| (k, &mut **g as &mut dyn FnMut(&mut Rng) -> Value))
            .collect();
        let mut v = object(r, &mut fields);
        v["kind"] = one_of(kinds)(r);
        v
    };
    // One plan of each kind (as the page sends), or a random list.
    if r.chance(50) {
        Value::Array(
            kinds
                .iter()
                .map(|k| {
                    let mut v = one(r);
                    v["kind"] = s(k);
                    v
                })
                .collect(),
        )
    } else {
        list(r, &mut one)
    }
}

pub fn budget(r: &mut Rng) -> Value {
    fn lines(r: &mut Rng) -> Value {
        list(r, &mut |r| object(r, &mut [("label", &mut word), ("amount", &mut amount)]))
    }
    object(
        r,
        &mut [("income", &mut amount), ("expenses", &mut lines), ("otherDebts", &mut lines), ("savings", &mut amount)],
    )
}

pub fn debts(r: &mut Rng) -> Value {
    list(r, &mut |r| {
        object(
            r,
            &mut [("name", &mut word), ("balance", &mut amount), ("rate", &mut percent), ("minimum", &mut amount)],
        )
    })
}
