//! Requests as people and scripts send them: every value as text (the page's inputs, or a
//! JSON number turned into its shortest decimal text by `crate::wire`). `resolve` turns a
//! request into typed engine input, collecting one error per bad field, each naming it.

use super::date::Date;
use super::error::{Error, Result};
use super::lpr::Fixing;
use super::overdue::{Case, Debt, MAX_PAYMENTS};
use super::parse;
use super::rate::{Rate, RateUnit};
pub use super::request_terms::{LateFeeIn, TermsIn};
use super::schedule::{InterestBasis, Loan, Method, MAX_MONTHS};
use rust_decimal::Decimal;
use serde::Deserialize;

/// A value as typed. JSON numbers arrive here as their decimal text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Text(pub String);

impl Text {
    pub fn is_blank(&self) -> bool {
        self.0.trim().is_empty()
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Text {
        Text(s.to_string())
    }
}

/// Deserializes a field that JS callers may send as `null` or `undefined`: both mean
/// absent, like leaving the field out.
pub fn nullable<'de, D: serde::Deserializer<'de>, T: Deserialize<'de> + Default>(
    d: D,
) -> std::result::Result<T, D::Error> {
    Ok(Option::<T>::deserialize(d)?.unwrap_or_default())
}

/// Collects errors so that every bad field is reported at once.
#[derive(Default)]
pub struct Errors(pub Vec<Error>);

impl Errors {
    /// Keeps the value, or records the error and returns `None`.
    pub fn take<T>(&mut self, r: Result<T>) -> Option<T> {
        match r {
            Ok(v) => Some(v),
            Err(e) => {
                self.0.push(e);
                None
            }
        }
    }
    pub fn finish<T>(self, v: Option<T>) -> std::result::Result<T, Vec<Error>> {
        match v {
            Some(v) if self.0.is_empty() => Ok(v),
            _ if self.0.is_empty() => Err(vec![Error::empty("request")]),
            _ => Err(self.0),
        }
    }
}

/// Money; blank is `None`.
pub fn opt_amount(t: &Text, field: &str) -> Result<Option<Decimal>> {
    if t.is_blank() {
        Ok(None)
    } else {
        parse::amount(&t.0, field).map(Some)
    }
}

/// A date; blank is `None`.
pub fn opt_date(t: &Text, field: &str) -> Result<Option<Date>> {
    if t.is_blank() {
        Ok(None)
    } else {
        Date::parse(&t.0, field).map(Some)
    }
}

/// A whole count up to `max`; blank is `None`.
pub fn opt_count(t: &Text, field: &str, max: u32) -> Result<Option<u32>> {
    if t.is_blank() {
        Ok(None)
    } else {
        parse::count(&t.0, field, max).map(Some)
    }
}

/// A rate as sent: `{value: "0.05", unit: "day", dayBasis: 365}`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct RateIn {
    pub value: Text,
    #[serde(deserialize_with = "crate::engine::request::nullable")]
    pub unit: String,
    pub day_basis: Option<u32>,
}

impl RateIn {
    pub fn resolve(&self, field: &str) -> Result<Rate> {
        let unit = RateUnit::parse(if self.unit.is_empty() { "year" } else { &self.unit }, &format!("{field}.unit"))?;
        let vf = format!("{field}.value");
        if self.value.is_blank() {
            return Err(Error::empty(&vf));
        }
        Rate::new(parse::percent(&self.value.0, &vf)?, unit, self.day_basis, &vf)
    }
}

/// A loan as sent.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct LoanIn {
    pub principal: Text,
    #[serde(deserialize_with = "crate::engine::request::nullable")]
    pub rate: RateIn,
    pub months: Text,
    #[serde(deserialize_with = "crate::engine::request::nullable")]
    pub method: String,
    pub start_date: Text,
    #[serde(deserialize_with = "crate::engine::request::nullable")]
    pub interest_basis: String,
}

impl LoanIn {
    pub fn resolve(&self, prefix: &str, errs: &mut Errors) -> Option<Loan> {
        let f = |name: &str| format!("{prefix}{name}");
        let principal = errs.take(req(opt_amount(&self.principal, &f("principal")), &f("principal")));
        let principal = principal.and_then(|p| {
            if p.is_zero() {
                errs.0.push(Error::too_small(&f("principal"), "0.01"));
                None
            } else {
                Some(p)
            }
        });
        let rate = errs.take(self.rate.resolve(&f("rate")));
        let months = errs.take(req(opt_count(&self.months, &f("months"), MAX_MONTHS), &f("months")));
        let months = months.and_then(|m| {
            if m == 0 {
                errs.0.push(Error::too_small(&f("months"), 1));
                None
            } else {
                Some(m)
            }
        });
        let method = errs.take(Method::parse(
            if self.method.is_empty() { Method::Annuity.as_str() } else { &self.method },
            &f("method"),
        ));
        let start = errs.take(req(opt_date(&self.start_date, &f("startDate")), &f("startDate")));
        let basis = errs.take(InterestBasis::parse(
            if self.interest_basis.is_empty() { InterestBasis::Monthly.as_str() } else { &self.interest_basis },
            &f("interestBasis"),
        ));
        Some(Loan {
            principal: principal?,
            rate: rate?,
            months: months?,
            method: method?,
            start: start?,
            basis: basis?,
        })
    }
}

/// A required value: `None` becomes an `Empty` error.
pub fn req<T>(r: Result<Option<T>>, field: &str) -> Result<T> {
    r.and_then(|v| v.ok_or_else(|| Error::empty(field)))
}

/// A payment or deduction as sent.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct PaymentIn {
    pub date: Text,
    pub amount: Text,
}

/// An extra LPR fixing as sent.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct LprIn {
    pub date: Text,
    pub one_year: Text,
    pub five_year: Text,
}

/// An overdue case as sent (`window.OverdueCalc.overdue`). With `loan` it is detailed
/// mode; without, quick mode.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct CaseIn {
    pub as_of: Text,
    #[serde(deserialize_with = "crate::engine::request::nullable")]
    pub preset: String,
    pub overdue_principal: Text,
    pub overdue_interest: Text,
    pub first_overdue_date: Text,
    pub not_due_principal: Text,
    pub minimum_payment: Text,
    pub loan: Option<LoanIn>,
    #[serde(deserialize_with = "crate::engine::request::nullable")]
    pub payments: Vec<PaymentIn>,
    /// Detailed mode: the first N installments were paid in full on their due dates (已还 N
    /// 期), added to `payments` so they need not be typed one by one.
    pub paid_installments: Text,
    #[serde(deserialize_with = "crate::engine::request::nullable")]
    pub terms: TermsIn,
    pub contract_date: Text,
    /// The day a suit is filed (default: `asOf`), for 4 × LPR at filing.
    pub filing_date: Text,
    /// A card's posting date (记账日): with it, card interest runs from this date.
    pub posting_date: Text,
    #[serde(deserialize_with = "crate::engine::request::nullable")]
    pub lpr: Vec<LprIn>,
}

impl CaseIn {
    /// The typed case, or every field error.
    pub fn resolve(&self) -> std::result::Result<Case, Vec<Error>> {
        let mut errs = Errors::default();
        let as_of = errs.take(req(opt_date(&self.as_of, "asOf"), "asOf"));
        // Detailed mode: the loan's rate is the contract rate unless the terms name one or
        // the loan is a fee-based instalment plan (分期手续费): its fee is not the rate that
        // overdue debt bears (a card's instalments overdue bear the card's rate).
        let mut terms_in = self.terms.clone();
        if let (Some(loan), None) = (&self.loan, &terms_in.rate) {
            if loan.method != "flatFee" {
                terms_in.rate = Some(loan.rate.clone());
            }
        }
        let terms = terms_in.resolve(&self.preset, &mut errs);
        let debt = match &self.loan {
            Some(l) => l.resolve("loan.", &mut errs).map(|loan| Debt::Detailed { loan }),
            None => {
                let p = errs.take(req(opt_amount(&self.overdue_principal, "overduePrincipal"), "overduePrincipal"));
                let i = errs.take(opt_amount(&self.overdue_interest, "overdueInterest"));
                let first = errs.take(req(opt_date(&self.first_overdue_date, "firstOverdueDate"), "firstOverdueDate"));
                let nd = errs.take(opt_amount(&self.not_due_principal, "notDuePrincipal"));
                let min = errs.take(opt_amount(&self.minimum_payment, "minimumPayment"));
                if let (Some(f), Some(a)) = (first, as_of) {
                    if f > a {
                        errs.0.push(Error::NotAfter { field: "firstOverdueDate".into(), other: "asOf".into() });
                    }
                }
                match (p, i, first, nd, min) {
                    (Some(p), Some(i), Some(first), Some(nd), Some(min)) => Some(Debt::Quick {
                        overdue_principal: p,
                        overdue_interest: i.unwrap_or_default(),
                        first_overdue: first,
                        not_due_principal: nd.unwrap_or_default(),
                        minimum_payment: min,
                    }),
                    _ => None,
                }
            }
        };
        let mut payments = resolve_payments(&self.payments, "payments", as_of, MAX_PAYMENTS, &mut errs);
        if let Some(Debt::Detailed { loan }) = &debt {
            payments.extend(errs.take(paid_on_time(loan, &self.paid_installments, as_of)).unwrap_or_default());
        }
        let contract_date = errs.take(opt_date(&self.contract_date, "contractDate")).flatten();
        let filing_date = errs.take(opt_date(&self.filing_date, "filingDate")).flatten();
        let posting_date = errs.take(opt_date(&self.posting_date, "postingDate")).flatten();
        if let (Some(p), Ok(Some(f))) = (posting_date, opt_date(&self.first_overdue_date, "firstOverdueDate")) {
            if self.loan.is_none() && p > f {
                errs.0.push(Error::NotAfter { field: "postingDate".into(), other: "firstOverdueDate".into() });
            }
        }
        let lpr_extra = self.lpr.iter().enumerate().filter_map(|(k, r)| resolve_lpr(r, k, &mut errs)).collect();
        let case = match (as_of, debt, terms) {
            (Some(as_of), Some(debt), Some(terms)) => {
                Some(Case { as_of, debt, payments, terms, contract_date, filing_date, posting_date, lpr_extra })
            }
            _ => None,
        };
        errs.finish(case)
    }

    /// Typed payments dated on the due date of an installment that 已还 N 期 already counts
    /// (the payment's index in `payments`, the installment's number). Each is likely the
    /// same payment twice; the page says so beside the list and the API in
    /// `OverdueResult::paid_twice`. Empty unless the loan, N and the payment's date all
    /// resolve.
    pub fn paid_twice(&self) -> Vec<PaidTwice> {
        let Some(loan) = self.loan.as_ref().and_then(|l| l.resolve("loan.", &mut Errors::default())) else {
            return vec![];
        };
        let Ok(Some(n)) = opt_count(&self.paid_installments, "paidInstallments", loan.months) else { return vec![] };
        let Ok(s) = super::schedule::schedule(&loan) else { return vec![] };
        let dues: Vec<(u32, Date)> = s.periods.iter().take(n as usize).map(|p| (p.k, p.due)).collect();
        let on_due = |(i, p): (usize, &PaymentIn)| {
            let d = opt_date(&p.date, "payments").ok().flatten()?;
            dues.iter().find(|(_, due)| *due == d).map(|(k, _)| PaidTwice { payment: i, installment: *k })
        };
        self.payments.iter().enumerate().filter_map(on_due).collect()
    }
}

/// A typed payment (index in the request's `payments`) on the due date of installment
/// `installment`, which 已还 N 期 already counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PaidTwice {
    pub payment: usize,
    pub installment: u32,
}

fn resolve_lpr(r: &LprIn, k: usize, errs: &mut Errors) -> Option<Fixing> {
    let from = errs.take(req(opt_date(&r.date, &format!("lpr[{k}].date")), &format!("lpr[{k}].date")));
    let pct = |t: &Text, name: &str| -> Result<Decimal> {
        let f = format!("lpr[{k}].{name}");
        if t.is_blank() {
            return Err(Error::empty(&f));
        }
        let v = parse::percent(&t.0, &f)?;
        if v > Decimal::from(20) {
            return Err(Error::too_large(&f, "20%"));
        }
        Ok(v)
    };
    let one = errs.take(pct(&r.one_year, "oneYear"));
    let five = errs.take(if r.five_year.is_blank() { Ok(Decimal::ZERO) } else { pct(&r.five_year, "fiveYear") });
    Some(Fixing { from: from?, one_year: one?, five_year: five?, benchmark: false })
}

/// The first N installments of `loan` paid in full on their due dates: N up to the term, each
/// due on or before the case date.
fn paid_on_time(loan: &super::schedule::Loan, n: &Text, as_of: Option<Date>) -> Result<Vec<(Date, Decimal)>> {
    const FIELD: &str = "paidInstallments";
    let Some(n) = opt_count(n, FIELD, loan.months)? else { return Ok(vec![]) };
    let periods = super::schedule::schedule(loan)?.periods;
    let paid: Vec<(Date, Decimal)> = periods.iter().take(n as usize).map(|p| (p.due, p.payment)).collect();
    if let (Some(last), Some(a)) = (paid.last(), as_of) {
        if last.0 > a {
            return Err(Error::NotAfter { field: FIELD.into(), other: "asOf".into() });
        }
    }
    Ok(paid)
}

/// Dated amounts (payments or deductions) named `prefix[k].date` / `prefix[k].amount`; each
/// must be on or before `as_of`.
pub fn resolve_payments(
    list: &[PaymentIn],
    prefix: &str,
    as_of: Option<Date>,
    max: usize,
    errs: &mut Errors,
) -> Vec<(Date, Decimal)> {
    if list.len() > max {
        errs.0.push(Error::TooMany { field: prefix.into(), max });
    }
    let mut out = Vec::new();
    for (k, p) in list.iter().enumerate().take(max) {
        let df = format!("{prefix}[{k}].date");
        let af = format!("{prefix}[{k}].amount");
        let date = errs.take(req(opt_date(&p.date, &df), &df));
        let amount = errs.take(req(opt_amount(&p.amount, &af), &af));
        if let (Some(d), Some(a)) = (date, as_of) {
            if d > a {
                errs.0.push(Error::NotAfter { field: df.clone(), other: "asOf".into() });
            }
        }
        if let (Some(d), Some(a)) = (date, amount) {
            out.push((d, a));
        }
    }
    out
}
