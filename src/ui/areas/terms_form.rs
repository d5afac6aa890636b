//! The contract terms, each filled from the preset and each editable; labelled as
//! typical values (典型值，请以合同为准).

use crate::engine::error::Error;
use crate::engine::rate::RateUnit;
use crate::engine::terms::{Allocation, Compounding, FeeBase, FeeFrequency, LenderType, PenaltyBase};
use crate::ui::field::{error_for, options, CheckField, SelectField, TextField};
use crate::ui::i18n::{tr, use_lang};
use crate::ui::state::AppState;
use leptos::prelude::*;

const DAY_BASES: &[(&str, &str)] = &[("365", "basis365"), ("360", "basis360")];

#[component]
pub fn TermsForm(
    state: AppState,
    #[prop(into)] errors: Signal<Vec<Error>>,
    /// When the folded fields are built (a start-up step after the first result; the
    /// summary line is there from the start, so nothing moves when they come).
    fields: Memo<bool>,
) -> impl IntoView {
    let lang = use_lang();
    let err = move |f: &str| error_for(errors, f.to_string());
    // A field's errors, found by the path the registry (`crate::fields`) gives it.
    let field_err = move |key: &str| err(crate::fields::error_path(key));
    let f = move |k: &str| state.field(k);
    // The day basis belongs to the rate of either mode.
    let (quick_basis, loan_basis) = (err("terms.rate.dayBasis"), err("loan.rate.dayBasis"));
    let basis_error = Signal::derive(move || quick_basis.get().or_else(|| loan_basis.get()));
    let private = move || state.field("lenderType").get() == "private";
    // A private contract with no agreed overdue rate gets the law's (art. 28): the penalty
    // fields do not apply and are not shown.
    let agreed = move || !private() || state.field("overdueRateAgreed").get() == "1";
    // The summary line shows the terms that matter most without opening the panel.
    let summary = move || {
        let l = lang.get();
        let detailed = state.get("mode") == "detailed";
        let (rate, unit_key) = if detailed { ("loanRate", "loanRateUnit") } else { ("rate", "rateUnit") };
        let unit = match state.get(unit_key).as_str() {
            "day" => tr(l, "rateDay"),
            "month" => tr(l, "rateMonth"),
            _ => tr(l, "rateYear"),
        };
        let statutory = state.get("lenderType") == "private" && state.get("overdueRateAgreed") != "1";
        let penalty = match state.get("penaltyRate") {
            _ if statutory => tr(l, "statutoryShort").to_string(),
            r if !r.trim().is_empty() => format!("{} {r}%", tr(l, "penaltyRate")),
            _ => format!("{} ×{}", tr(l, "penaltyMultiplier"), state.get("penaltyMultiplier")),
        };
        format!(
            "{} {}% · {} · {} {} {}",
            unit,
            state.get(rate),
            penalty,
            tr(l, "graceDays"),
            state.get("graceDays"),
            tr(l, "daysUnit")
        )
    };
    view! {
        <details class="terms">
            <summary>
                <span>{move || tr(lang.get(), "termsTitle").to_string()}</span>
                <span class="terms-sum">{summary}" · "<em>{move || tr(lang.get(), "typical").to_string()}</em></span>
            </summary>
            <crate::ui::Staged when=fields>
            <div class="grid">
                <Show when=move || state.field("mode").get() != "detailed">
                    <div class="rate-pair">
                        <TextField id="rate" label="rate" value=f("rate") error=field_err("rate") unit="pct" />
                        <SelectField id="rateUnit" label="rateUnit" value=f("rateUnit") options=options!(RateUnit::KEYS, "unit")
                            error=field_err("rateUnit") />
                    </div>
                </Show>
                <SelectField id="rateBasis" label="dayBasis" value=f("rateBasis") options=DAY_BASES error=basis_error />
                <Show when=agreed>
                    <TextField id="penaltyMultiplier" label="penaltyMultiplier" value=f("penaltyMultiplier")
                        error=field_err("penaltyMultiplier") unit="times" hint="penaltyMultiplierHint" />
                    <TextField id="penaltyRate" label="penaltyRate" value=f("penaltyRate") error=field_err("penaltyRate")
                        unit="pctPerDay" hint="penaltyRateHint" />
                </Show>
                <SelectField id="penaltyBase" label="penaltyBase" value=f("penaltyBase") options=options!(PenaltyBase::KEYS, "base") />
                <SelectField id="compounding" label="compounding" value=f("compounding") options=options!(Compounding::KEYS, "comp") />
                <TextField id="graceDays" label="graceDays" value=f("graceDays") error=field_err("graceDays")
                    inputmode="numeric" unit="daysUnit" />
                <TextField id="feePercent" label="feePercent" value=f("feePercent") error=field_err("feePercent") unit="pct" />
                <TextField id="feeMin" label="feeMin" value=f("feeMin") error=field_err("feeMin") unit="yuan" />
                <TextField id="feeMax" label="feeMax" value=f("feeMax") error=field_err("feeMax") unit="yuan" />
                <TextField id="feeFixed" label="feeFixed" value=f("feeFixed") error=field_err("feeFixed") unit="yuan" />
                <SelectField id="feeFrequency" label="feeFrequency" value=f("feeFrequency") options=options!(FeeFrequency::KEYS, "freq") />
                <SelectField id="feeBase" label="feeBase" value=f("feeBase") options=options!(FeeBase::KEYS, "feeBase") />
                <TextField id="accelerateAfterDays" label="accelerateAfterDays" value=f("accelerateAfterDays")
                    error=field_err("accelerateAfterDays") inputmode="numeric" unit="daysUnit" hint="accelerateHint" />
                <TextField id="channelClosedFrom" label="channelClosedFrom" value=f("channelClosedFrom")
                    error=field_err("channelClosedFrom") inputmode="numeric" kind="date" hint="channelHint" />
                <SelectField id="allocation" label="allocation" value=f("allocation") options=options!(Allocation::KEYS, "alloc") />
                <SelectField id="lenderType" label="lenderType" value=f("lenderType") options=options!(LenderType::KEYS, "lender") />
                <Show when=private>
                    <div class="field">
                        <CheckField id="overdueRateAgreed" label="overdueRateAgreed" value=f("overdueRateAgreed") />
                        <p class="hint">{move || tr(lang.get(), "overdueRateAgreedHint").to_string()}</p>
                    </div>
                </Show>
                <TextField id="contractDate" label="contractDate" value=f("contractDate") error=field_err("contractDate")
                    inputmode="numeric" kind="date" hint="contractDateHint" />
                <CheckField id="roundDaily" label="roundDaily" value=f("roundDaily") />
                <div class="field">
                    <CheckField id="statementBilling" label="statementBilling" value=f("statementBilling") />
                    <p class="hint">{move || tr(lang.get(), "statementBillingHint").to_string()}</p>
                </div>
            </div>
            </crate::ui::Staged>
        </details>
    }
}
