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
/// steps; anything else falls back to scanning `grid` for a sign change. `hint`, a
/// root estimated in floating point for flows with a single root, is only where the
/// search starts: a bracket of ±`HINT_WIDTH` around it is kept only if `f` (in Decimal)
/// changes sign across it, and the root is then narrowed in Decimal as any other.
fn solve(grid: &[Decimal], f: &dyn Fn(Decimal) -> Option<Decimal>, hint: Option<Decimal>) -> Option<Decimal> {
    // To the solver's tolerance, so a root with that many decimals or fewer (2 % a month
    // exactly) is tried as itself and found exactly, as the Decimal search finds one that
    // falls on its doubling steps.
    if let Some(r) = hint.map(|h| h.round_dp(12)).and_then(|h| near(f, h)) {
        return Some(r);
    }
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

/// Half the width of the bracket tried around a floating-point estimate (a period rate).
const HINT_WIDTH: Decimal = Decimal::from_parts(1, 0, 0, false, 8);

/// The root in a bracket of ±`HINT_WIDTH` around `h`, if `f` changes sign across either
/// half of it.
fn near(f: &dyn Fn(Decimal) -> Option<Decimal>, h: Decimal) -> Option<Decimal> {
    let fh = f(h)?;
    if fh.is_zero() {
        return Some(h);
    }
    for x in [h + HINT_WIDTH, h - HINT_WIDTH] {
        let fx = f(x)?;
        if fx.is_zero() {
            return Some(x);
        }
        if fx.is_sign_negative() != fh.is_sign_negative() {
            return illinois(f, h, fh, x, fx);
        }
    }
    None
}

/// A floating-point estimate of the one root of `npv` on (−99 %, 1000 %], for flows whose
/// signs change once in order (Descartes: then there is at most one root). Found
/// with the same doubling bracket and Illinois steps as in Decimal; `None` when they do
/// not settle. Only a starting point: the answer is always checked in Decimal (`near`).
fn estimate(sign_changes: usize, npv: &dyn Fn(f64) -> f64) -> Option<Decimal> {
    if sign_changes != 1 {
        return None;
    }
    let f0 = npv(0.0);
    if f0 == 0.0 {
        return Some(Decimal::ZERO);
    }
    let mut step: f64 = 0.01;
    let (mut a, mut fa): (f64, f64) = (0.0, f0);
    let (mut b, mut fb): (f64, f64) = loop {
        let x: f64 = if f0 > 0.0 { step.min(10.0) } else { (-step).max(-0.99) };
        let fx = npv(x);
        if fx.is_finite() && (fx < 0.0) != (f0 < 0.0) {
            break (x, fx);
        }
        if x == 10.0 || x == -0.99 || !fx.is_finite() {
            return None;
        }
        step *= 2.0;
    };
    let mut side = 0i8;
    for _ in 0..100 {
        let c = b - fb * (b - a) / (fb - fa);
        let c = if c.is_finite() && c > a.min(b) && c < a.max(b) { c } else { (a + b) / 2.0 };
        let fc = npv(c);
        if !fc.is_finite() {
            return None;
        }
        if fc == 0.0 || (b - a).abs() < 1e-15 {
            return to_decimal(c);
        }
        let same = (fc < 0.0) == (fb < 0.0);
        illinois_keep((&mut a, &mut fa), (&mut b, &mut fb), &mut side, (c, fc), same, 2.0);
    }
    to_decimal((a + b) / 2.0)
}

/// `x` as a float, near enough for a starting point (rust_decimal's own conversions
/// cost ~2 KB of wasm for exactness this does not need).
fn to_f64(x: Decimal) -> f64 {
    x.mantissa() as f64 / 10f64.powi(x.scale() as i32)
}

/// A rate estimate as a Decimal of 15 places; `None` if it is not finite or out of the
/// solver's range.
fn to_decimal(x: f64) -> Option<Decimal> {
    let scaled = (x * 1e15).round();
    (scaled.is_finite() && scaled.abs() < 1e18).then(|| Decimal::new(scaled as i64, 15))
}

/// How many times the sign changes along `flows`, zeros skipped.
fn sign_changes(flows: impl Iterator<Item = Decimal>) -> usize {
    let signs = flows.filter(|f| !f.is_zero()).map(|f| f.is_sign_negative());
    let mut last = None;
    let mut n = 0;
    for s in signs {
        if last.is_some_and(|l| l != s) {
            n += 1;
        }
        last = Some(s);
    }
    n
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
        let same = fc.is_sign_negative() == fb.is_sign_negative();
        illinois_keep((&mut a, &mut fa), (&mut b, &mut fb), &mut side, (c, fc), same, Decimal::TWO);
    }
    Some((a + b) / Decimal::TWO)
}

/// One Illinois update of the bracket (a, fa)–(b, fb) with the new point (c, fc), in
/// Decimal or in f64: when fc has fb's sign, c replaces b; else b becomes a and c b. The
/// end kept twice in a row has its value halved (`side` remembers which was kept).
fn illinois_keep<T: Copy + std::ops::Div<Output = T>>(
    (a, fa): (&mut T, &mut T),
    (b, fb): (&mut T, &mut T),
    side: &mut i8,
    (c, fc): (T, T),
    same_sign: bool,
    two: T,
) {
    let kept = if same_sign { -1 } else { 1 };
    if !same_sign {
        *a = *b;
        *fa = *fb;
    }
    *b = c;
    *fb = fc;
    if *side == kept {
        *fa = *fa / two;
    }
    *side = kept;
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
    let cf: Vec<f64> = flows.iter().map(|f| to_f64(*f)).collect();
    let hint = estimate(sign_changes(flows.iter().copied()), &|i| {
        let v = 1.0 / (1.0 + i);
        cf.iter().rev().fold(0.0, |acc, c| acc * v + c)
    });
    solve(&grid(), &npv, hint)
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
    // No floating-point start here: it measured no faster on the plans' dated flows (they
    // are short), for 1.4 KB of wasm (f64 ln and exp).
    solve(&grid(), &npv, None)
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

    /// A small deterministic generator for the cases below (no dependency).
    fn lcg(seed: &mut u64) -> u64 {
        *seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        *seed >> 33
    }

    #[test]
    fn the_floating_point_start_changes_no_root() {
        // A second method: the Decimal search alone (no hint), on 400 loans of 1-60 level
        // or uneven payments. The roots agree to well under what the 1e-12 tolerance
        // moves a shown APR.
        let mut seed = 7u64;
        for _ in 0..400 {
            let n = 1 + lcg(&mut seed) % 60;
            let principal = Decimal::from(100 + lcg(&mut seed) % 100_000);
            let mut flows = vec![-principal];
            for _ in 0..n {
                let pay =
                    principal / Decimal::from(n) * (Decimal::ONE + Decimal::new((lcg(&mut seed) % 300) as i64, 3));
                flows.push(pay.round_dp(2));
            }
            let npv = |i: Decimal| -> Option<Decimal> {
                let v = Decimal::ONE.checked_div(Decimal::ONE + i)?;
                flows.iter().rev().try_fold(Decimal::ZERO, |acc, cf| acc.checked_mul(v)?.checked_add(*cf))
            };
            let (with, without) = (irr(&flows), solve(&grid(), &npv, None));
            match (with, without) {
                (Some(a), Some(b)) => assert!((a - b).abs() < d("0.0000000001"), "{flows:?}: {a} vs {b}"),
                (a, b) => assert_eq!(a, b, "{flows:?}"),
            }
        }
    }

    #[test]
    fn xirr_one_year_ten_percent() {
        let a = Date::ymd(2025, 1, 1).unwrap();
        let b = Date::ymd(2026, 1, 1).unwrap();
        let r = xirr(&[(a, d("-1000")), (b, d("1100"))]).unwrap();
        assert_eq!(r.round_dp(8), d("0.1"));
    }
}
