//! An editable list (payments, deductions, budget lines, debts): one line of inputs per
//! row, add and remove buttons, each cell with its own error.

use crate::engine::error::Error;
use crate::ui::field::{error_at, error_for, CellField};
use crate::ui::i18n::{tr, use_lang};
use crate::ui::state::{Row, Rows};
use leptos::prelude::*;

/// How a column is entered: (i18n label, input type, inputmode).
fn column(col: &str) -> (&'static str, &'static str, &'static str) {
    match col {
        "date" => ("date", "date", "numeric"),
        "amount" => ("amountYuan", "text", "decimal"),
        "label" => ("item", "text", "text"),
        "name" => ("debtName", "text", "text"),
        "balance" => ("balance", "text", "decimal"),
        "rate" => ("annualRate", "text", "decimal"),
        "minimum" => ("minimumPayment", "text", "decimal"),
        "channel" => ("docChannel", "text", "text"),
        _ => ("item", "text", "text"),
    }
}

/// The index a row has in the engine request: blank rows are left out of it.
fn request_index(rows: &[Row], id: u32) -> Option<usize> {
    let filled = |r: &Row| r.cells.values().any(|c| c.with(|v| !v.trim().is_empty()));
    let pos = rows.iter().position(|r| r.id == id)?;
    filled(&rows[pos]).then(|| rows[..pos].iter().filter(|r| filled(r)).count())
}

/// The list editor. Errors are looked up as `{prefix}{list}[k].{column}`.
#[component]
pub fn RowsEditor(
    rows: Rows,
    #[prop(into)] errors: Signal<Vec<Error>>,
    /// i18n key of the add button.
    add_label: &'static str,
    /// Path before the list name in error fields (e.g. `budget.`).
    #[prop(default = "")]
    prefix: &'static str,
    /// Number the rows (1, 2, …) as a custom order refers to them.
    #[prop(default = false)]
    numbered: bool,
) -> impl IntoView {
    let lang = use_lang();
    let list_name = rows.name;
    view! {
        <div class="rows">
            <For each=move || rows.rows.get() key=|r| r.id let:row>
                {
                    let id = row.id;
                    let cells = rows
                        .cols
                        .iter()
                        .map(|col| {
                            let (label, kind, mode) = column(col);
                            let value = row.cell(col);
                            let error = error_at(errors, move || {
                                rows.rows.with(|all| request_index(all, id))
                                    .map(|k| format!("{prefix}{list_name}[{k}].{col}"))
                                    .unwrap_or_default()
                            });
                            let input_id = format!("{list_name}-{id}-{col}");
                            view! { <CellField id=input_id label=label kind=kind inputmode=mode value=value error=error /> }
                        })
                        .collect_view();
                    // Numbered as the engine counts them: blank rows are left out of the request,
                    // so they get no number and do not shift the ones after them.
                    let number = numbered.then(|| {
                        let n = move || rows.rows.with(|all| request_index(all, id));
                        view! {
                            <span class="row-no">
                                {move || n().map(|k| crate::fmt::fill(tr(lang.get(), "rowNo"), &[("n", (k + 1).to_string())])).unwrap_or_default()}
                            </span>
                        }
                    });
                    view! {
                        <div class="row-line">
                            {number}
                            {cells}
                            <button type="button" class="remove" on:click=move |_| rows.remove(id)
                                aria-label=move || tr(lang.get(), "removeRow").to_string()>"×"</button>
                        </div>
                    }
                }
            </For>
            // An error about the whole list (too many rows, amounts too large to compute).
            <p class="error" role="alert">{move || error_for(errors, format!("{prefix}{list_name}")).get().unwrap_or_default()}</p>
            <button type="button" class="add" on:click=move |_| rows.push_blank()>
                {move || tr(lang.get(), add_label).to_string()}
            </button>
        </div>
    }
}
