//! The quick overdue form: amounts, rate, dates and the penalty multiplier.

use super::field::TextField;
use super::i18n::{error_text, tr, use_lang};
use super::state::QuickState;
use crate::engine::error::Error;
use leptos::prelude::*;

/// The form. `errors` holds the engine's field errors for what is typed now.
#[component]
pub fn OverdueForm(state: QuickState, #[prop(into)] errors: Signal<Vec<Error>>) -> impl IntoView {
    let lang = use_lang();
    let err = move |field: &'static str| {
        Signal::derive(move || {
            errors.with(|es| es.iter().find(|e| e.field() == field).map(|e| error_text(lang.get(), e)))
        })
    };
    let label = move |key: &'static str| Signal::derive(move || tr(lang.get(), key).to_string());
    let yuan = Signal::derive(move || tr(lang.get(), "yuan").to_string());
    let percent = Signal::derive(|| "%".to_string());
    view! {
        <section class="card" aria-labelledby="quick-h">
            <h2 id="quick-h">{move || tr(lang.get(), "quickForm")}</h2>
            <div class="grid">
                <TextField id="overduePrincipal" label=label("overduePrincipal") value=state.overdue_principal
                    error=err("overduePrincipal") unit=yuan />
                <TextField id="overdueInterest" label=label("overdueInterest") value=state.overdue_interest
                    error=err("overdueInterest") unit=yuan />
                <div class="rate-pair">
                    <TextField id="rate" label=label("rate") value=state.rate_value error=err("terms.rate.value")
                        unit=percent />
                    <div class="field">
                        <label for="rateUnit">{move || tr(lang.get(), "rateUnit")}</label>
                        <select id="rateUnit" prop:value=move || state.rate_unit.get()
                            on:change=move |ev| state.rate_unit.set(event_target_value(&ev))>
                            <option value="day">{move || tr(lang.get(), "perDay")}</option>
                            <option value="month">{move || tr(lang.get(), "perMonth")}</option>
                            <option value="year">{move || tr(lang.get(), "perYear")}</option>
                        </select>
                    </div>
                </div>
                <TextField id="firstOverdueDate" label=label("firstOverdueDate") value=state.first_overdue_date
                    error=err("firstOverdueDate") inputmode="numeric" kind="date" />
                <TextField id="asOf" label=label("asOf") value=state.as_of error=err("asOf") inputmode="numeric"
                    kind="date" />
                <TextField id="penaltyMultiplier" label=label("penaltyMultiplier") value=state.penalty_multiplier
                    error=err("terms.penaltyMultiplier") unit=Signal::derive(|| "×".to_string()) />
            </div>
            <p class="hint">{move || tr(lang.get(), "typical")}</p>
        </section>
    }
}
