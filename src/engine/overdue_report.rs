//! The parts of an overdue result read off the ledger's run: each installment's view, the
//! chart's dates, and the penalty as one product for 计算过程 when it is one.

use super::date::Date;
use super::error::Result;
use super::ledger::{self, Inst};
use super::legal::LegalCheck;
use super::money::round2;
use super::overdue::{Case, Debt, InstallmentView, Status, AHEAD_MONTHS};
use super::terms::Terms;
use rust_decimal::Decimal;

/// A penalty that is one product (no payment, no capitalisation in between), shown as
/// principal × daily rate × days in 计算过程.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SimplePenalty {
    #[serde(serialize_with = "crate::engine::money::ser_cents")]
    pub principal: Decimal,
    #[serde(serialize_with = "crate::engine::money::ser_pct")]
    pub daily_percent: Decimal,
    pub days: i64,
}

pub(crate) fn views(insts: &[Inst], as_of: Date, legal: &LegalCheck) -> Vec<InstallmentView> {
    insts
        .iter()
        .enumerate()
        .map(|(k, i)| {
            let status = if !i.fell_due {
                Status::NotDue
            } else if i.settled_on.is_some() && i.charges().is_zero() {
                Status::Paid
            } else if i.accelerated {
                Status::Accelerated
            } else if !i.past_grace && i.settled_on.is_none() {
                Status::InGrace
            } else {
                Status::Overdue
            };
            let (penalty, compound, fees) = (round2(i.penalty), round2(i.compound), round2(i.fees));
            InstallmentView {
                k: k + 1,
                due: i.due,
                called_due: i.called_due,
                status,
                days_overdue: if i.fell_due { i.days_overdue(as_of) } else { 0 },
                principal: i.principal,
                interest: i.interest,
                penalty,
                compound,
                fees,
                total: i.principal + i.interest + penalty + compound + fees,
                excess: legal.excess_by_installment.get(k).copied().unwrap_or_default(),
            }
        })
        .collect()
}

/// Timeline dates: daily for up to 90 days of history, else each monthly anniversary of
/// the first due date; then monthly for three months ahead.
pub(crate) fn timeline_dates(input: &ledger::Input, as_of: Date) -> Result<Vec<Date>> {
    let first = input.installments.iter().map(|i| i.due).min().unwrap_or(as_of).min(as_of);
    let span = first.days_until(as_of);
    let mut out = Vec::new();
    if span <= 90 {
        for n in 0..=span {
            out.push(first.add_days(n)?);
        }
    } else {
        let months = first.months_until(as_of);
        let step = months.div_ceil(120).max(1);
        let mut k = 0;
        while k <= months {
            out.push(first.add_months(k)?);
            k += step;
        }
    }
    for m in 1..=AHEAD_MONTHS {
        out.push(as_of.add_months(m)?);
    }
    out.push(as_of);
    Ok(out)
}

/// The penalty as one product when nothing changed its base: quick mode, one installment,
/// no payment, no compounding, no daily rounding, past grace.
pub(crate) fn simple_penalty(case: &Case, t: &Terms, run: &ledger::Run, as_of: Date) -> Option<SimplePenalty> {
    let simple_terms =
        t.compounding == super::terms::Compounding::None && !t.round_daily && t.channel_closed_from.is_none();
    match (&case.debt, run.insts.as_slice()) {
        (Debt::Quick { overdue_principal, .. }, [i]) if simple_terms && case.payments.is_empty() && i.past_grace => {
            Some(SimplePenalty {
                principal: *overdue_principal,
                daily_percent: t.penalty_daily() * Decimal::ONE_HUNDRED,
                days: i.days_overdue(as_of),
            })
        }
        _ => None,
    }
}
