//! What the user typed, and nothing else: one text signal per input, lists of rows for
//! payments, deductions, scenarios, budget lines and debts. Everything shown is derived
//! from this by one engine call (see `requests.rs`).

use leptos::prelude::*;
use std::collections::HashMap;

/// Scalar inputs and their defaults: the registry `crate::fields::FIELDS` (key, default,
/// error path, label, URL parameter).
pub use crate::fields::FIELDS;

/// The columns of each list.
pub const PAYMENT_COLS: &[&str] = &["date", "amount"];
pub const LINE_COLS: &[&str] = &["label", "amount"];
pub const DEBT_COLS: &[&str] = &["name", "balance", "rate", "minimum"];
pub const ATTEMPT_COLS: &[&str] = &["date", "amount", "channel"];
pub use crate::form::scenario_columns;

/// One row of a list: a text signal per column, and a stable id for keyed rendering.
#[derive(Clone)]
pub struct Row {
    pub id: u32,
    pub cells: HashMap<&'static str, RwSignal<String>>,
}

impl Row {
    /// The cell `col`, or an empty detached signal for an unknown column.
    pub fn cell(&self, col: &str) -> RwSignal<String> {
        self.cells.get(col).copied().unwrap_or_else(|| RwSignal::new(String::new()))
    }
    pub fn text(&self, col: &str) -> String {
        self.cells.get(col).map(|s| s.get()).unwrap_or_default()
    }
    pub fn text_untracked(&self, col: &str) -> String {
        self.cells.get(col).map(|s| s.get_untracked()).unwrap_or_default()
    }
}

/// A list of rows with fixed columns.
#[derive(Clone, Copy)]
pub struct Rows {
    pub name: &'static str,
    pub cols: &'static [&'static str],
    pub rows: RwSignal<Vec<Row>>,
    next: StoredValue<u32>,
    /// The owner the list was made under (the page's): a row's cells live as long as the
    /// list, whichever component's handler added the row (a handler's own owner may be
    /// gone by the next render, e.g. the example button's once the example is shown).
    owner: StoredValue<Owner>,
}

impl Rows {
    pub fn new(name: &'static str, cols: &'static [&'static str]) -> Rows {
        let owner = StoredValue::new(Owner::current().unwrap_or_default());
        Rows { name, cols, rows: RwSignal::new(Vec::new()), next: StoredValue::new(1), owner }
    }

    /// Appends a row with the given cell values (missing columns empty).
    pub fn push<V: AsRef<str>>(&self, values: &[(&str, V)]) {
        let id = self.next.get_value();
        self.next.set_value(id + 1);
        let cells = self.owner.get_value().with(|| {
            self.cols
                .iter()
                .map(|c| {
                    let v =
                        values.iter().find(|(k, _)| k == c).map(|(_, v)| v.as_ref().to_string()).unwrap_or_default();
                    (*c, RwSignal::new(v))
                })
                .collect()
        });
        self.rows.update(|r| r.push(Row { id, cells }));
    }

    /// Appends a row with every cell empty.
    pub fn push_blank(&self) {
        self.push::<&str>(&[]);
    }

    pub fn remove(&self, id: u32) {
        self.rows.update(|r| r.retain(|row| row.id != id));
    }

    pub fn clear(&self) {
        self.rows.update(|r| r.clear());
    }
}

/// Every input of the page.
#[derive(Clone, Copy)]
pub struct AppState {
    scalars: StoredValue<HashMap<&'static str, RwSignal<String>>>,
    pub payments: Rows,
    pub deductions: Rows,
    pub expenses: Rows,
    pub other_debts: Rows,
    pub scenarios: Rows,
    pub debts: Rows,
    /// Attempts to repay through a closed channel (还款受阻情况记录).
    pub attempts: Rows,
}

impl AppState {
    pub fn new() -> AppState {
        let scalars = FIELDS.iter().map(|f| (f.key, RwSignal::new(f.default.to_string()))).collect();
        AppState {
            scalars: StoredValue::new(scalars),
            payments: Rows::new("payments", PAYMENT_COLS),
            deductions: Rows::new("deductions", PAYMENT_COLS),
            expenses: Rows::new("expenses", LINE_COLS),
            other_debts: Rows::new("otherDebts", LINE_COLS),
            scenarios: Rows::new("scenarios", scenario_columns()),
            debts: Rows::new("debts", DEBT_COLS),
            attempts: Rows::new("attempts", ATTEMPT_COLS),
        }
    }

    /// The signal of a scalar input (a detached empty one for an unknown key).
    pub fn field(&self, key: &str) -> RwSignal<String> {
        self.scalars.with_value(|m| m.get(key).copied()).unwrap_or_else(|| RwSignal::new(String::new()))
    }

    /// The current text of a scalar input.
    pub fn get(&self, key: &str) -> String {
        self.field(key).get()
    }

    pub fn set(&self, key: &str, value: &str) {
        self.field(key).set(value.to_string());
    }

    /// Every input back to its default and every list empty (then `start::fresh` refills
    /// the preset's terms, today and the default plans).
    pub fn reset(&self) {
        for (k, s) in self.scalar_keys() {
            s.set(crate::fields::field(k).map(|f| f.default.to_string()).unwrap_or_default());
        }
        for l in self.lists() {
            l.clear();
        }
    }

    pub fn lists(&self) -> [Rows; 7] {
        [self.payments, self.deductions, self.expenses, self.other_debts, self.scenarios, self.debts, self.attempts]
    }

    /// Every scalar key with its signal, in declaration order.
    pub fn scalar_keys(&self) -> Vec<(&'static str, RwSignal<String>)> {
        FIELDS.iter().map(|f| (f.key, self.field(f.key))).collect()
    }
}

impl Default for AppState {
    fn default() -> Self {
        Self::new()
    }
}
