//! 用示例试试: on an empty page, one click fills a worked example (`form::example`) so a
//! first visit sees every section working; while it shows, a line says it is an example,
//! with one click back to an empty form.

use crate::ui::i18n::{tr, use_lang};
use crate::ui::start::fill_example;
use crate::ui::state::AppState;
use leptos::prelude::*;

#[component]
pub fn ExampleBar(state: AppState, on_clear: Callback<()>) -> impl IntoView {
    let lang = use_lang();
    let t = move |k: &'static str| move || tr(lang.get(), k).to_string();
    let is_example = move || state.get("example") == "1";
    let empty = move || state.get("overduePrincipal").trim().is_empty() && state.get("loanPrincipal").trim().is_empty();
    view! {
        <Show when=is_example>
            <p class="note example-on" role="status">
                {t("exampleOn")}" "
                <button type="button" id="example-clear" on:click=move |_| on_clear.run(())>{t("exampleClear")}</button>
            </p>
        </Show>
        <Show when=move || !is_example() && empty()>
            <p class="example-try">
                {t("exampleHint")}" "
                <button type="button" id="example-try" on:click=move |_| fill_example(&state, &crate::api::today())>
                    {t("exampleTry")}
                </button>
            </p>
        </Show>
    }
}
