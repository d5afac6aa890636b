//! One labelled input with its error shown beneath it.

use leptos::prelude::*;

/// A text input bound to `value`. `error` is the message for this field, if any; the
/// typed text is never changed or cleared by validation.
#[component]
pub fn TextField(
    /// Element id, also used by tests to find the field.
    id: &'static str,
    /// The visible label.
    #[prop(into)]
    label: Signal<String>,
    /// What the user typed.
    value: RwSignal<String>,
    /// The message shown under the field.
    #[prop(into)]
    error: Signal<Option<String>>,
    /// `decimal` for numbers, `numeric` for dates typed as digits, `text` otherwise.
    #[prop(default = "decimal")]
    inputmode: &'static str,
    /// A short suffix such as 元 or %.
    #[prop(optional, into)]
    unit: Option<Signal<String>>,
    #[prop(default = "text")] kind: &'static str,
) -> impl IntoView {
    let err_id = format!("{id}-err");
    let described = err_id.clone();
    view! {
        <div class="field" class:invalid=move || error.get().is_some()>
            <label for=id>{move || label.get()}</label>
            <div class="input-row">
                <input
                    id=id
                    name=id
                    type=kind
                    inputmode=inputmode
                    autocomplete="off"
                    prop:value=move || value.get()
                    on:input=move |ev| value.set(event_target_value(&ev))
                    aria-invalid=move || if error.get().is_some() { "true" } else { "false" }
                    aria-describedby=described
                />
                {unit.map(|u| view! { <span class="unit">{move || u.get()}</span> })}
            </div>
            <p class="error" id=err_id role="alert">{move || error.get().unwrap_or_default()}</p>
        </div>
    }
}
