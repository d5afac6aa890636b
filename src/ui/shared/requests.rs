//! The page's side of `crate::form`: `AppState` read as form fields (inside a memo this
//! tracks exactly the signals read), and a preset written into the term fields. The
//! requests themselves are built in `form.rs`, natively testable; nothing converts here.

use crate::engine::request::{CaseIn, PaymentIn};
use crate::engine::request_plans::{BudgetIn, DebtIn, ScenarioIn};
use crate::form::{self, Fields};
use crate::ui::state::{AppState, Row};
use leptos::prelude::*;

/// Rows whose every cell is blank are left out (a fresh empty row is not an error).
fn filled(row: &Row) -> bool {
    row.cells.values().any(|c| c.with(|v| !v.trim().is_empty()))
}

impl Fields for AppState {
    fn get(&self, key: &str) -> String {
        AppState::get(self, key)
    }

    fn rows(&self, name: &str) -> Vec<Vec<(&'static str, String)>> {
        let Some(list) = self.lists().into_iter().find(|l| l.name == name) else { return vec![] };
        // Plans always have their kind: every plan row counts.
        let keep_blank = name == "scenarios";
        list.rows.with(|rows| {
            rows.iter()
                .filter(|r| keep_blank || filled(r))
                .map(|r| list.cols.iter().map(|c| (*c, r.text(c))).collect())
                .collect()
        })
    }
}

impl AppState {
    /// The overdue case as typed.
    pub fn case_request(&self) -> CaseIn {
        form::case_request(self)
    }

    /// Deductions as typed, for the audit.
    pub fn deduction_rows(&self) -> Vec<PaymentIn> {
        form::payment_rows(self, "deductions")
    }

    pub fn scenario_requests(&self) -> Vec<ScenarioIn> {
        form::scenario_requests(self)
    }

    pub fn budget_request(&self) -> BudgetIn {
        form::budget_request(self)
    }

    pub fn debt_requests(&self) -> Vec<DebtIn> {
        form::debt_requests(self)
    }

    /// Fills every term field with the preset's typical value.
    pub fn apply_preset(&self, key: &str) {
        for (k, v) in form::preset_fields(key).unwrap_or_default() {
            self.set(k, &v);
        }
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
