//! Embedding (SPEC §7): `?embed=1` compact mode for an article's iframe; preset, language,
//! theme colours and an initial case from URL parameters; the page's height posted to the
//! parent on every size change as `{type: "overdue-calc:height", height}`.

use crate::ui::browser::query_param;
use crate::ui::state::AppState;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// How the page was opened.
pub struct Embed {
    pub on: bool,
    /// A valid preset named in the URL.
    pub preset: Option<String>,
    /// Where the inputs are saved: each embedded preset keeps its own copy, so two
    /// calculators in one article do not overwrite each other.
    pub storage_key: String,
    /// The sections an embed shows (`sections=case,results,ways`), as a bit per entry of
    /// [`SECTIONS`]; all of them when the parameter is absent or names none we know.
    pub sections: u16,
}

/// The page's sections an embed can choose with `sections=`, in page order.
pub const SECTIONS: [&str; 8] = ["case", "results", "audit", "ways", "debts", "court", "docs", "data"];

impl Embed {
    /// Whether the section `key` (one of [`SECTIONS`]) is shown.
    pub fn shows(sections: u16, key: &str) -> bool {
        SECTIONS.iter().position(|s| *s == key).is_some_and(|i| sections & (1 << i) != 0)
    }
}

fn sections_param() -> u16 {
    let all = (1u16 << SECTIONS.len()) - 1;
    let Some(v) = query_param("sections") else { return all };
    let mask =
        v.split(',').filter_map(|s| SECTIONS.iter().position(|k| *k == s.trim())).fold(0u16, |m, i| m | (1 << i));
    if mask == 0 {
        all
    } else {
        mask
    }
}

pub fn read() -> Embed {
    let on = query_param("embed").is_some_and(|v| v == "1" || v == "true");
    let preset = query_param("preset").filter(|p| crate::engine::terms::preset(p).is_some());
    let storage_key = match (&preset, on) {
        (Some(p), true) => format!("{}:embed:{p}", crate::ui::persist::STORAGE_KEY),
        (None, true) => format!("{}:embed", crate::ui::persist::STORAGE_KEY),
        _ => crate::ui::persist::STORAGE_KEY.to_string(),
    };
    let sections = if on { sections_param() } else { (1u16 << SECTIONS.len()) - 1 };
    Embed { on, preset, storage_key, sections }
}

/// URL parameters that name theme colours, and the custom property each sets.
const THEME: [(&str, &str); 5] =
    [("accent", "--accent"), ("bg", "--bg"), ("card", "--card"), ("text", "--text"), ("accentText", "--accent-text")];

/// Sets theme colours given as hex (`accent=0b5cad` or `#0b5cad`); anything else is ignored.
pub fn apply_theme() {
    let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) else { return };
    let Ok(el) = root.dyn_into::<web_sys::HtmlElement>() else { return };
    for (param, var) in THEME {
        if let Some(v) = query_param(param) {
            let hex = v.trim_start_matches('#');
            if matches!(hex.len(), 3 | 6) && hex.bytes().all(|b| b.is_ascii_hexdigit()) {
                let _ = el.style().set_property(var, &format!("#{hex}"));
            }
        }
    }
    if query_param("embed").is_some_and(|v| v == "1" || v == "true") {
        let _ = el.class_list().add_1("embed");
    }
}

/// An initial case from URL parameters (as text: the engine validates it like typing). In
/// an embed they win over what was saved, so an article's figures are the article's.
pub fn initial_case(state: &AppState) {
    for (param, key) in crate::fields::FIELDS.iter().filter_map(|f| f.url.map(|u| (u, f.key))) {
        if let Some(v) = query_param(param) {
            state.set(key, &v.chars().take(40).collect::<String>());
        }
    }
}

/// Posts the page height to the parent frame now and on every size change.
pub fn post_height() {
    let Some(w) = web_sys::window() else { return };
    let Ok(Some(parent)) = w.parent() else { return };
    if parent == w {
        return;
    }
    let Some(root) = w.document().and_then(|d| d.document_element()) else { return };
    let send = move || {
        let Some(doc_el) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) else {
            return;
        };
        // The <html> box is as tall as the content (scrollHeight would never drop below
        // the iframe's own height, so the frame could grow but never shrink).
        let height = doc_el.get_bounding_client_rect().height().ceil();
        let msg = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&msg, &"type".into(), &"overdue-calc:height".into());
        let _ = js_sys::Reflect::set(&msg, &"height".into(), &JsValue::from(height));
        if let Some(p) = web_sys::window().and_then(|w| w.parent().ok().flatten()) {
            let _ = p.post_message(&msg, "*");
        }
    };
    send();
    let cb = Closure::<dyn Fn()>::new(send);
    if let Ok(observer) = web_sys::ResizeObserver::new(cb.as_ref().unchecked_ref()) {
        observer.observe(&root);
        if let Some(body) = w.document().and_then(|d| d.body()) {
            observer.observe(&body);
        }
    }
    cb.forget();
}
