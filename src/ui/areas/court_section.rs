//! 法院工具: the case acceptance fee and 迟延履行 doubled interest.

use crate::engine::court::{CourtFee, DelayInterest};
use crate::engine::error::Error;
use crate::ui::field::{error_for, options, SelectField, TextField};
use crate::ui::fmt::yuan;
use crate::ui::i18n::{tr, use_lang};
use crate::ui::state::AppState;
use leptos::prelude::*;

/// The sources of a tool, from the engine's sources table, in the page's language.
fn cite(l: crate::ui::i18n::Lang, keys: &[&str]) -> String {
    keys.iter()
        .filter_map(|k| crate::engine::sources::source(k))
        .map(|s| crate::ui::legal_panel::cite_line(l, s))
        .collect::<Vec<_>>()
        .join(" ")
}

#[component]
pub fn CourtSection(
    state: AppState,
    #[prop(into)] fee: Signal<Option<Result<CourtFee, Error>>>,
    #[prop(into)] delay: Signal<Option<Result<DelayInterest, Error>>>,
) -> impl IntoView {
    let lang = use_lang();
    let t = move |k: &'static str| move || tr(lang.get(), k).to_string();
    // The errors already name `court.amount`, `delay.amount` and `delay.days`.
    let errs = Signal::derive(move || {
        let a = fee.get().and_then(|r| r.err());
        let b = delay.get().and_then(|r| r.err());
        a.into_iter().chain(b).collect::<Vec<_>>()
    });
    view! {
        <section class="card" id="court" aria-labelledby="court-h">
            <h2 id="court-h">{t("courtTitle")}</h2>
            <div class="grid">
                <div>
                    <TextField id="courtAmount" label="claimAmount" value=state.field("courtAmount") error=error_for(errs, "court.amount".into()) unit="yuan" />
                    <SelectField id="courtProcedure" label="procedure" value=state.field("courtProcedure") options=options!(crate::engine::court::Procedure::KEYS, "proc") />
                    <p aria-live="polite" data-court="fee">{move || fee.get().and_then(|r| r.ok()).map(|f| format!("{} {}{}", tr(lang.get(), "courtFee"), yuan(f.fee), if f.halved { tr(lang.get(), "halved") } else { "" }))}</p>
                    <p class="small">{move || cite(lang.get(), &["fee-13", "fee-15-16"])}</p>
                </div>
                <div>
                    <TextField id="delayAmount" label="judgmentDebt" value=state.field("delayAmount") error=error_for(errs, "delay.amount".into()) unit="yuan" />
                    <TextField id="delayDays" label="daysLate" value=state.field("delayDays") error=error_for(errs, "delay.days".into()) inputmode="numeric" unit="daysUnit" />
                    <p aria-live="polite" data-court="delay">{move || delay.get().and_then(|r| r.ok()).map(|d| format!("{} {} (× 0.0175% × {})", tr(lang.get(), "delayInterest"), yuan(d.interest), d.days))}</p>
                    <p class="small">{move || cite(lang.get(), &["civil-procedure-264", "delay-2014"])}</p>
                </div>
            </div>
        </section>
    }
}
