//! The budget (收支明细表, SPEC §5): monthly income less fixed expenses and other debt
//! payments is what a plan may ask for each month.

use super::money::{ser_cents, Money};
use rust_decimal::Decimal;

/// One named monthly amount.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BudgetLine {
    pub label: String,
    #[serde(serialize_with = "ser_cents")]
    pub amount: Decimal,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Budget {
    #[serde(serialize_with = "ser_cents")]
    pub income: Decimal,
    pub expenses: Vec<BudgetLine>,
    pub other_debts: Vec<BudgetLine>,
    /// Cash available on the case date for a lump sum or down payment.
    pub savings: Option<Money>,
    /// income − expenses − other debt payments (negative when short).
    #[serde(serialize_with = "ser_cents")]
    pub capacity: Decimal,
}

impl Budget {
    pub fn new(
        income: Decimal,
        expenses: Vec<BudgetLine>,
        other_debts: Vec<BudgetLine>,
        savings: Option<Decimal>,
    ) -> Budget {
        let out: Decimal = expenses.iter().chain(&other_debts).map(|l| l.amount).sum();
        Budget { income, capacity: income - out, expenses, other_debts, savings: savings.map(Money) }
    }
}
