//! Interest rates with units (SPEC §2). Entered in percent per day (日), month (月) or year
//! (年); `dayBasis` 360 or 365. daily = annual / dayBasis, monthly = annual / 12, and a
//! daily quote's simple annual rate = daily × dayBasis.

use super::error::{Error, Result};
use rust_decimal::Decimal;

/// The period a rate is quoted per.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RateUnit {
    Day,
    Month,
    Year,
}

impl RateUnit {
    /// The keys the page and the API use (`parse` also takes 日, 月, 年).
    pub const KEYS: &'static [&'static str] = &["day", "month", "year"];

    pub fn parse(s: &str, field: &str) -> Result<RateUnit> {
        match s {
            "day" | "日" => Ok(RateUnit::Day),
            "month" | "月" => Ok(RateUnit::Month),
            "year" | "年" => Ok(RateUnit::Year),
            _ => Err(Error::UnknownChoice { field: field.into(), value: s.into() }),
        }
    }
    pub fn as_str(self) -> &'static str {
        match self {
            RateUnit::Day => "day",
            RateUnit::Month => "month",
            RateUnit::Year => "year",
        }
    }
    /// The day basis a quote in this unit uses when none is given: 365 for daily quotes
    /// (internet lenders), 360 for monthly and annual quotes (bank convention).
    pub fn default_basis(self) -> u32 {
        match self {
            RateUnit::Day => 365,
            RateUnit::Month | RateUnit::Year => 360,
        }
    }
}

/// A rate as quoted: `percent` per `unit`, with the day basis used to convert it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rate {
    pub percent: Decimal,
    pub unit: RateUnit,
    pub day_basis: u32,
}

/// The highest simple annual rate accepted: 1000 %.
pub const MAX_ANNUAL_PERCENT: i64 = 1000;

impl Rate {
    /// A checked rate: 0 ≤ annual ≤ 1000 %, day basis 360 or 365.
    pub fn new(percent: Decimal, unit: RateUnit, day_basis: Option<u32>, field: &str) -> Result<Rate> {
        let day_basis = day_basis.unwrap_or(unit.default_basis());
        if day_basis != 360 && day_basis != 365 {
            // `field` names the rate's value (`terms.rate.value`); the basis is its sibling.
            let rate = field.strip_suffix(".value").unwrap_or(field);
            return Err(Error::UnknownChoice { field: format!("{rate}.dayBasis"), value: day_basis.to_string() });
        }
        if percent.is_sign_negative() && !percent.is_zero() {
            return Err(Error::too_small(field, 0));
        }
        let max = match unit {
            RateUnit::Year => Decimal::from(MAX_ANNUAL_PERCENT),
            RateUnit::Month => Decimal::from(MAX_ANNUAL_PERCENT) / Decimal::from(12),
            RateUnit::Day => Decimal::from(MAX_ANNUAL_PERCENT) / Decimal::from(day_basis),
        };
        if percent > max {
            return Err(Error::too_large(field, format!("{}%", super::money::round_dp(max, 4).normalize())));
        }
        Ok(Rate { percent, unit, day_basis })
    }

    /// A rate of zero (interest-free bills).
    pub fn zero() -> Rate {
        Rate { percent: Decimal::ZERO, unit: RateUnit::Day, day_basis: 365 }
    }

    /// Per-year rate as a fraction: daily × dayBasis, monthly × 12.
    pub fn annual(self) -> Decimal {
        let f = self.percent / Decimal::ONE_HUNDRED;
        match self.unit {
            RateUnit::Year => f,
            RateUnit::Month => f * Decimal::from(12),
            RateUnit::Day => f * Decimal::from(self.day_basis),
        }
    }

    /// Per-day rate as a fraction: annual / dayBasis (a daily quote as is).
    pub fn daily(self) -> Decimal {
        let f = self.percent / Decimal::ONE_HUNDRED;
        match self.unit {
            RateUnit::Day => f,
            _ => self.annual() / Decimal::from(self.day_basis),
        }
    }

    /// Per-month rate as a fraction: annual / 12 (a monthly quote as is).
    pub fn monthly(self) -> Decimal {
        match self.unit {
            RateUnit::Month => self.percent / Decimal::ONE_HUNDRED,
            _ => self.annual() / Decimal::from(12),
        }
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
    fn converts_between_units() {
        let day = Rate::new(d("0.05"), RateUnit::Day, None, "r").unwrap();
        assert_eq!(day.annual(), d("0.1825"));
        assert_eq!(day.daily(), d("0.0005"));
        let year = Rate::new(d("18"), RateUnit::Year, None, "r").unwrap();
        assert_eq!(year.daily(), d("0.0005"));
        assert_eq!(year.monthly(), d("0.015"));
        let month = Rate::new(d("1"), RateUnit::Month, None, "r").unwrap();
        assert_eq!(month.annual(), d("0.12"));
    }

    #[test]
    fn rejects_out_of_range() {
        assert_eq!(Rate::new(d("1001"), RateUnit::Year, None, "r").unwrap_err().code(), "tooLarge");
        assert!(Rate::new(d("1000"), RateUnit::Year, None, "r").is_ok());
        assert_eq!(Rate::new(d("3"), RateUnit::Day, None, "r").unwrap_err().code(), "tooLarge");
        assert_eq!(Rate::new(d("1"), RateUnit::Day, Some(300), "r").unwrap_err().code(), "unknownChoice");
    }
}
