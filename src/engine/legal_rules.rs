//! The dated table of legal lines (SPEC §6, issue 11): for each lender type and range of
//! contract dates, which line applies to which days, how its rate is fixed, and the sources
//! that make it a line. `legal::lines` reads only this table; LEGAL.md lists the same rows
//! (checked by `tests/legal_table.rs`). A line no row draws is never shown.

use super::date::Date;
use super::terms::LenderType;

/// The day the 2020 revision of the private-lending rules took effect.
pub const SWITCH_2020: (i32, u32, u32) = (2020, 8, 20);

/// How a row's annual rate is fixed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Basis {
    /// A fixed annual percentage.
    Fixed(u32),
    /// 4 × the one-year LPR in force on the contract date (合同成立时).
    Lpr4AtContract,
    /// 4 × the one-year LPR in force on the filing date (起诉时).
    Lpr4AtFiling,
}

impl Basis {
    /// `fixed`, `lpr4AtContract` or `lpr4AtFiling`, as the JS API sends it.
    pub fn as_str(self) -> &'static str {
        match self {
            Basis::Fixed(_) => "fixed",
            Basis::Lpr4AtContract => "lpr4AtContract",
            Basis::Lpr4AtFiling => "lpr4AtFiling",
        }
    }
}

impl serde::Serialize for Basis {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// What crossing the line means.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Role {
    /// Above it a court does not order the borrower to pay (不予支持 / 予以调减).
    Supported,
    /// Above it the agreement is void and what was paid may be claimed back or set against
    /// principal. Drawn separately only where it differs from the supported line.
    Void,
}

/// One row: a line for some days of some contracts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    pub key: &'static str,
    pub lender: LenderType,
    /// Contracts made on or after this date (None: any).
    pub contracts_from: Option<(i32, u32, u32)>,
    /// Contracts made before this date (None: any).
    pub contracts_before: Option<(i32, u32, u32)>,
    /// The days covered: from this date (None: from the start).
    pub days_from: Option<(i32, u32, u32)>,
    /// The days covered: before this date (None: to the end).
    pub days_before: Option<(i32, u32, u32)>,
    pub role: Role,
    pub basis: Basis,
    /// Keys into `sources::SOURCES`.
    pub sources: &'static [&'static str],
}

/// The table, in display order within each lender and role.
pub const RULES: &[Rule] = &[
    Rule {
        key: "licensed24",
        lender: LenderType::Licensed,
        contracts_from: None,
        contracts_before: None,
        days_from: None,
        days_before: None,
        role: Role::Supported,
        basis: Basis::Fixed(24),
        sources: &["ff2017-22-2", "fs2020-27", "bankcard2021-2"],
    },
    Rule {
        key: "private2020",
        lender: LenderType::Private,
        contracts_from: Some(SWITCH_2020),
        contracts_before: None,
        days_from: None,
        days_before: None,
        role: Role::Supported,
        basis: Basis::Lpr4AtContract,
        sources: &["mj2020-25", "mj2020-28", "mj2020-29"],
    },
    Rule {
        key: "private2015to0819",
        lender: LenderType::Private,
        contracts_from: None,
        contracts_before: Some(SWITCH_2020),
        days_from: None,
        days_before: Some(SWITCH_2020),
        role: Role::Supported,
        basis: Basis::Fixed(24),
        sources: &["mj2020-31", "mj2015-26", "mj2015-29", "mj2015-30"],
    },
    Rule {
        key: "private2015from0820",
        lender: LenderType::Private,
        contracts_from: None,
        contracts_before: Some(SWITCH_2020),
        days_from: Some(SWITCH_2020),
        days_before: None,
        role: Role::Supported,
        basis: Basis::Lpr4AtFiling,
        sources: &["mj2020-31", "mj2020-25", "mj2020-29"],
    },
    Rule {
        key: "private2015void36",
        lender: LenderType::Private,
        contracts_from: None,
        contracts_before: Some(SWITCH_2020),
        days_from: None,
        days_before: Some(SWITCH_2020),
        role: Role::Void,
        basis: Basis::Fixed(36),
        sources: &["mj2020-31", "mj2015-26", "mj2015-31"],
    },
    Rule {
        key: "private2015voidFrom0820",
        lender: LenderType::Private,
        contracts_from: None,
        contracts_before: Some(SWITCH_2020),
        days_from: Some(SWITCH_2020),
        days_before: None,
        role: Role::Void,
        basis: Basis::Lpr4AtFiling,
        sources: &["mj2020-31", "mj2020-25"],
    },
];

fn date(ymd: Option<(i32, u32, u32)>) -> Option<Date> {
    ymd.and_then(|(y, m, d)| Date::ymd(y, m, d))
}

impl Rule {
    /// Whether the row applies to a contract of `lender` made on `contract_date`.
    pub fn applies(&self, lender: LenderType, contract_date: Date) -> bool {
        self.lender == lender
            && date(self.contracts_from).is_none_or(|f| contract_date >= f)
            && date(self.contracts_before).is_none_or(|b| contract_date < b)
    }
    pub fn days_from(&self) -> Option<Date> {
        date(self.days_from)
    }
    pub fn days_before(&self) -> Option<Date> {
        date(self.days_before)
    }
}

/// The rows for a contract, in table order.
pub fn rules_for(lender: LenderType, contract_date: Date) -> Vec<&'static Rule> {
    RULES.iter().filter(|r| r.applies(lender, contract_date)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::sources::source;

    #[test]
    fn every_cited_source_is_in_the_table() {
        for r in RULES {
            assert!(!r.sources.is_empty(), "{}", r.key);
            for s in r.sources {
                assert!(source(s).is_some(), "{} cites {s}", r.key);
            }
        }
    }

    /// For any contract, each role's rows cover every day once: no gap, no overlap.
    #[test]
    fn rows_cover_every_day_once() {
        let dates = [(2015, 1, 1), (2019, 1, 15), (2020, 8, 19), (2020, 8, 20), (2024, 6, 30)];
        for lender in [LenderType::Licensed, LenderType::Private] {
            for c in dates {
                let c = Date::ymd(c.0, c.1, c.2).unwrap();
                for role in [Role::Supported, Role::Void] {
                    let rows: Vec<_> = rules_for(lender, c).into_iter().filter(|r| r.role == role).collect();
                    if rows.is_empty() {
                        assert_eq!(role, Role::Void, "{lender:?} {c}");
                        continue;
                    }
                    for d in dates {
                        let d = Date::ymd(d.0, d.1, d.2).unwrap();
                        let n = rows
                            .iter()
                            .filter(|r| r.days_from().is_none_or(|f| d >= f) && r.days_before().is_none_or(|b| d < b))
                            .count();
                        assert_eq!(n, 1, "{lender:?} contract {c} day {d} {role:?}");
                    }
                }
            }
        }
    }
}
