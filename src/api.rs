//! The JS API, `window.OverdueCalc` (SPEC §7): convert → call the engine → convert. Inputs
//! are plain objects with camelCase fields; money goes out as strings with two decimals.
//! Errors are thrown as `{code, field, message}`. No logic lives here.

use crate::engine::request::{self as rq, CaseIn, Errors, LoanIn, PaymentIn, Text};
use crate::engine::request_plans::{self as rp, BudgetIn, DebtIn, ScenarioIn};
use crate::engine::{self, date::Date, error::Error};
use js_sys::{Object, Reflect};
use serde::{de::DeserializeOwned, Serialize};
use wasm_bindgen::prelude::*;

/// Builds a thrown error object.
fn js_error(e: &Error) -> JsValue {
    let o = Object::new();
    let set = |k: &str, v: &str| {
        let _ = Reflect::set(&o, &k.into(), &v.into());
    };
    set("code", e.code());
    set("field", e.field());
    set("message", &e.to_string());
    o.into()
}

/// An error for a request whose shape is wrong (a list where an object belongs, say).
fn shape_error(path: &str, detail: &str) -> JsValue {
    let field = if path.is_empty() || path == "." { "request".to_string() } else { path.to_string() };
    let o = Object::new();
    let _ = Reflect::set(&o, &"code".into(), &"badRequest".into());
    let _ = Reflect::set(&o, &"field".into(), &field.as_str().into());
    let _ = Reflect::set(&o, &"message".into(), &format!("{field}: {detail}").into());
    o.into()
}

fn input<T: DeserializeOwned + Default>(v: JsValue) -> Result<T, JsValue> {
    if v.is_undefined() || v.is_null() {
        return Ok(T::default());
    }
    // Every scalar is accepted as text, so only a wrong shape (a list for an object, say)
    // fails here; serde's message names the type it expected.
    serde_wasm_bindgen::from_value(v).map_err(|e| shape_error("request", &e.to_string()))
}

fn output<T: Serialize>(v: &T) -> Result<JsValue, JsValue> {
    let ser = serde_wasm_bindgen::Serializer::json_compatible();
    v.serialize(&ser).map_err(|e| shape_error("result", &e.to_string()))
}

fn first_error(errs: Vec<Error>) -> JsValue {
    errs.first().map_or_else(|| shape_error("request", "invalid"), js_error)
}

/// Today's local date as `YYYY-MM-DD`: the only place the API reads the clock.
pub fn today() -> String {
    let d = js_sys::Date::new_0();
    format!("{:04}-{:02}-{:02}", d.get_full_year(), d.get_month() + 1, d.get_date())
}

/// Resolves a case request, filling `asOf` with today when it is blank.
fn case(v: JsValue) -> Result<engine::overdue::Case, JsValue> {
    let mut req: CaseIn = input(v)?;
    if req.as_of.is_blank() {
        req.as_of = today().as_str().into();
    }
    req.resolve().map_err(first_error)
}

fn text(v: &JsValue) -> Text {
    if let Some(s) = v.as_string() {
        Text(s)
    } else if let Some(n) = v.as_f64() {
        Text(js_sys::Number::from(n).to_string_with_radix(10).map(String::from).unwrap_or_default())
    } else {
        Text::default()
    }
}

fn engine_err(e: Error) -> JsValue {
    js_error(&e)
}

/// `overdue(case)`: the breakdown, installments, growth, timeline and legal check.
pub fn overdue(v: JsValue) -> Result<JsValue, JsValue> {
    output(&engine::overdue::overdue(&case(v)?).map_err(engine_err)?)
}

/// `schedule(loan)`: the repayment schedule with APR.
pub fn schedule(v: JsValue) -> Result<JsValue, JsValue> {
    let req: LoanIn = input(v)?;
    let mut errs = Errors::default();
    let loan = req.resolve("", &mut errs);
    let loan = errs.finish(loan).map_err(first_error)?;
    output(&engine::schedule::schedule(&loan).map_err(engine_err)?.with_apr(loan.months))
}

/// `audit(case, deductions)`: each deduction against what was owed on its date.
pub fn audit(v: JsValue, deductions: JsValue) -> Result<JsValue, JsValue> {
    let c = case(v)?;
    let list: Vec<PaymentIn> = input(deductions)?;
    let mut errs = Errors::default();
    let ds = rq::resolve_payments(&list, "deductions", Some(c.as_of), engine::audit::MAX_DEDUCTIONS, &mut errs);
    errs.finish(Some(())).map_err(first_error)?;
    output(&engine::audit::audit(&c, &ds).map_err(engine_err)?)
}

fn date_arg(v: &JsValue, field: &str) -> Result<Date, JsValue> {
    let t = text(v);
    let t = if t.is_blank() { Text(today()) } else { t };
    Date::parse(&t.0, field).map_err(engine_err)
}

/// `lpr(date)`: the LPR fixing in force on `date` (default today).
pub fn lpr(v: JsValue) -> Result<JsValue, JsValue> {
    let on = date_arg(&v, "date")?;
    let fixing = engine::lpr::in_force(on, &[])
        .ok_or_else(|| engine_err(Error::TooSmall { field: "date".into(), min: "2015-10-24".into() }))?;
    output(&fixing)
}

/// `legalLine(lenderType, contractDate)`: the lines that apply, with their sources.
pub fn legal_line(lender: JsValue, contract_date: JsValue) -> Result<JsValue, JsValue> {
    let lender = match lender.as_string().as_deref() {
        Some("private") => engine::terms::LenderType::Private,
        Some("licensed") | None => engine::terms::LenderType::Licensed,
        Some(other) => {
            return Err(engine_err(Error::UnknownChoice { field: "lenderType".into(), value: other.into() }))
        }
    };
    let on = date_arg(&contract_date, "contractDate")?;
    let (lines, lpr) = engine::legal::lines(lender, on, &[]);
    output(&engine::legal::LinesAnswer { lines, lpr })
}

/// `courtFee(amount, procedure)`: 案件受理费, halved for simple procedure, mediation or withdrawal.
pub fn court_fee(amount: JsValue, procedure: JsValue) -> Result<JsValue, JsValue> {
    let amount = rq::req(rq::opt_amount(&text(&amount), "amount"), "amount").map_err(engine_err)?;
    let p =
        engine::court::Procedure::parse(&procedure.as_string().unwrap_or_default(), "procedure").map_err(engine_err)?;
    output(&engine::court::court_fee(amount, p).map_err(engine_err)?)
}

/// `delayInterest(amount, days)`: 迟延履行 doubled interest.
pub fn delay_interest(amount: JsValue, days: JsValue) -> Result<JsValue, JsValue> {
    let amount = rq::req(rq::opt_amount(&text(&amount), "amount"), "amount").map_err(engine_err)?;
    let days = rq::req(rq::opt_count(&text(&days), "days", engine::court::MAX_DAYS), "days").map_err(engine_err)?;
    output(&engine::court::delay_interest(amount, days).map_err(engine_err)?)
}

/// `compare(case, scenarios, budget?)`: ways out side by side.
pub fn compare(v: JsValue, scenarios: JsValue, budget: JsValue) -> Result<JsValue, JsValue> {
    let c = case(v)?;
    let list: Vec<ScenarioIn> = input(scenarios)?;
    let b: BudgetIn = input(budget)?;
    let b = b.resolve("budget.").map_err(first_error)?;
    let parsed = rp::resolve_scenarios(&list);
    output(&engine::scenario::compare(&c, &parsed, b.as_ref()).map_err(engine_err)?)
}

/// `budget(budget)`: monthly capacity from income, expenses and other debt payments.
pub fn budget(v: JsValue) -> Result<JsValue, JsValue> {
    let b: BudgetIn = input(v)?;
    let b = b.resolve("").map_err(first_error)?.ok_or_else(|| engine_err(Error::Empty { field: "income".into() }))?;
    output(&b)
}

/// `debts(list, monthlyBudget, order?)`: avalanche, snowball and a custom order.
pub fn debts(list: JsValue, monthly: JsValue, order: JsValue) -> Result<JsValue, JsValue> {
    let items: Vec<DebtIn> = input(list)?;
    let items = rp::resolve_debts(&items).map_err(first_error)?;
    let monthly = rq::req(rq::opt_amount(&text(&monthly), "monthlyBudget"), "monthlyBudget").map_err(engine_err)?;
    // `order` is a list of 0-based indexes, or text of 1-based numbers as the page takes it.
    let custom: Option<Vec<usize>> = if order.is_undefined() || order.is_null() {
        None
    } else if let Some(s) = order.as_string() {
        rp::resolve_order(&Text(s), items.len(), "order").map_err(engine_err)?
    } else {
        Some(input(order)?)
    };
    output(&engine::debts::plan_debts(&items, monthly, custom.as_deref()).map_err(engine_err)?)
}

/// `version()`: the crate version.
pub fn version() -> JsValue {
    env!("CARGO_PKG_VERSION").into()
}

type Api = dyn Fn(JsValue, JsValue, JsValue) -> Result<JsValue, JsValue>;

/// Installs `window.OverdueCalc` and dispatches `overdue-calc:ready`.
pub fn install() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let api = Object::new();
    let add = |name: &str, f: Box<Api>| {
        let c = Closure::wrap(f);
        let _ = Reflect::set(&api, &name.into(), c.as_ref());
        c.forget();
    };
    add("overdue", Box::new(|a, _, _| overdue(a)));
    add("schedule", Box::new(|a, _, _| schedule(a)));
    add("audit", Box::new(|a, b, _| audit(a, b)));
    add("compare", Box::new(compare));
    add("budget", Box::new(|a, _, _| budget(a)));
    add("debts", Box::new(debts));
    add("lpr", Box::new(|a, _, _| lpr(a)));
    add("legalLine", Box::new(|a, b, _| legal_line(a, b)));
    add("courtFee", Box::new(|a, b, _| court_fee(a, b)));
    add("delayInterest", Box::new(|a, b, _| delay_interest(a, b)));
    add("version", Box::new(|_, _, _| Ok(version())));
    let _ = Reflect::set(&window, &"OverdueCalc".into(), &api);
    if let Ok(ev) = web_sys::CustomEvent::new("overdue-calc:ready") {
        let _ = window.dispatch_event(&ev);
    }
}
