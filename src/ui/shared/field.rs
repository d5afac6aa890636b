//! Labelled inputs. Each shows its own error beneath it; validation never changes or
//! clears what was typed.
//!
//! A field is written as HTML text (one `innerHTML`) and kept in step with its signals by
//! one effect (issue 16: the page's first task is mostly building its ~40 fields; a
//! `view!` field took six render effects and a dozen DOM calls each).

use crate::engine::error::Error;
use crate::ui::html::Html;
use crate::ui::i18n::{error_text, tr, use_lang, Lang};
use leptos::html::ElementType;
use leptos::prelude::*;

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

/// The message for `field` among `errors`, in the current language.
pub fn error_for(errors: Signal<Vec<Error>>, field: String) -> Signal<Option<String>> {
    error_at(errors, move || field.clone())
}

/// The message for the field that `path()` names now (a list cell's path moves as rows
/// before it are filled or emptied).
pub fn error_at(
    errors: Signal<Vec<Error>>,
    path: impl Fn() -> String + Send + Sync + 'static,
) -> Signal<Option<String>> {
    let lang = use_lang();
    Signal::derive(move || {
        let field = path();
        errors.with(|es| es.iter().find(|e| e.field() == field).map(|e| error_text(lang.get(), e)))
    })
}

/// The field errors of a computed section (empty while it has none or no result).
pub fn errors_of<T: Clone + Send + Sync + 'static>(
    result: Signal<Option<Result<T, Vec<Error>>>>,
) -> Signal<Vec<Error>> {
    Signal::derive(move || result.with(|r| r.as_ref().and_then(|r| r.as_ref().err().cloned()).unwrap_or_default()))
}

/// What [`sync`] keeps a field's markup in step with.
struct Bound {
    /// (CSS selector inside the field, i18n key) of each fixed text.
    texts: Vec<(&'static str, &'static str)>,
    /// A select's options (value, i18n key), relabelled on a language change.
    options: &'static [(&'static str, &'static str)],
    value: RwSignal<String>,
    error: Signal<Option<String>>,
    /// How the control shows `value`: its `value` property, or `checked` for "1".
    checkbox: bool,
}

fn find(root: &web_sys::Element, sel: &str) -> Option<web_sys::Element> {
    root.query_selector(sel).ok().flatten()
}

/// The elements of a field that [`sync`] writes to, found once.
struct Parts {
    root: web_sys::Element,
    control: web_sys::Element,
    message: Option<web_sys::Element>,
}

/// One effect per field: texts on a language change, the message (and the field's
/// `invalid` marks) when it changes, the control's value or check when the signal has
/// changed and differs from it (a preset, a reset, a restored copy), never while it
/// already matches, so typing keeps its caret. Each run touches the DOM only for what
/// changed since the last (a keystroke elsewhere re-runs every field whose message may
/// have changed: the input → results figure of issue 16).
fn sync<E>(node: NodeRef<E>, lang: ReadSignal<Lang>, b: Bound)
where
    E: ElementType + 'static,
    E::Output: AsRef<web_sys::Element> + Clone + wasm_bindgen::JsCast + 'static,
{
    use js_sys::Reflect;
    use wasm_bindgen::JsValue;
    let mut parts: Option<Parts> = None;
    // What the markup was written with (each field builds it from the same untracked reads
    // just before this call): the first run touches nothing that already reads so. Rewriting
    // every label and option at start-up cost a layout, and Chromium's autofill took each
    // rewritten option as a changed form control (a forced layout per field, issue 16).
    // The control's value is still compared on the first run (a select whose value no option
    // has shows none).
    let mut shown = Some((lang.get_untracked(), b.error.get_untracked(), None));
    Effect::new(move |_| {
        let (l, e, v) = (lang.get(), b.error.get(), b.value.get());
        if parts.is_none() {
            let Some(el) = node.get() else { return };
            let root: web_sys::Element = AsRef::<web_sys::Element>::as_ref(&el).clone();
            let Some(control) = find(&root, "input, select") else { return };
            parts = Some(Parts { message: find(&root, "p.error"), control, root });
        }
        let Some(Parts { root, control, message }) = &parts else { return };
        let prev = shown.take();
        if prev.as_ref().map(|p| p.0) != Some(l) {
            for (sel, key) in &b.texts {
                if let Some(el) = find(root, sel) {
                    el.set_text_content(Some(tr(l, key)));
                }
            }
            if let Ok(list) = root.query_selector_all("option") {
                for (i, (_, key)) in b.options.iter().enumerate() {
                    if let Some(o) = list.item(i as u32) {
                        o.set_text_content(Some(tr(l, key)));
                    }
                }
            }
        }
        if prev.as_ref().map(|p| &p.1) != Some(&e) {
            // Rewritten only when it reads otherwise: an alert region re-announces new text.
            let text = e.as_deref().unwrap_or_default();
            if let Some(p) = message.as_ref().filter(|p| p.text_content().as_deref() != Some(text)) {
                p.set_text_content(Some(text));
            }
            let _ = root.class_list().toggle_with_force("invalid", e.is_some());
            if !b.checkbox {
                let _ = control.set_attribute("aria-invalid", if e.is_some() { "true" } else { "false" });
            }
        }
        if prev.as_ref().and_then(|p| p.2.as_ref()) != Some(&v) {
            let (prop, want) =
                if b.checkbox { ("checked", JsValue::from(v == "1")) } else { ("value", JsValue::from(v.as_str())) };
            if Reflect::get(control, &prop.into()).ok().as_ref() != Some(&want) {
                let _ = Reflect::set(control, &prop.into(), &want);
            }
        }
        shown = Some((l, e, Some(v)));
    });
}

/// `base`, with ` invalid` while it shows a message.
fn class_of(base: &str, invalid: bool) -> String {
    if invalid {
        format!("{base} invalid")
    } else {
        base.to_string()
    }
}

/// A text input's host: its markup `html` as one `innerHTML`, kept in step by [`sync`],
/// typing written to `value`.
fn text_host(class: String, html: String, lang: ReadSignal<Lang>, b: Bound) -> impl IntoView {
    let node = NodeRef::new();
    let value = b.value;
    sync(node, lang, b);
    view! { <div class=class node_ref=node inner_html=html on:input=move |ev| value.set(event_target_value(&ev))></div> }
}

/// The message under a field, read out when it appears; [`sync`] keeps its text.
fn message(h: &mut Html, id: &str, e: &Option<String>) {
    h.el("p", &[("class", "error"), ("id", id), ("role", "alert")], e.as_deref().unwrap_or_default());
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
    let (l, e) = (lang.get_untracked(), error.get_untracked());
    let err_id = format!("{id}-err");
    let hint_id = format!("{id}-hint");
    let described = if hint.is_some() { format!("{err_id} {hint_id}") } else { err_id.clone() };
    let mut h = Html::new();
    h.el("label", &[("for", &id)], tr(l, label)).open("div", &[("class", "input-row")]).open(
        "input",
        &[
            ("id", &id),
            ("name", &id),
            ("type", kind),
            ("inputmode", inputmode),
            ("autocomplete", "off"),
            ("placeholder", placeholder.unwrap_or("")),
            ("value", &value.get_untracked()),
            ("aria-invalid", if e.is_some() { "true" } else { "false" }),
            ("aria-describedby", &described),
        ],
    );
    let mut texts = vec![("label", label)];
    if let Some(u) = unit {
        h.el("span", &[("class", "unit")], tr(l, u));
        texts.push((".unit", u));
    }
    h.close("div");
    if let Some(k) = hint {
        h.el("p", &[("class", "hint small"), ("id", &hint_id)], tr(l, k));
        texts.push((".hint", k));
    }
    message(&mut h, &err_id, &e);
    text_host(
        class_of("field", e.is_some()),
        h.finish(),
        lang,
        Bound { texts, options: &[], value, error, checkbox: false },
    )
}

/// A cell of a list (`rows.rs`): a labelled input and its message, no unit or hint.
#[component]
pub fn CellField(
    id: String,
    label: &'static str,
    /// `text` or `date`.
    kind: &'static str,
    inputmode: &'static str,
    value: RwSignal<String>,
    error: Signal<Option<String>>,
) -> impl IntoView {
    let lang = use_lang();
    let e = error.get_untracked();
    let mut h = Html::new();
    h.el("label", &[("for", &id)], tr(lang.get_untracked(), label)).open(
        "input",
        &[
            ("id", &id),
            ("type", kind),
            ("inputmode", inputmode),
            ("autocomplete", "off"),
            ("value", &value.get_untracked()),
            ("aria-invalid", if e.is_some() { "true" } else { "false" }),
            ("aria-describedby", &format!("{id}-err")),
        ],
    );
    message(&mut h, &format!("{id}-err"), &e);
    let b = Bound { texts: vec![("label", label)], options: &[], value, error, checkbox: false };
    text_host(class_of("field cell", e.is_some()), h.finish(), lang, b)
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
    let (l, e, v) = (lang.get_untracked(), error.get_untracked(), value.get_untracked());
    let err_id = format!("{id}-err");
    let mut h = Html::new();
    h.el("label", &[("for", &id)], tr(l, label)).open("select", &[("id", &id), ("aria-describedby", &err_id)]);
    for (o, k) in options {
        let attrs: &[(&str, &str)] = if *o == v { &[("value", o), ("selected", "")] } else { &[("value", o)] };
        h.el("option", attrs, tr(l, k));
    }
    h.close("select");
    message(&mut h, &err_id, &e);
    let node = NodeRef::new();
    sync(node, lang, Bound { texts: vec![("label", label)], options, value, error, checkbox: false });
    view! {
        <div class=class_of("field", e.is_some()) node_ref=node inner_html=h.finish()
            on:change=move |ev| {
                let v = event_target_value(&ev);
                value.set(v.clone());
                if let Some(cb) = on_pick {
                    cb.run(v);
                }
            }></div>
    }
}

/// A checkbox bound to `value` ("1" when checked, "" when not).
#[component]
pub fn CheckField(#[prop(into)] id: String, label: &'static str, value: RwSignal<String>) -> impl IntoView {
    let lang = use_lang();
    let mut h = Html::new();
    let checked: &[(&str, &str)] = if value.get_untracked() == "1" { &[("checked", "")] } else { &[] };
    let attrs: Vec<(&str, &str)> =
        [("type", "checkbox"), ("id", id.as_str())].into_iter().chain(checked.iter().copied()).collect();
    h.open("input", &attrs).el("span", &[], tr(lang.get_untracked(), label));
    let node = NodeRef::new();
    let error = Signal::derive(|| None);
    sync(node, lang, Bound { texts: vec![("span", label)], options: &[], value, error, checkbox: true });
    view! {
        <label class="check" for=id node_ref=node inner_html=h.finish()
            on:change=move |ev| value.set(if event_target_checked(&ev) { "1".into() } else { String::new() })></label>
    }
}
