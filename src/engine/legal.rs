//! Legal lines (法律保护上限, SPEC §6): which lines apply to a contract (from the dated table
//! in `legal_rules`), and the overdue charges above them. A line may change on a date (a
//! private loan made before 2020-08-20 is judged by the 2015 rules up to 2020-08-19 and by
//! 4 × the LPR at filing from 2020-08-20, 法释〔2020〕17号 art. 31); each such piece is a
//! segment with its own allowed amount and excess. All overdue charges (罚息, 复利, 违约金
//! and other fees) count together against one line (法释〔2020〕17号 art. 29; 法发〔2017〕22号
//! art. 2). The ledger accrues each segment's allowance per installment day by day
//! (principal × line / 365), so partial repayments are followed exactly.

use super::date::Date;
use super::error::{Error, Result};
use super::ledger::Inst;
use super::legal_rules::{self, Basis, Role};
use super::lpr::{self, Fixing};
use super::money::round2;
use super::sources;
use super::terms::LenderType;
use rust_decimal::Decimal;

/// One piece of a line: the days it covers and its rate.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Segment {
    /// The row of `legal_rules::RULES` that draws it.
    pub rule: &'static str,
    /// First day covered (None: from the start of the debt).
    pub from: Option<Date>,
    /// Last day covered (None: onwards).
    pub until: Option<Date>,
    #[serde(skip)]
    pub before: Option<Date>,
    pub basis: Basis,
    /// Annual rate, percent.
    #[serde(serialize_with = "crate::engine::money::ser_pct")]
    pub percent: Decimal,
    /// The LPR fixing behind a 4 × LPR segment.
    pub lpr: Option<Fixing>,
    /// Keys into the sources table.
    pub sources: &'static [&'static str],
}

/// A line a court applies: one or more segments in date order.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Line {
    /// `supported` (above it a court does not support the charge) or `void` (above it the
    /// agreement is void and what was paid can be claimed back).
    pub key: &'static str,
    pub role: Role,
    /// The rate of the last segment (the one in force now), percent.
    #[serde(serialize_with = "crate::engine::money::ser_pct")]
    pub percent: Decimal,
    pub segments: Vec<Segment>,
    /// Every source cited by its segments, as "instrument article"; one per entry.
    pub sources: Vec<String>,
}

impl Line {
    /// The boundaries where a segment ends, in date order.
    fn boundaries(&self) -> impl Iterator<Item = Date> + '_ {
        self.segments.iter().filter_map(|s| s.before)
    }
}

/// The lines for a contract of `lender` made on `contract_date`, a suit filed (or assumed
/// filed) on `filing_date`, in table order: the supported line, then a void line where it
/// differs. Errors when a 4 × LPR segment falls before the LPR table (2015-10-24).
pub fn lines(lender: LenderType, contract_date: Date, filing_date: Date, extra: &[Fixing]) -> Result<Vec<Line>> {
    let mut out = Vec::new();
    for (role, key) in [(Role::Supported, "supported"), (Role::Void, "void")] {
        let mut segments = Vec::new();
        for r in legal_rules::rules_for(lender, contract_date).into_iter().filter(|r| r.role == role) {
            let (percent, lpr) = match r.basis {
                Basis::Fixed(p) => (Decimal::from(p), None),
                Basis::Lpr4AtContract => lpr4(contract_date, extra, "contractDate")?,
                Basis::Lpr4AtFiling => lpr4(filing_date, extra, "filingDate")?,
            };
            let before = r.days_before();
            let until = match before {
                Some(b) => Some(b.add_days(-1)?),
                None => None,
            };
            segments.push(Segment {
                rule: r.key,
                from: r.days_from(),
                until,
                before,
                basis: r.basis,
                percent,
                lpr,
                sources: r.sources,
            });
        }
        let Some(last) = segments.last() else { continue };
        let percent = last.percent;
        let mut cited: Vec<String> = Vec::new();
        for k in segments.iter().flat_map(|s| s.sources.iter()) {
            let c = sources::cite(k);
            if !cited.contains(&c) {
                cited.push(c);
            }
        }
        out.push(Line { key, role, percent, segments, sources: cited });
    }
    Ok(out)
}

fn lpr4(on: Date, extra: &[Fixing], field: &str) -> Result<(Decimal, Option<Fixing>)> {
    let f =
        lpr::in_force(on, extra).ok_or_else(|| Error::TooSmall { field: field.into(), min: "2015-10-24".into() })?;
    Ok((f.one_year * Decimal::from(4), Some(f)))
}

/// The ledger's view of the lines: the dates where any segment changes, and each line's
/// annual rate (a fraction) in each period between them.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Periods {
    /// Sorted, distinct; period `p` is `[boundaries[p-1], boundaries[p])`.
    pub boundaries: Vec<Date>,
    /// `rates[line][period]`.
    pub rates: Vec<Vec<Decimal>>,
}

impl Periods {
    pub fn of(lines: &[Line]) -> Periods {
        let mut boundaries: Vec<Date> = lines.iter().flat_map(|l| l.boundaries()).collect();
        super::sort::sort_by_key(&mut boundaries, |d| *d);
        boundaries.dedup();
        let rates = lines
            .iter()
            .map(|l| {
                (0..=boundaries.len())
                    .map(|p| {
                        let start = p.checked_sub(1).and_then(|q| boundaries.get(q).copied());
                        l.segments
                            .iter()
                            .find(|s| covers(s, start))
                            .map_or(Decimal::ZERO, |s| s.percent / Decimal::ONE_HUNDRED)
                    })
                    .collect()
            })
            .collect();
        Periods { boundaries, rates }
    }

    /// The period `day` falls in.
    pub fn index(&self, day: Date) -> usize {
        self.boundaries.iter().take_while(|b| **b <= day).count()
    }

    pub fn count(&self) -> usize {
        self.boundaries.len() + 1
    }
}

/// Whether a segment covers the period starting at `start` (None: the first period).
fn covers(s: &Segment, start: Option<Date>) -> bool {
    let after_from = match (s.from, start) {
        (None, _) => true,
        (Some(_), None) => false,
        (Some(f), Some(d)) => d >= f,
    };
    let before_end = match (s.before, start) {
        (None, _) | (Some(_), None) => true,
        (Some(b), Some(d)) => d < b,
    };
    after_from && before_end
}

/// The lines for a lender, as the JS API's `legalLine` answers.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LinesAnswer {
    pub lines: Vec<Line>,
    pub lpr: Option<Fixing>,
}

/// One segment's figures.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SegmentCheck {
    pub segment: Segment,
    #[serde(serialize_with = "crate::engine::money::ser_cents")]
    pub allowed: Decimal,
    #[serde(serialize_with = "crate::engine::money::ser_cents")]
    pub charges: Decimal,
    #[serde(serialize_with = "crate::engine::money::ser_cents")]
    pub excess: Decimal,
}

/// The check at one line.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LineCheck {
    pub line: Line,
    /// Overdue charges the line allows on the overdue principal for the days overdue.
    #[serde(serialize_with = "crate::engine::money::ser_cents")]
    pub allowed: Decimal,
    /// Overdue charges incurred (outstanding and already paid), all kinds together.
    #[serde(serialize_with = "crate::engine::money::ser_cents")]
    pub charges: Decimal,
    /// Σ per installment and segment of max(0, charges − allowed).
    #[serde(serialize_with = "crate::engine::money::ser_cents")]
    pub excess: Decimal,
    /// The contract's simple annual rate is above the line in some segment.
    pub contract_rate_above: bool,
    pub segments: Vec<SegmentCheck>,
}

/// What was paid above the line under 民间借贷 rules: it is set against principal first,
/// and what is left after all principal is refundable. Measured against the void line
/// where there is one (24–36 % paid before 2020-08-20 is not refundable).
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
    /// The LPR fixing of the first line's last segment, if it is a 4 × LPR line.
    pub lpr: Option<Fixing>,
    pub contract_date: Date,
    /// No contract date was given: `contract_date` is the loan's start or the first
    /// overdue date, and the line may differ from the contract's.
    pub contract_date_assumed: bool,
    pub filing_date: Date,
    /// No filing date was given: the case date stands in for it.
    pub filing_date_assumed: bool,
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

/// An installment's charges per period, in whole cents, adding up to [`incurred`].
fn charges_by_period(i: &Inst) -> Vec<Decimal> {
    let mut out: Vec<Decimal> = i.incurred_by.iter().map(|x| round2(*x)).collect();
    if let Some(last) = out.len().checked_sub(1) {
        let earlier: Decimal = out[..last].iter().sum();
        out[last] = incurred(i) - earlier;
    }
    out
}

/// Where the dates of a check come from.
pub struct Dates {
    pub contract: Date,
    pub contract_assumed: bool,
    pub filing: Date,
    pub filing_assumed: bool,
}

/// Checks the ledger's installments against `lines` (the same order the ledger used).
pub fn check(
    insts: &[Inst],
    lines: &[Line],
    periods: &Periods,
    lender: LenderType,
    dates: Dates,
    contract_annual_percent: Decimal,
    principal_outstanding: Decimal,
) -> LegalCheck {
    let per_period: Vec<Vec<Decimal>> = insts.iter().map(charges_by_period).collect();
    // For installment i, line l, segment s: (allowed, charges), each in whole cents.
    let seg_figures = |i: usize, l: usize, s: &Segment| -> (Decimal, Decimal) {
        let mut allowed = Decimal::ZERO;
        let mut charges = Decimal::ZERO;
        for p in 0..periods.count() {
            let start = p.checked_sub(1).and_then(|q| periods.boundaries.get(q).copied());
            if covers(s, start) {
                allowed += insts[i].allowed.get(l).and_then(|a| a.get(p)).copied().unwrap_or_default();
                charges += per_period[i].get(p).copied().unwrap_or_default();
            }
        }
        (round2(allowed), charges)
    };
    let mut checks = Vec::new();
    let mut excess_by_installment = vec![Decimal::ZERO; insts.len()];
    let mut allowed_by_line: Vec<Vec<Decimal>> = Vec::new();
    for (l, line) in lines.iter().enumerate() {
        let mut segs = Vec::new();
        let mut per_inst_allowed = vec![Decimal::ZERO; insts.len()];
        for s in &line.segments {
            let (mut allowed, mut charges, mut excess) = (Decimal::ZERO, Decimal::ZERO, Decimal::ZERO);
            for (i, inst_allowed) in per_inst_allowed.iter_mut().enumerate() {
                let (a, c) = seg_figures(i, l, s);
                let e = (c - a).max(Decimal::ZERO);
                allowed += a;
                charges += c;
                excess += e;
                *inst_allowed += a;
                if l == 0 {
                    excess_by_installment[i] += e;
                }
            }
            segs.push(SegmentCheck { segment: s.clone(), allowed, charges, excess });
        }
        let lowest = line.segments.iter().map(|s| s.percent).min().unwrap_or(line.percent);
        checks.push(LineCheck {
            line: line.clone(),
            allowed: segs.iter().map(|s| s.allowed).sum(),
            charges: insts.iter().map(incurred).sum(),
            excess: segs.iter().map(|s| s.excess).sum(),
            contract_rate_above: contract_annual_percent > lowest,
            segments: segs,
        });
        allowed_by_line.push(per_inst_allowed);
    }
    let private = (lender == LenderType::Private).then(|| {
        let refund_line = lines.iter().position(|l| l.role == Role::Void).unwrap_or(0);
        let allowed = allowed_by_line.get(refund_line);
        let excess_paid: Decimal = insts
            .iter()
            .enumerate()
            .map(|(k, i)| {
                let a = allowed.and_then(|a| a.get(k)).copied().unwrap_or_default();
                (i.charges_paid - a).max(Decimal::ZERO)
            })
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
        lpr: lines.first().and_then(|l| l.segments.last()).and_then(|s| s.lpr),
        contract_date: dates.contract,
        contract_date_assumed: dates.contract_assumed,
        filing_date: dates.filing,
        filing_date_assumed: dates.filing_assumed,
        contract_annual_percent,
        lines: checks,
        excess_by_installment,
        private,
    }
}
