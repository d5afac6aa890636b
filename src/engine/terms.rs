//! The contract terms that drive the overdue ledger (SPEC §4), and the platform presets
//! that fill them. Presets are typical values (典型值，请以合同为准): every field stays editable.

use super::rate::{Rate, RateUnit};
use rust_decimal::Decimal;

/// How the penalty (罚息) daily rate is set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Penalty {
    /// Contract daily rate × m (bank norm: m = 1.5, 银发〔2003〕251号).
    Multiplier(Decimal),
    /// An explicit penalty rate (花呗, 白条: 0.05 %/day).
    Rate(Rate),
}

/// What bears the penalty.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PenaltyBase {
    /// Overdue principal only.
    Principal,
    /// Overdue principal and overdue interest; the part on interest is 复利.
    Installment,
}

/// Whether unpaid charges are capitalised monthly (credit-card style).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compounding {
    None,
    Monthly,
}

/// How often a late fee (违约金/滞纳金) is charged while an installment stays unpaid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FeeFrequency {
    /// Once per missed installment, when its grace ends.
    Once,
    /// When its grace ends and again on each monthly anniversary of its due date.
    Monthly,
    /// Every day past its due date (白条's 0.015 %/day); `max` caps the installment's total.
    Daily,
}

/// What a late fee's percentage is taken of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FeeBase {
    /// The unpaid installment (principal + interest).
    Installment,
    /// The unpaid part of a card's minimum payment.
    Minimum,
}

/// A late fee: `percent` of the base plus `fixed`, then at least `min` and at most `max`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LateFee {
    pub percent: Decimal,
    pub fixed: Decimal,
    pub min: Decimal,
    pub max: Option<Decimal>,
    pub frequency: FeeFrequency,
    pub base: FeeBase,
}

/// The order payments are applied in (冲抵顺序).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Allocation {
    /// Fees → penalty and compound interest → interest → principal across all overdue
    /// installments, oldest first in each (民法典 art. 561, 560).
    ChargesFirst,
    /// As `ChargesFirst`, but principal → interest → charges once the oldest installment
    /// is 90 days overdue (ICBC/BOC card practice).
    PrincipalFirstAfter90,
    /// The oldest installment in full (fees, charges, interest, principal) before the next.
    ByInstallment,
}

/// Which legal line applies (SPEC §6).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub enum LenderType {
    /// Banks, consumer finance companies, licensed microlenders, card issuers: 24 %.
    Licensed,
    /// Individuals and unlicensed firms (民间借贷): 4 × one-year LPR at the contract date.
    Private,
}

/// Every parameter of the ledger.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Terms {
    pub rate: Rate,
    pub penalty: Penalty,
    pub penalty_base: PenaltyBase,
    pub compounding: Compounding,
    pub late_fee: Option<LateFee>,
    pub grace_days: u32,
    pub accelerate_after_days: Option<u32>,
    pub channel_closed_from: Option<super::date::Date>,
    pub allocation: Allocation,
    pub round_daily: bool,
    pub lender: LenderType,
}

impl Terms {
    /// The penalty's daily rate as a fraction.
    pub fn penalty_daily(&self) -> Decimal {
        match self.penalty {
            Penalty::Multiplier(m) => self.rate.daily() * m,
            Penalty::Rate(r) => r.daily(),
        }
    }
}

/// A platform preset's key, as used in URLs and the JS API.
pub const PRESET_KEYS: [&str; 9] =
    ["jiebei", "weilidai", "huabei", "jdJintiao", "jdBaitiao", "creditCard", "bankLoan", "private", "custom"];

fn pct(mantissa: i64, scale: u32) -> Decimal {
    Decimal::new(mantissa, scale)
}

fn rate(percent: Decimal, unit: RateUnit, basis: u32) -> Rate {
    Rate { percent, unit, day_basis: basis }
}

/// The typical terms of a platform (SPEC §4 table). `None` for an unknown key.
pub fn preset(key: &str) -> Option<Terms> {
    let base = Terms {
        rate: rate(pct(4, 2), RateUnit::Day, 365),
        penalty: Penalty::Multiplier(pct(15, 1)),
        penalty_base: PenaltyBase::Principal,
        compounding: Compounding::None,
        late_fee: None,
        grace_days: 0,
        accelerate_after_days: None,
        channel_closed_from: None,
        allocation: Allocation::ChargesFirst,
        round_daily: false,
        lender: LenderType::Licensed,
    };
    let bill_penalty = Penalty::Rate(rate(pct(5, 2), RateUnit::Day, 365));
    Some(match key {
        "jiebei" => Terms { grace_days: 3, ..base },
        "weilidai" => Terms { grace_days: 1, ..base },
        "huabei" => Terms {
            rate: Rate::zero(),
            penalty: bill_penalty,
            penalty_base: PenaltyBase::Installment,
            round_daily: true,
            grace_days: 3,
            ..base
        },
        // 金条: the penalty runs on all unpaid principal, in place of interest: every
        // installment falls due once one is missed.
        "jdJintiao" => Terms { accelerate_after_days: Some(0), ..base },
        "jdBaitiao" => Terms {
            rate: Rate::zero(),
            penalty: bill_penalty,
            penalty_base: PenaltyBase::Installment,
            late_fee: Some(LateFee {
                percent: pct(15, 3),
                fixed: Decimal::ZERO,
                min: Decimal::ZERO,
                max: None,
                frequency: FeeFrequency::Daily,
                base: FeeBase::Installment,
            }),
            ..base
        },
        "creditCard" => Terms {
            rate: rate(pct(5, 2), RateUnit::Day, 365),
            penalty: Penalty::Multiplier(Decimal::ONE),
            penalty_base: PenaltyBase::Installment,
            compounding: Compounding::Monthly,
            late_fee: Some(LateFee {
                percent: Decimal::from(5),
                fixed: Decimal::ZERO,
                min: Decimal::from(10),
                max: None,
                frequency: FeeFrequency::Monthly,
                base: FeeBase::Minimum,
            }),
            grace_days: 3,
            ..base
        },
        "bankLoan" => {
            Terms { rate: rate(pct(45, 1), RateUnit::Year, 360), penalty_base: PenaltyBase::Installment, ..base }
        }
        "private" => Terms { rate: rate(Decimal::from(12), RateUnit::Year, 365), lender: LenderType::Private, ..base },
        "custom" => Terms { rate: rate(Decimal::from(18), RateUnit::Year, 360), ..base },
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_has_a_preset() {
        for k in PRESET_KEYS {
            assert!(preset(k).is_some(), "{k}");
        }
        assert!(preset("nope").is_none());
    }

    #[test]
    fn penalty_daily_rate() {
        let t = preset("jiebei").unwrap();
        assert_eq!(t.penalty_daily(), pct(6, 4)); // 0.04 % × 1.5 = 0.06 %/day
        let h = preset("huabei").unwrap();
        assert_eq!(h.penalty_daily(), pct(5, 4));
    }
}
