//! Legal lines (法律保护上限, SPEC §6): which line applies to which lender, its source, and
//! the overdue charges above it. The ledger accrues each line's allowance per installment
//! day by day (principal × line / 365), so partial repayments are followed exactly.

use super::date::Date;
use super::ledger::Inst;
use super::lpr::{self, Fixing};
use super::money::round2;
use super::terms::LenderType;
use rust_decimal::Decimal;

/// A line a court applies.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Line {
    /// `lpr4`, `24` or `36`.
    pub key: &'static str,
    /// Annual rate, percent.
    #[serde(serialize_with = "crate::engine::money::ser_pct")]
    pub percent: Decimal,
    /// The rule's source, as cited.
    pub source: &'static str,
}

pub const SOURCE_PRIVATE: &str =
    "《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》(2020年第二次修正) 第二十五条、第二十八条、第二十九条";
pub const SOURCE_LICENSED: &str = "《最高人民法院关于进一步加强金融审判工作的若干意见》(法发〔2017〕22号) 第二条；最高人民法院2020年《关于新疆高院请示的批复》；《最高人民法院关于审理银行卡民事纠纷案件若干问题的规定》(2021) 第二条";
pub const SOURCE_36: &str = "36 %: 2015年民间借贷司法解释第二十六条 (超过部分无效)；《关于规范整顿\"现金贷\"业务的通知》(2017) 综合资金成本；《关于办理非法放贷刑事案件若干问题的意见》(2019)";

/// The lines for a lender: the one that applies first, then the 36 % reference line.
/// For 民间借贷, 4 × the one-year LPR in force on the contract date; where the table has
/// no rate (before 2015-10-24), 24 %, the line of the 2015 interpretation.
pub fn lines(lender: LenderType, contract_date: Date, extra: &[Fixing]) -> (Vec<Line>, Option<Fixing>) {
    let top = Line { key: "36", percent: Decimal::from(36), source: SOURCE_36 };
    match lender {
        LenderType::Licensed => {
            (vec![Line { key: "24", percent: Decimal::from(24), source: SOURCE_LICENSED }, top], None)
        }
        LenderType::Private => match lpr::in_force(contract_date, extra) {
            Some(f) => (
                vec![Line { key: "lpr4", percent: f.one_year * Decimal::from(4), source: SOURCE_PRIVATE }, top],
                Some(f),
            ),
            None => (vec![Line { key: "24", percent: Decimal::from(24), source: SOURCE_PRIVATE }, top], None),
        },
    }
}

/// The lines for a lender, as the JS API's `legalLine` answers.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LinesAnswer {
    pub lines: Vec<Line>,
    pub lpr: Option<Fixing>,
}

/// The check at one line.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LineCheck {
    pub line: Line,
    /// Overdue charges the line allows on the overdue principal for the days overdue.
    #[serde(serialize_with = "crate::engine::money::ser_cents")]
    pub allowed: Decimal,
    /// Overdue charges incurred (outstanding and already paid).
    #[serde(serialize_with = "crate::engine::money::ser_cents")]
    pub charges: Decimal,
    /// Σ per installment of max(0, charges − allowed).
    #[serde(serialize_with = "crate::engine::money::ser_cents")]
    pub excess: Decimal,
    /// The contract's simple annual rate is above this line.
    pub contract_rate_above: bool,
}

/// What was paid above the line under 民间借贷 rules (art. 561 order: it reduces principal
/// first, and what is left after all principal is refundable).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PrivateRefund {
    #[serde(serialize_with = "crate::engine::money::ser_cents")]
    pub excess_paid: Decimal,
    #[serde(serialize_with = "crate::engine::money::ser_cents")]
    pub applied_to_principal: Decimal,
    #[serde(serialize_with = "crate::engine::money::ser_cents")]
    pub principal_after: Decimal,
    #[serde(serialize_with = "crate::engine::money::ser_cents")]
    pub refundable: Decimal,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LegalCheck {
    pub lender: LenderType,
    pub lpr: Option<Fixing>,
    pub contract_date: Date,
    #[serde(serialize_with = "crate::engine::money::ser_pct")]
    pub contract_annual_percent: Decimal,
    pub lines: Vec<LineCheck>,
    /// Excess per installment at the first line, in installment order.
    #[serde(skip)]
    pub excess_by_installment: Vec<Decimal>,
    pub private: Option<PrivateRefund>,
}

/// Charges incurred by an installment: outstanding penalty, compound and fees plus those paid.
pub fn incurred(i: &Inst) -> Decimal {
    round2(i.penalty) + round2(i.compound) + round2(i.fees) + i.charges_paid
}

/// Checks the ledger's installments against `lines` (the same order the ledger used).
pub fn check(
    insts: &[Inst],
    lines: &[Line],
    lender: LenderType,
    lpr: Option<Fixing>,
    contract_date: Date,
    contract_annual_percent: Decimal,
    principal_outstanding: Decimal,
) -> LegalCheck {
    let excess_at =
        |i: &Inst, l: usize| (incurred(i) - round2(i.allowed.get(l).copied().unwrap_or_default())).max(Decimal::ZERO);
    let checks = lines
        .iter()
        .enumerate()
        .map(|(l, line)| LineCheck {
            line: line.clone(),
            allowed: insts.iter().map(|i| round2(i.allowed.get(l).copied().unwrap_or_default())).sum(),
            charges: insts.iter().map(incurred).sum(),
            excess: insts.iter().map(|i| excess_at(i, l)).sum(),
            contract_rate_above: contract_annual_percent > line.percent,
        })
        .collect();
    let private = (lender == LenderType::Private).then(|| {
        let excess_paid: Decimal = insts
            .iter()
            .map(|i| (i.charges_paid - round2(i.allowed.first().copied().unwrap_or_default())).max(Decimal::ZERO))
            .sum();
        let applied = excess_paid.min(principal_outstanding);
        PrivateRefund {
            excess_paid,
            applied_to_principal: applied,
            principal_after: principal_outstanding - applied,
            refundable: excess_paid - applied,
        }
    });
    LegalCheck {
        lender,
        lpr,
        contract_date,
        contract_annual_percent,
        lines: checks,
        excess_by_installment: insts.iter().map(|i| excess_at(i, 0)).collect(),
        private,
    }
}
