//! The page's side of `crate::form`: `AppState` read as form fields (inside a memo this
//! tracks exactly the signals read), and a preset written into the term fields. The
//! requests themselves are built in `form.rs`, natively testable; nothing converts here.

use crate::engine::request::{CaseIn, PaymentIn};
use crate::engine::request_plans::{BudgetIn, DebtIn, ScenarioIn};
use crate::engine::scenario::kinds::PLAN_KINDS;
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

    /// The default ways out for a fresh page: one of each kind, with the registry's starting
    /// values; `$rate`/`$rateUnit` take the case's own, `$card` is set for a credit card.
    pub fn default_scenarios(&self) {
        let card = if self.get("preset") == "creditCard" { "1" } else { "" };
        let (rate, unit) = (self.get("rate"), self.get("rateUnit"));
        let s = &self.scenarios;
        s.clear();
        for kind in PLAN_KINDS {
            let mut row = vec![("kind", kind.key)];
            row.extend(kind.page_row.iter().map(|&(col, v)| {
                let v = match v {
                    "$rate" => rate.as_str(),
                    "$rateUnit" => unit.as_str(),
                    "$card" => card,
                    v => v,
                };
                (col, v)
            }));
            s.push(&row);
        }
    }
}
