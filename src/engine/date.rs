//! Calendar dates without time zones (SPEC §2): days counted 算头不算尾 (`b − a`), months
//! stepped from a fixed anchor and clamped to the month's last day (Jan 31 → Feb 28/29 →
//! Mar 31). Backed by chrono's `NaiveDate` with default features off (no clock, no tz).

use super::error::{Error, Result};
use chrono::{Datelike, Months, NaiveDate};
use std::fmt;

/// A calendar date between [`Date::MIN_YEAR`] and [`Date::MAX_YEAR`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(NaiveDate);

impl Date {
    /// Online lending, LPR and the statutes used here all postdate 1990.
    pub const MIN_YEAR: i32 = 1990;
    /// Far enough for a 50-year schedule started today.
    pub const MAX_YEAR: i32 = 2100;

    /// A date from its parts; `None` if it does not exist or is out of range.
    pub fn ymd(y: i32, m: u32, d: u32) -> Option<Date> {
        if !(Self::MIN_YEAR..=Self::MAX_YEAR).contains(&y) {
            return None;
        }
        NaiveDate::from_ymd_opt(y, m, d).map(Date)
    }

    /// Parses `YYYY-MM-DD`, also `YYYY/M/D`, `YYYY.M.D` and `YYYY年M月D日`, with
    /// full-width digits and surrounding spaces.
    pub fn parse(text: &str, field: &str) -> Result<Date> {
        let s: String = text
            .trim()
            .chars()
            .map(|c| match c {
                '\u{FF10}'..='\u{FF19}' => char::from(b'0' + (c as u32 - 0xFF10) as u8),
                '/' | '.' | '年' | '月' | '\u{FF0F}' | '\u{FF0D}' => '-',
                _ => c,
            })
            .collect();
        if s.is_empty() {
            return Err(Error::empty(field));
        }
        let s = s.strip_suffix('日').unwrap_or(&s);
        let parts: Vec<&str> = s.split('-').collect();
        let bad = || Error::NotADate { field: field.into() };
        if parts.len() != 3
            || parts[0].len() != 4
            || !(1..=2).contains(&parts[1].len())
            || !(1..=2).contains(&parts[2].len())
            || !parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit()))
        {
            return Err(bad());
        }
        let y: i32 = parts[0].parse().map_err(|_| bad())?;
        let m: u32 = parts[1].parse().map_err(|_| bad())?;
        let d: u32 = parts[2].parse().map_err(|_| bad())?;
        if y < Self::MIN_YEAR {
            return Err(Error::too_small(field, format!("{}-01-01", Self::MIN_YEAR)));
        }
        if y > Self::MAX_YEAR {
            return Err(Error::too_large(field, format!("{}-12-31", Self::MAX_YEAR)));
        }
        Date::ymd(y, m, d).ok_or_else(bad)
    }

    /// Days from `self` to `later`, 算头不算尾: negative when `later` is earlier.
    pub fn days_until(self, later: Date) -> i64 {
        (later.0 - self.0).num_days()
    }

    /// The date `n` days later (or earlier, for negative `n`), within range.
    pub fn add_days(self, n: i64) -> Result<Date> {
        self.0
            .checked_add_signed(chrono::TimeDelta::try_days(n).ok_or_else(|| Error::overflow("date"))?)
            .filter(|d| (Self::MIN_YEAR..=Self::MAX_YEAR).contains(&d.year()))
            .map(Date)
            .ok_or_else(|| Error::too_large("date", format!("{}-12-31", Self::MAX_YEAR)))
    }

    /// The same day-of-month `n` months later, clamped to the last day of a shorter month.
    pub fn add_months(self, n: u32) -> Result<Date> {
        self.0
            .checked_add_months(Months::new(n))
            .filter(|d| d.year() <= Self::MAX_YEAR)
            .map(Date)
            .ok_or_else(|| Error::too_large("date", format!("{}-12-31", Self::MAX_YEAR)))
    }

    /// Number of whole monthly anniversaries of `self` reached by `later` (0 if earlier).
    pub fn months_until(self, later: Date) -> u32 {
        if later <= self {
            return 0;
        }
        let guess = (later.year() - self.year()) * 12 + later.month() as i32 - self.month() as i32;
        let mut n = guess.max(0) as u32;
        // The anniversary in `later`'s month may fall after it (day of month, or clamping).
        while n > 0 && self.add_months(n).map_or(true, |d| d > later) {
            n -= 1;
        }
        n
    }

    pub fn year(self) -> i32 {
        self.0.year()
    }
    pub fn month(self) -> u32 {
        self.0.month()
    }
    pub fn day(self) -> u32 {
        self.0.day()
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.0.year(), self.0.month(), self.0.day())
    }
}

impl serde::Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s, "t").unwrap()
    }

    #[test]
    fn counts_days_head_not_tail() {
        assert_eq!(d("2026-01-01").days_until(d("2026-01-01")), 0);
        assert_eq!(d("2026-01-01").days_until(d("2026-02-01")), 31);
        assert_eq!(d("2024-02-01").days_until(d("2024-03-01")), 29);
        assert_eq!(d("2026-03-01").days_until(d("2026-02-01")), -28);
    }

    #[test]
    fn clamps_month_ends_from_the_anchor() {
        let start = d("2026-01-31");
        assert_eq!(start.add_months(1).unwrap().to_string(), "2026-02-28");
        assert_eq!(start.add_months(2).unwrap().to_string(), "2026-03-31");
        assert_eq!(d("2024-01-31").add_months(1).unwrap().to_string(), "2024-02-29");
        assert_eq!(d("2026-01-31").months_until(d("2026-03-30")), 1);
        assert_eq!(d("2026-01-31").months_until(d("2026-03-31")), 2);
    }

    #[test]
    fn parses_forms_and_rejects_bad_dates() {
        assert_eq!(d("2026/3/5").to_string(), "2026-03-05");
        assert_eq!(d("２０２６年３月５日").to_string(), "2026-03-05");
        assert_eq!(Date::parse("2026-02-30", "t").unwrap_err().code(), "notADate");
        assert_eq!(Date::parse("9999-01-01", "t").unwrap_err().code(), "tooLarge");
        assert_eq!(Date::parse("26-1-1", "t").unwrap_err().code(), "notADate");
        assert_eq!(Date::parse("", "t").unwrap_err().code(), "empty");
    }
}
