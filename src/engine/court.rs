//! Court tools (SPEC §6): the case acceptance fee for a money claim and the doubled
//! interest for late performance of a judgment.

use super::error::{Error, Result};
use super::money::round2;
use super::parse::MAX_AMOUNT;
use rust_decimal::Decimal;

super::vocab::vocabulary! {
    /// How the case ends or is tried; all but `Ordinary` halve the fee (诉讼费用交纳办法 art. 15, 16).
    pub enum Procedure {
        Ordinary = "ordinary",
        /// 简易程序.
        Simple = "simple",
        /// 调解结案.
        Mediation = "mediation",
        /// 撤诉.
        Withdrawal = "withdrawal",
    }
}

impl Procedure {
    /// As `parse`, with blank meaning `ordinary`.
    pub fn parse_or_ordinary(s: &str, field: &str) -> Result<Procedure> {
        if s.is_empty() {
            Ok(Procedure::Ordinary)
        } else {
            Procedure::parse(s, field)
        }
    }
}

pub const COURT_FEE_SOURCE: &str = "《诉讼费用交纳办法》第十三条第（一）项；第十五条、第十六条（减半）";
pub const DELAY_SOURCE: &str = "《中华人民共和国民事诉讼法》(2023年修正) 第二百六十四条；《最高人民法院关于执行程序中计算迟延履行期间的债务利息适用法律若干问题的解释》(法释〔2014〕8号) 第一条";

/// (upper bound of the band, rate in ‰ per 1000) for property claims, art. 13(1).
const BANDS: [(i64, i64); 9] = [
    (100_000, 25),
    (200_000, 20),
    (500_000, 15),
    (1_000_000, 10),
    (2_000_000, 9),
    (5_000_000, 8),
    (10_000_000, 7),
    (20_000_000, 6),
    (i64::MAX, 5),
];

/// The fee, with the full fee and whether it was halved.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CourtFee {
    #[serde(serialize_with = "crate::engine::money::ser_cents")]
    pub full: Decimal,
    #[serde(serialize_with = "crate::engine::money::ser_cents")]
    pub fee: Decimal,
    pub halved: bool,
    pub source: &'static str,
}

/// (upper bound of the band, rate in ‰) for the enforcement fee, art. 14(1): 50 yuan up to
/// 10 000, then 1.5 % to 500 000, 1 % to 5 000 000, 0.5 % to 10 000 000, 0.1 % above.
const EXECUTION_BANDS: [(i64, i64); 4] = [(500_000, 15), (5_000_000, 10), (10_000_000, 5), (i64::MAX, 1)];

fn check_amount(amount: Decimal) -> Result<()> {
    if amount.is_sign_negative() {
        return Err(Error::too_small("amount", 0));
    }
    if amount > Decimal::from(MAX_AMOUNT) {
        return Err(Error::too_large("amount", MAX_AMOUNT));
    }
    Ok(())
}

/// 50 yuan up to 10 000, then each band's rate on the part of `amount` within it.
fn banded(amount: Decimal, bands: &[(i64, i64)]) -> Decimal {
    let mut full = Decimal::from(50);
    let mut lower = Decimal::from(10_000);
    for &(upper, permille) in bands {
        if amount <= lower {
            break;
        }
        let upper = Decimal::from(upper);
        full += (amount.min(upper) - lower) * Decimal::new(permille, 3);
        lower = upper;
    }
    round2(full)
}

/// 案件受理费 for a claim of `amount` yuan: 50 up to 10 000, then 2.5 % to 100 000, 2 % to
/// 200 000, … 0.5 % above 20 000 000, each on the part within its band.
pub fn court_fee(amount: Decimal, procedure: Procedure) -> Result<CourtFee> {
    check_amount(amount)?;
    Ok(unchecked::court_fee(amount, procedure))
}

/// 申请执行费 on `amount` enforced (诉讼费用交纳办法 art. 14(1)); the debtor bears it (art. 38).
pub fn execution_fee(amount: Decimal) -> Result<Decimal> {
    check_amount(amount)?;
    Ok(unchecked::execution_fee(amount))
}

/// The 0.0175 % a day of 法释〔2014〕8号 art. 1, as a fraction.
const DAILY: Decimal = Decimal::from_parts(175, 0, 0, false, 6);

/// The formulas, without the limits on typed amounts: the functions above check a typed
/// amount first; the court way out calls these directly on amounts the engine computed
/// (a claim after years of charges can pass the input limit). Never negative.
pub(crate) mod unchecked {
    use super::*;

    pub fn court_fee(amount: Decimal, procedure: Procedure) -> CourtFee {
        let full = banded(amount.max(Decimal::ZERO), &BANDS);
        let halved = procedure != Procedure::Ordinary;
        let fee = if halved { round2(full / Decimal::TWO) } else { full };
        CourtFee { full, fee, halved, source: COURT_FEE_SOURCE }
    }

    pub fn execution_fee(amount: Decimal) -> Decimal {
        banded(amount.max(Decimal::ZERO), &EXECUTION_BANDS)
    }

    pub fn delay_interest(amount: Decimal, days: u32) -> Decimal {
        round2(amount.max(Decimal::ZERO) * DAILY * Decimal::from(days))
    }
}

/// 迟延履行期间的加倍部分债务利息: unpaid money debt (excluding ordinary interest) ×
/// 0.0175 % × days late.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DelayInterest {
    #[serde(serialize_with = "crate::engine::money::ser_cents")]
    pub interest: Decimal,
    #[serde(serialize_with = "crate::engine::money::ser_pct")]
    pub daily_percent: Decimal,
    pub days: u32,
    pub source: &'static str,
}

/// The longest period accepted: 100 years of days.
pub const MAX_DAYS: u32 = 36_500;

pub fn delay_interest(amount: Decimal, days: u32) -> Result<DelayInterest> {
    check_amount(amount)?;
    if days > MAX_DAYS {
        return Err(Error::too_large("days", MAX_DAYS));
    }
    Ok(DelayInterest {
        interest: unchecked::delay_interest(amount, days),
        daily_percent: DAILY * Decimal::ONE_HUNDRED,
        days,
        source: DELAY_SOURCE,
    })
}
