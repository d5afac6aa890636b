//! Turns what is typed (AppState) into engine requests, and a preset into the text of the
//! term fields. No arithmetic here: the engine parses and computes.

use super::state::{AppState, Row, Rows};
use crate::engine::request::{CaseIn, LateFeeIn, LoanIn, LprIn, PaymentIn, RateIn, TermsIn, Text};
use crate::engine::request_plans::{BudgetIn, DebtIn, LineIn, ScenarioIn};
use crate::engine::terms::{self, Allocation, Compounding, FeeBase, FeeFrequency, LenderType, Penalty, PenaltyBase};
use leptos::prelude::*;
use rust_decimal::Decimal;

fn t(s: String) -> Text {
    Text(s)
}

fn rows_of<T>(rows: &Rows, f: impl Fn(&Row) -> T) -> Vec<T> {
    rows.rows.with(|r| r.iter().map(f).collect())
}

/// Rows whose every cell is blank are left out (a fresh empty row is not an error).
fn filled(row: &Row) -> bool {
    row.cells.values().any(|c| c.with(|v| !v.trim().is_empty()))
}

impl AppState {
    pub fn terms_request(&self) -> TermsIn {
        let g = |k: &str| self.get(k);
        let penalty_rate = g("penaltyRate");
        // In detailed mode the loan's own rate is the contract rate (the engine fills it).
        let rate =
            (g("mode") != "detailed").then(|| RateIn { value: t(g("rate")), unit: g("rateUnit"), day_basis: None });
        TermsIn {
            rate,
            penalty_multiplier: Some(t(if penalty_rate.trim().is_empty() {
                g("penaltyMultiplier")
            } else {
                String::new()
            })),
            penalty_rate: Some(RateIn { value: t(penalty_rate), unit: "day".into(), day_basis: None }),
            penalty_base: Some(g("penaltyBase")).filter(|s| !s.is_empty()),
            compounding: Some(g("compounding")).filter(|s| !s.is_empty()),
            late_fee: Some(LateFeeIn {
                percent: t(g("feePercent")),
                fixed: t(g("feeFixed")),
                min: t(g("feeMin")),
                max: t(g("feeMax")),
                frequency: g("feeFrequency"),
                base: g("feeBase"),
            }),
            grace_days: Some(t(g("graceDays"))),
            accelerate_after_days: Some(t(g("accelerateAfterDays"))),
            channel_closed_from: Some(t(g("channelClosedFrom"))),
            allocation: Some(g("allocation")).filter(|s| !s.is_empty()),
            round_daily: Some(g("roundDaily") == "1"),
            lender_type: Some(g("lenderType")).filter(|s| !s.is_empty()),
        }
    }

    /// The overdue case as typed.
    pub fn case_request(&self) -> CaseIn {
        let g = |k: &str| self.get(k);
        let detailed = g("mode") == "detailed";
        CaseIn {
            as_of: t(g("asOf")),
            preset: g("preset"),
            overdue_principal: t(g("overduePrincipal")),
            overdue_interest: t(g("overdueInterest")),
            first_overdue_date: t(g("firstOverdueDate")),
            not_due_principal: t(g("notDuePrincipal")),
            minimum_payment: t(g("minimumPayment")),
            loan: detailed.then(|| LoanIn {
                principal: t(g("loanPrincipal")),
                rate: RateIn { value: t(g("loanRate")), unit: g("loanRateUnit"), day_basis: None },
                months: t(g("loanMonths")),
                method: g("loanMethod"),
                start_date: t(g("loanStart")),
                interest_basis: String::new(),
            }),
            payments: if detailed { self.payment_rows(&self.payments) } else { vec![] },
            terms: self.terms_request(),
            contract_date: t(g("contractDate")),
            lpr: Vec::<LprIn>::new(),
        }
    }

    pub fn payment_rows(&self, rows: &Rows) -> Vec<PaymentIn> {
        rows.rows.with(|r| {
            r.iter()
                .filter(|row| filled(row))
                .map(|row| PaymentIn { date: t(row.text("date")), amount: t(row.text("amount")) })
                .collect()
        })
    }

    pub fn scenario_requests(&self) -> Vec<ScenarioIn> {
        rows_of(&self.scenarios, |r| ScenarioIn {
            kind: r.text("kind"),
            months: t(r.text("months")),
            days: t(r.text("days")),
            waive_interest: t(r.text("waiveInterest")),
            waive_penalty: t(r.text("waivePenalty")),
            waive_fees: t(r.text("waiveFees")),
            waive_principal: t(r.text("waivePrincipal")),
            pay_on: t(r.text("payOn")),
            method: r.text("method"),
            rate: Some(RateIn { value: t(r.text("rate")), unit: r.text("rateUnit"), day_basis: None }),
            include_interest: r.flag("includeInterest"),
            include_penalty: r.flag("includePenalty"),
            include_fees: r.flag("includeFees"),
            down: t(r.text("down")),
            waive_rest: r.flag("waiveRest"),
            fee_monthly: t(r.text("feeMonthly")),
            card: r.flag("card"),
            capitalise: r.flag("capitalise"),
            percent: t(r.text("percent")),
            amount: t(r.text("amount")),
            fee: t(r.text("fee")),
            fee_percent: t(r.text("feePercent")),
            deducted: r.flag("deducted"),
        })
    }

    pub fn budget_request(&self) -> BudgetIn {
        let lines = |rows: &Rows| {
            rows.rows.with(|r| {
                r.iter()
                    .filter(|row| filled(row))
                    .map(|row| LineIn { label: row.text("label"), amount: t(row.text("amount")) })
                    .collect()
            })
        };
        BudgetIn {
            income: t(self.get("income")),
            expenses: lines(&self.expenses),
            other_debts: lines(&self.other_debts),
            savings: t(self.get("savings")),
        }
    }

    pub fn debt_requests(&self) -> Vec<DebtIn> {
        self.debts.rows.with(|r| {
            r.iter()
                .filter(|row| filled(row))
                .map(|row| DebtIn {
                    name: row.text("name"),
                    balance: t(row.text("balance")),
                    rate: t(row.text("rate")),
                    minimum: t(row.text("minimum")),
                })
                .collect()
        })
    }

    /// Fills every term field with the preset's typical value.
    pub fn apply_preset(&self, key: &str) {
        let Some(p) = terms::preset(key) else { return };
        let pct = |d: Decimal| d.normalize().to_string();
        self.set("preset", key);
        self.set("rate", &pct(p.rate.percent));
        self.set("rateUnit", p.rate.unit.as_str());
        match p.penalty {
            Penalty::Multiplier(m) => {
                self.set("penaltyMultiplier", &pct(m));
                self.set("penaltyRate", "");
            }
            Penalty::Rate(r) => {
                self.set("penaltyMultiplier", "");
                self.set("penaltyRate", &pct(r.daily() * Decimal::ONE_HUNDRED));
            }
        }
        self.set("penaltyBase", if p.penalty_base == PenaltyBase::Installment { "installment" } else { "principal" });
        self.set("compounding", if p.compounding == Compounding::Monthly { "monthly" } else { "none" });
        let fee = p.late_fee;
        self.set("feePercent", &fee.map(|f| pct(f.percent)).unwrap_or_default());
        self.set("feeFixed", &fee.filter(|f| !f.fixed.is_zero()).map(|f| pct(f.fixed)).unwrap_or_default());
        self.set("feeMin", &fee.filter(|f| !f.min.is_zero()).map(|f| pct(f.min)).unwrap_or_default());
        self.set("feeMax", &fee.and_then(|f| f.max).map(pct).unwrap_or_default());
        let freq = match fee.map(|f| f.frequency) {
            Some(FeeFrequency::Monthly) => "monthly",
            Some(FeeFrequency::Daily) => "daily",
            _ => "once",
        };
        self.set("feeFrequency", freq);
        self.set("feeBase", if fee.is_some_and(|f| f.base == FeeBase::Minimum) { "minimum" } else { "installment" });
        self.set("graceDays", &p.grace_days.to_string());
        self.set("accelerateAfterDays", &p.accelerate_after_days.map(|d| d.to_string()).unwrap_or_default());
        let alloc = match p.allocation {
            Allocation::ChargesFirst => "chargesFirst",
            Allocation::PrincipalFirstAfter90 => "principalFirstAfter90",
            Allocation::ByInstallment => "byInstallment",
        };
        self.set("allocation", alloc);
        self.set("roundDaily", if p.round_daily { "1" } else { "" });
        self.set("lenderType", if p.lender == LenderType::Private { "private" } else { "licensed" });
        self.set(
            "loanRate",
            &pct(if p.rate.unit == crate::engine::rate::RateUnit::Year {
                p.rate.percent
            } else {
                p.rate.annual() * Decimal::ONE_HUNDRED
            }),
        );
        self.set("loanRateUnit", "year");
    }

    /// The default ways out for a fresh page: one of each kind, filled from the preset.
    pub fn default_scenarios(&self) {
        let card = if self.get("preset") == "creditCard" { "1" } else { "" };
        let daily = self.get("rate");
        let unit = self.get("rateUnit");
        let s = &self.scenarios;
        s.clear();
        s.push(&[("kind", "payNow")]);
        s.push(&[("kind", "wait"), ("months", "3")]);
        s.push(&[("kind", "settlement"), ("waivePenalty", "100"), ("waiveFees", "100")]);
        s.push(&[
            ("kind", "installments"),
            ("months", "12"),
            ("method", "flatFee"),
            ("rate", "0.5"),
            ("rateUnit", "month"),
            ("includeInterest", "1"),
            ("includePenalty", "1"),
            ("includeFees", "1"),
        ]);
        s.push(&[
            ("kind", "freeze"),
            ("months", "60"),
            ("includeInterest", "1"),
            ("includePenalty", "1"),
            ("includeFees", "1"),
            ("card", card),
        ]);
        s.push(&[("kind", "extension"), ("months", "12"), ("rate", &daily), ("rateUnit", &unit)]);
        s.push(&[
            ("kind", "minimumPayment"),
            ("percent", "10"),
            ("amount", "100"),
            ("rate", &daily),
            ("rateUnit", &unit),
        ]);
        s.push(&[("kind", "refinance"), ("months", "36"), ("rate", "18"), ("rateUnit", "year"), ("method", "annuity")]);
    }
}
