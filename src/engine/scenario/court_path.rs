//! 诉讼: what paying under a judgment costs. The lender sues on the filing date; the court
//! supports principal and the charges up to the day of payment, capped at the first legal
//! line (the legal panel's line); the borrower, losing, bears the acceptance fee; if the
//! judgment is not paid by its due date, the lender applies for enforcement, whose fee the
//! debtor bears, and doubled interest runs on the judgment's money debt for the days late.
//!
//! Readings (DESIGN.md, "The court path"; LEGAL.md): simple procedure (judged within 3
//! months, 民事诉讼法 art. 164; the acceptance fee halved, 诉讼费用交纳办法 art. 16); the
//! judgment falls due 25 days after the judgment date (15 days to appeal, art. 171, served
//! that day; then the 10 days to pay that judgments usually give); the fee is charged on the
//! supported claim and borne in full by the borrower (art. 29 lets a court split it when the
//! lender claimed more); the doubled interest's base is the judgment's money debt without
//! interest (法释〔2014〕8号 art. 1): principal, the late fees within the line, and the costs
//! it orders (acceptance fee, lawyer's fee); a lawyer's fee typed is added in full, though a
//! court may count it within the line (法释〔2020〕17号 art. 29, "其他费用").

use super::{debt_on, push, Plan};
use crate::engine::court::unchecked::{court_fee, delay_interest, execution_fee};
use crate::engine::court::{Procedure, MAX_DAYS};
use crate::engine::date::Date;
use crate::engine::error::{Error, Result};
use crate::engine::money::{round2, ser_cents};
use crate::engine::overdue::Case;
use rust_decimal::Decimal;

/// Months from filing to judgment when no judgment date is given: the simple procedure's
/// limit (民事诉讼法 art. 164).
pub const JUDGMENT_MONTHS: u32 = 3;
/// Days from the judgment date to the day payment falls due (15 to appeal + 10 to pay).
pub const DUE_DAYS: i64 = 25;

/// The court path's dates and parts, each in yuan.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CourtInfo {
    pub filing_date: Date,
    pub judgment_date: Date,
    /// The last day to pay under the judgment.
    pub due_date: Date,
    pub paid_on: Date,
    /// Principal and charges on the filing date, capped at the line: the claim the court supports.
    #[serde(serialize_with = "ser_cents")]
    pub claim: Decimal,
    /// Principal and charges on the day of payment, capped at the line.
    #[serde(serialize_with = "ser_cents")]
    pub supported: Decimal,
    /// The charges above the line on the day of payment, which the court would not support.
    #[serde(serialize_with = "ser_cents")]
    pub cut: Decimal,
    #[serde(serialize_with = "crate::engine::money::ser_pct")]
    pub line_percent: Decimal,
    /// 案件受理费 on the claim (ordinary procedure).
    #[serde(serialize_with = "ser_cents")]
    pub court_fee: Decimal,
    #[serde(serialize_with = "ser_cents")]
    pub lawyer_fee: Decimal,
    /// 申请执行费, when paid after the due date.
    #[serde(serialize_with = "ser_cents")]
    pub execution_fee: Decimal,
    pub days_late: u32,
    /// The doubled interest's base: the claim plus the costs the judgment orders.
    #[serde(serialize_with = "ser_cents")]
    pub delay_base: Decimal,
    #[serde(serialize_with = "ser_cents")]
    pub delay_interest: Decimal,
    #[serde(serialize_with = "ser_cents")]
    pub total: Decimal,
    /// Source keys (`engine::sources`) behind each part.
    pub sources: &'static [&'static str],
}

pub const COURT_SOURCES: &[&str] = &[
    "fee-15-16",
    "civil-procedure-164",
    "fee-13",
    "fee-29",
    "fee-14",
    "fee-38",
    "civil-procedure-171",
    "civil-procedure-250",
    "civil-procedure-264",
    "delay-2014",
    "ff2017-22-2",
    "mj2020-29",
];

/// The court path for `case`: dates default to filing on D, judgment
/// [`JUDGMENT_MONTHS`] later, paid on the due date.
pub fn court_plan(
    case: &Case,
    filing: Option<Date>,
    judgment: Option<Date>,
    paid_on: Option<Date>,
    lawyer_fee: Decimal,
) -> Result<(Plan, CourtInfo)> {
    let d = case.as_of;
    let order = |field: &str, other: &str| Error::DateOrder { field: field.into(), other: other.into() };
    // Blank: the case's own filing date (a suit already filed, or one expected), else the
    // case date. A past filing date is a suit already under way.
    let filing_date = filing.or(case.filing_date).unwrap_or(d);
    let judgment_date = match judgment {
        Some(j) => j,
        None => filing_date.add_months(JUDGMENT_MONTHS)?,
    };
    if judgment_date < filing_date {
        return Err(order("judgmentDate", "filingDate"));
    }
    let due_date = judgment_date.add_days(DUE_DAYS)?;
    // Nothing can be paid before the case date: blank means the due date, or today if
    // that has passed.
    let paid_on = paid_on.unwrap_or(due_date.max(d));
    if paid_on < judgment_date {
        return Err(order("paidOn", "judgmentDate"));
    }
    if paid_on < d {
        return Err(order("paidOn", "asOf"));
    }
    // The line of a private loan made before 2020-08-20 depends on the filing date (法释〔2020〕17号
    // art. 31), so this suit's date is the case's.
    let sued = Case { filing_date: Some(filing_date), ..case.clone() };
    // On a past filing date, only the payments made by then.
    let before =
        Case { payments: sued.payments.iter().filter(|p| p.0 <= filing_date).cloned().collect(), ..sued.clone() };
    // A filing date the case cannot reach (before the debt fell due) is that field's error.
    let at_filing =
        debt_on(&before, filing_date).map_err(|e| if e.field() == "asOf" { e.at("filingDate") } else { e })?;
    let at_payment = debt_on(&sued, paid_on)?;
    let claim = (at_filing.total - at_filing.excess).max(Decimal::ZERO);
    let supported = (at_payment.total - at_payment.excess).max(Decimal::ZERO);
    // Simple procedure, as the dates assume: half the fee (诉讼费用交纳办法 art. 16).
    let fee = court_fee(claim, Procedure::Simple).fee;
    let late = due_date.days_until(paid_on).max(0);
    let days_late =
        u32::try_from(late).ok().filter(|n| *n <= MAX_DAYS).ok_or_else(|| Error::too_large("paidOn", MAX_DAYS))?;
    // The judgment's money debt without its interest (法释〔2014〕8号 art. 1: 一般债务利息
    // excluded): principal, the late fees the line leaves, and the costs it orders.
    let supported_charges = (at_filing.penalty + at_filing.fees - at_filing.excess).max(Decimal::ZERO);
    let delay_base = at_filing.principal + at_filing.fees.min(supported_charges) + fee + lawyer_fee;
    let delay = delay_interest(delay_base, days_late);
    let enforced = supported + fee + lawyer_fee;
    let exec = if days_late > 0 { execution_fee(enforced) } else { Decimal::ZERO };
    let total = round2(supported + fee + lawyer_fee + exec + delay);
    let mut plan = Plan::default();
    push(&mut plan.flows, paid_on, total);
    let info = CourtInfo {
        filing_date,
        judgment_date,
        due_date,
        paid_on,
        claim,
        supported,
        cut: at_payment.excess,
        line_percent: at_payment.line_percent,
        court_fee: fee,
        lawyer_fee,
        execution_fee: exec,
        days_late,
        delay_base,
        delay_interest: delay,
        total,
        sources: COURT_SOURCES,
    };
    Ok((plan, info))
}
