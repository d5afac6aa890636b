//! The JS API, `window.OverdueCalc` (SPEC §7): convert → call the engine → convert. Inputs
//! are plain objects with camelCase fields; money goes out as strings with two decimals.
//! Errors are thrown as `{code, field, message}`. The calls themselves are in `calls.rs`.

use crate::calls::{self, Order, Out};
use crate::engine::error::Error;
use crate::engine::request::Text;
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

/// Today's local date as `YYYY-MM-DD`: the only place the API reads the clock.
pub fn today() -> String {
    let d = js_sys::Date::new_0();
    format!("{:04}-{:02}-{:02}", d.get_full_year(), d.get_month() + 1, d.get_date())
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

/// Converts a call's outcome: the result as a plain object, or the error to throw.
fn done<T: Serialize>(r: Out<T>) -> Result<JsValue, JsValue> {
    output(&r.map_err(|e| js_error(&e))?)
}

/// `overdue(case)`: the breakdown, installments, growth, timeline and legal check.
pub fn overdue(v: JsValue) -> Result<JsValue, JsValue> {
    done(calls::overdue(input(v)?, &today()))
}

/// `schedule(loan)`: the repayment schedule with APR.
pub fn schedule(v: JsValue) -> Result<JsValue, JsValue> {
    done(calls::schedule(input(v)?))
}

/// `audit(case, deductions)`: each deduction against what was owed on its date.
pub fn audit(v: JsValue, deductions: JsValue) -> Result<JsValue, JsValue> {
    done(calls::audit(input(v)?, input(deductions)?, &today()))
}

/// `lpr(date)`: the LPR fixing in force on `date` (default today).
pub fn lpr(v: JsValue) -> Result<JsValue, JsValue> {
    done(calls::lpr(text(&v), &today()))
}

/// `legalLine(lenderType, contractDate)`: the lines that apply, with their sources.
pub fn legal_line(lender: JsValue, contract_date: JsValue, filing_date: JsValue) -> Result<JsValue, JsValue> {
    done(calls::legal_line(lender.as_string().as_deref(), text(&contract_date), text(&filing_date), &today()))
}

/// `courtFee(amount, procedure)`: 案件受理费, halved for simple procedure, mediation or withdrawal.
pub fn court_fee(amount: JsValue, procedure: JsValue) -> Result<JsValue, JsValue> {
    done(calls::court_fee(text(&amount), &procedure.as_string().unwrap_or_default()))
}

/// `delayInterest(amount, days)`: 迟延履行 doubled interest.
pub fn delay_interest(amount: JsValue, days: JsValue) -> Result<JsValue, JsValue> {
    done(calls::delay_interest(text(&amount), text(&days)))
}

/// `compare(case, scenarios, budget?)`: ways out side by side.
pub fn compare(v: JsValue, scenarios: JsValue, budget: JsValue) -> Result<JsValue, JsValue> {
    done(calls::compare(input(v)?, input(scenarios)?, input(budget)?, &today()))
}

/// `budget(budget)`: monthly capacity from income, expenses and other debt payments.
pub fn budget(v: JsValue) -> Result<JsValue, JsValue> {
    done(calls::budget(input(v)?))
}

/// `debts(list, monthlyBudget, order?)`: avalanche, snowball and a custom order.
pub fn debts(list: JsValue, monthly: JsValue, order: JsValue) -> Result<JsValue, JsValue> {
    // `order` is a list of 0-based indexes, or text of 1-based numbers as the page takes it.
    let order = if order.is_undefined() || order.is_null() {
        Order::None
    } else if let Some(s) = order.as_string() {
        Order::Text(Text(s))
    } else {
        Order::Indexes(input(order)?)
    };
    done(calls::debts(input(list)?, text(&monthly), order))
}

/// `format(value, style?)`: a figure as the page prints it.
pub fn format(value: JsValue, style: JsValue) -> Result<JsValue, JsValue> {
    done(calls::format(text(&value), style.as_string().as_deref()))
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
    add("legalLine", Box::new(legal_line));
    add("courtFee", Box::new(|a, b, _| court_fee(a, b)));
    add("delayInterest", Box::new(|a, b, _| delay_interest(a, b)));
    add("format", Box::new(|a, b, _| format(a, b)));
    add("version", Box::new(|_, _, _| Ok(version())));
    let _ = Reflect::set(&window, &"OverdueCalc".into(), &api);
    if let Ok(ev) = web_sys::CustomEvent::new("overdue-calc:ready") {
        let _ = window.dispatch_event(&ev);
    }
}
