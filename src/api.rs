//! The JS API, `window.OverdueCalc` (SPEC §7): convert → call the engine → convert. Inputs
//! are plain objects with camelCase fields; money goes out as strings with two decimals.
//! Errors are thrown as `{code, field, message}`. No logic lives here.

use crate::engine::{self, error::Error, request::CaseIn};
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
    let field = if path.is_empty() || path == "." {
        "request".to_string()
    } else {
        path.to_string()
    };
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
    v.serialize(&ser)
        .map_err(|e| shape_error("result", &e.to_string()))
}

fn first_error(errs: Vec<Error>) -> JsValue {
    errs.first()
        .map_or_else(|| shape_error("request", "invalid"), js_error)
}

/// Today's local date as `YYYY-MM-DD`: the only place the API reads the clock.
pub fn today() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}

/// `overdue(case)`: the breakdown, installments, growth, timeline and legal check.
pub fn overdue(v: JsValue) -> Result<JsValue, JsValue> {
    let mut req: CaseIn = input(v)?;
    if req.as_of.is_blank() {
        req.as_of = today().as_str().into();
    }
    let case = req.resolve().map_err(first_error)?;
    let result = engine::overdue::overdue(&case).map_err(|e| js_error(&e))?;
    output(&result)
}

/// `version()`: the crate version.
pub fn version() -> JsValue {
    env!("CARGO_PKG_VERSION").into()
}

type Api = dyn Fn(JsValue) -> Result<JsValue, JsValue>;

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
    add("overdue", Box::new(overdue));
    add("version", Box::new(|_| Ok(version())));
    let _ = Reflect::set(&window, &"OverdueCalc".into(), &api);
    if let Ok(ev) = web_sys::CustomEvent::new("overdue-calc:ready") {
        let _ = window.dispatch_event(&ev);
    }
}
