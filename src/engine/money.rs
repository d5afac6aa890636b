//! Money and the one rounding rule (SPEC §2): half away from zero to 0.01, applied only
//! at posting points. Arithmetic that could overflow goes through [`checked`] helpers so
//! extreme inputs become [`Error::Overflow`] instead of a panic (a panic kills the wasm page).

use super::error::{Error, Result};
use rust_decimal::{Decimal, RoundingStrategy};
use std::fmt;

/// Rounds to 0.01, half away from zero (四舍五入). The only rounding function for money.
pub fn round2(x: Decimal) -> Decimal {
    x.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

/// Rounds a percentage or rate for display, half away from zero.
pub fn round_dp(x: Decimal, dp: u32) -> Decimal {
    x.round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero)
}

/// An amount in yuan. Inside the engine it may carry full precision (an accrual not yet
/// posted); it crosses the JS boundary as a string with exactly two decimals.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, Hash)]
pub struct Money(pub Decimal);

impl Money {
    pub const ZERO: Money = Money(Decimal::ZERO);
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut v = round2(self.0);
        v.rescale(2);
        write!(f, "{v}")
    }
}

impl serde::Serialize for Money {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// Serializes money as a string with exactly two decimals ("1234.50").
pub fn ser_cents<S: serde::Serializer>(x: &Decimal, s: S) -> std::result::Result<S::Ok, S::Error> {
    s.collect_str(&Money(*x))
}

/// Serializes a percentage rounded to 4 decimals, trailing zeros dropped ("27.375").
pub fn ser_pct<S: serde::Serializer>(x: &Decimal, s: S) -> std::result::Result<S::Ok, S::Error> {
    s.collect_str(&round_dp(*x, 4).normalize())
}

/// As [`ser_pct`], for an optional percentage (`null` when there is none).
pub fn ser_opt_pct<S: serde::Serializer>(x: &Option<Decimal>, s: S) -> std::result::Result<S::Ok, S::Error> {
    match x {
        Some(v) => ser_pct(v, s),
        None => s.serialize_none(),
    }
}

/// As [`ser_cents`], for optional money (`null` when there is none).
pub fn ser_opt_cents<S: serde::Serializer>(x: &Option<Decimal>, s: S) -> std::result::Result<S::Ok, S::Error> {
    match x {
        Some(v) => ser_cents(v, s),
        None => s.serialize_none(),
    }
}

/// Checked arithmetic mapped to [`Error::Overflow`] on `field`.
pub mod checked {
    use super::*;

    pub fn add(a: Decimal, b: Decimal, field: &str) -> Result<Decimal> {
        a.checked_add(b).ok_or_else(|| Error::overflow(field))
    }
    pub fn mul(a: Decimal, b: Decimal, field: &str) -> Result<Decimal> {
        a.checked_mul(b).ok_or_else(|| Error::overflow(field))
    }
    /// Division; a zero divisor is reported as overflow (callers check for zero first
    /// where zero has a meaning of its own).
    pub fn div(a: Decimal, b: Decimal, field: &str) -> Result<Decimal> {
        a.checked_div(b).ok_or_else(|| Error::overflow(field))
    }
    /// `base^n` for a whole `n`, by repeated squaring.
    pub fn powi(base: Decimal, n: u32, field: &str) -> Result<Decimal> {
        let mut result = Decimal::ONE;
        let mut b = base;
        let mut e = n;
        while e > 0 {
            if e & 1 == 1 {
                result = mul(result, b, field)?;
            }
            e >>= 1;
            if e > 0 {
                b = mul(b, b, field)?;
            }
        }
        Ok(result)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn rounds_half_away_from_zero() {
        assert_eq!(round2(d("0.005")), d("0.01"));
        assert_eq!(round2(d("0.015")), d("0.02"));
        assert_eq!(round2(d("-0.005")), d("-0.01"));
        assert_eq!(round2(d("2.675")), d("2.68"));
        assert_eq!(round2(d("2.6749999")), d("2.67"));
    }

    #[test]
    fn displays_two_decimals() {
        assert_eq!(Money(d("5")).to_string(), "5.00");
        assert_eq!(Money(d("1234.5")).to_string(), "1234.50");
        assert_eq!(Money(d("0.125")).to_string(), "0.13");
    }

    #[test]
    fn powi_matches_repeated_multiplication() {
        assert_eq!(checked::powi(d("1.01"), 3, "x").unwrap(), d("1.030301"));
        assert_eq!(checked::powi(d("2"), 0, "x").unwrap(), Decimal::ONE);
        assert!(checked::powi(d("10"), 40, "x").is_err());
    }
}
