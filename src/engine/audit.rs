//! The auto-deduction audit (自动划扣核对, SPEC §6): the user's deductions are applied on
//! their dates by the same ledger as every other payment; for each one the report shows
//! what was owed then, what was taken, what was taken beyond it, and the part of the
//! charges taken that passes the first legal line.

use super::date::Date;
use super::error::Result;
use super::money::ser_cents;
use super::overdue::{overdue, Case, OverdueResult};
use rust_decimal::Decimal;

/// One deduction, audited.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DeductionView {
    pub date: Date,
    #[serde(serialize_with = "ser_cents")]
    pub amount: Decimal,
    /// Everything due just before it (overdue principal, interest and charges).
    #[serde(serialize_with = "ser_cents")]
    pub owed_due: Decimal,
    /// Everything owed, due or not, just before it.
    #[serde(serialize_with = "ser_cents")]
    pub owed_total: Decimal,
    /// Taken beyond what was due (it went to principal not yet due or to credit).
    #[serde(serialize_with = "ser_cents")]
    pub beyond_due: Decimal,
    /// Taken beyond everything owed: to reclaim.
    #[serde(serialize_with = "ser_cents")]
    pub to_reclaim: Decimal,
    /// Penalty, compound interest and fees it paid.
    #[serde(serialize_with = "ser_cents")]
    pub charges_taken: Decimal,
    /// The part of `charges_taken` above the first legal line.
    #[serde(serialize_with = "ser_cents")]
    pub above_legal_line: Decimal,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AuditResult {
    pub deductions: Vec<DeductionView>,
    #[serde(serialize_with = "ser_cents")]
    pub total_taken: Decimal,
    #[serde(serialize_with = "ser_cents")]
    pub total_to_reclaim: Decimal,
    #[serde(serialize_with = "ser_cents")]
    pub total_above_legal_line: Decimal,
    /// The case as of its date, with the deductions applied.
    pub case: OverdueResult,
}

/// The most deductions one audit takes.
pub const MAX_DEDUCTIONS: usize = 500;

/// Audits `deductions` against `case` (whose own payments are applied too, unaudited).
pub fn audit(case: &Case, deductions: &[(Date, Decimal)]) -> Result<AuditResult> {
    if deductions.len() > MAX_DEDUCTIONS {
        return Err(super::error::Error::TooMany { field: "deductions".into(), max: MAX_DEDUCTIONS });
    }
    let mut tagged: Vec<(Date, Decimal, bool)> = case.payments.iter().map(|p| (p.0, p.1, false)).collect();
    tagged.extend(deductions.iter().map(|d| (d.0, d.1, true)));
    super::sort::sort_by_key(&mut tagged, |t| t.0);
    if let Some(k) = deductions.iter().position(|t| t.0 > case.as_of) {
        return Err(super::error::Error::NotAfter { field: format!("deductions[{k}].date"), other: "asOf".into() });
    }
    let full = Case { payments: tagged.iter().map(|t| (t.0, t.1)).collect(), ..case.clone() };
    let result = overdue(&full)?;
    let mut views = Vec::new();
    let mut paid_charges = Decimal::ZERO;
    let mut attributed = Decimal::ZERO;
    for (rec, tag) in result.payments.iter().zip(&tagged) {
        let charges = rec.to_fees + rec.to_penalty + rec.to_compound;
        paid_charges += charges;
        // Charges paid so far beyond what the line allowed so far, less what earlier
        // deductions already carry.
        let excess_so_far = (paid_charges - rec.allowed_before).max(Decimal::ZERO);
        let above = (excess_so_far - attributed).clamp(Decimal::ZERO, charges);
        attributed += above;
        if tag.2 {
            views.push(DeductionView {
                date: tag.0,
                amount: rec.amount,
                owed_due: rec.owed_due,
                owed_total: rec.owed_total,
                beyond_due: (rec.amount - rec.owed_due).max(Decimal::ZERO),
                to_reclaim: (rec.amount - rec.owed_total.max(Decimal::ZERO)).max(Decimal::ZERO),
                charges_taken: charges,
                above_legal_line: above,
            });
        }
    }
    Ok(AuditResult {
        total_taken: views.iter().map(|v| v.amount).sum(),
        total_to_reclaim: views.iter().map(|v| v.to_reclaim).sum(),
        total_above_legal_line: views.iter().map(|v| v.above_legal_line).sum(),
        deductions: views,
        case: result,
    })
}
