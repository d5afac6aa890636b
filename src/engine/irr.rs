//! Internal rate of return (SPEC §2 APR). `irr` for equally spaced periods, `xirr` for
//! dated flows on an Actual/365 basis. Both bracket a sign change first and then narrow it
//! with the Illinois variant of regula falsi: it keeps the bracket, so it cannot diverge,
//! never divides by zero and stops after a fixed number of steps. No bracket: `None`.

use super::date::Date;
use rust_decimal::prelude::*;
use rust_decimal::MathematicalOps;

/// Period rates tried, in order, to find a sign change of the NPV.
const GRID: [&str; 14] =
    ["-0.99", "-0.9", "-0.5", "-0.2", "-0.05", "0", "0.005", "0.02", "0.05", "0.1", "0.3", "1", "3", "10"];
const MAX_STEPS: usize = 200;

/// Stop when the bracket is narrower than this (a period rate; 1e-12 moves an APR by
/// about 1e-9 percentage points).
fn tolerance() -> Decimal {
    Decimal::new(1, 12)
}

/// Finds a root of `f`. Conventional flows (money out first, then in) have one root and
/// an NPV that falls as the rate rises, so the bracket is grown out from 0 in doubling
/// steps; anything else falls back to scanning `grid` for a sign change.
fn solve(grid: &[Decimal], f: &dyn Fn(Decimal) -> Option<Decimal>) -> Option<Decimal> {
    let f0 = f(Decimal::ZERO)?;
    if f0.is_zero() {
        return Some(Decimal::ZERO);
    }
    let mut step = Decimal::new(1, 2);
    let limit_up = Decimal::TEN;
    let limit_down = Decimal::new(-99, 2);
    for _ in 0..12 {
        let x = if f0.is_sign_positive() { step.min(limit_up) } else { (-step).max(limit_down) };
        if let Some(fx) = f(x) {
            if fx.is_zero() {
                return Some(x);
            }
            if fx.is_sign_negative() != f0.is_sign_negative() {
                return illinois(f, Decimal::ZERO, f0, x, fx);
            }
        }
        if x == limit_up || x == limit_down {
            break;
        }
        step *= Decimal::TWO;
    }
    scan(grid, f)
}

/// Scans `grid` for the first interval where `f` changes sign.
fn scan(grid: &[Decimal], f: &dyn Fn(Decimal) -> Option<Decimal>) -> Option<Decimal> {
    let mut prev: Option<(Decimal, Decimal)> = None;
    for &x in grid {
        let Some(fx) = f(x) else { continue };
        if fx.is_zero() {
            return Some(x);
        }
        if let Some((px, pf)) = prev {
            if pf.is_sign_negative() != fx.is_sign_negative() {
                return illinois(f, px, pf, x, fx);
            }
        }
        prev = Some((x, fx));
    }
    None
}

fn illinois(
    f: &dyn Fn(Decimal) -> Option<Decimal>,
    mut a: Decimal,
    mut fa: Decimal,
    mut b: Decimal,
    mut fb: Decimal,
) -> Option<Decimal> {
    let mut side = 0i8;
    for _ in 0..MAX_STEPS {
        let denom = fb.checked_sub(fa)?;
        let mut c =
            if denom.is_zero() { (a + b) / Decimal::TWO } else { b - fb.checked_mul(b - a)?.checked_div(denom)? };
        if c <= a.min(b) || c >= a.max(b) {
            c = (a + b) / Decimal::TWO;
        }
        let fc = f(c)?;
        if fc.is_zero() || (b - a).abs() < tolerance() {
            return Some(c);
        }
        if fc.is_sign_negative() == fb.is_sign_negative() {
            // c replaces b; the kept end a is halved if it was kept last time too.
            b = c;
            fb = fc;
            if side == -1 {
                fa /= Decimal::TWO;
            }
            side = -1;
        } else {
            a = b;
            fa = fb;
            b = c;
            fb = fc;
            if side == 1 {
                fa /= Decimal::TWO;
            }
            side = 1;
        }
    }
    Some((a + b) / Decimal::TWO)
}

fn grid() -> Vec<Decimal> {
    GRID.iter().filter_map(|s| Decimal::from_str(s).ok()).collect()
}

/// The rate per period `i` with Σ flows[k] / (1+i)^k = 0, or `None` when the flows have
/// no such rate (all one sign, all zero, or no sign change of the NPV on (−99 %, 1000 %]).
pub fn irr(flows: &[Decimal]) -> Option<Decimal> {
    if !has_both_signs(flows) {
        return None;
    }
    let npv = |i: Decimal| -> Option<Decimal> {
        let v = Decimal::ONE.checked_div(Decimal::ONE + i)?;
        let mut acc = Decimal::ZERO;
        for cf in flows.iter().rev() {
            acc = acc.checked_mul(v)?.checked_add(*cf)?;
        }
        Some(acc)
    };
    solve(&grid(), &npv)
}

/// The effective annual rate `r` with Σ flows_j / (1+r)^(days_j/365) = 0, days counted
/// from the first flow's date (Actual/365), or `None` when there is none.
pub fn xirr(flows: &[(Date, Decimal)]) -> Option<Decimal> {
    let amounts: Vec<Decimal> = flows.iter().map(|f| f.1).collect();
    if !has_both_signs(&amounts) {
        return None;
    }
    let first = flows.iter().map(|f| f.0).min()?;
    let years: Vec<Decimal> = flows.iter().map(|f| Decimal::from(first.days_until(f.0)) / Decimal::from(365)).collect();
    let npv = |r: Decimal| -> Option<Decimal> {
        let ln = (Decimal::ONE + r).checked_ln()?;
        let mut acc = Decimal::ZERO;
        for (t, cf) in years.iter().zip(&amounts) {
            let growth = t.checked_mul(ln)?.checked_exp()?;
            acc = acc.checked_add(cf.checked_div(growth)?)?;
        }
        Some(acc)
    };
    solve(&grid(), &npv)
}

fn has_both_signs(flows: &[Decimal]) -> bool {
    flows.iter().any(|f| f.is_sign_positive() && !f.is_zero())
        && flows.iter().any(|f| f.is_sign_negative() && !f.is_zero())
}

/// APR and EAR from a period rate: APR = i × k, EAR = (1 + i)^k − 1 (SPEC §2).
pub fn annualize(i: Decimal, periods_per_year: u32) -> Option<(Decimal, Decimal)> {
    let apr = i.checked_mul(Decimal::from(periods_per_year))?;
    let ear = super::money::checked::powi(Decimal::ONE + i, periods_per_year, "apr").ok()? - Decimal::ONE;
    Some((apr, ear))
}

/// The nominal annual rate compounded monthly that matches an effective annual rate:
/// 12 × ((1 + ear)^(1/12) − 1). Used to state an XIRR as an APR.
pub fn apr_from_ear(ear: Decimal) -> Option<Decimal> {
    let monthly = (Decimal::ONE + ear).checked_ln()?.checked_div(Decimal::from(12))?.checked_exp()? - Decimal::ONE;
    monthly.checked_mul(Decimal::from(12))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn card_plan_twelve_at_point_six_is_13_03_percent() {
        // 12 000 received, 12 payments of 1 000 + 72 fee.
        let mut flows = vec![d("-12000")];
        flows.extend(std::iter::repeat_n(d("1072"), 12));
        let i = irr(&flows).unwrap();
        let (apr, _) = annualize(i, 12).unwrap();
        assert_eq!(super::super::money::round_dp(apr * d("100"), 2), d("13.03"));
    }

    #[test]
    fn zero_rate_and_no_rate() {
        assert_eq!(irr(&[d("-100"), d("50"), d("50")]).unwrap().round_dp(12), Decimal::ZERO);
        assert_eq!(irr(&[d("100"), d("50")]), None);
        assert_eq!(irr(&[]), None);
        assert_eq!(irr(&[Decimal::ZERO, Decimal::ZERO]), None);
    }

    #[test]
    fn xirr_one_year_ten_percent() {
        let a = Date::ymd(2025, 1, 1).unwrap();
        let b = Date::ymd(2026, 1, 1).unwrap();
        let r = xirr(&[(a, d("-1000")), (b, d("1100"))]).unwrap();
        assert_eq!(r.round_dp(8), d("0.1"));
    }
}
