//! Internal rate of return (SPEC §2 APR). `irr` for equally spaced periods, `xirr` for
//! dated flows on an Actual/365 basis. Both bracket a sign change first and then narrow it
//! with Newton's method kept inside the bracket (a step that would leave it bisects
//! instead), so it cannot diverge, never divides by zero and stops after a fixed number of
//! steps. No bracket: `None`.

use super::date::Date;
use rust_decimal::prelude::*;
use rust_decimal::MathematicalOps;

/// Period rates tried, in order, to find a sign change of the NPV.
const GRID: [&str; 14] =
    ["-0.99", "-0.9", "-0.5", "-0.2", "-0.05", "0", "0.005", "0.02", "0.05", "0.1", "0.3", "1", "3", "10"];
const MAX_STEPS: usize = 200;

/// Stop when a step (or the bracket) is narrower than this (a period rate; 1e-12 moves an
/// APR by about 1e-9 percentage points).
fn tolerance() -> Decimal {
    Decimal::new(1, 12)
}

/// The NPV at a rate and its slope there (`None` where it cannot be computed).
type Npv<'a> = &'a dyn Fn(Decimal) -> Option<(Decimal, Decimal)>;

/// Finds a root of `f`. Conventional flows (money out first, then in) have one root and
/// an NPV that falls as the rate rises, so the bracket is grown out from 0 in doubling
/// steps; anything else falls back to scanning `grid` for a sign change.
fn solve(grid: &[Decimal], f: Npv) -> Option<Decimal> {
    let (f0, _) = f(Decimal::ZERO)?;
    if f0.is_zero() {
        return Some(Decimal::ZERO);
    }
    let mut step = Decimal::new(1, 2);
    let limit_up = Decimal::TEN;
    let limit_down = Decimal::new(-99, 2);
    for _ in 0..12 {
        let x = if f0.is_sign_positive() { step.min(limit_up) } else { (-step).max(limit_down) };
        if let Some((fx, _)) = f(x) {
            if fx.is_zero() {
                return Some(x);
            }
            if fx.is_sign_negative() != f0.is_sign_negative() {
                return refine(f, Decimal::ZERO, f0, x, fx);
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
fn scan(grid: &[Decimal], f: Npv) -> Option<Decimal> {
    let mut prev: Option<(Decimal, Decimal)> = None;
    for &x in grid {
        let Some((fx, _)) = f(x) else { continue };
        if fx.is_zero() {
            return Some(x);
        }
        if let Some((px, pf)) = prev {
            if pf.is_sign_negative() != fx.is_sign_negative() {
                return refine(f, px, pf, x, fx);
            }
        }
        prev = Some((x, fx));
    }
    None
}

/// Narrows the bracket [a, b] (f(a), f(b) of opposite signs) to the root: a Newton step
/// from the latest point when it lands strictly inside the bracket, else the midpoint.
fn refine(f: Npv, mut a: Decimal, fa: Decimal, mut b: Decimal, fb: Decimal) -> Option<Decimal> {
    let a_negative = fa.is_sign_negative();
    let mut x = if fa.abs() < fb.abs() { a } else { b };
    for _ in 0..MAX_STEPS {
        let (fx, slope) = f(x)?;
        if fx.is_zero() {
            return Some(x);
        }
        if fx.is_sign_negative() == a_negative {
            a = x;
        } else {
            b = x;
        }
        let (lo, hi) = (a.min(b), a.max(b));
        let newton = fx.checked_div(slope).and_then(|d| x.checked_sub(d)).filter(|n| *n > lo && *n < hi);
        let next = newton.unwrap_or((a + b) / Decimal::TWO);
        if (next - x).abs() < tolerance() || hi - lo < tolerance() {
            return Some(next);
        }
        x = next;
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
    solve(&grid(), &|i| periodic_npv(flows, i))
}

/// Σ flows[k] / (1+i)^k and its slope in `i`. With v = 1/(1+i) the NPV is P(v) = Σ
/// flows[k] vᵏ and dNPV/di = P′(v) × (−v²); Horner's rule gives P and P′ together.
fn periodic_npv(flows: &[Decimal], i: Decimal) -> Option<(Decimal, Decimal)> {
    let v = Decimal::ONE.checked_div(Decimal::ONE + i)?;
    let (mut p, mut dp) = (Decimal::ZERO, Decimal::ZERO);
    for cf in flows.iter().rev() {
        dp = dp.checked_mul(v)?.checked_add(p)?;
        p = p.checked_mul(v)?.checked_add(*cf)?;
    }
    Some((p, -dp.checked_mul(v)?.checked_mul(v)?))
}

/// The effective annual rate `r` with Σ flows_j / (1+r)^(days_j/365) = 0, days counted
/// from the first flow's date (Actual/365), or `None` when there is none.
pub fn xirr(flows: &[(Date, Decimal)]) -> Option<Decimal> {
    let amounts: Vec<Decimal> = flows.iter().map(|f| f.1).collect();
    if !has_both_signs(&amounts) {
        return None;
    }
    let first = flows.iter().map(|f| f.0).min()?;
    // By day, for `dated_npv`'s running discount factor.
    let mut by_day: Vec<(u32, Decimal)> =
        flows.iter().map(|f| (u32::try_from(first.days_until(f.0)).unwrap_or(0), f.1)).collect();
    crate::engine::sort::sort_by_key(&mut by_day, |f| f.0);
    solve(&grid(), &|r| dated_npv(&by_day, r))
}

/// Σ cf / (1+r)^(days/365) over flows sorted by day, and its slope in `r`. With the daily
/// factor g = (1+r)^(1/365) each discount factor is the previous one times g to the power
/// of the days between (one `exp` per rate, not one per flow); the slope is
/// −Σ (days/365) cf / g^days / (1+r).
fn dated_npv(by_day: &[(u32, Decimal)], r: Decimal) -> Option<(Decimal, Decimal)> {
    let year = Decimal::from(365);
    let one_r = Decimal::ONE + r;
    let daily = one_r.checked_ln()?.checked_div(year)?.checked_exp()?;
    let (mut growth, mut day) = (Decimal::ONE, 0u32);
    let (mut acc, mut weighted) = (Decimal::ZERO, Decimal::ZERO);
    for &(d, cf) in by_day {
        growth = growth.checked_mul(super::money::checked::powi(daily, d - day, "xirr").ok()?)?;
        day = d;
        let pv = cf.checked_div(growth)?;
        acc = acc.checked_add(pv)?;
        weighted = weighted.checked_add(pv.checked_mul(Decimal::from(d))?)?;
    }
    Some((acc, -weighted.checked_div(year)?.checked_div(one_r)?))
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

    fn plan() -> Vec<(Date, Decimal)> {
        // 10 000 lent on 2026-01-31, 24 payments of 480 on the 1st of each month from March.
        let mut flows = vec![(Date::ymd(2026, 1, 31).unwrap(), d("-10000"))];
        for k in 0..24u32 {
            flows
                .push((Date::ymd(2026 + i32::try_from((2 + k) / 12).unwrap(), (2 + k) % 12 + 1, 1).unwrap(), d("480")));
        }
        flows
    }

    #[test]
    fn xirr_matches_a_fifty_digit_bisection() {
        // Python's decimal at 50 digits, 200 bisection steps on (0.1, 0.2) of the same NPV:
        // 0.14920839122454109786958653871201185362471295598534.
        let r = xirr(&plan()).unwrap();
        assert!((r - d("0.149208391224541097869586538712")).abs() < d("1e-15"), "{r}");
    }

    /// (f(x + h) − f(x − h)) / 2h, the slope measured without the formula.
    fn central(f: impl Fn(Decimal) -> Decimal, x: Decimal) -> Decimal {
        let h = d("0.000001");
        (f(x + h) - f(x - h)) / (h * Decimal::TWO)
    }

    #[test]
    fn slopes_match_central_differences() {
        let flows: Vec<Decimal> = ["-12000", "1072", "1072", "5000", "1072", "6000"].iter().map(|s| d(s)).collect();
        let first = plan()[0].0;
        let by_day: Vec<(u32, Decimal)> =
            plan().iter().map(|f| (u32::try_from(first.days_until(f.0)).unwrap(), f.1)).collect();
        for x in ["-0.3", "0", "0.05", "0.8"].map(d) {
            let (_, slope) = periodic_npv(&flows, x).unwrap();
            let want = central(|i| periodic_npv(&flows, i).unwrap().0, x);
            assert!((slope - want).abs() < d("0.0001") * want.abs().max(Decimal::ONE), "irr at {x}: {slope} vs {want}");
            let (_, slope) = dated_npv(&by_day, x).unwrap();
            let want = central(|r| dated_npv(&by_day, r).unwrap().0, x);
            assert!(
                (slope - want).abs() < d("0.0001") * want.abs().max(Decimal::ONE),
                "xirr at {x}: {slope} vs {want}"
            );
        }
    }

    #[test]
    fn refine_takes_newton_steps() {
        // √2 from [1, 2]: bisection needs 40 steps to 1e-12, Newton about 5.
        let calls = std::cell::Cell::new(0);
        let f = |x: Decimal| {
            calls.set(calls.get() + 1);
            Some((x * x - Decimal::TWO, x * Decimal::TWO))
        };
        let root = refine(&f, Decimal::ONE, -Decimal::ONE, Decimal::TWO, Decimal::TWO).unwrap();
        assert!((root - d("1.41421356237309504880168872")).abs() < d("1e-20"), "{root}");
        assert!(calls.get() <= 8, "{} evaluations", calls.get());
    }

    #[test]
    fn refine_bisects_when_newton_cannot() {
        // No usable slope (zero): every step is the bracket's midpoint, 0.3 from [0, 1]
        // to 1e-12 in log2(1e12) ≈ 40 halvings.
        let calls = std::cell::Cell::new(0);
        let f = |x: Decimal| {
            calls.set(calls.get() + 1);
            Some((x - d("0.3"), Decimal::ZERO))
        };
        let root = refine(&f, Decimal::ZERO, d("-0.3"), Decimal::ONE, d("0.7")).unwrap();
        assert!((root - d("0.3")).abs() < d("1e-12"), "{root}");
        assert!((35..=45).contains(&calls.get()), "{} evaluations", calls.get());
        // A slope far too small sends Newton's step out of the bracket: it bisects instead.
        let g = |x: Decimal| Some((x - d("0.3"), d("0.000001")));
        let root = refine(&g, Decimal::ZERO, d("-0.3"), Decimal::ONE, d("0.7")).unwrap();
        assert!((root - d("0.3")).abs() < d("1e-12"), "{root}");
    }
}
