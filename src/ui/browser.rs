//! The page's only contact with the browser around it: URL parameters and localStorage.
//! Every call tolerates a missing or failing API (private mode, blocked storage).

/// The value of query parameter `name` in the page URL, if present.
pub fn query_param(name: &str) -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    search.trim_start_matches('?').split('&').find_map(|pair| {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        (k == name).then(|| js_sys::decode_uri_component(v).ok().map(String::from).unwrap_or_else(|| v.to_string()))
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
