//! The computations: one memo per engine call, over the requests `crate::form` builds, each
//! through the same `calls` function the JS API runs, each keeping its own errors.

use crate::calls;
use crate::engine;
use crate::engine::audit::AuditResult;
use crate::engine::court::{CourtFee, DelayInterest};
use crate::engine::debts::DebtsComparison;
use crate::engine::error::Error;
use crate::engine::overdue::OverdueResult;
use crate::engine::request::Text;
use crate::engine::scenario::Comparison;
use crate::ui::browser;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// True while the user has entered no amount of their own.
fn blank(state: &AppState) -> bool {
    let empty = |k: &str| state.field(k).with(|v| v.trim().is_empty());
    if state.field("mode").get() == "detailed" {
        empty("loanPrincipal")
    } else {
        empty("overduePrincipal") && empty("firstOverdueDate")
    }
}

/// Everything the page shows, derived from what was typed.
#[derive(Clone, Copy)]
pub struct Computed {
    /// The case's field errors (none while nothing is typed).
    pub case_errors: Signal<Vec<Error>>,
    /// The result shown: the last valid one while the case has an error.
    pub shown: Memo<Option<OverdueResult>>,
    /// The shown result is from earlier input.
    pub stale: Signal<bool>,
    pub audit: Memo<Option<Result<AuditResult, Vec<Error>>>>,
    pub comparison: Memo<Option<Result<Comparison, Vec<Error>>>>,
    pub debts: Memo<Option<Result<DebtsComparison, Vec<Error>>>>,
    pub court_fee: Memo<Option<Result<CourtFee, Error>>>,
    pub delay: Memo<Option<Result<DelayInterest, Error>>>,
}

/// The memos for `state`. Nothing is computed while `ready` is false: the page's start-up
/// tasks build the form first (issue 16: no long task on a slow phone).
pub fn compute(state: AppState, ready: Memo<bool>) -> Computed {
    // One engine call per memo; each keeps its own errors.
    let case = Memo::new(move |_| {
        if browser::trap_requested() {
            panic!("test trap");
        }
        state.case_request().resolve()
    });
    let overdue = Memo::new(move |_| {
        if !ready.get() {
            return None;
        }
        case.with(|c| c.as_ref().ok().map(engine::overdue::overdue))
    });
    let case_errors = Signal::derive(move || {
        if !ready.get() || blank(&state) {
            return vec![];
        }
        let mut errs = case.with(|c| c.as_ref().err().cloned().unwrap_or_default());
        if let Some(Err(e)) = overdue.get() {
            errs.push(e);
        }
        errs
    });
    let shown = Memo::new(move |prev: Option<&Option<_>>| match overdue.get() {
        Some(Ok(r)) if !blank(&state) => Some(r),
        _ if blank(&state) => None,
        _ => prev.cloned().flatten(),
    });
    let stale = Signal::derive(move || !case_errors.with(|e| e.is_empty()) && shown.with(|s| s.is_some()));
    // The same `calls` the JS API runs, on the requests `crate::form` builds.
    let audit = Memo::new(move |_| {
        let c = case.get().ok()?;
        let list = state.deduction_rows();
        (!list.is_empty()).then(|| calls::audit_case(&c, &list))
    });
    // While the case has an error the plans keep their last figures, as the results do.
    let comparison = Memo::new(move |prev: Option<&Option<_>>| {
        if blank(&state) {
            return None;
        }
        let Ok(c) = case.get() else { return prev.cloned().flatten() };
        Some(calls::compare_case(&c, &state.scenario_requests(), &state.budget_request()))
    });
    let debts = Memo::new(move |_| {
        let list = state.debt_requests();
        if list.is_empty() {
            return None;
        }
        let order = Text(state.get("debtsOrder"));
        let order = if order.is_blank() { calls::Order::None } else { calls::Order::Text(order) };
        Some(calls::debts_all(&list, &Text(state.get("debtsBudget")), order, "debtsOrder"))
    });
    // The court tools' fields are named `court.*` and `delay.*` on the page.
    let court_fee = Memo::new(move |_| {
        let t = Text(state.get("courtAmount"));
        (!t.is_blank()).then(|| {
            calls::court_fee(t, &state.get("courtProcedure")).map_err(|e: Error| {
                let f = if e.field() == "procedure" { "court.procedure" } else { "court.amount" };
                e.at(f)
            })
        })
    });
    let delay = Memo::new(move |_| {
        let a = Text(state.get("delayAmount"));
        let d = Text(state.get("delayDays"));
        if a.is_blank() && d.is_blank() {
            return None;
        }
        Some(calls::delay_interest(a, d).map_err(|e| {
            let f = if e.field() == "days" { "delay.days" } else { "delay.amount" };
            e.at(f)
        }))
    });

    Computed { case_errors, shown, stale, audit, comparison, debts, court_fee, delay }
}
