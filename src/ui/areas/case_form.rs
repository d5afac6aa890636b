//! "Your situation": the platform preset, quick or detailed mode, and the amounts and
//! dates of the debt. The contract terms live in `terms_form.rs`.

use crate::engine::error::Error;
use crate::engine::rate::RateUnit;
use crate::engine::schedule::Method;
use crate::fmt::fill;
use crate::ui::field::{error_for, options, SelectField, TextField};
use crate::ui::html::Html;
use crate::ui::i18n::{tr, use_lang};
use crate::ui::rows::RowsEditor;
use crate::ui::state::AppState;
use crate::ui::terms_form::TermsForm;
use crate::ui::Staged;
use leptos::prelude::*;

/// The preset select's options, from the engine's table (key, text key `p_<key>`, whose
/// text `i18n::tr` takes from the same table). Built once per page.
pub fn preset_options() -> &'static [(&'static str, &'static str)] {
    let rows: Vec<(&'static str, &'static str)> = crate::engine::terms::PRESETS
        .iter()
        .map(|p| (p.key, &*Box::leak(format!("p_{}", p.key).into_boxed_str())))
        .collect();
    Box::leak(rows.into_boxed_slice())
}

/// The case form. `errors` are the engine's field errors for the case.
#[component]
pub fn CaseForm(
    state: AppState,
    #[prop(into)] errors: Signal<Vec<Error>>,
    /// When the amounts and dates are built (the start-up step after the card's head).
    fields: Memo<bool>,
    /// When the folded contract terms' fields are built (a start-up step of their own).
    terms: Memo<bool>,
) -> impl IntoView {
    let lang = use_lang();
    let err = move |f: &str| error_for(errors, f.to_string());
    // A field's errors, found by the path the registry (`crate::fields`) gives it.
    let field_err = move |key: &str| err(crate::fields::error_path(key));
    let detailed = move || state.field("mode").get() == "detailed";
    // A new lender brings its own plans, unless the plans were changed by hand.
    let pick_preset = Callback::new(move |key: String| {
        let untouched = state.plans_are_defaults();
        state.apply_preset(&key);
        if untouched {
            state.default_scenarios();
        }
    });
    let presets = preset_options();
    let card = move || state.field("statementBilling").get() == "1";
    let mode_button = move |mode: &'static str, key: &'static str| {
        view! {
            <button type="button" class="seg" aria-pressed=move || (state.field("mode").get() == mode).to_string()
                on:click=move |_| state.set("mode", mode)>
                {move || tr(lang.get(), key).to_string()}
            </button>
        }
    };
    // A typed payment on a due date that 已还 N 期 already counts is probably counted twice.
    let paid_twice = Memo::new(move |_| {
        if !detailed() || state.field("paidInstallments").with(|n| n.trim().is_empty()) {
            return String::new();
        }
        let (req, l) = (state.case_request(), lang.get());
        let mut h = Html::new();
        for crate::engine::request::PaidTwice { payment, installment: k } in req.paid_twice() {
            let date = req.payments.get(payment).map(|p| p.date.0.clone()).unwrap_or_default();
            let slots = [("date", date), ("k", k.to_string()), ("n", state.get("paidInstallments"))];
            h.el(
                "p",
                &[("class", "note warn"), ("data-paid-twice", &k.to_string())],
                &fill(tr(l, "paidTwice"), &slots),
            );
        }
        h.finish()
    });
    view! {
        <section class="card" id="case" aria-labelledby="case-h">
            <h2 id="case-h">{move || tr(lang.get(), "caseTitle").to_string()}</h2>
            <SelectField id="preset" label="platform" value=state.field("preset") options=presets on_pick=pick_preset />
            <div class="segmented" role="group" aria-label=move || tr(lang.get(), "mode").to_string()>
                {mode_button("quick", "quickMode")}
                {mode_button("detailed", "detailedMode")}
            </div>
            <Staged when=fields>
                <div class="grid">
                    <Show when=move || !detailed()>
                        <TextField id="overduePrincipal" label="overduePrincipal" value=state.field("overduePrincipal")
                            error=field_err("overduePrincipal") unit="yuan" />
                        <TextField id="overdueInterest" label="overdueInterest" value=state.field("overdueInterest")
                            error=field_err("overdueInterest") unit="yuan" />
                        <TextField id="firstOverdueDate" label="firstOverdueDate" value=state.field("firstOverdueDate")
                            error=field_err("firstOverdueDate") inputmode="numeric" kind="date" />
                        <TextField id="notDuePrincipal" label="notDuePrincipal" value=state.field("notDuePrincipal")
                            error=field_err("notDuePrincipal") unit="yuan" hint="notDueHint" />
                        <Show when=move || state.field("feeBase").get() == "minimum">
                            <TextField id="minimumPayment" label="minimumPayment" value=state.field("minimumPayment")
                                error=field_err("minimumPayment") unit="yuan" hint="minimumHint" />
                        </Show>
                        <Show when=card>
                            <TextField id="postingDate" label="postingDate" value=state.field("postingDate")
                                error=field_err("postingDate") inputmode="numeric" kind="date" hint="postingDateHint" />
                        </Show>
                    </Show>
                    <Show when=detailed>
                        <TextField id="loanPrincipal" label="loanPrincipal" value=state.field("loanPrincipal")
                            error=field_err("loanPrincipal") unit="yuan" />
                        <div class="rate-pair">
                            <TextField id="loanRate" label="loanRate" value=state.field("loanRate") error=field_err("loanRate") unit="pct" />
                            <SelectField id="loanRateUnit" label="rateUnit" value=state.field("loanRateUnit") options=options!(RateUnit::KEYS, "unit") />
                        </div>
                        <TextField id="loanMonths" label="loanMonths" value=state.field("loanMonths") error=field_err("loanMonths")
                            inputmode="numeric" unit="monthsUnit" />
                        <SelectField id="loanMethod" label="loanMethod" value=state.field("loanMethod") options=options!(Method::KEYS, "m")
                            error=field_err("loanMethod") />
                        <TextField id="loanStart" label="loanStart" value=state.field("loanStart") error=field_err("loanStart")
                            inputmode="numeric" kind="date" />
                    </Show>
                    <TextField id="asOf" label="asOf" value=state.field("asOf") error=field_err("asOf") inputmode="numeric" kind="date" />
                </div>
                <Show when=detailed>
                    <h3>{move || tr(lang.get(), "paymentsMade").to_string()}</h3>
                    <p class="hint">{move || tr(lang.get(), "paymentsHint").to_string()}</p>
                    <TextField id="paidInstallments" label="paidInstallments" value=state.field("paidInstallments")
                        error=field_err("paidInstallments") inputmode="numeric" unit="periodsUnit" hint="paidInstallmentsHint" />
                    <RowsEditor rows=state.payments errors=errors add_label="addPayment" />
                    <div role="status" inner_html=paid_twice></div>
                </Show>
                <TermsForm state=state errors=errors fields=terms />
            </Staged>
        </section>
    }
}
