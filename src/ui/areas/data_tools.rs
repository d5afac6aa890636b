//! Keeping and sharing the numbers: the share link (with its warning), clear everything,
//! and print. What is stored, and where, is said in one line.

use crate::ui::browser;
use crate::ui::i18n::{tr, use_lang};
use crate::ui::persist;
use crate::ui::state::AppState;
use leptos::prelude::*;

#[component]
pub fn DataTools(state: AppState, on_clear: Callback<()>) -> impl IntoView {
    let lang = use_lang();
    let t = move |k: &'static str| move || tr(lang.get(), k).to_string();
    let (link, set_link) = signal(None::<String>);
    let (confirm, set_confirm) = signal(false);
    view! {
        <section class="card no-print-controls" id="data" aria-labelledby="data-h">
            <h2 id="data-h">{t("dataTitle")}</h2>
            <p class="hint">{t("storageLine")}</p>
            <p class="hint">{t("offlineLine")}</p>
            <div class="actions">
                <button type="button" on:click=move |_| {
                    let l = persist::share_link(&state);
                    browser::copy(&l);
                    set_link.set(Some(l));
                }>{t("shareLink")}</button>
                <button type="button" on:click=move |_| browser::print()>{t("print")}</button>
                <Show when=move || !browser::is_file()>
                    <a class="button" href="offline/overdue-calc.html" download="overdue-calc-offline.html">{t("offlineCopy")}</a>
                </Show>
                <button type="button" class="danger" on:click=move |_| set_confirm.set(true)>{t("clearAll")}</button>
            </div>
            {move || link.get().map(|l| view! {
                <div class="note warn" role="status">
                    <p>{t("shareWarning")}</p>
                    <input class="link" readonly=true aria-label=t("shareLink") prop:value=l />
                </div>
            })}
            <Show when=move || confirm.get()>
                <div class="note warn" role="alertdialog" aria-labelledby="confirm-clear">
                    <p id="confirm-clear">{t("clearConfirm")}</p>
                    <button type="button" class="danger" on:click=move |_| { set_confirm.set(false); set_link.set(None); on_clear.run(()); }>{t("clearYes")}</button>
                    <button type="button" on:click=move |_| set_confirm.set(false)>{t("cancel")}</button>
                </div>
            </Show>
        </section>
    }
}
