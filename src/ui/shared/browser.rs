//! The page's only contact with the browser around it: URL parameters and localStorage.
//! Every call tolerates a missing or failing API (private mode, blocked storage, a full quota).

thread_local! {
    /// The page URL's query, read once: the page only ever changes its fragment, and the
    /// start-up asks for some twenty parameters (reading it through the browser for each
    /// took ~10 ms of the first task under 4x CPU).
    static SEARCH: String = web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default();
}

/// The value of query parameter `name` in the page URL, if present.
pub fn query_param(name: &str) -> Option<String> {
    SEARCH.with(|search| {
        search.trim_start_matches('?').split('&').find_map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            (k == name).then(|| js_sys::decode_uri_component(v).ok().map(String::from).unwrap_or_else(|| v.to_string()))
        })
    })
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// Reads a saved value; `None` when absent or when storage is unavailable.
pub fn load(key: &str) -> Option<String> {
    storage()?.get_item(key).ok()?
}

/// Saves a value; returns false when storage refused (quota, private mode).
pub fn save(key: &str, value: &str) -> bool {
    storage().is_some_and(|s| s.set_item(key, value).is_ok())
}

/// The URL fragment including `#`, if any.
pub fn hash() -> Option<String> {
    let h = web_sys::window()?.location().hash().ok()?;
    (!h.is_empty()).then_some(h)
}

/// The page URL without its fragment.
pub fn location_without_hash() -> Option<String> {
    let href = web_sys::window()?.location().href().ok()?;
    Some(href.split('#').next().unwrap_or_default().to_string())
}

/// Removes a saved value.
pub fn remove(key: &str) {
    if let Some(s) = storage() {
        let _ = s.remove_item(key);
    }
}

/// Replaces the URL fragment without reloading or adding a history entry.
pub fn clear_hash() {
    if let (Some(w), Some(url)) = (web_sys::window(), location_without_hash()) {
        if let Ok(h) = w.history() {
            let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
        }
    }
}

/// Offers `content` as a file download named `name` (a Blob URL; nothing leaves the device).
pub fn download(name: &str, mime: &str, content: &str) -> bool {
    let run = || -> Option<()> {
        let doc = web_sys::window()?.document()?;
        let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(content));
        let opts = web_sys::BlobPropertyBag::new();
        opts.set_type(mime);
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts).ok()?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
        let a: web_sys::HtmlAnchorElement = wasm_bindgen::JsCast::dyn_into(doc.create_element("a").ok()?).ok()?;
        a.set_href(&url);
        a.set_download(name);
        a.click();
        let _ = web_sys::Url::revoke_object_url(&url);
        Some(())
    };
    run().is_some()
}

/// Offers a CSV document as a download.
pub fn download_csv(name: &str, content: &str) {
    download(name, "text/csv;charset=utf-8", content);
}

/// Copies text to the clipboard (best effort; the link is also shown for manual copying).
pub fn copy(text: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.navigator().clipboard().write_text(text);
    }
}

/// Prints with `class` on the root element (the print stylesheet then shows one part
/// alone); the class goes once printing ends.
pub fn print_only(class: &str) {
    use wasm_bindgen::JsCast;
    let (Some(w), Some(root)) =
        (web_sys::window(), web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()))
    else {
        return;
    };
    let _ = root.class_list().add_1(class);
    let class = class.to_string();
    let done = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = root.class_list().remove_1(&class);
    });
    let opts = web_sys::AddEventListenerOptions::new();
    opts.set_once(true);
    let _ =
        w.add_event_listener_with_callback_and_add_event_listener_options("afterprint", done.unchecked_ref(), &opts);
    let _ = w.print();
}

/// Opens the print dialog for the whole report (a document printed alone before, whose
/// `afterprint` never came, does not narrow it).
pub fn print() {
    if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = root.class_list().remove_1("print-doc");
    }
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// Opens every `<details>` before printing, so the report shows all of its sections, and
/// calls `then` (content rendered only while open is rendered for print).
pub fn open_details_on_print(then: impl Fn() + 'static) {
    let Some(w) = web_sys::window() else { return };
    let f = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || {
        then();
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
        if let Ok(list) = doc.query_selector_all("details") {
            for i in 0..list.length() {
                if let Some(el) = list.item(i).and_then(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(n).ok())
                {
                    let _ = el.set_attribute("open", "");
                }
            }
        }
    });
    let _ = w.add_event_listener_with_callback("beforeprint", wasm_bindgen::JsCast::unchecked_ref(f.as_ref()));
    f.forget();
}

/// The element `id` of the page.
fn element(id: &str) -> Option<web_sys::Element> {
    web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id))
}

/// Removes the element `id` from the page, if it is there (index.html's static frames).
pub fn remove_element(id: &str) {
    if let Some(el) = element(id) {
        el.remove();
    }
}

/// Sets every static text of index.html (`data-t="key"`, and `data-t-aria="key"` for an
/// aria-label) to `text(key)`, touching only those that differ (a rewrite repaints).
pub fn set_static_texts(text: impl Fn(&str) -> String) {
    use wasm_bindgen::JsCast;
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    for (sel, attr) in [("[data-t]", "data-t"), ("[data-t-aria]", "data-t-aria")] {
        let Ok(list) = doc.query_selector_all(sel) else { continue };
        for i in 0..list.length() {
            let Some(el) = list.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) else { continue };
            let Some(key) = el.get_attribute(attr) else { continue };
            let want = text(&key);
            if attr == "data-t" {
                if el.text_content().as_deref() != Some(want.as_str()) {
                    el.set_text_content(Some(&want));
                }
            } else if el.get_attribute("aria-label").as_deref() != Some(want.as_str()) {
                let _ = el.set_attribute("aria-label", &want);
            }
        }
    }
}

/// Calls `f` on each click of the static element `id` (for the whole page's life).
pub fn on_click(id: &str, f: impl Fn() + 'static) {
    let Some(el) = element(id) else { return };
    let cb = wasm_bindgen::closure::Closure::<dyn Fn()>::new(f);
    let _ = el.add_event_listener_with_callback("click", wasm_bindgen::JsCast::unchecked_ref(cb.as_ref()));
    cb.forget();
}

/// True when the page was opened from disk (the single-file offline version).
pub fn is_file() -> bool {
    web_sys::window().and_then(|w| w.location().protocol().ok()).is_some_and(|p| p == "file:")
}

/// Registers the service worker that keeps the built files for offline use (http(s) only;
/// a page opened from disk has everything inline already).
pub fn register_service_worker() {
    let Some(w) = web_sys::window() else { return };
    let secure = w.location().protocol().is_ok_and(|p| p == "https:" || p == "http:");
    let has_sw = js_sys::Reflect::has(&w.navigator(), &"serviceWorker".into()).unwrap_or(false);
    if secure && has_sw {
        let _ = w.navigator().service_worker().register("sw.js");
    }
}

static TRAPPED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// The panic hook: from now on nothing is saved (the wasm is about to trap, and a timer set
/// before it may still fire), and the fixed "internal error" banner that index.html carries
/// hidden is shown (`trap.js` shows it too, and handles its reload button). Plain web-sys.
pub fn on_panic() {
    TRAPPED.store(true, std::sync::atomic::Ordering::Relaxed);
    if let Some(el) = element("trap") {
        let _ = el.remove_attribute("hidden");
    }
}

/// True once the calculator has panicked.
pub fn trapped() -> bool {
    TRAPPED.load(std::sync::atomic::Ordering::Relaxed)
}

/// Test hook: `window.__overdueCalcTrap = true` makes the next computation panic, as a bug
/// would (with `panic = "abort"` a panic is a wasm trap). One property read per computation.
pub fn trap_requested() -> bool {
    let flag = web_sys::window().and_then(|w| js_sys::Reflect::get(&w, &"__overdueCalcTrap".into()).ok());
    flag.is_some_and(|v| v.as_bool() == Some(true))
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = performance, js_name = mark)]
    fn performance_mark(name: &str);
}

/// A performance mark `step N` as start-up step N begins, so a trace or `perf.js` can tell
/// which step a long task is (`performance.getEntriesByType('mark')`).
pub fn mark_step(n: u8) {
    performance_mark(&["step ", &n.to_string()].concat());
}
