//! Contract terms as sent: every field optional, applied over the preset's typical terms.

use super::error::Error;
use super::parse;
use super::request::{opt_amount, opt_count, opt_date, Errors, RateIn, Text};
use super::terms::*;
use rust_decimal::Decimal;
use serde::Deserialize;

/// A late fee as sent; blank numbers are 0, `frequency` once|monthly|daily, `base`
/// installment|minimum.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct LateFeeIn {
    pub percent: Text,
    pub fixed: Text,
    pub min: Text,
    pub max: Text,
    #[serde(deserialize_with = "crate::engine::request::nullable")]
    pub frequency: String,
    #[serde(deserialize_with = "crate::engine::request::nullable")]
    pub base: String,
}

/// Contract terms as sent: any field left out keeps the preset's value.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct TermsIn {
    pub rate: Option<RateIn>,
    pub penalty_multiplier: Option<Text>,
    pub penalty_rate: Option<RateIn>,
    pub penalty_base: Option<String>,
    pub compounding: Option<String>,
    pub late_fee: Option<LateFeeIn>,
    pub grace_days: Option<Text>,
    pub accelerate_after_days: Option<Text>,
    pub channel_closed_from: Option<Text>,
    pub allocation: Option<String>,
    pub round_daily: Option<bool>,
    pub lender_type: Option<String>,
    /// 民间借贷: the contract sets an overdue rate or penalty (default false for the
    /// private preset: the law's rate applies, art. 28 ¶2).
    pub overdue_rate_agreed: Option<bool>,
    /// Card billing: interest is paid only once it is on a statement (see `Terms`).
    pub statement_billing: Option<bool>,
}

impl TermsIn {
    /// The preset's terms with every given field applied.
    pub fn resolve(&self, preset_key: &str, errs: &mut Errors) -> Option<Terms> {
        let key = if preset_key.is_empty() { "custom" } else { preset_key };
        let mut t =
            errs.take(preset(key).ok_or_else(|| Error::UnknownChoice { field: "preset".into(), value: key.into() }))?;
        if let Some(r) = &self.rate {
            t.rate = errs.take(r.resolve("terms.rate")).unwrap_or(t.rate);
        }
        if let Some(m) = self.penalty_multiplier.as_ref().filter(|m| !m.is_blank()) {
            let f = "terms.penaltyMultiplier";
            if let Some(v) = errs.take(parse::percent(&m.0, f)) {
                if v > Decimal::from(10) {
                    errs.0.push(Error::too_large(f, 10));
                } else {
                    t.penalty = Penalty::Multiplier(v);
                }
            }
        }
        if let Some(r) = self.penalty_rate.as_ref().filter(|r| !r.value.is_blank()) {
            if let Some(r) = errs.take(r.resolve("terms.penaltyRate")) {
                t.penalty = Penalty::Rate(r);
            }
        }
        if let Some(b) = &self.penalty_base {
            t.penalty_base = errs.take(PenaltyBase::parse(b, "terms.penaltyBase")).unwrap_or(t.penalty_base);
        }
        if let Some(c) = &self.compounding {
            t.compounding = errs.take(Compounding::parse(c, "terms.compounding")).unwrap_or(t.compounding);
        }
        if let Some(lf) = &self.late_fee {
            t.late_fee = resolve_fee(lf, errs);
        }
        if let Some(g) = &self.grace_days {
            t.grace_days = errs.take(opt_count(g, "terms.graceDays", 60)).flatten().unwrap_or(0);
        }
        if let Some(a) = &self.accelerate_after_days {
            t.accelerate_after_days = errs.take(opt_count(a, "terms.accelerateAfterDays", 3650)).flatten();
        }
        if let Some(c) = &self.channel_closed_from {
            t.channel_closed_from = errs.take(opt_date(c, "terms.channelClosedFrom")).flatten();
        }
        if let Some(a) = &self.allocation {
            t.allocation = errs.take(Allocation::parse(a, "terms.allocation")).unwrap_or(t.allocation);
        }
        if let Some(r) = self.round_daily {
            t.round_daily = r;
        }
        if let Some(a) = self.overdue_rate_agreed {
            t.overdue_rate_agreed = a;
        }
        if let Some(b) = self.statement_billing {
            t.statement_billing = b;
        }
        if let Some(l) = &self.lender_type {
            t.lender = errs.take(LenderType::parse(l, "terms.lenderType")).unwrap_or(t.lender);
        }
        Some(t)
    }
}

fn resolve_fee(lf: &LateFeeIn, errs: &mut Errors) -> Option<LateFee> {
    let pct = errs.take(if lf.percent.is_blank() {
        Ok(Decimal::ZERO)
    } else {
        parse::percent(&lf.percent.0, "terms.lateFee.percent")
    });
    let fixed = errs.take(opt_amount(&lf.fixed, "terms.lateFee.fixed")).map(|v| v.unwrap_or_default());
    let min = errs.take(opt_amount(&lf.min, "terms.lateFee.min")).map(|v| v.unwrap_or_default());
    let max = errs.take(opt_amount(&lf.max, "terms.lateFee.max")).flatten();
    let frequency = errs.take(FeeFrequency::parse(
        if lf.frequency.is_empty() { FeeFrequency::Once.as_str() } else { &lf.frequency },
        "terms.lateFee.frequency",
    ));
    let base = errs.take(FeeBase::parse(
        if lf.base.is_empty() { FeeBase::Installment.as_str() } else { &lf.base },
        "terms.lateFee.base",
    ));
    let (percent, fixed, min, frequency, base) = (pct?, fixed?, min?, frequency?, base?);
    if percent > Decimal::ONE_HUNDRED {
        errs.0.push(Error::too_large("terms.lateFee.percent", "100%"));
        return None;
    }
    if percent.is_zero() && fixed.is_zero() && min.is_zero() {
        return None;
    }
    Some(LateFee { percent, fixed, min, max, frequency, base })
}
