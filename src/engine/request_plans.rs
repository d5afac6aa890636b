//! Requests for ways out, the budget and several debts, as text like every request.

use super::budget::{Budget, BudgetLine};
use super::debts::{DebtItem, MAX_DEBTS};
use super::error::{Error, Result};
use super::parse;
use super::request::{opt_amount, opt_count, opt_date, req, Errors, RateIn, Text};
use super::scenario::kinds::plan_kind;
use super::scenario::{Included, Scenario};
use super::schedule::Method;
use rust_decimal::Decimal;
use serde::Deserialize;

/// A scenario as sent: `kind` picks the plan; fields that plan does not use are ignored.
/// Percentages are in percent; blank fields take the registry's defaults (`scenario::kinds`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ScenarioIn {
    /// A key of `scenario::kinds::PLAN_KINDS`.
    #[serde(deserialize_with = "crate::engine::request::nullable")]
    pub kind: String,
    pub months: Text,
    pub days: Text,
    pub waive_interest: Text,
    pub waive_penalty: Text,
    pub waive_fees: Text,
    pub waive_principal: Text,
    pub pay_on: Text,
    #[serde(deserialize_with = "crate::engine::request::nullable")]
    pub waive_excess: bool,
    /// annuity (default), equalPrincipal or flatFee.
    #[serde(deserialize_with = "crate::engine::request::nullable")]
    pub method: String,
    pub rate: Option<RateIn>,
    #[serde(deserialize_with = "crate::engine::request::nullable")]
    pub include_interest: bool,
    #[serde(deserialize_with = "crate::engine::request::nullable")]
    pub include_penalty: bool,
    #[serde(deserialize_with = "crate::engine::request::nullable")]
    pub include_fees: bool,
    pub down: Text,
    #[serde(deserialize_with = "crate::engine::request::nullable")]
    pub waive_rest: bool,
    pub fee_monthly: Text,
    #[serde(deserialize_with = "crate::engine::request::nullable")]
    pub card: bool,
    #[serde(deserialize_with = "crate::engine::request::nullable")]
    pub capitalise: bool,
    pub percent: Text,
    pub amount: Text,
    pub fee: Text,
    pub fee_percent: Text,
    #[serde(deserialize_with = "crate::engine::request::nullable")]
    pub deducted: bool,
    pub filing_date: Text,
    pub judgment_date: Text,
    pub paid_on: Text,
    pub lawyer_fee: Text,
}

impl ScenarioIn {
    /// The typed scenario; field names are relative to the scenario (`months`, `rate.value`).
    /// A blank parameter takes its default from the registry (`scenario::kinds`).
    pub fn resolve(&self) -> Result<Scenario> {
        let Some(kind) = plan_kind(&self.kind) else {
            return Err(Error::UnknownChoice { field: "kind".into(), value: self.kind.clone() });
        };
        let param = |key: &str| kind.param(key).copied().ok_or_else(|| Error::empty(key));
        // The text sent, or the parameter's default when blank.
        let text = |t: &Text, key: &str| -> Result<Text> {
            Ok(if t.is_blank() { Text(param(key)?.default.into()) } else { t.clone() })
        };
        let count = |t: &Text, key: &str| -> Result<u32> {
            let max = param(key)?.ty.max_count();
            Ok(opt_count(&text(t, key)?, key, max)?.unwrap_or(0))
        };
        let months = || count(&self.months, "months");
        let percent = |t: &Text, key: &str| parse::percent(&text(t, key)?.0, key);
        let money = |t: &Text, key: &str| Ok::<_, Error>(opt_amount(&text(t, key)?, key)?.unwrap_or_default());
        let rate = || match &self.rate {
            Some(r) if !r.value.is_blank() => r.resolve("rate"),
            _ => {
                let p = param("rate")?;
                RateIn { value: Text(p.default.into()), unit: p.default_unit.into(), day_basis: None }.resolve("rate")
            }
        };
        let method = || {
            let m = if self.method.is_empty() { param("method")?.default } else { self.method.as_str() };
            Method::parse(m, "method")
        };
        let include =
            Included { interest: self.include_interest, penalty: self.include_penalty, fees: self.include_fees };
        let at_least_one = |m: u32| if m == 0 { Err(Error::too_small("months", 1)) } else { Ok(m) };
        Ok(match kind.key {
            "payNow" => Scenario::PayNow,
            "wait" => Scenario::Wait { months: months()?, days: count(&self.days, "days")? },
            "settlement" => Scenario::Settlement {
                waive_interest: percent(&self.waive_interest, "waiveInterest")?,
                waive_penalty: percent(&self.waive_penalty, "waivePenalty")?,
                waive_fees: percent(&self.waive_fees, "waiveFees")?,
                waive_principal: percent(&self.waive_principal, "waivePrincipal")?,
                pay_on: opt_date(&self.pay_on, "payOn")?,
                waive_excess: self.waive_excess,
            },
            "installments" => Scenario::Installments {
                months: at_least_one(months()?)?,
                method: method()?,
                rate: rate()?,
                include,
                down: money(&self.down, "down")?,
                waive_rest: self.waive_rest,
            },
            "freeze" => Scenario::Freeze {
                months: at_least_one(months()?)?,
                include,
                down: money(&self.down, "down")?,
                fee_monthly: percent(&self.fee_monthly, "feeMonthly")?,
                waive_rest: self.waive_rest,
                card: self.card,
            },
            "extension" => {
                Scenario::Extension { months: at_least_one(months()?)?, rate: rate()?, capitalise: self.capitalise }
            }
            "minimumPayment" => Scenario::MinimumPayment {
                percent: percent(&self.percent, "percent")?,
                amount: money(&self.amount, "amount")?,
                rate: rate()?,
            },
            "refinance" => Scenario::Refinance {
                rate: rate()?,
                months: at_least_one(months()?)?,
                method: method()?,
                fee: money(&self.fee, "fee")?,
                fee_percent: percent(&self.fee_percent, "feePercent")?,
                deducted: self.deducted,
            },
            "court" => Scenario::Court {
                filing_date: opt_date(&self.filing_date, "filingDate")?,
                judgment_date: opt_date(&self.judgment_date, "judgmentDate")?,
                paid_on: opt_date(&self.paid_on, "paidOn")?,
                lawyer_fee: money(&self.lawyer_fee, "lawyerFee")?,
            },
            // A registry row without its arm here: tests/plan_kinds.rs resolves every kind.
            other => return Err(Error::UnknownChoice { field: "kind".into(), value: other.into() }),
        })
    }
}

/// Resolves each scenario on its own, naming errors `scenarios[k].field`.
pub fn resolve_scenarios(list: &[ScenarioIn]) -> Vec<std::result::Result<Scenario, Error>> {
    list.iter()
        .enumerate()
        .map(|(k, s)| {
            s.resolve().map_err(|e| {
                let f = e.field().to_string();
                e.at(&format!("scenarios[{k}].{f}"))
            })
        })
        .collect()
}

/// A named monthly amount as sent.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct LineIn {
    #[serde(deserialize_with = "crate::engine::request::nullable")]
    pub label: String,
    pub amount: Text,
}

/// A budget as sent.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct BudgetIn {
    pub income: Text,
    #[serde(deserialize_with = "crate::engine::request::nullable")]
    pub expenses: Vec<LineIn>,
    #[serde(deserialize_with = "crate::engine::request::nullable")]
    pub other_debts: Vec<LineIn>,
    pub savings: Text,
}

impl BudgetIn {
    /// The budget, or every field error; `None` when nothing was entered.
    pub fn resolve(&self, prefix: &str) -> std::result::Result<Option<Budget>, Vec<Error>> {
        if self.income.is_blank() && self.expenses.is_empty() && self.other_debts.is_empty() && self.savings.is_blank()
        {
            return Ok(None);
        }
        let mut errs = Errors::default();
        let income = errs.take(req(opt_amount(&self.income, &format!("{prefix}income")), &format!("{prefix}income")));
        let lines = |list: &[LineIn], name: &str, errs: &mut Errors| -> Vec<BudgetLine> {
            list.iter()
                .take(100)
                .enumerate()
                .filter_map(|(k, l)| {
                    let f = format!("{prefix}{name}[{k}].amount");
                    let amount = errs.take(opt_amount(&l.amount, &f))?;
                    amount.map(|amount| BudgetLine { label: l.label.chars().take(40).collect(), amount })
                })
                .collect()
        };
        let expenses = lines(&self.expenses, "expenses", &mut errs);
        let other = lines(&self.other_debts, "otherDebts", &mut errs);
        let savings = errs.take(opt_amount(&self.savings, &format!("{prefix}savings"))).flatten();
        let b = income.map(|i| Budget::new(i, expenses, other, savings));
        errs.finish(b).map(Some)
    }
}

/// One of several debts as sent.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct DebtIn {
    #[serde(deserialize_with = "crate::engine::request::nullable")]
    pub name: String,
    pub balance: Text,
    /// Simple annual rate in percent.
    pub rate: Text,
    pub minimum: Text,
}

/// Resolves the debt list, naming errors `debts[k].field`.
pub fn resolve_debts(list: &[DebtIn]) -> std::result::Result<Vec<DebtItem>, Vec<Error>> {
    let mut errs = Errors::default();
    if list.len() > MAX_DEBTS {
        return Err(vec![Error::TooMany { field: "debts".into(), max: MAX_DEBTS }]);
    }
    let items: Vec<Option<DebtItem>> = list
        .iter()
        .enumerate()
        .map(|(k, d)| {
            let f = |n: &str| format!("debts[{k}].{n}");
            let balance = errs.take(req(opt_amount(&d.balance, &f("balance")), &f("balance")));
            let rate = errs.take(if d.rate.is_blank() {
                Err(Error::empty(&f("rate")))
            } else {
                parse::percent(&d.rate.0, &f("rate"))
            });
            let rate = rate.and_then(|r| {
                if r > Decimal::from(1000) {
                    errs.0.push(Error::too_large(&f("rate"), "1000%"));
                    None
                } else {
                    Some(r)
                }
            });
            let minimum = errs.take(opt_amount(&d.minimum, &f("minimum")));
            Some(DebtItem {
                name: d.name.chars().take(40).collect(),
                balance: balance?,
                annual_percent: rate?,
                minimum: minimum?.unwrap_or_default(),
            })
        })
        .collect();
    let all: Option<Vec<DebtItem>> = items.into_iter().collect();
    errs.finish(all)
}

/// A custom order typed as debt numbers (1-based) separated by commas, 、 or spaces, e.g.
/// `2, 1, 3`; blank is `None`. Numbers left out follow in list order.
pub fn resolve_order(text: &Text, debts: usize, field: &str) -> Result<Option<Vec<usize>>> {
    if text.is_blank() {
        return Ok(None);
    }
    let mut out = Vec::new();
    for part in
        text.0.split(|c: char| c == ',' || c == '，' || c == '、' || c.is_whitespace()).filter(|p| !p.is_empty())
    {
        let n = parse::count(part, field, debts as u32)?;
        if n == 0 {
            return Err(Error::too_small(field, 1));
        }
        if out.contains(&(n as usize - 1)) {
            return Err(Error::UnknownChoice { field: field.into(), value: part.into() });
        }
        out.push(n as usize - 1);
    }
    Ok(Some(out))
}
