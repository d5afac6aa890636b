//! Labelled inputs. Each shows its own error beneath it; validation never changes or
//! clears what was typed.

use crate::engine::error::Error;
use crate::ui::i18n::{error_text, tr, use_lang};
use leptos::prelude::*;

/// The message for `field` among `errors`, in the current language.
/// A select's options over a vocabulary's keys: (key, text key `<prefix>_<key>`), built
/// once. The keys come from the engine's enum (`vocabulary!`), so an option the engine does
/// not take cannot be offered, and a new value appears in the select by itself.
macro_rules! options {
    ($keys:expr, $prefix:literal) => {{
        static CELL: std::sync::OnceLock<Vec<(&'static str, &'static str)>> = std::sync::OnceLock::new();
        CELL.get_or_init(|| {
            $keys.iter().map(|k| (*k, &*Box::leak(format!(concat!($prefix, "_{}"), k).into_boxed_str()))).collect()
        })
        .as_slice()
    }};
}
pub(crate) use options;

pub fn error_for(errors: Signal<Vec<Error>>, field: String) -> Signal<Option<String>> {
    let lang = use_lang();
    Signal::derive(move || errors.with(|es| es.iter().find(|e| e.field() == field).map(|e| error_text(lang.get(), e))))
}

/// The field errors of a computed section (empty while it has none or no result).
pub fn errors_of<T: Clone + Send + Sync + 'static>(
    result: Signal<Option<Result<T, Vec<Error>>>>,
) -> Signal<Vec<Error>> {
    Signal::derive(move || result.with(|r| r.as_ref().and_then(|r| r.as_ref().err().cloned()).unwrap_or_default()))
}

/// A text input bound to `value`.
#[component]
pub fn TextField(
    /// Element id (unique on the page).
    #[prop(into)]
    id: String,
    /// i18n key of the visible label.
    label: &'static str,
    /// What the user typed.
    value: RwSignal<String>,
    /// The message shown under the field.
    #[prop(into)]
    error: Signal<Option<String>>,
    /// `decimal` for numbers, `numeric` for counts and dates, `text` otherwise.
    #[prop(default = "decimal")]
    inputmode: &'static str,
    /// A short unit after the input (i18n key or literal such as %).
    #[prop(optional)]
    unit: Option<&'static str>,
    /// `text` or `date`.
    #[prop(default = "text")]
    kind: &'static str,
    /// i18n key of a hint under the label.
    #[prop(optional)]
    hint: Option<&'static str>,
    #[prop(optional)] placeholder: Option<&'static str>,
) -> impl IntoView {
    let lang = use_lang();
    let err_id = format!("{id}-err");
    let hint_id = format!("{id}-hint");
    let described = if hint.is_some() { format!("{err_id} {hint_id}") } else { err_id.clone() };
    view! {
        <div class="field" class:invalid=move || error.get().is_some()>
            <label for=id.clone()>{move || tr(lang.get(), label).to_string()}</label>
            <div class="input-row">
                <input
                    id=id.clone()
                    name=id.clone()
                    type=kind
                    inputmode=inputmode
                    autocomplete="off"
                    placeholder=placeholder.unwrap_or("")
                    prop:value=move || value.get()
                    on:input=move |ev| value.set(event_target_value(&ev))
                    aria-invalid=move || if error.get().is_some() { "true" } else { "false" }
                    aria-describedby=described
                />
                {unit.map(|u| view! { <span class="unit">{move || tr(lang.get(), u).to_string()}</span> })}
            </div>
            {hint.map(|h| view! { <p class="hint small" id=hint_id>{move || tr(lang.get(), h).to_string()}</p> })}
            <p class="error" id=err_id role="alert">{move || error.get().unwrap_or_default()}</p>
        </div>
    }
}

/// A select bound to `value`; `options` are (value, i18n key).
#[component]
pub fn SelectField(
    #[prop(into)] id: String,
    label: &'static str,
    value: RwSignal<String>,
    options: &'static [(&'static str, &'static str)],
    #[prop(optional, into)] error: Option<Signal<Option<String>>>,
    /// Called after the user picks a value (for presets that fill other fields).
    #[prop(optional)]
    on_pick: Option<Callback<String>>,
) -> impl IntoView {
    let lang = use_lang();
    let given = error.unwrap_or_else(|| Signal::derive(|| None));
    // A value no option has (from an edited link or an old saved copy) says so here, since
    // the engine's message may name a field that has no place on the page.
    let error = Signal::derive(move || {
        given.get().or_else(|| {
            let v = value.get();
            (!v.is_empty() && !options.iter().any(|(o, _)| *o == v))
                .then(|| error_text(lang.get(), &Error::UnknownChoice { field: label.into(), value: v }))
        })
    });
    let err_id = format!("{id}-err");
    view! {
        <div class="field" class:invalid=move || error.get().is_some()>
            <label for=id.clone()>{move || tr(lang.get(), label).to_string()}</label>
            <select
                id=id.clone()
                prop:value=move || value.get()
                aria-describedby=err_id.clone()
                on:change=move |ev| {
                    let v = event_target_value(&ev);
                    value.set(v.clone());
                    if let Some(cb) = on_pick {
                        cb.run(v);
                    }
                }
            >
                {options
                    .iter()
                    .map(|(v, k)| {
                        let v = *v;
                        view! { <option value=v selected=move || value.get() == v>{move || tr(lang.get(), k).to_string()}</option> }
                    })
                    .collect_view()}
            </select>
            <p class="error" id=err_id role="alert">{move || error.get().unwrap_or_default()}</p>
        </div>
    }
}

/// A checkbox bound to `value` ("1" when checked, "" when not).
#[component]
pub fn CheckField(#[prop(into)] id: String, label: &'static str, value: RwSignal<String>) -> impl IntoView {
    let lang = use_lang();
    view! {
        <label class="check" for=id.clone()>
            <input
                type="checkbox"
                id=id.clone()
                prop:checked=move || value.get() == "1"
                on:change=move |ev| value.set(if event_target_checked(&ev) { "1".into() } else { String::new() })
            />
            <span>{move || tr(lang.get(), label).to_string()}</span>
        </label>
    }
}
