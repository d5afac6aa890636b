//! Saving and restoring what was typed: localStorage on every change, and a share link
//! that carries the same text in the URL fragment (never sent to a server). The format is
//! `key=value&…` with URI-encoded values; list cells are `list.row.column`. Unknown keys
//! are ignored and every value is restored as text, so a damaged or foreign entry can at
//! worst leave a field empty: the engine still validates everything.

use super::browser;
use super::state::AppState;
use leptos::prelude::*;

pub const STORAGE_KEY: &str = "overdue-calc:v1";
/// The fragment prefix of a share link.
pub const SHARE_PREFIX: &str = "#s=";
const VERSION: &str = "v=1";

fn enc(s: &str) -> String {
    String::from(js_sys::encode_uri_component(s))
}

fn dec(s: &str) -> Option<String> {
    js_sys::decode_uri_component(s).ok().map(String::from)
}

/// Everything typed, as one string.
pub fn encode(state: &AppState) -> String {
    let mut parts = vec![VERSION.to_string()];
    for (k, sig) in state.scalar_keys() {
        let v = sig.get_untracked();
        if !v.is_empty() {
            parts.push(format!("{k}={}", enc(&v)));
        }
    }
    for list in state.lists() {
        list.rows.with_untracked(|rows| {
            for (i, row) in rows.iter().enumerate() {
                parts.push(format!("{}.{i}", list.name));
                for c in list.cols {
                    let v = row.cell(c).get_untracked();
                    if !v.is_empty() {
                        parts.push(format!("{}.{i}.{c}={}", list.name, enc(&v)));
                    }
                }
            }
        });
    }
    parts.join("&")
}

/// Restores `text` into `state`. Returns false (and changes nothing) when it is not ours.
pub fn decode(state: &AppState, text: &str) -> bool {
    let mut pairs = text.split('&');
    if pairs.next() != Some(VERSION) {
        return false;
    }
    let pairs: Vec<(&str, String)> = pairs
        .filter_map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            Some((k, dec(v)?))
        })
        .collect();
    for (k, sig) in state.scalar_keys() {
        sig.set(pairs.iter().find(|(pk, _)| *pk == k).map(|(_, v)| v.clone()).unwrap_or_default());
    }
    for list in state.lists() {
        list.clear();
        let prefix = format!("{}.", list.name);
        let mut indexes: Vec<usize> =
            pairs.iter().filter_map(|(k, _)| k.strip_prefix(&prefix)?.split('.').next()?.parse().ok()).collect();
        indexes.sort_unstable();
        indexes.dedup();
        for i in indexes.into_iter().take(500) {
            let cell =
                |c: &str| pairs.iter().find(|(k, _)| *k == format!("{}.{i}.{c}", list.name)).map(|(_, v)| v.as_str());
            let values: Vec<(&str, &str)> = list.cols.iter().filter_map(|c| cell(c).map(|v| (*c, v))).collect();
            list.push(&values);
        }
    }
    true
}

/// The day a saved copy was written (`savedOn=YYYY-MM-DD`), if it says.
pub fn saved_on(text: &str) -> Option<String> {
    text.split('&').find_map(|p| p.strip_prefix("savedOn=")).and_then(dec)
}

/// Loads the saved state: a share link in the fragment first, then localStorage.
/// Returns where it came from and, for localStorage, the day it was saved.
pub fn restore(state: &AppState, key: &str) -> Option<(&'static str, Option<String>)> {
    if let Some(hash) = browser::hash() {
        if let Some(s) = hash.strip_prefix(SHARE_PREFIX) {
            if let Some(text) = dec(s) {
                if decode(state, &text) {
                    return Some(("link", None));
                }
            }
        }
    }
    let saved = browser::load(key)?;
    decode(state, &saved).then(|| ("storage", saved_on(&saved)))
}

/// The share link for the current state.
pub fn share_link(state: &AppState) -> String {
    let base = browser::location_without_hash().unwrap_or_default();
    format!("{base}{SHARE_PREFIX}{}", enc(&encode(state)))
}
