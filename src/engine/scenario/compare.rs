//! Scenarios side by side: each computed on its own (one bad scenario never blanks the
//! others), the cheapest and the cheapest that fits marked, the shortest term that fits
//! for plans with a term, and a settlement's break-even waiver against each other plan.

use super::{debt_on, metrics, plan, CourtInfo, Flow, MinimumInfo, Owed, Scenario};
use crate::engine::budget::Budget;
use crate::engine::error::{Error, Result};
use crate::engine::money::ser_opt_pct;
use crate::engine::overdue::Case;
use rust_decimal::Decimal;

/// The waiver at which a settlement costs the same as another scenario.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BreakEven {
    pub against: usize,
    pub kind: &'static str,
    /// Percent of interest, penalty and fees to waive; `None` if waiving all of them is not enough.
    #[serde(serialize_with = "ser_opt_pct")]
    pub waiver_percent_of_charges: Option<Decimal>,
    /// The same saving as a percent of everything owed on the settlement date.
    #[serde(serialize_with = "ser_opt_pct")]
    pub waiver_percent_of_total: Option<Decimal>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ScenarioResult {
    pub kind: &'static str,
    pub metrics: Option<super::Metrics>,
    pub flows: Vec<Flow>,
    pub error: Option<Error>,
    pub minimum: Option<MinimumInfo>,
    /// The court path's dates and parts (`court` plans only).
    pub court: Option<CourtInfo>,
    /// A settlement's waiver of the charges above the line, in yuan (0 for other plans).
    #[serde(serialize_with = "crate::engine::money::ser_cents")]
    pub excess_waived: Decimal,
    /// The shortest term of this kind of plan whose payments fit the budget.
    pub shortest_fit_months: Option<u32>,
    pub break_even: Vec<BreakEven>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Comparison {
    pub base: Owed,
    pub budget: Option<Budget>,
    pub results: Vec<ScenarioResult>,
    pub cheapest: Option<usize>,
    pub cheapest_fitting: Option<usize>,
}

/// The most scenarios one comparison takes.
pub const MAX_SCENARIOS: usize = 20;

/// Compares `scenarios` (each already parsed, or the error that parsing gave) for `case`.
pub fn compare(
    case: &Case,
    scenarios: &[std::result::Result<Scenario, Error>],
    budget: Option<&Budget>,
) -> Result<Comparison> {
    if scenarios.len() > MAX_SCENARIOS {
        return Err(Error::TooMany { field: "scenarios".into(), max: MAX_SCENARIOS });
    }
    let d = case.as_of;
    let base = debt_on(case, d)?;
    let capacity = budget.map(|b| b.capacity);
    let savings = budget.and_then(|b| b.savings).map(|m| m.0);
    let run = |s: &Scenario| plan(case, &base, s).map(|p| (metrics(d, &base, &p, capacity, savings), p));
    let fits = |s: &Scenario| {
        plan(case, &base, s).is_ok_and(|p| super::metrics::fits(d, &p.flows, capacity, savings) == Some(true))
    };
    let mut results: Vec<ScenarioResult> = scenarios
        .iter()
        .enumerate()
        .map(|(k, s)| {
            let prefixed = |e: Error| {
                let f = e.field().to_string();
                e.at(&format!("scenarios[{k}].{f}"))
            };
            let kind = s.as_ref().map_or("invalid", |s| s.kind());
            match s.as_ref().map_err(|e| e.clone()).and_then(|s| run(s).map_err(prefixed)) {
                Ok((m, p)) => {
                    let shortest = s.as_ref().ok().and_then(|s| shortest_fit(s, &fits, capacity));
                    ScenarioResult {
                        kind,
                        metrics: Some(m),
                        flows: p.flows,
                        error: None,
                        minimum: p.minimum,
                        court: p.court,
                        excess_waived: p.excess_waived,
                        shortest_fit_months: shortest,
                        break_even: vec![],
                    }
                }
                Err(e) => ScenarioResult {
                    kind,
                    metrics: None,
                    flows: vec![],
                    error: Some(e),
                    minimum: None,
                    court: None,
                    excess_waived: Decimal::ZERO,
                    shortest_fit_months: None,
                    break_even: vec![],
                },
            }
        })
        .collect();
    for (k, s) in scenarios.iter().enumerate() {
        // Break-even only for a settlement that computed (one whose date is out of range
        // already carries its own error; it must not fail the whole comparison).
        if let (Ok(Scenario::Settlement { pay_on, .. }), Some(_)) = (s, &results[k].metrics) {
            let at = match pay_on {
                Some(p) if *p > d => match debt_on(case, *p) {
                    Ok(at) => at,
                    Err(_) => continue,
                },
                _ => base.clone(),
            };
            results[k].break_even = break_even(&at, k, &results, scenarios);
        }
    }
    let total = |r: &ScenarioResult| r.metrics.as_ref().map(|m| m.total_paid);
    // Being sued is compared, never marked as the plan to take.
    let choosable = |k: &usize| super::kinds::plan_kind(results[*k].kind).is_some_and(|p| p.choosable);
    let cheapest = (0..results.len())
        .filter(choosable)
        .filter(|&k| total(&results[k]).is_some())
        .min_by_key(|&k| total(&results[k]));
    let cheapest_fitting = (0..results.len())
        .filter(choosable)
        .filter(|&k| results[k].metrics.as_ref().is_some_and(|m| m.fits_budget == Some(true)))
        .min_by_key(|&k| total(&results[k]));
    Ok(Comparison { base, budget: budget.cloned(), results, cheapest, cheapest_fitting })
}

type Fits<'a> = dyn Fn(&Scenario) -> bool + 'a;

/// The fewest months for which every payment of `s` fits; payments shrink as the term
/// grows, so a binary search over 1..=max finds it.
fn shortest_fit(s: &Scenario, fits_plan: &Fits<'_>, capacity: Option<Decimal>) -> Option<u32> {
    capacity?;
    s.months()?;
    let fits = |m: u32| fits_plan(&s.with_months(m));
    let (mut lo, mut hi) = (1u32, s.max_months());
    if !fits(hi) {
        return None;
    }
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if fits(mid) {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Some(lo)
}

/// Against every other plan that computed, settlements excepted.
fn break_even(
    at: &Owed,
    me: usize,
    results: &[ScenarioResult],
    scenarios: &[std::result::Result<Scenario, Error>],
) -> Vec<BreakEven> {
    let charges = at.interest + at.penalty + at.fees;
    let hundred = Decimal::ONE_HUNDRED;
    results
        .iter()
        .enumerate()
        .filter(|(k, _)| *k != me && !matches!(scenarios[*k], Ok(Scenario::Settlement { .. })))
        .filter_map(|(k, r)| {
            let other = r.metrics.as_ref()?.total_paid;
            let saving = (at.total - other).max(Decimal::ZERO);
            let of_charges = if charges.is_zero() {
                saving.is_zero().then_some(Decimal::ZERO)
            } else {
                Some(saving * hundred / charges).filter(|w| *w <= hundred)
            };
            let of_total = (!at.total.is_zero()).then(|| saving * hundred / at.total);
            Some(BreakEven {
                against: k,
                kind: r.kind,
                waiver_percent_of_charges: of_charges,
                waiver_percent_of_total: of_total,
            })
        })
        .collect()
}
