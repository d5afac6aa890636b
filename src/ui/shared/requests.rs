//! The page's side of `crate::form`: `AppState` read as form fields (inside a memo this
//! tracks exactly the signals read), and a preset written into the term fields. The
//! requests themselves are built in `form.rs`, natively testable; nothing converts here.

use crate::engine::request::{CaseIn, PaymentIn, RateIn, Text};
use crate::engine::request_plans::{BudgetIn, DebtIn, ScenarioIn};
use crate::engine::scenario::kinds::{plan_kind, PlanKind, PLAN_KINDS};
use crate::engine::terms::preset_keys;
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

    /// A kind's starting values on this page: the registry's, with `$rate`/`$rateUnit` the
    /// case's own and `$card` set when `preset` is a credit card.
    fn starting_values(&self, kind: &PlanKind, preset: &str) -> Vec<(&'static str, String)> {
        kind.page_row
            .iter()
            .map(|&(col, v)| {
                let v = match v {
                    "$rate" => self.case_rate().0,
                    "$rateUnit" => self.case_rate().1,
                    "$card" => if preset == "creditCard" { "1" } else { "" }.to_string(),
                    v => v.to_string(),
                };
                (col, v)
            })
            .collect()
    }

    /// The case's contract rate and its unit as the plans start from them: the one they
    /// follow, or the terms' while a detailed-mode loan rate is blank (read tracked).
    pub fn case_rate(&self) -> (String, String) {
        match self.followed_rate() {
            (r, _) if r.trim().is_empty() && self.get("mode") == "detailed" => (self.get("rate"), self.get("rateUnit")),
            followed => followed,
        }
    }

    /// The rate the plans follow: the loan's in detailed mode even while blank (a loan rate
    /// being retyped must not hand the plans the hidden quick-mode rate), the terms' otherwise.
    fn followed_rate(&self) -> (String, String) {
        let (rate, unit) =
            if self.get("mode") == "detailed" { ("loanRate", "loanRateUnit") } else { ("rate", "rateUnit") };
        (self.get(rate), self.get(unit))
    }

    /// Plans that start from the case's rate (`$rate`) follow it until their own rate is
    /// typed: each such plan remembers the rate it was last given (its starting value, the
    /// case's when it was made or first seen) and moves with the case while it still holds
    /// exactly that; once it holds anything else it is the user's and never moves again.
    /// Only to a rate the engine takes: a half-typed or refused case rate moves nothing (its
    /// message is the case's), and the plans follow once it is fixed.
    pub fn plans_follow_case_rate(&self) {
        let state = *self;
        // (plan row id, the rate it follows with, or None once its own was typed).
        let mut given: Vec<(u32, Option<(String, String)>)> = Vec::new();
        Effect::new(move |prev: Option<(String, String)>| {
            let now = state.followed_rate();
            let rate = RateIn { value: Text(now.0.clone()), unit: now.1.clone(), day_basis: None };
            let Some(old) = prev else { return now };
            if old == now || rate.resolve("rate").is_err() {
                return old;
            }
            state.scenarios.rows.with_untracked(|rows| {
                for row in rows {
                    let starts_from_case = plan_kind(&row.text_untracked("kind"))
                        .is_some_and(|k| k.page_row.iter().any(|(_, v)| *v == "$rate"));
                    if !starts_from_case {
                        continue;
                    }
                    let at = given.iter().position(|(id, _)| *id == row.id).unwrap_or_else(|| {
                        // First seen: made since the last change, from the case's rate then.
                        given.push((row.id, Some(old.clone())));
                        given.len() - 1
                    });
                    let holds = (row.text_untracked("rate"), row.text_untracked("rateUnit"));
                    if given[at].1.as_ref() == Some(&holds) {
                        row.cell("rate").set(now.0.clone());
                        row.cell("rateUnit").set(now.1.clone());
                        given[at].1 = Some(now.clone());
                    } else {
                        given[at].1 = None;
                    }
                }
            });
            now
        });
    }

    /// The default ways out for the case's lender: one of each kind it offers
    /// (`PlanKind::offered_by`), with its starting values.
    pub fn default_scenarios(&self) {
        let preset = self.get("preset");
        self.scenarios.clear();
        for kind in PLAN_KINDS.iter().filter(|k| k.is_offered_by(&preset)) {
            self.add_scenario(kind.key);
        }
    }

    /// Whether the plans are still some lender's defaults, untouched: then a new preset may
    /// replace them with its own without losing anything typed.
    pub fn plans_are_defaults(&self) -> bool {
        let rows: Vec<Vec<(&'static str, String)>> = self.scenarios.rows.with_untracked(|rows| {
            rows.iter()
                .map(|r| r.cells.iter().map(|(c, v)| (*c, v.get_untracked())).filter(|(_, v)| !v.is_empty()).collect())
                .collect()
        });
        preset_keys().any(|p| {
            let kinds: Vec<&PlanKind> = PLAN_KINDS.iter().filter(|k| k.is_offered_by(p)).collect();
            kinds.len() == rows.len()
                && kinds.iter().zip(&rows).all(|(k, row)| {
                    let mut want = vec![("kind", k.key.to_string())];
                    want.extend(self.starting_values(k, p).into_iter().filter(|(_, v)| !v.is_empty()));
                    want.len() == row.len() && want.iter().all(|w| row.contains(w))
                })
        })
    }

    /// A plan whose kind was just picked starts over with that kind's starting values: the
    /// previous kind's parameters (another rate, method or term) would price it wrongly.
    pub fn fill_starting_values(&self, row: &Row) {
        let Some(kind) = plan_kind(&row.text("kind")) else { return };
        for (col, cell) in &row.cells {
            if *col != "kind" {
                cell.set(String::new());
            }
        }
        for (col, v) in self.starting_values(kind, &self.get("preset")) {
            row.cell(col).set(v);
        }
    }

    /// Adds a plan of `kind` with its starting values.
    pub fn add_scenario(&self, kind: &str) {
        let Some(k) = plan_kind(kind) else { return };
        let mut row = vec![("kind", k.key.to_string())];
        row.extend(self.starting_values(k, &self.get("preset")));
        self.scenarios.push(&row);
    }
}
